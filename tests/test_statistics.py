"""Statistics for a month, half-year and year, for a station and for a
township, checked against figures worked out by hand."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.figures.periods import Period, period_of, statistics
from models.station import stations


def at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour))


@pytest.fixture
def township(db):
    """Township T with villages A (two hamlets) and B; five concerns:

    A, 03-05, 3 people (2 named): c1 answered on the spot, 满意 (on time);
                                  c2 time-limited, due 03-10, closed 03-12, 基本满意 (late)
    A, 03-20, 1 person:           c3 mediation, pending
    B, 03-08, 1 person:           c4 answered on the spot, 不满意 (on time)
    B, 02-10, 2 people (1 named): c5 time-limited, withdrawn 02-11 (on time)
    """
    t = stations.create_station("township", "T镇回应中心", "T01")
    a = stations.create_station("village", "A村回应站", "T01-A", t)
    b = stations.create_station("village", "B村回应站", "T01-B", t)
    up = stations.create_station("hamlet", "上屯", "T01-A-1", a)
    down = stations.create_station("hamlet", "下屯", "T01-A-2", a)
    ca = stations.add_staff(a, "甲", role="clerk")
    cb = stations.add_staff(b, "乙", role="clerk")
    v1, v2, v3 = (register_villager(a, n) for n in ("张一", "张二", "张三"))
    w1 = register_villager(b, "李一")
    _, (c1, c2) = receive_visit(a, "walk_in", [v1, v2], [
        ConcernInput(v1, "proxy_service", "answer_on_spot", "问医保", hamlet=up,
                     answer="已答复", satisfaction="satisfied"),
        ConcernInput(v2, "suggestion", "time_limited", "路灯坏了", hamlet=down,
                     deadline=dt.date(2026, 3, 10))], ca, headcount=3, at=at("2026-03-05"))
    workflow.record_step(c2, "publication", ca, "已公示", at=at("2026-03-12"))
    workflow.record_step(c2, "feedback", ca, "已告知", satisfaction="basically", at=at("2026-03-12", 10))
    workflow.close_concern(c2, "resolved", ca, at=at("2026-03-12", 11))
    receive_visit(a, "phone", [v3], [ConcernInput(v3, "dispute", "mediate_on_site", "宅基地纠纷")],
                  ca, at=at("2026-03-20"))
    receive_visit(b, "walk_in", [w1], [ConcernInput(w1, "emotion", "answer_on_spot", "补贴没到",
                                                     answer="已解释", satisfaction="dissatisfied")],
                  cb, at=at("2026-03-08"))
    _, (c5,) = receive_visit(b, "walk_in", [w1], [ConcernInput(w1, "suggestion", "time_limited", "垃圾清运",
                                                               deadline=dt.date(2026, 2, 20))],
                             cb, headcount=2, at=at("2026-02-10"))
    workflow.close_concern(c5, "withdrawn", cb, "已自行解决", at=at("2026-02-11"))
    return t, a, b


def test_periods():
    p = Period("month", 2026, 1)
    assert (p.start, p.end, p.label) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31), "2026年1月")
    assert p.previous() == Period("month", 2025, 12)
    assert Period("month", 2026, 12).end == dt.date(2026, 12, 31)
    h = period_of("half", dt.date(2026, 11, 20))
    assert (h.start, h.end, h.label) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31), "2026年下半年")
    assert h.previous() == Period("half", 2026, 1) and h.previous().previous() == Period("half", 2025, 2)
    assert period_of("year", dt.date(2026, 2, 1)).end == dt.date(2026, 12, 31)


def test_township_month(township):
    t, a, b = township
    s = statistics(t, Period("month", 2026, 3))
    f = s.figures
    assert (f.totals.visits, f.totals.visitors, f.totals.concerns) == (3, 5, 4)
    assert (f.totals.resolved, f.totals.pending, sum(f.totals.other_outcomes.values())) == (3, 1, 0)
    assert f.totals.adds_up()
    assert (f.closed, f.completion_rate) == (3, 0.75)
    assert (f.on_time, f.on_time_rate) == (2, pytest.approx(2 / 3))
    assert (f.satisfied, f.basically, f.dissatisfied, f.rated) == (1, 1, 1, 3)
    assert f.satisfaction_rate == pytest.approx(2 / 3)
    assert f.totals.by_function == {"proxy_service": 1, "dispute": 1, "emotion": 1, "suggestion": 1}
    assert f.totals.by_rule["answer_on_spot"] == 2 and f.totals.by_rule["time_limited"] == 1
    assert f.by_hamlet == {"A村回应站·上屯": 1, "A村回应站·下屯": 1, "A村回应站·未注明屯": 1,
                           "B村回应站·未注明屯": 1}
    # ranking: A (2 rated, 100%) before B (1 rated, 0%, flagged under 90%)
    assert [(r.rank, r.code, r.flagged) for r in s.ranking] == [(1, "T01-A", False), (2, "T01-B", True)]
    assert s.ranking[0].satisfaction_rate == 1.0 and s.ranking[1].satisfaction_rate == 0.0
    # trend: six months ending in March; February has c5 only
    assert [p.label for p in s.trend] == ["10月", "11月", "12月", "26年1月", "2月", "3月"]
    feb, mar = s.trend[-2], s.trend[-1]
    assert (feb.visitors, feb.concerns, feb.resolved, feb.completion_rate) == (2, 1, 0, 1.0)
    assert (mar.visitors, mar.concerns, mar.resolved) == (5, 4, 3)


def test_township_year_and_half(township):
    t, _, _ = township
    y = statistics(t, Period("year", 2026, 1)).figures
    assert (y.totals.visits, y.totals.visitors, y.totals.concerns, y.totals.resolved,
            y.totals.pending, y.totals.other_outcomes["withdrawn"]) == (4, 7, 5, 3, 1, 1)
    assert (y.completion_rate, y.on_time_rate) == (0.8, 0.75)
    h = statistics(t, period_of("half", dt.date(2026, 2, 1))).figures
    assert h.totals.concerns == 5
    assert statistics(t, Period("half", 2026, 2)).figures.totals.concerns == 0
    assert statistics(t, Period("half", 2026, 2)).figures.completion_rate is None


def test_one_village_station(township):
    _, a, _ = township
    s = statistics(a, Period("month", 2026, 3))
    f = s.figures
    assert (f.totals.visits, f.totals.visitors, f.totals.concerns, f.totals.resolved) == (2, 4, 3, 2)
    assert f.by_hamlet == {"上屯": 1, "下屯": 1, "未注明屯": 1}
    assert f.satisfaction_rate == 1.0
    assert s.ranking == []


def test_json_keeps_the_old_keys(township):
    t, _, _ = township
    d = statistics(t, Period("month", 2026, 3)).as_json()
    for key in ("visitors", "visits", "concerns", "resolved", "pending", "other_outcomes",
                "by_function", "by_rule"):
        assert key in d
    assert d["completion_rate"] == 0.75 and d["satisfaction_rate"] == 0.6667
    assert d["ranking"][1]["flagged"] is True
    json.dumps(d, ensure_ascii=False)


def test_whole_database_is_the_top_station(township):
    s = statistics(None, Period("year", 2026, 1))
    assert s.scope_name == "T镇回应中心" and s.figures.totals.concerns == 5
    assert len(s.ranking) == 2


def test_stats_command_by_period_and_station(township, db_path, capsys):
    from main import main
    from models.safety.opening import close_database
    close_database()
    data_dir = str(db_path.parent)
    assert main(["--data-dir", data_dir, "stats", "--json", "--period", "month",
                 "--at", "2026-03-15", "--station", "T01"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert (d["visitors"], d["visits"], d["concerns"], d["resolved"], d["pending"]) == (5, 3, 4, 3, 1)
    assert d["period"]["label"] == "2026年3月" and d["completion_rate"] == 0.75
    assert main(["--data-dir", data_dir, "stats", "--period", "year", "--at", "2026-03-15"]) == 0
    out = capsys.readouterr().out
    assert "办结率 80.0%" in out and "【低于90%】" in out
    assert main(["--data-dir", data_dir, "stats", "--station", "NOPE"]) == 2
    assert "没有编码为 NOPE 的站点" in capsys.readouterr().err


def test_supervision_figures_in_the_statistics(township):
    from models.core.schema import Concern
    from models.station import supervision as sv

    t, a, b = township
    s1 = sv.add_supervisor(a, "韦监督", "committee", "2024-01-01")
    s2 = sv.add_supervisor(a, "黄老支书", "former_cadre", "2024-01-01")
    s3 = sv.add_supervisor(b, "覃代表", "deputy", "2024-01-01")
    c1 = Concern.get(Concern.summary == "问医保")
    c3 = Concern.get(Concern.summary == "宅基地纠纷")
    c4 = Concern.get(Concern.summary == "补贴没到")
    sv.rate_concern(c1, s1, "satisfied", "2026-03-06")
    sv.rate_concern(c1, s2, "basically", "2026-03-07")
    sv.rate_concern(c3, s1, "dissatisfied", "2026-04-02")   # April: outside March
    sv.rate_concern(c4, s3, "dissatisfied", "2026-03-09")
    sv.record_evaluation(a, "2026-03-30", 10, 4, 2, invalid=1)
    sv.record_evaluation(b, "2026-02-27", 5, 0, 5)           # February
    sv.record_survey_tally(a, 2026, 40, 8, 2)
    sv.record_survey_tally(b, 2025, 1, 1, 1)
    sup = statistics(t, Period("month", 2026, 3)).supervision
    assert (sup.ratings.satisfied, sup.ratings.basically, sup.ratings.dissatisfied, sup.ratings.count) == (1, 1, 1, 3)
    assert sup.ratings.rate == pytest.approx(2 / 3)
    assert (sup.evaluations.count, sup.evaluations.satisfied, sup.evaluations.invalid) == (1, 10, 1)
    assert sup.evaluations.rate == pytest.approx(14 / 16)
    assert (sup.survey.count, sup.survey.satisfied) == (1, 40)      # the 2026 survey only
    assert sup.survey.rate == pytest.approx(48 / 50)
    only_b = statistics(b, Period("year", 2026, 1)).supervision
    assert (only_b.ratings.count, only_b.evaluations.count, only_b.survey.count) == (1, 1, 0)
    d = statistics(t, Period("month", 2026, 3)).as_json()["supervision"]
    assert d["evaluations"]["rate"] == 0.875 and d["supervisor_ratings"]["count"] == 3
