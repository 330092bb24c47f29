"""A list of concerns, as the home, to-do and search screens show them.
Double-click or Enter opens one.

The table is a view onto a model that holds only the rows read so far:
``show_list(source)`` reads the first page of a long list off the GUI thread
(``ui.query_worker``) and the next page each time the list is scrolled to its
end (Qt's ``canFetchMore`` / ``fetchMore``); ``set_rows(rows)`` shows a short
list that is already read (search results)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidgetItem,
)

from models.figures.concern_list import ConcernRow

from . import labels
from .query_worker import Latest

_TOP = QModelIndex()  # a table's rows hang off no parent
OVERDUE = QColor("#b00020")
CLOSED = QColor("#666666")


# marked with their context, so lupdate files them where translate() looks for them
_HEADERS = [QT_TRANSLATE_NOOP("ConcernTable", "Case no."), QT_TRANSLATE_NOOP("ConcernTable", "Registered"),
            QT_TRANSLATE_NOOP("ConcernTable", "Villager"), QT_TRANSLATE_NOOP("ConcernTable", "Concern"),
            QT_TRANSLATE_NOOP("ConcernTable", "Handling rule"),
            QT_TRANSLATE_NOOP("ConcernTable", "Deadline"), QT_TRANSLATE_NOOP("ConcernTable", "Status")]


class ConcernModel(QAbstractTableModel):
    """The rows read so far; asks its table for more when the view needs them."""

    def __init__(self, table: ConcernTable):
        super().__init__(table)
        self.table = table
        self.rows: list[ConcernRow] = []
        self._texts: list[list[str]] = []
        self.checked: set[str] | None = None   # the ids ticked, when the rows can be ticked
        self.headers = [QCoreApplication.translate("ConcernTable", text) for text in _HEADERS]

    def rowCount(self, parent=_TOP) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_TOP) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.CheckStateRole and index.column() == 0 and self.checked is not None:
            return (Qt.Checked if self.rows[index.row()].id in self.checked else Qt.Unchecked)
        if role == Qt.ForegroundRole:
            r = self.rows[index.row()]
            if r.overdue:
                return QBrush(OVERDUE)
            if r.outcome != "pending":
                return QBrush(CLOSED)
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self.checked is not None:
            flags |= Qt.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.CheckStateRole or self.checked is None or not index.isValid():
            return False
        cid = self.rows[index.row()].id
        if Qt.CheckState(value) == Qt.Checked:
            self.checked.add(cid)
        else:
            self.checked.discard(cid)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        return True

    def canFetchMore(self, parent=_TOP) -> bool:
        return not parent.isValid() and self.table.can_fetch_more()

    def fetchMore(self, parent=_TOP) -> None:
        if not parent.isValid():
            self.table.fetch_more()

    def replace(self, rows: list[ConcernRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = [self.table.texts(r) for r in self.rows]
        self.endResetModel()

    def append(self, rows: list[ConcernRow]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self._texts.extend(self.table.texts(r) for r in rows)
        self.endInsertRows()


class ConcernTable(QTableView):
    opened = Signal(str)  # concern id
    loaded = Signal()     # a page (or a short list) has been shown
    failed = Signal(str)  # reading a page failed: the technical reason

    def __init__(self, parent=None, checkable: bool = False):
        super().__init__(parent)
        self.list_model = ConcernModel(self)
        if checkable:  # a tick box on each row (kept across pages: by id)
            self.list_model.checked = set()
        self.setModel(self.list_model)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        # Fixed widths, not ResizeToContents: that would measure every row read so far
        # each time a page arrives.
        header.setSectionResizeMode(QHeaderView.Interactive)
        # each column as wide as what it typically holds (a case number, a date,
        # a name, the longest handling rule); the concern itself takes the rest
        fm, pad = self.fontMetrics(), 18
        cjk = fm.horizontalAdvance("\u56fd")  # one CJK character (国)
        for col, width in ((0, fm.horizontalAdvance("2026-0000")), (1, fm.horizontalAdvance("2026-00-00")),
                           (2, cjk * 4), (4, cjk * 8), (5, fm.horizontalAdvance("2026-00-00")),
                           (6, cjk * 8)):
            header.resizeSection(col, width + pad)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.doubleClicked.connect(lambda index: self._open(index.row()))
        self.reader = Latest(self)
        self._source = None
        self._after = None       # where the next page starts; None: nothing more to read

    # --- what is shown
    def set_rows(self, rows: list[ConcernRow]) -> None:
        """Show a short list that has been read already (e.g. ≤ 200 search results)."""
        self.reader.cancel()
        self._source, self._after = None, None
        self._show(rows)
        self.loaded.emit()

    def show_list(self, source, also=None, on_shown=None) -> None:
        """Show a long list a page at a time: ``source`` has ``page(after)``
        (``models.figures.concern_list``). Read off the GUI thread, with
        ``also()`` when given (e.g. the list's counts); then
        ``on_shown(what also() returned)`` once the first page is shown."""
        self._source, self._after = source, None

        def first():
            return source.page(None), (also() if also is not None else None)

        def shown(result):
            page, extra = result
            self._after = page.after
            self._show(page.rows)
            if on_shown is not None:
                on_shown(extra)
            self.loaded.emit()

        self.reader.run(first, shown, self._failed)

    def _show(self, rows: list[ConcernRow]) -> None:
        keep = self.concern_id_at(self.currentRow())
        self.list_model.replace(rows)
        if rows:
            ids = [r.id for r in rows]
            self.selectRow(ids.index(keep) if keep in ids else 0)

    def _failed(self, reason: str) -> None:
        self._after = None
        self.failed.emit(reason)

    @property
    def loading(self) -> bool:
        return self.reader.busy

    def can_fetch_more(self) -> bool:
        return self._after is not None and not self.reader.busy

    def fetch_more(self) -> None:
        if not self.can_fetch_more():
            return
        source, after = self._source, self._after

        def more(page):
            self._after = page.after
            self.list_model.append(page.rows)
            self.loaded.emit()

        self.reader.run(lambda: source.page(after), more, self._failed)

    def texts(self, r: ConcernRow) -> list[str]:
        summary = r.summary
        if r.confidential:
            summary = self.tr("[Confidential] ") + summary
        return [r.case_number, labels.format_date(r.registered_on), r.villager_name, summary,
                labels.label(labels.RULES, r.rule), labels.format_date(r.deadline), self._status(r)]

    def _status(self, r: ConcernRow) -> str:
        if r.outcome != "pending":
            return labels.label(labels.OUTCOMES, r.outcome)
        if r.overdue:
            return (self.tr("Overdue %n day(s)", "", r.overdue_days) + " · "
                    + labels.label(labels.STEPS, r.current_step))
        if r.waiting_higher_level:
            return self.tr("Waiting for the higher level")
        return labels.label(labels.STEPS, r.current_step)

    # --- reading it back (the pages, and tests)
    def rowCount(self) -> int:
        """Rows read and shown so far."""
        return self.list_model.rowCount()

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def concern_id_at(self, row: int) -> str | None:
        rows = self.list_model.rows
        return rows[row].id if 0 <= row < len(rows) else None

    def ids(self) -> list[str]:
        return [r.id for r in self.list_model.rows]

    _ids = property(ids)  # the name the pages' tests have always read

    def columnCount(self) -> int:
        return self.list_model.columnCount()

    def item(self, row: int, col: int) -> QTableWidgetItem:
        """A copy of one cell as a QTableWidget item (its text and colour), as
        the table read before it became a view onto pages."""
        item = QTableWidgetItem(self.text_at(row, col))
        color = self.color_at(row, col)
        if color is not None:
            item.setForeground(QBrush(color))
        return item

    def text_at(self, row: int, col: int) -> str:
        return self.list_model._texts[row][col]

    def color_at(self, row: int, col: int) -> QColor | None:
        brush = self.list_model.data(self.list_model.index(row, col), Qt.ForegroundRole)
        return brush.color() if brush is not None else None

    def checked_ids(self) -> list[str]:
        """The ticked rows' ids, in the list's order."""
        ticked = self.list_model.checked or set()
        return [r.id for r in self.list_model.rows if r.id in ticked]

    def set_checked(self, row: int, on: bool = True) -> None:
        self.list_model.setData(self.list_model.index(row, 0), Qt.Checked if on else Qt.Unchecked,
                                Qt.CheckStateRole)

    # --- opening one
    def _open(self, row: int) -> None:
        cid = self.concern_id_at(row)
        if cid:
            self.opened.emit(cid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._open(self.currentRow())
            return
        super().keyPressEvent(event)
