"""Supervision (接受监督): register the station's supervisors with their kind
and term, record an evaluation session's anonymous ballot counts, and enter
the June survey's paper tallies. Each "Add" saves one record at once; bad
input is refused with the plain message from models.station.supervision and nothing
is saved."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
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

from models.core.errors import ValidationError
from models.station import supervision as sv

from . import labels, style
from .context import DeskContext

KINDS = {
    "committee": QT_TRANSLATE_NOOP("SupervisionDialog", "Village affairs supervision committee member"),
    "former_cadre": QT_TRANSLATE_NOOP("SupervisionDialog", "Former village cadre"),
    "deputy": QT_TRANSLATE_NOOP("SupervisionDialog", "County or township People's Congress deputy"),
    "party_delegate": QT_TRANSLATE_NOOP("SupervisionDialog", "Party congress delegate"),
}


def _date(edit: QDateEdit):
    d = edit.date()
    import datetime as dt
    return dt.date(d.year(), d.month(), d.day())


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class SupervisionDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Supervision and evaluations"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._supervisor_tab(), self.tr("Supervisors"))
        self.tabs.addTab(self._evaluation_tab(), self.tr("Evaluation sessions"))
        self.tabs.addTab(self._survey_tab(), self.tr("June survey"))
        layout.addWidget(self.tabs, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def _today_edit(self) -> QDateEdit:
        t = self.ctx.today()
        e = QDateEdit(QDate(t.year, t.month, t.day))
        e.setCalendarPopup(True)
        e.setDisplayFormat("yyyy-MM-dd")
        return e

    def _count(self) -> QSpinBox:
        s = QSpinBox()
        s.setRange(0, 100000)
        return s

    # ------------------------------------------------------------ tabs
    def _supervisor_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.supervisor_table = _table([self.tr("Name"), self.tr("Kind"), self.tr("Phone"),
                                        self.tr("Term")])
        box.addWidget(self.supervisor_table, 1)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for code, text in KINDS.items():
            self.kind_combo.addItem(self.tr(text), code)
        self.phone_edit = QLineEdit()
        self.start_edit = self._today_edit()
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(self.tr("leave empty while in office, or e.g. 2029-12-31"))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Term starts"), self.start_edit)
        form.addRow(self.tr("Term ends"), self.end_edit)
        box.addLayout(form)
        self.add_supervisor_button = QPushButton(self.tr("Add supervisor"))
        style.big_button(self.add_supervisor_button)
        self.add_supervisor_button.clicked.connect(self.add_supervisor)
        box.addWidget(self.add_supervisor_button)
        return page

    def _evaluation_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(self.tr("Ballots are anonymous: only how many ballots gave each rating is "
                              "kept, never who voted what."))
        note.setWordWrap(True)
        box.addWidget(note)
        self.evaluation_table = _table([self.tr("Date"), self.tr("Present"), self.tr("Satisfied"),
                                        self.tr("Basically satisfied"), self.tr("Dissatisfied"),
                                        self.tr("Invalid"), self.tr("Satisfaction rate")])
        box.addWidget(self.evaluation_table, 1)
        form = QFormLayout()
        self.held_edit = self._today_edit()
        self.present_spin = self._count()
        self.ev_counts = [self._count() for _ in range(4)]
        form.addRow(self.tr("Held on"), self.held_edit)
        form.addRow(self.tr("People present"), self.present_spin)
        for spin, text in zip(self.ev_counts, (self.tr("Satisfied"), self.tr("Basically satisfied"),
                                               self.tr("Dissatisfied"), self.tr("Invalid"))):
            form.addRow(text, spin)
        box.addLayout(form)
        self.add_evaluation_button = QPushButton(self.tr("Record the session"))
        style.big_button(self.add_evaluation_button)
        self.add_evaluation_button.clicked.connect(self.add_evaluation)
        box.addWidget(self.add_evaluation_button)
        return page

    def _survey_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(self.tr("Every June the villagers are surveyed anonymously on paper. Enter "
                              "each tally sheet once (for example one per hamlet)."))
        note.setWordWrap(True)
        box.addWidget(note)
        self.survey_table = _table([self.tr("Year"), self.tr("Sheet"), self.tr("Satisfied"),
                                    self.tr("Basically satisfied"), self.tr("Dissatisfied"),
                                    self.tr("Invalid"), self.tr("Satisfaction rate")])
        box.addWidget(self.survey_table, 1)
        form = QFormLayout()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.ctx.today().year)
        self.sheet_edit = QLineEdit()
        self.sv_counts = [self._count() for _ in range(4)]
        form.addRow(self.tr("Year"), self.year_spin)
        form.addRow(self.tr("Sheet"), self.sheet_edit)
        for spin, text in zip(self.sv_counts, (self.tr("Satisfied"), self.tr("Basically satisfied"),
                                               self.tr("Dissatisfied"), self.tr("Invalid"))):
            form.addRow(text, spin)
        box.addLayout(form)
        self.add_survey_button = QPushButton(self.tr("Enter the tally"))
        style.big_button(self.add_survey_button)
        self.add_survey_button.clicked.connect(self.add_survey)
        box.addWidget(self.add_survey_button)
        return page

    # ------------------------------------------------------------ actions
    def _say(self, text: str, error: bool) -> None:
        self.message_label.setProperty("role", "error" if error else "")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.show()

    def _try(self, action, done: str) -> bool:
        try:
            action()
        except ValidationError as e:
            self._say(e.message, True)
            return False
        self._say(done, False)
        self.refresh()
        return True

    def add_supervisor(self) -> None:
        station = self.ctx.station
        if self._try(lambda: sv.add_supervisor(
                station, self.name_edit.text(), self.kind_combo.currentData(), _date(self.start_edit),
                self.end_edit.text().strip() or None, self.phone_edit.text()),
                self.tr("Supervisor added.")):
            self.name_edit.clear()
            self.phone_edit.clear()
            self.end_edit.clear()

    def add_evaluation(self) -> None:
        station = self.ctx.station
        s, b, d, i = (spin.value() for spin in self.ev_counts)
        present = self.present_spin.value() or None
        if self._try(lambda: sv.record_evaluation(station, _date(self.held_edit), s, b, d, i, present),
                     self.tr("Evaluation session recorded.")):
            for spin in self.ev_counts + [self.present_spin]:
                spin.setValue(0)

    def add_survey(self) -> None:
        station = self.ctx.station
        s, b, d, i = (spin.value() for spin in self.sv_counts)
        if self._try(lambda: sv.record_survey_tally(station, self.year_spin.value(), s, b, d, i,
                                                    self.sheet_edit.text()),
                     self.tr("Tally sheet entered.")):
            for spin in self.sv_counts:
                spin.setValue(0)
            self.sheet_edit.clear()

    def refresh(self) -> None:
        from models.figures.periods import percent

        station = self.ctx.station
        _fill(self.supervisor_table, [
            [p.name, self.tr(KINDS.get(p.kind, p.kind)), p.phone,
             f"{labels.format_date(p.term_start)} – {labels.format_date(p.term_end)}"]
            for p in sv.supervisors(station)])
        _fill(self.evaluation_table, [
            [labels.format_date(e.held_on), str(e.attendees), str(e.satisfied), str(e.basically),
             str(e.dissatisfied), str(e.invalid),
             percent(sv.satisfaction_rate(e.satisfied, e.basically, e.dissatisfied))]
            for e in sv.evaluations(station)])
        _fill(self.survey_table, [
            [str(t.year), t.sheet, str(t.satisfied), str(t.basically), str(t.dissatisfied),
             str(t.invalid), percent(sv.satisfaction_rate(t.satisfied, t.basically, t.dissatisfied))]
            for t in sv.survey_tallies(station)])
