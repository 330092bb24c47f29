"""After an unclean shutdown (power cut, crash, killed) the desk checks the
database on start-up, logs what it found and tells the officer; after a
clean exit it says nothing."""
from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from models.safety import integrity
from models.safety.opening import close_database, open_database
from models.station import stations
from ui import app as desk_app
from ui import desk_guard

from ..conftest import copy_demo

ROOT = Path(__file__).resolve().parents[2]

# The desk as a person starts it (ui.app.run), closing itself once its window
# is up: prints the text of any message box over the window, then asks the
# event loop to end (again on each tick: a quit asked before run() reaches
# its own event loop, e.g. inside a nested one, would be lost).
RUN_AND_CLOSE = r"""
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from ui import app as desk_app

looked = []

def look_and_quit():
    if not looked:
        looked.append(1)
        for w in QApplication.topLevelWidgets():
            for box in [w] + w.findChildren(QMessageBox):
                if isinstance(box, QMessageBox) and box.isVisible():
                    print("BOX:" + box.windowTitle() + "|" + box.text().replace("\n", " "), flush=True)
    QApplication.exit(0)  # not quit(): Qt 6's quit() first asks every window to close

real_start = desk_app.start

def start(*args, **kw):
    app, window, code = real_start(*args, **kw)
    timer = QTimer(app)
    timer.timeout.connect(look_and_quit)
    timer.start(50)
    return app, window, code

desk_app.start = start
desk_app.make_app()
sys.exit(desk_app.run(sys.argv[2]))
"""


def _env():
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_LANG="zh_CN")


def _make_station_db(folder: Path) -> Path:
    path = folder / "station.sqlite3"
    open_database(path)
    stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206")
    close_database()
    return path


def _start(qtbot, folder: Path, check: bool):
    app, window, code = desk_app.start(str(folder), check_integrity=check)
    assert window is not None and code == 0
    qtbot.addWidget(window)
    return window


def test_the_marker_tells_a_clean_exit_from_an_unclean_one(tmp_path):
    assert not integrity.was_unclean_shutdown(tmp_path)
    assert integrity.begin_session(tmp_path) is False
    assert integrity.was_unclean_shutdown(tmp_path)  # while running, and after a crash
    assert integrity.begin_session(tmp_path) is True
    integrity.end_session(tmp_path)
    assert not integrity.was_unclean_shutdown(tmp_path)
    assert integrity.begin_session(tmp_path) is False


def test_a_sound_database_after_an_unclean_shutdown_is_said_to_be_fine_and_logged(
        qtbot, tmp_path, monkeypatch):
    _make_station_db(tmp_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # install_error_hook replaces it
    log = desk_guard.install_error_hook(tmp_path / "logs")
    handler = desk_guard._log.handlers[-1]
    try:
        window = _start(qtbot, tmp_path, check=True)
        box = window.integrity_box
        assert box.isVisible()
        assert box.windowTitle() == "数据已经检查过了"
        assert "上次软件没有正常关闭" in box.text() and "一切正常" in box.text()
        assert window.backups_wanted is True
        box.accept()
        window.close()
        handler.flush()
        assert "database check: all fine" in log.read_text(encoding="utf-8")
    finally:
        desk_guard._log.removeHandler(handler)
        handler.close()
        close_database()


def test_problems_found_after_an_unclean_shutdown_are_told_with_the_backups_folder(
        qtbot, tmp_path):
    path = _make_station_db(tmp_path)
    with closing(sqlite3.connect(path)) as con:  # someone removed a guard behind the app's back
        con.execute("DROP TRIGGER concern_event_append_only_d")
        con.commit()
    try:
        window = _start(qtbot, tmp_path, check=True)
        box = window.integrity_box
        assert box.isVisible() and box.icon() == QMessageBox.Warning
        assert box.windowTitle() == "数据检查发现问题"
        assert "concern_event_append_only_d" in box.text()
        assert "请先不要录入新的记录" in box.text()
        assert str(tmp_path / "backups") in box.text()
        # a damaged database is not copied into the rotation over the good backups
        assert window.backups_wanted is False
        box.accept()
        window.close()
    finally:
        close_database()


def test_after_a_clean_exit_nothing_is_checked_or_said(qtbot, tmp_path):
    _make_station_db(tmp_path)
    try:
        window = _start(qtbot, tmp_path, check=False)
        assert not hasattr(window, "integrity_box")
        assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        window.close()
    finally:
        close_database()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_desk_killed_while_running_is_checked_at_the_next_start(tmp_path, demo_template):
    """The real thing: the desk process is killed (as a power cut would stop
    it); the next start notices, checks, says all is well, and a clean exit
    clears the marker so the start after that says nothing."""
    data = tmp_path / "data"
    copy_demo(demo_template, data)  # a demo desk, as `main.py demo` makes it
    desk = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)],
                            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not integrity.was_unclean_shutdown(data):
            assert desk.poll() is None, desk.stderr.read().decode()
            assert time.monotonic() < deadline, "the desk never marked itself running"
            time.sleep(0.05)
    finally:
        desk.send_signal(signal.SIGKILL)
        desk.wait(timeout=30)
    assert integrity.was_unclean_shutdown(data)

    def start_and_close() -> str:
        done = subprocess.run([sys.executable, "-c", RUN_AND_CLOSE, str(ROOT), str(data)],
                              env=_env(), capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    seen = start_and_close()
    assert "BOX:数据已经检查过了|" in seen and "一切正常" in seen
    assert "database check: all fine" in (data / "logs" / "desk.log").read_text(encoding="utf-8")
    assert not integrity.was_unclean_shutdown(data)  # that start ended cleanly
    assert "BOX:" not in start_and_close()


# ------------------------------------------------------------ what the check finds

def _desk_with_a_concern(folder: Path) -> tuple[Path, str]:
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput

    path = folder / "station.sqlite3"
    open_database(path)
    village = stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206")
    zhang = villagers.register_villager(village, "张三")
    _, [concern] = intake.receive_visit(village, "walk_in", [zhang],
                                        [ConcernInput(zhang, "dispute", "mediate_on_site", "宅基地纠纷")])
    close_database()
    return path, concern.case_number


def _tamper(path: Path, *statements: str) -> None:
    """Change the file behind the app's back (with the app's SQL functions,
    so that its audit triggers still run)."""
    from models.safety import audit

    with closing(sqlite3.connect(path)) as con:
        audit.register_functions(con)
        for sql in statements:
            con.execute(sql)
        con.commit()


def _trigger_sql(path: Path, name: str) -> str:
    with closing(sqlite3.connect(path)) as con:
        return con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]


def _problems(path) -> list[str]:
    report = integrity.check_database(path)
    assert not report.ok and report.problems
    for line in report.problems:
        assert re.search(r"[\u4e00-\u9fff]", line) and "\n" not in line
    return report.problems


def test_a_sound_database_passes_and_the_check_writes_nothing(tmp_path):
    path, _ = _desk_with_a_concern(tmp_path)
    before = path.read_bytes()
    report = integrity.check_database(path)
    assert report.ok and report.problems == []
    assert report.details["integrity_check"] == ["ok"] and report.details["foreign_key_check"] == []
    assert report.summary().startswith("数据检查通过")
    assert path.read_bytes() == before


def test_the_check_names_each_kind_of_damage(tmp_path):
    path, case = _desk_with_a_concern(tmp_path)
    guard = _trigger_sql(path, "concern_event_append_only_d")
    # A concern's registration removed behind the app's back (guard lifted and put back).
    _tamper(path, "DROP TRIGGER concern_event_append_only_d",
            "DELETE FROM concern_event WHERE kind = 'registered'", guard)
    [missing_registration, count] = _problems(path)
    assert "缺少登记记录" in missing_registration and case in missing_registration
    assert "条数对不上" in count and case in count

    _tamper(path, "UPDATE concern SET event_count = (SELECT COUNT(*) FROM concern_event)")
    _tamper(path, "PRAGMA foreign_keys = OFF",
            "INSERT INTO concern_event (id, concern_id, seq, kind, at_utc, local_date, note, data) "
            "VALUES ('x', 'no-such-concern', 1, 'note', '2026-01-01', '2026-01-01', '', '{}')")
    assert any("指向已经不存在的记录" in p and "concern_event" in p for p in _problems(path))

    _tamper(path, "DROP TRIGGER concern_event_append_only_d",
            "DELETE FROM concern_event WHERE id = 'x'", guard, "DROP TRIGGER concern_never_deleted")
    [gone, _still_unregistered] = _problems(path)
    assert "concern_never_deleted" in gone and "backups" in gone


def test_a_newer_file_a_foreign_file_and_a_missing_file_are_told_plainly(tmp_path):
    path, _ = _desk_with_a_concern(tmp_path)
    _tamper(path, "INSERT INTO schema_version (version) VALUES (9999)")
    [newer] = _problems(path)
    assert "较新版本" in newer and "9999" in newer

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 300)
    [damaged] = _problems(junk)
    assert "读不出来" in damaged

    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    [foreign] = _problems(empty)
    assert "不是本软件的数据文件" in foreign

    [missing] = _problems(tmp_path / "nowhere.sqlite3")
    assert "找不到数据文件" in missing
