"""One concern of a visit, as the intake dialog shows it on its own tab:
who raised it, its function and handling rule, what it is about, the hamlet,
the handler and the deadline (the rule's default until changed by hand),
whether it is confidential, and for a question answered on the spot the
answer and whether the villager was satisfied. ``spec()`` reads it as a
``models.concerns.workflow.ConcernInput``; nothing is saved here.

Also the date fields the dialog shares, which Tab leaves instead of stepping
through year, month and day.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models.concerns import workflow
from models.concerns.workflow import ConcernInput
from models.core.schema import Villager

from . import labels
from .context import DeskContext


def _lines_high(edit: QPlainTextEdit, lines: int) -> None:
    """Make a multi-line box exactly ``lines`` lines of text high."""
    metrics = edit.fontMetrics()
    edit.setFixedHeight(metrics.lineSpacing() * lines + 16)


def _tab_leaves(widget: QWidget, event: QEvent) -> bool:
    """Move on at Tab / Shift+Tab; True if the event was that."""
    if (event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Tab, Qt.Key_Backtab)
            and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier)):
        QWidget.focusNextPrevChild(widget, event.key() == Qt.Key_Tab)
        return True
    return False


class DateEdit(QDateEdit):
    """Tab leaves the field instead of stepping through year, month and day
    (the arrow keys still do that), so Tab order is the same everywhere."""

    def event(self, event: QEvent) -> bool:
        return _tab_leaves(self, event) or super().event(event)


class DateTimeEdit(QDateTimeEdit):
    """The same for a date and a time (the visit's)."""

    def event(self, event: QEvent) -> bool:
        return _tab_leaves(self, event) or super().event(event)


class ConcernForm(QWidget):
    """One concern of the visit: what it is about and how it will be handled."""

    FIELDS = ("villager", "function", "rule", "summary", "details", "hamlet", "handler",
              "deadline", "confidential", "answer", "satisfaction")

    def __init__(self, ctx: DeskContext, hamlets, staff, visit_date, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._visit_date = visit_date  # callable: the visit's date, for default deadlines
        self._deadline_auto = True     # follows the rule's default until edited by hand
        self._setting = False
        self._forced_confidential = False

        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        def label(text, buddy):
            lab = QLabel(text)
            lab.setBuddy(buddy)
            return lab

        self.villager_combo = QComboBox()
        grid.addWidget(label(self.tr("Raised &by:"), self.villager_combo), 0, 0)
        grid.addWidget(self.villager_combo, 0, 1, 1, 3)

        self.function_combo = QComboBox()
        labels.fill_combo(self.function_combo, labels.FUNCTIONS, self.tr("— choose —"))
        self.rule_combo = QComboBox()
        labels.fill_combo(self.rule_combo, labels.RULES, self.tr("— choose —"))
        # one field a row: the form fits a 1024-pixel screen with large text (ui/fit.py)
        grid.addWidget(label(self.tr("F&unction:"), self.function_combo), 1, 0)
        grid.addWidget(self.function_combo, 1, 1, 1, 3)
        grid.addWidget(label(self.tr("Handlin&g:"), self.rule_combo), 2, 0)
        grid.addWidget(self.rule_combo, 2, 1, 1, 3)

        self.summary_edit = QLineEdit()
        self.summary_edit.setPlaceholderText(self.tr("One short line, e.g. applying for the "
                                                     "subsistence allowance"))
        self.summary_edit.setMaxLength(200)
        grid.addWidget(label(self.tr("&Concern:"), self.summary_edit), 3, 0)
        grid.addWidget(self.summary_edit, 3, 1, 1, 3)

        self.details_edit = QPlainTextEdit()
        self.details_edit.setTabChangesFocus(True)
        self.details_edit.setPlaceholderText(self.tr("What the villager said, in their words "
                                                     "(may be left empty)"))
        _lines_high(self.details_edit, 3)
        details_label = label(self.tr("&Details:"), self.details_edit)
        details_label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        grid.addWidget(details_label, 4, 0)
        grid.addWidget(self.details_edit, 4, 1, 1, 3)

        self.hamlet_combo = QComboBox()
        self.hamlet_combo.addItem(self.tr("— whole village —"), None)
        for h in hamlets:
            self.hamlet_combo.addItem(h.name, h)
        self.handler_combo = QComboBox()
        self.handler_combo.addItem(self.tr("— not yet —"), None)
        for s in staff:
            self.handler_combo.addItem(s.name, s)
        if ctx.officer is not None:
            self.handler_combo.setCurrentIndex(max(0, self._index_of(self.handler_combo,
                                                                     ctx.officer.id)))
        grid.addWidget(label(self.tr("&Hamlet:"), self.hamlet_combo), 5, 0)
        grid.addWidget(self.hamlet_combo, 5, 1)
        grid.addWidget(label(self.tr("Handled b&y:"), self.handler_combo), 5, 2)
        grid.addWidget(self.handler_combo, 5, 3)

        self.deadline_edit = DateEdit()
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.deadline_edit.setDate(QDate(visit_date()))
        self.deadline_edit.dateChanged.connect(self._deadline_edited)
        self.deadline_hint = QLabel()
        self.deadline_hint.setWordWrap(True)
        deadline_box = QHBoxLayout()
        deadline_box.addWidget(self.deadline_edit)
        deadline_box.addWidget(self.deadline_hint, 1)
        self.confidential_check = QCheckBox(self.tr("Confidential: ne&ver made public"))
        grid.addWidget(label(self.tr("Dead&line:"), self.deadline_edit), 6, 0)
        grid.addLayout(deadline_box, 6, 1, 1, 3)
        grid.addWidget(self.confidential_check, 7, 1, 1, 3)

        # --- answered now (answer_on_spot only)
        self.answer_box = QFrame()
        self.answer_box.setFrameShape(QFrame.StyledPanel)
        answer_grid = QGridLayout(self.answer_box)
        answer_grid.setColumnStretch(2, 1)
        answer_title = QLabel(self.tr("Answered now? Write the answer here; saving then "
                                      "also closes this concern."))
        answer_title.setWordWrap(True)
        answer_grid.addWidget(answer_title, 0, 0, 1, 3)
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setPlaceholderText(self.tr("What you told the villager"))
        _lines_high(self.answer_edit, 2)
        answer_label = label(self.tr("&Answer:"), self.answer_edit)
        answer_label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.satisfaction_combo = QComboBox()
        labels.fill_combo(self.satisfaction_combo, labels.SATISFACTION, self.tr("— not asked —"))
        answer_grid.addWidget(answer_label, 1, 0)
        answer_grid.addWidget(self.answer_edit, 1, 1, 1, 2)
        answer_grid.addWidget(label(self.tr("&Satisfied?"), self.satisfaction_combo), 2, 0)
        answer_grid.addWidget(self.satisfaction_combo, 2, 1)
        grid.addWidget(self.answer_box, 8, 0, 1, 4)
        grid.setRowStretch(9, 1)

        for combo in (self.villager_combo, self.function_combo, self.rule_combo,
                      self.hamlet_combo, self.handler_combo, self.satisfaction_combo):
            # as wide as the column allows, without forcing the dialog wider
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
        self.villager_combo.currentIndexChanged.connect(self._villager_changed)
        self.rule_combo.currentIndexChanged.connect(self._rule_changed)
        self._rule_changed()

    # --- helpers
    @staticmethod
    def _index_of(combo: QComboBox, obj_id: str | None) -> int:
        for i in range(combo.count()):
            data = combo.itemData(i)
            if data is not None and data.id == obj_id:
                return i
        return -1

    def widget_for(self, field: str | None) -> QWidget | None:
        return {
            "villager": self.villager_combo, "function": self.function_combo,
            "rule": self.rule_combo, "summary": self.summary_edit, "details": self.details_edit,
            "hamlet": self.hamlet_combo, "handler": self.handler_combo,
            "deadline": self.deadline_edit, "confidential": self.confidential_check,
            "answer": self.answer_edit, "satisfaction": self.satisfaction_combo,
        }.get(field or "")

    def focus_chain(self) -> list[QWidget]:
        """The order Tab goes in. A policy question answered now (answer_on_spot):
        from the concern straight to the answer and the satisfaction, the
        quick way (README); the details, hamlet and handler after them."""
        head = [self.villager_combo, self.function_combo, self.rule_combo, self.summary_edit]
        rest = [self.details_edit, self.hamlet_combo, self.handler_combo, self.deadline_edit,
                self.confidential_check]
        answer = [self.answer_edit, self.satisfaction_combo]
        if self.rule() == "answer_on_spot":
            return head + answer + rest
        return head + rest + answer

    def first_empty(self) -> QWidget:
        if self.villager_combo.currentData() is None:
            return self.villager_combo
        if self.function_combo.currentData() is None:
            return self.function_combo
        if self.rule_combo.currentData() is None:
            return self.rule_combo
        return self.summary_edit

    def is_touched(self) -> bool:
        return bool(self.summary_edit.text().strip() or self.details_edit.toPlainText().strip()
                    or self.answer_edit.toPlainText().strip())

    def rule(self) -> str | None:
        return self.rule_combo.currentData()

    # --- visitors and rule
    def set_visitors(self, visitors: list[Villager]) -> None:
        current = self.villager_combo.currentData()
        self.villager_combo.blockSignals(True)
        self.villager_combo.clear()
        for v in visitors:
            self.villager_combo.addItem(v.name, v)
        index = self._index_of(self.villager_combo, current.id) if current is not None else -1
        self.villager_combo.setCurrentIndex(index if index >= 0 else (0 if visitors else -1))
        self.villager_combo.blockSignals(False)
        if self.villager_combo.currentData() is not current:
            self._villager_changed()

    def _villager_changed(self, *_):
        v = self.villager_combo.currentData()
        if v is not None and v.hamlet_id:
            index = self._index_of(self.hamlet_combo, v.hamlet_id)
            if index >= 0:
                self.hamlet_combo.setCurrentIndex(index)

    def _rule_changed(self, *_):
        rule = self.rule()
        confidential = rule == "confidential"
        if confidential and not self.confidential_check.isChecked():
            self._forced_confidential = True
            self.confidential_check.setChecked(True)
        elif not confidential and self._forced_confidential:
            self._forced_confidential = False
            self.confidential_check.setChecked(False)
        self.confidential_check.setEnabled(not confidential)
        self.answer_box.setVisible(rule == "answer_on_spot")
        if rule is not None:
            self._deadline_auto = True
        self.refresh_deadline()

    def refresh_deadline(self) -> None:
        """Show the rule's default deadline, unless the officer has set one."""
        rule = self.rule()
        if rule is None:
            self.deadline_hint.setText(self.tr("(set by the handling rule)"))
            return
        default = workflow.default_deadline(rule, self._visit_date())
        if self._deadline_auto:
            self._setting = True
            self.deadline_edit.setDate(QDate(default))
            self._setting = False
        days = (default - self._visit_date()).days
        if days == 0:
            self.deadline_hint.setText(self.tr("(default: the same day)"))
        else:
            self.deadline_hint.setText(self.tr("(default: %n day(s))", "", days))

    def _deadline_edited(self, *_):
        if not self._setting:
            self._deadline_auto = False

    # --- reading the form
    def spec(self) -> ConcernInput:
        rule = self.rule()
        answer = self.answer_edit.toPlainText().strip() if rule == "answer_on_spot" else ""
        return ConcernInput(
            villager=self.villager_combo.currentData(),
            function=self.function_combo.currentData(),
            rule=rule,
            summary=self.summary_edit.text(),
            details=self.details_edit.toPlainText(),
            hamlet=self.hamlet_combo.currentData(),
            deadline=self.deadline_edit.date().toPython(),
            confidential=self.confidential_check.isChecked(),
            handler=self.handler_combo.currentData(),
            answer=answer,
            satisfaction=self.satisfaction_combo.currentData() if answer else None,
        )
