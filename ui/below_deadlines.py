"""At a township or county desk, the 待办's second tab: the open concerns of
the stations below that are overdue or soon due, grouped by station, each
judged as of that station's data age (``models.figures.overdue_below``).

Above, one line per station — its data age and its counts — read off the
GUI thread in one counting query; below, the concerns of the station chosen
(or of all), a page at a time (``ui.concern_table``). Enter or double-click
opens one."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.figures.overdue_below import OVERDUE, PERHAPS, SOON, BelowDeadlines

from . import age_labels, labels
from .concern_table import ConcernTable
from .context import DeskContext
from .query_worker import Latest

RED = QColor("#b00020")
AMBER = QColor("#9a5b00")


class DeadlineTable(ConcernTable):
    """The concerns of the stations below: station and data date first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list_model.headers = [self.tr("Station"), self.tr("Case no."), self.tr("Villager"),
                                   self.tr("Concern"), self.tr("Deadline"),
                                   self.tr("As of the station's data")]
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for col, chars in enumerate((9, 7, 5, 0, 7, 14)):
            if chars:
                header.resizeSection(col, self.fontMetrics().height() * chars)
        header.setSectionResizeMode(3, QHeaderView.Stretch)

    def texts(self, r) -> list[str]:
        summary = r.summary
        if r.confidential:
            summary = self.tr("[Confidential] ") + summary
        return [r.station_name, r.case_number, r.villager_name, summary,
                labels.format_date(r.deadline), self.status_text(r)]

    def status_text(self, r) -> str:
        if r.status == OVERDUE:
            return self.tr("Overdue (open on %1)").replace("%1", labels.format_date(r.as_of))
        if r.status == PERHAPS:
            return self.tr("Perhaps overdue: due after %1").replace(
                "%1", labels.format_date(r.as_of))
        days = (r.deadline - self.today).days if self.today else 0
        if days <= 0:
            return self.tr("Due today")
        return self.tr("Due in %1 day(s)").replace("%1", str(days))

    today = None


class BelowDeadlinesPanel(QWidget):
    opened = Signal(str)  # a concern id to open

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("Open concerns of the stations below that are overdue or due within "
                              "three days, judged as of each station's data: what this desk knows "
                              "of a station is what its last USB package said."))
        note.setWordWrap(True)
        layout.addWidget(note)

        filters = QHBoxLayout()
        kind_label = QLabel(self.tr("&Show:"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Overdue and due soon"), None)
        self.kind_combo.addItem(self.tr("Overdue"), OVERDUE)
        self.kind_combo.addItem(self.tr("Perhaps overdue (due after the station's data)"), PERHAPS)
        self.kind_combo.addItem(self.tr("Due within three days"), SOON)
        kind_label.setBuddy(self.kind_combo)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_combo)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.stations_table = QTableWidget(0, 5)
        self.stations_table.setHorizontalHeaderLabels([
            self.tr("Station"), self.tr("Data as of"), self.tr("Overdue"),
            self.tr("Perhaps overdue"), self.tr("Due soon")])
        self.stations_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.stations_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stations_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.stations_table.verticalHeader().hide()
        self.stations_table.horizontalHeader().setStretchLastSection(True)
        self.stations_table.setMaximumHeight(self.fontMetrics().height() * 12)
        layout.addWidget(self.stations_table)

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.table = DeadlineTable()
        self.table.opened.connect(self.opened)
        self.table.failed.connect(self._failed)
        layout.addWidget(self.table, 1)

        self.reader = Latest(self)   # the stations' lines
        self.lines = []
        self._ids: list[str | None] = []
        self.kind_combo.currentIndexChanged.connect(lambda *_: self._show_list())
        self.stations_table.itemSelectionChanged.connect(self._show_list)

    @property
    def loading(self) -> bool:
        return self.reader.busy or self.table.loading

    def refresh(self) -> None:
        """Read the stations' lines again (off the GUI thread), then the list."""
        listing = BelowDeadlines(self.ctx.station, self.ctx.today())
        self.count_label.setText(self.tr("Reading the stations below…"))
        self.reader.run(listing.stations, self._show_lines, self._failed)

    def _show_lines(self, lines) -> None:
        keep = self.chosen_station()
        self.lines = lines
        self._ids = [None] + [s.station_id for s in lines]
        table = self.stations_table
        table.blockSignals(True)
        table.setRowCount(len(lines) + 1)
        total = [sum(s.overdue for s in lines), sum(s.perhaps_overdue for s in lines),
                 sum(s.soon_due for s in lines)]
        self._set_row(0, [self.tr("All stations below"), "", *map(str, total)], None)
        for i, s in enumerate(lines, start=1):
            self._set_row(i, [s.name, age_labels.age_text(s.age), str(s.overdue),
                              str(s.perhaps_overdue), str(s.soon_due)], s)
        table.resizeColumnsToContents()
        row = self._ids.index(keep) if keep in self._ids else 0
        table.selectRow(row)
        table.blockSignals(False)
        self._show_list()

    def _set_row(self, row: int, cells: list[str], line) -> None:
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col >= 2:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            if line is not None and line.age.stale and col == 1:
                item.setForeground(QBrush(RED))
            if line is not None and col == 2 and line.overdue:
                item.setForeground(QBrush(RED))
            if line is not None and col == 3 and line.perhaps_overdue:
                item.setForeground(QBrush(AMBER))
            self.stations_table.setItem(row, col, item)

    def chosen_station(self) -> str | None:
        model = self.stations_table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or not self._ids:
            return None
        return self._ids[rows[0].row()]

    def _show_list(self) -> None:
        only = self.chosen_station()
        status = self.kind_combo.currentData()
        listing = BelowDeadlines(self.ctx.station, self.ctx.today(), only, status)
        self.table.today = self.ctx.today()
        self.table.show_list(listing, listing.count, self._counted)

    def _counted(self, n: int) -> None:
        only = self.chosen_station()
        line = next((s for s in self.lines if s.station_id == only), None)
        if not n:
            text = self.tr("Nothing overdue or due soon here.")
        else:
            text = self.tr("%1 concern(s) listed").replace("%1", str(n))
        if line is not None:
            text = age_labels.named(line.name, line.age) + self.tr(": ") + text
            if line.age.stale:
                text += self.tr(" — this station's data is old: its figures are incomplete.")
        self.count_label.setText(text)

    def _failed(self, reason: str) -> None:
        self.count_label.setText(self.tr("The list could not be read: %1").replace("%1", reason))

    def visible_ids(self) -> list[str]:
        return self.table.ids()
