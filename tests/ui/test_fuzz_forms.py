"""The intake dialog's fields filled with whatever hypothesis makes up, then
saved: either everything is saved as typed, or the officer sees a Chinese
message and nothing at all was saved (no row of any table written and kept:
``tests/write_log.py``)."""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from models.core.schema import Concern, Villager, Visit
from tests import write_log
from ui.intake_dialog import IntakeDialog

CHINESE = re.compile(r"[\u3400-\u9fff]")

AWKWARD = ["", " ", "\u3000", "\n", "王", "王" * 31, "事" * 199 + " ", "长" * 4001, "0",
           "13800000000", "１３８００００００００", "45010219900307001X", "450102199003070010",
           "Robert'); DROP TABLE concern;--", "<b>粗</b>", "\u202e反", "🙂🙂", "%1 %n"]
text = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
                 st.sampled_from(AWKWARD))

FORM_FUZZ = settings(max_examples=25, deadline=None,
                     phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


def _open(qtbot, ctx) -> IntakeDialog:
    d = IntakeDialog(ctx)
    qtbot.addWidget(d, before_close_func=lambda w: w.done(QDialog.Rejected))
    d.show()
    return d


def _refused_in_chinese(d: IntakeDialog) -> str:
    assert d.error_label.isVisible()
    message = d.error_label.text()
    assert CHINESE.search(message), message
    return message


@FORM_FUZZ
@given(name=text, phone=text, id_number=text)
def test_registering_a_new_villager_from_the_form(qtbot, ctx, name, phone, id_number):
    d = _open(qtbot, ctx)
    before, people = write_log.mark(), Villager.select().count()
    d.new_name_edit.setText(name)
    d.new_phone_edit.setText(phone)
    d.new_id_edit.setText(id_number)
    typed = d._new_villager_typed()
    shown = d.new_name_edit.text()  # the field may hold less than was put in (its length limit)
    qtbot.mouseClick(d.register_button, Qt.LeftButton)
    if d.visitors:  # saved, as typed
        event("saved")
        [villager] = d.visitors
        assert villager.name == shown.strip()
        assert Villager.select().count() == people + 1
    else:
        if typed:
            _refused_in_chinese(d)
        assert write_log.written_since(before) == {}
    d.done(QDialog.Rejected)


@FORM_FUZZ
@given(summary=text, details=text, answer=text,
       function=st.sampled_from([0, 1, 2, 3, 4, 5, 6, 7, 8]), rule=st.sampled_from([0, 1, 2, 3, 4, 5, 6, 7, 8]),
       days=st.one_of(st.integers(0, 60), st.integers(-400, 400)), headcount=st.integers(1, 500), confidential=st.booleans(),
       with_visitor=st.sampled_from([True, True, True, False]), satisfaction=st.integers(0, 5))
def test_saving_a_visit_with_fuzzed_fields(qtbot, ctx, summary, details, answer, function, rule,
                                           days, headcount, confidential, with_visitor, satisfaction):
    d = _open(qtbot, ctx)
    if with_visitor:
        d.new_name_edit.setText("黄秀梅")
        qtbot.mouseClick(d.register_button, Qt.LeftButton)
        assert d.visitors
    before = write_log.mark()
    counts = (Visit.select().count(), Concern.select().count())
    form = d.current_form()
    # 0: left as it came up; otherwise one of the entries
    form.function_combo.setCurrentIndex(function and 1 + function % (form.function_combo.count() - 1))
    form.rule_combo.setCurrentIndex(rule and 1 + rule % (form.rule_combo.count() - 1))
    form.summary_edit.setText(summary)
    form.details_edit.setPlainText(details)
    form.answer_edit.setPlainText(answer)
    form.satisfaction_combo.setCurrentIndex(satisfaction % form.satisfaction_combo.count())
    form.deadline_edit.setDate(QDate(d.visit_date() + dt.timedelta(days=days)))
    if form.confidential_check.isEnabled():
        form.confidential_check.setChecked(confidential)
    d.headcount_spin.setValue(headcount)
    spec = form.spec()
    qtbot.mouseClick(d.save_button, Qt.LeftButton)
    if d.registered_ids:  # saved completely
        event("saved")
        [concern] = Concern.select().where(Concern.id << d.registered_ids)
        assert concern.summary == spec.summary.strip()
        assert concern.details == spec.details.strip()
        assert concern.function == spec.function and concern.rule == spec.rule
        assert concern.event_count >= 2
        assert d.confirmation.isVisible() and concern.case_number in d.confirmation.text()
        assert (Visit.select().count(), Concern.select().count()) == (counts[0] + 1, counts[1] + 1)
        d.confirmation.done(0)
    else:
        event("refused: " + _refused_in_chinese(d)[:12])
        assert write_log.written_since(before) == {}, "refused, but something was saved"
    d.done(QDialog.Rejected)
