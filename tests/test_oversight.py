"""督办 / 催办 across real desks: a county, its township and two villages, each
a real SQLite file, every trip a real signed and encrypted package.

A notice issued at the township (or the county) on a village's concern goes
down in the next package, waits on the village's desk until answered, and
the answer comes back up; both are events in the concern's history, in the
same order on every desk; the 督办通知单 prints both (read back from the PDF).
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from models.core.errors import ValidationError

from . import sync_desks as sd

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def paired(tmp_path_factory):
    root = tmp_path_factory.mktemp("oversight")
    desks = sd.build_network(root, villages=2, county=True)
    yield desks
    sd.close()


@pytest.fixture
def net(paired, tmp_path):
    desks = sd.copy_network(paired, tmp_path / "net")
    county, township, v1, v2 = desks
    stick = tmp_path / "stick"
    stick.mkdir()
    yield county, township, v1, v2, stick
    sd.close()


def _register(desk, summary="路灯坏了三盏", rule="time_limited", days=10):
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput
    from models.core.clock import today

    me = desk.station()
    person = villagers.register_villager(me, "黄大姐", "13900001111")
    spec = ConcernInput(person, "suggestion", rule, summary,
                        deadline=today() + dt.timedelta(days=days) if rule == "time_limited" else None)
    _, concerns = intake.receive_visit(me, "walk_in", [person], [spec])
    return concerns[0].id


def _history(desk, concern_id):
    from models.concerns import workflow
    from models.core.schema import Concern

    desk.open()
    return [(e.id, e.kind, e.note) for e in workflow.events(Concern.get_by_id(concern_id))]


def _concern(desk, concern_id):
    from models.core.schema import Concern

    desk.open()
    return Concern.get_by_id(concern_id)


def _due(days=3):
    from models.core.clock import today

    return today() + dt.timedelta(days=days)


def test_a_township_notice_goes_down_is_answered_and_comes_back_up(net):
    from models.concerns import oversight

    county, township, v1, v2, stick = net
    cid = _register(v1)
    sd.trip(v1, township, stick)

    township.open()
    event = oversight.issue_notice(_concern(township, cid), "supervise", "请三天内修好并回复群众",
                                   _due(), "镇党委李书记")
    notice_id = event.id
    [row] = oversight.below(township.station())
    assert (row.number, row.answered, row.station_name) == (
        f"督办〔{row.issued_on.year}〕1号", False, v1.name)
    assert oversight.received(township.station()) == []

    # not yet at the village: nothing travels without a package
    v1.open()
    assert oversight.received(v1.station(), waiting_only=True) == []
    sd.trip(township, v1, stick)
    v1.open()
    [waiting] = oversight.received(v1.station(), waiting_only=True)
    assert (waiting.id, waiting.what, waiting.asked_by, waiting.from_station, waiting.due_on) == (
        notice_id, "请三天内修好并回复群众", "镇党委李书记", township.name, _due())
    assert oversight.may_answer(_concern(v1, cid))
    # the village that does not own it never even holds it
    v2.open()
    assert oversight.received(v2.station()) == [] and oversight.below(v2.station()) == []

    v1.open()
    oversight.answer_notice(notice_id, "已联系电工，明天修好，群众已知晓")
    assert oversight.received(v1.station(), waiting_only=True) == []
    assert not oversight.may_answer(_concern(v1, cid))

    sd.trip(v1, township, stick)
    township.open()
    [row] = oversight.below(township.station())
    assert row.answered and row.answer == "已联系电工，明天修好，群众已知晓"
    assert row.answered_by == ""  # the command line: nobody signed in
    # both in the history, in the same order at both desks (and at the county after its trip)
    kinds = [k for _, k, _ in _history(v1, cid)]
    assert kinds[-2:] == ["oversight_notice", "oversight_answer"]
    assert _history(township, cid) == _history(v1, cid)
    sd.trip(township, county, stick)
    assert _history(county, cid) == _history(v1, cid)
    county.open()
    [at_county] = oversight.below(county.station())
    assert at_county.answered and at_county.from_station == township.name


def test_a_county_urge_travels_through_the_township_and_back(net):
    from models.concerns import oversight

    county, township, v1, v2, stick = net
    cid = _register(v2, "低保复核一直没有结果")
    sd.trip(v2, township, stick)
    sd.trip(township, county, stick)
    county.open()
    oversight.issue_notice(_concern(county, cid), "urge", "已超期，请加快办理", _due(2), "县指挥部王主任")
    sd.trip(county, township, stick)
    township.open()
    [seen] = oversight.below(township.station(), waiting_only=True)
    assert (seen.kind_label, seen.from_station, seen.number) == ("催办", county.name, f"催办〔{seen.issued_on.year}〕1号")
    sd.trip(township, v2, stick)
    v2.open()
    [waiting] = oversight.received(v2.station(), waiting_only=True)
    oversight.answer_notice(waiting.id, "已上报民政办复核，下周出结果")
    sd.trip(v2, township, stick)
    sd.trip(township, county, stick)
    county.open()
    [done] = oversight.below(county.station())
    assert done.answered and done.answer == "已上报民政办复核，下周出结果"
    assert _history(county, cid) == _history(v2, cid)


def test_who_may_write_which_and_refusals_change_nothing(net, table_counts):
    from models.concerns import oversight, workflow

    county, township, v1, v2, stick = net
    cid = _register(v1)
    v1.open()
    before = table_counts()
    with pytest.raises(ValidationError, match="只有上级站点"):
        oversight.issue_notice(_concern(v1, cid), "supervise", "自己督办自己", _due(), "站长")
    assert table_counts() == before

    sd.trip(v1, township, stick)
    township.open()
    c = _concern(township, cid)
    before = table_counts()
    for kwargs, message in [
        (dict(kind="remind"), "督办还是催办"),
        (dict(what="  "), "督办（催办）事项"),
        (dict(due_on=None), "要求回复的日期"),
        (dict(due_on=_due(-1)), "不能早于今天"),
        (dict(due_on="明天"), "要求回复日期"),
        (dict(asked_by=""), "督办人"),
    ]:
        args = dict(kind="supervise", what="请办理", due_on=_due(), asked_by="李书记") | kwargs
        with pytest.raises(ValidationError, match=message):
            oversight.issue_notice(c, **args)
        assert table_counts() == before
    first = oversight.issue_notice(c, "supervise", "请办理", _due(), "李书记")
    second = oversight.issue_notice(c, "supervise", "再请办理", _due(), "李书记")
    urge = oversight.issue_notice(c, "urge", "催一下", _due(), "李书记")
    numbers = [oversight.notice(e.id).number for e in (first, second, urge)]
    year = oversight.notice(first.id).issued_on.year
    assert numbers == [f"督办〔{year}〕1号", f"督办〔{year}〕2号", f"催办〔{year}〕1号"]
    before = table_counts()
    with pytest.raises(ValidationError, match="承办这件事的"):
        oversight.answer_notice(first.id, "乡镇替村里回复")
    assert table_counts() == before

    sd.trip(township, v1, stick)
    v1.open()
    oversight.answer_notice(first.id, "已办")
    before = table_counts()
    with pytest.raises(ValidationError, match="已经在.*回复过了"):
        oversight.answer_notice(first.id, "又回复一次")
    with pytest.raises(ValidationError, match="回复内容"):
        oversight.answer_notice(second.id, "")
    with pytest.raises(ValidationError, match="找不到"):
        oversight.answer_notice("nonesuch", "回复")
    assert table_counts() == before
    # a closed concern is not chased any more; waiting notices can still be answered
    c = _concern(v1, cid)
    workflow.record_step(c, "publication", None, "已公示")
    workflow.record_step(c, "feedback", None, "已告知", satisfaction="satisfied")
    workflow.close_concern(c, "resolved", None)
    oversight.answer_notice(second.id, "已办结")
    sd.trip(v1, township, stick)
    township.open()
    with pytest.raises(ValidationError, match="已经办结"):
        oversight.issue_notice(_concern(township, cid), "urge", "再催", _due(), "李书记")
    states = {r.number: r.answered for r in oversight.below(township.station())}
    assert states == {f"督办〔{year}〕1号": True, f"督办〔{year}〕2号": True, f"催办〔{year}〕1号": False}


def test_a_notice_may_be_issued_only_by_those_with_the_right(net):
    from models.concerns import oversight
    from models.core import access
    from models.core.schema import Staff

    county, township, v1, v2, stick = net
    cid = _register(v1)
    sd.trip(v1, township, stick)
    township.open()
    clerk = Staff.get(Staff.name == township.name[:2] + "办事员")
    with access.acting_as(access.actor_for(clerk)):
        assert not oversight.may_issue(_concern(township, cid))
        with pytest.raises(access.NotAllowed):
            oversight.issue_notice(_concern(township, cid), "supervise", "请办理", _due(), "李书记")
    head = Staff.get(Staff.name == township.name[:2] + "站长")
    with access.acting_as(access.actor_for(head)):
        assert oversight.may_issue(_concern(township, cid))
        event = oversight.issue_notice(_concern(township, cid), "supervise", "请办理", _due(), "李书记")
    assert event.staff_id == head.id


def test_the_slip_prints_the_notice_and_then_the_answer(net, tmp_path):
    import reports
    from models.concerns import oversight
    from models.figures.oversight_slip import slip_data

    county, township, v1, v2, stick = net
    cid = _register(v1, "村口水渠堵塞，雨天淹地")
    sd.trip(v1, township, stick)
    township.open()
    nid = oversight.issue_notice(_concern(township, cid), "supervise", "请组织清淤并回复",
                                 _due(5), "镇党委李书记").id
    blank = tmp_path / "督办通知单.pdf"
    assert reports.render("oversight", slip_data(nid), blank) == 1
    text = _pdf_text(blank)
    for words in ("督办通知单", township.name, v1.name, "村口水渠堵塞", "请组织清淤并回复",
                  "镇党委李书记", "以下由承办站点填写", "承办人（签字）",
                  f"督办〔{oversight.notice(nid).issued_on.year}〕1号"):
        assert words in text, words
    sd.trip(township, v1, stick)
    v1.open()
    oversight.answer_notice(nid, "已组织群众清淤，水渠已通")
    answered = tmp_path / "回复.pdf"
    assert reports.render("oversight", slip_data(nid), answered) == 1
    text = _pdf_text(answered)
    assert "已组织群众清淤，水渠已通" in text and "承办人（签字）" not in text
    fonts = subprocess.run(["pdffonts", str(answered)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # every font embedded


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split()).replace(" ", "")


def _main(folder: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), *args],
                          capture_output=True, text=True)


def test_the_command_line_issues_lists_answers_and_prints(net, tmp_path):
    county, township, v1, v2, stick = net
    cid = _register(v1, "危房改造补助什么时候发")
    case = _concern(v1, cid).case_number
    sd.trip(v1, township, stick)
    sd.close()
    due = _due(3).isoformat()
    bad = _main(township.folder, "oversight", "issue", "--station", v1.code, "--case", case,
                "--kind", "提醒", "--what", "请回复", "--due", due, "--asked-by", "李书记")
    assert bad.returncode == 2 and "督办 或 --kind 催办" in bad.stderr
    done = _main(township.folder, "oversight", "issue", "--station", v1.code, "--case", case,
                 "--kind", "督办", "--what", "请说明补助发放时间", "--due", due, "--asked-by", "李书记")
    assert done.returncode == 0, done.stderr
    assert "督办〔" in done.stdout
    listed = _main(township.folder, "oversight", "list", "--waiting")
    assert "请说明补助发放时间" in listed.stdout and "未回复" in listed.stdout
    short = listed.stdout.split()[0]
    sd.trip(township, v1, stick)
    sd.close()
    at_village = _main(v1.folder, "oversight", "list", "--waiting")
    assert short in at_village.stdout
    answered = _main(v1.folder, "oversight", "answer", short, "--answer", "县里已批，月底发放")
    assert answered.returncode == 0, answered.stderr
    again = _main(v1.folder, "oversight", "answer", short, "--answer", "再答一次")
    assert again.returncode == 2 and "回复过了" in again.stderr
    assert "没有还没回复" in _main(v1.folder, "oversight", "list", "--waiting").stdout
    pdf = tmp_path / "slip.pdf"
    printed = _main(v1.folder, "oversight", "print", short, "-o", str(pdf))
    assert printed.returncode == 0, printed.stderr
    assert "县里已批，月底发放" in _pdf_text(pdf)
