"""Receive a visit: when and how the villagers came, who came
(a returning villager found by name, phone or pinyin initials, or a new one
registered on the spot), and each concern they raised. A policy question
answered on the spot is registered and closed in the same save.

Everything of the visit is saved by one call to ``models.concerns.intake.receive_visit``
(one transaction). Registering a new villager saves that villager at once,
which is fine: a villager record is not a half-done visit.

After a successful save the dialog shows the case numbers in a message box
(``self.confirmation``, opened without blocking) and is accepted when that box
is closed; ``registered_ids`` holds the new concern ids.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.concerns import intake, villagers, workflow
from models.concerns.workflow import ConcernInput
from models.core.errors import ValidationError
from models.core.schema import Villager
from models.safety import clock_check
from models.station import stations

from . import labels, style
from .context import DeskContext
from .leave_guard import may_leave

RETURN_KEYS = (Qt.Key_Return, Qt.Key_Enter)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    return label


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


class _DateEdit(QDateEdit):
    """Tab leaves the field instead of stepping through year, month and day
    (the arrow keys still do that), so Tab order is the same everywhere."""

    def event(self, event: QEvent) -> bool:
        return _tab_leaves(self, event) or super().event(event)


class _DateTimeEdit(QDateTimeEdit):
    def event(self, event: QEvent) -> bool:
        return _tab_leaves(self, event) or super().event(event)


def _villager_text(v: Villager) -> str:
    parts = [v.name]
    if v.hamlet_id:
        parts.append(v.hamlet.name)
    if v.phone:
        parts.append(v.phone)
    return "  ·  ".join(parts)


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
        grid.addWidget(self.villager_combo, 0, 1)

        self.function_combo = QComboBox()
        labels.fill_combo(self.function_combo, labels.FUNCTIONS, self.tr("— choose —"))
        self.rule_combo = QComboBox()
        labels.fill_combo(self.rule_combo, labels.RULES, self.tr("— choose —"))
        grid.addWidget(label(self.tr("F&unction:"), self.function_combo), 1, 0)
        grid.addWidget(self.function_combo, 1, 1)
        grid.addWidget(label(self.tr("Handlin&g:"), self.rule_combo), 1, 2)
        grid.addWidget(self.rule_combo, 1, 3)

        self.summary_edit = QLineEdit()
        self.summary_edit.setPlaceholderText(self.tr("One short line, e.g. applying for the "
                                                     "subsistence allowance"))
        self.summary_edit.setMaxLength(200)
        grid.addWidget(label(self.tr("&Concern:"), self.summary_edit), 2, 0)
        grid.addWidget(self.summary_edit, 2, 1, 1, 3)

        self.details_edit = QPlainTextEdit()
        self.details_edit.setTabChangesFocus(True)
        self.details_edit.setPlaceholderText(self.tr("What the villager said, in their words "
                                                     "(may be left empty)"))
        _lines_high(self.details_edit, 3)
        details_label = label(self.tr("&Details:"), self.details_edit)
        details_label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        grid.addWidget(details_label, 3, 0)
        grid.addWidget(self.details_edit, 3, 1, 1, 3)

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
        grid.addWidget(label(self.tr("&Hamlet:"), self.hamlet_combo), 4, 0)
        grid.addWidget(self.hamlet_combo, 4, 1)
        grid.addWidget(label(self.tr("Handled b&y:"), self.handler_combo), 4, 2)
        grid.addWidget(self.handler_combo, 4, 3)

        self.deadline_edit = _DateEdit()
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.deadline_edit.setDate(QDate(visit_date()))
        self.deadline_edit.dateChanged.connect(self._deadline_edited)
        self.deadline_hint = QLabel()
        deadline_box = QHBoxLayout()
        deadline_box.addWidget(self.deadline_edit)
        deadline_box.addWidget(self.deadline_hint, 1)
        self.confidential_check = QCheckBox(self.tr("Confidential: ne&ver made public"))
        grid.addWidget(label(self.tr("Dead&line:"), self.deadline_edit), 5, 0)
        grid.addLayout(deadline_box, 5, 1)
        grid.addWidget(self.confidential_check, 5, 2, 1, 2)

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
        grid.addWidget(self.answer_box, 6, 0, 1, 4)
        grid.setRowStretch(7, 1)

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
        return [self.villager_combo, self.function_combo, self.rule_combo, self.summary_edit,
                self.details_edit, self.hamlet_combo, self.handler_combo, self.deadline_edit,
                self.confidential_check, self.answer_edit, self.satisfaction_combo]

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


class IntakeDialog(QDialog):
    """Receive a visit: one visit, its visitors and its concerns, saved together."""

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.registered_ids: list[str] = []
        self.case_numbers: list[str] = []
        self.confirmation: QMessageBox | None = None
        self.visitors: list[Villager] = []
        self.concern_forms: list[ConcernForm] = []
        self._saved = False
        self._headcount_auto = True
        self._setting_headcount = False
        self._prefilled_name = ""  # a name searched for and not found, put in the new form
        self._hamlets = stations.hamlets(ctx.station)
        self._staff = stations.active_staff(ctx.station)

        self.setWindowTitle(self.tr("Receive a visit"))
        # 1240 x 700 at the normal 13 pt, more with large text; never bigger than the
        # screen (a 1366 x 768 laptop): the body scrolls, the Save button stays in view.
        self._scale = max(1.0, self.font().pointSizeF() / style.BASE_PT)
        screen = self.screen().availableGeometry()
        self.resize(min(int(1240 * self._scale), screen.width()),
                    min(int(700 * self._scale), screen.height() - 40))
        outer = QVBoxLayout(self)
        outer.setSpacing(8)

        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(self._build_visit_row())
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        rows.addWidget(line)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        left = QWidget()
        left.setLayout(self._build_left())
        left.setFixedWidth(int(430 * self._scale))
        columns.addWidget(left)
        columns.addWidget(self._build_right(), 1)
        rows.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        outer.addWidget(scroll, 1)

        # The bottom row: what went wrong (red, right beside Save), then the buttons.
        buttons = QHBoxLayout()
        messages = QVBoxLayout()
        self.error_label = style.error_label()
        messages.addWidget(self.error_label)
        messages.addWidget(QLabel(self.tr("Enter saves the visit. Esc cancels.")))
        buttons.addLayout(messages, 1)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setMinimumHeight(48)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        style.big_button(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)

        self.add_concern()
        self._search("")
        self._visitors_changed()
        self.search_edit.setFocus()

    # ------------------------------------------------------------ layout
    def _build_visit_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(_heading(self.tr("1. The visit")))
        row.addSpacing(10)
        self.when_edit = _DateTimeEdit(QDateTime(self.ctx.now().replace(second=0)))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.when_edit.dateChanged.connect(self._visit_date_changed)
        self.channel_combo = QComboBox()
        labels.fill_combo(self.channel_combo, labels.CHANNELS)
        self.headcount_spin = QSpinBox()
        self.headcount_spin.setRange(1, 500)
        self.headcount_spin.setMinimumWidth(80)
        self.headcount_spin.valueChanged.connect(self._headcount_edited)
        for text, widget in ((self.tr("&When:"), self.when_edit),
                             (self.tr("Came h&ow:"), self.channel_combo),
                             (self.tr("How &many:"), self.headcount_spin)):
            lab = QLabel(text)
            lab.setBuddy(widget)
            row.addSpacing(10)
            row.addWidget(lab)
            row.addWidget(widget)
        row.addWidget(QLabel(self.tr("(a group visit: count everyone who came)")))
        row.addStretch(1)
        return row

    def _build_left(self) -> QVBoxLayout:
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(6)
        left.addWidget(_heading(self.tr("2. Who came")))
        find_label = QLabel(self.tr("&Find a villager who came before:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("name, phone digits or pinyin initials (zs)"))
        self.search_edit.setClearButtonEnabled(True)
        find_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._search)
        left.addWidget(find_label)
        left.addWidget(self.search_edit)
        self.results_list = QListWidget()
        self.results_list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.results_list.setFixedHeight(self.results_list.fontMetrics().lineSpacing() * 3 + 16)
        self.results_list.itemDoubleClicked.connect(lambda _item: self.add_current_result())
        left.addWidget(self.results_list)
        self.search_hint = QLabel(self.tr("Found people are listed here. Press Enter to add "
                                          "the highlighted one."))
        self.search_hint.setWordWrap(True)
        left.addWidget(self.search_hint)

        chosen_row = QHBoxLayout()
        chosen_row.addWidget(QLabel(self.tr("Visitors this time:")), 0, Qt.AlignTop)
        self.visitor_list = QListWidget()
        self.visitor_list.setFixedHeight(self.visitor_list.fontMetrics().lineSpacing() * 2 + 16)
        chosen_row.addWidget(self.visitor_list, 1)
        self.remove_visitor_button = QPushButton(self.tr("Remove"))
        self.remove_visitor_button.setAutoDefault(False)
        self.remove_visitor_button.clicked.connect(self.remove_current_visitor)
        chosen_row.addWidget(self.remove_visitor_button, 0, Qt.AlignTop)
        left.addLayout(chosen_row)

        new_box = QFrame()
        new_box.setFrameShape(QFrame.StyledPanel)
        new_grid = QGridLayout(new_box)
        new_grid.setColumnStretch(1, 1)
        new_grid.setVerticalSpacing(6)
        new_grid.addWidget(QLabel(self.tr("Not found? Register a new villager:")), 0, 0, 1, 2)
        self.new_name_edit = QLineEdit()
        self.new_name_edit.setMaxLength(30)
        self.new_phone_edit = QLineEdit()
        self.new_phone_edit.setPlaceholderText(self.tr("optional"))
        self.new_id_edit = QLineEdit()
        self.new_id_edit.setMaxLength(18)
        self.new_id_edit.setPlaceholderText(self.tr("optional, 18 digits"))
        self.new_hamlet_combo = QComboBox()
        self.new_hamlet_combo.addItem(self.tr("— not known —"), None)
        for h in self._hamlets:
            self.new_hamlet_combo.addItem(h.name, h)
        fields = [(self.tr("&Name:"), self.new_name_edit),
                  (self.tr("&Phone:"), self.new_phone_edit),
                  (self.tr("&ID no.:"), self.new_id_edit),
                  (self.tr("Hamle&t:"), self.new_hamlet_combo)]
        for row, (text, widget) in enumerate(fields, start=1):
            lab = QLabel(text)
            lab.setBuddy(widget)
            new_grid.addWidget(lab, row, 0)
            new_grid.addWidget(widget, row, 1)
        self.register_button = QPushButton(self.tr("Register and add to visitors"))
        self.register_button.setAutoDefault(False)
        self.register_button.setMinimumHeight(40)
        self.register_button.clicked.connect(self.register_new_villager)
        new_grid.addWidget(self.register_button, len(fields) + 1, 0, 1, 2)
        left.addWidget(new_box)
        left.addStretch(1)

        for w in (self.search_edit, self.results_list, self.visitor_list, self.new_name_edit,
                  self.new_phone_edit, self.new_id_edit, self.new_hamlet_combo):
            w.installEventFilter(self)
        return left

    def _build_right(self) -> QWidget:
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        row = QHBoxLayout()
        row.addWidget(_heading(self.tr("3. What they raised")))
        row.addStretch(1)
        self.add_concern_button = QPushButton(self.tr("+ Another concern"))
        self.remove_concern_button = QPushButton(self.tr("Drop this concern"))
        for button in (self.add_concern_button, self.remove_concern_button):
            button.setAutoDefault(False)
            button.setMinimumHeight(40)
            row.addWidget(button)
        self.add_concern_button.clicked.connect(lambda: self.add_concern(focus=True))
        self.remove_concern_button.clicked.connect(self.remove_current_concern)
        box.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.tabBar().setFocusPolicy(Qt.NoFocus)
        self.tabs.setStyleSheet("QTabBar::tab { padding: 6px 20px; }")
        box.addWidget(self.tabs, 1)
        return right

    def _fix_tab_order(self) -> None:
        chain = [self.when_edit, self.channel_combo, self.headcount_spin, self.search_edit,
                 self.results_list, self.visitor_list, self.remove_visitor_button,
                 self.new_name_edit, self.new_phone_edit, self.new_id_edit,
                 self.new_hamlet_combo, self.register_button]
        for form in self.concern_forms:
            chain.extend(form.focus_chain())
        chain.extend([self.add_concern_button, self.remove_concern_button, self.save_button,
                      self.cancel_button])
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # ------------------------------------------------------------ keyboard
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.KeyPress:
            key = event.key()
            if obj in (self.search_edit, self.results_list) and key in RETURN_KEYS:
                self.add_current_result()
                return True
            if obj is self.search_edit and key == Qt.Key_Down and self.results_list.count():
                self.results_list.setFocus()
                return True
            if obj in (self.new_name_edit, self.new_phone_edit, self.new_id_edit,
                       self.new_hamlet_combo) and key in RETURN_KEYS:
                self.register_new_villager()
                return True
            if obj is self.visitor_list:
                if key == Qt.Key_Delete:
                    self.remove_current_visitor()
                    return True
                if key in RETURN_KEYS:
                    return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------ visit
    def visit_time(self) -> dt.datetime:
        return self.when_edit.dateTime().toPython().replace(second=0, microsecond=0)

    def visit_date(self) -> dt.date:
        return self.when_edit.date().toPython()

    def _visit_date_changed(self, *_):
        for form in self.concern_forms:
            form.refresh_deadline()

    def _headcount_edited(self, *_):
        if not self._setting_headcount:
            self._headcount_auto = False

    def _sync_headcount(self) -> None:
        """The headcount follows the named visitors until the officer changes it."""
        n = max(len(self.visitors), 1)
        if self._headcount_auto or self.headcount_spin.value() < n:
            self._setting_headcount = True
            self.headcount_spin.setValue(n)
            self._setting_headcount = False

    # ------------------------------------------------------------ visitors
    def _search(self, text: str) -> None:
        self.results_list.clear()
        self.results_list.setFocusPolicy(Qt.NoFocus)  # no empty Tab stop
        text = text.strip()
        if not text:
            self.search_hint.setText(self.tr("Found people are listed here. Press Enter to add "
                                             "the highlighted one."))
            return
        found = villagers.find_villagers(self.ctx.station, text)
        for v in found:
            item = QListWidgetItem(_villager_text(v))
            item.setData(Qt.UserRole, v)
            self.results_list.addItem(item)
        if found:
            self.results_list.setFocusPolicy(Qt.StrongFocus)
            self.results_list.setCurrentRow(0)
            self.search_hint.setText(self.tr("%n found. Press Enter to add the highlighted one "
                                             "(arrow keys to choose).", "", len(found)))
        else:
            self.search_hint.setText(self.tr("Nobody found. Register the villager below."))
        # A name typed in Chinese and not found: start the new villager's form with it.
        name = self.new_name_edit.text().strip()
        if not found and not text.isascii() and name in ("", self._prefilled_name):
            self.new_name_edit.setText(text)
            self._prefilled_name = text
        elif found and name and name == self._prefilled_name:
            self.new_name_edit.clear()
            self._prefilled_name = ""

    def add_current_result(self) -> None:
        item = self.results_list.currentItem()
        if item is None:
            return
        self.add_visitor(item.data(Qt.UserRole))
        self.search_edit.clear()

    def add_visitor(self, villager: Villager) -> None:
        if self._prefilled_name and self.new_name_edit.text().strip() == self._prefilled_name:
            self.new_name_edit.clear()
        self._prefilled_name = ""
        if all(v.id != villager.id for v in self.visitors):
            self.visitors.append(villager)
            self.visitor_list.addItem(_villager_text(villager))
            self._visitors_changed()
        self.search_hint.setText(self.tr("Added %1. To add another visitor, search again.")
                                 .replace("%1", villager.name))
        form = self.current_form()
        form.first_empty().setFocus()

    def remove_current_visitor(self) -> None:
        row = self.visitor_list.currentRow()
        if row < 0:
            return
        self.visitor_list.takeItem(row)
        del self.visitors[row]
        self._visitors_changed()

    def _visitors_changed(self) -> None:
        self.visitor_list.setFocusPolicy(Qt.StrongFocus if self.visitors else Qt.NoFocus)
        if self.visitors and self.visitor_list.currentRow() < 0:
            self.visitor_list.setCurrentRow(0)
        self.remove_visitor_button.setEnabled(bool(self.visitors))
        for form in self.concern_forms:
            form.set_visitors(self.visitors)
        self._sync_headcount()

    def _new_villager_typed(self) -> bool:
        return bool(self.new_name_edit.text().strip() or self.new_phone_edit.text().strip()
                    or self.new_id_edit.text().strip())

    def register_new_villager(self) -> None:
        self._clear_error()
        if not self._new_villager_typed():
            self.new_name_edit.setFocus()
            return
        try:
            villager = villagers.register_villager(
                self.ctx.station, self.new_name_edit.text(), self.new_phone_edit.text(),
                self.new_id_edit.text(), self.new_hamlet_combo.currentData())
        except ValidationError as error:
            self._show_error(error)
            return
        for edit in (self.new_name_edit, self.new_phone_edit, self.new_id_edit):
            edit.clear()
        self.new_hamlet_combo.setCurrentIndex(0)
        self.add_visitor(villager)

    # ------------------------------------------------------------ concerns
    def current_form(self) -> ConcernForm:
        return self.tabs.currentWidget()

    def add_concern(self, focus: bool = False) -> ConcernForm:
        form = ConcernForm(self.ctx, self._hamlets, self._staff, self.visit_date)
        previous = self.concern_forms[-1] if self.concern_forms else None
        form.set_visitors(self.visitors)
        if previous is not None:
            for attr in ("villager_combo", "hamlet_combo", "handler_combo"):
                getattr(form, attr).setCurrentIndex(getattr(previous, attr).currentIndex())
        self.concern_forms.append(form)
        self.tabs.addTab(form, "")
        self._renumber()
        self.tabs.setCurrentWidget(form)
        self._fix_tab_order()
        if focus:
            form.first_empty().setFocus()
        return form

    def remove_current_concern(self) -> None:
        if len(self.concern_forms) < 2:
            return
        form = self.current_form()
        self.concern_forms.remove(form)
        self.tabs.removeTab(self.tabs.indexOf(form))
        form.deleteLater()
        self._renumber()
        self.current_form().first_empty().setFocus()

    def _renumber(self) -> None:
        for i, form in enumerate(self.concern_forms):
            self.tabs.setTabText(self.tabs.indexOf(form), self.tr("Concern %1").replace("%1", str(i + 1)))
        self.remove_concern_button.setEnabled(len(self.concern_forms) > 1)

    # ------------------------------------------------------------ errors
    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _show_error(self, error: ValidationError, form: ConcernForm | None = None) -> None:
        message = error.message
        if form is not None and len(self.concern_forms) > 1:
            number = self.concern_forms.index(form) + 1
            message = self.tr("Concern %1: ").replace("%1", str(number)) + message
        self.error_label.setText(message)
        self.error_label.show()
        widget = self._widget_for(error.field, form)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _widget_for(self, field: str | None, form: ConcernForm | None) -> QWidget | None:
        visit_fields = {
            "channel": self.channel_combo, "headcount": self.headcount_spin,
            "visitors": self.search_edit, "concerns": self.add_concern_button,
            "name": self.new_name_edit, "phone": self.new_phone_edit,
            "id_number": self.new_id_edit,
        }
        if field in visit_fields:
            return visit_fields[field]
        if field == "villager" and not self.visitors:
            return self.search_edit
        if field in ConcernForm.FIELDS:
            form = form or self.current_form()
            self.tabs.setCurrentWidget(form)
            return form.widget_for(field)
        return None

    # ------------------------------------------------------------ saving
    def is_dirty(self) -> bool:
        return bool(self.visitors or self._new_villager_typed()
                    or any(f.is_touched() for f in self.concern_forms))

    def save(self) -> None:
        if self._saved:
            return
        self._clear_error()
        if self._new_villager_typed():
            self.error_label.setText(self.tr("The new villager has not been added yet: press "
                                             "“Register and add to visitors” first."))
            self.error_label.show()
            self.register_button.setFocus()
            return
        at = self.visit_time()
        specs = []
        for form in self.concern_forms:
            spec = form.spec()
            try:
                workflow.check_concern(spec, at.date())
            except ValidationError as error:
                if error.field == "villager" and not self.visitors:
                    error = ValidationError(self.tr("Please find or register the villager "
                                                    "who came first."), "visitors")
                self._show_error(error, form)
                return
            specs.append(spec)
        try:
            _visit, concerns = intake.receive_visit(
                self.ctx.station, self.channel_combo.currentData(), self.visitors, specs,
                staff=self.ctx.officer, headcount=self.headcount_spin.value(), at=at)
        except clock_check.ClockDoubtful as doubt:  # no case number for a year that looks wrong
            from .clock_notice import ask_about_clock

            self.clock_box = ask_about_clock(doubt.doubt, self, on_confirmed=self.save)
            return
        except ValidationError as error:
            self._show_error(error)
            return
        self._saved = True
        self.registered_ids = [c.id for c in concerns]
        self.case_numbers = [c.case_number for c in concerns]
        self.save_button.setEnabled(False)
        self._confirm(concerns)

    def _confirm(self, concerns) -> None:
        """Show the case numbers, big, so the officer can read them out."""
        rows = []
        for c in concerns:
            what = html.escape(c.summary)
            if c.outcome == "resolved":
                what += "<br>" + html.escape(self.tr("(answered and closed)"))
            rows.append(f"<tr><td style='font-size:22pt; font-weight:bold; padding-right:16px'>"
                        f"<nobr>{c.case_number}</nobr></td>"
                        f"<td style='vertical-align:middle'>{what}</td></tr>")
        text = (html.escape(self.tr("Registered. Please tell the villager the case number:"))
                + "<table cellspacing='6'>" + "".join(rows) + "</table>")
        box = QMessageBox(QMessageBox.Information, self.tr("Registered"), text,
                          QMessageBox.Ok, self)
        box.setTextFormat(Qt.RichText)
        # room for a number and its summary on one line, whatever the screen
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 460px; }")
        box.finished.connect(lambda _result: self.accept())
        self.confirmation = box
        box.open()

    def reject(self) -> None:
        if self._saved:
            self.accept()
            return
        if self.is_dirty() and not may_leave(self, self.tr(
                "What you filled in for this visit has not been saved. Leave anyway?")):
            return
        super().reject()
