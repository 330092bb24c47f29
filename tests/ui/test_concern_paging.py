"""A list of concerns on screen is a window onto its query: scrolled to the
end, a page at a time, it shows every row exactly once; the reading happens
off the GUI thread, and an answer to an older request is dropped."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from models.core.schema import Station
from models.figures.concern_list import PAGE, OpenConcerns
from models.safety.opening import close_database, open_database
from tests.conftest import TODAY
from tests.ui.conftest import make_ctx
from ui.concern_table import ConcernTable
from ui.home_page import HomePage
from ui.todo_page import TodoPage

from .lists import loaded


@pytest.fixture(scope="module")
def county_file(tmp_path_factory):
    from bench.generate import generate

    out = tmp_path_factory.mktemp("county")
    return generate(out, villages=3, years=2, visits_per_year=260, seed=5, end=TODAY, quiet=True)["path"]


@pytest.fixture
def county(county_file):
    open_database(county_file)
    yield
    close_database()


class SmallPages:
    """The same list in pages of ten, so that a small database has many."""

    def __init__(self, listing, size=10):
        self.listing, self.size, self.asked = listing, size, 0

    def page(self, after):
        self.asked += 1
        return self.listing.page(after, self.size)


def test_scrolling_to_the_end_shows_every_row_exactly_once(qtbot, county):
    for level in ("county", "township", "village"):
        desk = Station.select().where(Station.level == level).first()
        listing = OpenConcerns(desk, TODAY)
        expected = listing.ids()
        assert len(expected) > 20, level
        table = ConcernTable()
        qtbot.addWidget(table)
        table.resize(900, 300)
        table.show()
        source = SmallPages(listing)
        table.show_list(source)
        loaded(qtbot, table)
        assert table.rowCount() < len(expected)  # not everything at once
        while table.can_fetch_more():
            table.scrollToBottom()  # as the officer drags the scroll bar down: the view asks for more
            loaded(qtbot, table)
        assert table.ids() == expected, level
        assert source.asked == -(-len(expected) // 10)  # each page read once


def test_the_to_do_list_reads_a_page_and_counts_the_rest(qtbot, county):
    village = Station.select().where(Station.level == "village").first()
    page = TodoPage(make_ctx(village))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    loaded(qtbot, page)
    total = OpenConcerns(village, TODAY).count()
    assert total > PAGE  # a list longer than one page …
    assert page.table.rowCount() == PAGE  # … shows one page, and says how many in all
    assert page.count_label.text().startswith(f"共 {total} 件正在办理")


def test_an_older_answer_is_dropped(qtbot, county):
    village = Station.select().where(Station.level == "village").first()
    page = TodoPage(make_ctx(village))
    qtbot.addWidget(page)
    page.show()
    page.rule_combo.setCurrentIndex(page.rule_combo.findData("time_limited"))
    page.rule_combo.setCurrentIndex(page.rule_combo.findData("escalate_visit"))  # asked again at once
    loaded(qtbot, page)
    want = OpenConcerns(village, TODAY, rule="escalate_visit").page(None).rows
    assert page.table.ids() == [r.id for r in want] and want
    assert page.count_label.text().startswith(f"显示 {OpenConcerns(village, TODAY, rule='escalate_visit').count()} 件")


class HeldPages:
    """A source whose first page waits until the test lets it go."""

    def __init__(self, listing):
        self.listing = listing
        self.started = threading.Event()
        self.release = threading.Event()

    def page(self, after):
        self.started.set()
        assert self.release.wait(20)
        return self.listing.page(after)


def test_the_window_answers_while_a_list_is_read(qtbot, county, typer):
    desk = Station.get(Station.level == "county")
    home = HomePage(make_ctx(desk))
    qtbot.addWidget(home)
    box = QLineEdit(home)
    home.show()
    held = HeldPages(OpenConcerns(desk, TODAY))
    home.table.show_list(held)
    home._loading_changed()
    qtbot.waitUntil(held.started.is_set, timeout=5000)
    # the worker is held: the GUI thread still takes keys and paints
    assert home.loading and home.loading_label.isVisible()
    box.setFocus()
    typer(box, "张三")
    QApplication.processEvents()
    assert box.text() == "张三" and home.table.rowCount() == 0
    held.release.set()
    loaded(qtbot, home)
    assert not home.loading_label.isVisible()
    assert home.table.ids() == OpenConcerns(desk, TODAY).ids()[:PAGE]
    qtbot.keyClick(home.table, Qt.Key_Down)
    assert home.table.currentRow() == 1
