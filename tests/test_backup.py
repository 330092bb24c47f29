"""Backups without thinking, and a restore that changes nothing until it is
sure: real SQLite files in tmp_path, a second connection writing while a
backup is made, and the command line run as a subprocess."""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys
import threading

import pytest

from models.core import migrations
from models.core.paths import database_path
from models.core.errors import ValidationError
from models.core.schema import Staff
from models.safety import backup, restore
from models.safety.opening import close_database, open_database
from models.station import stations

from .conftest import ROOT, copy_demo

MORNING = dt.time(8, 0)
EVENING = dt.time(17, 30)


def read(path, sql, args=()):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def live_counts(path) -> dict[str, int]:
    con = sqlite3.connect(str(path))
    try:
        return backup.table_counts(con)
    finally:
        con.close()


# ---------------------------------------------------------------- a backup is sound
def test_a_backup_is_a_sound_self_contained_database_with_the_same_rows(demo_station, db_path):
    made = backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 20, 9, 30))
    assert made.path.parent == db_path.parent / "backups"
    assert made.path.name == f"station-{demo_station.code}-20261120-093000-manual-g1.sqlite3"
    assert read(made.path, "PRAGMA integrity_check") == [("ok",)]
    assert read(made.path, "PRAGMA journal_mode") == [("delete",)]
    assert not os.path.exists(str(made.path) + "-wal")
    assert [p.name for p in made.path.parent.iterdir()] == [made.path.name]  # no .partial left
    assert read(made.path, "SELECT MAX(version) FROM schema_version") == [(migrations.LATEST,)]
    copied = live_counts(made.path)
    assert copied == live_counts(db_path) == made.counts
    assert copied["concern"] > 100 and copied["villager"] > 100
    assert read(made.path, "SELECT name FROM station WHERE code = ?", (demo_station.code,)) == [
        (demo_station.name,)]


def test_a_backup_is_one_snapshot_while_a_second_connection_writes(db, station, db_path):
    """A writer that has not committed is not in the copy and does not stop
    it; a writer committing all the time never makes pages and counts
    disagree (make_backup checks the copy's counts against its snapshot)."""
    other = sqlite3.connect(str(db_path), timeout=30, isolation_level=None)
    other.execute("CREATE TABLE test_write (n INTEGER NOT NULL)")  # no audit trigger on it
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO test_write VALUES (-1)")
    made = backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 20, 9, 0))
    assert read(made.path, "SELECT COUNT(*) FROM test_write") == [(0,)]
    other.execute("COMMIT")
    other.close()

    written = []
    stop = threading.Event()
    progress = threading.Condition()

    def writer():
        con = sqlite3.connect(str(db_path), timeout=30, isolation_level=None)
        try:
            n = 0
            while not stop.is_set():
                con.execute("INSERT INTO test_write VALUES (?)", (n,))
                n += 1
                with progress:
                    written.append(n)
                    progress.notify_all()
        finally:
            con.close()

    thread = threading.Thread(target=writer)
    thread.start()
    copies = []
    try:
        for i in range(12):
            with progress:  # the writer has committed since the last copy
                seen = len(written)
                progress.wait_for(lambda: len(written) > seen, timeout=30)
            copies.append(backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 20, 10, 0, i)))
    finally:
        stop.set()
        thread.join()
    for made in copies:
        assert read(made.path, "PRAGMA integrity_check") == [("ok",)]
        rows = read(made.path, "SELECT COUNT(*) FROM test_write")[0][0]
        assert made.counts["test_write"] == rows
        # the rows a copy holds are exactly the first ones the writer wrote
        assert read(made.path, "SELECT MIN(n), MAX(n) FROM test_write") == [(-1, rows - 2)]
    assert copies[-1].counts["test_write"] > copies[0].counts["test_write"]
    assert len(written) > 12


# ---------------------------------------------------------------- rotation
def simulate(folder, days, prefix="station-450000001001"):
    """Make the automatic backups of ``days`` as name-only files (the rule
    reads names only), pruning after each as make_backup does; yield each
    day with what is left."""
    folder.mkdir(parents=True, exist_ok=True)
    for day in days:
        for at in (MORNING, EVENING):  # at start-up (if none today) and at closing
            made_at = dt.datetime.combine(day, at)
            if at == MORNING and not backup.backup_due(folder, day):
                continue
            (folder / backup.backup_name(prefix, made_at, backup.AUTO)).write_bytes(b"")
            backup.prune(folder, prefix)
        yield day, {f.made_at: f.shown_kind for f in backup.list_backups(folder)}


def working_days_2026():
    """Every day of 2026 but Sundays and three weeks off in August."""
    day = dt.date(2026, 1, 1)
    while day.year == 2026:
        if day.isoweekday() != 7 and not dt.date(2026, 8, 1) <= day <= dt.date(2026, 8, 23):
            yield day
        day += dt.timedelta(days=1)


def evening(*isodays):
    return {dt.datetime.combine(dt.date.fromisoformat(d), EVENING) for d in isodays}


def test_rotation_over_a_year_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    folder = tmp_path / "backups"
    others = [folder / "station-450000001001-20260101-120000-manual.sqlite3",
              folder / "station-450000001001-20260102-120000-before-restore.sqlite3",
              folder / "station-450000001001-v6-before-upgrade-20260103-120000.sqlite3",
              folder / "station-450000009999-20260104-120000-auto.sqlite3",  # another desk's
              folder / "notes.txt"]
    folder.mkdir()
    for path in others:
        path.write_bytes(b"")
    for day, left in simulate(folder, working_days_2026()):
        autos = {t: k for t, k in left.items() if k in ("daily", "weekly", "monthly")}
        autos.pop(dt.datetime(2026, 1, 4, 12, 0), None)  # the other desk's, never rotated here
        assert len(autos) <= 23
        assert max(autos) == dt.datetime.combine(day, EVENING)  # today's closing backup
        assert all(t.time() == EVENING for t in autos)  # the newest of each day
        assert all(path.exists() for path in others)
        if day == dt.date(2026, 8, 24):  # back after three weeks off: the last 7 working days
            assert {t for t, k in autos.items() if k == "daily"} == evening(
                "2026-08-24", "2026-07-31", "2026-07-30", "2026-07-29", "2026-07-28",
                "2026-07-27", "2026-07-25")
    assert day == dt.date(2026, 12, 31)
    daily = evening("2026-12-31", "2026-12-30", "2026-12-29", "2026-12-28", "2026-12-26",
                    "2026-12-25", "2026-12-24")
    weekly = evening("2026-12-19", "2026-12-12")  # weeks 53 and 52 are kept as daily already
    monthly = evening("2026-11-30", "2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31",
                      "2026-06-30", "2026-05-30", "2026-04-30", "2026-03-31", "2026-02-28",
                      "2026-01-31")  # December's newest is today's, a daily one
    assert {t for t, k in autos.items() if k == "daily"} == daily
    assert {t for t, k in autos.items() if k == "weekly"} == weekly
    assert {t for t, k in autos.items() if k == "monthly"} == monthly
    assert len(autos) == 20
    kinds = {f.path.name: f.shown_kind for f in backup.list_backups(folder)}
    assert kinds["station-450000001001-20260101-120000-manual.sqlite3"] == "manual"
    assert kinds["station-450000001001-20260102-120000-before-restore.sqlite3"] == "before-restore"
    assert kinds["station-450000001001-v6-before-upgrade-20260103-120000.sqlite3"] == "before-upgrade"
    assert "notes.txt" not in kinds


def test_daily_backup_at_start_only_when_none_today_and_every_closing_backup_rotates(db, station, db_path):
    folder = db_path.parent / "backups"
    first = backup.daily_backup(now=dt.datetime(2026, 3, 2, 8, 0))  # Monday, start-up
    assert first is not None and first.path.exists()
    assert backup.daily_backup(now=dt.datetime(2026, 3, 2, 11, 0)) is None  # already one today
    closing = backup.make_backup(backup.AUTO, now=dt.datetime(2026, 3, 2, 17, 30))
    assert closing.removed == [first.path]  # the morning's is older than the closing one
    for day in range(3, 17):  # over midnight the timer finds none today: one per day
        assert backup.daily_backup(now=dt.datetime(2026, 3, day, 0, 5)) is not None
    listed = backup.list_backups(folder)
    assert [f.made_at.date() for f in listed][:7] == [dt.date(2026, 3, d) for d in range(16, 9, -1)]
    assert {f.shown_kind for f in listed[:7]} == {"daily"}
    # week 10 (Mar 2-8) keeps its newest, Mar 8; March's newest is Mar 16, a daily one
    assert [(f.made_at.date(), f.shown_kind) for f in listed[7:]] == [(dt.date(2026, 3, 8), "weekly")]
    for f in listed:
        assert read(f.path, "PRAGMA integrity_check") == [("ok",)]


def test_two_backups_in_one_second_keep_the_later_one(db, station, db_path):
    at = dt.datetime(2026, 6, 1, 17, 0, 0)
    first = backup.make_backup(backup.AUTO, now=at)
    stations.add_staff(station, "晚一点", "13800000013", "clerk")
    second = backup.make_backup(backup.AUTO, now=at)
    assert second.path.name.endswith("-auto-g2.sqlite3")
    assert second.removed == [first.path] and second.path.exists()
    assert read(second.path, "SELECT COUNT(*) FROM staff WHERE name = '晚一点'") == [(1,)]


# ---------------------------------------------------------------- the second folder
def test_second_folder_gets_a_checked_copy_and_a_missing_stick_is_one_plain_sentence(db, station, db_path, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    with pytest.raises(ValidationError, match="找不到这个文件夹"):
        backup.set_second_folder(db_path.parent, tmp_path / "nowhere")
    with pytest.raises(ValidationError, match="第二份请选另一个"):
        (db_path.parent / "backups").mkdir()
        backup.set_second_folder(db_path.parent, db_path.parent / "backups")
    assert backup.second_folder(db_path.parent) is None
    backup.set_second_folder(db_path.parent, stick)
    assert backup.second_folder(db_path.parent) == stick
    made = backup.make_backup(backup.AUTO, now=dt.datetime(2026, 5, 6, 17, 0))
    assert made.second_copy == stick / made.path.name and made.second_note == ""
    assert made.second_copy.read_bytes() == made.path.read_bytes()
    assert sorted(p.name for p in stick.iterdir()) == [made.path.name]

    stick.rename(tmp_path / "usb-unplugged")
    again = backup.make_backup(backup.AUTO, now=dt.datetime(2026, 5, 7, 17, 0))
    assert again.path.exists() and again.second_copy is None
    assert "找不到" in again.second_note and "本机的备份已经存好" in again.second_note
    # a backup to a folder of one's own choosing is not copied again
    own = tmp_path / "own"
    own.mkdir()
    assert backup.make_backup(backup.MANUAL, folder=own).second_note == ""
    backup.set_second_folder(db_path.parent, None)
    assert backup.second_folder(db_path.parent) is None


# ---------------------------------------------------------------- restore
def test_restore_round_trip(demo_station, db_path):
    before_backup = stations.add_staff(demo_station, "备份前", "13800000011", "clerk")
    made = backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 20, 9, 0))
    stations.add_staff(demo_station, "备份后", "13800000012", "clerk")
    counts_after = live_counts(db_path)

    contents = restore.inspect(made.path)
    assert (contents.station_name, contents.station_code) == (demo_station.name, demo_station.code)
    assert contents.made_at == dt.datetime(2026, 11, 20, 9, 0)
    assert contents.version == migrations.LATEST
    assert contents.concerns == made.counts["concern"] and contents.villagers == made.counts["villager"]
    assert contents.newest_concern == dt.date.fromisoformat(
        read(made.path, "SELECT MAX(registered_on) FROM concern")[0][0])

    result = restore.restore(made.path, now=dt.datetime(2026, 11, 20, 10, 0))
    names = {s.name for s in Staff.select()}  # through the reopened peewee handle
    assert "备份前" in names and "备份后" not in names
    assert Staff.get_by_id(before_backup.id).phone == "13800000011"
    assert read(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert read(db_path, "PRAGMA journal_mode") == [("wal",)]
    restored = live_counts(db_path)
    assert restored["staff"] == made.counts["staff"]
    # the "before restore" backup holds what was there, the newer data included
    assert re.search(r"-before-restore-g\d+\.sqlite3$", result.before.path.name)
    assert read(result.before.path, "SELECT COUNT(*) FROM staff WHERE name = '备份后'") == [(1,)]
    assert result.before.counts == counts_after
    kinds = {f.path.name: f.shown_kind for f in backup.list_backups(db_path.parent / "backups")}
    assert kinds[result.before.path.name] == "before-restore"


def test_restore_of_an_old_version_backup_runs_the_migrations(db, station, db_path, tmp_path):
    from .test_upgrade import SUMMARY, make_v1_database

    old = tmp_path / "old" / "station.sqlite3"
    old.parent.mkdir()
    make_v1_database(old)
    contents = restore.inspect(old)
    assert contents.version == 1 and contents.concerns == 1 and contents.station_name == "旧版村村民关切回应站"
    assert contents.newest_concern == dt.date(2025, 3, 2)
    restore.restore(old)
    assert read(db_path, "SELECT MAX(version) FROM schema_version") == [(migrations.LATEST,)]
    assert read(db_path, "SELECT summary FROM concern") == [(SUMMARY,)]
    assert stations.this_station().name == "旧版村村民关切回应站"


def damaged_copies(good, tmp_path):
    """Files that are not sound backups of this app, each with the words the refusal uses."""
    torn = tmp_path / "torn.sqlite3"
    data = bytearray(good.read_bytes())
    page = 4096
    for p in range(3, len(data) // page, 5):  # scribble over every fifth page
        data[p * page + 8:p * page + 400] = os.urandom(392)
    torn.write_bytes(bytes(data))
    text = tmp_path / "note.sqlite3"
    text.write_text("这不是数据库" * 200, encoding="utf-8")
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    stranger = tmp_path / "stranger.sqlite3"
    con = sqlite3.connect(str(stranger))
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    con = sqlite3.connect(str(newer))
    con.execute("INSERT INTO schema_version VALUES (?)", (migrations.LATEST + 1,))
    con.commit()
    con.close()
    return [(torn, "不是本软件完好的备份"), (text, "不是本软件完好的备份"),
            (empty, "不是本软件完好的备份"), (stranger, "缺少"),
            (newer, "较新版本"), (tmp_path / "missing.sqlite3", "找不到备份文件")]


def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(demo_station, db_path, tmp_path):
    good = backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 20, 9, 0)).path
    stations.add_staff(demo_station, "备份后", "13800000012", "clerk")
    counts = live_counts(db_path)
    backups_before = sorted(p.name for p in good.parent.iterdir())
    for bad, words in damaged_copies(good, tmp_path):
        with pytest.raises(backup.BackupError, match=words) as refused:
            restore.restore(bad)
        assert "没有改动" in refused.value.message or "找不到" in refused.value.message
        assert live_counts(db_path) == counts
        assert sorted(p.name for p in good.parent.iterdir()) == backups_before  # no before-restore copy
    assert Staff.get_or_none(Staff.name == "备份后") is not None
    with pytest.raises(backup.BackupError, match="正在使用的数据文件"):
        restore.restore(db_path)
    assert live_counts(db_path) == counts


def test_who_may_back_up_restore_and_choose_the_second_folder(db, station, db_path, tmp_path):
    from models.core import access

    made = backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 20, 9, 0))
    staff = {s.role: s for s in stations.active_staff(station)}
    supervisor = stations.add_staff(station, "赵监督", "13800000019", "supervisor")
    counts = live_counts(db_path)
    with access.acting_as(access.actor_for(staff["clerk"])):
        assert backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 20, 9, 1)).path.exists()
        with pytest.raises(access.NotAllowed, match="找站长"):
            restore.restore(made.path)
        with pytest.raises(access.NotAllowed):  # every villager's record would go there
            backup.set_second_folder(db_path.parent, tmp_path)
        assert backup.make_backup(backup.AUTO, now=dt.datetime(2026, 11, 20, 9, 2)).path.exists()
    assert live_counts(db_path) == counts
    assert not list((db_path.parent / "backups").glob("*before-restore*"))
    assert backup.second_folder(db_path.parent) is None
    with access.acting_as(access.actor_for(supervisor)):
        with pytest.raises(access.NotAllowed):
            backup.make_backup(backup.MANUAL)
    with access.acting_as(access.actor_for(staff["head"])):
        backup.set_second_folder(db_path.parent, tmp_path)
        restore.restore(made.path)
    assert list((db_path.parent / "backups").glob("*before-restore*"))


# ---------------------------------------------------------------- the command line
def run(*args, stdin=""):
    proc = subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture(scope="module")
def cli_demo(tmp_path_factory, demo_template):
    """A demo data folder (a copy of the session's demo year)."""
    d = tmp_path_factory.mktemp("backup-cli") / "data"
    copy_demo(demo_template, d)
    return d


def test_cli_backup_list_and_restore(cli_demo, tmp_path):
    d = cli_demo
    path = database_path(d)
    assert "没有备份" in run("--data-dir", d, "backup", "--list").stdout
    made = run("--data-dir", d, "backup")
    assert made.returncode == 0 and "已备份并检查无误" in made.stdout
    first = next((d / "backups").glob("*-manual-g*.sqlite3"))
    stick = tmp_path / "stick"
    assert run("--data-dir", d, "backup", "--to", stick).returncode == 1  # no such folder
    stick.mkdir()
    to = run("--data-dir", d, "backup", "--to", stick)
    assert to.returncode == 0 and len(list(stick.glob("*-manual-g*.sqlite3"))) == 1
    listed = run("--data-dir", d, "backup", "--list")
    assert listed.returncode == 0 and first.name in listed.stdout and "手动" in listed.stdout

    open_database(path)  # something written after the backup
    try:
        stations.add_staff(stations.this_station(), "备份后", "13800000012", "clerk")
    finally:
        close_database()
    counts = live_counts(path)

    declined = run("--data-dir", d, "restore", first, stdin="n\n")
    assert declined.returncode == 1 and "没有恢复" in declined.stdout
    for words in ("站点：那堪村", "备份时间：", f"数据版本：{migrations.LATEST}", "村民 ", "来访 ",
                  "关切 ", "最新一件关切登记于："):
        assert words in declined.stdout
    assert run("--data-dir", d, "restore", first).returncode == 1  # no answer is no
    assert live_counts(path) == counts

    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    refused = run("--data-dir", d, "restore", bad, "--yes")
    assert refused.returncode == 1 and "不是本软件完好的备份" in refused.stderr
    assert live_counts(path) == counts

    from commands.common import acquire_data_folder  # the desk window is open on this folder

    lock = acquire_data_folder(d)
    try:
        busy = run("--data-dir", d, "restore", first, "--yes")
        assert busy.returncode == 1 and "请先关闭工作台" in busy.stderr
    finally:
        lock.unlock()
    assert live_counts(path) == counts

    done = run("--data-dir", d, "restore", first, stdin="y\n")
    assert done.returncode == 0 and "已恢复" in done.stdout, done.stderr
    assert read(path, "SELECT COUNT(*) FROM staff WHERE name = '备份后'") == [(0,)]
    before = next((d / "backups").glob("*-before-restore-g*.sqlite3"))
    assert read(before, "SELECT COUNT(*) FROM staff WHERE name = '备份后'") == [(1,)]
    assert run("--data-dir", d, "restore", before, "--yes").returncode == 0
    assert read(path, "SELECT COUNT(*) FROM staff WHERE name = '备份后'") == [(1,)]
