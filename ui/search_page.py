"""Find a concern: by case number, villager name or pinyin initials, phone
digits, or any words of its summary and details (two-character words too).
Searches as you type; Enter jumps to the results, Enter again opens one."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from models.concerns.search import search_concerns
from models.figures import dashboard

from .concern_table import ConcernTable
from .context import DeskContext

DEBOUNCE_MS = 250
LIMIT = 200


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

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_query = ""
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
        self.run_search()
        self._to_results()

    def _to_results(self) -> None:
        if self.table.rowCount():
            self.table.setFocus()
            if self.table.currentRow() < 0:
                self.table.selectRow(0)

    def run_search(self) -> None:
        self.timer.stop()
        text = self.query_edit.text().strip()
        self.last_query = text
        if not text:
            self.table.set_rows([])
            self._show_hint()
            return
        found = search_concerns(self.ctx.station, text, limit=LIMIT)
        self.table.set_rows(dashboard.concern_rows(found, self.ctx.today()))
        if not found:
            self.result_label.setText(
                self.tr("Nothing found for “%1”. Try fewer characters, a villager's name or its "
                        "pinyin initials (e.g. zs), the last digits of a phone number, or the case "
                        "number (e.g. 2026-0012).").replace("%1", text))
        elif len(found) >= LIMIT:
            self.result_label.setText(
                self.tr("%1 or more found; the newest %1 are shown. Add another word to narrow "
                        "it down.").replace("%1", str(LIMIT)))
        else:
            self.result_label.setText(self.tr("%n found.", "", len(found)))

    def _show_hint(self) -> None:
        self.result_label.setText(self.tr("Type a few characters above: results appear as you type."))

    def result_ids(self) -> list[str]:
        return [self.table.concern_id_at(i) for i in range(self.table.rowCount())]
