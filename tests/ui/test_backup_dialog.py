"""The backups dialog as the station head uses it: back up now, restore the
chosen backup after reading what it holds, refuse a damaged file, choose a
USB stick for a second copy; and the desk's automatic backups."""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from models.core.schema import Staff
from models.safety import backup
from models.station import stations
from ui.backup_dialog import AutoBackup, BackupDialog
from ui.settings_dialog import SettingsDialog

from ..conftest import NOW, ROOT, copy_demo


def staff_names() -> set[str]:
    return {s.name for s in Staff.select()}


def open_dialog(qtbot, ctx) -> BackupDialog:
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)


def test_settings_has_a_button_to_the_backups(qtbot, ctx):
    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        seen.append((type(dialog).__name__, dialog.windowTitle()))
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(settings.backups_button, Qt.LeftButton)
    assert settings.backups_button.text() == "备份与恢复(&U)…"
    assert seen == [("BackupDialog", "备份")]


def test_back_up_now_in_a_worker_and_list_it(qtbot, demo_ctx, db_path):
    dialog = open_dialog(qtbot, demo_ctx)
    assert dialog.table.rowCount() == 0
    qtbot.mouseClick(dialog.backup_button, Qt.LeftButton)
    # the work is in a thread: the window is back at once, its buttons held until it is done
    assert dialog.is_busy() and not dialog.backup_button.isEnabled() and not dialog.close_button.isEnabled()
    wait_idle(qtbot, dialog)
    assert "已备份并检查无误" in dialog.status_label.text()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, dialog.KIND).text() == "手动"
    assert re.search(r"-manual-g\d+\.sqlite3$", dialog.table.item(0, dialog.FILE).text())
    made = db_path.parent / "backups" / dialog.table.item(0, dialog.FILE).text()
    con = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
    dialog.select_row(0)
    assert dialog.restore_button.isEnabled()


def test_restore_shows_what_the_backup_holds_and_only_yes_restores(qtbot, demo_ctx, db_path):
    made = backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 19, 18, 0))
    stations.add_staff(demo_ctx.station, "备份后", "13800000012", "clerk")
    dialog = open_dialog(qtbot, demo_ctx)
    dialog.select_row(0)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.CONFIRM, timeout=30000)
    summary = dialog.summary_label.text()
    for words in (demo_ctx.station.name, "备份时间：2026-11-19 18:00",
                  f"关切 {made.counts['concern']} 件", f"村民 {made.counts['villager']} 人",
                  "最新一件关切登记于：", "数据版本："):
        assert words in summary
    assert dialog.other_station_label.isHidden()
    assert dialog.no_button.hasFocus()  # Enter says no

    qtbot.mouseClick(dialog.no_button, Qt.LeftButton)
    assert dialog.pages.currentIndex() == dialog.LIST
    assert "备份后" in staff_names()

    dialog.select_row(0)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.CONFIRM, timeout=30000)
    qtbot.mouseClick(dialog.yes_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.DONE, timeout=30000)
    assert "备份后" not in staff_names()  # read through the reopened database
    assert "2026-11-19 18:00" in dialog.done_label.text()
    before = dialog.restored.before.path
    assert before.name in dialog.done_label.text()
    con = sqlite3.connect(f"file:{before}?mode=ro", uri=True)
    assert con.execute("SELECT COUNT(*) FROM staff WHERE name = '备份后'").fetchone() == (1,)
    con.close()
    kinds = [dialog.table.item(r, dialog.KIND).text() for r in range(dialog.table.rowCount())]
    assert kinds == ["恢复前", "手动"]  # newest first
    dialog.reject()  # after a restore only "start the desk again" leaves
    assert dialog.isVisible() and dialog.restart_button.isEnabled()


def test_a_clerk_may_back_up_but_not_restore_or_choose_the_second_folder(qtbot, ctx):
    from models.core import access

    backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 19, 18, 0))
    staff = {s.role: s for s in stations.active_staff(ctx.station)}
    with access.acting_as(access.actor_for(staff["clerk"])):
        dialog = open_dialog(qtbot, ctx)
        dialog.select_row(0)
        assert dialog.backup_button.isEnabled()
        assert not dialog.restore_button.isEnabled() and not dialog.restore_file_button.isEnabled()
        assert not dialog.choose_second_button.isEnabled()
        assert dialog.roles_label.isVisible() and "站长" in dialog.roles_label.text()
        dialog.show_restore(dialog.chosen())  # even if reached some other way
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.CONFIRM, timeout=30000)
        qtbot.mouseClick(dialog.yes_button, Qt.LeftButton)
        wait_idle(qtbot, dialog)
        assert "不能从备份恢复数据" in dialog.error_label.text()
        assert dialog.pages.currentIndex() == dialog.LIST and dialog.restored is None
    with access.acting_as(access.actor_for(staff["head"])):
        dialog.refresh()
        dialog.select_row(0)
        assert dialog.restore_button.isEnabled() and dialog.choose_second_button.isEnabled()
        assert dialog.roles_label.isHidden()


def test_a_damaged_file_is_refused_in_plain_words_and_nothing_changes(qtbot, demo_ctx, tmp_path, monkeypatch):
    good = backup.make_backup(backup.MANUAL, now=dt.datetime(2026, 11, 19, 18, 0)).path
    bad = tmp_path / "bad.sqlite3"
    data = bytearray(good.read_bytes())
    data[4096 * 3:4096 * 40] = b"\x5a" * (4096 * 37)
    bad.write_bytes(bytes(data))
    stations.add_staff(demo_ctx.station, "备份后", "13800000012", "clerk")
    dialog = open_dialog(qtbot, demo_ctx)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(dialog.restore_file_button, Qt.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.error_label.isVisible()
    assert "不是本软件完好的备份" in dialog.error_label.text()
    assert "没有改动" in dialog.error_label.text()
    assert dialog.pages.currentIndex() == dialog.LIST
    assert "备份后" in staff_names()
    assert dialog.table.rowCount() == 1  # no "before restore" copy was made


def test_a_backup_of_another_station_is_said_plainly(qtbot, demo_ctx, tmp_path):
    from models.safety.opening import close_database, open_database

    other = tmp_path / "other" / "station.sqlite3"
    here = backup.live_path()
    open_database(other)
    stations.set_up_this_station("village", "别的村村民关切回应站", "450000009009")
    made = backup.make_backup(backup.MANUAL)
    close_database()
    open_database(here)
    dialog = open_dialog(qtbot, demo_ctx)
    dialog.show_restore(made.path)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.CONFIRM, timeout=30000)
    assert "别的村村民关切回应站" in dialog.summary_label.text()
    assert dialog.other_station_label.isVisible()
    assert "另一个站点的备份" in dialog.other_station_label.text()


def test_second_folder_chosen_copied_to_missing_and_cleared(qtbot, demo_ctx, tmp_path, monkeypatch):
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = open_dialog(qtbot, demo_ctx)
    assert "没有选择" in dialog.second_label.text() and not dialog.clear_second_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(dialog.choose_second_button, Qt.LeftButton)
    assert str(stick) in dialog.second_label.text() and dialog.clear_second_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.LeftButton)
    wait_idle(qtbot, dialog)
    assert "第二份" in dialog.status_label.text()
    assert len(list(stick.glob("*-manual-g*.sqlite3"))) == 1

    stick.rename(tmp_path / "usb-away")  # the stick is pulled out
    dialog.refresh()
    assert "现在找不到" in dialog.second_label.text()
    qtbot.mouseClick(dialog.backup_button, Qt.LeftButton)
    wait_idle(qtbot, dialog)
    assert "已备份并检查无误" in dialog.status_label.text()  # this computer's copy is made
    assert "找不到" in dialog.error_label.text() and "本机的备份已经存好" in dialog.error_label.text()
    assert dialog.table.rowCount() == 2

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "nowhere"))
    qtbot.mouseClick(dialog.choose_second_button, Qt.LeftButton)
    assert "找不到这个文件夹" in dialog.error_label.text()
    qtbot.mouseClick(dialog.clear_second_button, Qt.LeftButton)
    assert "没有选择" in dialog.second_label.text()


def test_automatic_backups_once_a_day_and_at_closing(qtbot, ctx, db_path):
    clock = {"now": NOW}
    auto = AutoBackup(now=lambda: clock["now"])
    auto.timer.stop()
    folder = db_path.parent / "backups"

    def autos():
        return sorted(p.name for p in folder.glob("*-auto-g*.sqlite3")) if folder.exists() else []

    auto.check()  # what the start-up check and the timer do
    qtbot.waitUntil(lambda: auto.job is None, timeout=30000)
    assert autos() == [f"station-{ctx.station.code}-20261120-093000-auto-g1.sqlite3"]
    clock["now"] = NOW + dt.timedelta(hours=3)
    auto.check()
    qtbot.waitUntil(lambda: auto.job is None, timeout=30000)
    assert len(autos()) == 1  # one today already
    clock["now"] = dt.datetime(2026, 11, 21, 0, 10)  # the desk stayed open over midnight
    auto.check()
    qtbot.waitUntil(lambda: auto.job is None, timeout=30000)
    assert autos()[-1] == f"station-{ctx.station.code}-20261121-001000-auto-g2.sqlite3"
    clock["now"] = dt.datetime(2026, 11, 21, 17, 45)
    auto.at_exit()  # closing: the newest of the day replaces the morning's
    assert autos() == [f"station-{ctx.station.code}-20261120-093000-auto-g1.sqlite3",
                       f"station-{ctx.station.code}-20261121-174500-auto-g3.sqlite3"]


DESK_SCRIPT = """
import datetime as dt
import sys
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QTimer
from models.core import clock
import ui.app as desk

# the desk's clock on one afternoon, running on: both closings fall on one
# day whatever the hour the test runs at (a run across midnight made two)
clock.set_now(dt.datetime(2026, 11, 20, 15, 0), ticking=True)

app = desk.make_app()
starts = []
real_start = desk.start


def start(*args, **kwargs):
    started = real_start(*args, **kwargs)
    starts.append(started[1] is not None)
    # the first time, what "start the desk again" does after a restore; then close
    code = 75 if len(starts) == 1 else 0
    QTimer.singleShot(300, lambda: app.exit(code))
    return started


desk.start = start
code = desk.run(sys.argv[1])
print("starts", starts, "code", code)
"""


def test_the_desk_starts_again_after_a_restore_and_backs_up_at_closing(demo_template, tmp_path):
    """ui.app.run as a person starts it, in its own process: the restart code
    opens a new window; each closing makes an automatic backup, and the newer
    of two in one day replaces the older."""
    data = tmp_path / "data"
    copy_demo(demo_template, data)  # the session's demo database, closed
    desk = subprocess.run([sys.executable, "-c", DESK_SCRIPT, str(data), str(ROOT)], cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert desk.returncode == 0, desk.stderr
    assert "starts [True, True] code 0" in desk.stdout
    autos = list((data / "backups").glob("*-auto*.sqlite3"))
    assert len(autos) == 1
    con = sqlite3.connect(f"file:{autos[0]}?mode=ro", uri=True)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
