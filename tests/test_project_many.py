"""``workflow.project_many`` (the sync import's batched re-projection) gives
every concern the same state columns and the same search text as
``workflow.project`` gives it one at a time."""
from __future__ import annotations

import datetime as dt

import pytest

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.db import db
from models.core.schema import Concern, ConcernEvent, Staff, Station

from .conftest import NOW

STATE = ("function", "rule", "summary", "details", "hamlet_id", "handler_id", "deadline",
         "confidential", "current_step", "outcome", "closed_on", "satisfaction", "event_count")


def snapshot() -> tuple[dict, dict]:
    """Every concern's state columns as stored, and its indexed text."""
    cols = ", ".join(STATE)
    rows = {r[0]: r[1:] for r in db.execute_sql(f"SELECT id, {cols} FROM concern").fetchall()}
    bodies = dict(db.execute_sql(
        "SELECT k.concern_id, f.body FROM concern_fts_key k "
        "JOIN concern_fts f ON f.rowid = k.fts_rowid").fetchall())
    # one index row per concern, none left behind
    assert db.execute_sql("SELECT COUNT(*) FROM concern_fts").fetchone()[0] == len(rows)
    return rows, bodies


def scramble() -> None:
    db.execute_sql("UPDATE concern SET outcome = 'junk', function = 'junk', summary = 'junk', "
                   "details = 'junk', current_step = 'junk', closed_on = NULL, "
                   "satisfaction = 'junk', event_count = -1, confidential = 0, "
                   "hamlet_id = NULL, handler_id = NULL, deadline = NULL")
    db.execute_sql("UPDATE concern_fts SET body = 'junk'")


@pytest.fixture
def special(demo_db):
    """The demo year plus the odd cases, each projected one at a time by
    ``project`` (the GUI path): returns {case: concern id}."""
    village = demo_db
    clerk = Staff.get((Staff.station == village) & (Staff.role == "clerk"))
    hamlets = list(Station.select().where(Station.parent == village).order_by(Station.code))
    a, b, c = (register_villager(village, name) for name in ("甲测试", "乙测试", "丙测试"))
    at = NOW - dt.timedelta(days=3)
    specs = [ConcernInput(a, "suggestion", "answer_on_spot", "问一个政策", "详情一",
                          hamlet=hamlets[0]),
             ConcernInput(a, "dispute", "confidential", "保密的事", "不公开",
                          hamlet=hamlets[-1], handler=clerk),
             ConcernInput(b, "suggestion", "time_limited", "要更正的事", "",
                          deadline=NOW.date() + dt.timedelta(days=9))]
    # three visitors on one visit: every concern's text names all three
    _, (answered, confidential, corrected) = receive_visit(
        village, "walk_in", [a, b, c], specs, clerk, at=at)
    out = {"confidential": confidential.id, "companions": answered.id}

    # corrections: summary, hamlet, rule, deadline, then the rule again
    workflow.correct_concern(corrected, clerk, "写错了", at=at, summary="更正后的事项",
                             hamlet=hamlets[1], details="补上详情")
    corrected = Concern.get_by_id(corrected.id)
    workflow.correct_concern(corrected, clerk, "处理方式登记错了", at=at,
                             rule="mediate_on_site", deadline=NOW.date() + dt.timedelta(days=20))
    out["corrected"] = corrected.id

    # closed, then reopened
    workflow.record_step(answered, "feedback", clerk, "已当面答复", satisfaction="satisfied", at=at)
    workflow.close_concern(Concern.get_by_id(answered.id), "resolved", clerk, at=at)
    reopened = Concern.get_by_id(answered.id)
    workflow.reopen_concern(reopened, clerk, "村民又来问", at=at)
    out["reopened"] = reopened.id

    # only its 'registered' event (as a sync import may hold one)
    visit = Concern.get_by_id(corrected.id).visit
    lone = Concern.create(station=village, visit=visit, villager=c, year=2026, seq=9001,
                          case_number="2026-9001", registered_on=at.date(), function="x",
                          rule="x", summary="x", current_step="x")
    ConcernEvent.create(concern=lone, seq=1, kind="registered", step="registration",
                        staff=clerk, at_utc=at, local_date=at.date(), note="",
                        data={"function": "suggestion", "rule": "time_limited", "summary": "只有登记",
                              "details": "", "hamlet": hamlets[0].id, "handler": None,
                              "deadline": "2026-12-01", "confidential": False})
    workflow.project(lone)
    out["lone"] = lone.id

    # written on two desks after the same event: this desk's seq order
    # (closed, reopened) differs from the causal order (by id: reopened, closed)
    branch = Concern.get_by_id(confidential.id)
    last = workflow.events(branch)[-1]
    ConcernEvent.create(id="zzzz-closed", concern=branch, seq=last.seq + 1, kind="closed",
                        step=None, staff=clerk, at_utc=at, local_date=at.date(),
                        note="镇里办结", data={"outcome": "withdrawn"}, prev_id=last.id)
    ConcernEvent.create(id="0000-reopened", concern=branch, seq=last.seq + 2, kind="reopened",
                        step=None, staff=clerk, at_utc=at, local_date=at.date(),
                        note="村里重新办理", data={}, prev_id=last.id)
    workflow.project(branch)
    out["branch"] = branch.id
    return out


def test_project_many_matches_project_for_every_concern(special, monkeypatch):
    before_rows, before_bodies = snapshot()
    assert len(before_rows) > 100
    # the odd cases are what they say
    lone, corrected = before_rows[special["lone"]], before_rows[special["corrected"]]
    assert lone[STATE.index("event_count")] == 1 and lone[STATE.index("summary")] == "只有登记"
    assert corrected[STATE.index("summary")] == "更正后的事项"
    assert corrected[STATE.index("rule")] == "mediate_on_site"
    assert before_rows[special["reopened"]][STATE.index("outcome")] == "pending"
    assert before_rows[special["reopened"]][STATE.index("satisfaction")] == "satisfied"
    assert before_rows[special["confidential"]][STATE.index("confidential")] == 1
    assert before_rows[special["branch"]][STATE.index("outcome")] == "withdrawn"  # by id
    assert "甲测试 乙测试 丙测试" in before_bodies[special["companions"]]
    hamlet_name = Station.get_by_id(corrected[STATE.index("hamlet_id")]).name
    assert before_bodies[special["corrected"]].endswith("\n" + hamlet_name)
    assert sum(1 for r in before_rows.values() if r[STATE.index("outcome")] != "pending") > 10

    ids = sorted(before_rows)
    for batch in (workflow.PROJECT_BATCH, 7):  # one batch, and many with a partial last one
        monkeypatch.setattr(workflow, "PROJECT_BATCH", batch)
        scramble()
        assert snapshot()[0] != before_rows
        workflow.project_many(ids)
        rows, bodies = snapshot()
        assert rows == before_rows
        assert bodies == before_bodies


def test_project_many_leaves_other_concerns_alone(special):
    before_rows, before_bodies = snapshot()
    scramble()
    junk_rows, _ = snapshot()
    picked = [special["corrected"], special["lone"]]
    workflow.project_many(picked)
    rows, bodies = snapshot()
    for cid in rows:
        if cid in picked:
            assert rows[cid] == before_rows[cid] and bodies[cid] == before_bodies[cid]
        else:
            assert rows[cid] == junk_rows[cid] and bodies[cid] == "junk"
