"""People around the desk: appointments of officials coming down (预约下站 /
下访), the suggestion box (意见箱) with its openings and slips, and staff
training. Every rule lives in models.concerns.outreach; this screen only shows and asks."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.concerns import outreach
from models.core.errors import ValidationError
from models.figures.concern_list import OpenConcerns, concerns_by_ids
from models.station import stations

from . import labels, style
from .concern_table import ConcernTable
from .context import DeskContext

_CTX = "OutreachPage"
KINDS = {"research": QT_TRANSLATE_NOOP("OutreachPage", "Research visit"),
         "reception": QT_TRANSLATE_NOOP("OutreachPage", "Reception of escalated concerns")}
LEVELS = {"county": QT_TRANSLATE_NOOP("OutreachPage", "County"),
          "township": QT_TRANSLATE_NOOP("OutreachPage", "Township")}
TRAINING_LEVELS = {"county": QT_TRANSLATE_NOOP("OutreachPage", "County training"),
                   "township": QT_TRANSLATE_NOOP("OutreachPage", "Township training"),
                   "village": QT_TRANSLATE_NOOP("OutreachPage", "Village training")}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _date_edit(d: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(d.year, d.month, d.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def _combo(table: dict) -> QComboBox:
    combo = QComboBox()
    for code, text in table.items():
        combo.addItem(_t(text), code)
    return combo


class OutreachPage(QWidget):
    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._people: dict = {}
        self._slips: dict = {}
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Appointments, suggestion box and training"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.error_label = style.error_label()
        layout.addWidget(self.error_label)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._appointments_tab(), self.tr("Appointments"))
        self.tabs.addTab(self._box_tab(), self.tr("Suggestion box"))
        self.tabs.addTab(self._training_tab(), self.tr("Training"))

    # --- appointments
    def _appointments_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.appt_table = QTableWidget(0, 6)
        self.appt_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.appt_table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Time"), self.tr("Kind"), self.tr("Office"),
            self.tr("Official"), self.tr("Concerns")])
        self.appt_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.appt_table.verticalHeader().hide()
        self.appt_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.Stretch)
        v.addWidget(self.appt_table, 1)
        row = QHBoxLayout()
        form = QFormLayout()
        self.appt_kind = _combo(KINDS)
        form.addRow(self.tr("Kind:"), self.appt_kind)
        self.appt_official = QLineEdit()
        form.addRow(self.tr("Official:"), self.appt_official)
        self.appt_office = QLineEdit()
        form.addRow(self.tr("Office:"), self.appt_office)
        self.appt_level = _combo(LEVELS)
        form.addRow(self.tr("Level:"), self.appt_level)
        self.appt_day = _date_edit(self.ctx.today() + dt.timedelta(days=1))
        form.addRow(self.tr("Day:"), self.appt_day)
        self.appt_time = QLineEdit()
        form.addRow(self.tr("Time:"), self.appt_time)
        row.addLayout(form, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Concerns to receive (tick them):")))
        # the open concerns, a page at a time (a county desk has tens of thousands)
        self.appt_concerns = ConcernTable(checkable=True)
        for col in (1, 2, 4, 5, 6):  # case number and what it is about: the pane is narrow
            self.appt_concerns.setColumnHidden(col, True)
        right.addWidget(self.appt_concerns, 1)
        self.appt_button = QPushButton(self.tr("Book the appointment"))
        self.appt_button.clicked.connect(self.book)
        right.addWidget(self.appt_button)
        row.addLayout(right, 1)
        v.addLayout(row)
        return w

    def book(self) -> None:
        concerns = concerns_by_ids(self.appt_concerns.checked_ids())
        self._run(lambda: outreach.book_appointment(
            self.ctx.station, self.appt_kind.currentData(), self.appt_official.text(),
            self.appt_office.text(), self.appt_level.currentData(), _date(self.appt_day),
            self.appt_time.text(), concerns, today=self.ctx.today()))

    # --- the suggestion box
    def _box_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        form = QFormLayout()
        self.box_day = _date_edit(self.ctx.today())
        form.addRow(self.tr("Opened on:"), self.box_day)
        self.box_opener = QComboBox()
        form.addRow(self.tr("Opened by:"), self.box_opener)
        self.box_witnesses = QLineEdit()
        form.addRow(self.tr("Witnesses:"), self.box_witnesses)
        self.box_slips = QPlainTextEdit()
        self.box_slips.setPlaceholderText(self.tr("One slip a line."))
        self.box_slips.setMaximumHeight(110)
        form.addRow(self.tr("Slips found:"), self.box_slips)
        v.addLayout(form)
        self.box_button = QPushButton(self.tr("Record the opening"))
        self.box_button.clicked.connect(self.record_opening)
        v.addWidget(self.box_button, 0, Qt.AlignRight)
        self.slip_table = QTableWidget(0, 3)
        self.slip_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.slip_table.setHorizontalHeaderLabels([self.tr("Opened on"), self.tr("Suggestion"),
                                                   self.tr("Registered as")])
        self.slip_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.slip_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.slip_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.slip_table.verticalHeader().hide()
        self.slip_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        v.addWidget(self.slip_table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Handling rule:")))
        self.slip_rule = QComboBox()
        labels.fill_combo(self.slip_rule, labels.RULES)
        self.slip_rule.setCurrentIndex(self.slip_rule.findData("time_limited"))
        row.addWidget(self.slip_rule)
        row.addWidget(QLabel(self.tr("Summary:")))
        self.slip_summary = QLineEdit()
        row.addWidget(self.slip_summary, 1)
        self.slip_button = QPushButton(self.tr("Register as a concern"))
        self.slip_button.clicked.connect(self.slip_to_concern)
        row.addWidget(self.slip_button)
        v.addLayout(row)
        return w

    def record_opening(self) -> None:
        opener = self._people.get(self.box_opener.currentData())
        slips = [(line, "") for line in self.box_slips.toPlainText().splitlines() if line.strip()]
        if self._run(lambda: outreach.open_box(self.ctx.station, _date(self.box_day), opener,
                                               self.box_witnesses.text(), slips,
                                               today=self.ctx.today())):
            self.box_slips.clear()

    def slip_to_concern(self) -> None:
        row = self.slip_table.currentRow()
        if row < 0:
            self._error(self.tr("Pick a suggestion in the list first."))
            return
        slip = self._slips[self.slip_table.item(row, 0).data(Qt.UserRole)]
        self._run(lambda: outreach.suggestion_to_concern(
            slip, self.slip_rule.currentData(), self.slip_summary.text(), staff=self.ctx.officer))

    # --- training
    def _training_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        form = QFormLayout()
        self.tr_day = _date_edit(self.ctx.today())
        form.addRow(self.tr("Day:"), self.tr_day)
        self.tr_topic = QLineEdit()
        form.addRow(self.tr("Topic:"), self.tr_topic)
        self.tr_level = _combo(TRAINING_LEVELS)
        form.addRow(self.tr("Given by:"), self.tr_level)
        self.tr_trainer = QLineEdit()
        form.addRow(self.tr("Trainer:"), self.tr_trainer)
        self.tr_people = QListWidget()
        self.tr_people.setMaximumHeight(120)
        form.addRow(self.tr("Who attended:"), self.tr_people)
        v.addLayout(form)
        self.tr_button = QPushButton(self.tr("Record the training"))
        self.tr_button.clicked.connect(self.record_training)
        v.addWidget(self.tr_button, 0, Qt.AlignRight)
        self.tr_history = QLabel()
        self.tr_history.setWordWrap(True)
        self.tr_history.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        v.addWidget(self.tr_history, 1)
        return w

    def record_training(self) -> None:
        people = [self._people[self.tr_people.item(i).data(Qt.UserRole)]
                  for i in range(self.tr_people.count())
                  if self.tr_people.item(i).checkState() == Qt.Checked]
        if self._run(lambda: outreach.record_training(
                self.ctx.station, _date(self.tr_day), self.tr_topic.text(),
                self.tr_level.currentData(), people, self.tr_trainer.text(),
                today=self.ctx.today())):
            self.tr_topic.clear()

    # --- reading
    def refresh(self) -> None:
        station, today = self.ctx.station, self.ctx.today()
        rows = outreach.appointments(station, today, today + dt.timedelta(days=60))
        self.appt_table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            concerns = ", ".join(case for case, _, _ in a.concerns)
            for c, text in enumerate([labels.format_date(a.day), a.time_text, _t(KINDS[a.kind]),
                                      a.office, a.official_name, concerns]):
                self.appt_table.setItem(r, c, QTableWidgetItem(text))
        self.appt_concerns.list_model.checked.clear()
        self.appt_concerns.show_list(OpenConcerns(station, today))

        people = stations.active_staff(station)
        self._people = {p.id: p for p in people}
        keep = self.box_opener.currentData()
        self.box_opener.clear()
        for s in people:
            self.box_opener.addItem(s.name, s.id)
        if keep and self.box_opener.findData(keep) >= 0:
            self.box_opener.setCurrentIndex(self.box_opener.findData(keep))
        slips = outreach.suggestions(station)
        self._slips = {slip.id: slip for slip in slips}
        self.slip_table.setRowCount(len(slips))
        for r, s in enumerate(slips):
            first = QTableWidgetItem(labels.format_date(s.opening.day))
            first.setData(Qt.UserRole, s.id)
            self.slip_table.setItem(r, 0, first)
            self.slip_table.setItem(r, 1, QTableWidgetItem(s.text))
            self.slip_table.setItem(r, 2, QTableWidgetItem(s.concern.case_number if s.concern_id else ""))

        self.tr_people.clear()
        lines = []
        for s in people:
            item = QListWidgetItem(s.name)
            item.setData(Qt.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.tr_people.addItem(item)
            history = outreach.training_of(s)
            done = self.tr("; ").join(f"{labels.format_date(t.day)} {t.level} {t.topic}"
                                      for t in history) or self.tr("no training recorded")
            lines.append(self.tr("%1: %2").replace("%1", s.name).replace("%2", done))
        self.tr_history.setText("\n".join(lines))

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
