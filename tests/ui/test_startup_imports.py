"""Start-up stays light: the main window does not load what only a dialog
needs (pypinyin's dictionaries, the PDF and printing modules, reportlab).
See bench/README.md for the timings this protects."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..conftest import copy_demo

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys
sys.path.insert(0, sys.argv[1])
from ui.app import start
app, window, code = start(sys.argv[2])
assert window is not None and code == 0, code
heavy = ["pypinyin", "reportlab", "PySide6.QtPdf", "PySide6.QtPrintSupport", "models.samples.demo"]
print(" ".join(m for m in heavy if m in sys.modules))
"""


def test_opening_the_main_window_loads_no_dialog_only_modules(tmp_path, demo_template):
    data = tmp_path / "data"
    copy_demo(demo_template, data)  # a demo desk, as `main.py demo` makes it
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT), str(data)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""
