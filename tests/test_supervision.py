"""Supervisors, their ratings, anonymous evaluation sessions and the June survey."""
from __future__ import annotations

import datetime as dt

import pytest

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.db import db as proxy
from models.core.errors import ValidationError
from models.core.schema import Staff
from models.station import supervision as sv

from .conftest import NOW


def _concern(station):
    clerk = Staff.get(Staff.role == "clerk")
    v = register_villager(station, "张三", "13912345678")
    _, (c,) = receive_visit(station, "walk_in", [v],
                            [ConcernInput(v, "suggestion", "time_limited", "屯内道路积水",
                                          deadline=dt.date(2026, 11, 30))], clerk, at=NOW)
    return c


def test_supervision_tables_match_the_models(db):
    for model in sv.TABLES:
        table = model._meta.table_name
        columns = {r[1] for r in proxy.execute_sql(f'PRAGMA table_info("{table}")')}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_register_supervisors_with_kind_and_term(station):
    a = sv.add_supervisor(station, "韦监督", "committee", "2024-01-01", "2026-12-31", "13900000001")
    b = sv.add_supervisor(station, "黄老支书", "former_cadre", dt.date(2020, 3, 1))
    sv.add_supervisor(station, "覃代表", "deputy", "2021-01-01", "2025-12-31")
    assert {s.name for s in sv.supervisors(station, on=dt.date(2026, 11, 20))} == {"韦监督", "黄老支书"}
    assert len(sv.supervisors(station)) == 3
    assert sv.SUPERVISOR_KINDS[a.kind] == "村务监督委员会成员"
    sv.end_term(b, "2026-06-30")
    assert not sv.in_office(b, dt.date(2026, 7, 1))


@pytest.mark.parametrize("kwargs, field", [
    (dict(name="", kind="committee", term_start="2024-01-01"), "name"),
    (dict(name="甲", kind="mayor", term_start="2024-01-01"), "kind"),
    (dict(name="甲", kind="deputy", term_start="2024-13-01"), "term_start"),
    (dict(name="甲", kind="deputy", term_start="2024-01-01", term_end="2023-01-01"), "term_end"),
])
def test_bad_supervisor_is_refused_and_nothing_saved(station, kwargs, field):
    with pytest.raises(ValidationError) as e:
        sv.add_supervisor(station, **kwargs)
    assert e.value.field == field
    assert sv.Supervisor.select().count() == 0


def test_supervisor_rates_a_concern_once_within_term(station):
    c = _concern(station)
    s = sv.add_supervisor(station, "韦监督", "committee", "2024-01-01", "2026-12-31")
    old = sv.add_supervisor(station, "黄老支书", "former_cadre", "2018-01-01", "2020-12-31")
    r = sv.rate_concern(c, s, "basically", "2026-11-21", "排水沟已通")
    assert (r.rating, r.rated_on) == ("basically", dt.date(2026, 11, 21))
    with pytest.raises(ValidationError, match="已经评价过"):
        sv.rate_concern(c, s, "satisfied", "2026-11-22")
    with pytest.raises(ValidationError, match="任期"):
        sv.rate_concern(c, old, "satisfied", "2026-11-22")
    with pytest.raises(ValidationError, match="满意"):
        sv.rate_concern(c, s, "great", "2026-11-22")
    assert sv.SupervisorRating.select().count() == 1


def test_villager_rating_at_feedback_is_on_the_concern(station):
    c = _concern(station)
    clerk = Staff.get(Staff.role == "clerk")
    workflow.record_step(c, "feedback", clerk, "已告知村民", satisfaction="satisfied", at=NOW)
    assert c.satisfaction == "satisfied"


def test_evaluation_session_keeps_counts_only(station):
    e = sv.record_evaluation(station, "2026-06-15", 12, 3, 1, invalid=1, attendees=18,
                             period_from="2026-01-01", period_to="2026-06-30")
    assert (e.satisfied, e.basically, e.dissatisfied, e.invalid, e.attendees) == (12, 3, 1, 1, 18)
    columns = {r[1] for r in proxy.execute_sql('PRAGMA table_info("evaluation_session")')}
    assert not {"voter", "supervisor_id", "villager_id"} & columns   # nobody's vote is stored
    with pytest.raises(ValidationError, match="比参加测评的人数"):
        sv.record_evaluation(station, "2026-06-15", 12, 3, 1, attendees=10)
    with pytest.raises(ValidationError, match="负数"):
        sv.record_evaluation(station, "2026-06-15", -1, 3, 1)
    with pytest.raises(ValidationError, match="整数"):
        sv.record_evaluation(station, "2026-06-15", "十", 3, 1)
    assert sv.EvaluationSession.select().count() == 1


def test_june_survey_tallies_add_up_and_are_entered_once(station):
    sv.record_survey_tally(station, 2026, 40, 8, 2, sheet="上屯")
    sv.record_survey_tally(station, 2026, 30, 5, 5, invalid=3, sheet="下屯")
    with pytest.raises(ValidationError, match="已经录入过"):
        sv.record_survey_tally(station, 2026, 1, 1, 1, sheet="上屯")
    with pytest.raises(ValidationError, match="6月"):
        sv.record_survey_tally(station, 2026, 1, 1, 1, sheet="别屯", counted_on="2026-05-01")
    r = sv.survey_result(station, 2026)
    assert (r["satisfied"], r["basically"], r["dissatisfied"], r["invalid"], r["sheets"]) == (70, 13, 7, 3, 2)
    assert r["rate"] == pytest.approx(83 / 90)
