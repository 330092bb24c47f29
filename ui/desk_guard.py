"""Two guards around a desk session: only one window works on a data folder
at a time, and an unexpected error is written to a log file and told to the
officer in plain words instead of vanishing."""
from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "desk.log"
_log = logging.getLogger("village-desk")


def acquire_data_folder(folder: Path) -> QLockFile | None:
    """Lock ``folder`` for this process; None if another desk has it open.
    A lock left by a crashed desk (its process gone) is taken over."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "desk.lock"))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if lock.tryLock(200):
        return lock
    if lock.removeStaleLockFile() and lock.tryLock(200):
        return lock
    return None


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
