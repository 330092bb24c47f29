"""The sync screen's worker thread: runs one ``sync.jobs`` job off the GUI
thread, with its own SQLite connection (peewee keeps one per thread, closed
when done), and reports by signals: ``progressed(done, total, text)``, then
``succeeded(result)`` or ``failed(message, reason)``."""
from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal

from models.core.errors import ValidationError

log = logging.getLogger(__name__)


class SyncWorker(QThread):
    """Runs one job off the GUI thread, with its own database connection
    (closed when done)."""

    progressed = Signal(int, int, str)     # done, total, what is being done
    succeeded = Signal(object)             # the job's result
    failed = Signal(str, str)              # a message for the officer, or "" and the reason

    def __init__(self, job, parent=None):
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        from models.safety.opening import close_thread_connection

        try:
            result = self.job(lambda done, total, text="": self.progressed.emit(int(done), int(total), text or ""))
            self.succeeded.emit(result)
        except ValidationError as exc:
            self.failed.emit(exc.message, "")
        except OSError as exc:
            self.failed.emit("", exc.strerror or str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the officer, logged in full
            log.exception("sync job failed")
            self.failed.emit("", str(exc) or type(exc).__name__)
        finally:
            try:
                close_thread_connection()  # this thread's connection only
            except Exception:  # noqa: BLE001
                log.exception("closing the worker's database connection")


LIVE: set = set()  # running workers, kept alive until they finish
