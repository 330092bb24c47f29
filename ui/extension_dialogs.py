"""The two dialogs of 延期 on a concern's page: the station asks for a later
deadline (before the present one passes) with its reason; the station head
— or, for an escalated matter, the township — approves or refuses it. Each
hands what was typed to models.concerns.extensions; a refusal is shown in
the dialog and nothing is saved."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QRadioButton, QHBoxLayout, QWidget

from models.concerns import extensions

from . import labels
from .concern_actions import ActionDialog


class ExtensionRequestDialog(ActionDialog):
    """Ask for a later deadline."""

    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Ask for more time"))
        township = extensions.approver_for(concern) == "township"
        self.set_intro((self.tr("This matter was escalated: the township decides. The request goes up "
                                "in the next USB package; the deadline moves only when it is approved.")
                        if township else
                        self.tr("The station head decides. The deadline moves only when it is approved; "
                                "then print the notice for the villager (Print, F5)."))
                       + "\n" + self.tr("Deadline now: %1").replace("%1", labels.format_date(concern.deadline)))
        start = (concern.deadline or ctx.today()) + dt.timedelta(days=7)
        self.new_deadline = QDateEdit(QDate(start.year, start.month, start.day))
        self.new_deadline.setCalendarPopup(True)
        self.new_deadline.setDisplayFormat("yyyy-MM-dd")
        self.new_deadline.setMinimumWidth(160)
        self.new_deadline.setMinimumHeight(36)
        self.add_row(self.tr("New deadline"), self.new_deadline, "new_deadline")
        self.reason = self.box(self.tr("Why more time is needed"), "reason",
                               placeholder=self.tr("e.g. The county office can only come next month."))

    def save(self) -> None:
        extensions.request_extension(self.concern, self.new_deadline.date().toPython(), self.reason.text(),
                                     staff=self.officer, at=self.ctx.now())


class ExtensionDecisionDialog(ActionDialog):
    """Approve or refuse a request."""

    def __init__(self, ctx, concern, request: extensions.ExtensionRow, parent=None):
        super().__init__(ctx, concern, parent)
        self.request = request
        self.setWindowTitle(self.tr("Decide on the extension"))
        asked = QLabel(self.tr("%1 asks to move the deadline from %2 to %3 (asked on %4 by %5):\n%6")
                       .replace("%1", request.station_name)
                       .replace("%2", labels.format_date(request.old_deadline))
                       .replace("%3", labels.format_date(request.new_deadline))
                       .replace("%4", labels.format_date(request.asked_on))
                       .replace("%5", request.asked_by or "—").replace("%6", request.reason))
        asked.setWordWrap(True)
        asked.setTextFormat(Qt.PlainText)
        asked.setStyleSheet("background: #fff4e0; border: 1px solid #e0a040; padding: 8px;")
        self.request_label = asked
        self.layout().insertWidget(self.layout().indexOf(self.intro) + 1, asked)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        self.approve = QRadioButton(self.tr("Approve"))
        self.refuse = QRadioButton(self.tr("Refuse"))
        self.approve.setChecked(True)
        row.addWidget(self.approve)
        row.addWidget(self.refuse)
        row.addStretch(1)
        self.add_row(self.tr("Decision"), choice, "decision")
        self.note = self.box(self.tr("Remarks (the reason, if refused)"), "note", lines=2)

    def save(self) -> None:
        extensions.decide_extension(self.request.id, self.approve.isChecked(), self.note.text(),
                                    staff=self.officer, at=self.ctx.now())
