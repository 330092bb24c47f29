"""Every concern ends in exactly one outcome, and the totals always add up:
concerns = resolved + pending + each other outcome."""
from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.errors import ValidationError
from models.core.schema import Concern, Staff, Visit
from models.core.vocab import FUNCTIONS, OTHER_OUTCOMES, OUTCOMES, PENDING, RESOLVED, RULES
from models.figures.totals import totals
from models.safety.opening import close_database, open_database
from models.station import stations

from .conftest import TODAY


def count_sql(sql, *params):
    from models.core.db import db

    return db.execute_sql(sql, params).fetchone()[0]


# ---------------------------------------------------------------- on the demo data

def test_every_demo_concern_has_exactly_one_outcome_matching_its_history(demo_station):
    for c in Concern.select():
        assert c.outcome in OUTCOMES
        evs = workflow.events(c)
        closes = sum(e.kind == "closed" for e in evs)
        reopens = sum(e.kind == "reopened" for e in evs)
        assert closes - reopens == (0 if c.outcome == PENDING else 1), c.case_number
        last = [e for e in evs if e.kind in ("closed", "reopened")]
        if c.outcome != PENDING:
            assert last[-1].kind == "closed" and last[-1].data["outcome"] == c.outcome
            assert c.closed_on == last[-1].local_date
        else:
            assert c.closed_on is None


def test_demo_totals_add_up_and_match_the_ledger(demo_station):
    t = totals(demo_station)
    assert t.adds_up()
    assert t.concerns == t.resolved + t.pending + sum(t.other_outcomes.values())
    assert t.concerns == count_sql("SELECT COUNT(*) FROM concern")
    assert t.resolved == count_sql("SELECT COUNT(*) FROM concern WHERE outcome = 'resolved'")
    assert t.pending == count_sql("SELECT COUNT(*) FROM concern WHERE outcome = 'pending'")
    for outcome in OTHER_OUTCOMES:
        assert t.other_outcomes[outcome] == count_sql(
            "SELECT COUNT(*) FROM concern WHERE outcome = ?", outcome)
    # the report shows every other outcome by name, even a zero, never a hidden remainder
    assert list(t.other_outcomes) == OTHER_OUTCOMES
    assert sum(t.other_outcomes.values()) > 0
    assert t.visits == count_sql("SELECT COUNT(*) FROM visit")
    assert t.visitors == count_sql("SELECT SUM(headcount) FROM visit")
    assert t.visitors >= t.visits


def test_demo_by_function_and_by_rule_sum_to_concerns(demo_station):
    t = totals(demo_station)
    assert set(t.by_function) == set(FUNCTIONS)
    assert set(t.by_rule) == set(RULES)
    assert sum(t.by_function.values()) == t.concerns
    assert sum(t.by_rule.values()) == t.concerns
    assert all(n > 0 for n in t.by_function.values())
    assert all(n > 0 for n in t.by_rule.values())


def _month_starts(first: dt.date, last: dt.date):
    d = first.replace(day=1)
    while d <= last:
        nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        yield d, nxt - dt.timedelta(days=1)
        d = nxt


def test_monthly_totals_partition_the_year(demo_station):
    """The twelve-odd monthly summaries add up to the whole year, figure by figure."""
    whole = totals(demo_station)
    first = min(v.local_date for v in Visit.select())
    months = [totals(demo_station, a, b) for a, b in _month_starts(first, TODAY)]
    assert len(months) >= 12
    for m in months:
        assert m.adds_up()
    for key in ("visitors", "visits", "concerns", "resolved", "pending"):
        assert sum(getattr(m, key) for m in months) == getattr(whole, key), key
    for key in ("other_outcomes", "by_function", "by_rule"):
        summed = Counter()
        for m in months:
            summed.update(getattr(m, key))
        assert {k: summed[k] for k in getattr(whole, key)} == getattr(whole, key), key


# ---------------------------------------------------------------- a small station

@pytest.fixture
def people(station):
    names = [("张三", "13912345678"), ("李四", ""), ("王五", ""), ("赵六", "")]
    return [register_villager(station, n, p) for n, p in names]


def _spec(v, rule="time_limited", function="suggestion", summary="路灯不亮", **kw):
    if rule == "time_limited":
        kw.setdefault("deadline", dt.date(2026, 12, 31))
    return ConcernInput(v, function, rule, summary, **kw)


def test_visitors_count_people_and_visits_count_visits(station, people):
    zhang, li, wang, zhao = people
    clerk = Staff.get(Staff.role == "clerk")
    receive_visit(station, "walk_in", [zhang], [_spec(zhang)], clerk, at=dt.datetime(2026, 3, 2, 9))
    # a group of six, two of them named, bringing two concerns
    receive_visit(station, "talk_day", [li, wang], [_spec(li), _spec(wang, "mediate_on_site", "dispute")],
                  clerk, headcount=6, at=dt.datetime(2026, 3, 15, 10))
    receive_visit(station, "phone", [zhang], [_spec(zhang, "answer_on_spot", "proxy_service",
                                                    answer="已答复。")],
                  clerk, at=dt.datetime(2026, 4, 1, 9))
    t = totals(station)
    assert (t.visits, t.visitors, t.concerns) == (3, 8, 4)
    assert (t.resolved, t.pending) == (1, 3)
    assert t.by_rule["time_limited"] == 2
    assert t.by_function["dispute"] == 1
    # date ranges: visits by visit date, concerns by registration date, both ends included
    march = totals(station, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert (march.visits, march.visitors, march.concerns, march.resolved) == (2, 7, 3, 0)
    day = totals(station, dt.date(2026, 3, 15), dt.date(2026, 3, 15))
    assert (day.visits, day.visitors, day.concerns) == (1, 6, 2)
    since = totals(station, dt.date(2026, 3, 15), None)
    assert (since.visits, since.visitors, since.concerns) == (2, 7, 3)
    until = totals(station, None, dt.date(2026, 3, 14))
    assert (until.visits, until.visitors, until.concerns) == (1, 1, 1)
    empty = totals(station, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert (empty.visits, empty.visitors, empty.concerns) == (0, 0, 0)
    assert empty.adds_up() and set(empty.other_outcomes) == set(OTHER_OUTCOMES)


def test_an_outcome_is_counted_under_its_registration_date_as_it_stands_now(station, people):
    zhang = people[0]
    clerk = Staff.get(Staff.role == "clerk")
    _, (c,) = receive_visit(station, "walk_in", [zhang], [_spec(zhang)], clerk,
                            at=dt.datetime(2026, 1, 10, 9))
    workflow.close_concern(c, "referred", clerk, "转交镇司法所。", at=dt.datetime(2026, 2, 3, 9))
    jan = totals(station, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert (jan.concerns, jan.pending, jan.other_outcomes["referred"]) == (1, 0, 1)
    feb = totals(station, dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert feb.concerns == 0


# ---------------------------------------------------------------- random histories

OPS = st.lists(st.one_of(
    st.tuples(st.just("register"), st.sampled_from(list(RULES)), st.sampled_from(list(FUNCTIONS)),
              st.booleans(), st.integers(0, 90), st.integers(0, 3)),
    st.tuples(st.just("feedback"), st.integers(0, 25)),
    st.tuples(st.just("close"), st.integers(0, 25), st.sampled_from([RESOLVED, *OTHER_OUTCOMES])),
    st.tuples(st.just("reopen"), st.integers(0, 25)),
), max_size=30)

BASE = dt.datetime(2026, 1, 1, 9, 0)
END = BASE + dt.timedelta(days=100)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS, split=st.integers(0, 100))
def test_random_histories_always_add_up(ops, split):
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "station.sqlite3")
        try:
            _run_history(ops, split)
        finally:
            close_database()


def _run_history(ops, split):
    village = stations.set_up_this_station("village", "随机村村民关切回应站", "450000009001")
    clerk = stations.add_staff(village, "李办事员")
    villager = register_villager(village, "张三")
    model: list[dict] = []          # what the ledger should say, kept by hand
    visitors = 0
    for op in ops:
        kind = op[0]
        if kind == "register":
            _, rule, function, answered, day, extra = op
            at = BASE + dt.timedelta(days=day)
            answer = "已当面答复。" if answered and rule == "answer_on_spot" else ""
            spec = _spec(villager, rule, function, deadline=(at.date() + dt.timedelta(days=9))
                         if rule == "time_limited" else None, answer=answer)
            _, (c,) = receive_visit(village, "walk_in", [villager], [spec], clerk,
                                    headcount=1 + extra, at=at)
            visitors += 1 + extra
            model.append(dict(id=c.id, rule=rule, function=function, date=at.date(),
                              outcome=RESOLVED if answer else PENDING, feedback=bool(answer)))
            continue
        idx = op[1]
        if idx >= len(model):
            continue
        m = model[idx]
        c = Concern.get_by_id(m["id"])
        if kind == "feedback":
            allowed = m["outcome"] == PENDING
            call = lambda: workflow.record_step(c, "feedback", clerk, "已反馈。", at=END)  # noqa: E731
        elif kind == "reopen":
            allowed = m["outcome"] != PENDING
            call = lambda: workflow.reopen_concern(c, clerk, "村民又来反映。", at=END)  # noqa: E731
        else:
            outcome = op[2]
            others = [x for x in model if x is not m]
            allowed = m["outcome"] == PENDING and (
                (outcome == RESOLVED and m["feedback"] and m["rule"] in ("answer_on_spot", "confidential"))
                or (outcome == "duplicate" and bool(others))
                or outcome not in (RESOLVED, "duplicate"))
            dup = Concern.get_by_id(others[0]["id"]).case_number if others else ""
            call = lambda: workflow.close_concern(c, outcome, clerk, "原因说明。",  # noqa: E731
                                                  duplicate_of=dup, at=END)
        if allowed:
            call()
            if kind == "feedback":
                m["feedback"] = True
            else:
                m["outcome"] = PENDING if kind == "reopen" else op[2]
        else:
            n = len(workflow.events(c))
            with pytest.raises(ValidationError):
                call()
            assert len(workflow.events(c)) == n

    for m in model:
        assert Concern.get_by_id(m["id"]).outcome == m["outcome"]
    t = totals(village)
    assert t.adds_up()
    outcomes = Counter(m["outcome"] for m in model)
    assert t.concerns == len(model)
    assert t.resolved == outcomes[RESOLVED]
    assert t.pending == outcomes[PENDING]
    assert t.other_outcomes == {o: outcomes[o] for o in OTHER_OUTCOMES}
    assert t.by_function == {f: sum(m["function"] == f for m in model) for f in FUNCTIONS}
    assert t.by_rule == {r: sum(m["rule"] == r for m in model) for r in RULES}
    assert (t.visits, t.visitors) == (len(model), visitors)
    # any split date divides the figures into two parts that add back up
    cut = BASE.date() + dt.timedelta(days=split)
    a, b = totals(village, None, cut), totals(village, cut + dt.timedelta(days=1), None)
    assert a.adds_up() and b.adds_up()
    assert a.concerns == sum(m["date"] <= cut for m in model)
    for key in ("visitors", "visits", "concerns", "resolved", "pending"):
        assert getattr(a, key) + getattr(b, key) == getattr(t, key)
