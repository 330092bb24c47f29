"""核对打印过的台账: the printed ledger ends with its check code (the audit
chain's head when it was printed, ``reports/ledger.py``). A township
inspector types that code here and learns whether anything written before
the printout has since been changed or removed — the same check as
``main.py verify --head``, without a command line. The check reads the
whole file (long on a county's), so it runs on its own read-only connection
in a thread, with a busy bar, and the window stays usable."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from models.core.errors import ValidationError
from models.safety import audit, integrity

from . import style


class LedgerCheckDialog(QDialog):
    _result = Signal(object)
    _error = Signal(str)

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.report = None
        self._thread: threading.Thread | None = None
        self.setWindowTitle(self.tr("Check a printed ledger"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The last page of a printed ledger ends with a check code (for example 1234:1a2b3c4d5e6f7a8b). "
            "Type it here: the desk says whether anything written before that ledger was printed "
            "has been changed or removed since."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        label = QLabel(self.tr("Check code:"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("as printed, e.g. 1234:1a2b3c4d5e6f7a8b"))
        label.setBuddy(self.code_edit)
        self.check_button = QPushButton(self.tr("Check (Enter)"))
        self.check_button.setDefault(True)  # Enter in the code box checks it
        self.check_button.clicked.connect(self.check)
        row.addWidget(label)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the check has no steps to count
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.error_label = style.error_label()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        close = buttons.button(QDialogButtonBox.Close)
        close.setText(self.tr("Close (Esc)"))
        close.setAutoDefault(False)  # Enter checks; only Esc or a click closes
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._result.connect(self._done)
        self._error.connect(self._failed)
        self.code_edit.setFocus()
        self.resize(640, 320)

    def is_busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def check(self) -> None:
        if self.is_busy():
            return
        self.error_label.hide()
        self.result_label.clear()
        try:
            expect = audit.parse_head(self.code_edit.text())
        except ValidationError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.code_edit.setFocus()
            return
        self.check_button.setEnabled(False)
        self.progress.show()
        self.result_label.setText(self.tr("Checking every record… (on a large desk this takes a while)"))
        self._thread = threading.Thread(target=self._work, args=(expect,), name="ledger-check", daemon=True)
        self._thread.start()

    def _work(self, expect) -> None:
        try:
            report = integrity.full_check(self.path, expect=expect)
        except Exception as exc:  # noqa: BLE001 - said in the dialog, never a crash
            self._error.emit(str(exc) or type(exc).__name__)
            return
        self._result.emit(report)

    def _finish(self) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)

    def _done(self, report) -> None:
        self._finish()
        self.report = report
        if report.ok:
            self.result_label.setText(self.tr(
                "Checked: nothing written before this ledger was printed has been changed or removed. "
                "The ledger and the desk agree."))
            self.result_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.result_label.setText(self.tr(
                "The ledger and the desk do NOT agree:\n%1\n\nKeep the printed ledger and tell the "
                "township's technician.").replace("%1", "\n".join(report.problems)))
            self.result_label.setStyleSheet("color: #b00020; font-weight: bold;")

    def _failed(self, message: str) -> None:
        self._finish()
        self.result_label.clear()
        self.error_label.setText(self.tr("The check could not be done: %1").replace("%1", message))
        self.error_label.show()
