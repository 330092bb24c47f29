"""The intake dialog (接待来访), driven as a duty officer would: typing,
Tab/Enter, picking from lists; checking what the officer sees and what the
database holds afterwards."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from models.concerns import villagers, workflow
from models.core.schema import Concern, ConcernEvent, Villager, Visit, VisitVisitor
from models.core.validation import id_check_digit
from models.figures import totals
from tests.conftest import NOW, TODAY
from ui.intake_dialog import IntakeDialog

ID17 = "45142219600101123"
GOOD_ID = ID17 + id_check_digit(ID17)
BAD_ID = ID17 + ("0" if GOOD_ID[-1] != "0" else "1")


# ------------------------------------------------------------ helpers

@pytest.fixture
def dialog(qtbot, ctx):
    d = IntakeDialog(ctx)
    # at teardown, close without the "leave without saving?" question
    qtbot.addWidget(d, before_close_func=lambda w: w.done(QDialog.Rejected))
    d.show()
    d.activateWindow()
    qtbot.waitExposed(d)
    return d


def counts() -> tuple[int, int, int, int]:
    return (Visit.select().count(), Concern.select().count(), Villager.select().count(),
            ConcernEvent.select().count())


def choose(qtbot, combo, code=None, text=None) -> None:
    """Pick an entry the keyboard way: focus the box, press Down/Up until it shows."""
    combo.setFocus()
    target = combo.findData(code) if text is None else combo.findText(text)
    assert target >= 0, (code, text)
    while combo.currentIndex() != target:
        key = Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up
        qtbot.keyClick(combo, key)


def type_into(qtbot, widget, text: str) -> None:
    """Type as a person does: Latin letters and digits key by key, Chinese
    through the input method (which commits whole words, as pinyin IMEs do)."""
    widget.setFocus()
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def register_new(qtbot, d, name, phone="", id_number="", hamlet=None) -> None:
    type_into(qtbot, d.new_name_edit, name)
    if phone:
        type_into(qtbot, d.new_phone_edit, phone)
    if id_number:
        type_into(qtbot, d.new_id_edit, id_number)
    if hamlet:
        choose(qtbot, d.new_hamlet_combo, text=hamlet)
    qtbot.keyClick(d.new_id_edit, Qt.Key_Return)  # Enter in the new-villager form adds them


def fill_concern(qtbot, form, function, rule, summary, details="") -> None:
    choose(qtbot, form.function_combo, function)
    choose(qtbot, form.rule_combo, rule)
    type_into(qtbot, form.summary_edit, summary)
    if details:
        type_into(qtbot, form.details_edit, details)


def press_enter_to_save(qtbot, d) -> None:
    qtbot.keyClick(d.current_form().summary_edit, Qt.Key_Return)


def close_confirmation(qtbot, d) -> str:
    """The officer reads the case numbers, then presses OK; returns the text shown."""
    box = d.confirmation
    assert box is not None and box.isVisible()
    text = box.text()
    qtbot.mouseClick(box.button(QMessageBox.Ok), Qt.LeftButton)
    assert d.result() == QDialog.Accepted
    return text


def add_villager_directly(station, name, phone="", hamlet=None):
    return villagers.register_villager(station, name, phone, "", hamlet)


# ------------------------------------------------------------ what the officer sees

def test_opens_in_chinese_with_sensible_defaults(dialog, ctx):
    assert dialog.windowTitle() == "接待来访"
    assert dialog.save_button.text().startswith("保存")
    assert dialog.when_edit.dateTime().toPython() == NOW
    assert dialog.channel_combo.currentData() == "walk_in"
    assert dialog.channel_combo.currentText() == "来站反映"
    assert dialog.headcount_spin.value() == 1
    assert dialog.tabs.count() == 1 and dialog.tabs.tabText(0) == "第1件"
    form = dialog.current_form()
    assert form.handler_combo.currentData().id == ctx.officer.id
    assert not form.answer_box.isVisible()
    assert QApplication.focusWidget() is dialog.search_edit
    assert not dialog.error_label.isVisible()


def test_register_new_villager_and_one_concern(qtbot, dialog, ctx):
    register_new(qtbot, dialog, "张三", "13912345678", GOOD_ID, "上屯")
    assert dialog.visitor_list.count() == 1
    assert "张三" in dialog.visitor_list.item(0).text()
    assert dialog.new_name_edit.text() == ""
    form = dialog.current_form()
    assert form.villager_combo.currentText() == "张三"
    assert form.hamlet_combo.currentText() == "上屯"  # from the villager
    assert QApplication.focusWidget() is form.function_combo  # ready for the concern

    fill_concern(qtbot, form, "proxy_service", "proxy_end_to_end", "申请低保",
                 "家里老人生病，想申请低保。")
    assert form.deadline_edit.date().toPython() == TODAY + dt.timedelta(days=15)
    press_enter_to_save(qtbot, dialog)

    text = close_confirmation(qtbot, dialog)
    assert "已登记" in text and "2026-0001" in text and "申请低保" in text
    assert len(dialog.registered_ids) == 1
    concern = Concern.get_by_id(dialog.registered_ids[0])
    assert concern.case_number == "2026-0001"
    assert concern.villager.name == "张三"
    assert concern.villager.phone == "13912345678"
    assert concern.villager.id_number == GOOD_ID
    assert concern.hamlet.name == "上屯"
    assert (concern.function, concern.rule) == ("proxy_service", "proxy_end_to_end")
    assert concern.details == "家里老人生病，想申请低保。"
    assert concern.deadline == TODAY + dt.timedelta(days=15)
    assert concern.handler.id == ctx.officer.id
    assert concern.outcome == "pending"
    visit = concern.visit
    assert (visit.channel, visit.headcount, visit.local_date) == ("walk_in", 1, TODAY)
    assert visit.recorded_by.id == ctx.officer.id


def test_find_returning_villager_by_pinyin_initials(qtbot, dialog, ctx):
    add_villager_directly(ctx.station, "张三", "13912345678")
    add_villager_directly(ctx.station, "李四", "13700000000")
    before = counts()
    type_into(qtbot, dialog.search_edit, "zs")
    assert dialog.results_list.count() == 1
    assert dialog.results_list.item(0).text().startswith("张三")
    assert "找到1人" in dialog.search_hint.text()
    qtbot.keyClick(dialog.search_edit, Qt.Key_Return)  # adds, does not save
    assert dialog.confirmation is None
    assert [v.name for v in dialog.visitors] == ["张三"]
    assert dialog.search_edit.text() == ""

    form = dialog.current_form()
    fill_concern(qtbot, form, "suggestion", "time_limited", "村道路灯不亮")
    press_enter_to_save(qtbot, dialog)
    close_confirmation(qtbot, dialog)
    after = counts()
    assert after[2] == before[2]  # nobody new registered
    assert Concern.get_by_id(dialog.registered_ids[0]).villager.name == "张三"


def test_search_by_phone_digits_and_nobody_found(qtbot, dialog, ctx):
    add_villager_directly(ctx.station, "张三", "13912345678")
    type_into(qtbot, dialog.search_edit, "5678")
    assert dialog.results_list.count() == 1
    dialog.search_edit.clear()
    type_into(qtbot, dialog.search_edit, "王五")
    assert dialog.results_list.count() == 0
    assert "没有找到" in dialog.search_hint.text()


def test_name_not_found_starts_the_new_villager_form(qtbot, dialog, ctx):
    type_into(qtbot, dialog.search_edit, "王五")
    assert "没有找到" in dialog.search_hint.text()
    assert dialog.new_name_edit.text() == "王五"  # no need to type the name twice
    type_into(qtbot, dialog.new_phone_edit, "13912345678")
    qtbot.keyClick(dialog.new_phone_edit, Qt.Key_Return)
    assert [v.name for v in dialog.visitors] == ["王五"]
    assert dialog.new_name_edit.text() == ""


def test_keyboard_only_answer_on_the_spot(qtbot, dialog, ctx):
    """The whole reception-to-feedback of a policy question, without the mouse."""
    add_villager_directly(ctx.station, "张三", "13912345678")

    def keys(*ks):
        for k in ks:
            qtbot.keyClick(QApplication.focusWidget(), k)

    qtbot.keyClicks(QApplication.focusWidget(), "zs")  # the search box has the focus
    keys(Qt.Key_Return)  # adds 张三, moves on to the concern
    form = dialog.current_form()
    assert QApplication.focusWidget() is form.function_combo
    keys(Qt.Key_Down, Qt.Key_Down, Qt.Key_Down, Qt.Key_Down)  # 倾听意见建议
    keys(Qt.Key_Tab, Qt.Key_Down)  # 政策咨询当面答复
    assert form.rule_combo.currentText() == "政策咨询当面答复"
    keys(Qt.Key_Tab)
    type_into(qtbot, QApplication.focusWidget(), "问医保缴费标准")
    assert form.summary_edit.text() == "问医保缴费标准"
    keys(Qt.Key_Tab)  # a policy question answered now: from the concern on to the answer
    assert QApplication.focusWidget() is form.answer_edit
    type_into(qtbot, form.answer_edit, "每人380元。")
    keys(Qt.Key_Tab, Qt.Key_Down)
    assert form.satisfaction_combo.currentText() == "满意"
    keys(Qt.Key_Return)  # Enter saves
    assert close_confirmation(qtbot, dialog)
    concern = Concern.get_by_id(dialog.registered_ids[0])
    assert (concern.outcome, concern.satisfaction) == ("resolved", "satisfied")


def test_tab_order_skips_empty_lists(qtbot, dialog):
    """From the search box, Tab goes straight to the new villager's name while
    nothing is found and nobody is chosen yet; then on to the concern."""
    assert not dialog.remove_visitor_button.isEnabled()
    qtbot.keyClick(dialog.search_edit, Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.new_name_edit
    for _ in range(4):  # phone, ID number, hamlet, the register button
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.register_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.current_form().villager_combo


def test_group_visit_counts_every_person(qtbot, dialog, ctx):
    add_villager_directly(ctx.station, "张三")
    add_villager_directly(ctx.station, "李四")
    for query in ("zs", "ls"):
        type_into(qtbot, dialog.search_edit, query)
        qtbot.keyClick(dialog.search_edit, Qt.Key_Return)
    assert dialog.headcount_spin.value() == 2  # follows the named visitors
    choose(qtbot, dialog.channel_combo, "talk_day")
    dialog.headcount_spin.setFocus()
    dialog.headcount_spin.selectAll()
    qtbot.keyClicks(dialog.headcount_spin, "8")
    assert dialog.headcount_spin.value() == 8

    form = dialog.current_form()
    choose(qtbot, form.villager_combo, text="李四")
    fill_concern(qtbot, form, "dispute", "mediate_on_site", "两屯争水源")
    press_enter_to_save(qtbot, dialog)
    close_confirmation(qtbot, dialog)

    visit = Visit.get()
    assert (visit.headcount, visit.channel) == (8, "talk_day")
    assert VisitVisitor.select().where(VisitVisitor.visit == visit).count() == 2
    assert Concern.get().villager.name == "李四"
    t = totals.totals(ctx.station, TODAY, TODAY)
    assert (t.visitors, t.visits, t.concerns) == (8, 1, 1)


def test_headcount_fewer_than_named_visitors_is_refused(qtbot, dialog, ctx):
    add_villager_directly(ctx.station, "张三")
    add_villager_directly(ctx.station, "李四")
    for query in ("zs", "ls"):
        type_into(qtbot, dialog.search_edit, query)
        qtbot.keyClick(dialog.search_edit, Qt.Key_Return)
    dialog.headcount_spin.setFocus()
    dialog.headcount_spin.selectAll()
    qtbot.keyClicks(dialog.headcount_spin, "1")
    fill_concern(qtbot, dialog.current_form(), "dispute", "mediate_on_site", "两屯争水源")
    before = counts()
    press_enter_to_save(qtbot, dialog)
    assert "来访人数不能少于" in dialog.error_label.text()
    assert QApplication.focusWidget() is dialog.headcount_spin
    assert counts() == before


def test_two_concerns_in_one_visit(qtbot, dialog, ctx):
    register_new(qtbot, dialog, "王大妈", "13812345678", hamlet="下屯")
    fill_concern(qtbot, dialog.current_form(), "proxy_service", "proxy_end_to_end", "代办养老保险")
    qtbot.mouseClick(dialog.add_concern_button, Qt.LeftButton)
    assert dialog.tabs.count() == 2 and dialog.tabs.tabText(1) == "第2件"
    second = dialog.current_form()
    assert second is dialog.concern_forms[1]
    assert second.villager_combo.currentText() == "王大妈"
    assert second.hamlet_combo.currentText() == "下屯"
    fill_concern(qtbot, second, "suggestion", "time_limited", "屯里水沟积水",
                 "下雨后水沟积水，希望清理。")
    press_enter_to_save(qtbot, dialog)
    text = close_confirmation(qtbot, dialog)
    assert "2026-0001" in text and "2026-0002" in text

    assert len(dialog.registered_ids) == 2
    first, second = (Concern.get_by_id(i) for i in dialog.registered_ids)
    assert first.visit_id == second.visit_id
    assert Visit.select().count() == 1
    assert (first.summary, second.summary) == ("代办养老保险", "屯里水沟积水")
    assert second.deadline == TODAY + dt.timedelta(days=10)


def test_drop_a_concern_before_saving(qtbot, dialog, ctx):
    register_new(qtbot, dialog, "王大妈")
    fill_concern(qtbot, dialog.current_form(), "emotion", "confidential", "家里的事想找人说说")
    qtbot.mouseClick(dialog.add_concern_button, Qt.LeftButton)
    type_into(qtbot, dialog.current_form().summary_edit, "写错了")
    qtbot.mouseClick(dialog.remove_concern_button, Qt.LeftButton)
    assert dialog.tabs.count() == 1
    assert not dialog.remove_concern_button.isEnabled()
    press_enter_to_save(qtbot, dialog)
    close_confirmation(qtbot, dialog)
    assert [c.summary for c in Concern.select()] == ["家里的事想找人说说"]


def test_answer_on_the_spot_closes_in_one_sitting(qtbot, dialog, ctx):
    register_new(qtbot, dialog, "张三")
    form = dialog.current_form()
    fill_concern(qtbot, form, "suggestion", "answer_on_spot", "问医保缴费标准")
    assert form.answer_box.isVisible()
    assert form.deadline_edit.date().toPython() == TODAY
    type_into(qtbot, form.answer_edit, "今年个人缴费每人380元，12月底前到村里交。")
    choose(qtbot, form.satisfaction_combo, "satisfied")
    press_enter_to_save(qtbot, dialog)
    text = close_confirmation(qtbot, dialog)
    assert "当场答复" in text

    concern = Concern.get_by_id(dialog.registered_ids[0])
    assert concern.outcome == "resolved"
    assert concern.closed_on == TODAY
    assert concern.satisfaction == "satisfied"
    assert concern.current_step == "feedback"
    evs = workflow.events(concern)
    assert [e.kind for e in evs] == ["received", "registered", "step", "closed"]
    feedback = evs[2]
    assert feedback.step == "feedback"
    assert feedback.note == "今年个人缴费每人380元，12月底前到村里交。"


def test_answer_hidden_for_other_rules_is_not_saved(qtbot, dialog, ctx):
    register_new(qtbot, dialog, "张三")
    form = dialog.current_form()
    fill_concern(qtbot, form, "suggestion", "answer_on_spot", "问医保缴费标准")
    type_into(qtbot, form.answer_edit, "先答了一句")
    choose(qtbot, form.rule_combo, "time_limited")  # changed their mind: not settled now
    assert not form.answer_box.isVisible()
    press_enter_to_save(qtbot, dialog)
    close_confirmation(qtbot, dialog)
    assert Concern.get().outcome == "pending"


def test_confidential_rule_forces_the_flag(qtbot, dialog):
    form = dialog.current_form()
    choose(qtbot, form.rule_combo, "confidential")
    assert form.confidential_check.isChecked() and not form.confidential_check.isEnabled()
    choose(qtbot, form.rule_combo, "mediate_on_site")
    assert not form.confidential_check.isChecked() and form.confidential_check.isEnabled()


# ------------------------------------------------------------ bad input

def _ready_visit(qtbot, dialog, summary="申请低保"):
    register_new(qtbot, dialog, "张三")
    fill_concern(qtbot, dialog.current_form(), "proxy_service", "proxy_end_to_end", summary)


def _assert_refused(qtbot, dialog, before, message, focus):
    assert dialog.error_label.isVisible()
    assert message in dialog.error_label.text()
    assert QApplication.focusWidget() is focus
    assert dialog.isVisible() and dialog.confirmation is None
    assert dialog.registered_ids == []
    assert counts() == before


def test_empty_summary_is_refused(qtbot, dialog):
    _ready_visit(qtbot, dialog, summary="   ")
    before = counts()
    press_enter_to_save(qtbot, dialog)
    _assert_refused(qtbot, dialog, before, "请填写反映事项（简要）。",
                    dialog.current_form().summary_edit)
    # fixing it and saving again works
    type_into(qtbot, dialog.current_form().summary_edit, "申请低保")
    press_enter_to_save(qtbot, dialog)
    assert not dialog.error_label.isVisible()
    close_confirmation(qtbot, dialog)
    assert Concern.select().count() == 1


def test_bad_id_check_digit_is_refused(qtbot, dialog):
    before = counts()
    register_new(qtbot, dialog, "张三", id_number=BAD_ID)
    _assert_refused(qtbot, dialog, before, "身份证号码最后一位校验码不对", dialog.new_id_edit)
    assert dialog.visitors == []
    assert dialog.new_name_edit.text() == "张三"  # nothing the officer typed is lost


def test_impossible_phone_is_refused(qtbot, dialog):
    before = counts()
    register_new(qtbot, dialog, "张三", phone="1391234")
    _assert_refused(qtbot, dialog, before, "电话号码不对", dialog.new_phone_edit)


def test_deadline_in_the_past_is_refused(qtbot, dialog):
    _ready_visit(qtbot, dialog)
    form = dialog.current_form()
    form.deadline_edit.setFocus()
    form.deadline_edit.selectAll()
    qtbot.keyClicks(form.deadline_edit, (TODAY - dt.timedelta(days=3)).isoformat())
    assert form.deadline_edit.date().toPython() == TODAY - dt.timedelta(days=3)
    before = counts()
    press_enter_to_save(qtbot, dialog)
    _assert_refused(qtbot, dialog, before, "办结期限不能早于今天。", form.deadline_edit)


def test_bad_second_concern_shows_its_tab_and_saves_nothing(qtbot, dialog):
    _ready_visit(qtbot, dialog)
    qtbot.mouseClick(dialog.add_concern_button, Qt.LeftButton)
    second = dialog.current_form()
    choose(qtbot, second.function_combo, "dispute")
    type_into(qtbot, second.summary_edit, "邻里纠纷")  # no handling rule chosen
    dialog.tabs.setCurrentIndex(0)
    before = counts()
    qtbot.keyClick(dialog.concern_forms[0].summary_edit, Qt.Key_Return)
    _assert_refused(qtbot, dialog, before, "请选择处理方式", second.rule_combo)
    assert dialog.error_label.text().startswith("第2件：")
    assert dialog.current_form() is second


def test_no_visitor_is_refused(qtbot, dialog):
    fill_concern(qtbot, dialog.current_form(), "suggestion", "time_limited", "村道路灯不亮")
    before = counts()
    press_enter_to_save(qtbot, dialog)
    _assert_refused(qtbot, dialog, before, "来访的村民", dialog.search_edit)


def test_new_villager_typed_but_not_added_is_pointed_out(qtbot, dialog):
    fill_concern(qtbot, dialog.current_form(), "suggestion", "time_limited", "村道路灯不亮")
    type_into(qtbot, dialog.new_name_edit, "张三")
    before = counts()
    press_enter_to_save(qtbot, dialog)
    _assert_refused(qtbot, dialog, before, "登记并加入", dialog.register_button)


# ------------------------------------------------------------ leaving

def test_escape_on_an_empty_dialog_closes_and_saves_nothing(qtbot, dialog):
    before = counts()
    qtbot.keyClick(dialog.search_edit, Qt.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.Rejected
    assert counts() == before


def test_escape_after_typing_asks_first(qtbot, dialog, monkeypatch):
    asked = []

    def no(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.No

    monkeypatch.setattr(QMessageBox, "question", no)
    type_into(qtbot, dialog.current_form().summary_edit, "申请低保")
    qtbot.keyClick(dialog.current_form().summary_edit, Qt.Key_Escape)
    assert asked == ["还没保存，要离开吗？"]
    assert dialog.isVisible()
