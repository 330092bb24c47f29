"""Reading off the GUI thread: a list's page, the home screen's figures, the
statistics. ``Latest`` runs each request in a worker thread with its own
database connection (peewee keeps one per thread, closed when the job ends)
and delivers only the newest request's answer: an answer to a request that a
newer one has replaced (another filter, another period, a refresh) is dropped.
"""
from __future__ import annotations

import atexit
import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

# Workers still running; each leaves when done. A worker is no child of the
# screen that asked, so a screen closed while a query runs never destroys a
# running thread: it finishes, and its answer goes nowhere.
LIVE: set = set()


class QueryWorker(QThread):
    done = Signal(int, object)     # request number, result
    failed = Signal(int, str)      # request number, the technical reason

    def __init__(self, number: int, job):
        super().__init__()
        self.number = number
        self.job = job

    def run(self) -> None:
        from models.safety.opening import close_thread_connection

        try:
            result = self.job()
            self.done.emit(self.number, result)
        except Exception as exc:
            log.exception("reading for the screen failed")
            self.failed.emit(self.number, str(exc) or type(exc).__name__)
        finally:
            try:
                close_thread_connection()  # this thread's connection only
            except Exception:
                log.exception("closing the worker's database connection")


def wait_for_all(ms: int = 60000) -> None:
    """Block until every running worker is done (for closing down)."""
    for worker in list(LIVE):
        worker.wait(ms)


# A script that ends without the event loop (no aboutToQuit: a test, a tool)
# must not tear down a QThread that is still running: Qt aborts the process.
atexit.register(wait_for_all)


class Latest(QObject):
    """One screen's reads: ``run(job, on_done, on_failed)`` starts ``job()`` in
    a worker; ``on_done(result)`` is called on the GUI thread, and only if no
    newer request was made meanwhile. ``busy`` is True while the newest
    request runs; ``settled`` is emitted whenever it has been answered."""

    settled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._number = 0
        self._callbacks: dict[int, tuple] = {}
        self.busy = False
        app = QCoreApplication.instance()
        if app is not None and not getattr(app, "_query_workers_waited", False):
            app._query_workers_waited = True  # never leave a worker running past the event loop
            app.aboutToQuit.connect(wait_for_all)

    def run(self, job, on_done, on_failed=None) -> int:
        self._number += 1
        number = self._number
        self._callbacks = {number: (on_done, on_failed)}  # older answers are dropped
        self.busy = True
        worker = QueryWorker(number, job)
        LIVE.add(worker)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._forget)  # queued: on the GUI thread, once it has ended
        worker.start()
        return number

    def cancel(self) -> None:
        """Forget the running request: its answer will be dropped."""
        self._number += 1
        self._callbacks = {}
        if self.busy:
            self.busy = False
            self.settled.emit()

    @Slot()
    def _forget(self) -> None:
        LIVE.discard(self.sender())

    @Slot(int, object)
    def _done(self, number: int, result) -> None:
        callbacks = self._callbacks.pop(number, None)
        if callbacks is None or number != self._number:
            return  # a stale answer
        self.busy = False
        try:
            callbacks[0](result)
        finally:
            self.settled.emit()

    @Slot(int, str)
    def _failed(self, number: int, reason: str) -> None:
        callbacks = self._callbacks.pop(number, None)
        if callbacks is None or number != self._number:
            return
        self.busy = False
        try:
            if callbacks[1] is not None:
                callbacks[1](reason)
        finally:
            self.settled.emit()
