"""After an unclean shutdown (power cut, crash, killed) the desk checks the
database on start-up, logs what it found and tells the officer; after a
clean exit it says nothing."""
from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from models import integrity, stations
from models.db import close_database, open_database
from ui import app as desk_app
from ui import desk_guard

ROOT = Path(__file__).resolve().parents[2]

# The desk as a person starts it (ui.app.run), closing itself as soon as its
# event loop runs; prints the text of any message box over the window.
RUN_AND_CLOSE = r"""
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from ui import app as desk_app

def look_and_quit():
    for w in QApplication.topLevelWidgets():
        for box in [w] + w.findChildren(QMessageBox):
            if isinstance(box, QMessageBox) and box.isVisible():
                print("BOX:" + box.windowTitle() + "|" + box.text().replace("\n", " "))
    QApplication.quit()

desk_app.make_app()
QTimer.singleShot(0, look_and_quit)
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
def test_a_desk_killed_while_running_is_checked_at_the_next_start(tmp_path):
    """The real thing: the desk process is killed (as a power cut would stop
    it); the next start notices, checks, says all is well, and a clean exit
    clears the marker so the start after that says nothing."""
    data = tmp_path / "data"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "demo"],
                   check=True, capture_output=True, timeout=120)
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
