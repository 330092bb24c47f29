"""回访: a resolved concern's follow-up falls due the next working day
(weekends and statutory holidays skipped, an adjusted working day counted);
the answer is recorded as an event; 不满意 reopens the concern and counts in
the figures; 联系不上 keeps it due; the list pages from the database; the
events travel by USB like every other; the command line."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from models.core import clock
from models.core.errors import ValidationError

from . import sync_desks as sd

ROOT = Path(__file__).resolve().parent.parent
FRIDAY = dt.datetime(2026, 6, 5, 10, 0)


def _concern(station, summary="路灯不亮", when=FRIDAY - dt.timedelta(days=3), name="覃阿婆"):
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput

    person = villagers.register_villager(station, name, "13900002222")
    spec = ConcernInput(person, "proxy_service", "proxy_end_to_end", summary)
    _, concerns = intake.receive_visit(station, "walk_in", [person], [spec], at=when)
    return concerns[0]


def _reload(concern):
    from models.core.schema import Concern

    return Concern.get_by_id(concern.id)


def _resolve(concern, when: dt.datetime, satisfaction=None):
    from models.concerns import workflow

    if not workflow.events(concern) or "documents_taken" not in {e.kind for e in workflow.events(concern)}:
        workflow.record_documents_taken(concern, None, ["户口簿原件"], at=when)
        workflow.record_documents_returned(_reload(concern), None, ["户口簿原件"], at=when)
    workflow.record_step(_reload(concern), "feedback", None, "已告知", satisfaction=satisfaction, at=when)
    workflow.close_concern(_reload(concern), "resolved", None, at=when)
    return _reload(concern)


@pytest.mark.parametrize("closed, due", [
    (dt.date(2026, 6, 3), dt.date(2026, 6, 4)),     # Wednesday → Thursday
    (dt.date(2026, 6, 5), dt.date(2026, 6, 8)),     # Friday → Monday
    (dt.date(2026, 6, 18), dt.date(2026, 6, 22)),   # before 端午 (Fri 19th) and the weekend
    (dt.date(2026, 9, 30), dt.date(2026, 10, 8)),   # before the National Day week
    (dt.date(2026, 10, 9), dt.date(2026, 10, 10)),  # Saturday the 10th is worked (调休上班)
])
def test_due_the_next_working_day(station, closed, due):
    c = _resolve(_concern(station, when=dt.datetime(2026, 6, 1, 9)), dt.datetime.combine(closed, dt.time(15)))
    assert c.follow_up_due == due


def test_a_hand_made_holiday_and_the_setting_move_it(station):
    from models.core import settings
    from models.station import holidays

    holidays.set_day(dt.date(2026, 6, 8), "holiday", "县庆")
    assert _resolve(_concern(station), FRIDAY).follow_up_due == dt.date(2026, 6, 9)
    settings.set_follow_up_days(3)
    assert _resolve(_concern(station, "水渠堵了"), FRIDAY).follow_up_due == dt.date(2026, 6, 11)
    with pytest.raises(ValidationError, match="1到30"):
        settings.set_follow_up_days(0)
    assert settings.follow_up_days() == 3


def test_satisfied_answers_end_it_and_become_the_satisfaction(station):
    from models.concerns import followup, timeline
    from models.figures import periods

    c = _resolve(_concern(station), FRIDAY, satisfaction="basically")
    ev = followup.record_follow_up(c, "电话", "满意", "老人说灯修好了", at=FRIDAY + dt.timedelta(days=3))
    c = _reload(c)
    assert (c.outcome, c.follow_up_due, c.satisfaction) == ("resolved", None, "satisfied")
    entry = [e for e in timeline.timeline(c) if e.kind == "follow_up"][0]
    assert (entry.data, entry.note) == ({"channel": "phone", "answer": "satisfied"}, "老人说灯修好了")
    assert ev.local_date == dt.date(2026, 6, 8)
    f = periods.figures(station, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert (f.rated, f.satisfied, f.basically) == (1, 1, 0)


def test_unsatisfied_reopens_and_counts(station):
    from models.concerns import followup, timeline, workflow
    from models.figures import concern_list, periods

    c = _resolve(_concern(station), FRIDAY, satisfaction="satisfied")
    before = periods.figures(station, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert (before.closed, before.satisfied, before.dissatisfied) == (1, 1, 0)
    with pytest.raises(ValidationError, match="回访情况"):  # why, when unsatisfied
        followup.record_follow_up(c, "上门", "不满意", "  ", at=FRIDAY + dt.timedelta(days=3))
    assert _reload(c).outcome == "resolved" and len(workflow.events(c)) == c.event_count
    followup.record_follow_up(c, "上门", "不满意", "灯又坏了", at=FRIDAY + dt.timedelta(days=3))
    c = _reload(c)
    assert (c.outcome, c.follow_up_due, c.satisfaction) == ("pending", None, "dissatisfied")
    kinds = [e.kind for e in timeline.timeline(c)]
    assert kinds[-2:] == ["follow_up", "reopened"]
    assert workflow.events(c)[-1].note == "回访不满意：灯又坏了"
    after = periods.figures(station, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert (after.closed, after.totals.pending, after.satisfied, after.dissatisfied) == (0, 1, 0, 1)
    assert after.satisfaction_rate == 0.0
    # back on the open list (待办), and a fresh close owes a fresh follow-up
    assert c.id in [r.id for r in concern_list.OpenConcerns(station, dt.date(2026, 6, 8)).page().rows]
    with pytest.raises(ValidationError, match="只有已经办结"):
        followup.record_follow_up(c, "电话", "满意", at=FRIDAY + dt.timedelta(days=3))
    c = _resolve(c, FRIDAY + dt.timedelta(days=4))
    assert c.follow_up_due == dt.date(2026, 6, 10)


def test_contact_failed_stays_due_the_next_working_day(station):
    from models.concerns import followup

    c = _resolve(_concern(station), FRIDAY)
    followup.record_follow_up(c, "phone", "联系不上", "", at=dt.datetime(2026, 6, 8, 9))
    c = _reload(c)
    assert (c.outcome, c.follow_up_due, c.satisfaction) == ("resolved", dt.date(2026, 6, 9), None)
    [row] = followup.FollowUps(station, dt.date(2026, 6, 9), due_only=True).all_rows()
    assert (row.case_number, row.attempts, row.overdue_days) == (c.case_number, 1, 0)
    assert followup.FollowUps(station, dt.date(2026, 6, 8), due_only=True).count() == 0


def test_refusals_change_nothing(station, table_counts):
    from models.concerns import followup

    c = _resolve(_concern(station), FRIDAY)
    open_one = _concern(station, "另一件")
    before = table_counts()
    for args, words in ((("微信", "满意"), "回访方式"), (("电话", "还行"), "回访结果")):
        with pytest.raises(ValidationError, match=words):
            followup.record_follow_up(c, *args)
    with pytest.raises(ValidationError, match="只有已经办结"):
        followup.record_follow_up(open_one, "电话", "满意")
    assert table_counts() == before


def test_no_follow_up_for_an_answer_on_the_spot_nor_other_outcomes(station):
    from models.concerns import intake, villagers, workflow
    from models.concerns.workflow import ConcernInput

    person = villagers.register_villager(station, "黄大叔", "13900003333")
    spec = ConcernInput(person, "suggestion", "answer_on_spot", "问医保报销比例",
                        answer="住院报销七成", satisfaction="satisfied")
    _, [spot] = intake.receive_visit(station, "walk_in", [person], [spec], at=FRIDAY)
    assert (_reload(spot).outcome, _reload(spot).follow_up_due) == ("resolved", None)
    other = _concern(station, "想咨询")
    workflow.close_concern(other, "withdrawn", None, "本人撤回", at=FRIDAY)
    assert _reload(other).follow_up_due is None


def test_the_list_pages_by_keyset_in_due_order(station):
    from models.concerns import followup

    made = []
    for i in range(7):
        c = _concern(station, f"第{i}件", name=f"村民{i}")
        made.append(_resolve(c, FRIDAY + dt.timedelta(days=(0, 3, 4)[i % 3])))  # due Mon, Tue, Wed
    today = dt.date(2026, 6, 9)
    fu = followup.FollowUps(station, today)
    pages, after = [], None
    while True:
        page = fu.page(after, limit=3)
        pages.append(page.rows)
        if page.after is None:
            break
        after = page.after
    assert [len(p) for p in pages] == [3, 3, 1]
    rows = [r for p in pages for r in p]
    assert [r.due for r in rows] == sorted(r.due for r in rows)
    assert sorted(r.id for r in rows) == sorted(c.id for c in made) and fu.count() == 7
    due = followup.FollowUps(station, today, due_only=True)
    assert due.count() == due.due_today() == sum(c.follow_up_due <= today for c in made) == 5
    assert {r.overdue_days for r in due.all_rows()} == {0, 1}
    plan = " ".join(str(r) for r in __import__("models.core.db", fromlist=["db"]).db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM concern c INDEXED BY concern_follow_up_due "
        "WHERE c.station_id = ? AND c.follow_up_due IS NOT NULL AND c.follow_up_due <= ? "
        "ORDER BY c.follow_up_due, c.case_number, c.id", (station.id, today.isoformat())).fetchall())
    assert "concern_follow_up_due" in plan and "TEMP B-TREE" not in plan


@pytest.fixture(scope="module")
def paired(tmp_path_factory):
    desks = sd.build_network(tmp_path_factory.mktemp("followup"), villages=1)
    yield desks
    sd.close()


@pytest.fixture
def net(paired, tmp_path):
    township, village = sd.copy_network(paired, tmp_path / "net")
    stick = tmp_path / "stick"
    stick.mkdir()
    yield township, village, stick
    sd.close()


def test_follow_ups_travel_up_and_the_township_recomputes(net):
    from models.concerns import followup, workflow
    from models.figures import periods

    township, village, stick = net
    with clock.frozen(FRIDAY):
        c = _resolve(_concern(village.station()), FRIDAY)
        sd.trip(village, township, stick)
        township.open()
        assert _reload(c).follow_up_due == dt.date(2026, 6, 8)  # folded here from the events
        village.open()
        followup.record_follow_up(_reload(c), "电话", "不满意", "没修好", at=FRIDAY + dt.timedelta(days=3))
        sd.trip(village, township, stick)
        township.open()
        there = _reload(c)
        assert (there.outcome, there.satisfaction, there.follow_up_due) == ("pending", "dissatisfied", None)
        assert [e.kind for e in workflow.events(there)][-2:] == ["follow_up", "reopened"]
        f = periods.figures(township.station(), dt.date(2026, 6, 1), dt.date(2026, 6, 30))
        assert (f.totals.pending, f.dissatisfied) == (1, 1)


def _main(folder: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), *args],
                          capture_output=True, text=True)


def test_the_command_line_lists_and_records(net):
    from models.core.clock import local_now

    township, village, stick = net
    now = local_now()
    c = _resolve(_concern(village.station(), "修水渠", when=now), now)
    case = c.case_number
    sd.close()
    listed = _main(village.folder, "followup", "list")
    assert listed.returncode == 0 and case in listed.stdout and "共 1 件" in listed.stdout, listed.stderr
    assert "没有" in _main(village.folder, "followup", "list", "--due").stdout  # due tomorrow at the soonest
    bad = _main(village.folder, "followup", "record", "--case", case, "--channel", "微信", "--answer", "满意")
    assert bad.returncode == 2 and "回访方式" in bad.stderr
    no_note = _main(village.folder, "followup", "record", "--case", case, "--channel", "电话", "--answer", "不满意")
    assert no_note.returncode == 2 and "回访情况" in no_note.stderr
    failed = _main(village.folder, "followup", "record", "--case", case, "--channel", "电话", "--answer", "联系不上")
    assert failed.returncode == 0 and "再回访" in failed.stdout, failed.stderr
    ok = _main(village.folder, "followup", "record", "--case", case, "--channel", "上门", "--answer", "不满意",
               "--note", "渠水还是漫")
    assert ok.returncode == 0 and "重新办理" in ok.stdout, ok.stderr
    assert "没有要回访" in _main(village.folder, "followup", "list").stdout
