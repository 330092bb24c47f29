"""The first-run screen, driven as a person would: type, click, press keys."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from models.core.db import db as dbproxy
from models.core.paths import demo_database_path
from models.core.schema import Concern, Station
from models.safety.opening import close_database
from models.samples import demo
from models.station import stations
from ui import app as desk_app
from ui.first_run import FirstRunDialog


def _open(qtbot) -> FirstRunDialog:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_set_up_a_village_station_by_typing(qtbot, typer, db):
    dialog = _open(qtbot)
    assert dialog.level_combo.currentData() == "village"
    assert dialog.parent_name_edit.isVisible()
    assert "乡镇回应中心" in dialog.parent_name_label.text()
    typer(dialog.name_edit, "板烟村村民关切回应站")
    typer(dialog.code_edit, "451422101206")
    typer(dialog.parent_name_edit, "城中镇回应中心")
    typer(dialog.parent_code_edit, "451422101")
    typer(dialog.address_edit, "板烟村村委会")
    typer(dialog.phone_edit, "0771-8620000")
    typer(dialog.hours_edit, "周一至周五")
    qtbot.keyClick(dialog.hours_edit, Qt.Key_Return)  # Enter confirms

    assert dialog.result() == QDialog.Accepted
    here = stations.this_station()
    assert (here.level, here.name, here.code) == ("village", "板烟村村民关切回应站", "451422101206")
    assert (here.address, here.phone, here.opening_hours) == ("板烟村村委会", "0771-8620000", "周一至周五")
    assert (here.parent.level, here.parent.name, here.parent.code) == (
        "township", "城中镇回应中心", "451422101")


def test_a_county_has_no_parent(qtbot, typer, db):
    dialog = _open(qtbot)
    dialog.level_combo.setFocus()
    while dialog.level_combo.currentData() != "county":
        qtbot.keyClick(dialog.level_combo, Qt.Key_Up)
    assert not dialog.parent_name_edit.isVisible()
    assert not dialog.parent_code_edit.isVisible()
    typer(dialog.name_edit, "宁明县回应指挥部")
    typer(dialog.code_edit, "451422")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    assert stations.this_station().level == "county"
    assert stations.this_station().parent is None


def test_bad_code_shows_the_message_and_saves_nothing(qtbot, typer, db):
    dialog = _open(qtbot)
    typer(dialog.name_edit, "那堪村村民关切回应站")
    typer(dialog.code_edit, "那堪 村!")
    typer(dialog.parent_name_edit, "城中镇回应中心")
    typer(dialog.parent_code_edit, "451422101")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)

    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert dialog.error_label.isVisible()
    assert "站点编码只能用数字、字母和短横线" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.code_edit
    assert Station.select().count() == 0  # not even the parent
    assert stations.this_station() is None

    # Fix the code and press Enter: now it is saved.
    dialog.code_edit.selectAll()
    typer(dialog.code_edit, "451422101205")
    qtbot.keyClick(dialog.code_edit, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted
    assert stations.this_station().code == "451422101205"


def test_bad_parent_code_points_at_the_parent(qtbot, typer, db):
    dialog = _open(qtbot)
    typer(dialog.name_edit, "那堪村村民关切回应站")
    typer(dialog.code_edit, "451422101205")
    typer(dialog.parent_name_edit, "城中镇回应中心")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.error_label.text().startswith("上级站点：")
    assert dialog.focusWidget() is dialog.parent_code_edit
    assert Station.select().count() == 0


def test_empty_name_and_bad_phone(qtbot, typer, db):
    dialog = _open(qtbot)
    typer(dialog.code_edit, "451422101205")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.error_label.text() == "请填写站点名称。"
    assert dialog.focusWidget() is dialog.name_edit
    typer(dialog.name_edit, "那堪村村民关切回应站")
    typer(dialog.phone_edit, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert "电话号码不对" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.phone_edit
    assert Station.select().count() == 0


def test_escape_closes_without_saving(qtbot, typer, db):
    dialog = _open(qtbot)
    typer(dialog.name_edit, "那堪村村民关切回应站")
    qtbot.keyClick(dialog.name_edit, Qt.Key_Escape)
    assert dialog.result() == QDialog.Rejected
    assert not dialog.isVisible()
    assert Station.select().count() == 0


def test_demo_choice_opens_the_demo_apart_and_shows_it_is_busy(qtbot, db, db_path, monkeypatch):
    dialog = FirstRunDialog(data_dir=db_path.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen = {}
    real_build = demo.build_demo

    def watched_build(**kwargs):
        cursor = QApplication.overrideCursor()
        seen["cursor"] = cursor.shape() if cursor else None
        seen["wait_shown"] = dialog.wait_label.isVisible()
        seen["buttons_off"] = not dialog.save_button.isEnabled()
        return real_build(**kwargs)

    monkeypatch.setattr(demo, "build_demo", watched_build)
    qtbot.mouseClick(dialog.demo_button, Qt.LeftButton)

    assert seen == {"cursor": Qt.WaitCursor, "wait_shown": True, "buttons_off": True}
    assert QApplication.overrideCursor() is None  # restored
    assert dialog.result() == QDialog.Accepted and dialog.chose_demo
    here = stations.this_station()
    assert here is not None and here.name == "那堪村村民关切回应站"
    assert Concern.select().where(Concern.station == here).count() > 100
    assert len(stations.hamlets(here)) == 4
    assert Path(dbproxy.obj.database) == demo_database_path(db_path.parent) == (
        db_path.parent / "demo" / "station.sqlite3")
    # the real database beside it still has no station
    assert _stations_in(db_path) == 0


def _stations_in(path) -> int:
    with closing(sqlite3.connect(path)) as con:
        return con.execute("SELECT COUNT(*) FROM station").fetchone()[0]


def _start_choosing_demo(qtbot, data_dir):
    """``ui.app.start`` as a person meets it: the first-run screen comes up;
    they press "Try with demo data"."""
    seen = {}

    def choose_demo():
        dialog = QApplication.activeModalWidget()
        seen["screen"] = type(dialog).__name__
        if isinstance(dialog, FirstRunDialog):
            qtbot.mouseClick(dialog.demo_button, Qt.LeftButton)
        elif dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, choose_demo)
    app, window, code = desk_app.start(str(data_dir))
    assert seen["screen"] == "FirstRunDialog"
    assert window is not None and code == 0
    qtbot.addWidget(window)
    return window


def test_demo_from_the_first_run_screen_leaves_the_real_desk_unset(qtbot, tmp_path, monkeypatch):
    built = []
    real_build = demo.build_demo
    monkeypatch.setattr(demo, "build_demo", lambda **kw: built.append(1) or real_build(**kw))
    try:
        window = _start_choosing_demo(qtbot, tmp_path)
        assert built == [1]
        assert window.windowTitle().startswith("【演示数据，不能用于实际工作】")
        assert window.demo_banner.isVisible()
        assert "演示数据" in window.demo_banner.text()
        assert window.ctx.station.name == "那堪村村民关切回应站"
        assert (tmp_path / "demo" / "station.sqlite3").exists()
        assert _stations_in(tmp_path / "station.sqlite3") == 0
        window.close()
        close_database()

        # The next start shows the first-run screen again; the demo opens
        # again, as it was, without being made a second time.
        window = _start_choosing_demo(qtbot, tmp_path)
        assert built == [1]
        assert window.demo_banner.isVisible()
        assert Concern.select().count() > 100
        assert _stations_in(tmp_path / "station.sqlite3") == 0
        window.close()
    finally:
        close_database()


def test_a_real_desk_has_no_demo_banner(qtbot, tmp_path):
    from models.safety.opening import open_database

    open_database(tmp_path / "station.sqlite3")
    stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206")
    close_database()
    try:
        app, window, code = desk_app.start(str(tmp_path))
        qtbot.addWidget(window)
        assert not hasattr(window, "demo_banner")
        assert "演示" not in window.windowTitle()
        window.close()
    finally:
        close_database()


def test_exec_returns_at_once_when_the_desk_already_has_a_station(qtbot, station):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.exec() == QDialog.Accepted  # no modal loop: nothing to ask


def test_the_officer_setting_up_becomes_the_first_staff_member(qtbot, typer, db):
    dialog = _open(qtbot)
    typer(dialog.name_edit, "板烟村村民关切回应站")
    typer(dialog.code_edit, "451422101206")
    typer(dialog.officer_name_edit, "黄秀梅")
    typer(dialog.officer_phone_edit, "1381234567")  # one digit short
    qtbot.keyClick(dialog.officer_phone_edit, Qt.Key_Return)
    assert dialog.result() != QDialog.Accepted
    assert "电话号码不对" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.officer_phone_edit
    assert stations.this_station() is None and Station.select().count() == 0

    typer(dialog.officer_phone_edit, "13812345678")  # the wrong number is selected: typing replaces it
    qtbot.keyClick(dialog.officer_phone_edit, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted
    staff = stations.active_staff(stations.this_station())
    assert [(s.name, s.phone, s.role) for s in staff] == [("黄秀梅", "13812345678", "clerk")]
