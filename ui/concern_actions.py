"""The small dialogs that carry a concern through its workflow, one per action
on the concern page: record a step, a mediation record, documents taken and
returned, asking the higher level and its answer, closing, reopening,
correcting a mistake and adding a note.

Each dialog collects what the officer types and hands it to one function in
models.concerns.workflow. A refusal (``ValidationError``) is shown in plain words in
the dialog, nothing is saved, and the dialog stays open. Ctrl+Enter saves;
Enter saves in a one-line field but starts a new line in a larger text box,
so a half-written record is never saved by accident. Esc cancels, asking
first if something was typed.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.concerns import workflow
from models.core.errors import ValidationError
from models.core.schema import Concern
from models.station import stations

from . import fit, labels
from .context import DeskContext
from .leave_guard import may_leave


def split_list(text: str) -> list[str]:
    """Names typed one a line, or separated by commas (Western or Chinese)."""
    return [p.strip() for p in re.split(r"[\n,;\uff0c\u3001\uff1b]+", text or "") if p.strip()]


class TextBox(QPlainTextEdit):
    """A few lines of text. Enter starts a new line, Ctrl+Enter saves the
    dialog, Tab moves on to the next field."""
    submitted = Signal()

    def __init__(self, lines: int = 3, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 16
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and (
                event.modifiers() & Qt.ControlModifier):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class OptionalDate(QWidget):
    """A date that may be left out: a tick box, then the date."""

    def __init__(self, check_text: str, initial: dt.date, checked: bool = False, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(check_text)
        self.date_edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumWidth(160)
        self.check.toggled.connect(self.date_edit.setEnabled)
        self.check.setChecked(checked)
        self.date_edit.setEnabled(checked)
        row.addWidget(self.check)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        return self.date_edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))


class ActionDialog(QDialog):
    """A form with an intro line, its fields, a place for the refusal and
    Save / Cancel. Subclasses add rows and implement ``save``."""

    def __init__(self, ctx: DeskContext, concern: Concern, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.concern = concern
        self.setMinimumWidth(min(680, fit.available(parent).width()))
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        body = QWidget()
        layout = QVBoxLayout(body)  # what scrolls on a short screen (ui/fit.py)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        outer.addWidget(fit.scrolling(body), 1)
        self.case_label = QLabel(self.tr("Case %1: %2").replace("%1", concern.case_number)
                                 .replace("%2", concern.summary))
        self.case_label.setTextFormat(Qt.PlainText)
        self.case_label.setWordWrap(True)
        self.case_label.setProperty("role", "heading")
        layout.addWidget(self.case_label)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.PlainText)
        self.intro.hide()
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(10)
        layout.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.PlainText)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.hint_label = QLabel()  # which key saves; set when first shown
        self.hint_label.setWordWrap(True)
        outer.addWidget(self.hint_label)
        layout = outer
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setText(self.tr("Save (Enter)"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.Cancel)
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        for b in (self.save_button, self.cancel_button):
            b.setMinimumHeight(48)
            b.setMinimumWidth(150)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}
        self._texts_at_start: list[str] | None = None

    # --- keys and leaving
    def showEvent(self, event) -> None:
        if self._texts_at_start is None:  # the fields are all there by now
            self._texts_at_start = self._texts()
            if self.findChildren(TextBox):
                self.save_button.setText(self.tr("Save (Ctrl+Enter)"))
                self.hint_label.setText(self.tr(
                    "Ctrl+Enter saves. In a larger text box Enter starts a new line; in a "
                    "one-line field Enter saves. Esc cancels."))
            else:
                self.hint_label.setText(self.tr("Enter saves. Esc cancels."))
            first = self.first_to_type()
            if first is not None:  # typing goes into the form, not onto Save
                first.setFocus(Qt.OtherFocusReason)
        super().showEvent(event)

    def first_to_type(self) -> QWidget | None:
        """The first text field on show, in the order of the form."""
        for w in self.fields.values():
            if isinstance(w, (QLineEdit, QPlainTextEdit)) and w.isEnabled() and not w.isHidden():
                return w
        for w in self.findChildren(QWidget):
            if isinstance(w, (QLineEdit, QPlainTextEdit)) and w.isEnabled() and not w.isHidden() and not w.isReadOnly() \
                    and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
                return w
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter saves from a one-line field, a list or a tick box too (a
        # larger text box sends it as ``submitted``). Not a QShortcut: the
        # page keeps its closed dialogs, and their shortcuts would clash.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and (
                event.modifiers() & Qt.ControlModifier):
            self.confirm()
            return
        super().keyPressEvent(event)

    def _texts(self) -> list[str]:
        return ([w.text() for w in self.findChildren(QLineEdit)]
                + [w.toPlainText() for w in self.findChildren(QPlainTextEdit)])

    def is_dirty(self) -> bool:
        """Has anything been typed (or a date set) since the dialog opened?"""
        return self._texts_at_start is not None and self._texts() != self._texts_at_start

    def reject(self) -> None:
        """Esc, Cancel or ×: leave, but ask first if something was typed."""
        if self.isVisible() and self.is_dirty() and not may_leave(self):
            return
        super().reject()

    # --- building
    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, label: str, widget: QWidget, field: str | None = None) -> QWidget:
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            widget.setMinimumWidth(260)
            widget.setMinimumHeight(36)
        self.form.addRow(label, widget)
        if field:
            self.fields[field] = widget
        if isinstance(widget, TextBox):
            widget.submitted.connect(self.confirm)
        return widget

    def line(self, label: str, field: str | None = None, text: str = "",
             placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(36)
        return self.add_row(label, edit, field)

    def box(self, label: str, field: str | None = None, lines: int = 3,
            placeholder: str = "") -> TextBox:
        edit = TextBox(lines)
        edit.setPlaceholderText(placeholder)
        return self.add_row(label, edit, field)

    # --- saving
    def save(self) -> None:
        raise NotImplementedError

    def confirm(self) -> None:
        """Save through the workflow; on a refusal show why and stay open."""
        try:
            self.save()
        except ValidationError as e:
            self.show_error(e.message, e.field)
            return
        self.accept()

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()

    @property
    def officer(self):
        return self.ctx.officer


class StepDialog(ActionDialog):
    """Record that one of the seven steps was carried out (analysis, on-site
    handling, supervision, publication, feedback)."""

    def __init__(self, ctx, concern, step: str, parent=None):
        super().__init__(ctx, concern, parent)
        self.step = step
        step_name = labels.label(labels.STEPS, step)
        self.setWindowTitle(self.tr("Record a step: %1").replace("%1", step_name))
        prompts = {
            "analysis": (self.tr("What was decided"),
                         self.tr("e.g. Checked the policy; the villager qualifies; "
                                 "will handle it on site on Friday.")),
            "on_site": (self.tr("What was done"),
                        self.tr("e.g. Went to the hamlet with the road team and cleared the ditch.")),
            "supervision": (self.tr("Who supervised, what they said"),
                            self.tr("e.g. Supervision committee member came and checked the work.")),
            "publication": (self.tr("What was published, and where"),
                            self.tr("e.g. Result posted on the village notice board.")),
            "feedback": (self.tr("What the villager was told"),
                         self.tr("e.g. Told the villager the result in person.")),
        }
        prompt, example = prompts.get(step, (self.tr("What was done"), ""))
        intros = {
            "publication": self.tr("The result goes on the public notice board."),
            "feedback": (self.tr("This is a confidential matter: tell the villager alone, "
                                 "not in public.") if concern.confidential else ""),
        }
        self.set_intro(intros.get(step, ""))
        self.note = self.box(prompt, "note", placeholder=example)
        self.satisfaction = None
        if step == "feedback":
            self.satisfaction = QComboBox()
            labels.fill_combo(self.satisfaction, labels.SATISFACTION,
                              with_blank=self.tr("(not asked)"))
            self.add_row(self.tr("Is the villager satisfied?"), self.satisfaction, "satisfaction")

    def save(self) -> None:
        satisfaction = self.satisfaction.currentData() if self.satisfaction else None
        workflow.record_step(self.concern, self.step, self.officer, self.note.text(),
                             satisfaction=satisfaction, at=self.ctx.now())


class MediationDialog(ActionDialog):
    """The mediation record of a dispute: who, what happened, what was agreed."""

    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Mediation record"))
        self.set_intro(self.tr("Write down both sides and what they agreed to."))
        self.party1 = self.line(self.tr("One party"), "parties", concern.villager.name)
        self.party2 = self.line(self.tr("The other party"), None,
                                placeholder=self.tr("name of the other side"))
        self.others = self.line(self.tr("Other people involved"), None,
                                placeholder=self.tr("optional; separate several names with commas"))
        self.facts = self.box(self.tr("What the dispute is about"), "facts")
        self.agreement = self.box(self.tr("What both sides agreed"), "agreement")

    def save(self) -> None:
        parties = [self.party1.text(), self.party2.text()] + split_list(self.others.text())
        workflow.record_mediation(self.concern, self.officer, parties, self.facts.text(),
                                  self.agreement.text(), at=self.ctx.now())


class DocumentsTakenDialog(ActionDialog):
    """Documents the station takes from the villager to do the errand."""

    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Documents taken from the villager"))
        self.set_intro(self.tr("List every document you take, one per line, so that each "
                               "one can be handed back."))
        self.documents = self.box(self.tr("Documents"), "documents", lines=4,
                                  placeholder=self.tr("e.g. household register (original)"))
        self.note = self.line(self.tr("Remark"), "note",
                              placeholder=self.tr("optional, e.g. receipt given"))

    def save(self) -> None:
        workflow.record_documents_taken(self.concern, self.officer,
                                        split_list(self.documents.text()), self.note.text(),
                                        at=self.ctx.now())


class DocumentsReturnedDialog(ActionDialog):
    """Hand documents back: tick them off the list of what the station holds."""

    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Documents returned to the villager"))
        self.set_intro(self.tr("Tick the documents you hand back."))
        self.list = QListWidget()
        for name in workflow.documents_outstanding(concern):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.list.addItem(item)
        self.list.setMinimumHeight(140)
        self.list.setStyleSheet("QListWidget::item { padding: 6px; } "
                                "QListWidget::indicator { width: 24px; height: 24px; }")
        self.add_row(self.tr("Documents held"), self.list, "documents")
        self.note = self.line(self.tr("Remark"), "note",
                              placeholder=self.tr("optional, e.g. villager signed for them"))

    def checked(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def save(self) -> None:
        docs = self.checked()
        if not docs:
            raise ValidationError(self.tr("Tick the documents you hand back."), "documents")
        workflow.record_documents_returned(self.concern, self.officer, docs, self.note.text(),
                                           at=self.ctx.now())


class EscalationRequestDialog(ActionDialog):
    """Ask the township or county for officials to come down and receive it."""

    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Ask the higher level for a visit"))
        self.set_intro(self.tr("This matter is beyond the station. Ask which office should "
                               "come down, and when."))
        self.office = self.line(self.tr("Which office"), "office",
                                placeholder=self.tr("e.g. township government"))
        self.note = self.box(self.tr("What they need to solve"), "note")
        self.wanted = OptionalDate(self.tr("Ask for this day:"),
                                   ctx.today() + dt.timedelta(days=7))
        self.add_row(self.tr("Wanted date"), self.wanted, "wanted_date")

    def save(self) -> None:
        workflow.request_escalation(self.concern, self.officer, self.office.text(),
                                    self.note.text(), wanted_date=self.wanted.value(),
                                    at=self.ctx.now())


class EscalationAnswerDialog(ActionDialog):
    """What the higher level answered, and when its officials will come."""

    def __init__(self, ctx, concern, parent=None, office: str = ""):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("The higher level's answer"))
        self.answer = self.box(self.tr("What they answered"), "answer")
        self.official = self.line(self.tr("Official"), "official",
                                  placeholder=self.tr("e.g. Section chief Wei"))
        self.office = self.line(self.tr("Office"), "office", office)
        self.appointment = OptionalDate(self.tr("They come on:"), ctx.today() + dt.timedelta(days=3))
        self.add_row(self.tr("Appointment"), self.appointment, "appointment_date")

    def save(self) -> None:
        workflow.record_escalation_answer(
            self.concern, self.officer, self.answer.text(),
            appointment_date=self.appointment.value(), official=self.official.text(),
            office=self.office.text(), at=self.ctx.now())


class CloseDialog(ActionDialog):
    """End the concern in one outcome: resolved, or a named other outcome
    with its reason. Before resolving, shows what the rule still asks."""

    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Close the case"))
        self.outcome = QComboBox()
        for code in labels.OUTCOMES:
            if code != "pending":
                self.outcome.addItem(labels.label(labels.OUTCOMES, code), code)
        self.add_row(self.tr("How did it end?"), self.outcome, "outcome")
        self.missing = workflow.missing_for_resolution(concern)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.PlainText)
        self.form.addRow(self.check_label)
        self.duplicate_label = QLabel(self.tr("Original case number"))
        self.duplicate_of = QLineEdit()
        self.duplicate_of.setPlaceholderText(self.tr("e.g. %1").replace(
            "%1", f"{concern.year}-0012"))
        self.form.addRow(self.duplicate_label, self.duplicate_of)
        self.fields["duplicate_of"] = self.duplicate_of
        self.note_label = QLabel()
        self.note = TextBox(3)
        self.note.submitted.connect(self.confirm)
        self.form.addRow(self.note_label, self.note)
        self.fields["note"] = self.note
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def _outcome_changed(self, *_):
        code = self.outcome.currentData()
        resolved = code == "resolved"
        if resolved and self.missing:
            self.check_label.setText(self.tr("Not ready to close as resolved. Still needed:")
                                     + "\n" + "\n".join("• " + m for m in self.missing))
            self.check_label.setProperty("role", "error")
        elif resolved:
            self.check_label.setText(self.tr("Everything this handling rule asks for is done."))
            self.check_label.setProperty("role", "")
        self.check_label.setVisible(resolved)
        self.check_label.style().unpolish(self.check_label)
        self.check_label.style().polish(self.check_label)
        self.note_label.setText(self.tr("Remark (optional)") if resolved else self.tr("Reason"))
        self.note.setPlaceholderText("" if resolved else self.tr(
            "Why it ends this way, as you would tell the villager"))
        is_duplicate = code == "duplicate"
        self.duplicate_label.setVisible(is_duplicate)
        self.duplicate_of.setVisible(is_duplicate)
        self.error_label.hide()

    def save(self) -> None:
        workflow.close_concern(self.concern, self.outcome.currentData(), self.officer,
                               self.note.text(), duplicate_of=self.duplicate_of.text(),
                               at=self.ctx.now())


class ReopenDialog(ActionDialog):
    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Reopen the case"))
        self.set_intro(self.tr("The case goes back to pending. Its history stays as it is."))
        self.reason = self.box(self.tr("Why reopen it"), "reason")

    def save(self) -> None:
        workflow.reopen_concern(self.concern, self.officer, self.reason.text(), at=self.ctx.now())


class NoteDialog(ActionDialog):
    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Add a note"))
        self.note = self.box(self.tr("Note"), "note", lines=4)

    def save(self) -> None:
        workflow.add_note(self.concern, self.officer, self.note.text(), at=self.ctx.now())


class CorrectionDialog(ActionDialog):
    """Correct what was registered wrongly. Only the fields changed here are
    corrected; the old values stay in the history."""

    def __init__(self, ctx, concern, parent=None):
        super().__init__(ctx, concern, parent)
        self.setWindowTitle(self.tr("Correct a mistake"))
        self.set_intro(self.tr("Change only what was written down wrongly, and say why. "
                               "Nothing is deleted: the old values stay in the history."))
        self.summary = self.line(self.tr("Concern (short)"), "summary", concern.summary)
        self.details = self.box(self.tr("Details"), "details")
        self.details.setText(concern.details)
        self.function = QComboBox()
        labels.fill_combo(self.function, labels.FUNCTIONS)
        self.function.setCurrentIndex(self.function.findData(concern.function))
        self.add_row(self.tr("Function"), self.function, "function")
        self.rule = QComboBox()
        labels.fill_combo(self.rule, labels.RULES)
        self.rule.setCurrentIndex(self.rule.findData(concern.rule))
        self.add_row(self.tr("Handling rule"), self.rule, "rule")
        self._hamlets = {h.id: h for h in stations.hamlets(ctx.station)}
        if concern.hamlet_id and concern.hamlet_id not in self._hamlets:
            self._hamlets[concern.hamlet_id] = concern.hamlet
        self.hamlet = self._object_combo(self._hamlets, concern.hamlet_id)
        self.add_row(self.tr("Hamlet"), self.hamlet, "hamlet")
        self._staff = {s.id: s for s in stations.active_staff(ctx.station)}
        if concern.handler_id and concern.handler_id not in self._staff:
            self._staff[concern.handler_id] = concern.handler
        self.handler = self._object_combo(self._staff, concern.handler_id)
        self.add_row(self.tr("Handled by"), self.handler, "handler")
        self.deadline = OptionalDate(self.tr("Has a deadline:"),
                                     concern.deadline or ctx.today(), concern.deadline is not None)
        self.add_row(self.tr("Deadline"), self.deadline, "deadline")
        self.confidential = QCheckBox(self.tr("Confidential: never shown in public"))
        self.confidential.setChecked(bool(concern.confidential))
        self.add_row("", self.confidential, "confidential")
        self.reason = self.box(self.tr("Why the correction"), "reason", lines=2)

    def _object_combo(self, objects: dict, current_id) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(none)"), None)
        for oid, obj in objects.items():
            combo.addItem(obj.name, oid)
        combo.setCurrentIndex(max(combo.findData(current_id), 0))
        return combo

    def changes(self) -> dict:
        c = self.concern
        out = {}
        if self.summary.text().strip() != c.summary:
            out["summary"] = self.summary.text()
        if self.details.text().strip() != (c.details or ""):
            out["details"] = self.details.text()
        for key, combo in (("function", self.function), ("rule", self.rule)):
            if combo.currentData() != getattr(c, key):
                out[key] = combo.currentData()
        if self.hamlet.currentData() != c.hamlet_id:
            out["hamlet"] = self._hamlets.get(self.hamlet.currentData())
        if self.handler.currentData() != c.handler_id:
            out["handler"] = self._staff.get(self.handler.currentData())
        if self.deadline.value() != c.deadline:
            out["deadline"] = self.deadline.value()
        if self.confidential.isChecked() != bool(c.confidential):
            out["confidential"] = self.confidential.isChecked()
        return out

    def save(self) -> None:
        workflow.correct_concern(self.concern, self.officer, self.reason.text(),
                                 at=self.ctx.now(), **self.changes())
