"""Two guards around a desk session: only one window works on a data folder
at a time, and an unexpected error is written to a log file and told to the
officer in plain words instead of vanishing."""
from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "desk.log"
_log = logging.getLogger("village-desk")


def tell_already_open(folder: Path) -> None:
    QMessageBox.information(
        None, QCoreApplication.translate("DeskGuard", "The desk is already open"),
        QCoreApplication.translate("DeskGuard", "The desk is already open on this computer (look in the task bar).\n"
            "One set of records can be open in only one window at a time.\n\n%1")
        .replace("%1", str(folder)))


def install_error_hook(log_dir: Path) -> Path:
    """Log unexpected errors to ``log_dir/desk.log`` (rotating) and tell the
    officer; returns the log file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _log.addHandler(handler)
    _log.setLevel(logging.INFO)

    def hook(kind, value, tb):
        _log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        try:
            QMessageBox.critical(
                None, QCoreApplication.translate("DeskGuard", "Something went wrong"),
                QCoreApplication.translate("DeskGuard", "Something unexpected went wrong and the last action was not completed.\n"
                    "What was already saved is safe.\n\n"
                    "The details are written in:\n%1\nPlease tell the township's technician.")
                .replace("%1", str(path)))
        except Exception:  # noqa: BLE001 — never fail inside the error hook
            pass

    sys.excepthook = hook
    return path


def log_integrity_report(report) -> None:
    """Write what ``models.safety.integrity.check_database`` found after an unclean
    shutdown to the desk's log."""
    if report.ok:
        _log.warning("the desk was not closed cleanly last time; database check: all fine")
    else:
        _log.error("the desk was not closed cleanly last time; database check found problems:\n%s\n%s",
                   "\n".join(report.problems), report.details)


def tell_integrity_report(report, folder: Path, parent=None) -> QMessageBox:
    """After an unclean shutdown (power cut, crash): tell the officer what
    the database check found, in a window-modal box that does not block
    start-up; returns the box."""
    from models.safety.upgrade import BACKUP_DIRNAME

    box = QMessageBox(parent)
    if report.ok:
        box.setIcon(QMessageBox.Information)
        box.setWindowTitle(QCoreApplication.translate("DeskGuard", "The records were checked"))
        box.setText(QCoreApplication.translate("DeskGuard", "The desk was not closed properly last time (a power cut or a crash).\n"
                       "The records have been checked: everything is in order.\n"
                       "You can carry on working."))
    else:
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(QCoreApplication.translate("DeskGuard", "Problems found in the records"))
        box.setText(QCoreApplication.translate("DeskGuard", "The desk was not closed properly last time (a power cut or a crash).\n"
                       "The records were checked and these problems were found:\n\n%1\n\n"
                       "Please do not enter new records for now and tell the township's technician.\n"
                       "Copies of the records are kept in the backups folder:\n%2")
                    .replace("%1", "\n".join(report.problems))
                    .replace("%2", str(folder / BACKUP_DIRNAME)))
    box.setStandardButtons(QMessageBox.Ok)
    box.setWindowModality(Qt.WindowModal if parent is not None else Qt.ApplicationModal)
    box.open()
    return box
