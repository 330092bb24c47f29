"""The desk at any hour and on any clock (issue 13): the demo never puts
anything after "now", a wrong clock is said before a case number is issued,
lock-outs and backup rotation survive clocks moved back and forth, imported
rows are never closed in the future, and sync converges whatever the two
desks' clocks say. The clock is set through ``models.core.clock`` (the one place
the desk asks the time); CI also runs the whole suite under ``faketime``."""
from __future__ import annotations

import datetime as dt

import pytest

from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core import clock
from models.core.errors import ValidationError
from models.core.schema import Concern, ConcernEvent, Visit
from models.safety import backup, clock_check
from models.station import accounts, stations


@pytest.fixture(autouse=True)
def _system_clock_after():
    yield
    clock.set_now(None)
    accounts._locks_seen.clear()


# ---------------------------------------------------------------- the clock itself
def test_the_clock_can_be_set_frozen_and_advanced():
    at = dt.datetime(2028, 2, 29, 0, 30)
    with clock.frozen(at):
        assert clock.local_now() == at and clock.today() == dt.date(2028, 2, 29)
        assert clock.utc_now() == dt.datetime(2028, 2, 28, 16, 30)
        mono = clock.monotonic()
        clock.advance(90)
        assert clock.local_now() == at + dt.timedelta(seconds=90)
        assert clock.monotonic() - mono >= 90
    before = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    reading = clock.utc_now()  # back on the system clock
    assert before <= reading <= dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    clock.set_now(dt.datetime(2019, 1, 1, 3, 0), ticking=True)
    first = clock.utc_instant()
    assert clock.utc_instant() >= first  # a ticking clock runs on from where it was set


def test_setting_the_wall_clock_does_not_make_time_pass():
    mono = clock.monotonic()
    clock.set_now(dt.datetime(2035, 1, 1))
    clock.set_now(dt.datetime(2019, 1, 1))
    assert 0 <= clock.monotonic() - mono < 5


# ---------------------------------------------------------------- the demo at any hour
@pytest.mark.parametrize("now", [dt.datetime(2028, 2, 29, 0, 30), dt.datetime(2027, 3, 1, 8, 0),
                                 dt.datetime(2027, 6, 30, 16, 59)],
                         ids=["0030-leap-day", "0800", "1659"])
def test_the_demo_puts_nothing_after_now_whatever_the_hour(db, now):
    from models.samples.demo import build_demo

    with clock.frozen(now):
        build_demo()
    visits = list(Visit.select())
    assert len(visits) == 170
    assert max(v.at_utc for v in visits) <= clock.to_utc(now)
    assert max(e.at_utc for e in ConcernEvent.select()) <= clock.to_utc(now)
    assert max(c.registered_on for c in Concern.select()) <= now.date()
    assert all(c.closed_on is None or c.closed_on <= now.date() for c in Concern.select())
    # the desk's own clock check finds nothing wrong with a desk built just now
    with clock.frozen(now):
        assert clock_check.check() is None


def test_ningming_before_its_year_is_refused_plainly(db):
    from models.samples.ningming import build_ningming

    with clock.frozen(dt.datetime(2014, 6, 1, 8, 0)), \
            pytest.raises(ValidationError, match="电脑的日期是2014年6月1日"):
        build_ningming()
    assert not stations.is_set_up()


# ---------------------------------------------------------------- a wrong clock is said
SET_UP_AT = dt.datetime(2026, 12, 3, 8, 0)


@pytest.fixture
def station(db):
    """The conftest's station, set up at ``SET_UP_AT`` by the desk's clock
    (its records are the newest the clock check sees)."""
    from tests.conftest import set_up_test_station

    with clock.frozen(SET_UP_AT):
        return set_up_test_station()


def _visit(station, summary="问低保", at=None, villager=None, rule="answer_on_spot"):
    villager = villager or register_villager(station, "韦大姐", "13800000099")
    return receive_visit(station, "walk_in", [villager],
                         [ConcernInput(villager, "proxy_service", rule, summary)], at=at)


def test_a_clock_years_behind_is_said_and_issues_no_case_number(station, table_counts):
    real = dt.datetime(2026, 12, 3, 10, 0)
    with clock.frozen(real):
        _visit(station)
    with clock.frozen(dt.datetime(2019, 6, 1, 9, 0)):
        villager = register_villager(station, "黄大爷", "")  # registering a person is no visit
        before = table_counts()
        doubt = clock_check.check()
        assert doubt is not None and doubt.kind == "behind"
        assert doubt.message.startswith("电脑的日期可能不对：电脑显示现在是2019年6月1日 09:00")
        assert "2026年12月3日" in doubt.message  # it says what it saw
        with pytest.raises(clock_check.ClockDoubtful, match="电脑的日期可能不对"):
            _visit(station, "问医保", villager=villager)
        assert table_counts() == before  # nothing saved, no 2019-0002
        assert not Concern.select().where(Concern.year == 2019).exists()


def test_a_clock_a_year_ahead_is_said_too(station):
    with clock.frozen(dt.datetime(2026, 12, 3, 10, 0)):
        _visit(station)
    with clock.frozen(dt.datetime(2028, 3, 1, 9, 0)):
        doubt = clock_check.check()
        assert doubt is not None and doubt.kind == "ahead" and "已经过去4" in doubt.message
        with pytest.raises(clock_check.ClockDoubtful):
            _visit(station, "问医保")
    with clock.frozen(dt.datetime(2027, 6, 1, 9, 0)):  # half a year on: plausible
        assert clock_check.check() is None
        _visit(station, "问医保")


def test_a_confirmed_date_is_not_asked_again_until_the_clock_goes_back_past_it(station):
    # the clock said 2035 for a while; then someone corrected it
    with clock.frozen(dt.datetime(2035, 5, 1, 10, 0)):
        _visit(station)
    with clock.frozen(dt.datetime(2026, 12, 3, 9, 0)):
        assert clock_check.check().kind == "behind"
        clock_check.confirm()
        assert clock_check.check() is None
        _, (concern,) = _visit(station, "问医保")
        assert concern.year == 2026
    with clock.frozen(dt.datetime(2026, 12, 4, 9, 0)):  # the next day: still fine
        assert clock_check.check() is None
    with clock.frozen(dt.datetime(2025, 1, 1, 9, 0)):  # back before the confirmation
        assert clock_check.check() is not None


def test_records_from_paper_or_another_desk_do_not_make_the_clock_look_wrong(station):
    """A visit dated last year, entered today, is a record written today."""
    with clock.frozen(dt.datetime(2026, 12, 3, 10, 0)):
        _visit(station, at=dt.datetime(2024, 3, 1, 9, 0))
        assert clock_check.check() is None


# ---------------------------------------------------------------- lock-outs and clock jumps
def _locked_clerk(station):
    clerk = stations.add_staff(station, "覃办事员", "13800000077", "clerk")
    from models.core import access

    with access.acting_as(access.SYSTEM):
        accounts.reset_secret(clerk, "2580")
    for _ in range(accounts.MAX_FAILURES - 1):
        with pytest.raises(accounts.SignInRefused, match="密码不对"):
            accounts.authenticate(clerk, "1111")
    with pytest.raises(accounts.SignInRefused, match="锁定5分钟"):
        accounts.authenticate(clerk, "1111")
    return clerk


def test_a_lockout_made_at_2035_is_five_minutes_once_the_clock_is_corrected(station):
    with clock.frozen(dt.datetime(2035, 1, 1, 9, 0)):
        clerk = _locked_clerk(station)
    with clock.frozen(dt.datetime(2026, 12, 3, 9, 0)):
        with pytest.raises(accounts.SignInRefused, match=r"请[1-5]分钟后再试") as refused:
            accounts.authenticate(clerk, "2580")
        assert refused.value.locked_for <= accounts.FIRST_LOCKOUT
        assert accounts.locked_for(clerk) <= accounts.FIRST_LOCKOUT
        clock.advance(accounts.FIRST_LOCKOUT.total_seconds() + 1)
        accounts.authenticate(clerk, "2580")  # in, five minutes later


def test_a_lockout_survives_a_restart_and_a_clock_moved_back(station):
    with clock.frozen(dt.datetime(2035, 1, 1, 9, 0)):
        clerk = _locked_clerk(station)
    accounts._locks_seen.clear()  # the desk was restarted meanwhile
    with clock.frozen(dt.datetime(2026, 12, 3, 9, 0)):
        with pytest.raises(accounts.SignInRefused, match="请5分钟后再试"):
            accounts.authenticate(clerk, "2580")
        clock.advance(120)
        with pytest.raises(accounts.SignInRefused, match="请3分钟后再试"):
            accounts.authenticate(clerk, "2580")
        clock.advance(181)
        accounts.authenticate(clerk, "2580")


def test_a_clock_moved_forward_does_not_let_anyone_in_early(station):
    with clock.frozen(dt.datetime(2026, 12, 3, 9, 0)):
        clerk = _locked_clerk(station)
    with clock.frozen(dt.datetime(2035, 1, 1, 9, 0)):  # the clock jumps on, no time passed
        with pytest.raises(accounts.SignInRefused, match="请5分钟后再试"):
            accounts.authenticate(clerk, "2580")
        clock.advance(accounts.FIRST_LOCKOUT.total_seconds() + 1)
        accounts.authenticate(clerk, "2580")


# ---------------------------------------------------------------- backup rotation and clock jumps
PREFIX = "station-450000001001"


def _days(start: dt.date, n: int):
    return [start + dt.timedelta(days=i) for i in range(n)]


def _back_up_days(folder, days, closing=dt.time(17, 30)):
    """What the desk does each day: a backup at start-up when one is due,
    one at closing, each followed by rotation (name-only files: the rule
    reads names only)."""
    for day in days:
        for at in (dt.time(8, 0), closing):
            if at != closing and not backup.backup_due(folder, day):
                continue
            name = backup.backup_name(PREFIX, dt.datetime.combine(day, at), backup.AUTO,
                                      gen=backup.next_number(folder, PREFIX))
            (folder / name).write_bytes(b"")
            backup.prune(folder, PREFIX)


def _kept(folder, rule=None):
    return {f.made_at.date() for f in backup.list_backups(folder)
            if f.kind == backup.AUTO and (rule is None or f.shown_kind == rule)}


def test_rotation_keeps_the_newest_backups_after_ten_days_at_2035(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    wrong = _days(dt.date(2035, 3, 1), 10)
    real = _days(dt.date(2026, 12, 3), 20)
    _back_up_days(folder, wrong + real)
    assert _kept(folder, backup.DAILY) == set(real[-7:])  # the last 7 days actually worked
    assert len(_kept(folder) & set(real)) >= 9            # … and the weeks before them
    # the 2035 files are older backups, not newer: at most one stays, as a month's
    assert len(_kept(folder) & set(wrong)) <= 1


def test_rotation_keeps_the_backups_made_while_the_clock_said_2019(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    real = _days(dt.date(2026, 11, 1), 20)
    back = _days(dt.date(2019, 6, 1), 5)
    _back_up_days(folder, real + back)
    daily = _kept(folder, backup.DAILY)
    assert set(back) <= daily and len(daily) == 7
    assert set(real[-2:]) <= daily
    newest = backup.list_backups(folder)[0]
    assert newest.made_at.date() == back[-1]  # the newest is the one made last
    assert not backup.backup_due(folder, back[-1])
    assert backup.backup_due(folder, real[-1])  # an old backup dated "today" does not count


def test_a_real_backup_is_numbered_and_a_second_folder_numbers_its_own(db, station, tmp_path):
    first = backup.make_backup(backup.AUTO, now=dt.datetime(2035, 1, 1, 9, 0))
    second = backup.make_backup(backup.AUTO, now=dt.datetime(2026, 12, 3, 9, 0))
    assert (backup.parse_name(first.path).gen, backup.parse_name(second.path).gen) == (1, 2)
    assert [f.path for f in backup.list_backups(first.path.parent)] == [second.path, first.path]


# ---------------------------------------------------------------- ledger rows closed "today"
def test_a_ledger_row_closed_today_is_never_closed_later_than_now(station, tmp_path):
    from openpyxl import Workbook

    from models.concerns import ledger_import as li

    now = dt.datetime(2026, 12, 4, 0, 30)
    wb = Workbook()
    ws = wb.active
    ws.append(li.HEADERS)
    ws.append(["2026-12-04", "张三", "13912345678", "上屯", 1, "代办代理服务", "政策咨询当面答复",
               "咨询医保缴费", "", "", "已解决", "2026-12-04", "满意"])
    ws.append(["2026-12-03", "李四", "", "下屯", 1, "化解矛盾纠纷", "矛盾纠纷现场调解",
               "宅基地边界纠纷", "", "", "已解决", "2026-12-04", ""])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    with clock.frozen(now):
        check = li.check_file(station, path, clock.today())
        assert li.import_checked(station, check) == 2
    latest = max(e.at_utc for e in ConcernEvent.select())
    assert latest <= clock.to_utc(now)
    for c in Concern.select():
        evs = sorted(ConcernEvent.select().where(ConcernEvent.concern == c), key=lambda e: e.seq)
        assert [e.at_utc for e in evs] == sorted(e.at_utc for e in evs)  # never before the visit


# ---------------------------------------------------------------- sync with two wrong clocks
def test_sync_converges_between_a_desk_at_2019_and_one_at_2035(tmp_path):
    """The village's clock says 2019, the township's 2035. The village edits
    a phone number after seeing the township's edit and records feedback
    after the township's answer: both desks end with the same records, the
    village's later edit shown, the history in the order it happened."""
    from models.concerns import workflow
    from models.core.schema import Villager

    from . import sync_desks as sd

    stick = tmp_path / "stick"
    try:
        with clock.frozen(dt.datetime(2026, 12, 1, 9, 0)):
            township = sd.make_desk(tmp_path, "township", sd.TOWNSHIP)
            village = sd.make_desk(tmp_path, "village", sd.VILLAGES[0], parent=township)
            sd.pair(township, village, stick)
        with clock.frozen(dt.datetime(2019, 3, 1, 9, 0)):
            station = village.station()
            clock_check.confirm()  # the officer said the date was right
            _, (concern,) = _visit(station, "路灯坏了", rule="escalate_visit")
            workflow.request_escalation(concern, None, "乡镇", "请上级下访")
            sd.trip(village, township, stick)
        with clock.frozen(dt.datetime(2035, 8, 1, 9, 0)):
            township.open()
            workflow.record_escalation_answer(Concern.get_by_id(concern.id), None, "下周来",
                                              official="李科长")
            Villager.update(phone="13744444444").execute()
            sd.trip(township, village, stick)
        with clock.frozen(dt.datetime(2019, 3, 2, 9, 0)):
            village.open()
            Villager.update(phone="13755555555").execute()  # edited after seeing the township's
            workflow.record_step(Concern.get_by_id(concern.id), "feedback", None, "已告知",
                                 satisfaction="satisfied")
            sd.trip(village, township, stick)
        with clock.frozen(dt.datetime(2035, 8, 2, 9, 0)):
            sd.trip(township, village, stick)
        states = []
        for desk in (village, township):
            desk.open()
            c = Concern.get_by_id(concern.id)
            states.append((Villager.get().phone, [e.kind for e in workflow.events(c)],
                           c.current_step, c.satisfaction,
                           sd.partition_rows(desk, [village.station_id])))
        assert states[0] == states[1]
        assert states[0][0] == "13755555555"
        assert states[0][1][-2:] == ["escalation_answered", "step"]
    finally:
        sd.close()
