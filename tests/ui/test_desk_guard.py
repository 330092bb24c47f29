"""One desk per data folder, and unexpected errors logged and told."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from commands.common import acquire_data_folder
from ui import desk_guard

ROOT = Path(__file__).resolve().parents[2]
OTHER_DESK = r"""
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from pathlib import Path
from commands.common import acquire_data_folder
print("locked" if acquire_data_folder(Path(sys.argv[2])) else "refused")
"""


def _other_desk(folder: Path) -> str:
    done = subprocess.run([sys.executable, "-c", OTHER_DESK, str(ROOT), str(folder)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_second_desk_on_the_same_folder_is_refused_until_the_first_closes(qapp, tmp_path):
    lock = acquire_data_folder(tmp_path)
    assert lock is not None
    assert _other_desk(tmp_path) == "refused"
    lock.unlock()
    assert _other_desk(tmp_path) == "locked"


def test_an_unexpected_error_is_logged_and_told_in_chinese(qapp, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append((title, text)))
    log = desk_guard.install_error_hook(tmp_path / "logs")
    try:
        raise RuntimeError("disk full while saving")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "disk full while saving" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")
    [(title, text)] = told
    assert title == "出错了"
    assert "已经保存的数据不受影响" in text and str(log) in text
