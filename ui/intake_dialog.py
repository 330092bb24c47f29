"""Receive a visit: when and how the villagers came, who came
(a returning villager found by name, phone or pinyin initials, or a new one
registered on the spot), and each concern they raised. A policy question
answered on the spot is registered and closed in the same save.

Everything of the visit is saved by one call to ``models.concerns.intake.receive_visit``
(one transaction). Registering a new villager saves that villager at once,
which is fine: a villager record is not a half-done visit.

Its parts: the visitor picker (``ui.visitor_picker``, the second column) and
one ``ConcernForm`` per concern (``ui.concern_form``, a tab each); the dialog
holds the visit row, keeps the forms' visitors and the headcount following
the picker, shows refusals and saves.

After a successful save the dialog shows the case numbers in a message box
(``self.confirmation``, opened without blocking) and is accepted when that box
is closed; ``registered_ids`` holds the new concern ids.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.concerns import intake, workflow
from models.core.errors import ValidationError
from models.core.schema import Villager
from models.safety import clock_check
from models.station import stations

from . import fit, labels, style
from .concern_form import ConcernForm, DateTimeEdit
from .context import DeskContext
from .leave_guard import may_leave
from .visitor_picker import VisitorPicker


class IntakeDialog(QDialog):
    """Receive a visit: one visit, its visitors and its concerns, saved together."""

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.registered_ids: list[str] = []
        self.case_numbers: list[str] = []
        self.confirmation: QMessageBox | None = None
        self.concern_forms: list[ConcernForm] = []
        self._saved = False
        self._headcount_auto = True
        self._setting_headcount = False
        self._hamlets = stations.hamlets(ctx.station)
        self._staff = stations.active_staff(ctx.station)

        self.setWindowTitle(self.tr("Receive a visit"))
        # 1240 x 700 at the normal 13 pt, more with large text; never bigger than the
        # screen (a 1366 x 768 laptop): the body scrolls, the Save button stays in view.
        self._scale = max(1.0, self.font().pointSizeF() / style.BASE_PT)
        screen = fit.available(parent)
        self.resize(min(int(1240 * self._scale), screen.width()),
                    min(int(700 * self._scale), screen.height()))
        outer = QVBoxLayout(self)
        outer.setSpacing(8)

        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()  # above its fields: the dialog fits a 1024-pixel screen
        heading.addWidget(style.heading(self.tr("1. The visit")))
        heading.addSpacing(20)
        heading.addWidget(QLabel(self.tr("(a group visit: count everyone who came)")), 1)
        rows.addLayout(heading)
        rows.addLayout(self._build_visit_row())
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        rows.addWidget(line)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        left = self._build_picker()
        left.setMinimumWidth(int(320 * self._scale))
        left.setMaximumWidth(int(430 * self._scale))
        columns.addWidget(left, 2)
        columns.addWidget(self._build_right(), 3)
        rows.addLayout(columns, 1)
        outer.addWidget(fit.scrolling(body), 1)  # up and down only

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
        self._visitors_changed()
        self.search_edit.setFocus()

    # ------------------------------------------------------------ layout
    def _build_visit_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.when_edit = DateTimeEdit(QDateTime(self.ctx.now().replace(second=0)))
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
            if widget is not self.when_edit:
                row.addSpacing(10)
            row.addWidget(lab)
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_picker(self) -> VisitorPicker:
        picker = self.picker = VisitorPicker(self.ctx, self._hamlets)
        self.visitors = picker.visitors  # the same list, kept by the picker
        for name in ("search_edit", "results_list", "search_hint", "visitor_list",
                     "remove_visitor_button", "new_name_edit", "new_phone_edit", "new_id_edit",
                     "new_hamlet_combo", "register_button"):
            setattr(self, name, getattr(picker, name))
        picker.visitors_changed.connect(self._visitors_changed)
        picker.visitor_added.connect(self._visitor_added)
        picker.error_cleared.connect(self._clear_error)
        picker.refused.connect(self._show_error)
        return picker

    def _build_right(self) -> QWidget:
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        row = QHBoxLayout()
        row.addWidget(style.heading(self.tr("3. What they raised")))
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

    def _fix_tab_order(self, *_) -> None:
        chain = [self.when_edit, self.channel_combo, self.headcount_spin]
        chain.extend(self.picker.focus_chain())
        for form in self.concern_forms:
            chain.extend(form.focus_chain())
        chain.extend([self.add_concern_button, self.remove_concern_button, self.save_button,
                      self.cancel_button])
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

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

    # ------------------------------------------------------------ visitors (the picker's)
    def add_current_result(self) -> None:
        self.picker.add_current_result()

    def add_visitor(self, villager: Villager) -> None:
        self.picker.add_visitor(villager)

    def remove_current_visitor(self) -> None:
        self.picker.remove_current_visitor()

    def register_new_villager(self) -> None:
        self.picker.register_new_villager()

    def _new_villager_typed(self) -> bool:
        return self.picker.new_villager_typed()

    def _visitors_changed(self) -> None:
        for form in self.concern_forms:
            form.set_visitors(self.visitors)
        self._sync_headcount()

    def _visitor_added(self, _villager: Villager) -> None:
        self.current_form().first_empty().setFocus()  # on to what they raised

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
        form.rule_combo.currentIndexChanged.connect(self._fix_tab_order)  # the quick way
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
