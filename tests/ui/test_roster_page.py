"""The duty roster screen as the station head uses it: open it from the main
window, make the month's roster, see holidays marked, record a swap, sign in
and out today."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from models.station import roster, stations
from tests.conftest import TODAY
from tests.ui.conftest import make_ctx
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, station):
    for i, name in enumerate(["赵一", "钱二", "孙三"], start=3):
        stations.add_staff(station, name, f"1380000000{i}")
    win = MainWindow(station, make_ctx(station))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    return win


def _column(page, day: int) -> int:
    return day - 1


def test_make_the_month_then_swap_then_sign_in(qtbot, window, typer):
    qtbot.keyClick(window, Qt.Key_F7)
    page = window.roster_page
    assert window.pages.currentWidget() is page
    assert page.month_label.text() == "2026年11月"
    assert "还没有排班" in page.status_label.text()
    page.officers_spin.setValue(1)
    qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    assert not page.error_label.isVisible()
    view = roster.month_view(station := window.ctx.station, 2026, 11)
    assert view.has_roster
    assert "重新排班" in page.generate_button.text()
    assert page.grid.rowCount() == 5 and page.grid.columnCount() == 30 + 3
    # today (a Friday) has one officer, whose cell says 值
    on = roster.on_duty(station, TODAY)
    assert len(on) == 1
    names = [page.grid.verticalHeaderItem(r).text() for r in range(page.grid.rowCount())]
    col = _column(page, TODAY.day)
    assert page.grid.item(names.index(on[0].name), col).text() == "值"
    # swap today's duty to someone else
    other = [n for n in names if n != on[0].name][0]
    page.swap_day.setDate(QDate(2026, 11, 20))
    page.swap_from.setCurrentText(on[0].name)
    page.swap_to.setCurrentText(other)
    typer(page.swap_reason, "家中有事")
    qtbot.mouseClick(page.swap_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    assert page.grid.item(names.index(on[0].name), col).text() == "换出"
    assert page.grid.item(names.index(other), col).text() == "换入"
    assert "家中有事" in page.swaps_label.text()
    assert [s.name for s in roster.on_duty(station, TODAY)] == [other]
    # the new officer signs in, then out
    page.sign_staff.setCurrentText(other)
    qtbot.mouseClick(page.sign_in_button, Qt.LeftButton)
    assert "已签到 09:30" in page.today_label.text()
    qtbot.mouseClick(page.sign_in_button, Qt.LeftButton)
    assert "已经签到" in page.error_label.text() and page.error_label.isVisible()
    qtbot.mouseClick(page.sign_out_button, Qt.LeftButton)
    assert "已签退 09:30" in page.today_label.text()


def test_holidays_are_marked_and_a_bad_swap_is_refused(qtbot, window):
    window.show_roster()
    page = window.roster_page
    for _ in range(3):                       # November → February
        qtbot.mouseClick(page.next_button, Qt.LeftButton)
    assert page.month_label.text() == "2027年2月"
    qtbot.mouseClick(page.prev_button, Qt.LeftButton)
    for _ in range(11):
        qtbot.mouseClick(page.prev_button, Qt.LeftButton)
    assert page.month_label.text() == "2026年2月"
    qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    header = page.grid.horizontalHeaderItem(15).text()     # 16 February, 春节
    assert "休" in header
    assert "班" in page.grid.horizontalHeaderItem(13).text()   # 14 February, 调休上班
    assert all(page.grid.item(r, 15).text() == "" for r in range(page.grid.rowCount()))
    # nobody is on duty on a holiday, so there is nothing to swap
    page.swap_day.setDate(QDate(2026, 2, 16))
    page.swap_to.setCurrentIndex(1)
    qtbot.mouseClick(page.swap_button, Qt.LeftButton)
    assert "不值班" in page.error_label.text()


def test_a_later_years_holiday_is_kept_by_hand(qtbot, window, typer):
    window.show_roster()
    page = window.roster_page
    assert "2025" in page.years_label.text() and "2027" not in page.years_label.text()
    page.special_day.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(page.special_button, Qt.LeftButton)
    assert "节日名称" in page.error_label.text()                 # no festival name: refused
    typer(page.special_name, "元旦")
    qtbot.mouseClick(page.special_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    assert "2027" in page.years_label.text()
    for _ in range(2):
        qtbot.mouseClick(page.next_button, Qt.LeftButton)
    assert page.month_label.text() == "2027年1月"
    assert "休" in page.grid.horizontalHeaderItem(0).text()


def test_the_window_still_fits_a_1280_pixel_screen(qtbot, window):
    for show in (window.show_roster, window.show_checklist, window.show_outreach, window.show_home):
        show()
        assert window.minimumSizeHint().width() <= 1280, show.__name__


def test_a_clerk_sees_the_planning_greyed_with_the_reason_and_still_signs_in(qtbot, window):
    from models.core import access

    clerk = next(s for s in stations.active_staff(window.ctx.station) if s.role == "clerk")
    access.begin_gui_session()
    access.become(clerk)
    window.show_roster()
    page = window.roster_page
    assert not page.generate_button.isEnabled() and not page.officers_spin.isEnabled()
    assert "只有站长" in page.generate_button.toolTip()
    assert page.role_label.isVisible() and "只有站长" in page.role_label.text()
    assert [page.forms.isTabEnabled(i) for i in range(page.forms.count())] == [True, False, False, False]
    page.sign_staff.setCurrentIndex(page.sign_staff.findData(clerk.id))
    qtbot.mouseClick(page.sign_in_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    mine = [a for a in roster.day_attendance(window.ctx.station, TODAY) if a.staff_id == clerk.id]
    assert mine and mine[0].signed_in  # signing in is a clerk's to do
    # the head, signed in again, has it all back
    access.become(stations.active_staff(window.ctx.station)[0])
    window.show_roster()
    assert page.generate_button.isEnabled() and not page.role_label.isVisible()
    assert all(page.forms.isTabEnabled(i) for i in range(page.forms.count()))
