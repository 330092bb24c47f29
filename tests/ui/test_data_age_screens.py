"""The township's statistics screen says how old each village's data is and
marks the figures incomplete when one has been silent too long (issue 17);
screenshots at 1024×728."""
from __future__ import annotations

import datetime as dt

from models.core.clock import frozen
from tests import sync_desks as sd
from tests.test_data_age import at, build
from ui.context import DeskContext
from ui.statistics_page import StatisticsPage

from .lists import loaded

import pytest

SHOTS = None  # set DESK_SHOTS=folder to keep the screenshots


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    return build(tmp_path_factory.mktemp("ages-ui"))


@pytest.fixture
def desks(network, tmp_path):
    yield sd.copy_network(list(network), tmp_path / "desks")
    sd.close()


def _ctx(desk, day="2026-11-30"):
    from models.station.stations import active_staff

    me = desk.station()
    return DeskContext(me, active_staff(me)[0], today=lambda: dt.date.fromisoformat(day),
                       now=lambda: at(day))


def _cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _shot(widget, name, tmp_path):
    import os
    from pathlib import Path

    folder = Path(os.environ.get("DESK_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    widget.resize(1024, 728)
    assert widget.grab().save(str(folder / name))


def test_the_township_ranking_shows_data_age_and_the_silent_village(qtbot, desks, tmp_path):
    county, township, v1, v2 = desks
    township.open()
    with frozen(at("2026-11-30")):
        page = StatisticsPage(_ctx(township))
        qtbot.addWidget(page)
        page.resize(1024, 728)
        page.show()
        page.refresh()
        loaded(qtbot, page)
    headers = [page.ranking_table.horizontalHeaderItem(c).text()
               for c in range(page.ranking_table.columnCount())]
    assert headers[:3] == ["名次", "站点", "数据截至"]
    first, last = _cells(page.ranking_table, 0), _cells(page.ranking_table, 1)
    assert first[:3] == ["1", "东山村回应站", "11月25日（5天前）"]
    assert last[:3] == ["—", "西河村回应站", "11月10日（20天前） · 数据不全"]
    assert page.incomplete_label.isVisible()
    assert "数字不全：西河村回应站（11月10日（20天前））超过 14 天没有收到数据" in \
        page.incomplete_label.text()
    assert not page.age_label.isVisible()                 # the township's own figures
    _shot(page, "statistics-township-data-age.png", tmp_path)
    page.scroll.ensureWidgetVisible(page.ranking_table)
    _shot(page, "statistics-township-ranking-data-age.png", tmp_path)
    # one village's figures alone: its data age above the figures
    page.scope_combo.setCurrentIndex([page.scope_combo.itemText(i) for i in
                                      range(page.scope_combo.count())].index("西河村回应站"))
    with frozen(at("2026-11-30")):
        loaded(qtbot, page)
    assert page.age_label.isVisible()
    assert page.age_label.text() == "西河村回应站：数据截至 11月10日（20天前） · 数据不全"
    assert page.incomplete_label.isVisible()


def test_the_county_ranks_the_villages_with_their_ages(qtbot, desks, tmp_path):
    county, township, v1, v2 = desks
    county.open()
    with frozen(at("2026-11-30")):
        page = StatisticsPage(_ctx(county))
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        loaded(qtbot, page)
    rows = [_cells(page.ranking_table, r)[:3] for r in range(page.ranking_table.rowCount())]
    assert rows == [["1", "东山村回应站", "11月25日（5天前）"],
                    ["—", "西河村回应站", "11月10日（20天前） · 数据不全"]]
    _shot(page, "statistics-county-data-age.png", tmp_path)
