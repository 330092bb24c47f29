"""The Qt binding the app is pinned to must survive a long day of signals.

PySide6 6.12.0's ``Signal.emit`` took a reference from ``True`` on every call;
a desk that emits a few thousand signals (progress bars, search-as-you-type)
then aborts with "bool_dealloc". Run in a child process so a crash fails this
test instead of killing the test run.
"""
from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(int)
source = Source()
seen = []
source.changed.connect(seen.append)
before = sys.getrefcount(True)
for i in range(5000):
    source.changed.emit(i)
print(len(seen), sys.getrefcount(True) - before)
"""


def test_many_signal_emits_leave_true_alone_and_do_not_crash():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr[-2000:]
    delivered, true_delta = map(int, done.stdout.split())
    assert delivered == 5000
    assert true_delta == 0


def test_the_pdf_preview_module_is_installed():
    from PySide6.QtPdf import QPdfDocument  # noqa: F401
    from PySide6.QtPdfWidgets import QPdfView  # noqa: F401
