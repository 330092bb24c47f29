"""The duty roster screen (轮值表): a month as officers × days, statutory
holidays and adjusted working days marked; make the month's roster, record
leave and a swap, and sign in and out at the desk today. Every rule lives in
models.station.roster; this screen only shows and asks."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core import access
from models.core.errors import ValidationError
from models.station import roster, stations

from . import style
from .context import DeskContext

HOLIDAY_BG = QColor("#f6d5d5")
WORKDAY_BG = QColor("#d5e4f6")
CLOSED_BG = QColor("#eeeeee")
SWAP_BG = QColor("#fff1c2")


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class RosterPage(QWidget):
    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._people: dict = {}  # id → staff, as the combos list them
        today = ctx.today()
        self.year, self.month = today.year, today.month
        self.view: roster.MonthView | None = None
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        heading = QLabel(self.tr("Duty roster"))
        heading.setProperty("role", "heading")
        head.addWidget(heading)
        head.addSpacing(24)
        self.prev_button = QPushButton(self.tr("< Previous month"))
        self.prev_button.clicked.connect(lambda: self._move(-1))
        self.month_label = QLabel()
        self.month_label.setProperty("role", "heading")
        self.next_button = QPushButton(self.tr("Next month >"))
        self.next_button.clicked.connect(lambda: self._move(1))
        head.addWidget(self.prev_button)
        head.addWidget(self.month_label)
        head.addWidget(self.next_button)
        head.addStretch(1)
        layout.addLayout(head)

        # --- making the month's roster
        make = QHBoxLayout()
        make.addWidget(QLabel(self.tr("Officers a day:")))
        self.officers_spin = QSpinBox()
        self.officers_spin.setRange(1, 10)
        make.addWidget(self.officers_spin)
        make.addWidget(QLabel(self.tr("At most days a week per person:")))
        self.max_spin = QSpinBox()
        self.max_spin.setRange(1, 7)
        make.addWidget(self.max_spin)
        make.addStretch(1)
        layout.addLayout(make)
        make = QHBoxLayout()  # a second row: the page fits a 1024-pixel screen (ui/fit.py)
        make.addWidget(QLabel(self.tr("Open on:")))
        self.open_checks = []
        for name in self._short_weekdays():
            check = QCheckBox(name)
            self.open_checks.append(check)
            make.addWidget(check)
        self.generate_button = QPushButton()
        self.generate_button.clicked.connect(self.generate)
        make.addWidget(self.generate_button)
        make.addStretch(1)
        layout.addLayout(make)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.role_label = QLabel()  # says why the planning is greyed out for a clerk
        self.role_label.setWordWrap(True)
        self.role_label.setProperty("role", "hint")
        self.role_label.hide()
        layout.addWidget(self.role_label)
        self.error_label = style.error_label()
        layout.addWidget(self.error_label)

        self.grid = QTableWidget()
        self.grid.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.grid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.NoSelection)
        layout.addWidget(self.grid, 1)
        self.legend_label = QLabel(self.tr(
            "Red columns: statutory holidays. Blue: adjusted working days (weekend days worked). "
            "Grey: the desk is closed. Yellow: changed by a swap."))
        self.legend_label.setWordWrap(True)
        layout.addWidget(self.legend_label)
        self.swaps_label = QLabel()
        self.swaps_label.setWordWrap(True)
        layout.addWidget(self.swaps_label)

        # the forms share one tabbed box below the month, so the month keeps
        # its room on a 1280 × 800 screen; signing in, done daily, comes first
        self.forms = QTabWidget()
        # --- a swap
        swap_box = QWidget()
        g = QGridLayout(swap_box)
        self.swap_day = QDateEdit(_qdate(today))
        self.swap_day.setCalendarPopup(True)
        self.swap_day.setDisplayFormat("yyyy-MM-dd")
        self.swap_from = QComboBox()
        self.swap_to = QComboBox()
        self.swap_back_check = QCheckBox(self.tr("and gives back the duty on"))
        self.swap_back_day = QDateEdit(_qdate(today))
        self.swap_back_day.setCalendarPopup(True)
        self.swap_back_day.setDisplayFormat("yyyy-MM-dd")
        self.swap_reason = QLineEdit()
        self.swap_button = QPushButton(self.tr("Record the swap"))
        self.swap_button.clicked.connect(self.record_swap)
        g.addWidget(QLabel(self.tr("Day:")), 0, 0)
        g.addWidget(self.swap_day, 0, 1)
        g.addWidget(QLabel(self.tr("On duty:")), 0, 2)
        g.addWidget(self.swap_from, 0, 3)
        g.addWidget(QLabel(self.tr("Takes over:")), 0, 4)
        g.addWidget(self.swap_to, 0, 5)
        g.addWidget(self.swap_back_check, 1, 0, 1, 2)
        g.addWidget(self.swap_back_day, 1, 2, 1, 2)
        g.addWidget(QLabel(self.tr("Reason:")), 2, 0)
        g.addWidget(self.swap_reason, 2, 1, 1, 3)
        g.addWidget(self.swap_button, 2, 5)
        swap_tab = (swap_box, self.tr("Record a swap"))

        # --- leave
        leave_box = QWidget()
        g = QGridLayout(leave_box)
        self.leave_staff = QComboBox()
        self.leave_from = QDateEdit(_qdate(today))
        self.leave_to = QDateEdit(_qdate(today))
        for edit in (self.leave_from, self.leave_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.leave_reason = QLineEdit()
        self.leave_button = QPushButton(self.tr("Record the leave"))
        self.leave_button.clicked.connect(self.record_leave)
        g.addWidget(QLabel(self.tr("Who:")), 0, 0)
        g.addWidget(self.leave_staff, 0, 1)
        g.addWidget(QLabel(self.tr("From:")), 0, 2)
        g.addWidget(self.leave_from, 0, 3)
        g.addWidget(QLabel(self.tr("To:")), 0, 4)
        g.addWidget(self.leave_to, 0, 5)
        g.addWidget(QLabel(self.tr("Reason:")), 1, 0)
        g.addWidget(self.leave_reason, 1, 1, 1, 3)
        g.addWidget(self.leave_button, 1, 5)
        leave_tab = (leave_box, self.tr("Record leave"))

        # --- signing in today
        sign_box = QWidget()
        v = QVBoxLayout(sign_box)
        row = QHBoxLayout()
        self.sign_staff = QComboBox()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.clicked.connect(lambda: self.sign("in"))
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(lambda: self.sign("out"))
        row.addWidget(self.sign_staff, 1)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_out_button)
        v.addLayout(row)
        self.today_label = QLabel()
        self.today_label.setWordWrap(True)
        v.addWidget(self.today_label, 1)
        self.today_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        sign_tab = (sign_box, self.tr("At the desk today"))

        # --- holidays kept by hand (for years after those the app ships with)
        day_box = QWidget()
        g = QGridLayout(day_box)
        self.special_day = QDateEdit(_qdate(today))
        self.special_day.setCalendarPopup(True)
        self.special_day.setDisplayFormat("yyyy-MM-dd")
        self.special_kind = QComboBox()
        self.special_kind.addItem(self.tr("Holiday (closed)"), "holiday")
        self.special_kind.addItem(self.tr("Adjusted working day (open)"), "workday")
        self.special_kind.addItem(self.tr("Ordinary day"), "normal")
        self.special_name = QLineEdit()
        self.special_button = QPushButton(self.tr("Save the day"))
        self.special_button.clicked.connect(self.save_special_day)
        g.addWidget(QLabel(self.tr("Day:")), 0, 0)
        g.addWidget(self.special_day, 0, 1)
        g.addWidget(QLabel(self.tr("Is:")), 0, 2)
        g.addWidget(self.special_kind, 0, 3)
        g.addWidget(QLabel(self.tr("Festival:")), 0, 4)
        g.addWidget(self.special_name, 0, 5)
        self.years_label = QLabel()
        self.years_label.setWordWrap(True)
        g.addWidget(self.years_label, 1, 0, 1, 4)
        g.addWidget(self.special_button, 1, 5)
        for box, title in (sign_tab, swap_tab, leave_tab, (day_box, self.tr("Holidays kept by hand"))):
            self.forms.addTab(box, title)
        layout.addWidget(self.forms)
        self.grid.setMinimumHeight(170)

    def _short_weekdays(self) -> list[str]:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]

    # --- reading
    def refresh(self) -> None:
        station = self.ctx.station
        rules = roster.rules(station)
        self.officers_spin.setValue(rules.officers_per_day)
        self.max_spin.setValue(rules.max_per_week)
        for i, check in enumerate(self.open_checks):
            check.setChecked(i in rules.open_weekdays)
        people = stations.active_staff(station)
        self._people = {p.id: p for p in people}
        for combo in (self.swap_from, self.swap_to, self.leave_staff, self.sign_staff):
            keep = combo.currentData()
            combo.clear()
            for s in people:
                combo.addItem(s.name, s.id)
            if keep is not None and combo.findData(keep) >= 0:
                combo.setCurrentIndex(combo.findData(keep))
        officer = self.ctx.officer
        if officer is not None and self.sign_staff.findData(officer.id) >= 0 and \
                self.sign_staff.currentData() is None:
            self.sign_staff.setCurrentIndex(self.sign_staff.findData(officer.id))
        self._apply_role()
        self._show_month()
        self._show_today()
        from models.station import holidays

        self.years_label.setText(self.tr("Holidays known for: %1").replace(
            "%1", ", ".join(str(y) for y in holidays.known_years())))

    def _apply_role(self) -> None:
        """Only those who may plan (``roster.edit``, the station head) get the
        planning controls; the others see them greyed, with the reason, and
        keep signing in and out — not refused only after pressing a button."""
        can_plan = access.has("roster.edit")
        why = "" if can_plan else self.tr(
            "Only the station head makes the roster and records swaps, leave and holidays.")
        for w in [self.officers_spin, self.max_spin, self.generate_button, *self.open_checks]:
            w.setEnabled(can_plan)
            w.setToolTip(why)
        for i in range(1, self.forms.count()):  # the first tab, signing in, is for everyone
            self.forms.setTabEnabled(i, can_plan)
            self.forms.setTabToolTip(i, why)
        if not can_plan and self.forms.currentIndex() != 0:
            self.forms.setCurrentIndex(0)
        self.role_label.setText(self.tr(
            "You can sign in and out here. %1 Ask the station head if the roster needs changing.")
            .replace("%1", why))
        self.role_label.setVisible(not can_plan)

    def _show_month(self) -> None:
        station = self.ctx.station
        self.month_label.setText(self.tr("%1-%2").replace("%1", str(self.year))
                                 .replace("%2", str(self.month)))
        view = self.view = roster.month_view(station, self.year, self.month)
        att = roster.attendance_month(station, self.year, self.month, today=self.ctx.today())
        att_by = {p.name: p for p in att.people}
        self.generate_button.setText(
            self.tr("Make this month's roster again (the old one is kept)") if view.has_roster
            else self.tr("Make this month's roster"))
        if view.has_roster:
            self.status_label.setText(self.tr("The roster for this month. Shifts per person: %1")
                                      .replace("%1", "  ".join(f"{n} {c}" for n, c in view.counts.items())))
        else:
            self.status_label.setText(self.tr(
                "No roster for this month yet: every active staff member counts as on duty. "
                "Press the button to make one."))
        days = view.days
        extra = [self.tr("Shifts"), self.tr("Signed in"), self.tr("Missed")]
        self.grid.clear()
        self.grid.setRowCount(len(view.staff))
        self.grid.setColumnCount(len(days) + len(extra))
        short = self._short_weekdays()
        headers = []
        for d in days:
            mark = self.tr("Hol") if d.holiday else self.tr("Work") if d.adjusted_workday else ""
            headers.append(f"{d.date.day}\n{short[d.date.weekday()]}" + (f"\n{mark}" if mark else ""))
        self.grid.setHorizontalHeaderLabels(headers + extra)
        self.grid.setVerticalHeaderLabels([s.name for s in view.staff])
        for r, person in enumerate(view.staff):
            for c, d in enumerate(days):
                on = person.name in d.actual
                planned = person.name in d.planned
                text = ""
                if on and planned:
                    text = self.tr("On")
                elif on:
                    text = self.tr("In")
                elif planned:
                    text = self.tr("Out")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignCenter)
                if d.holiday:
                    item.setBackground(QBrush(HOLIDAY_BG))
                elif on != planned:
                    item.setBackground(QBrush(SWAP_BG))
                elif d.adjusted_workday:
                    item.setBackground(QBrush(WORKDAY_BG))
                elif not d.open:
                    item.setBackground(QBrush(CLOSED_BG))
                if d.special:
                    item.setToolTip(d.special)
                self.grid.setItem(r, c, item)
            p = att_by.get(person.name)
            values = [p.planned, p.present, len(p.missed)] if p else [0, 0, 0]
            for k, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignCenter)
                self.grid.setItem(r, len(days) + k, item)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.swaps_label.setText(
            self.tr("Swaps recorded: %1").replace("%1", self.tr("; ").join(view.swaps)) if view.swaps else "")

    def _show_today(self) -> None:
        lines = []
        for a in roster.day_attendance(self.ctx.station, self.ctx.today()):
            state = self.tr("on duty") if a.planned else self.tr("not on the roster")
            times = (self.tr("signed in %1").replace("%1", a.signed_in) if a.signed_in
                     else self.tr("not signed in"))
            if a.signed_out:
                times += self.tr(", ") + self.tr("signed out %1").replace("%1", a.signed_out)
            lines.append(self.tr("%1 (%2): %3").replace("%1", a.name).replace("%2", state)
                         .replace("%3", times))
        self.today_label.setText("\n".join(lines) if lines else self.tr("Nobody is on duty today."))

    # --- acting
    def _staff(self, combo):
        return self._people.get(combo.currentData())

    def _run(self, action) -> bool:
        try:
            action()
        except ValidationError as e:
            self.error_label.setText(e.message)
            self.error_label.show()
            return False
        self.error_label.hide()
        self.refresh()
        return True

    def _move(self, step: int) -> None:
        m = self.month - 1 + step
        self.year, self.month = self.year + m // 12, m % 12 + 1
        self.error_label.hide()
        self._show_month()

    def generate(self) -> None:
        station = self.ctx.station
        replace = bool(self.view and self.view.has_roster)

        def act():
            rules = roster.save_rules(station, self.officers_spin.value(), self.max_spin.value(),
                                      [i for i, c in enumerate(self.open_checks) if c.isChecked()])
            roster.generate_month(station, self.year, self.month, rules_=rules,
                                  created_by=self.ctx.officer, replace=replace)
        self._run(act)

    def record_swap(self) -> None:
        day_b = _date(self.swap_back_day.date()) if self.swap_back_check.isChecked() else None
        self._run(lambda: roster.record_swap(
            self.ctx.station, _date(self.swap_day.date()), self._staff(self.swap_from),
            self._staff(self.swap_to), day_b=day_b, reason=self.swap_reason.text(),
            recorded_by=self.ctx.officer))

    def record_leave(self) -> None:
        self._run(lambda: roster.add_leave(
            self.ctx.station, self._staff(self.leave_staff), _date(self.leave_from.date()),
            _date(self.leave_to.date()), self.leave_reason.text()))

    def save_special_day(self) -> None:
        from models.station import holidays

        self._run(lambda: holidays.set_day(_date(self.special_day.date()),
                                           self.special_kind.currentData(), self.special_name.text()))

    def sign(self, kind: str) -> None:
        fn = roster.sign_in if kind == "in" else roster.sign_out
        self._run(lambda: fn(self.ctx.station, self._staff(self.sign_staff), self.ctx.now()))
