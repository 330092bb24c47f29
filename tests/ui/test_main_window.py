"""The main window on the demo station: the home screen answers "what do I
do now", the F-keys switch pages, and no button leads nowhere."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from models.figures import dashboard
from models.station import stations
from tests.conftest import TODAY
from ui.concern_table import OVERDUE
from ui.main_window import MainWindow

from .lists import loaded, read_all

DEADLINE, STATUS = 5, 6


@pytest.fixture
def window(qtbot, demo_ctx):
    window = MainWindow(demo_ctx.station, demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    loaded(qtbot, window.home_page)
    return window


def test_home_screen_answers_what_to_do_now(window, demo_ctx):
    home = window.home_page
    assert window.pages.currentWidget() is home
    assert home.date_label.text() == "今天是 2026-11-20  星期五"
    for staff in stations.active_staff(demo_ctx.station):
        assert staff.name in home.duty_label.text()

    expected = dashboard.home(demo_ctx.station, TODAY)
    figures = {k: int(v.text()) for k, v in home.figure_labels.items()}
    assert figures == {
        "today_visitors": expected.today_totals.visitors,
        "today_concerns": expected.today_totals.concerns,
        "month_concerns": expected.month_totals.concerns,
        "month_resolved": expected.month_totals.resolved,
        "open": expected.figures.open,
        "due_soon": expected.figures.due_soon,
        "overdue": expected.figures.overdue,
    }
    # the counts are the database's; they agree with the list read in full
    open_ = dashboard.open_concerns(demo_ctx.station)
    assert expected.figures.open == len(open_)
    assert expected.figures.overdue == sum(1 for c in open_ if c.deadline and c.deadline < TODAY)
    assert expected.figures.due_soon == sum(
        1 for c in open_ if c.deadline and 0 <= (c.deadline - TODAY).days <= 2)
    assert expected.figures.overdue, "the demo should have something overdue to show"
    assert f"有 {expected.figures.overdue} 件已超过办结期限" in home.alert_label.text()
    assert home.alert_label.isVisible()


def test_open_concerns_sorted_by_deadline_with_overdue_marked(qtbot, window, demo_ctx):
    table = window.home_page.table
    read_all(qtbot, table)
    open_ = dashboard.open_concerns(demo_ctx.station)
    assert table.rowCount() == len(open_)
    deadlines = [table.item(r, DEADLINE).text() for r in range(table.rowCount())]
    dated = [d for d in deadlines if d]
    assert dated == sorted(dated) and deadlines[:len(dated)] == dated  # undated ones last
    for r in range(table.rowCount()):
        overdue = bool(deadlines[r]) and deadlines[r] < TODAY.isoformat()
        assert table.item(r, STATUS).text().startswith("已超期") == overdue
        assert (table.item(r, 0).foreground().color() == OVERDUE) == overdue
    assert table.hasFocus() and table.currentRow() == 0  # Enter opens the most urgent one


def test_f_keys_switch_pages(qtbot, window):
    qtbot.keyClick(window, Qt.Key_F3)
    assert window.pages.currentWidget() is window.todo_page
    assert window.todo_button.isChecked() and not window.home_button.isChecked()
    loaded(qtbot, window.todo_page)
    assert window.todo_page.table.rowCount() == window.home_page.table.rowCount()

    qtbot.keyClick(window, Qt.Key_F4)
    assert window.pages.currentWidget() is window.search_page
    assert window.search_page.query_edit.hasFocus()

    qtbot.keyClick(window, Qt.Key_F1)
    assert window.pages.currentWidget() is window.home_page
    assert window.home_button.isChecked()

    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.pages.currentWidget() is window.search_page


def test_big_buttons_switch_pages_too(qtbot, window):
    qtbot.mouseClick(window.todo_button, Qt.LeftButton)
    assert window.pages.currentWidget() is window.todo_page
    qtbot.mouseClick(window.search_button, Qt.LeftButton)
    assert window.pages.currentWidget() is window.search_page
    qtbot.mouseClick(window.home_button, Qt.LeftButton)
    assert window.pages.currentWidget() is window.home_page


def test_no_button_with_nothing_behind_it(qtbot, window):
    texts = [b.text() for b in window.findChildren(QPushButton) if b.isVisible()]
    assert "接待来访 (F2)" in texts and "待办 (F3)" in texts and "查找 (F4)" in texts
    # the demo desk shows USB sync and printing: each must have its screen behind it
    assert any("同步" in text for text in texts), texts
    assert any("打印" in text for text in texts), texts
    qtbot.keyClick(window, Qt.Key_F9)
    assert window.pages.currentWidget() is window.sync_page is not None
    qtbot.keyClick(window, Qt.Key_F5)
    assert window.pages.currentWidget() is window.print_page is not None
    assert window.print_page not in (window.home_page, window.todo_page, window.search_page)


def test_officer_at_the_desk(window, demo_ctx):
    names = [window.officer_combo.itemText(i) for i in range(window.officer_combo.count())]
    assert names == [s.name for s in stations.active_staff(demo_ctx.station)]
    window.officer_combo.setCurrentIndex(1)
    assert demo_ctx.officer.name == names[1]
