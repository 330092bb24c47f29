"""The print centre: pick a document (the ledger, the notice sheets, the
eight-haves papers, a receipt), a period or a case number and a paper size;
see it in the window, then print it or save it as a PDF.

The data is gathered and the PDF laid out by ``models.figures.reporting`` and
``reports`` in a worker thread (with its own database connection), so a long
ledger never freezes the window; the progress bar follows the layout. The
threads (making the PDF, printing it) are in ``ui.print_workers``, the preview
column in ``ui.pdf_preview``; this page holds the choices and what to do.
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEventLoop,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.figures import reporting

from . import labels, style
from .context import DeskContext
from .pdf_preview import PdfPreview
from .print_workers import LIVE, PrintThread, RenderThread, Request

_CTX = "PrintCentre"

# Each document's name and a line saying what it is, as the officer reads them.
KIND_NAMES = {
    "ledger": QT_TRANSLATE_NOOP("PrintCentre", "Work ledger"),
    "notice": QT_TRANSLATE_NOOP("PrintCentre", "Public notice of results"),
    "time-limited": QT_TRANSLATE_NOOP("PrintCentre", "Notice of time-limited concerns"),
    "roster": QT_TRANSLATE_NOOP("PrintCentre", "Duty roster"),
    "workflow": QT_TRANSLATE_NOOP("PrintCentre", "Workflow chart"),
    "rules": QT_TRANSLATE_NOOP("PrintCentre", "Operating rules"),
    "cards": QT_TRANSLATE_NOOP("PrintCentre", "Close-to-the-people cards"),
    "proxy-receipt": QT_TRANSLATE_NOOP("PrintCentre", "Proxy service receipt"),
    "mediation": QT_TRANSLATE_NOOP("PrintCentre", "Mediation record"),
    "extension": QT_TRANSLATE_NOOP("PrintCentre", "Notice of a deadline extension"),
    "stats": QT_TRANSLATE_NOOP("PrintCentre", "Statistics report"),
    "appointments": QT_TRANSLATE_NOOP("PrintCentre", "Notice of officials' reception days"),
    "sync-trips": QT_TRANSLATE_NOOP("PrintCentre", "List of USB sync trips"),
    "villager-record": QT_TRANSLATE_NOOP("PrintCentre", "A villager's own records"),
}
KIND_HINTS = {
    "ledger": QT_TRANSLATE_NOOP("PrintCentre", "Every concern of the period, one row each, with the "
                                "totals and places to sign. Kept in the drawer for the township."),
    "notice": QT_TRANSLATE_NOOP("PrintCentre", "The results of the period, for the notice board. "
                                "Names and phone numbers are masked; confidential concerns are "
                                "left out."),
    "time-limited": QT_TRANSLATE_NOOP("PrintCentre", "The concerns solved within a time limit, "
                                      "with their deadlines and results, for the notice board."),
    "roster": QT_TRANSLATE_NOOP("PrintCentre", "Who is on duty each day of the month, for the wall."),
    "workflow": QT_TRANSLATE_NOOP("PrintCentre", "The seven steps and the six ways of handling a "
                                  "concern, as a chart for the wall."),
    "rules": QT_TRANSLATE_NOOP("PrintCentre", "The station's operating rules, framed for the wall. "
                               "You can change the text."),
    "cards": QT_TRANSLATE_NOOP("PrintCentre", "Ten small cards on a sheet, with the station's "
                               "address, hours and phone numbers, to cut out and hand to villagers."),
    "proxy-receipt": QT_TRANSLATE_NOOP("PrintCentre", "For a proxy matter: the papers taken from the "
                                       "villager, the dates, and both signatures. Needs the case "
                                       "number."),
    "mediation": QT_TRANSLATE_NOOP("PrintCentre", "For a dispute: the parties, the facts, what was "
                                   "agreed, and the signatures. Needs the case number."),
    "extension": QT_TRANSLATE_NOOP("PrintCentre", "For the villager: their concern's deadline was "
                                   "extended, to when and why, and who approved it. Needs the case "
                                   "number."),
    "stats": QT_TRANSLATE_NOOP("PrintCentre", "The period's figures with charts: visitors, concerns "
                               "and their outcomes, completion and satisfaction rates, the trend, "
                               "and the stations under this one ranked. For the township or county."),
    "appointments": QT_TRANSLATE_NOOP("PrintCentre", "Which officials come to the station on which "
                                      "days to receive villagers or to research, for the notice "
                                      "board. No villager's name is printed."),
    "sync-trips": QT_TRANSLATE_NOOP("PrintCentre", "Every USB sync trip of the period: when, to or "
                                    "from which station, the file and its checksum, what it carried, "
                                    "and who did it. For the township's files."),
    "villager-record": QT_TRANSLATE_NOOP("PrintCentre", "For a villager who asks what the station "
                                         "holds about them: their details, every visit and concern "
                                         "with its case number and history. Station head only; each "
                                         "print is recorded. Needs the villager's name."),
}
PAPER_NAMES = {
    "A4": QT_TRANSLATE_NOOP("PrintCentre", "A4 (ordinary sheet)"),
    "A3": QT_TRANSLATE_NOOP("PrintCentre", "A3 (large poster)"),
}

def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def month_range(day: dt.date, months_back: int = 0) -> tuple[dt.date, dt.date]:
    """The first and last day of the month ``months_back`` before ``day``'s."""
    year, month = day.year, day.month - months_back
    while month < 1:
        year, month = year - 1, month + 12
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


class PrintCentre(QWidget):
    """The print-centre page of the main window."""

    ready = Signal(int)   # a preview was loaded, with this many pages
    failed = Signal(str)  # making a document failed, with this message

    AUTO_DELAY_MS = 400

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._tmp = tempfile.TemporaryDirectory(prefix="desk-print-")
        self._serial = 0
        self._thread: RenderThread | None = None
        self._shown: Request | None = None      # what the preview shows
        self._shown_path: Path | None = None
        self._pending = False                    # a newer request waits for the worker
        self.last_progress: tuple[int, int] = (0, 0)
        self.rules_dialog = None

        app = QCoreApplication.instance()
        if app is not None:  # never leave a worker running past the event loop
            app.aboutToQuit.connect(self.wait_for_worker)

        self._auto = QTimer(self)
        self._auto.setSingleShot(True)
        self._auto.setInterval(self.AUTO_DELAY_MS)
        self._auto.timeout.connect(self.generate)

        root = QHBoxLayout(self)

        # --- column 1: which document
        col1 = QVBoxLayout()
        heading = QLabel(self.tr("1. Which document"))
        heading.setProperty("role", "heading")
        col1.addWidget(heading)
        self.kind_list = QListWidget()
        self.kind_list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.kind_list.setStyleSheet("QListWidget::item { padding: 9px 6px; }")
        for kind in reporting.KINDS:
            item = QListWidgetItem(_tr(KIND_NAMES.get(kind, kind)))
            item.setData(Qt.UserRole, kind)
            item.setToolTip(_tr(KIND_HINTS.get(kind, "")))
            self.kind_list.addItem(item)
        heading.setBuddy(self.kind_list)
        col1.addWidget(self.kind_list, 1)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setMinimumHeight(90)
        self.hint_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        col1.addWidget(self.hint_label)
        col1.setContentsMargins(0, 0, 0, 0)
        chooser = QWidget()
        chooser.setLayout(col1)
        chooser.setMinimumWidth(230)  # narrower on a 1024-pixel screen (ui/fit.py)
        chooser.setMaximumWidth(300)
        root.addWidget(chooser, 2)

        # --- column 2: the choices and what to do
        col2 = QVBoxLayout()
        self.period_heading = QLabel(self.tr("2. Period"))
        self.period_heading.setProperty("role", "heading")
        col2.addWidget(self.period_heading)
        period = QGridLayout()
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To"))
        to_label.setBuddy(self.to_edit)
        period.addWidget(from_label, 0, 0)
        period.addWidget(self.from_edit, 0, 1)
        period.addWidget(to_label, 1, 0)
        period.addWidget(self.to_edit, 1, 1)
        period.setColumnStretch(1, 1)
        col2.addLayout(period)
        quick = QHBoxLayout()
        self.this_month_button = QPushButton(self.tr("This month"))
        self.last_month_button = QPushButton(self.tr("Last month"))
        self.this_year_button = QPushButton(self.tr("This year"))
        self.this_month_button.clicked.connect(self._this_month)
        self.last_month_button.clicked.connect(
            lambda: self.set_period(*month_range(self.ctx.today(), 1)))
        self.this_year_button.clicked.connect(self._this_year)
        for b in (self.this_month_button, self.last_month_button, self.this_year_button):
            b.setMinimumHeight(40)
            quick.addWidget(b)
        col2.addLayout(quick)
        self.period_widgets = [from_label, to_label, self.from_edit, self.to_edit,
                               self.this_month_button, self.last_month_button,
                               self.this_year_button]

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.DontWrapRows)
        self.case_label = QLabel(self.tr("&Case number"))
        # Type the number, or pick one of the concerns this document exists for.
        self.case_combo = QComboBox()
        self.case_combo.setEditable(True)
        self.case_combo.setInsertPolicy(QComboBox.NoInsert)
        self.case_combo.setMinimumHeight(36)
        self.case_combo.setMaxVisibleItems(15)
        self.case_combo.view().setMinimumWidth(560)
        self.case_edit = self.case_combo.lineEdit()
        self.case_edit.setPlaceholderText(self.tr("e.g. 2026-0042"))
        self.case_edit.setClearButtonEnabled(True)
        self.case_label.setBuddy(self.case_combo)
        self.case_edit.returnPressed.connect(self.generate)
        self.case_edit.textEdited.connect(self._choices_changed_quietly)
        self.case_combo.activated.connect(self._case_picked)
        form.addRow(self.case_label, self.case_combo)
        self.paper_label = QLabel(self.tr("&Paper"))
        self.paper_combo = QComboBox()
        self.paper_combo.setMinimumHeight(36)
        self.paper_label.setBuddy(self.paper_combo)
        form.addRow(self.paper_label, self.paper_combo)
        col2.addLayout(form)

        self.show_button = QPushButton(self.tr("Show it (Enter)"))
        style.big_button(self.show_button)
        self.show_button.clicked.connect(self.generate)
        col2.addWidget(self.show_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setMinimumHeight(28)
        col2.addWidget(self.progress)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        col2.addWidget(self.status_label)
        self.error_label = style.error_label()
        col2.addWidget(self.error_label)

        actions = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        style.big_button(self.print_button)
        self.print_button.setShortcut(QKeySequence.Print)
        self.print_button.setToolTip(self.tr("Print it (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save…"))
        style.big_button(self.save_button)
        self.save_button.setShortcut(QKeySequence.Save)
        self.save_button.setToolTip(self.tr("Save it as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_as)
        for b in (self.print_button, self.save_button):
            # big, but two side by side in the column
            b.setStyleSheet("QPushButton { min-width: 60px; padding: 14px 6px; }")
            actions.addWidget(b)
        col2.addLayout(actions)
        self.rules_button = QPushButton(self.tr("Change the rules text…"))
        self.rules_button.setMinimumHeight(44)
        self.rules_button.clicked.connect(self.edit_rules)
        col2.addWidget(self.rules_button)
        self.check_ledger_button = QPushButton(self.tr("Check a printed ledger…"))
        self.check_ledger_button.setMinimumHeight(44)
        self.check_ledger_button.setToolTip(self.tr(
            "Type the check code from a ledger's last page: has anything been changed since it was printed?"))
        self.check_ledger_button.clicked.connect(self.check_ledger)
        col2.addWidget(self.check_ledger_button)
        col2.addStretch(1)
        col2.setContentsMargins(0, 0, 0, 0)
        side = QWidget()
        side.setLayout(col2)
        side.setMinimumWidth(290)
        side.setMaximumWidth(360)
        root.addWidget(side, 2)

        # --- column 3: the preview
        self.preview = PdfPreview()
        self.preview_heading = self.preview.heading
        self.document, self.view = self.preview.document, self.preview.view
        (self.fit_width_button, self.whole_page_button, self.zoom_in_button,
         self.zoom_out_button) = self.preview.buttons()
        root.addWidget(self.preview, 5)

        # Enter anywhere on the page (outside a list's own Enter) shows the document.
        for key in (Qt.Key_Return, Qt.Key_Enter):
            sc = QShortcut(QKeySequence(key), self, self.generate)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
        self.kind_list.activated.connect(lambda *_: self.generate())

        QWidget.setTabOrder(self.kind_list, self.from_edit)
        chain = [self.from_edit, self.to_edit, self.this_month_button, self.last_month_button,
                 self.this_year_button, self.case_combo, self.paper_combo, self.show_button,
                 self.print_button, self.save_button, self.rules_button, self.fit_width_button,
                 self.whole_page_button, self.zoom_in_button, self.zoom_out_button, self.view]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

        today = self.ctx.today()
        self.set_period(today.replace(day=1), today, regenerate=False)
        self.kind_list.currentItemChanged.connect(self._kind_changed)
        self.from_edit.dateChanged.connect(self._choices_changed)
        self.to_edit.dateChanged.connect(self._choices_changed)
        self.paper_combo.currentIndexChanged.connect(self._choices_changed)
        self.kind_list.setCurrentRow(0)
        self._update_state()

    # --- building blocks
    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumHeight(36)
        edit.setMinimumWidth(170)
        return edit

    def _this_month(self) -> None:
        today = self.ctx.today()  # the month so far, as the ledger counts it
        self.set_period(today.replace(day=1), today)

    def _this_year(self) -> None:
        today = self.ctx.today()
        self.set_period(dt.date(today.year, 1, 1), today)

    # --- the officer's choices
    def check_ledger(self) -> None:
        """核对打印过的台账 (ui/ledger_check_dialog.py)."""
        from models.safety.about import about_info

        from .ledger_check_dialog import LedgerCheckDialog

        self.ledger_check = LedgerCheckDialog(about_info().database_path, self)
        self.ledger_check.open()

    def kind(self) -> str | None:
        item = self.kind_list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def select_kind(self, kind: str) -> None:
        for row in range(self.kind_list.count()):
            if self.kind_list.item(row).data(Qt.UserRole) == kind:
                self.kind_list.setCurrentRow(row)
                return
        raise KeyError(kind)

    def set_period(self, date_from: dt.date, date_to: dt.date, regenerate: bool = True) -> None:
        for edit, value in ((self.from_edit, date_from), (self.to_edit, date_to)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(False)
        if regenerate:
            self._choices_changed()

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def case_number(self) -> str:
        """The typed case number (a picked line starts with its number)."""
        words = self.case_edit.text().split()
        return words[0] if words else ""

    def set_case_number(self, number: str) -> None:
        self.case_edit.setText(number)
        self._choices_changed_quietly()

    def _case_picked(self, index: int) -> None:
        number = self.case_combo.itemData(index)
        if number:
            self.case_edit.setText(number)
            self.generate()

    def _fill_cases(self, kind: str) -> None:
        typed = self.case_edit.text()
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for number, line in reporting.eligible_cases(kind, self.ctx.station):
            self.case_combo.addItem(line, number)
        self.case_combo.setCurrentIndex(-1)
        self.case_edit.setText(typed)
        self.case_combo.blockSignals(False)

    def set_paper(self, paper: str) -> None:
        index = self.paper_combo.findData(paper)
        if index < 0:
            raise KeyError(paper)
        self.paper_combo.setCurrentIndex(index)

    def request(self) -> Request | None:
        kind = self.kind()
        if kind is None:
            return None
        needs_period = kind in reporting.NEEDS_PERIOD
        date_from, date_to = self.period() if needs_period else (None, None)
        case = self.case_number() if kind in reporting.NEEDS_CASE else None
        paper = self.paper_combo.currentData() or "A4"
        return Request(kind, date_from, date_to, case, paper)

    def _kind_changed(self, *_):
        kind = self.kind()
        if kind is None:
            return
        self.hint_label.setText(_tr(KIND_HINTS.get(kind, "")))
        needs_period = kind in reporting.NEEDS_PERIOD
        for w in self.period_widgets:
            w.setVisible(needs_period)
        needs_case = kind in reporting.NEEDS_CASE
        by_villager = kind in reporting.NEEDS_VILLAGER
        self.case_label.setVisible(needs_case)
        self.case_combo.setVisible(needs_case)
        self.case_label.setText(self.tr("&Villager") if by_villager else self.tr("&Case number"))
        self.case_edit.setPlaceholderText(self.tr("the villager's name") if by_villager
                                          else self.tr("e.g. 2026-0042"))
        if needs_case:
            self._fill_cases(kind)
        import reports  # the layouts know which papers they come on

        papers = list(reports.papers(kind))
        self.paper_combo.blockSignals(True)
        self.paper_combo.clear()
        for paper in papers:
            self.paper_combo.addItem(_tr(PAPER_NAMES.get(paper, paper)), paper)
        self.paper_combo.blockSignals(False)
        self.paper_label.setVisible(len(papers) > 1)
        self.paper_combo.setVisible(len(papers) > 1)
        if needs_period:
            self.period_heading.setText(self.tr("2. Period"))
        elif by_villager:
            self.period_heading.setText(self.tr("2. Which villager"))
        elif needs_case:
            self.period_heading.setText(self.tr("2. Which case"))
        else:
            self.period_heading.setText(self.tr("2. Paper size"))
        self.period_heading.setVisible(needs_period or needs_case or len(papers) > 1)
        self.rules_button.setVisible(kind == "rules")
        self.error_label.hide()
        if needs_case:
            self._auto.stop()
            self._update_state()
            if not self.case_number():
                self.status_label.setText(
                    self.tr("Type the villager's name or pick them from the list, then press Enter.")
                    if by_villager else
                    self.tr("Type the case number or pick it from the list, then press Enter."))
            if self.isVisible():
                self.case_combo.setFocus()
        else:
            self._choices_changed()

    def _choices_changed(self, *_):
        """A choice changed: show the new document shortly (unless it needs a case number)."""
        self._update_state()
        request = self.request()
        if request is None or request.kind in reporting.NEEDS_CASE:
            return
        if request != self._shown:
            self._auto.start()

    def _choices_changed_quietly(self, *_):
        self.error_label.hide()
        self._update_state()

    # --- making the document
    def is_busy(self) -> bool:
        return self._thread is not None

    def is_ready(self) -> bool:
        """The preview shows exactly what is chosen now, and nothing is being made."""
        return not self.is_busy() and self._shown is not None and self._shown == self.request()

    def generate(self) -> None:
        """Make the chosen document in the worker and show it when it is ready."""
        self._auto.stop()
        request = self.request()
        if request is None:
            return
        if request.kind in reporting.NEEDS_CASE and not request.case_number:
            self._show_error(self.tr("Please type the villager's name.")
                             if request.kind in reporting.NEEDS_VILLAGER else
                             self.tr("Please type the case number."))
            self.case_combo.setFocus()
            return
        if request.date_from and request.date_to and request.date_from > request.date_to:
            self._show_error(self.tr("The period's first day is after its last day."))
            self.from_edit.setFocus()
            return
        if self._thread is not None:
            self._pending = True
            return
        self._pending = False
        self._serial += 1
        path = Path(self._tmp.name) / f"{request.kind}-{self._serial}.pdf"
        self.error_label.hide()
        self.last_progress = (0, 0)
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.status_label.setText(self.tr("Making the document…"))
        thread = RenderThread(self.ctx.station, request, path, self.ctx.today())
        thread.progressed.connect(self._progressed)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._thread_finished)
        thread.finished.connect(lambda t=thread: LIVE.discard(t))
        LIVE.add(thread)
        self._thread = thread
        self._update_state()
        thread.start()

    def _progressed(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _succeeded(self, request: Request, path: str, pages: int) -> None:
        old = self._shown_path
        self.document.close()
        error = self.document.load(path)
        if error != QPdfDocument.Error.None_:
            self._failed(request, self.tr("The document was made but cannot be shown."))
            return
        self._shown, self._shown_path = request, Path(path)
        if old is not None and old != self._shown_path:
            old.unlink(missing_ok=True)
        self.progress.setRange(0, max(self.last_progress[1], 1))
        self.progress.setValue(self.progress.maximum())
        count = self.document.pageCount()
        self.status_label.setText(self.tr("Ready: %n page(s). Check it, then print or save it.",
                                          "", count))
        self.ready.emit(count)

    def _failed(self, request: Request, message: str, reason: str = "") -> None:
        if not message:
            message = self.tr("The document could not be made: %1").replace("%1", reason)
        # Show nothing rather than an older document the officer might take for this one.
        self.document.close()
        self._shown = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label.setText("")
        self._show_error(message)
        self.failed.emit(message)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self._update_state()

    def _thread_finished(self) -> None:
        self._thread = None
        self._update_state()
        if self._pending:
            self.generate()

    def wait_for_worker(self, ms: int = 60000) -> bool:
        """Block until the worker is done (for closing down); no new one starts."""
        self._auto.stop()
        self._pending = False
        return self._thread.wait(ms) if self._thread is not None else True

    def _update_state(self) -> None:
        ready = self.is_ready()
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.show_button.setEnabled(not self.is_busy())
        if (self._shown is not None and not ready and not self.is_busy()
                and not self.error_label.isVisibleTo(self)):
            self.status_label.setText(self.tr("The choice has changed: press Enter to see it."))

    def refresh(self) -> None:
        """The page is opened: show the chosen document with today's data."""
        self._shown = None
        self._choices_changed()
        if self.kind() not in reporting.NEEDS_CASE:
            self._auto.stop()
            self.generate()

    def focus_first(self) -> None:
        self.kind_list.setFocus()

    # --- printing and saving
    def current_pdf(self) -> Path | None:
        return self._shown_path if self.is_ready() else None

    def default_file_name(self) -> str:
        request = self._shown or self.request()
        name = _tr(KIND_NAMES.get(request.kind, request.kind))
        if request.kind in reporting.NEEDS_VILLAGER:
            pass  # no villager's name or id in a file name left on the desktop
        elif request.case_number:
            name += "-" + request.case_number
        elif request.date_from and request.date_to:
            name += f"-{labels.format_date(request.date_from)}-{labels.format_date(request.date_to)}"
        return "".join(c for c in name if c not in '\\/:*?"<>|') + ".pdf"

    def save_as(self) -> None:
        if self.current_pdf() is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document"),
                                              str(Path(folder) / self.default_file_name()),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> Path | None:
        """Copy the shown PDF to ``path`` (".pdf" added if missing)."""
        source = self.current_pdf()
        if source is None:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(source, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The file could not be saved:\n%1\n\n%2")
                                .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return None
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return target

    def _prepare_printer(self, printer: QPrinter) -> None:
        """Paper size and orientation as the document's first page."""
        if self.document.pageCount() < 1:
            return
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        portrait_size = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        printer.setPageSize(QPageSize(portrait_size, QPageSize.Point))
        printer.setPageOrientation(QPageLayout.Landscape if landscape else QPageLayout.Portrait)
        printer.setFullPage(True)
        printer.setDocName(self.default_file_name()[:-4])

    def print_document(self) -> None:
        if self.current_pdf() is None:
            return
        printer = QPrinter(QPrinter.HighResolution)
        self._prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the document"))
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QPrintDialog.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Send the shown document's pages to ``printer``; returns pages printed.

        The pages are drawn in a PrintThread; meanwhile this waits in a local
        event loop, so the window keeps repainting and the progress bar moves
        (the document buttons are disabled until it is done)."""
        pdf = self.current_pdf()
        if pdf is None:
            return 0
        count = self.document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(count, printer.toPage() or count)
        self.progress.setRange(0, last - first + 1)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Sending the pages to the printer…"))
        buttons = (self.print_button, self.save_button)
        for button in buttons:
            button.setEnabled(False)
        worker = PrintThread(pdf, printer, first, last, self)
        worker.progressed.connect(self._print_progress)
        loop = QEventLoop()
        worker.finished.connect(loop.quit)
        worker.start()
        if worker.isRunning():
            loop.exec()
        worker.wait()
        for button in buttons:
            button.setEnabled(True)
        if not worker.started_ok:
            QMessageBox.warning(self, self.tr("Not printed"),
                                self.tr("The printer could not be started."))
            return 0
        self.status_label.setText(self.tr("Sent %n page(s) to the printer.", "", worker.printed))
        return worker.printed

    def _print_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status_label.setText(self.tr("Sending page %1 of %2 to the printer…")
                                  .replace("%1", str(done)).replace("%2", str(total)))

    # --- the operating rules
    def edit_rules(self) -> None:
        from .rules_editor import RulesEditor

        self.rules_dialog = RulesEditor(self)
        self.rules_dialog.accepted.connect(self._rules_saved)
        self.rules_dialog.open()

    def _rules_saved(self) -> None:
        if self.kind() == "rules":
            self._shown = None
            self.generate()

    def hideEvent(self, event) -> None:
        self._auto.stop()  # another page is shown: make nothing nobody will see
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self.wait_for_worker()
        super().closeEvent(event)
