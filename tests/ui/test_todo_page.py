"""The to-do screen: every open concern, filtered by handling rule and
"only overdue", as a person picks them."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models.concerns import villagers
from models.concerns.intake import receive_visit
from models.concerns.workflow import ConcernInput
from models.figures import dashboard
from tests.conftest import NOW, TODAY
from ui.concern_table import OVERDUE
from ui.todo_page import TodoPage

from .lists import loaded, read_all

STATUS = 6


@pytest.fixture
def page(qtbot, demo_ctx):
    page = TodoPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    read_all(qtbot, page.table)
    return page


def test_every_open_concern_soonest_deadline_first(page, demo_ctx):
    open_ = dashboard.open_concerns(demo_ctx.station)
    assert len(open_) > 5
    assert page.visible_ids() == [c.id for c in open_]
    deadlines = [c.deadline for c in open_ if c.deadline]
    assert deadlines == sorted(deadlines)
    overdue = sum(1 for c in open_ if c.deadline and c.deadline < TODAY)
    assert page.count_label.text() == f"共 {len(open_)} 件正在办理，其中 {overdue} 件已超期（红色显示）"


def test_only_overdue(qtbot, page, demo_ctx):
    qtbot.mouseClick(page.overdue_check, Qt.LeftButton)
    assert page.overdue_check.isChecked()
    read_all(qtbot, page.table)
    rows = dashboard.concern_rows(dashboard.open_concerns(demo_ctx.station), TODAY)
    assert page.visible_ids() == [r.id for r in rows if r.overdue]
    for row in range(page.table.rowCount()):
        assert page.table.item(row, STATUS).text().startswith("已超期")
        assert page.table.item(row, 0).foreground().color() == OVERDUE
    # Space on the focused box turns it off again: everything is back.
    page.overdue_check.setFocus()
    qtbot.keyClick(page.overdue_check, Qt.Key_Space)
    read_all(qtbot, page.table)
    assert len(page.visible_ids()) == len(rows)


def test_filter_by_handling_rule_with_the_keyboard(qtbot, page, demo_ctx):
    page.rule_combo.setFocus()
    while page.rule_combo.currentData() != "escalate_visit":
        qtbot.keyClick(page.rule_combo, Qt.Key_Down)
    read_all(qtbot, page.table)
    shown = page.visible_ids()
    expected = [c.id for c in dashboard.open_concerns(demo_ctx.station) if c.rule == "escalate_visit"]
    assert shown == expected and shown
    assert {page.table.item(r, 4).text() for r in range(page.table.rowCount())} == {"超出权限预约下访"}
    assert page.count_label.text().startswith(f"显示 {len(expected)} 件")


def test_no_match_says_so(qtbot, ctx):
    villager = villagers.register_villager(ctx.station, "张三", "13912345678")
    receive_visit(ctx.station, "walk_in", [villager],
                  [ConcernInput(villager, "suggestion", "time_limited", "屯内道路积水",
                                deadline=TODAY + dt.timedelta(days=10))],
                  ctx.officer, at=NOW)  # due in ten days: open, not overdue
    page = TodoPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    loaded(qtbot, page)
    assert page.table.rowCount() == 1
    assert page.count_label.text() == "共 1 件正在办理"
    qtbot.mouseClick(page.overdue_check, Qt.LeftButton)
    loaded(qtbot, page)
    assert page.table.rowCount() == 0
    assert page.count_label.text() == "没有符合这些条件的待办关切。"


def test_enter_opens_the_selected_concern(qtbot, page):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_Down)
    qtbot.keyClick(page.table, Qt.Key_Down)
    with qtbot.waitSignal(page.opened, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key_Return)
    assert opened.args == [page.visible_ids()[2]]


def test_an_empty_station_has_nothing_to_do(qtbot, ctx):
    page = TodoPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    loaded(qtbot, page)
    assert page.table.rowCount() == 0
    assert page.count_label.text() == "没有待办：所有关切都已办结。"
