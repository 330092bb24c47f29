"""延期: a deadline extended before it passes, with a reason, once approved —
by the station head, or for an escalated matter by the township across real
USB packages; the on-time rate counts against the approved deadline only;
the 延期告知书 for the villager, read back from the PDF; the command line."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from models.core import access, clock
from models.core.errors import ValidationError

from . import sync_desks as sd

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.datetime(2026, 6, 1, 9, 0)          # registered; deadline five days on
DEADLINE = DAY.date() + dt.timedelta(days=5)


def at(days: int) -> dt.datetime:
    return DAY + dt.timedelta(days=days)


def _concern(station, summary="修补村道坑洼", rule="time_limited", deadline=DEADLINE):
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput

    person = villagers.register_villager(station, "覃阿婆", "13900002222")
    spec = ConcernInput(person, "proxy_service", rule, summary, deadline=deadline)
    _, concerns = intake.receive_visit(station, "walk_in", [person], [spec], at=DAY)
    return concerns[0]


def _reload(concern):
    from models.core.schema import Concern

    return Concern.get_by_id(concern.id)


def _close(concern, when: dt.datetime):
    from models.concerns import workflow

    workflow.record_step(concern, "publication", None, "已公示", at=when)
    workflow.record_step(concern, "feedback", None, "已告知", satisfaction="satisfied", at=when)
    workflow.close_concern(_reload(concern), "resolved", None, at=when)


def test_only_an_approved_extension_moves_the_deadline_and_the_on_time_rate(station):
    from models.concerns import extensions
    from models.figures import periods

    approved, refused, waiting = (_concern(station, s) for s in ("修路", "补灯", "清渠"))
    for c in (approved, refused, waiting):
        extensions.request_extension(c, DEADLINE + dt.timedelta(days=10), "等施工队进场", at=at(3))
        assert _reload(c).deadline == DEADLINE  # asked, not yet approved: nothing moves
    [row] = extensions.for_concern(approved)
    assert (row.pending, row.approver, row.old_deadline, row.new_deadline) == (
        True, "head", DEADLINE, DEADLINE + dt.timedelta(days=10))
    assert {r.case_number for r in extensions.to_decide(station)} == {
        approved.case_number, refused.case_number, waiting.case_number}
    extensions.decide_extension(row.id, True, "同意", at=at(4))
    extensions.decide_extension(extensions.pending_request(refused).id, False, "材料不全，不同意", at=at(4))
    assert _reload(approved).deadline == DEADLINE + dt.timedelta(days=10)
    assert _reload(refused).deadline == DEADLINE
    assert [r.case_number for r in extensions.to_decide(station)] == [waiting.case_number]
    for c in (approved, refused, waiting):
        _close(_reload(c), at(10))  # after the first deadline, before the extended one
    f = periods.figures([station.id], DAY.date(), at(30).date())
    assert (f.closed, f.on_time) == (3, 1)  # only the approved extension counts on time
    from models.concerns import workflow

    kinds = [e.kind for e in workflow.events(_reload(approved))]
    assert kinds.count("extension_requested") == 1 and kinds.count("extension_decided") == 1


def test_refusals_say_why_and_change_nothing(station, table_counts):
    from models.concerns import extensions

    c = _concern(station)
    before = table_counts()
    for new, reason, when, message in [
        (DEADLINE + dt.timedelta(days=3), "", at(1), "延期的理由"),
        (DEADLINE, "等材料", at(1), "要晚于现在的办结期限"),
        (None, "等材料", at(1), "延期到哪一天"),
        ("下个月", "等材料", at(1), "延期后的办结期限"),
        (DEADLINE + dt.timedelta(days=3), "等材料", at(6), "已经过了"),
    ]:
        with pytest.raises(ValidationError, match=message):
            extensions.request_extension(c, new, reason, at=when)
        assert table_counts() == before
    request = extensions.request_extension(c, DEADLINE + dt.timedelta(days=3), "等材料", at=at(5))  # on the day: still in time
    before = table_counts()
    with pytest.raises(ValidationError, match="还在等审批"):
        extensions.request_extension(c, DEADLINE + dt.timedelta(days=4), "再延", at=at(5))
    with pytest.raises(ValidationError, match="不同意延期的理由"):
        extensions.decide_extension(request.id, False, "  ", at=at(5))
    with pytest.raises(ValidationError, match="找不到"):
        extensions.decide_extension("nonesuch", True, at=at(5))
    assert table_counts() == before
    extensions.decide_extension(request.id, True, at=at(6))  # decided after the old deadline: still counts
    assert _reload(c).deadline == DEADLINE + dt.timedelta(days=3)
    with pytest.raises(ValidationError, match="已经在.*审批过了"):
        extensions.decide_extension(request.id, False, "反悔", at=at(6))
    closed = _concern(station, "已办完的事")
    _close(closed, at(1))
    with pytest.raises(ValidationError, match="已经办结"):
        extensions.request_extension(_reload(closed), DEADLINE + dt.timedelta(days=3), "等材料", at=at(2))


def test_a_clerk_asks_and_only_the_head_decides(station):
    from models.concerns import extensions
    from models.core.schema import Staff

    c = _concern(station)
    clerk = Staff.get(Staff.name == "李办事员")
    head = Staff.get(Staff.name == "王站长")
    with access.acting_as(access.actor_for(clerk)):
        request = extensions.request_extension(c, DEADLINE + dt.timedelta(days=7), "等县里批复", at=at(2))
        assert not extensions.may_decide(request)
        with pytest.raises(access.NotAllowed):
            extensions.decide_extension(request.id, True, at=at(2))
    with access.acting_as(access.actor_for(head)):
        assert extensions.may_decide(request)
        extensions.decide_extension(request.id, True, "同意", at=at(2))
    row = extensions.request_row(request.id)
    assert (row.asked_by, row.decided_by, row.approved) == ("李办事员", "王站长", True)


@pytest.fixture(scope="module")
def paired(tmp_path_factory):
    root = tmp_path_factory.mktemp("extension")
    desks = sd.build_network(root, villages=1)
    yield desks
    sd.close()


@pytest.fixture
def net(paired, tmp_path):
    township, village = sd.copy_network(paired, tmp_path / "net")
    stick = tmp_path / "stick"
    stick.mkdir()
    yield township, village, stick
    sd.close()


def _escalated(village):
    from models.concerns import workflow

    c = _concern(village.station(), "危房改造需要县住建局鉴定", rule="escalate_visit")
    workflow.request_escalation(c, None, "县住建局", "请派人鉴定", at=at(1))
    return _reload(c)


def test_an_escalated_matter_is_decided_by_the_township_across_packages(net):
    from models.concerns import extensions

    township, village, stick = net
    with clock.frozen(at(2)):
        c = _escalated(village)
        request = extensions.request_extension(c, c.deadline + dt.timedelta(days=20), "等县住建局排期")
        assert extensions.request_row(request.id).approver == "township"
        assert extensions.to_decide(village.station()) == []
        with pytest.raises(ValidationError, match="由测试镇回应中心审批"):
            extensions.decide_extension(request.id, True)
        old = c.deadline
        sd.trip(village, township, stick)
        township.open()
        [row] = extensions.to_decide(township.station())
        assert (row.station_name, row.reason) == (village.name, "等县住建局排期")
        extensions.decide_extension(row.id, True, "同意延期")
        sd.trip(township, village, stick)
        village.open()
        assert _reload(c).deadline == old + dt.timedelta(days=20)
        [done] = extensions.for_concern(_reload(c))
        assert done.approved and done.deciding_station == township.name


def test_the_setting_gives_escalated_matters_to_the_head(net):
    from models.concerns import extensions
    from models.core import settings

    township, village, stick = net
    with clock.frozen(at(2)):
        c = _escalated(village)
        settings.set_extension_escalated_to_township(False)
        request = extensions.request_extension(c, c.deadline + dt.timedelta(days=5), "等排期")
        assert extensions.request_row(request.id).approver == "head"
        extensions.decide_extension(request.id, True)
        assert _reload(c).deadline == c.deadline + dt.timedelta(days=5)


def test_the_slip_tells_the_villager(station, tmp_path):
    import reports
    from models.concerns import extensions
    from models.figures import reporting

    c = _concern(station, "申请低保需要补交收入证明")
    with pytest.raises(ValidationError, match="没有批准的延期"):
        reporting.report_data("extension", station, case_number=c.case_number, today=at(3).date())
    r = extensions.request_extension(c, DEADLINE + dt.timedelta(days=14), "收入证明要等镇里盖章", at=at(3))
    extensions.decide_extension(r.id, True, at=at(3))
    assert reporting.eligible_cases("extension", station)[0][0] == c.case_number
    data = reporting.report_data("extension", station, case_number=c.case_number, today=at(3).date())
    path = tmp_path / "延期告知书.pdf"
    assert reports.render("extension", data, path) == 1
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    body = "".join(out.split())
    for words in ("延期告知书", "覃阿婆", "申请低保需要补交收入证明", "2026年6月6日", "2026年6月20日",
                  "收入证明要等镇里盖章", "村民（签收）", station.name):
        assert words in body, words


def _main(folder: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), *args],
                          capture_output=True, text=True)


def test_the_command_line_asks_decides_and_prints(net, tmp_path):
    from models.core.clock import today

    township, village, stick = net
    c = _concern(village.station(), "修水渠", deadline=today() + dt.timedelta(days=3))
    case = c.case_number
    sd.close()
    new = (today() + dt.timedelta(days=10)).isoformat()
    bad = _main(village.folder, "extension", "request", "--case", case, "--to", new)
    assert bad.returncode == 2 and "延期的理由" in bad.stderr
    asked = _main(village.folder, "extension", "request", "--case", case, "--to", new, "--reason", "等水泥到货")
    assert asked.returncode == 0, asked.stderr
    assert "请站长审批" in asked.stdout
    assert case in _main(village.folder, "extension", "list").stdout
    no_note = _main(village.folder, "extension", "decide", "--case", case, "--refuse")
    assert no_note.returncode == 2 and "不同意延期的理由" in no_note.stderr
    ok = _main(village.folder, "extension", "decide", "--case", case, "--approve")
    assert ok.returncode == 0 and new in ok.stdout, ok.stderr
    pdf = tmp_path / "slip.pdf"
    printed = _main(village.folder, "report", "extension", "--case", case, "-o", str(pdf))
    assert printed.returncode == 0, printed.stderr
    assert "等水泥到货" in subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                        text=True).stdout.replace("\n", "")
