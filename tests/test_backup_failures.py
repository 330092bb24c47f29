"""Backups that fail are seen, and leave nothing behind (issue 14): a failed
automatic backup is recorded beside the data file until one succeeds (the
home screen shows it: tests/ui/test_backup_banner.py); a killed backup's
``.partial`` is deleted by the next backup; ``backup`` of a database whose
audit chain was tampered with does not say "检查无误"."""
from __future__ import annotations

import datetime as dt
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from models.safety import backup, backup_status

from .conftest import ROOT

AT = dt.datetime(2026, 5, 6, 17, 0)


def test_a_failed_automatic_backup_is_kept_until_one_succeeds(db, station, db_path):
    folder = db_path.parent / "backups"
    folder.write_text("not a folder")  # the backups folder cannot be made
    with pytest.raises(backup.BackupError) as failed:
        backup.make_backup(backup.AUTO, now=AT)
    (here,) = backup_status.failures(db_path.parent)
    assert (here.where, here.at, here.message) == ("here", "2026-05-06 17:00", failed.value.message)
    assert "备份失败" in here.message
    folder.unlink()
    backup.make_backup(backup.AUTO, now=AT + dt.timedelta(minutes=1))
    assert backup_status.failures(db_path.parent) == []
    assert not (db_path.parent / backup_status.STATUS_FILE).exists()


def test_a_second_copy_that_was_not_made_is_kept_until_one_is(db, station, db_path, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    backup.set_second_folder(db_path.parent, stick)
    stick.rename(tmp_path / "unplugged")
    made = backup.make_backup(backup.AUTO, now=AT)
    (second,) = backup_status.failures(db_path.parent)
    assert second.where == "second" and second.message == made.second_note
    (tmp_path / "unplugged").rename(stick)
    assert backup.make_backup(backup.MANUAL, now=AT).second_copy is not None
    assert backup_status.failures(db_path.parent) == []


def test_a_backup_to_a_folder_of_ones_own_is_not_what_the_home_screen_watches(db, station, db_path, tmp_path):
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(backup.BackupError):
        backup.make_backup(backup.MANUAL, folder=tmp_path / "a-file" / "deep", now=AT)
    assert backup_status.failures(db_path.parent) == []  # said where it was asked, not on the home screen


WRITER = r"""
import sys, datetime as dt
sys.path.insert(0, sys.argv[1])
from models.safety import backup
from models.safety.opening import open_database
open_database(sys.argv[2])
real = backup.check_copy
def stop(path, version, counts):
    print("partial written", flush=True)
    sys.stdin.readline()  # killed here, with the full-size .partial on disk
    return real(path, version, counts)
backup.check_copy = stop
backup.make_backup(backup.AUTO, now=dt.datetime(2026, 5, 6, 17, 0))
"""


def test_a_killed_backups_partial_file_is_deleted_by_the_next_backup(db, station, db_path):
    from models.safety.opening import close_database

    close_database()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(ROOT), str(db_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "partial written"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    folder = db_path.parent / "backups"
    (left,) = folder.glob("*.partial")
    assert left.stat().st_size > 0
    from models.safety.opening import open_database

    open_database(db_path)
    made = backup.make_backup(backup.AUTO, now=AT + dt.timedelta(minutes=5))
    assert not left.exists() and list(folder.glob("*.partial")) == []
    assert [p.name for p in folder.iterdir()] == [made.path.name]


def test_backup_of_a_tampered_chain_says_so_and_exits_1(db, station, db_path):
    from models.safety.opening import close_database

    close_database()
    with closing(sqlite3.connect(db_path)) as con:  # behind the app's back, its triggers off
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name LIKE 'audit_staff_%'").fetchall():
            con.execute(f'DROP TRIGGER "{name}"')
        con.execute("UPDATE staff SET phone = '13000000000'")
        con.commit()
    proc = subprocess.run([sys.executable, "main.py", "--data-dir", str(db_path.parent), "backup"],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "检查无误" not in proc.stdout + proc.stderr
    assert "记录链有问题" in proc.stderr and "Traceback" not in proc.stderr
    assert len(list((db_path.parent / "backups").glob("*.sqlite3"))) == 1  # the copy is kept
