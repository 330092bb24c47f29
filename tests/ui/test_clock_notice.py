"""A PC whose clock says 2019 on a desk that worked in 2026: the desk says
so at start-up, and the visit form registers nothing until the officer has
either corrected the clock or confirmed the date (issue 13)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core import clock
from models.core.schema import Concern, Visit
from models.safety.opening import close_database, open_database
from models.station import stations
from tests.ui.test_intake_dialog import fill_concern, register_new
from ui import app as desk_app
from ui.context import DeskContext
from ui.intake_dialog import IntakeDialog

WORKED = dt.datetime(2026, 12, 3, 10, 0)   # the desk's records were written then
WRONG = dt.datetime(2019, 6, 1, 9, 0)      # and now the PC says this


@pytest.fixture(autouse=True)
def _system_clock_after():
    yield
    clock.set_now(None)


def _worked_in_2026(station):
    with clock.frozen(WORKED):
        person = register_villager(station, "韦大姐", "13800000099")
        receive_visit(station, "walk_in", [person],
                      [ConcernInput(person, "proxy_service", "answer_on_spot", "问低保")])


def test_the_visit_form_asks_about_the_date_before_issuing_a_number(qtbot, station):
    _worked_in_2026(station)
    clock.set_now(WRONG)
    officer = stations.active_staff(station)[0]
    dialog = IntakeDialog(DeskContext(station, officer))  # the desk's own clock
    qtbot.addWidget(dialog, before_close_func=lambda w: w.done(QDialog.Rejected))
    dialog.show()
    register_new(qtbot, dialog, "张三", "13912345678")
    fill_concern(qtbot, dialog.current_form(), "proxy_service", "proxy_end_to_end", "申请低保")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    box = dialog.clock_box
    assert box.isVisible() and box.windowTitle() == "请核对电脑的日期"
    assert "电脑的日期可能不对" in box.text() and "2019年6月1日" in box.text()
    assert "2026年12月3日" in box.text()
    assert box.fix_button.text() == "先去改日期" and box.right_button.text() == "日期没错"
    qtbot.mouseClick(box.fix_button, Qt.LeftButton)  # going to correct it: nothing saved
    assert Visit.select().count() == 1 and dialog.isVisible() and dialog.confirmation is None

    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.mouseClick(dialog.clock_box.right_button, Qt.LeftButton)  # "the date is right"
    assert dialog.confirmation is not None and dialog.confirmation.isVisible()
    assert Concern.get(Concern.summary == "申请低保").case_number == "2019-0001"


def _desk_that_worked_in_2026(folder):
    open_database(folder / "station.sqlite3")
    _worked_in_2026(stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206"))
    close_database()


def test_the_desk_says_so_at_start_up(qtbot, tmp_path):
    _desk_that_worked_in_2026(tmp_path)
    clock.set_now(WRONG)
    try:
        app, window, code = desk_app.start(str(tmp_path))
        qtbot.addWidget(window)
        box = window.clock_box
        assert box is not None and box.isVisible()
        assert box.text().startswith("电脑的日期可能不对：电脑显示现在是2019年6月1日 09:00")
        qtbot.mouseClick(box.right_button, Qt.LeftButton)
        window.close()
        close_database()
        # confirmed once: the next start does not ask again
        app, window, code = desk_app.start(str(tmp_path))
        qtbot.addWidget(window)
        assert window.clock_box is None
        window.close()
    finally:
        close_database()


def test_a_right_clock_is_not_questioned(qtbot, tmp_path):
    _desk_that_worked_in_2026(tmp_path)
    clock.set_now(WORKED + dt.timedelta(days=1))
    try:
        app, window, code = desk_app.start(str(tmp_path))
        qtbot.addWidget(window)
        assert window.clock_box is None
        window.close()
    finally:
        close_database()
