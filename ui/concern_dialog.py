"""One concern's page: its facts, where it stands in the seven steps, its
whole history as a timeline, and big buttons for what can be done next.

Nothing here is edited in place or deleted: every action adds an event
through models.concerns.workflow (the small dialogs are in ui/concern_actions.py), and
the page is rebuilt from models.concerns.timeline after each one.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.concerns import extensions, oversight
from models.concerns import timeline as tl
from models.concerns import workflow
from models.concerns.timeline import ConcernView, TimelineEntry

from . import labels, style
from .concern_actions import (
    ActionDialog,
    CloseDialog,
    CorrectionDialog,
    DocumentsReturnedDialog,
    DocumentsTakenDialog,
    EscalationAnswerDialog,
    EscalationRequestDialog,
    MediationDialog,
    NoteDialog,
    ReopenDialog,
    StepDialog,
)
from .context import DeskContext
from .extension_dialogs import ExtensionDecisionDialog, ExtensionRequestDialog
from .oversight_dialogs import AnswerNoticeDialog, IssueNoticeDialog

STEP_ORDER = list(labels.STEPS)
MAX_BUTTONS_PER_ROW = 5

DONE_STYLE = ("background: #e3f1e3; border: 2px solid #2e7d32; border-radius: 6px; "
              "color: #1b5e20; padding: 6px;")
TODO_STYLE = ("background: #f6f6f6; border: 2px dashed #9e9e9e; border-radius: 6px; "
              "color: #555555; padding: 6px;")
SKIP_STYLE = ("background: #f6f6f6; border: 2px dotted #c0c0c0; border-radius: 6px; "
              "color: #999999; padding: 6px; text-decoration: line-through;")


class StepStrip(QWidget):
    """The seven steps in a row, as on the wall chart; done ones ticked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.cells: dict[str, QLabel] = {}
        for i, step in enumerate(STEP_ORDER):
            if i:
                arrow = QLabel("→")
                arrow.setAlignment(Qt.AlignCenter)
                row.addWidget(arrow)
            cell = QLabel()
            cell.setAlignment(Qt.AlignCenter)
            cell.setWordWrap(True)
            cell.setMinimumWidth(60)
            row.addWidget(cell, 1)
            self.cells[step] = cell

    def set_steps(self, done: list[str], confidential: bool) -> None:
        for i, step in enumerate(STEP_ORDER):
            name = f"{i + 1} {labels.label(labels.STEPS, step)}"
            cell = self.cells[step]
            if step in done:
                name, state, css = "✓ " + name, self.tr("done"), DONE_STYLE
            elif step == "publication" and confidential:
                state, css = self.tr("never published: confidential"), SKIP_STYLE
            else:
                state, css = self.tr("not yet done"), TODO_STYLE
            cell.setText(name)
            cell.setToolTip(state)
            cell.setAccessibleName(f"{name}: {state}")
            cell.setStyleSheet(css)
            cell.setProperty("done", step in done)


class ConcernDialog(QDialog):
    def __init__(self, ctx: DeskContext, concern_id: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.concern_id = concern_id
        self.changed = False          # True once anything was recorded here
        self.action_dialog: ActionDialog | None = None
        self._scroll_to_end = True
        self._fit_to_screen(1240, 860)
        outer = QVBoxLayout(self)
        # On a small screen (or with large text) the page scrolls rather than
        # squeezing the history to nothing.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        body = QWidget()
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        fact_columns = 3 if self.width() >= 1150 else 2

        # --- header: case number, status, what it is about, the facts
        top = QHBoxLayout()
        self.case_label = QLabel()
        self.case_label.setProperty("role", "title")
        self.case_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        top.addWidget(self.case_label)
        top.addSpacing(24)
        self.status_label = QLabel()
        self.status_label.setProperty("role", "heading")
        self.status_label.setWordWrap(True)
        top.addWidget(self.status_label, 1)
        self.confidential_label = QLabel(self.tr("Confidential — never shown in public"))
        self.confidential_label.setStyleSheet(
            "color: white; background: #8e2424; font-weight: bold; padding: 6px 12px; "
            "border-radius: 4px;")
        top.addWidget(self.confidential_label)
        layout.addLayout(top)

        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "heading")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.PlainText)
        layout.addWidget(self.summary_label)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.PlainText)
        layout.addWidget(self.details_label)
        self.oversight_label = QLabel()  # 督办 / 催办 waiting for the station's answer
        self.oversight_label.setWordWrap(True)
        self.oversight_label.setTextFormat(Qt.PlainText)
        self.oversight_label.setProperty("role", "warning")
        self.oversight_label.hide()
        layout.addWidget(self.oversight_label)

        facts = QFrame()
        facts.setFrameShape(QFrame.StyledPanel)
        grid = QGridLayout(facts)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.fact_values: dict[str, QLabel] = {}
        captions = [
            ("villager", self.tr("Villager")), ("hamlet", self.tr("Hamlet")),
            ("registered", self.tr("Registered on")),
            ("rule", self.tr("Handling rule")), ("function", self.tr("Function")),
            ("handler", self.tr("Handled by")),
            ("deadline", self.tr("Deadline")), ("satisfaction", self.tr("Satisfaction")),
        ]
        for i, (key, caption) in enumerate(captions):
            row, col = divmod(i, fact_columns)
            name = QLabel(caption + self.tr(":"))
            name.setStyleSheet("color: #555555;")
            value = QLabel()
            value.setTextFormat(Qt.PlainText)
            value.setWordWrap(True)
            grid.addWidget(name, row, col * 2, Qt.AlignRight | Qt.AlignTop)
            grid.addWidget(value, row, col * 2 + 1)
            self.fact_values[key] = value
        for col in range(fact_columns):
            grid.setColumnStretch(col * 2 + 1, 1)
        layout.addWidget(facts)

        self.strip = StepStrip()
        layout.addWidget(self.strip)

        # --- the history
        heading = QLabel(self.tr("History (oldest first; nothing is ever deleted)"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.timeline = QTableWidget(0, 5)
        self.timeline.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.timeline.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Step"), self.tr("What happened"),
            self.tr("Content")])
        self.timeline.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SingleSelection)
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.timeline.setStyleSheet("QTableView::item { padding: 4px 6px; }")
        header = self.timeline.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        # Wrapped details need their rows re-measured whenever the width changes.
        header.sectionResized.connect(self._remeasure_rows)
        self.timeline.verticalScrollBar().actionTriggered.connect(self._user_scrolled)
        self.timeline.setMinimumHeight(150)
        layout.addWidget(self.timeline, 1)

        # --- what can be done next
        self.actions_heading = QLabel(self.tr("What to do next"))
        self.actions_heading.setProperty("role", "heading")
        self.steps_hint = QLabel(self.tr("Press a step to write down what was done in it."))
        self.steps_hint.setStyleSheet("color: #555555;")
        next_row = QHBoxLayout()
        next_row.addWidget(self.actions_heading)
        next_row.addSpacing(16)
        next_row.addWidget(self.steps_hint, 1)
        # below the scrolling part: the next step's buttons are always in view
        outer.addLayout(next_row)
        self.actions_box = QWidget()
        # Big letters, a little less padding than elsewhere: the history needs the room.
        self.actions_box.setStyleSheet(
            'QPushButton[big="true"] { min-height: 44px; padding: 8px 18px; }')
        self.actions_grid = QGridLayout(self.actions_box)
        self.actions_grid.setContentsMargins(0, 0, 0, 0)
        self.actions_grid.setHorizontalSpacing(10)
        self.actions_grid.setVerticalSpacing(8)
        outer.addWidget(self.actions_box)
        self.action_buttons: dict[str, QPushButton] = {}
        for step in workflow.RECORDABLE_STEPS:
            self._action(f"step:{step}", labels.label(labels.STEPS, step),
                         lambda _=False, s=step: self.record_step(s))
        self._action("mediation", self.tr("Mediation record"), self.record_mediation)
        self._action("documents_taken", self.tr("Documents taken"), self.documents_taken)
        self._action("documents_returned", self.tr("Documents returned"), self.documents_returned)
        self._action("escalate", self.tr("Ask the higher level"), self.ask_higher_level)
        self._action("escalation_answer", self.tr("Record the answer"),
                     self.higher_level_answered)
        self._action("oversight_answer", self.tr("Answer the notice from above"),
                     self.answer_notice)
        self._action("oversee", self.tr("Supervise / urge"), self.issue_notice)
        self._action("extension_request", self.tr("Ask for more time"), self.ask_extension)
        self._action("extension_decide", self.tr("Decide on the extension"), self.decide_extension)
        self._action("close", self.tr("Close the case"), self.close_case)
        self._action("follow_up", self.tr("Follow-up call"), self.follow_up)
        self._action("reopen", self.tr("Reopen"), self.reopen)
        self._action("note", self.tr("Add a note"), self.add_note)
        self._action("correct", self.tr("Correct a mistake"), self.correct)

        bottom = QHBoxLayout()
        self.hint_label = QLabel(self.tr("Every button adds a new line to the history."))
        self.hint_label.setStyleSheet("color: #555555;")
        bottom.addWidget(self.hint_label, 1)
        self.close_button = QPushButton(self.tr("Close window (Esc)"))
        self.close_button.setMinimumHeight(48)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        self.refresh()
        self._focus_next()

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() else None) \
            or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - 40)
            height = min(height, room.height() - 40)
        self.resize(width, height)

    def _remeasure_rows(self, *_) -> None:
        # After the layout has settled, so the wrapped text is measured at its real width.
        QTimer.singleShot(0, self, self._measure_rows)

    def _measure_rows(self) -> None:
        self.timeline.resizeRowsToContents()
        # The newest events are what the officer came for: keep them in view
        # until the officer scrolls the history himself.
        if self._scroll_to_end:
            self.timeline.scrollToBottom()

    def _user_scrolled(self, *_) -> None:
        self._scroll_to_end = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._remeasure_rows()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._remeasure_rows()
        if getattr(self, "_shown_keys", None):
            QTimer.singleShot(0, self, lambda: self._place_actions(self._shown_keys))

    def _action(self, key: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        style.big_button(button)
        button.clicked.connect(slot)
        self.action_buttons[key] = button
        return button

    # --- reading
    def refresh(self) -> None:
        self.concern = tl.get_concern(self.concern_id)
        self.view = tl.concern_view(self.concern, self.ctx.today())
        self.entries = tl.timeline(self.concern)
        self._fill_header(self.view)
        self._fill_oversight(oversight.waiting(self.concern), extensions.pending_request(self.concern))
        self.strip.set_steps(self.view.steps_done, self.view.confidential)
        self._fill_timeline(self.entries)
        self._place_actions(self.visible_actions(self.view))
        self.steps_hint.setVisible(self.view.is_open)

    def _fill_header(self, v: ConcernView) -> None:
        self.setWindowTitle(self.tr("Case %1").replace("%1", v.case_number))
        self.case_label.setText(self.tr("Case no. %1").replace("%1", v.case_number))
        self.status_label.setText(self.status_text(v))
        self.status_label.setStyleSheet("color: #b00020;" if v.overdue_days else
                                        "color: #14508c;" if v.is_open else "color: #2e7d32;")
        self.confidential_label.setVisible(v.confidential)
        self.summary_label.setText(v.summary)
        self.details_label.setText(v.details)
        self.details_label.setVisible(bool(v.details))
        villager = v.villager_name + (f"  ({v.villager_phone})" if v.villager_phone else "")
        deadline = labels.format_date(v.deadline) or self.tr("none")
        if v.overdue_days:
            deadline += "  " + self.tr("overdue by %n day(s)", "", v.overdue_days)
        values = {
            "villager": villager,
            "hamlet": v.hamlet_name or "—",
            "registered": labels.format_date(v.registered_on),
            "function": labels.label(labels.FUNCTIONS, v.function),
            "rule": labels.label(labels.RULES, v.rule),
            "deadline": deadline,
            "handler": v.handler_name or "—",
            "satisfaction": labels.label(labels.SATISFACTION, v.satisfaction)
            or self.tr("not yet rated"),
        }
        for key, text in values.items():
            self.fact_values[key].setText(text)
        self.fact_values["deadline"].setStyleSheet(
            "color: #b00020; font-weight: bold;" if v.overdue_days else "")

    def _fill_oversight(self, waiting: list[oversight.NoticeRow], pending=None) -> None:
        lines = [self.tr("%1 from %2 (asked by %3): %4 — reply by %5, not yet answered.")
                 .replace("%1", n.number).replace("%2", n.from_station).replace("%3", n.asked_by)
                 .replace("%4", n.what).replace("%5", labels.format_date(n.due_on))
                 for n in waiting]
        if pending is not None:
            lines.append(self.tr("Asked for more time, to %1: waiting for %2 to decide.")
                         .replace("%1", labels.format_date(dt.date.fromisoformat(pending.data["new_deadline"])))
                         .replace("%2", self.tr("the township") if pending.data.get("approver") == "township"
                                  else self.tr("the station head")))
        self.oversight_label.setText("\n".join(lines))
        self.oversight_label.setVisible(bool(lines))

    def status_text(self, v: ConcernView) -> str:
        step = labels.label(labels.STEPS, v.current_step)
        if not v.is_open:
            text = self.tr("Closed: %1 (%2)").replace(
                "%1", labels.label(labels.OUTCOMES, v.outcome)).replace(
                "%2", labels.format_date(v.closed_on))
            if v.duplicate_of:
                text += " " + self.tr("same as case %1").replace("%1", v.duplicate_of)
            if v.follow_up_due:
                text += " " + self.tr("· follow-up call due %1").replace(
                    "%1", labels.format_date(v.follow_up_due))
            return text
        if v.waiting_higher_level:
            return self.tr("Pending: waiting for the higher level to answer")
        if v.overdue_days:
            return self.tr("Pending, OVERDUE: last step %1").replace("%1", step)
        return self.tr("Pending: last step %1").replace("%1", step)

    def _fill_timeline(self, entries: list[TimelineEntry]) -> None:
        self.timeline.setRowCount(0)
        self.timeline.setRowCount(len(entries))
        for row, e in enumerate(entries):
            values = [e.at.strftime("%Y-%m-%d %H:%M"), e.who or "—",
                      labels.label(labels.STEPS, e.step), self.kind_text(e),
                      self.details_text(e)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                if col == 3:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.timeline.setItem(row, col, item)
        self.timeline.resizeRowsToContents()
        self.timeline.scrollToBottom()
        self._scroll_to_end = True
        self._remeasure_rows()

    def kind_text(self, e: TimelineEntry) -> str:
        kinds = {
            "received": self.tr("Received"),
            "registered": self.tr("Registered"),
            "step": self.tr("Step done"),
            "mediation": self.tr("Mediation record"),
            "documents_taken": self.tr("Documents taken"),
            "documents_returned": self.tr("Documents returned"),
            "escalation_requested": self.tr("Asked the higher level"),
            "escalation_answered": self.tr("Higher level answered"),
            "correction": self.tr("Correction"),
            "closed": self.tr("Closed"),
            "reopened": self.tr("Reopened"),
            "note": self.tr("Note"),
            "oversight_answer": self.tr("Answered the notice"),
            "extension_requested": self.tr("Asked for more time"),
            "follow_up": self.tr("Follow-up call"),
        }
        if e.kind == "extension_decided":
            return (self.tr("Extension approved") if e.data.get("approved")
                    else self.tr("Extension refused"))
        if e.kind == "oversight_notice":
            return (self.tr("Urged by the higher level") if e.data.get("kind") == "urge"
                    else self.tr("Supervised by the higher level"))
        return kinds.get(e.kind, e.kind)

    def list_sep(self) -> str:
        """How names in a list are separated when shown."""
        return self.tr(", ")

    def _value_text(self, key: str, value) -> str:
        if key == "function":
            return labels.label(labels.FUNCTIONS, value)
        if key == "rule":
            return labels.label(labels.RULES, value)
        if key == "deadline":
            return labels.format_date(value) or self.tr("none")
        if key == "confidential":
            return self.tr("yes") if value else self.tr("no")
        if value in (None, ""):
            return self.tr("(empty)")
        return f"“{value}”" if key in ("summary", "details") else str(value)

    def field_name(self, key: str) -> str:
        names = {
            "function": self.tr("Function"), "rule": self.tr("Handling rule"),
            "summary": self.tr("Concern"), "details": self.tr("Details"),
            "hamlet": self.tr("Hamlet"), "deadline": self.tr("Deadline"),
            "confidential": self.tr("Confidential"), "handler": self.tr("Handled by"),
        }
        return names.get(key, key)

    def details_text(self, e: TimelineEntry) -> str:
        d = e.data
        lines: list[str] = []

        def add(caption: str, value) -> None:
            if value:
                lines.append(caption.replace("%1", str(value)))

        if e.kind == "registered":
            add(self.tr("Concern: %1"), d.get("summary"))
            add(self.tr("Details: %1"), d.get("details"))
            # Two facts to a line, so the first entry does not fill the screen.
            pairs = [
                [(self.tr("Function: %1"), labels.label(labels.FUNCTIONS, d.get("function"))),
                 (self.tr("Handling rule: %1"), labels.label(labels.RULES, d.get("rule")))],
                [(self.tr("Deadline: %1"), labels.format_date(d.get("deadline"))),
                 (self.tr("Hamlet: %1"), d.get("hamlet")),
                 (self.tr("Handled by: %1"), d.get("handler"))],
            ]
            for pair in pairs:
                parts = [caption.replace("%1", str(value)) for caption, value in pair if value]
                if parts:
                    lines.append("    ".join(parts))
            if d.get("confidential"):
                lines.append(self.tr("Confidential"))
        elif e.kind == "mediation":
            add(self.tr("Parties: %1"), self.list_sep().join(d.get("parties", [])))
            add(self.tr("What happened: %1"), d.get("facts"))
            add(self.tr("Agreed: %1"), d.get("agreement"))
            return "\n".join(lines)
        elif e.kind in ("documents_taken", "documents_returned"):
            add(self.tr("Documents: %1"), self.list_sep().join(d.get("documents", [])))
        elif e.kind == "escalation_requested":
            add(self.tr("Asked: %1"), d.get("office"))
            add(self.tr("Wanted date: %1"), labels.format_date(d.get("wanted_date")))
        elif e.kind == "escalation_answered":
            add(self.tr("Official: %1"), " ".join(
                x for x in (d.get("office"), d.get("official")) if x))
            add(self.tr("Appointment date: %1"), labels.format_date(d.get("appointment_date")))
        elif e.kind == "oversight_notice":
            lines.append(oversight.number_text(d) + "  " + d.get("station_name", ""))
            add(self.tr("Asked by: %1"), d.get("asked_by"))
            add(self.tr("Reply by: %1"), labels.format_date(d.get("due_on")))
        elif e.kind == "oversight_answer":
            add(self.tr("Answers %1"), d.get("number"))
        elif e.kind in ("extension_requested", "extension_decided"):
            lines.append(self.tr("Deadline %1 → %2")
                         .replace("%1", labels.format_date(d.get("old_deadline")))
                         .replace("%2", labels.format_date(d.get("new_deadline"))))
            if e.kind == "extension_requested":
                lines.append(self.tr("Decided by: %1").replace(
                    "%1", self.tr("the township") if d.get("approver") == "township"
                    else self.tr("the station head")))
            else:
                add(self.tr("Decided at: %1"), d.get("station_name"))
        elif e.kind == "correction":
            add(self.tr("Why corrected: %1"), e.note)
            for c in e.changes:
                lines.append(self.tr("%1: was %2, now %3")
                             .replace("%1", self.field_name(c.field))
                             .replace("%2", self._value_text(c.field, c.old))
                             .replace("%3", self._value_text(c.field, c.new)))
            return "\n".join(lines)
        elif e.kind == "closed":
            add(self.tr("Outcome: %1"), labels.label(labels.OUTCOMES, d.get("outcome")))
            add(self.tr("Same as case %1"), d.get("duplicate_of"))
            add(self.tr("Follow-up call due: %1"), labels.format_date(d.get("follow_up_due")))
            add(self.tr("Reason: %1"), e.note)
            return "\n".join(lines)
        elif e.kind == "reopened":
            add(self.tr("Reason: %1"), e.note)
            return "\n".join(lines)
        elif e.kind == "follow_up":
            from . import followup as fu

            lines.append(fu.label(fu.CHANNELS, d.get("channel")) + self.tr(": ")
                         + fu.label(fu.ANSWERS_DONE, d.get("answer")))
            add(self.tr("Try again on %1"), labels.format_date(d.get("next_due")))
        if e.note:
            if e.kind in ("documents_taken", "documents_returned", "registered"):
                lines.append(e.note)
            else:
                lines.insert(0, e.note)
        if e.kind == "step" and d.get("satisfaction"):
            add(self.tr("Villager's satisfaction: %1"),
                labels.label(labels.SATISFACTION, d["satisfaction"]))
        return "\n".join(lines)

    # --- which buttons make sense now
    def visible_actions(self, v: ConcernView) -> list[str]:
        """The buttons to show: what the workflow allows now (models.concerns.workflow)."""
        keys = [k for k in v.actions if k in self.action_buttons]
        extra = []  # 督办 / 催办: what this desk may do, by where it sits
        if oversight.may_answer(self.concern):
            extra.append("oversight_answer")
        if oversight.may_issue(self.concern):
            extra.append("oversee")
        if extensions.may_request(self.concern, self.ctx.today()):
            extra.append("extension_request")
        pending = extensions.pending_request(self.concern)
        if pending is not None and extensions.may_decide(pending):
            extra.append("extension_decide")
        at = keys.index("close") if "close" in keys else (keys.index("note") if "note" in keys else len(keys))
        return keys[:at] + extra + keys[at:]

    def _buttons_per_row(self, keys: list[str]) -> int:
        """As many as fit across without cutting a label short, at most five."""
        spacing = self.actions_grid.horizontalSpacing()
        widest = max((self.action_buttons[k].sizeHint().width() for k in keys), default=1)
        room = self.scroll.viewport().width()
        return max(1, min(MAX_BUTTONS_PER_ROW, (room + spacing) // (widest + spacing)))

    def _place_actions(self, keys: list[str]) -> None:
        self._shown_keys = keys
        for button in self.action_buttons.values():
            self.actions_grid.removeWidget(button)
            button.hide()
        for col in range(self.actions_grid.columnCount()):
            self.actions_grid.setColumnStretch(col, 0)
        per_row = self._buttons_per_row(keys)
        # The seven-step buttons on the first row(s), everything else after.
        steps = [k for k in keys if k.startswith("step:")]
        others = [k for k in keys if not k.startswith("step:")]
        row = 0
        for group in (steps, others):
            for i, key in enumerate(group):
                r, c = divmod(i, per_row)
                button = self.action_buttons[key]
                button.setMinimumWidth(button.sizeHint().width())
                self.actions_grid.addWidget(button, row + r, c)
                button.show()
            if group:
                row += (len(group) - 1) // per_row + 1
        self.actions_grid.setColumnStretch(per_row, 1)
        previous = None
        for key in steps + others:
            button = self.action_buttons[key]
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        if previous is not None:
            QWidget.setTabOrder(previous, self.close_button)

    def _focus_next(self) -> None:
        """Put the cursor on the first step not yet done, else the first button."""
        keys = self.visible_actions(self.view)
        for key in keys:
            if key.startswith("step:") and key[5:] not in self.view.steps_done:
                self.action_buttons[key].setFocus()
                return
        if keys:
            self.action_buttons[keys[0]].setFocus()

    # --- actions: each opens a small dialog; saving refreshes this page
    def _open(self, dialog: ActionDialog) -> ActionDialog:
        self.action_dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.changed = True
        self.refresh()
        self._focus_next()

    def record_step(self, step: str) -> ActionDialog:
        return self._open(StepDialog(self.ctx, self.concern, step, self))

    def record_mediation(self) -> ActionDialog:
        return self._open(MediationDialog(self.ctx, self.concern, self))

    def documents_taken(self) -> ActionDialog:
        return self._open(DocumentsTakenDialog(self.ctx, self.concern, self))

    def documents_returned(self) -> ActionDialog:
        return self._open(DocumentsReturnedDialog(self.ctx, self.concern, self))

    def ask_higher_level(self) -> ActionDialog:
        return self._open(EscalationRequestDialog(self.ctx, self.concern, self))

    def higher_level_answered(self) -> ActionDialog:
        asked = [e for e in self.entries if e.kind == "escalation_requested"]
        office = asked[-1].data.get("office", "") if asked else ""
        return self._open(EscalationAnswerDialog(self.ctx, self.concern, self, office=office))

    def issue_notice(self) -> ActionDialog:
        return self._open(IssueNoticeDialog(self.ctx, self.concern, self))

    def answer_notice(self) -> ActionDialog:
        return self._open(AnswerNoticeDialog(self.ctx, self.concern,
                                             oversight.waiting(self.concern)[0], self))

    def ask_extension(self) -> ActionDialog:
        return self._open(ExtensionRequestDialog(self.ctx, self.concern, self))

    def decide_extension(self) -> ActionDialog:
        request = extensions.request_row(extensions.pending_request(self.concern).id)
        return self._open(ExtensionDecisionDialog(self.ctx, self.concern, request, self))

    def close_case(self) -> ActionDialog:
        return self._open(CloseDialog(self.ctx, self.concern, self))

    def follow_up(self) -> ActionDialog:
        from .followup import FollowUpDialog

        return self._open(FollowUpDialog(self.ctx, self.concern, self))

    def reopen(self) -> ActionDialog:
        return self._open(ReopenDialog(self.ctx, self.concern, self))

    def add_note(self) -> ActionDialog:
        return self._open(NoteDialog(self.ctx, self.concern, self))

    def correct(self) -> ActionDialog:
        return self._open(CorrectionDialog(self.ctx, self.concern, self))
