"""The township's 待办 (F3) has a second tab: its villages' overdue and soon
due concerns, grouped by station, as of each station's data (issue 17) —
real desks, real packages; screenshots at 1024×728."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests import sync_desks as sd
from tests.test_overdue_below import at, build
from ui.context import DeskContext
from ui.todo_page import TodoPage

from .lists import loaded


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    return build(tmp_path_factory.mktemp("deadlines-ui"))


@pytest.fixture
def desks(network, tmp_path):
    desks, ids = network
    yield sd.copy_network(list(desks), tmp_path / "desks"), ids
    sd.close()


def _ctx(desk, day="2026-11-30"):
    from models.station.stations import active_staff

    me = desk.station()
    return DeskContext(me, active_staff(me)[0], today=lambda: dt.date.fromisoformat(day),
                       now=lambda: at(day))


def _shot(widget, name, tmp_path):
    folder = Path(os.environ.get("DESK_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    widget.resize(1024, 728)
    assert widget.grab().save(str(folder / name))


def _row(table, r):
    return [table.item(r, c).text() for c in range(table.columnCount())]


def test_the_township_todo_lists_its_villages_deadlines_by_station(qtbot, desks, tmp_path):
    (county, township, v1, v2), ids = desks
    township.open()
    page = TodoPage(_ctx(township))
    qtbot.addWidget(page)
    page.resize(1024, 728)
    page.show()
    assert page.tabs.tabText(0) == "本站待办"
    assert page.tabs.tabText(1) == "下属站点逾期和即将到期"
    page.tabs.setCurrentIndex(1)                      # reads the stations below
    panel = page.below
    loaded(qtbot, panel)
    qtbot.waitUntil(lambda: not panel.loading and panel.table.rowCount() == 4, timeout=20000)
    lines = panel.stations_table
    assert _row(lines, 0) == ["全部下属站点", "", "1", "2", "1"]
    assert _row(lines, 1) == ["东山村回应站", "11月25日（5天前）", "1", "1", "1"]
    assert _row(lines, 2) == ["西河村回应站", "11月12日（18天前） · 数据不全", "0", "1", "0"]
    table = panel.table
    assert [table.text_at(r, 0) for r in range(4)] == ["东山村回应站"] * 3 + ["西河村回应站"]
    assert [table.text_at(r, 3) for r in range(4)] == ["危房改造补助", "低保复核", "医保报销", "水渠"]
    assert [table.text_at(r, 5) for r in range(4)] == [
        "已逾期（2026-11-25 仍未办结）", "可能已逾期：2026-11-25 以后到期", "1 天后到期",
        "可能已逾期：2026-11-12 以后到期"]
    assert table.color_at(0, 0).name() == "#b00020"       # past its deadline
    assert panel.count_label.text() == "共 4 件"
    _shot(page, "todo-township-stations-below.png", tmp_path)
    # one station: the list keeps to it and says its data age
    lines.selectRow(2)
    qtbot.waitUntil(lambda: not panel.loading and table.rowCount() == 1, timeout=20000)
    assert table.text_at(0, 3) == "水渠"
    assert panel.count_label.text() == "西河村回应站（11月12日（18天前））：共 1 件。这个站点的数据太旧，数字不全。"
    _shot(page, "todo-township-one-station.png", tmp_path)
    # one kind, all stations
    lines.selectRow(0)
    panel.kind_combo.setCurrentIndex(1)               # 已逾期
    qtbot.waitUntil(lambda: not panel.loading and table.rowCount() == 1
                    and table.text_at(0, 3) == "危房改造补助", timeout=20000)
    # Enter opens the concern
    with qtbot.waitSignal(page.opened) as opened:
        table.setFocus()
        qtbot.keyClick(table, Qt.Key_Return)
    assert opened.args == [ids["危房改造补助"]]


def test_a_village_desk_has_no_second_tab(qtbot, desks):
    (county, township, v1, v2), ids = desks
    v1.open()
    page = TodoPage(_ctx(v1))
    qtbot.addWidget(page)
    assert page.below is None and [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["本站待办", "回访"]
