"""Damage found early (issue 14): after every start the desk checks the
whole file and the audit chain in the background; a tampered chain is told
over the window and the automatic backups pause; a sound file says nothing."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from models.safety.opening import close_database, open_database
from models.station import stations
from ui import app as desk_app


def _desk(folder: Path) -> Path:
    path = folder / "station.sqlite3"
    open_database(path)
    village = stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206")
    stations.add_staff(village, "黄站长", "13800000001", "head", full_time=True)
    close_database()
    return path


def _started(qtbot, folder: Path):
    app, window, code = desk_app.start(str(folder))
    assert window is not None and code == 0
    qtbot.addWidget(window)
    check = window.background_check
    qtbot.waitUntil(lambda: check.report is not None, timeout=60000)
    return window, check


def test_a_sound_file_is_checked_in_the_background_and_nothing_is_said(qtbot, tmp_path):
    _desk(tmp_path)
    window, check = _started(qtbot, tmp_path)
    assert check.report.ok and check.box is None and window.backups_wanted


def test_a_tampered_chain_is_told_at_start_and_the_backups_pause(qtbot, tmp_path):
    path = _desk(tmp_path)
    with closing(sqlite3.connect(path)) as con:  # behind the app's back, its audit triggers off
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name LIKE 'audit_staff_%'").fetchall():
            con.execute(f'DROP TRIGGER "{name}"')
        con.execute("UPDATE staff SET phone = '13000000000'")
        con.commit()
    window, check = _started(qtbot, tmp_path)
    assert not check.report.ok
    assert check.box is not None and check.box.isVisible()
    text = check.box.text()
    assert "发现这些问题" in text and "记录链有问题" in text and "自动备份已经暂停" in text
    assert window.backups_wanted is False
    check.box.grab().save(str(tmp_path / "background-check.png"))
