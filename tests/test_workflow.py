"""The path each of the six handling rules allows through the seven steps,
closing and reopening, corrections as events, the append-only history, the
projection, and case numbers."""
from __future__ import annotations

import datetime as dt
import re

import peewee
import pytest

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.search import search_concerns
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.db import db as proxy
from models.core.errors import ValidationError
from models.core.schema import Concern, ConcernEvent, Staff, Station
from models.station import stations

from .conftest import NOW, TODAY

LATER = NOW + dt.timedelta(hours=1)


@pytest.fixture
def clerk(station):
    return Staff.get((Staff.station == station) & (Staff.role == "clerk"))


@pytest.fixture
def zhang(station):
    return register_villager(station, "张三", "13912345678")


def receive(station, clerk, villager, rule, function="suggestion", at=NOW, **kw):
    kw.setdefault("summary", "反映事项")
    if rule == "time_limited":
        kw.setdefault("deadline", at.date() + dt.timedelta(days=7))
    spec = ConcernInput(villager=villager, function=function, rule=rule, **kw)
    _, (concern,) = receive_visit(station, "walk_in", [villager], [spec], clerk, at=at)
    return concern


def kinds(concern):
    return [e.kind for e in workflow.events(concern)]


def refused(call, *args, match=None, **kw):
    """The call is refused with a plain Chinese message; return the message."""
    with pytest.raises(ValidationError) as info:
        call(*args, **kw)
    msg = info.value.message
    assert re.search(r"[\u4e00-\u9fff]", msg), msg
    if match:
        assert re.search(match, msg), msg
    return msg


# ---------------------------------------------------------------- answer_on_spot

def test_policy_question_is_registered_answered_and_closed_in_one_sitting(station, clerk, zhang):
    c = receive(station, clerk, zhang, "answer_on_spot", function="proxy_service",
                summary="咨询低保申请条件", answer="已当面解释低保政策。", satisfaction="satisfied")
    c = Concern.get_by_id(c.id)
    assert c.outcome == "resolved"
    assert c.closed_on == NOW.date()
    assert c.current_step == "feedback"
    assert c.satisfaction == "satisfied"
    evs = workflow.events(c)
    assert [e.kind for e in evs] == ["received", "registered", "step", "closed"]
    assert [e.step for e in evs] == ["reception", "registration", "feedback", None]
    assert evs[2].note == "已当面解释低保政策。"
    assert {e.at_utc for e in evs} == {NOW - dt.timedelta(hours=8)}


def test_on_the_spot_answer_is_one_transaction_with_the_visit(station, clerk, zhang, table_counts):
    """If anything in the sitting is refused, the answered concern is not saved either."""
    before = table_counts()
    answered = ConcernInput(zhang, "proxy_service", "answer_on_spot", "咨询医保缴费",
                            answer="已答复。")
    bad = ConcernInput(zhang, "suggestion", "time_limited", "路灯不亮")  # no deadline
    refused(receive_visit, station, "walk_in", [zhang], [answered, bad], clerk, at=NOW,
            match="办结期限")
    assert table_counts() == before


def test_only_policy_questions_can_be_answered_and_closed_at_intake(station, clerk, zhang):
    refused(receive, station, clerk, zhang, "mediate_on_site", summary="宅基地纠纷",
            answer="当场调解好了", match="当场答复")
    assert Concern.select().count() == 0


def test_unanswered_policy_question_stays_open_until_feedback(station, clerk, zhang):
    c = receive(station, clerk, zhang, "answer_on_spot", summary="咨询养老保险")
    assert c.outcome == "pending"
    refused(workflow.close_concern, c, "resolved", clerk, match="反馈")
    workflow.record_step(c, "feedback", clerk, "电话答复了村民。", satisfaction="basically", at=LATER)
    workflow.close_concern(c, "resolved", clerk, at=LATER)
    assert Concern.get_by_id(c.id).outcome == "resolved"


# ---------------------------------------------------------------- mediate_on_site

def test_dispute_cannot_be_resolved_without_a_mediation_record(station, clerk, zhang):
    c = receive(station, clerk, zhang, "mediate_on_site", function="dispute", summary="宅基地边界纠纷")
    workflow.record_step(c, "feedback", clerk, "告知村民处理情况。", at=LATER)
    refused(workflow.close_concern, c, "resolved", clerk, match="调解记录")
    # a mediation record needs both parties and what was agreed
    refused(workflow.record_mediation, c, clerk, ["张三"], "砌墙越界", "各让一步", match="双方当事人")
    refused(workflow.record_mediation, c, clerk, ["张三", "李四"], "砌墙越界", " ", match="调解结果")
    assert "mediation" not in kinds(c)
    workflow.record_mediation(c, clerk, ["张三", "李四"], "砌墙越界半米", "墙退回原界，双方签字。", at=LATER)
    workflow.close_concern(c, "resolved", clerk, at=LATER)
    c = Concern.get_by_id(c.id)
    assert c.outcome == "resolved"
    mediation = [e for e in workflow.events(c) if e.kind == "mediation"][0]
    assert mediation.data["parties"] == ["张三", "李四"]
    assert mediation.data["agreement"] == "墙退回原界，双方签字。"


def test_mediation_is_only_for_disputes_mediated_on_site(station, clerk, zhang):
    c = receive(station, clerk, zhang, "time_limited", summary="路灯不亮")
    refused(workflow.record_mediation, c, clerk, ["张三", "李四"], "事实", "结果", match="矛盾纠纷现场调解")


# ---------------------------------------------------------------- time_limited

def test_time_limited_concern_needs_a_deadline(station, clerk, zhang, table_counts):
    before = table_counts()
    refused(receive, station, clerk, zhang, "time_limited", summary="屯内道路积水", deadline=None,
            match="办结期限")
    assert table_counts() == before
    c = receive(station, clerk, zhang, "time_limited", summary="屯内道路积水",
                deadline=dt.date(2026, 11, 30))
    assert c.deadline == dt.date(2026, 11, 30)
    refused(workflow.correct_concern, c, clerk, "登记错了", deadline=None, match="办结期限")
    assert Concern.get_by_id(c.id).deadline == dt.date(2026, 11, 30)


def test_time_limited_concern_cannot_be_resolved_before_publication(station, clerk, zhang):
    c = receive(station, clerk, zhang, "time_limited", summary="屯内道路积水")
    workflow.record_step(c, "on_site", clerk, "疏通了排水沟。", at=LATER)
    workflow.record_step(c, "feedback", clerk, "告知村民已疏通。", at=LATER)
    refused(workflow.close_concern, c, "resolved", clerk, match="公示")
    assert Concern.get_by_id(c.id).outcome == "pending"
    workflow.record_step(c, "publication", clerk, "结果在公开栏公示。", at=LATER)
    workflow.close_concern(c, "resolved", clerk, at=LATER)
    assert Concern.get_by_id(c.id).outcome == "resolved"


def test_confidential_time_limited_concern_can_be_resolved_without_publication(station, clerk, zhang):
    """A time-limited matter the villager asked to keep private is fed back to
    them alone: it must still be possible to resolve it."""
    c = receive(station, clerk, zhang, "time_limited", summary="反映低保评定不公", confidential=True)
    refused(workflow.record_step, c, "publication", clerk, "公示", match="不能公示")
    workflow.record_step(c, "feedback", clerk, "单独约谈本人反馈。", at=LATER)
    workflow.close_concern(c, "resolved", clerk, at=LATER)
    assert Concern.get_by_id(c.id).outcome == "resolved"


def test_default_deadline_follows_the_rule(station, clerk, zhang):
    c = receive(station, clerk, zhang, "escalate_visit", summary="申请修建水柜")
    assert c.deadline == NOW.date() + dt.timedelta(days=30)


# ---------------------------------------------------------------- proxy_end_to_end

def test_proxy_matter_cannot_be_resolved_while_a_document_is_outstanding(station, clerk, zhang):
    c = receive(station, clerk, zhang, "proxy_end_to_end", function="proxy_service", summary="代办低保年审")
    workflow.record_step(c, "feedback", clerk, "告知村民已办好。", at=LATER)
    refused(workflow.close_concern, c, "resolved", clerk, match="收取的材料")
    workflow.record_documents_taken(c, clerk, ["户口簿复印件", "低保证原件"], "出具回执", at=LATER)
    assert workflow.documents_outstanding(c) == ["户口簿复印件", "低保证原件"]
    workflow.record_documents_returned(c, clerk, ["户口簿复印件"], at=LATER)
    msg = refused(workflow.close_concern, c, "resolved", clerk, match="没有退还")
    assert "低保证原件" in msg
    # a document never taken (or already returned) cannot be returned
    refused(workflow.record_documents_returned, c, clerk, ["户口簿复印件"], match="已经退还")
    refused(workflow.record_documents_returned, c, clerk, ["结婚证"], match="结婚证")
    workflow.record_documents_returned(c, clerk, ["低保证原件"], at=LATER)
    assert workflow.documents_outstanding(c) == []
    workflow.close_concern(c, "resolved", clerk, at=LATER)
    assert Concern.get_by_id(c.id).outcome == "resolved"


def test_returning_the_documents_is_not_feedback_to_the_villager(station, clerk, zhang):
    """Handing papers back is part of the on-site work; the villager must still be
    told the result (and asked whether satisfied) before the matter is resolved."""
    c = receive(station, clerk, zhang, "proxy_end_to_end", function="proxy_service", summary="代办残疾证换证")
    workflow.record_documents_taken(c, clerk, ["残疾证原件"], at=LATER)
    workflow.record_documents_returned(c, clerk, ["残疾证原件"], at=LATER)
    assert Concern.get_by_id(c.id).current_step == "on_site"
    assert any("反馈" in m for m in workflow.missing_for_resolution(c))
    refused(workflow.close_concern, c, "resolved", clerk, match="反馈")


def test_documents_held_must_be_returned_even_after_the_rule_is_corrected(station, clerk, zhang):
    """The villager's papers are in the station's hands: correcting the handling
    rule neither lets the concern be resolved nor stops their return being recorded."""
    c = receive(station, clerk, zhang, "proxy_end_to_end", function="proxy_service", summary="代办低保年审")
    workflow.record_documents_taken(c, clerk, ["户口簿原件"], at=LATER)
    workflow.correct_concern(c, clerk, "其实只是咨询", rule="answer_on_spot", at=LATER)
    workflow.record_step(c, "feedback", clerk, "已答复。", at=LATER)
    refused(workflow.close_concern, c, "resolved", clerk, match="户口簿原件")
    workflow.record_documents_returned(c, clerk, ["户口簿原件"], "当面退还", at=LATER)
    workflow.close_concern(c, "resolved", clerk, at=LATER)
    assert Concern.get_by_id(c.id).outcome == "resolved"
    # with nothing held, returning papers still belongs to proxy matters only
    other = receive(station, clerk, zhang, "answer_on_spot", summary="咨询")
    refused(workflow.record_documents_returned, other, clerk, ["户口簿原件"], match="代办事项全程代理")


def test_documents_taken_must_be_named(station, clerk, zhang):
    c = receive(station, clerk, zhang, "proxy_end_to_end", function="proxy_service", summary="代办残疾证")
    refused(workflow.record_documents_taken, c, clerk, ["", "  "], match="材料名称")
    assert "documents_taken" not in kinds(c)


# ---------------------------------------------------------------- escalate_visit

def test_escalated_concern_waits_for_the_higher_levels_answer(station, clerk, zhang):
    c = receive(station, clerk, zhang, "escalate_visit", function="dispute", summary="土地确权争议")
    refused(workflow.record_escalation_answer, c, clerk, "答复", match="还没有向上级")
    workflow.record_step(c, "feedback", clerk, "告知村民正在协调。", at=LATER)
    refused(workflow.close_concern, c, "resolved", clerk, match="预约下访")
    workflow.request_escalation(c, clerk, "城中镇人民政府", "超出村级权限，请求下访。", at=LATER)
    assert workflow.escalation_waiting(c)
    assert workflow.status_text(Concern.get_by_id(c.id), TODAY) == "等待上级答复"
    refused(workflow.close_concern, c, "resolved", clerk, match="等上级答复")
    workflow.record_escalation_answer(c, clerk, "镇国土所下访答复。", appointment_date=dt.date(2026, 11, 25),
                                      official="韦科长", office="城中镇人民政府", at=LATER)
    assert not workflow.escalation_waiting(c)
    workflow.close_concern(c, "resolved", clerk, at=LATER)
    assert Concern.get_by_id(c.id).outcome == "resolved"


# ---------------------------------------------------------------- confidential

def test_confidential_concern_is_forced_confidential_and_never_published(station, clerk, zhang):
    c = receive(station, clerk, zhang, "confidential", function="emotion", summary="家庭矛盾求助",
                confidential=False)
    assert Concern.get_by_id(c.id).confidential is True
    refused(workflow.record_step, c, "publication", clerk, "公示", match="不能公示")
    refused(workflow.correct_concern, c, clerk, "想公开", confidential=False, match="不能取消保密")
    assert "publication" not in {e.step for e in workflow.events(c)}
    workflow.record_step(c, "feedback", clerk, "单独约谈本人反馈，未公开。", at=LATER)
    workflow.close_concern(c, "resolved", clerk, at=LATER)
    c = Concern.get_by_id(c.id)
    assert c.outcome == "resolved" and c.confidential
    # reopened, it still cannot be published
    workflow.reopen_concern(c, clerk, "村民又来反映", at=LATER)
    refused(workflow.record_step, c, "publication", clerk, "公示", match="不能公示")


def test_confidential_flag_on_any_rule_blocks_publication(station, clerk, zhang):
    c = receive(station, clerk, zhang, "mediate_on_site", function="dispute", summary="赡养纠纷",
                confidential=True)
    refused(workflow.record_step, c, "publication", clerk, "公示", match="不能公示")
    workflow.correct_concern(c, clerk, "处理方式登记错了", rule="answer_on_spot")
    assert Concern.get_by_id(c.id).confidential is True
    refused(workflow.record_step, c, "publication", clerk, "公示", match="不能公示")


# ---------------------------------------------------------------- closing and reopening

def test_closing_twice_is_refused(station, clerk, zhang):
    c = receive(station, clerk, zhang, "answer_on_spot", summary="咨询", answer="已答复。")
    n = len(kinds(c))
    refused(workflow.close_concern, c, "resolved", clerk, match="已经办结")
    refused(workflow.close_concern, c, "withdrawn", clerk, "撤回", match="已经办结")
    assert len(kinds(c)) == n
    assert Concern.get_by_id(c.id).outcome == "resolved"


def test_reopen_then_close_again(station, clerk, zhang):
    c = receive(station, clerk, zhang, "answer_on_spot", summary="咨询", answer="已答复。")
    refused(workflow.reopen_concern, c, clerk, " ", match="原因")
    workflow.reopen_concern(c, clerk, "村民说还有疑问", at=LATER)
    c = Concern.get_by_id(c.id)
    assert c.outcome == "pending" and c.closed_on is None
    refused(workflow.reopen_concern, c, clerk, "再开", match="还在办理中")
    workflow.close_concern(c, "withdrawn", clerk, "村民表示不再需要。", at=LATER + dt.timedelta(days=1))
    c = Concern.get_by_id(c.id)
    assert c.outcome == "withdrawn"
    assert c.closed_on == (LATER + dt.timedelta(days=1)).date()
    assert kinds(c) == ["received", "registered", "step", "closed", "reopened", "closed"]


def test_other_outcome_needs_a_reason_and_duplicate_needs_the_original(station, clerk, zhang):
    first = receive(station, clerk, zhang, "time_limited", summary="路灯不亮")
    second = receive(station, clerk, zhang, "time_limited", summary="路灯又不亮")
    refused(workflow.close_concern, second, "withdrawn", clerk, "", match="原因")
    refused(workflow.close_concern, second, "duplicate", clerk, "重复", duplicate_of="2026-9999",
            match="原案件编号")
    refused(workflow.close_concern, second, "duplicate", clerk, "重复", duplicate_of=second.case_number,
            match="原案件编号")
    refused(workflow.close_concern, second, "nonsense", clerk, "x", match="办结结果")
    workflow.close_concern(second, "duplicate", clerk, "同一件事", duplicate_of=first.case_number, at=LATER)
    second = Concern.get_by_id(second.id)
    assert second.outcome == "duplicate"
    assert workflow.events(second)[-1].data["duplicate_of"] == first.case_number


# ---------------------------------------------------------------- corrections and the history

def test_correction_adds_an_event_and_keeps_the_original_registration(station, clerk, zhang):
    c = receive(station, clerk, zhang, "time_limited", summary="路灯坏了", details="三盏不亮")
    registered = workflow.events(c)[1]
    assert registered.kind == "registered"
    hamlet = Station.get(Station.name == "下屯")
    workflow.correct_concern(c, clerk, "村民补充说明", summary="屯口路灯损坏", hamlet=hamlet,
                             deadline=dt.date(2026, 12, 1), at=LATER)
    c = Concern.get_by_id(c.id)
    assert c.summary == "屯口路灯损坏"
    assert c.hamlet_id == hamlet.id
    assert c.deadline == dt.date(2026, 12, 1)
    evs = workflow.events(c)
    assert [e.kind for e in evs] == ["received", "registered", "correction"]
    again = ConcernEvent.get_by_id(registered.id)
    assert again.data == registered.data
    assert again.data["summary"] == "路灯坏了"
    assert evs[2].data["previous"]["summary"] == "路灯坏了"
    assert evs[2].data["fields"]["summary"] == "屯口路灯损坏"
    assert evs[2].note == "村民补充说明"


def test_correction_is_refused_without_reason_or_change(station, clerk, zhang):
    c = receive(station, clerk, zhang, "time_limited", summary="路灯坏了")
    refused(workflow.correct_concern, c, clerk, "", summary="新内容", match="更正原因")
    refused(workflow.correct_concern, c, clerk, "没改", summary="路灯坏了", match="一样")
    refused(workflow.correct_concern, c, clerk, "改空", summary="  ", match="反映事项")
    assert kinds(c) == ["received", "registered"]


def test_events_cannot_be_updated_or_deleted(station, clerk, zhang):
    c = receive(station, clerk, zhang, "answer_on_spot", summary="咨询", answer="已答复。")
    ev = workflow.events(c)[1]
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        ConcernEvent.update(note="改掉").where(ConcernEvent.id == ev.id).execute()
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        ev.delete_instance()
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        proxy.execute_sql("DELETE FROM concern_event")
    assert len(workflow.events(c)) == 4
    assert ConcernEvent.get_by_id(ev.id).note == ev.note


def test_concerns_cannot_be_deleted(station, clerk, zhang):
    c = receive(station, clerk, zhang, "time_limited", summary="路灯坏了")
    with pytest.raises(peewee.IntegrityError, match="never deleted"):
        Concern.get_by_id(c.id).delete_instance()
    with pytest.raises(peewee.IntegrityError, match="never deleted"):
        Concern.delete().execute()
    assert Concern.select().count() == 1


def _stored_vs_projected(concern_id):
    stored = dict(Concern.get_by_id(concern_id).__data__)
    with proxy.atomic() as txn:
        projected = dict(workflow.project(Concern.get_by_id(concern_id)).__data__)
        txn.rollback()
    return stored, projected


def test_projection_from_events_equals_stored_state(station, clerk, zhang):
    a = receive(station, clerk, zhang, "answer_on_spot", summary="咨询", answer="已答复。",
                satisfaction="satisfied")
    b = receive(station, clerk, zhang, "proxy_end_to_end", function="proxy_service", summary="代办")
    workflow.record_documents_taken(b, clerk, ["身份证复印件"], at=LATER)
    workflow.correct_concern(b, clerk, "更正", details="补充详情", at=LATER)
    workflow.reopen_concern(a, clerk, "还有疑问", at=LATER)
    for c in (a, b):
        stored, projected = _stored_vs_projected(c.id)
        assert stored == projected


def test_projection_equals_stored_state_on_demo_data(demo_station):
    ids = [c.id for c in Concern.select(Concern.id)]
    assert len(ids) > 100
    for cid in ids:
        stored, projected = _stored_vs_projected(cid)
        assert stored == projected, stored["case_number"]


# ---------------------------------------------------------------- case numbers

def test_case_numbers_are_sequential_readable_and_restart_each_year(station, clerk, zhang):
    dec = dt.datetime(2025, 12, 31, 16, 0)
    a = receive(station, clerk, zhang, "time_limited", summary="一", at=dec)
    b = receive(station, clerk, zhang, "time_limited", summary="二", at=dec)
    # 2026-01-01 00:30 local is still 2025 in UTC: the local date decides
    jan = dt.datetime(2026, 1, 1, 0, 30)
    c = receive(station, clerk, zhang, "time_limited", summary="三", at=jan)
    d = receive(station, clerk, zhang, "time_limited", summary="四", at=jan)
    assert [x.case_number for x in (a, b, c, d)] == ["2025-0001", "2025-0002", "2026-0001", "2026-0002"]
    for x in (a, b, c, d):
        assert re.fullmatch(r"\d{4}-\d{4}", x.case_number)
    assert workflow.format_case_number(2026, 42) == "2026-0042"


def test_case_numbers_are_unique_per_station_and_year(station, clerk, zhang):
    other = stations.create_station("village", "邻村村民关切回应站", "450000001002",
                                    parent=station.parent)
    li = register_villager(other, "李四")
    numbers = [receive(station, clerk, zhang, "time_limited", summary=f"事项{i}").case_number
               for i in range(12)]
    assert numbers[-1] == "2026-0012"
    assert len(set(numbers)) == 12
    assert receive(other, None, li, "time_limited", summary="邻村事项").case_number == "2026-0001"
    with pytest.raises(peewee.IntegrityError):
        with proxy.atomic():
            proxy.execute_sql("UPDATE concern SET seq = 1 WHERE station_id = ? AND seq = 2",
                              (station.id,))
    # a case number read over the phone finds exactly that concern
    assert [c.case_number for c in search_concerns(station, "2026-0007")] == ["2026-0007"]


def test_available_actions_follow_the_rule_and_the_state(station, clerk, zhang):
    """What a concern page may offer is decided here, not in the screen."""
    steps = ["step:analysis", "step:on_site", "step:supervision", "step:publication", "step:feedback"]
    c = receive(station, clerk, zhang, "time_limited", summary="路灯损坏")
    assert workflow.available_actions(c) == steps + ["close", "note", "correct"]

    secret = receive(station, clerk, zhang, "confidential", summary="家庭矛盾求助")
    assert "step:publication" not in workflow.available_actions(secret)

    up = receive(station, clerk, zhang, "escalate_visit", summary="确权争议")
    assert "escalate" in workflow.available_actions(up)
    workflow.request_escalation(up, clerk, "城中镇人民政府", "请派员下访。", at=LATER)
    acts = workflow.available_actions(up)
    assert "escalation_answer" in acts and "escalate" not in acts

    papers = receive(station, clerk, zhang, "proxy_end_to_end", function="proxy_service", summary="代办")
    assert "documents_returned" not in workflow.available_actions(papers)
    workflow.record_documents_taken(papers, clerk, ["户口簿原件"], at=LATER)
    workflow.correct_concern(papers, clerk, "登记错了，应为限时解决", at=LATER, rule="time_limited",
                             deadline=LATER.date() + dt.timedelta(days=5))
    # papers still held after the rule was corrected: their return can still be recorded
    assert "documents_returned" in workflow.available_actions(papers)
    assert "documents_taken" not in workflow.available_actions(papers)

    workflow.record_step(c, "publication", clerk, "已公示。", at=LATER)
    workflow.record_step(c, "feedback", clerk, "已告知。", at=LATER)
    workflow.close_concern(c, "resolved", clerk, at=LATER)
    assert workflow.available_actions(c) == ["follow_up", "reopen", "note", "correct"]  # 回访 owed
