"""The sync screen's two record tabs: the trips made (every package exported
or imported, newest first) and the values changed on two desks (what every
desk shows, and the other values set aside). They only show what the sync
page reads from ``sync.engine`` (``history()`` and ``conflicts()``)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

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


class TripsView(QWidget):
    """Every trip made: when, which way, the station, the file, its checksum,
    what it carried or did, and who."""

    def __init__(self, parent=None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Way"), self.tr("Station"), self.tr("File"),
            self.tr("Checksum"), self.tr("What it carried or did"), self.tr("Who")])
        _plain_table(self.table, stretch=5)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.Interactive)  # long file names: elided
        self.table.setColumnWidth(3, 330)
        self.table.setTextElideMode(Qt.ElideMiddle)
        self.table.setWordWrap(False)
        v.addWidget(self.table)

    def show_trips(self, trips) -> None:
        """``trips``: ``sync.engine.history()``."""
        rows = []
        for t in trips:
            way = self.tr("Sent to") if t.direction == "export" else self.tr("Received from")
            rows.append([f"{t.at_local:%Y-%m-%d %H:%M}", way, f"{t.peer_name} ({t.peer_code})",
                         t.file_name, (t.sha256 or "")[:12],
                         t.message + (self.tr(" (everything again)") if t.full and
                                      t.direction == "export" else ""),
                         t.staff_name])
        _fill(self.table, rows)


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
