"""The print centre's two worker threads: ``RenderThread`` gathers a
document's data (``models.figures.reporting``) and lays its PDF out
(``reports``) with its own database connection; ``PrintThread`` draws a PDF's
pages on a printer. Both run off the GUI thread, so a long ledger or a slow
printer never freezes the window. ``Request`` is what decides one PDF.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QThread, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from models.core.errors import ValidationError
from models.figures import reporting

log = logging.getLogger(__name__)

PRINT_DPI = 300  # pages are rasterised for the printer at most this fine


@dataclass(frozen=True)
class Request:
    """Everything that decides what one generated PDF contains."""
    kind: str
    date_from: dt.date | None
    date_to: dt.date | None
    case_number: str | None
    paper: str


# Workers still running; each leaves when done. A worker is not a child of the
# page, so closing the window while a document is laid out never destroys a
# running thread: it finishes, and its signals go nowhere.
LIVE: set = set()


class RenderThread(QThread):
    """Gathers the document's data and lays the PDF out, off the GUI thread.

    Runs with its own SQLite connection (peewee keeps one per thread) and
    closes it when done."""

    progressed = Signal(int, int)       # done, total
    succeeded = Signal(object, str, int)  # the request, the PDF's path, its page count
    failed = Signal(object, str, str)   # the request, a message for the officer, or else
                                        # "" and the technical reason

    def __init__(self, station, request: Request, path: Path, today: dt.date, parent=None):
        super().__init__(parent)
        self.station = station
        self.request = request
        self.path = path
        self.today = today
        self._last_percent = -1

    def _progress(self, done: int, total: int) -> None:
        # Layout may call this for every row: pass on only whole-percent steps.
        total = max(int(total), 1)
        done = min(int(done), total)
        percent = done * 100 // total
        if percent != self._last_percent or done == total:
            self._last_percent = percent
            self.progressed.emit(done, total)

    def run(self) -> None:
        import reports
        from models.safety.opening import close_thread_connection

        r = self.request
        try:
            data = reporting.report_data(r.kind, self.station, date_from=r.date_from,
                                         date_to=r.date_to, case_number=r.case_number,
                                         today=self.today)
            pages = reports.render(r.kind, data, str(self.path), paper=r.paper,
                                   progress=self._progress)
            self.succeeded.emit(r, str(self.path), int(pages or 0))
        except ValidationError as exc:
            self.failed.emit(r, exc.message, "")
        except Exception as exc:  # noqa: BLE001 - shown to the officer, logged in full
            log.exception("making %s failed", r.kind)
            self.failed.emit(r, "", str(exc) or type(exc).__name__)
        finally:
            try:
                close_thread_connection()  # this thread's connection only
            except Exception:  # noqa: BLE001
                log.exception("closing the worker's database connection")


class PrintThread(QThread):
    """Draws the PDF's pages on a printer, off the GUI thread (QPainter may
    paint on a QPrinter from any one thread). Each page is rendered from its
    own QPdfDocument to an image at the printer's resolution (at most
    PRINT_DPI) and scaled onto the paper keeping its proportions."""

    progressed = Signal(int, int)  # pages sent, pages to send

    def __init__(self, pdf: Path, printer: QPrinter, first: int, last: int, parent=None):
        super().__init__(parent)
        self.pdf, self.printer, self.first, self.last = pdf, printer, first, last
        self.printed = 0
        self.started_ok = True

    def run(self) -> None:
        document = QPdfDocument()
        document.load(str(self.pdf))
        painter = QPainter()
        if not painter.begin(self.printer):
            self.started_ok = False
            return
        dpi = min(self.printer.resolution(), PRINT_DPI)
        total = self.last - self.first + 1
        try:
            for index in range(self.first - 1, self.last):
                if self.printed:
                    self.printer.newPage()
                points = document.pagePointSize(index)
                image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                     round(points.height() * dpi / 72)))
                target = painter.viewport()
                scale = min(target.width() / image.width(), target.height() / image.height())
                w, h = round(image.width() * scale), round(image.height() * scale)
                painter.drawImage(QRect(target.x() + (target.width() - w) // 2,
                                        target.y() + (target.height() - h) // 2, w, h), image)
                self.printed += 1
                self.progressed.emit(self.printed, total)
        finally:
            painter.end()
            document.close()
