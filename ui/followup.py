"""回访 on the desk: the 待办 page's tab of follow-ups owed (due and overdue
first, a page at a time off the GUI thread, counted by the database), and the
dialog that records one — how the villager was reached, their answer, a note.
不满意 reopens the concern (models.concerns.followup); 联系不上 keeps it owed
for the next working day."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.concerns import followup
from models.core.schema import Concern

from . import labels
from .concern_actions import ActionDialog
from .concern_table import ConcernTable
from .context import DeskContext

CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("FollowUp", "By phone"),
    "visit": QT_TRANSLATE_NOOP("FollowUp", "Home visit"),
    "at_station": QT_TRANSLATE_NOOP("FollowUp", "Came to the station"),
}
ANSWERS = {
    "satisfied": QT_TRANSLATE_NOOP("FollowUp", "Satisfied"),
    "basically": QT_TRANSLATE_NOOP("FollowUp", "Basically satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("FollowUp", "Dissatisfied: reopen the case"),
    "unreachable": QT_TRANSLATE_NOOP("FollowUp", "Could not reach them: try again"),
}

# as the concern's history says it, after the fact
ANSWERS_DONE = {
    "satisfied": QT_TRANSLATE_NOOP("FollowUp", "Satisfied"),
    "basically": QT_TRANSLATE_NOOP("FollowUp", "Basically satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("FollowUp", "Dissatisfied"),
    "unreachable": QT_TRANSLATE_NOOP("FollowUp", "Could not reach them"),
}


def label(table: dict, code: str | None) -> str:
    return QCoreApplication.translate("FollowUp", table[code]) if code in table else ""


class FollowUpDialog(ActionDialog):
    """Record one follow-up of a resolved concern."""

    def __init__(self, ctx, concern: Concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Follow-up call"))
        villager = concern.villager
        self.set_intro(self.tr("Resolved on %1. Ask %2 (%3) whether the matter is really settled. "
                               "A dissatisfied answer reopens the case; it goes back on the to-do list.")
                       .replace("%1", labels.format_date(concern.closed_on))
                       .replace("%2", villager.name).replace("%3", villager.phone or self.tr("no phone")))
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(label(CHANNELS, code), code)
        self.add_row(self.tr("How"), self.channel, "channel")
        self.answer = QComboBox()
        self.answer.addItem(self.tr("Please choose"), None)
        for code in ANSWERS:
            self.answer.addItem(label(ANSWERS, code), code)
        self.add_row(self.tr("The villager's answer"), self.answer, "answer")
        self.note = self.box(self.tr("What was said"), "note",
                             placeholder=self.tr("Required when dissatisfied: what is still wrong"))

    def first_to_type(self):
        return self.channel

    def save(self) -> None:
        followup.record_follow_up(self.concern, self.channel.currentData() or "",
                                  self.answer.currentData() or "", self.note.text(),
                                  self.officer, at=self.ctx.now())


class FollowUpTable(ConcernTable):
    """The follow-ups owed: due date first."""

    today = None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list_model.headers = [self.tr("Case no."), self.tr("Villager"), self.tr("Phone"),
                                   self.tr("Concern"), self.tr("Resolved on"), self.tr("Follow-up due")]
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for col, chars in enumerate((5, 4, 6, 0, 5, 7)):  # in line heights: a case number, a name, a phone
            if chars:
                header.resizeSection(col, int(self.fontMetrics().height() * chars))
        header.setSectionResizeMode(3, QHeaderView.Stretch)

    def texts(self, r) -> list[str]:
        summary = r.summary
        if r.confidential:
            summary = self.tr("[Confidential] ") + summary
        if r.overdue_days:
            due = self.tr("%n day(s) late", "", r.overdue_days)
        elif self.today is not None and r.due <= self.today:
            due = self.tr("Today")
        else:
            due = labels.format_date(r.due)
        if r.attempts:
            due += " · " + self.tr("not reached %n time(s)", "", r.attempts)
        return [r.case_number, r.villager_name, r.villager_phone, summary,
                labels.format_date(r.closed_on), due]


class FollowUpPanel(QWidget):
    """The 待办 page's 回访 tab."""
    opened = Signal(str)     # a concern id to open on its page
    recorded = Signal(str)   # a follow-up was saved on this concern

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.due_check = QCheckBox(self.tr("Only &due today or earlier"))
        self.due_check.setChecked(True)
        filters.addWidget(self.due_check)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.table = FollowUpTable()
        self.table.opened.connect(self.record)
        self.table.failed.connect(self._failed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Enter or double-click: record the follow-up."))
        hint.setWordWrap(True)
        buttons.addWidget(hint, 1)
        self.record_button = QPushButton(self.tr("Record the follow-up…"))
        self.open_button = QPushButton(self.tr("Open the case…"))
        for b in (self.record_button, self.open_button):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.record_button.clicked.connect(lambda: self.record(self.current_id()))
        self.open_button.clicked.connect(lambda: self.current_id() and self.opened.emit(self.current_id()))
        self.due_check.toggled.connect(lambda *_: self.refresh())
        self.dialog: FollowUpDialog | None = None

    @property
    def loading(self) -> bool:
        return self.table.loading

    def current_id(self) -> str | None:
        return self.table.concern_id_at(self.table.currentRow())

    def refresh(self) -> None:
        today = self.ctx.today()
        self.table.today = today
        listing = followup.FollowUps(self.ctx.station, today, due_only=self.due_check.isChecked())
        self.count_label.setText(self.tr("Reading the follow-ups…"))
        self.table.show_list(listing, lambda: (listing.count(), listing.due_today()), self._counted)

    def _counted(self, result) -> None:
        shown, due = result
        if not shown:
            text = (self.tr("No follow-up is due today.") if self.due_check.isChecked()
                    else self.tr("No follow-up is owed."))
        else:
            text = self.tr("%n follow-up(s) due today or earlier.", "", due)
            if not self.due_check.isChecked():
                text += " " + self.tr("%n owed in all.", "", shown)
        self.count_label.setText(text)

    def _failed(self, reason: str) -> None:
        self.count_label.setText(self.tr("The list could not be read: %1").replace("%1", reason))

    def record(self, concern_id: str | None) -> FollowUpDialog | None:
        if not concern_id:
            return None
        self.dialog = FollowUpDialog(self.ctx, Concern.get_by_id(concern_id), self)
        self.dialog.accepted.connect(lambda cid=concern_id: self._saved(cid))
        self.dialog.open()
        return self.dialog

    def _saved(self, concern_id: str) -> None:
        self.recorded.emit(concern_id)
        self.refresh()
