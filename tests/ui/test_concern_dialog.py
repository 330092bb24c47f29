"""The concern page, driven as a duty officer would: click the big buttons,
type into the small dialogs, press Enter (Ctrl+Enter in a larger text box),
and read what the page shows.
Against a real SQLite file, in Chinese."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QPushButton

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.schema import Concern, ConcernEvent
from models.station import stations
from tests.conftest import NOW, TODAY
from ui.concern_actions import (
    CloseDialog,
    CorrectionDialog,
    DocumentsReturnedDialog,
    EscalationAnswerDialog,
    MediationDialog,
    StepDialog,
    TextBox,
)
from ui.concern_dialog import ConcernDialog
from ui.context import DeskContext


@pytest.fixture(autouse=True)
def chinese_desk(qapp):
    """The desk as the officer sees it: Chinese, the bundled font, the big style
    (also done by tests/ui/conftest.py; repeated so this file stands alone)."""
    from ui import style
    from ui.app import install_translation

    install_translation(qapp, "zh_CN")
    style.apply(qapp)
    yield qapp


class Clock:
    """A desk clock that moves on a quarter of an hour each time it is read,
    so the timeline shows distinct times."""

    def __init__(self, start: dt.datetime = NOW):
        self.t = start

    def __call__(self) -> dt.datetime:
        self.t += dt.timedelta(minutes=15)
        return self.t


@pytest.fixture
def desk(station):
    staff = stations.active_staff(station)
    return DeskContext(station, staff[0], today=lambda: TODAY, now=Clock())


def new_concern(station, rule: str, function: str = "suggestion", summary: str = "屯内道路积水",
                deadline: dt.date | None = None, confidential: bool = False) -> Concern:
    villager = register_villager(station, "张三", "13912345678", hamlet=stations.hamlets(station)[0])
    if rule == "time_limited" and deadline is None:
        deadline = TODAY + dt.timedelta(days=10)
    spec = ConcernInput(villager=villager, function=function, rule=rule, summary=summary,
                        details="雨后屯口积水，小孩上学不便。", hamlet=villager.hamlet,
                        deadline=deadline, confidential=confidential)
    _, concerns = receive_visit(station, "walk_in", [villager], [spec],
                                stations.active_staff(station)[0], at=NOW)
    return concerns[0]


def open_page(qtbot, desk, concern) -> ConcernDialog:
    page = ConcernDialog(desk, concern.id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def click(qtbot, page: ConcernDialog, key: str):
    """Click one of the big buttons; returns the small dialog it opened."""
    button = page.action_buttons[key]
    assert button.isVisible(), f"button {key} is not shown"
    qtbot.mouseClick(button, Qt.LeftButton)
    sub = page.action_dialog
    assert sub is not None and sub.isVisible()
    return sub


def type_into(qtbot, widget, text: str) -> None:
    """Type as the officer does: Chinese arrives from the input method as
    committed text (QTest can only send ASCII key presses)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press_enter(qtbot, widget) -> None:
    """Enter: saves from a one-line field (a larger text box takes it as a new line)."""
    assert not isinstance(widget, TextBox), "use ctrl_enter in a larger text box"
    qtbot.keyClick(widget, Qt.Key_Return)


def ctrl_enter(qtbot, widget) -> None:
    """Ctrl+Enter: saves from any field, a larger text box included."""
    qtbot.keyClick(widget, Qt.Key_Return, Qt.ControlModifier)


def save(qtbot, sub) -> None:
    qtbot.mouseClick(sub.save_button, Qt.LeftButton)


def rows(page: ConcernDialog) -> list[tuple[str, str, str, str, str]]:
    t = page.timeline
    return [tuple(t.item(r, c).text() for c in range(5)) for r in range(t.rowCount())]


def kinds(page) -> list[str]:
    return [r[3] for r in rows(page)]


def shown_actions(page) -> set[str]:
    return {k for k, b in page.action_buttons.items() if b.isVisible()}


def fresh(concern) -> Concern:
    return Concern.get_by_id(concern.id)


def record_step_via_gui(qtbot, page, step: str, note: str, enter: bool = False):
    sub = click(qtbot, page, f"step:{step}")
    assert isinstance(sub, StepDialog)
    type_into(qtbot, sub.note, note)
    if enter:
        ctrl_enter(qtbot, sub.note)
    else:
        save(qtbot, sub)
    assert not sub.isVisible(), sub.error_label.text()


# ------------------------------------------------------------------ the page

def test_header_shows_case_facts_and_status(qtbot, desk, station):
    concern = new_concern(station, "time_limited")
    page = open_page(qtbot, desk, concern)
    assert concern.case_number in page.case_label.text()
    assert page.summary_label.text() == "屯内道路积水"
    assert "张三" in page.fact_values["villager"].text()
    assert page.fact_values["hamlet"].text() == "上屯"
    assert page.fact_values["rule"].text() == "限时解决集中公示"
    assert page.fact_values["deadline"].text() == "2026-11-30"
    assert page.status_label.text() == "办理中，已到：受理登记"
    assert not page.confidential_label.isVisible()
    assert kinds(page) == ["接待", "受理登记"]
    assert page.strip.cells["registration"].property("done") is True
    assert page.strip.cells["analysis"].property("done") is False
    # Time-limited: the five step buttons, asking for more time (its deadline has not
    # passed), closing, a note, a correction; nothing rule-specific.
    assert shown_actions(page) == {"step:analysis", "step:on_site", "step:supervision",
                                   "step:publication", "step:feedback", "extension_request",
                                   "close", "note", "correct"}
    # The cursor waits on the next step to do.
    assert page.focusWidget() is page.action_buttons["step:analysis"]


def test_overdue_deadline_is_red(qtbot, station):
    concern = new_concern(station, "time_limited")
    late = DeskContext(station, None, today=lambda: TODAY + dt.timedelta(days=13), now=Clock())
    page = open_page(qtbot, late, concern)
    assert "超期3天" in page.fact_values["deadline"].text()
    assert "b00020" in page.fact_values["deadline"].styleSheet()
    assert "超期" in page.status_label.text()
    assert page.fact_values["handler"].text() == "—"


def test_time_limited_through_publication_and_feedback_to_resolved(qtbot, desk, station):
    concern = new_concern(station, "time_limited")
    page = open_page(qtbot, desk, concern)
    record_step_via_gui(qtbot, page, "analysis", "属于村里能办的事，定在周五前疏通。")
    record_step_via_gui(qtbot, page, "on_site", "组织人员清理排水沟。", enter=True)
    record_step_via_gui(qtbot, page, "publication", "结果已在村务公开栏公示。", enter=True)
    assert page.status_label.text() == "办理中，已到：结果公示"

    sub = click(qtbot, page, "step:feedback")
    type_into(qtbot, sub.note, "已当面告诉张三结果。")
    sub.satisfaction.setCurrentIndex(sub.satisfaction.findData("satisfied"))
    ctrl_enter(qtbot, sub.note)
    assert not sub.isVisible()
    assert page.fact_values["satisfaction"].text() == "满意"

    sub = click(qtbot, page, "close")
    assert isinstance(sub, CloseDialog)
    assert sub.outcome.currentData() == "resolved"
    assert sub.check_label.text() == "这条处理方式要求的都办完了。"
    save(qtbot, sub)
    assert not sub.isVisible()

    assert page.status_label.text().startswith("已办结：已解决")
    assert kinds(page) == ["接待", "受理登记", "办理步骤", "办理步骤", "办理步骤",
                           "办理步骤", "办结"]
    assert rows(page)[4][2] == "结果公示"
    assert rows(page)[4][4] == "结果已在村务公开栏公示。"
    assert "满意" in rows(page)[5][4]
    assert rows(page)[6][4] == "办结结果：已解决\n回访日期：2026-11-23"  # the next working day after Friday
    assert all(page.strip.cells[s].property("done") for s in
               ("reception", "registration", "analysis", "on_site", "publication", "feedback"))
    assert page.strip.cells["supervision"].property("done") is False
    # Once closed: only reopen, a note, a correction.
    assert shown_actions(page) == {"follow_up", "reopen", "note", "correct"}  # 回访 owed
    assert page.changed
    saved = fresh(concern)
    assert saved.outcome == "resolved" and saved.satisfaction == "satisfied"
    assert saved.closed_on == TODAY
    who = {e.staff.name for e in workflow.events(saved) if e.seq > 2}
    assert who == {"王站长"}


def test_closing_as_resolved_too_early_shows_what_is_missing_and_saves_nothing(
        qtbot, desk, station):
    concern = new_concern(station, "time_limited")
    page = open_page(qtbot, desk, concern)
    record_step_via_gui(qtbot, page, "analysis", "研究处理办法。")
    before = ConcernEvent.select().where(ConcernEvent.concern == concern.id).count()

    sub = click(qtbot, page, "close")
    assert sub.outcome.currentData() == "resolved"
    assert sub.check_label.isVisible()
    text = sub.check_label.text()
    assert "还不能按“已解决”办结" in text
    assert "还没有结果公示" in text and "还没有把结果反馈给村民" in text
    save(qtbot, sub)
    assert sub.isVisible(), "the dialog stays open"
    assert sub.error_label.isVisible()
    assert sub.error_label.text().startswith("还不能办结：")
    assert ConcernEvent.select().where(ConcernEvent.concern == concern.id).count() == before
    assert fresh(concern).outcome == "pending"
    # Esc leaves without saving; the page is unchanged.
    qtbot.keyClick(sub, Qt.Key_Escape)
    assert not sub.isVisible()
    assert page.status_label.text() == "办理中，已到：分析处置"
    assert "办结" not in kinds(page)


def test_empty_note_is_refused_in_plain_words(qtbot, desk, station):
    concern = new_concern(station, "time_limited")
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "step:analysis")
    ctrl_enter(qtbot, sub.note)
    assert sub.isVisible()
    assert sub.error_label.text() == "请填写办理情况。"
    assert sub.focusWidget() is sub.note
    assert len(workflow.events(fresh(concern))) == 2
    qtbot.keyClick(sub.note, Qt.Key_Escape)
    assert not page.changed


def test_enter_in_a_text_box_starts_a_new_line_and_ctrl_enter_saves(qtbot, desk, station):
    concern = new_concern(station, "time_limited")
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "note")
    assert sub.save_button.text() == "保存（Ctrl+回车）"
    assert "Ctrl+回车 保存" in sub.hint_label.text() and "按回车是换行" in sub.hint_label.text()
    type_into(qtbot, sub.note, "第一行")
    qtbot.keyClick(sub.note, Qt.Key_Return)           # a new line, not saved
    assert sub.isVisible()
    assert "备注" not in kinds(page)
    type_into(qtbot, sub.note, "第二行")
    qtbot.keyClick(sub.note, Qt.Key_Return, Qt.ShiftModifier)  # Shift+Enter: a new line too
    type_into(qtbot, sub.note, "第三行")
    assert sub.isVisible()
    ctrl_enter(qtbot, sub.note)
    assert not sub.isVisible()
    assert rows(page)[-1][3] == "备注"
    assert rows(page)[-1][4] == "第一行\n第二行\n第三行"


def test_half_written_mediation_is_not_saved_by_enter(qtbot, desk, station):
    concern = new_concern(station, "mediate_on_site", "dispute", "邻里宅基地边界纠纷")
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "mediation")
    type_into(qtbot, sub.party2, "李四")
    type_into(qtbot, sub.facts, "两家因砌墙位置发生争执。")
    type_into(qtbot, sub.agreement, "以老界桩为准，")
    qtbot.keyClick(sub.agreement, Qt.Key_Return)
    type_into(qtbot, sub.agreement, "围墙后退半米。")
    assert sub.isVisible() and "调解记录" not in kinds(page)
    assert sub.agreement.text() == "以老界桩为准，\n围墙后退半米。"
    ctrl_enter(qtbot, sub.agreement)
    assert not sub.isVisible(), sub.error_label.text()
    assert "调解结果：以老界桩为准，\n围墙后退半米。" in rows(page)[-1][4]


def test_a_dialog_without_text_boxes_says_enter_saves(qtbot, desk, station):
    concern = new_concern(station, "proxy_end_to_end", "proxy_service", "代办低保年审")
    workflow.record_documents_taken(concern, desk.officer, ["户口簿原件"], at=NOW)
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "documents_returned")
    assert sub.hint_label.text().startswith("回车保存")
    assert sub.save_button.text() == "保存（回车）"
    ctrl_enter(qtbot, sub.note)  # Ctrl+Enter saves from a one-line field too
    assert not sub.isVisible(), sub.error_label.text()
    assert workflow.documents_outstanding(fresh(concern)) == []


@pytest.fixture
def answers(monkeypatch):
    """The "leave without saving?" question, answered without a real box:
    ``answers.reply`` is the answer; ``answers.asked`` the titles asked."""
    class Answers:
        reply = QMessageBox.No
        asked: list[str] = []

    answers = Answers()
    answers.asked = []

    def question(parent, title, text, *args, **kwargs):
        answers.asked.append(title)
        return answers.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


def test_escape_after_typing_asks_first(qtbot, desk, station, answers):
    concern = new_concern(station, "mediate_on_site", "dispute", "灌溉用水纠纷")
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "mediation")
    assert isinstance(sub, MediationDialog)
    type_into(qtbot, sub.facts, "抢水。")
    qtbot.keyClick(sub.facts, Qt.Key_Escape)
    assert answers.asked == ["还没保存，要离开吗？"]
    assert sub.isVisible() and sub.facts.text() == "抢水。"   # "No": stays, text kept

    answers.reply = QMessageBox.Yes
    qtbot.mouseClick(sub.cancel_button, Qt.LeftButton)
    assert len(answers.asked) == 2
    assert not sub.isVisible()
    assert "调解记录" not in kinds(page)
    assert len(workflow.events(fresh(concern))) == 2


def test_escape_on_an_untouched_dialog_leaves_without_asking(qtbot, desk, station, answers):
    concern = new_concern(station, "mediate_on_site", "dispute", "灌溉用水纠纷")
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "mediation")   # one party is filled in already: not typed
    qtbot.keyClick(sub.party2, Qt.Key_Escape)
    assert answers.asked == [] and not sub.isVisible()
    sub = click(qtbot, page, "correct")     # the registered text is shown: not typed
    qtbot.keyClick(sub.details, Qt.Key_Escape)
    assert answers.asked == [] and not sub.isVisible()


def test_mediation_record(qtbot, desk, station):
    concern = new_concern(station, "mediate_on_site", "dispute", "邻里宅基地边界纠纷")
    page = open_page(qtbot, desk, concern)
    assert "mediation" in shown_actions(page)
    assert not {"documents_taken", "escalate"} & shown_actions(page)
    sub = click(qtbot, page, "mediation")
    assert sub.party1.text() == "张三"
    type_into(qtbot, sub.party2, "李四")
    type_into(qtbot, sub.others, "李五、王六")
    type_into(qtbot, sub.facts, "两家因砌墙位置发生争执。")
    type_into(qtbot, sub.agreement, "以老界桩为准，围墙后退半米，双方签字。")
    ctrl_enter(qtbot, sub.agreement)
    assert not sub.isVisible(), sub.error_label.text()

    last = rows(page)[-1]
    assert last[2] == "现场办公" and last[3] == "调解记录"
    assert "当事人：张三、李四、李五、王六" in last[4]
    assert "纠纷情况：两家因砌墙位置发生争执。" in last[4]
    assert "调解结果：以老界桩为准，围墙后退半米，双方签字。" in last[4]
    event = workflow.events(fresh(concern))[-1]
    assert event.kind == "mediation"
    assert event.data["parties"] == ["张三", "李四", "李五", "王六"]


def test_mediation_needs_the_other_party(qtbot, desk, station):
    concern = new_concern(station, "mediate_on_site", "dispute", "灌溉用水纠纷")
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "mediation")
    type_into(qtbot, sub.facts, "抢水。")
    type_into(qtbot, sub.agreement, "轮流放水。")
    save(qtbot, sub)
    assert sub.isVisible()
    assert sub.error_label.text() == "调解记录至少要写明双方当事人。"
    assert sub.focusWidget() is sub.party1
    assert "调解记录" not in kinds(page)


def test_proxy_documents_taken_then_returned_then_resolved(qtbot, desk, station):
    concern = new_concern(station, "proxy_end_to_end", "proxy_service", "代办低保年审")
    page = open_page(qtbot, desk, concern)
    assert "documents_taken" in shown_actions(page)
    assert "documents_returned" not in shown_actions(page)

    sub = click(qtbot, page, "documents_taken")
    type_into(qtbot, sub.documents, "户口簿原件")
    qtbot.keyClick(sub.documents, Qt.Key_Return)  # one document a line
    type_into(qtbot, sub.documents, "低保证原件、收入情况说明")
    type_into(qtbot, sub.note, "出具代办回执。")
    press_enter(qtbot, sub.note)
    assert not sub.isVisible(), sub.error_label.text()
    assert rows(page)[-1][3] == "收取材料"
    assert "材料：户口簿原件、低保证原件、收入情况说明" in rows(page)[-1][4]
    assert "documents_returned" in shown_actions(page)

    # Hand back two of the three: untick the third.
    sub = click(qtbot, page, "documents_returned")
    assert isinstance(sub, DocumentsReturnedDialog)
    assert [sub.list.item(i).text() for i in range(sub.list.count())] == [
        "户口簿原件", "低保证原件", "收入情况说明"]
    sub.list.item(2).setCheckState(Qt.Unchecked)
    save(qtbot, sub)
    assert not sub.isVisible()
    assert workflow.documents_outstanding(fresh(concern)) == ["收入情况说明"]

    record_step_via_gui(qtbot, page, "feedback", "年审办好，已告知本人。")
    sub = click(qtbot, page, "close")
    assert "还有材料没有退还：收入情况说明" in sub.check_label.text()
    qtbot.keyClick(sub, Qt.Key_Escape)

    sub = click(qtbot, page, "documents_returned")
    assert sub.list.count() == 1
    press_enter(qtbot, sub.note)
    assert not sub.isVisible()
    assert "documents_returned" not in shown_actions(page)
    assert "材料：收入情况说明" in rows(page)[-1][4]

    sub = click(qtbot, page, "close")
    assert not sub.missing
    save(qtbot, sub)
    assert not sub.isVisible()
    assert fresh(concern).outcome == "resolved"
    assert kinds(page).count("退还材料") == 2


def test_escalation_asked_waiting_then_answered(qtbot, desk, station):
    concern = new_concern(station, "escalate_visit", "dispute", "土地确权面积争议")
    page = open_page(qtbot, desk, concern)
    assert "escalate" in shown_actions(page)
    assert "escalation_answer" not in shown_actions(page)

    sub = click(qtbot, page, "escalate")
    type_into(qtbot, sub.office, "城中镇人民政府")
    type_into(qtbot, sub.note, "确权面积与实际不符，需要乡镇国土所来核实。")
    sub.wanted.check.setChecked(True)
    sub.wanted.set_value(dt.date(2026, 11, 27))
    press_enter(qtbot, sub.office)
    assert not sub.isVisible(), sub.error_label.text()

    assert page.status_label.text() == "办理中：等待上级答复"
    assert rows(page)[-1][3] == "向上级预约下访"
    assert "请求下访部门：城中镇人民政府" in rows(page)[-1][4]
    assert "希望下访日期：2026-11-27" in rows(page)[-1][4]
    assert "escalate" not in shown_actions(page)
    assert "escalation_answer" in shown_actions(page)
    assert workflow.escalation_waiting(fresh(concern))

    sub = click(qtbot, page, "escalation_answer")
    assert isinstance(sub, EscalationAnswerDialog)
    assert sub.office.text() == "城中镇人民政府"
    type_into(qtbot, sub.answer, "国土所下周二来现场核实。")
    type_into(qtbot, sub.official, "韦所长")
    sub.appointment.check.setChecked(True)
    sub.appointment.set_value(dt.date(2026, 11, 24))
    save(qtbot, sub)
    assert not sub.isVisible(), sub.error_label.text()

    assert page.status_label.text() == "办理中，已到：现场办公"
    last = rows(page)[-1]
    assert last[3] == "上级已答复"
    assert "国土所下周二来现场核实。" in last[4]
    assert "上级来人：城中镇人民政府 韦所长" in last[4]
    assert "下访日期：2026-11-24" in last[4]
    assert not workflow.escalation_waiting(fresh(concern))
    event = workflow.events(fresh(concern))[-1]
    assert event.data == {"appointment_date": "2026-11-24", "office": "城中镇人民政府",
                          "official": "韦所长"}


def test_correction_shows_old_and_new_and_keeps_the_registration(qtbot, desk, station):
    concern = new_concern(station, "time_limited", summary="屯内道路积水")
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "correct")
    assert isinstance(sub, CorrectionDialog)
    assert sub.summary.text() == "屯内道路积水"
    # No reason: refused, nothing saved.
    sub.summary.selectAll()
    type_into(qtbot, sub.summary, "屯口排水沟堵塞")
    sub.hamlet.setCurrentIndex(sub.hamlet.findText("下屯"))
    press_enter(qtbot, sub.summary)
    assert sub.isVisible()
    assert sub.error_label.text() == "请填写更正原因。"
    assert "更正" not in kinds(page)

    type_into(qtbot, sub.reason, "登记时写得不准确，村民说是排水沟堵了。")
    ctrl_enter(qtbot, sub.reason)
    assert not sub.isVisible(), sub.error_label.text()

    assert page.summary_label.text() == "屯口排水沟堵塞"
    assert page.fact_values["hamlet"].text() == "下屯"
    last = rows(page)[-1]
    assert last[3] == "更正"
    assert "更正原因：登记时写得不准确，村民说是排水沟堵了。" in last[4]
    assert "反映事项：原为“屯内道路积水”，改为“屯口排水沟堵塞”" in last[4]
    assert "所属屯：原为上屯，改为下屯" in last[4]
    # The registration is still there, as it was written.
    registered = rows(page)[1]
    assert registered[3] == "受理登记"
    assert "反映事项：屯内道路积水" in registered[4]
    assert "所属屯：上屯" in registered[4]
    saved = fresh(concern)
    assert saved.summary == "屯口排水沟堵塞"
    assert [e.kind for e in workflow.events(saved)] == ["received", "registered", "correction"]


def test_correct_nothing_changed_is_refused(qtbot, desk, station):
    concern = new_concern(station, "time_limited")
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "correct")
    type_into(qtbot, sub.reason, "看错了。")
    save(qtbot, sub)
    assert sub.isVisible()
    assert sub.error_label.text() == "没有要更正的内容。"


def test_close_as_duplicate_needs_the_original_case_then_reopen(qtbot, desk, station):
    first = new_concern(station, "time_limited", summary="路灯损坏")
    second = new_concern(station, "time_limited", summary="路灯不亮")
    page = open_page(qtbot, desk, second)
    sub = click(qtbot, page, "close")
    sub.outcome.setCurrentIndex(sub.outcome.findData("duplicate"))
    assert sub.duplicate_of.isVisible() and not sub.check_label.isVisible()
    type_into(qtbot, sub.note, "与前一件重复。")
    save(qtbot, sub)
    assert sub.isVisible()
    assert "原案件编号" in sub.error_label.text()
    assert sub.focusWidget() is sub.duplicate_of
    qtbot.keyClicks(sub.duplicate_of, first.case_number)
    press_enter(qtbot, sub.duplicate_of)
    assert not sub.isVisible(), sub.error_label.text()

    assert page.status_label.text().startswith("已办结：重复反映已合并")
    assert first.case_number in page.status_label.text()
    assert f"与案件{first.case_number}重复" in rows(page)[-1][4]
    assert shown_actions(page) == {"reopen", "note", "correct"}

    sub = click(qtbot, page, "reopen")
    type_into(qtbot, sub.reason, "核实后不是同一件事。")
    ctrl_enter(qtbot, sub.reason)
    assert not sub.isVisible()
    assert page.status_label.text() == "办理中，已到：受理登记"
    assert rows(page)[-1][3] == "重新办理"
    assert "close" in shown_actions(page)
    assert fresh(second).outcome == "pending"


def test_other_outcome_needs_a_reason(qtbot, desk, station):
    concern = new_concern(station, "time_limited")
    page = open_page(qtbot, desk, concern)
    sub = click(qtbot, page, "close")
    sub.outcome.setCurrentIndex(sub.outcome.findData("withdrawn"))
    save(qtbot, sub)
    assert sub.isVisible()
    assert sub.error_label.text() == "请填写原因说明。"
    assert fresh(concern).outcome == "pending"


def test_confidential_is_never_published(qtbot, desk, station):
    concern = new_concern(station, "confidential", "emotion", "家庭矛盾求助")
    page = open_page(qtbot, desk, concern)
    assert page.confidential_label.isVisible()
    assert "step:publication" not in shown_actions(page)
    assert page.strip.cells["publication"].toolTip() == "涉密涉私，不公示"
    sub = click(qtbot, page, "step:feedback")
    assert "单独" in sub.intro.text()
    qtbot.keyClick(sub.note, Qt.Key_Escape)


def test_no_delete_button_and_no_editing_in_place(qtbot, desk, station):
    concern = new_concern(station, "time_limited")
    page = open_page(qtbot, desk, concern)
    dialogs = [page]
    for key in ("step:analysis", "close", "correct", "note"):
        sub = click(qtbot, page, key)
        dialogs.append(sub)
        qtbot.keyClick(sub, Qt.Key_Escape)
    for widget in dialogs:
        for button in widget.findChildren(QPushButton):
            text = button.text()
            assert "删除" not in text and "delete" not in text.lower(), text
    assert page.timeline.editTriggers() == QAbstractItemView.NoEditTriggers
    # The history cannot be changed from the keyboard either.
    page.timeline.setCurrentCell(1, 4)
    qtbot.keyClick(page.timeline, Qt.Key_Delete)
    qtbot.keyClicks(page.timeline, "x")
    assert len(rows(page)) == 2
    assert len(workflow.events(fresh(concern))) == 2


def test_tab_order_runs_through_the_buttons_then_close(qtbot, desk, station):
    concern = new_concern(station, "time_limited")
    page = open_page(qtbot, desk, concern)
    order = ["step:analysis", "step:on_site", "step:supervision", "step:publication",
             "step:feedback", "extension_request", "close", "note", "correct"]
    for here, there in zip(order, order[1:]):
        assert page.action_buttons[here].nextInFocusChain() is page.action_buttons[there]
    assert page.action_buttons["correct"].nextInFocusChain() is page.close_button
    qtbot.keyClick(page, Qt.Key_Escape)
    assert not page.isVisible()


def test_demo_concerns_of_every_rule_open(qtbot, demo_db):
    desk = DeskContext(demo_db, stations.active_staff(demo_db)[0], today=lambda: TODAY,
                       now=Clock())
    for rule in ("answer_on_spot", "mediate_on_site", "time_limited", "proxy_end_to_end",
                 "escalate_visit", "confidential"):
        concern = (Concern.select().where(Concern.rule == rule)
                   .order_by(Concern.event_count.desc()).first())
        page = open_page(qtbot, desk, concern)
        assert page.timeline.rowCount() == concern.event_count
        assert all(r[0].startswith("20") for r in rows(page))
        assert all(r[3] for r in rows(page))
        page.close()
