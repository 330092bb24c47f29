"""The two small dialogs of 督办 / 催办 on a concern's page: at a township or
county desk, issue a notice on a station's concern (which kind, what, reply
by when, who asks); at the concern's own station, answer a notice that came
down. Each hands what was typed to models.concerns.oversight; a refusal is
shown in the dialog and nothing is saved."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel

from models.concerns import oversight

from .concern_actions import ActionDialog


class IssueNoticeDialog(ActionDialog):
    """Chase a station's concern from above: 督办 or 催办."""

    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Supervise or urge this concern"))
        self.set_intro(self.tr("The notice goes to %1 in the next USB package. It stays on their "
                               "home screen until they answer; the answer comes back the same way.")
                       .replace("%1", concern.station.name))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Supervise (look into it and report back)"), "supervise")
        self.kind.addItem(self.tr("Urge (it is late: hurry)"), "urge")
        self.add_row(self.tr("Kind"), self.kind, "kind")
        self.what = self.box(self.tr("What is asked"), "what",
                             placeholder=self.tr("e.g. Clear the ditch within three days and tell "
                                                 "the villager."))
        self.due = QDateEdit(self._qdate(ctx.today() + dt.timedelta(days=3)))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumWidth(160)
        self.due.setMinimumHeight(36)
        self.add_row(self.tr("Reply by"), self.due, "due_on")
        officer = ctx.officer
        self.asked_by = self.line(self.tr("Who asks"), "asked_by",
                                  officer.name if officer is not None else "",
                                  placeholder=self.tr("e.g. Party secretary Li"))

    @staticmethod
    def _qdate(day: dt.date) -> QDate:
        return QDate(day.year, day.month, day.day)

    def save(self) -> None:
        self.event = oversight.issue_notice(
            self.concern, self.kind.currentData(), self.what.text(), self.due.date().toPython(),
            self.asked_by.text(), staff=self.officer, at=self.ctx.now())


class AnswerNoticeDialog(ActionDialog):
    """The station answers a notice from above."""

    def __init__(self, ctx, concern, notice: oversight.NoticeRow, parent=None):
        super().__init__(ctx, concern, parent)
        self.notice = notice
        self.setWindowTitle(self.tr("Answer the higher level's notice"))
        asked = QLabel(self.tr("%1 from %2, asked by %3, reply by %4:\n%5")
                       .replace("%1", notice.number).replace("%2", notice.from_station)
                       .replace("%3", notice.asked_by)
                       .replace("%4", notice.due_on.strftime("%Y-%m-%d"))
                       .replace("%5", notice.what))
        asked.setWordWrap(True)
        asked.setStyleSheet("background: #fff4e0; border: 1px solid #e0a040; padding: 8px;")
        asked.setTextFormat(Qt.PlainText)
        self.notice_label = asked
        self.layout().insertWidget(self.layout().indexOf(self.intro) + 1, asked)
        self.answer = self.box(self.tr("What was done, and where it stands"), "answer", lines=4,
                               placeholder=self.tr("e.g. The ditch was cleared on Tuesday; the "
                                                   "villager was told and is satisfied."))

    def save(self) -> None:
        oversight.answer_notice(self.notice.id, self.answer.text(), staff=self.officer,
                                at=self.ctx.now())
