"""The full check of the records after every start, in the background
(issue 14): SQLite's check of every page, the app's own invariants and the
audit chain (``models.safety.integrity.full_check``, its own read-only
connection), so that a damaged page or a tampered chain is told at start
without making start-up slow on a county's multi-GB file. Nothing is said
when all is well; problems are told over the window, and the automatic
backups stop (a damaged file is not rotated in over the good copies)."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from models.safety import integrity

log = logging.getLogger("village-desk")


class BackgroundCheck(QObject):
    finished = Signal(object)  # the IntegrityReport

    def __init__(self, window, path: Path):
        super().__init__(window)
        self.window = window
        self.path = Path(path)
        self.report = None
        self.box: QMessageBox | None = None
        self._result.connect(self._done)
        self._error.connect(self._failed)
        # a daemon thread, not a QThread: a desk closed before the check ends
        # just stops it (it only reads, on its own connection)
        self.thread = threading.Thread(target=self._work, name="background-check", daemon=True)
        self.thread.start()

    _result = Signal(object)
    _error = Signal(str)

    def _work(self) -> None:
        try:
            report = integrity.full_check(self.path)
        except Exception as exc:  # noqa: BLE001 - logged, never a crash
            self._error.emit(str(exc) or type(exc).__name__)
            return
        self._result.emit(report)

    def _failed(self, message: str) -> None:
        log.error("the background check of the records could not run: %s", message)
        self.finished.emit(None)

    def _done(self, report) -> None:
        self.report = report
        if not report.ok:
            log.error("the background check of the records found problems:\n%s", "\n".join(report.problems))
            self.window.backups_wanted = False
            backups = getattr(self.window, "auto_backup", None)
            if backups is not None:
                backups.timer.stop()
            self.box = QMessageBox(self.window)
            self.box.setIcon(QMessageBox.Warning)
            self.box.setWindowTitle(QCoreApplication.translate("BackgroundCheck", "Problems found in the records"))
            self.box.setText(QCoreApplication.translate(
                "BackgroundCheck",
                "The records were checked after the desk started and these problems were found:\n\n%1\n\n"
                "Please do not enter new records for now and tell the township's technician. "
                "The automatic backups are paused so that the good copies are kept:\n%2")
                .replace("%1", "\n".join(report.problems))
                .replace("%2", str(self.path.parent / "backups")))
            self.box.setStandardButtons(QMessageBox.Ok)
            self.box.setWindowModality(Qt.WindowModal)
            self.box.open()
        self.finished.emit(report)
