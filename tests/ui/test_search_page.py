"""The search screen on the demo station: type as a person would and read
what the list shows."""
from __future__ import annotations

import pytest
from peewee import fn
from PySide6.QtCore import Qt

from models.core.schema import Concern, Villager
from ui.concern_table import ConcernTable
from ui.search_page import SearchPage

CASE, REGISTERED, VILLAGER, SUMMARY = range(4)


@pytest.fixture
def page(qtbot, demo_ctx):
    page = SearchPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.focus_query()
    return page


def _column(table: ConcernTable, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _wait_for_results(qtbot, page):
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=3000)


def _enter(qtbot, widget, page):
    """Enter, and wait for the search (run off the GUI thread) to show its results."""
    with qtbot.waitSignal(page.searched, timeout=5000):
        qtbot.keyClick(widget, Qt.Key_Return)


def test_two_character_word_searches_as_you_type(qtbot, typer, page):
    assert "输入几个字" in page.result_label.text()
    typer(page.query_edit, "低保")
    assert page.timer.isActive()  # waits for the typing to pause
    _wait_for_results(qtbot, page)
    expected = [c.id for c in Concern.select().where(
        Concern.summary.contains("低保") | Concern.details.contains("低保"))]
    assert sorted(page.result_ids()) == sorted(expected)
    assert page.result_label.text() == f"找到 {len(expected)} 件。"
    assert all("低保" in s for s in _column(page.table, SUMMARY))


def test_another_two_character_word(qtbot, typer, page):
    typer(page.query_edit, "积水")
    _enter(qtbot, page.query_edit, page)  # Enter searches at once
    assert page.table.rowCount() > 0
    assert all("积水" in s for s in _column(page.table, SUMMARY))


def test_pinyin_initials_find_the_villager(qtbot, page):
    villager = (Villager.select().join(Concern, on=(Concern.villager == Villager.id))
                .where(fn.LENGTH(Villager.pinyin_initials) == 3).first())
    qtbot.keyClicks(page.query_edit, villager.pinyin_initials)
    _wait_for_results(qtbot, page)
    assert villager.name in _column(page.table, VILLAGER)
    mine = [c.id for c in Concern.select().where(Concern.villager == villager)]
    assert set(mine) <= set(page.result_ids())


def test_case_number(qtbot, page):
    concern = Concern.select().order_by(Concern.case_number).limit(1).offset(40).get()
    qtbot.keyClicks(page.query_edit, concern.case_number)
    _enter(qtbot, page.query_edit, page)
    assert page.result_ids() == [concern.id]
    assert _column(page.table, CASE) == [concern.case_number]
    assert page.result_label.text() == "找到 1 件。"


def test_phone_fragment(qtbot, page):
    villager = (Villager.select().join(Concern, on=(Concern.villager == Villager.id))
                .where(Villager.phone != "").first())
    qtbot.keyClicks(page.query_edit, villager.phone[-6:])
    _wait_for_results(qtbot, page)
    mine = {c.id for c in Concern.select().where(Concern.villager == villager)}
    assert mine <= set(page.result_ids())


def test_nothing_found_gives_a_friendly_hint(qtbot, typer, page):
    typer(page.query_edit, "火星")
    _enter(qtbot, page.query_edit, page)
    assert page.table.rowCount() == 0
    text = page.result_label.text()
    assert text.startswith("没有找到“火星”") and "拼音首字母" in text
    # Clearing the box goes back to the hint, not an old list.
    page.query_edit.selectAll()
    qtbot.keyClick(page.query_edit, Qt.Key_Backspace)
    qtbot.waitUntil(lambda: "输入几个字" in page.result_label.text(), timeout=3000)


def test_enter_goes_to_the_list_and_enter_again_opens(qtbot, typer, page):
    typer(page.query_edit, "低保")
    _enter(qtbot, page.query_edit, page)
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key_Down)
    second = page.table.concern_id_at(1)
    with qtbot.waitSignal(page.opened, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key_Return)
    assert opened.args == [second]


def test_refresh_runs_the_query_again(qtbot, page):
    qtbot.keyClicks(page.query_edit, "2026-0001")
    _enter(qtbot, page.query_edit, page)
    assert page.table.rowCount() == 1
    page.table.set_rows([])
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.refresh()
    assert page.table.rowCount() == 1


def test_the_window_answers_while_a_search_runs_and_a_stale_answer_is_dropped(qtbot, qapp, page, monkeypatch):
    """The search runs on another thread: while it is held there, the GUI
    thread goes on handling events, and when a newer query was typed
    meanwhile, the older answer is never shown."""
    import threading

    from ui import query_worker, search_page

    release = threading.Event()
    started = threading.Event()
    real = search_page.search_rows

    def held(station, text, today, limit):
        if text == "低保":
            started.set()
            assert release.wait(10)
        return real(station, text, today, limit)

    monkeypatch.setattr(search_page, "search_rows", held)
    page.query_edit.setText("低保")
    page.run_search()
    assert started.wait(5)
    # the GUI thread is free: a posted call runs and the "searching" note appears
    ticks = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)
    qtbot.waitUntil(lambda: page.result_label.text() == "正在查找…", timeout=3000)
    assert page.is_searching()
    # a newer query answers first; the held, older one is dropped when it ends
    page.query_edit.setText("积水")
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.run_search()
    newer = page.result_ids()
    assert newer and all("积水" in page.table.item(r, SUMMARY).text() for r in range(len(newer)))
    held_threads = list(query_worker.LIVE)
    assert held_threads  # the held search is still running
    release.set()
    for thread in held_threads:
        assert thread.wait(5000)
    qapp.processEvents()  # deliver what the held worker sent (it must be dropped)
    assert page.result_ids() == newer
    assert not page.is_searching()


def test_the_search_box_grows_with_large_text(qtbot, page, qapp):
    from ui import style

    normal = page.query_edit.font().pointSize()
    assert normal > qapp.font().pointSize()  # bigger than the rest of the screen
    style.apply(qapp, large=True)
    qtbot.waitUntil(lambda: page.query_edit.font().pointSize() > normal, timeout=2000)
    assert page.query_edit.font().pointSize() == style.LARGE_PT + 5
