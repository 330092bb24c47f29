"""The statistics screen shows the models' figures for the period picked,
with charts, the trend, and at township level the ranking with low
satisfaction flagged; F6 opens it from the main window."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from models.figures import periods as st
from tests.test_statistics import township  # noqa: F401 (fixture)
from ui.main_window import MainWindow
from ui.statistics_page import StatisticsPage

from .conftest import make_ctx
from .lists import loaded


def _shown(page):
    return {k: v.text() for k, v in page.figure_labels.items()}


def test_f6_opens_the_statistics_for_this_month(qtbot, demo_ctx):
    window = MainWindow(demo_ctx.station, demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key_F6)
    page = window.stats_page
    loaded(qtbot, page)  # counted off the GUI thread
    assert window.pages.currentWidget() is page and window.stats_button.isChecked()
    assert window.stats_button.text() == "统计 (F6)"
    assert page.period_label.text() == "2026年11月"
    s = st.statistics(demo_ctx.station, st.Period("month", 2026, 11))
    t = s.figures.totals
    shown = _shown(page)
    assert [int(shown[k]) for k in ("visitors", "visits", "concerns", "resolved", "pending")] == \
        [t.visitors, t.visits, t.concerns, t.resolved, t.pending]
    assert shown["satisfaction"] == st.percent(s.figures.satisfaction_rate)
    assert not page.next_button.isEnabled()          # no period after this one yet
    assert page.ranking_table.isHidden()             # a village station ranks nobody


def test_year_and_earlier_periods(qtbot, demo_ctx):
    page = StatisticsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.kind_combo.setCurrentIndex(2)               # 年
    loaded(qtbot, page)
    assert page.kind_combo.currentText() == "年"
    assert page.period_label.text() == "2026"
    year = st.statistics(demo_ctx.station, st.Period("year", 2026, 1)).figures
    assert int(_shown(page)["concerns"]) == year.totals.concerns
    assert _shown(page)["completion"] == st.percent(year.completion_rate)
    page.kind_combo.setCurrentIndex(1)               # 半年
    qtbot.mouseClick(page.prev_button, Qt.LeftButton)
    loaded(qtbot, page)
    assert page.period_label.text() == "2026年上半年"
    half = st.statistics(demo_ctx.station, st.Period("half", 2026, 1)).figures
    assert int(_shown(page)["concerns"]) == half.totals.concerns
    assert [c for _, c, _ in page.trend_chart.points] == \
        [p.concerns for p in st.statistics(demo_ctx.station, st.Period("half", 2026, 1)).trend]
    assert [n for _, n in page.function_chart.rows] == list(half.totals.by_function.values())
    assert page.rule_chart.rows[0][0] == "政策咨询当面答复"
    page.grab()                                      # the charts paint without error


def test_township_ranks_its_stations_and_flags_low_satisfaction(qtbot, township):  # noqa: F811
    t, _, _ = township
    ctx = make_ctx(t)
    ctx.today = lambda: dt.date(2026, 3, 31)
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    loaded(qtbot, page)
    assert page.scope_combo.count() == 3             # the township and its two villages
    assert _shown(page)["concerns"] == "4" and _shown(page)["completion"] == "75.0%"
    assert _shown(page)["satisfaction"] == "66.7%"
    assert page.supervision_label.text().startswith("监督员评价满意率 —（0 件次）")
    table = page.ranking_table
    assert table.isVisible() and table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["A村回应站", "B村回应站"]
    assert table.item(1, 6).text() == "0.0%"
    assert table.item(0, 2).text() == "本机录入"         # entered on this desk: no data age
    assert table.item(1, 1).foreground().color().name() == "#b00020"
    assert table.item(0, 1).foreground().color().name() != "#b00020"
    page.scope_combo.setCurrentIndex(2)              # B alone
    loaded(qtbot, page)
    assert _shown(page)["concerns"] == "1" and table.isHidden()
    page.grab()


def test_a_count_for_a_period_no_longer_chosen_is_dropped(qtbot, demo_ctx):
    """The officer steps back three months quickly: each step asks for a new
    count, and only the last one asked is shown, whatever order they end in."""
    page = StatisticsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    for _ in range(3):
        qtbot.mouseClick(page.prev_button, Qt.LeftButton)
    assert page.loading and page.loading_label.isVisible()
    loaded(qtbot, page)
    assert page.period_label.text() == "2026年08月" and not page.loading_label.isVisible()
    assert page.stats.period == st.Period("month", 2026, 8)
    t = st.statistics(demo_ctx.station, st.Period("month", 2026, 8)).figures.totals
    assert int(_shown(page)["concerns"]) == t.concerns
