"""A list of concerns, as the home, to-do and search screens show them.
Double-click or Enter opens one."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from models.figures.dashboard import ConcernRow

from . import labels

OVERDUE = QColor("#b00020")
CLOSED = QColor("#666666")


class ConcernTable(QTableWidget):
    opened = Signal(str)  # concern id

    def __init__(self, parent=None):
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels([
            self.tr("Case no."), self.tr("Registered"), self.tr("Villager"), self.tr("Concern"),
            self.tr("Handling rule"), self.tr("Deadline"), self.tr("Status")])
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.cellDoubleClicked.connect(lambda row, _col: self._open(row))
        self._ids: list[str] = []

    def set_rows(self, rows: list[ConcernRow]) -> None:
        self.setRowCount(0)
        self._ids = [r.id for r in rows]
        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            summary = r.summary
            if r.confidential:
                summary = self.tr("[Confidential] ") + summary
            values = [r.case_number, labels.format_date(r.registered_on), r.villager_name, summary,
                      labels.label(labels.RULES, r.rule), labels.format_date(r.deadline),
                      self._status(r)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if r.overdue:
                    item.setForeground(QBrush(OVERDUE))
                elif r.outcome != "pending":
                    item.setForeground(QBrush(CLOSED))
                self.setItem(i, col, item)
        if rows:
            self.selectRow(0)

    def _status(self, r: ConcernRow) -> str:
        if r.outcome != "pending":
            return labels.label(labels.OUTCOMES, r.outcome)
        if r.overdue:
            return (self.tr("Overdue %n day(s)", "", r.overdue_days) + " · "
                    + labels.label(labels.STEPS, r.current_step))
        if r.waiting_higher_level:
            return self.tr("Waiting for the higher level")
        return labels.label(labels.STEPS, r.current_step)

    def concern_id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _open(self, row: int) -> None:
        cid = self.concern_id_at(row)
        if cid:
            self.opened.emit(cid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._open(self.currentRow())
            return
        super().keyPressEvent(event)
