"""回访 on the screens: the 待办 page's 回访 tab lists the follow-ups due and
overdue (read off the GUI thread); Enter on one opens the dialog with the
first field focused; an unsatisfied answer needs a note, reopens the concern
and puts it back on the 待办 list; the home screen counts those due today;
the concern page offers 回访 and shows it in the history. Each screen grabbed
at 1024×728 (into docs/screenshots/ with DESK_SCREENSHOTS=1)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.conftest import TODAY
from ui.concern_table import OVERDUE

from .lists import loaded
from .test_oversight_screens import grab

assert TODAY.weekday() == 4  # a Friday: resolved on Thursday → due today; on Friday → Monday


def _resolved(station, summary, closed: dt.date, name):
    from models.concerns import intake, villagers, workflow
    from models.concerns.workflow import ConcernInput
    from models.core.schema import Concern

    when = dt.datetime.combine(closed, dt.time(15))
    person = villagers.register_villager(station, name, "13900004444")
    spec = ConcernInput(person, "proxy_service", "mediate_on_site", summary)
    _, (c,) = intake.receive_visit(station, "walk_in", [person], [spec], at=when - dt.timedelta(days=2))
    workflow.record_mediation(c, None, [name, "邻居"], "宅基地边界争议", "双方同意按旧界桩", at=when)
    workflow.record_step(Concern.get_by_id(c.id), "feedback", None, "已告知", at=when)
    workflow.close_concern(Concern.get_by_id(c.id), "resolved", None, at=when)
    return Concern.get_by_id(c.id)


@pytest.fixture
def three(station):
    late = _resolved(station, "宅基地边界纠纷", TODAY - dt.timedelta(days=3), "覃大伯")   # due Wednesday
    today = _resolved(station, "排水沟占道纠纷", TODAY - dt.timedelta(days=1), "黄阿姨")  # due today
    later = _resolved(station, "果树遮光纠纷", TODAY, "陆大哥")                           # due Monday
    return late, today, later


def test_record_one_from_the_list_and_it_comes_back_to_do(qtbot, ctx, three, tmp_path, typer):
    from models.core.schema import Concern
    from ui.home_page import HomePage
    from ui.todo_page import TodoPage

    late, due_today, later = three
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.refresh()
    loaded(qtbot, home)
    assert "今天有 2 件要回访" in home.alert_label.text()

    page = TodoPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 728)
    page.show()
    assert page.tabs.tabText(page.tabs.count() - 1) == "回访"
    page.show_follow_ups()
    panel = page.follow_ups
    loaded(qtbot, panel)
    table = panel.table
    assert [table.concern_id_at(r) for r in range(table.rowCount())] == [late.id, due_today.id]
    assert panel.count_label.text() == "今天及以前到期的回访 2 件。"
    assert table.text_at(0, 5) == "已过 2 天" and table.color_at(0, 0) == OVERDUE
    assert table.text_at(1, 5) == "今天"
    grab(page, "followup-list", tmp_path)
    panel.due_check.setChecked(False)                     # every one owed, the Monday one too
    loaded(qtbot, panel)
    assert table.rowCount() == 3 and table.text_at(2, 5) == "2026-11-23"
    panel.due_check.setChecked(True)
    loaded(qtbot, panel)

    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key_Return)
    dialog = panel.dialog
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.channel        # the first field, ready to choose
    assert "覃大伯" in dialog.intro.text() and "2026-11-17" in dialog.intro.text()
    dialog.channel.setCurrentIndex(dialog.channel.findData("visit"))
    dialog.answer.setCurrentIndex(dialog.answer.findData("dissatisfied"))
    dialog.confirm()                                      # unsatisfied, and no word why
    assert dialog.error_label.isVisible() and "回访情况" in dialog.error_label.text()
    assert Concern.get_by_id(late.id).outcome == "resolved"
    typer(dialog.note, "界桩又被挪了，老人不满意")
    assert dialog.is_dirty()
    grab(dialog, "followup-dialog", tmp_path)
    dialog.confirm()
    assert not dialog.error_label.isVisible(), dialog.error_label.text()
    loaded(qtbot, page)
    assert [table.concern_id_at(r) for r in range(table.rowCount())] == [due_today.id]
    again = Concern.get_by_id(late.id)
    assert (again.outcome, again.satisfaction, again.follow_up_due) == ("pending", "dissatisfied", None)
    page.tabs.setCurrentIndex(0)                          # 待办: the reopened concern is back
    loaded(qtbot, page)
    assert late.id in page.visible_ids()


def test_the_concern_page_offers_it_and_shows_it(qtbot, ctx, three, tmp_path):
    from ui.concern_dialog import ConcernDialog

    late, due_today, later = three
    page = ConcernDialog(ctx, due_today.id)
    qtbot.addWidget(page)
    page.show()
    assert "follow_up" in page._shown_keys and page.action_buttons["follow_up"].text() == "回访"
    assert "2026-11-20 回访" in page.status_label.text()
    qtbot.mouseClick(page.action_buttons["follow_up"], Qt.LeftButton)
    dialog = page.action_dialog
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.answer.setCurrentIndex(dialog.answer.findData("unreachable"))
    dialog.confirm()
    assert not dialog.error_label.isVisible(), dialog.error_label.text()
    last = page.timeline.rowCount() - 1
    assert page.timeline.item(last, 3).text() == "回访"
    details = page.timeline.item(last, 4).text()
    assert details == "电话回访：联系不上\n2026-11-23 再回访"
    assert "2026-11-23 回访" in page.status_label.text()
    grab(page, "followup-concern-page", tmp_path)
