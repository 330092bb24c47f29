"""The eight-haves screen (八个有): our station's eight items with their
state, evidence and photo; a township inspection of one station on one day;
and the township's matrix of stations × eight items, coloured by state.
Every rule lives in models.station.checklist; this screen only shows and asks."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import ValidationError
from models.station import checklist

from . import labels, style
from .context import DeskContext

_CTX = "ChecklistPage"
ITEMS = {
    "office": QT_TRANSLATE_NOOP("ChecklistPage", "An office"),
    "roster": QT_TRANSLATE_NOOP("ChecklistPage", "A duty roster"),
    "workflow_chart": QT_TRANSLATE_NOOP("ChecklistPage", "A workflow chart"),
    "rules": QT_TRANSLATE_NOOP("ChecklistPage", "Operating rules"),
    "notice_board": QT_TRANSLATE_NOOP("ChecklistPage", "A public notice board"),
    "work_record": QT_TRANSLATE_NOOP("ChecklistPage", "A work record book"),
    "suggestion_box": QT_TRANSLATE_NOOP("ChecklistPage", "A suggestion box"),
    "contact_card": QT_TRANSLATE_NOOP("ChecklistPage", "Close-to-the-people cards"),
}
STATES = {
    "ok": QT_TRANSLATE_NOOP("ChecklistPage", "Up to standard"),
    "needs_work": QT_TRANSLATE_NOOP("ChecklistPage", "Needs work"),
    "missing": QT_TRANSLATE_NOOP("ChecklistPage", "Missing"),
    "unchecked": QT_TRANSLATE_NOOP("ChecklistPage", "Not checked"),
}
COLOURS = {"ok": "#cfe8cf", "needs_work": "#fbe3b0", "missing": "#f4c4c4", "unchecked": "#e6e6e6"}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _date_edit(d: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _state_combo(with_unchecked=False, ask=False) -> QComboBox:
    """The states to choose from; with ``ask`` the box starts on "choose",
    so nothing is 达标 until somebody says so."""
    combo = QComboBox()
    if ask:
        combo.addItem(QCoreApplication.translate("ChecklistPage", "— choose —"), None)
    for code in checklist.RESULT_STATES + (["unchecked"] if with_unchecked else []):
        combo.addItem(_t(STATES[code]), code)
    return combo


def _item(text: str, state: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if state:
        item.setBackground(QBrush(QColor(COLOURS[state])))
    return item


class ChecklistPage(QWidget):
    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._villages: dict = {}  # id → station, as listed for inspection
        self._photo: bytes | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("The eight haves: the station's standard"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.error_label = style.error_label()
        layout.addWidget(self.error_label)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._own_tab(), self.tr("Our station"))
        self.tabs.addTab(self._inspection_tab(), self.tr("Township inspection"))
        self.tabs.addTab(self._matrix_tab(), self.tr("Township matrix"))

    # --- our station
    def _own_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.items_table = QTableWidget(8, 7)
        self.items_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.items_table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("State"), self.tr("Evidence"), self.tr("Evidence date"),
            self.tr("Photo"), self.tr("Last checked by"), self.tr("Checked on")])
        self.items_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items_table.verticalHeader().hide()
        self.items_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.items_table.currentCellChanged.connect(self._item_chosen)
        v.addWidget(self.items_table, 1)
        form = QFormLayout()
        self.item_label = QLabel()
        self.item_label.setProperty("role", "heading")
        form.addRow(self.tr("Item:"), self.item_label)
        self.state_combo = _state_combo(ask=True)
        form.addRow(self.tr("State:"), self.state_combo)
        self.note_edit = QLineEdit()
        form.addRow(self.tr("Evidence or problem:"), self.note_edit)
        self.evidence_date = _date_edit(self.ctx.today())
        form.addRow(self.tr("Evidence date:"), self.evidence_date)
        photo_row = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("Choose a photo..."))
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_label = QLabel()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        form.addRow(self.tr("Photo:"), photo_row)
        self.save_button = QPushButton(self.tr("Save this item"))
        self.save_button.clicked.connect(self.save_item)
        form.addRow("", self.save_button)
        v.addLayout(form)
        return w

    def _item_chosen(self, row, *_):
        if row < 0 or row >= len(checklist.ITEM_ORDER):
            return
        code = checklist.ITEM_ORDER[row]
        self.item_label.setText(_t(ITEMS[code]))
        state = self._items[row] if hasattr(self, "_items") else None
        # an item never checked starts on "choose", with nothing carried over from the last one
        i = self.state_combo.findData(state.state) if state is not None else -1
        self.state_combo.setCurrentIndex(max(i, 0))
        self.note_edit.setText(state.note if state is not None else "")
        self.evidence_date.setDate(_qdate(state.evidence_date if state is not None
                                          and state.evidence_date else self.ctx.today()))
        self._photo = None
        self.photo_label.setText(self.tr("A photo is kept.") if state and state.has_photo else "")

    def set_photo_file(self, path) -> None:
        """Take the photo at ``path`` (read into memory; stored in the database on save)."""
        self._photo = Path(path).read_bytes()
        self.photo_label.setText(self.tr("New photo: %1").replace("%1", Path(path).name))

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Photos (*.jpg *.jpeg *.png)"))
        if path:
            self.set_photo_file(path)

    def save_item(self) -> None:
        row = self.items_table.currentRow()
        if row < 0:
            self._error(self.tr("Pick an item in the list first."))
            return
        code = checklist.ITEM_ORDER[row]
        self._run(lambda: checklist.check_item(
            self.ctx.station, code, self.state_combo.currentData(), self.note_edit.text(),
            _date(self.evidence_date.date()), self._photo, self.ctx.officer, today=self.ctx.today()))

    # --- a township inspection
    def _inspection_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        form = QFormLayout()
        self.insp_station = QComboBox()
        form.addRow(self.tr("Station inspected:"), self.insp_station)
        self.insp_day = _date_edit(self.ctx.today())
        form.addRow(self.tr("Day:"), self.insp_day)
        self.insp_name = QLineEdit()
        form.addRow(self.tr("Inspector:"), self.insp_name)
        v.addLayout(form)
        self.insp_table = QTableWidget(8, 4)
        self.insp_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.insp_table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Result"),
                                                   self.tr("Problem found"), self.tr("Fix by")])
        self.insp_table.verticalHeader().hide()
        self.insp_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.insp_states, self.insp_remarks, self.insp_fix = [], [], []
        for r, code in enumerate(checklist.ITEM_ORDER):
            self.insp_table.setItem(r, 0, _item(_t(ITEMS[code])))
            combo, remark = _state_combo(), QLineEdit()
            fix = _date_edit(self.ctx.today() + dt.timedelta(days=14))
            self.insp_table.setCellWidget(r, 1, combo)
            self.insp_table.setCellWidget(r, 2, remark)
            self.insp_table.setCellWidget(r, 3, fix)
            self.insp_states.append(combo)
            self.insp_remarks.append(remark)
            self.insp_fix.append(fix)
        v.addWidget(self.insp_table, 1)
        form2 = QFormLayout()
        self.insp_overall = QLineEdit()
        form2.addRow(self.tr("Remarks:"), self.insp_overall)
        v.addLayout(form2)
        self.insp_button = QPushButton(self.tr("Save the inspection"))
        self.insp_button.clicked.connect(self.save_inspection)
        v.addWidget(self.insp_button, 0, Qt.AlignRight)
        # Tab goes through the rows' boxes, item by item, and on out of the table
        self.insp_table.setFocusPolicy(Qt.NoFocus)
        chain = [self.insp_name]
        for row in zip(self.insp_states, self.insp_remarks, self.insp_fix):
            chain.extend(row)
        chain += [self.insp_overall, self.insp_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        return w

    def save_inspection(self) -> None:
        station = self._villages.get(self.insp_station.currentData())
        if station is None:
            self._error(self.tr("Pick the station inspected."))
            return
        results = {code: checklist.ResultInput(self.insp_states[r].currentData(),
                                               self.insp_remarks[r].text(),
                                               _date(self.insp_fix[r].date()))
                   for r, code in enumerate(checklist.ITEM_ORDER)}
        if self._run(lambda: checklist.record_inspection(
                station, _date(self.insp_day.date()), self.insp_name.text(), results,
                self.insp_overall.text(), inspector_station=checklist.township_of(self.ctx.station))):
            self.tabs.setCurrentIndex(2)

    # --- the township's matrix
    def _matrix_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.matrix_label = QLabel()
        self.matrix_label.setWordWrap(True)
        v.addWidget(self.matrix_label)
        self.matrix = QTableWidget()
        self.matrix.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.matrix.setEditTriggers(QAbstractItemView.NoEditTriggers)
        v.addWidget(self.matrix, 1)
        legend = QLabel(self.tr("Green: up to standard. Orange: needs work. Red: missing. "
                                "Grey: not inspected. Hover over a cell for the problem and the deadline."))
        legend.setWordWrap(True)
        v.addWidget(legend)
        return w

    # --- reading
    def refresh(self) -> None:
        station = self.ctx.station
        self._items = checklist.items(station)
        for r, s in enumerate(self._items):
            values = [_t(ITEMS[s.item]), _t(STATES[s.state]), s.note,
                      labels.format_date(s.evidence_date),
                      self.tr("Yes") if s.has_photo else "", s.checked_by,
                      labels.format_date(s.checked_on)]
            for c, text in enumerate(values):
                self.items_table.setItem(r, c, _item(text, s.state if c == 1 else None))
        self.items_table.resizeColumnToContents(0)
        if self.items_table.currentRow() < 0:
            self.items_table.selectRow(0)
        else:
            self._item_chosen(self.items_table.currentRow())

        township = checklist.township_of(station)
        villages = checklist.stations_of(township) if township else []
        if not villages and station.level == "village":
            villages = [station]
        self._villages = {st.id: st for st in villages}
        keep = self.insp_station.currentData()
        self.insp_station.clear()
        for st in villages:
            self.insp_station.addItem(st.name, st.id)
        if keep and self.insp_station.findData(keep) >= 0:
            self.insp_station.setCurrentIndex(self.insp_station.findData(keep))
        elif self.insp_station.findData(station.id) >= 0:
            self.insp_station.setCurrentIndex(self.insp_station.findData(station.id))

        rows = checklist.township_matrix(township) if township else []
        self.matrix_label.setText(
            self.tr("%1: the stations × the eight items, from the township's latest inspections.")
            .replace("%1", township.name) if township else self.tr("This desk belongs to no township."))
        self.matrix.clear()
        self.matrix.setRowCount(len(rows))
        self.matrix.setColumnCount(len(checklist.ITEM_ORDER) + 1)
        self.matrix.setHorizontalHeaderLabels([_t(ITEMS[c]) for c in checklist.ITEM_ORDER]
                                              + [self.tr("Inspected on")])
        self.matrix.setVerticalHeaderLabels([r.station_name for r in rows])
        for i, row in enumerate(rows):
            for j, code in enumerate(checklist.ITEM_ORDER):
                cell = row.cells[code]
                item = _item(_t(STATES[cell.state]), cell.state)
                item.setTextAlignment(Qt.AlignCenter)
                tip = cell.remark
                if cell.fix_by:
                    tip += "\n" + self.tr("Fix by %1").replace("%1", labels.format_date(cell.fix_by))
                item.setToolTip(tip.strip())
                self.matrix.setItem(i, j, item)
            self.matrix.setItem(i, len(checklist.ITEM_ORDER),
                                _item(labels.format_date(row.inspected_on) or self.tr("never")))
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _run(self, action) -> bool:
        try:
            action()
        except ValidationError as e:
            self._error(e.message)
            return False
        self.error_label.hide()
        self.refresh()
        return True
