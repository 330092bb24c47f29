"""The sync screen's two record tabs: the trips made (every package exported
or imported, newest first) and the values changed on two desks (what every
desk shows, and the other values set aside).

The trips are a view onto the table, a page at a time
(``models.figures.trips_report.trips_page``, read off the GUI thread by
``ui.query_worker``; the next page when the list is scrolled to its end), with
their count from the database. The values changed on two desks are what the
sync page reads from ``sync.engine.conflicts()``."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.figures.trips_report import trip_count, trips_page

from .query_worker import Latest

_TOP = QModelIndex()

# Column names of a conflicting field, as the officer reads them.
FIELD_NAMES = {
    "summary": QT_TRANSLATE_NOOP("ConflictsView", "Summary"),
    "details": QT_TRANSLATE_NOOP("ConflictsView", "Details"),
    "name": QT_TRANSLATE_NOOP("ConflictsView", "Name"),
    "phone": QT_TRANSLATE_NOOP("ConflictsView", "Phone"),
    "address": QT_TRANSLATE_NOOP("ConflictsView", "Address"),
    "opening_hours": QT_TRANSLATE_NOOP("ConflictsView", "Opening hours"),
    "outcome": QT_TRANSLATE_NOOP("ConflictsView", "Outcome"),
    "current_step": QT_TRANSLATE_NOOP("ConflictsView", "Current step"),
    "deadline": QT_TRANSLATE_NOOP("ConflictsView", "Deadline"),
    "handler_id": QT_TRANSLATE_NOOP("ConflictsView", "Handler"),
    "rule": QT_TRANSLATE_NOOP("ConflictsView", "Handling rule"),
    "function": QT_TRANSLATE_NOOP("ConflictsView", "Function"),
    "note": QT_TRANSLATE_NOOP("ConflictsView", "Note"),
    "role": QT_TRANSLATE_NOOP("ConflictsView", "Role"),
    "active": QT_TRANSLATE_NOOP("ConflictsView", "In service"),
    "state": QT_TRANSLATE_NOOP("ConflictsView", "State"),
    "date": QT_TRANSLATE_NOOP("ConflictsView", "Date"),
    "created_at": QT_TRANSLATE_NOOP("ConflictsView", "Created at"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsView", text)


def _plain_table(table: QTableWidget, stretch: int) -> None:
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            table.setItem(row, col, QTableWidgetItem(text))


class TripsModel(QAbstractTableModel):
    """The trips read so far, as the cells' texts; asks its view for more."""

    def __init__(self, view: TripsView):
        super().__init__(view)
        self.view = view
        self.texts: list[list[str]] = []
        self.headers: list[str] = []

    def rowCount(self, parent=_TOP) -> int:
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent=_TOP) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.texts[index.row()][index.column()]
        return None

    def canFetchMore(self, parent=_TOP) -> bool:
        return not parent.isValid() and self.view.can_fetch_more()

    def fetchMore(self, parent=_TOP) -> None:
        if not parent.isValid():
            self.view.fetch_more()

    def replace(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.texts = list(rows)
        self.endResetModel()

    def append(self, rows: list[list[str]]) -> None:
        if rows:
            first = len(self.texts)
            self.beginInsertRows(_TOP, first, first + len(rows) - 1)
            self.texts.extend(rows)
            self.endInsertRows()


class TripsTable(QTableView):
    """The trips' table; reads back like the QTableWidget it was (tests)."""

    def rowCount(self) -> int:
        return self.model().rowCount()

    def columnCount(self) -> int:
        return self.model().columnCount()

    def item(self, row: int, col: int) -> QTableWidgetItem | None:
        texts = self.model().texts
        return QTableWidgetItem(texts[row][col]) if 0 <= row < len(texts) else None


class TripsView(QWidget):
    """Every trip made: when, which way, the station, the file, its checksum,
    what it carried or did, and who; newest first, a page at a time."""

    loaded = Signal()  # a page has been shown

    def __init__(self, parent=None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        self.count_label = QLabel()
        v.addWidget(self.count_label)
        self.table = TripsTable()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.model = TripsModel(self)
        self.model.headers = [
            self.tr("When"), self.tr("Way"), self.tr("Station"), self.tr("File"),
            self.tr("Checksum"), self.tr("What it carried or did"), self.tr("Who")]
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed widths, not ResizeToContents: that would measure every row read so far per page.
        header.setSectionResizeMode(QHeaderView.Interactive)
        em = self.fontMetrics().height()
        for col, chars in enumerate((9, 5, 12, 0, 9, 0, 5)):
            if chars:
                header.resizeSection(col, em * chars)
        self.table.setColumnWidth(3, 330)  # long file names: elided in the middle
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        self.table.setTextElideMode(Qt.ElideMiddle)
        self.table.setWordWrap(False)
        v.addWidget(self.table)
        self.reader = Latest(self)
        self._after = None   # where the next page starts; None: nothing more to read

    def load(self) -> None:
        """Read the newest page and the count again, off the GUI thread."""
        self._after = None

        def first():
            return trips_page(None), trip_count()

        def shown(result):
            page, total = result
            self._after = page.after
            self.model.replace([self._cells(t) for t in page.trips])
            self.count_label.setText(self.tr("%n trip(s) made.", "", total) if total
                                     else self.tr("No trip made yet."))
            self.loaded.emit()

        self.reader.run(first, shown, self._failed)

    def _failed(self, reason: str) -> None:
        self._after = None
        self.count_label.setText(self.tr("The trips could not be read: %1").replace("%1", reason))
        self.loaded.emit()

    @property
    def loading(self) -> bool:
        return self.reader.busy

    def can_fetch_more(self) -> bool:
        return self._after is not None and not self.reader.busy

    def fetch_more(self) -> None:
        if not self.can_fetch_more():
            return
        after = self._after

        def more(page):
            self._after = page.after
            self.model.append([self._cells(t) for t in page.trips])
            self.loaded.emit()

        self.reader.run(lambda: trips_page(after), more, self._failed)

    def _cells(self, t) -> list[str]:
        way = self.tr("Sent to") if t.direction == "export" else self.tr("Received from")
        return [f"{t.at_local:%Y-%m-%d %H:%M}", way, f"{t.peer_name} ({t.peer_code})",
                t.file_name, (t.sha256 or "")[:12],
                t.message + (self.tr(" (everything again)") if t.full and t.direction == "export" else ""),
                t.staff_name]

    def rowCount(self) -> int:
        """Trips read and shown so far."""
        return self.model.rowCount()

    def text_at(self, row: int, col: int) -> str:
        return self.model.texts[row][col]


class ConflictsView(QWidget):
    """The values changed on two desks before either saw the other's change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        note = QLabel(self.tr("The same item was changed on two desks before either saw the other's "
                              "change. Every desk shows the same value; the other values are kept here."))
        note.setWordWrap(True)
        v.addWidget(note)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Field"), self.tr("Shown on every desk"), self.tr("Set aside")])
        _plain_table(self.table, stretch=3)
        v.addWidget(self.table)

    def show_conflicts(self, found) -> None:
        """``found``: ``sync.engine.conflicts()``."""
        rows = []
        for c in found:
            field = _tr(FIELD_NAMES[c.field]) if c.field in FIELD_NAMES else c.field
            rows.append([c.label, field, self._value(c.shown),
                         "; ".join(self._value(v) for v in c.others)])
        _fill(self.table, rows)

    def _value(self, value) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return str(value)
