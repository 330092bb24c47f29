"""Find a concern: by case number, villager name or pinyin initials, phone
digits, or any words of its summary and details (two-character words too).
Searches as you type; Enter jumps to the results, Enter again opens one.

The search itself runs off the GUI thread (``query_worker.Latest``: a worker
with its own database connection): on a county desk's 300,000 concerns the
window stays responsive while typing, and an answer that arrives after a
newer keystroke is dropped. The rows come from the index's ids and one query
for their list rows (``concern_list.search_rows``)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from models.figures.concern_list import search_rows

from .concern_table import ConcernTable
from .context import DeskContext
from .query_worker import Latest

DEBOUNCE_MS = 250
BUSY_MS = 300  # "searching…" is shown only for a search that takes longer
LIMIT = 200

log = logging.getLogger(__name__)


class _QueryEdit(QLineEdit):
    """The search box; the Down arrow goes to the results."""
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    opened = Signal(str)  # a concern id to open
    searched = Signal()   # the results of the latest query are on screen

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_query = ""
        self.reader = Latest(self)  # the search, off the GUI thread; older answers are dropped
        self._to_results_when_done = False
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("&Find a concern"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)

        row = QHBoxLayout()
        self.query_edit = _QueryEdit()
        self.query_edit.setPlaceholderText(
            self.tr("Case number, villager's name, pinyin initials (zs), phone, or any words"))
        self.query_edit.setClearButtonEnabled(True)
        heading.setBuddy(self.query_edit)
        row.addWidget(self.query_edit, 1)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setAutoDefault(False)
        row.addWidget(self.find_button)
        layout.addLayout(row)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.table = ConcernTable()
        self.table.opened.connect(self.opened)
        layout.addWidget(self.table, 1)
        self.hint_label = QLabel(self.tr("Type to search. Enter or ↓ goes to the list; "
                                         "Enter on a line opens it."))
        layout.addWidget(self.hint_label)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _text: self.timer.start())
        self.query_edit.returnPressed.connect(self._enter)
        self.query_edit.down.connect(self._to_results)
        self.find_button.clicked.connect(self._enter)
        self.busy_timer = QTimer(self)
        self.busy_timer.setSingleShot(True)
        self.busy_timer.setInterval(BUSY_MS)
        self.busy_timer.timeout.connect(
            lambda: self.result_label.setText(self.tr("Searching…")) if self.reader.busy else None)
        self.setTabOrder(self.query_edit, self.find_button)
        self.setTabOrder(self.find_button, self.table)
        self._enlarge_box()
        self._show_hint()

    # --- a bigger search box, following the large-text switch
    def _enlarge_box(self) -> None:
        # A style sheet, not setFont: the application's style sheet would override a plain font.
        pt = max(self.font().pointSize(), 8) + 5
        if self.query_edit.property("pt") != pt:
            self.query_edit.setProperty("pt", pt)
            self.query_edit.setStyleSheet(f"font-size: {pt}pt; padding: 6px;")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.ApplicationFontChange, QEvent.StyleChange):
            self._enlarge_box()

    # --- searching
    def focus_query(self) -> None:
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def refresh(self) -> None:
        """Run the current query again (after a concern was changed)."""
        self.run_search()

    def _enter(self) -> None:
        if self.timer.isActive() or self.query_edit.text().strip() != self.last_query or self.reader.busy:
            self._to_results_when_done = True
            self.run_search()
        else:
            self._to_results()

    def _to_results(self) -> None:
        if self.table.rowCount():
            self.table.setFocus()
            if self.table.currentRow() < 0:
                self.table.selectRow(0)

    def is_searching(self) -> bool:
        return self.reader.busy or self.timer.isActive()

    def run_search(self) -> None:
        """Start a search for the box's text (off the GUI thread); ``searched``
        is emitted when its results are shown."""
        self.timer.stop()
        text = self.query_edit.text().strip()
        self.last_query = text
        if not text:
            self.reader.cancel()
            self.busy_timer.stop()
            self.table.set_rows([])
            self._show_hint()
            self._after_results()
            return
        station, today = self.ctx.station, self.ctx.today()
        self.busy_timer.start()
        self.reader.run(lambda: search_rows(station, text, today, LIMIT),
                        lambda rows: self._answered(text, rows),
                        lambda _reason: self._answered(text, None))

    def _answered(self, text: str, rows) -> None:
        """The newest search's rows (None: it failed; logged by the worker)."""
        self.busy_timer.stop()
        if rows is None:
            self.table.set_rows([])
            self.result_label.setText(self.tr("The search failed. Try again; if it fails again, "
                                              "restart the desk."))
            self._after_results()
            return
        self.table.set_rows(rows)
        if not rows:
            self.result_label.setText(
                self.tr("Nothing found for “%1”. Try fewer characters, a villager's name or its "
                        "pinyin initials (e.g. zs), the last digits of a phone number, or the case "
                        "number (e.g. 2026-0012).").replace("%1", text))
        elif len(rows) >= LIMIT:
            self.result_label.setText(
                self.tr("%1 or more found; the newest %1 are shown. Add another word to narrow "
                        "it down.").replace("%1", str(LIMIT)))
        else:
            self.result_label.setText(self.tr("%n found.", "", len(rows)))
        self._after_results()

    def _after_results(self) -> None:
        if self._to_results_when_done:
            self._to_results_when_done = False
            self._to_results()
        self.searched.emit()

    def _show_hint(self) -> None:
        self.result_label.setText(self.tr("Type a few characters above: results appear as you type."))

    def result_ids(self) -> list[str]:
        return [self.table.concern_id_at(i) for i in range(self.table.rowCount())]
