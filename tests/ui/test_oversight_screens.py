"""督办 / 催办 on the screens, as the cadres use them, across a township and
its village (real desks, real packages): the township's head opens the
village's concern and sends a 督办; at the village it shows on the home
screen and the concern's page until answered in the notice screen; the
answer is back on the township's screen after the next trip. Each screen is
grabbed at 1024×728 (into docs/screenshots/ with DESK_SCREENSHOTS=1)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models.core import clock
from tests import sync_desks as sd
from tests.conftest import NOW, TODAY
from tests.ui.conftest import make_ctx

from .lists import loaded

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def desks(tmp_path):
    with clock.frozen(NOW, ticking=True):
        township, village = sd.build_network(tmp_path / "net", villages=1)
        stick = tmp_path / "stick"
        stick.mkdir(exist_ok=True)
        yield township, village, stick
    sd.close()


def grab(widget, name: str, tmp_path: Path) -> Path:
    widget.resize(1024, 728)
    widget.show()
    folder = ROOT / "docs" / "screenshots" if os.environ.get("DESK_SCREENSHOTS") else tmp_path
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _register(village):
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput

    me = village.station()
    person = villagers.register_villager(me, "黄秀英", "13900001111")
    spec = ConcernInput(person, "suggestion", "time_limited", "村口水渠堵塞，雨天淹了三户的地",
                        deadline=TODAY + dt.timedelta(days=7))
    _, concerns = intake.receive_visit(me, "walk_in", [person], [spec])
    return concerns[0].id


def _head(desk):
    from models.core import access
    from models.core.schema import Staff

    desk.open()
    return access.actor_for(Staff.get(Staff.name == desk.name[:2] + "站长"))


def test_a_notice_sent_from_the_township_is_answered_at_the_village(qtbot, desks, tmp_path, typer):
    from models.core import access
    from ui.concern_dialog import ConcernDialog
    from ui.home_page import HomePage
    from ui.oversight_page import OversightPage

    township, village, stick = desks
    cid = _register(village)
    sd.trip(village, township, stick)

    # --- at the township: its head opens the village's concern and sends a 督办
    with access.acting_as(_head(township)):
        ctx = make_ctx(township.station())
        page = ConcernDialog(ctx, cid)
        qtbot.addWidget(page)
        page.show()
        assert "oversee" in page._shown_keys and "oversight_answer" not in page._shown_keys
        assert page.action_buttons["oversee"].text() == "督办 / 催办"
        qtbot.mouseClick(page.action_buttons["oversee"], Qt.LeftButton)
        dialog = page.action_dialog
        assert dialog.windowTitle() == "对这件事督办或催办"
        assert village.name in dialog.intro.text()
        typer(dialog.what, "群众反映水渠堵塞已近一周，请组织清淤并回复")
        dialog.asked_by.clear()
        typer(dialog.asked_by, "镇党委李书记")
        grab(dialog, "oversight-issue", tmp_path)
        dialog.confirm()
        assert not dialog.error_label.isVisible(), dialog.error_label.text()
        last = page.timeline.rowCount() - 1
        assert page.timeline.item(last, 3).text() == "上级督办"
        assert "镇党委李书记" in page.timeline.item(last, 4).text()
        assert page.oversight_label.isVisible() and "尚未回复" in page.oversight_label.text()
        # a refusal is said in the dialog and saves nothing
        qtbot.mouseClick(page.action_buttons["oversee"], Qt.LeftButton)
        again = page.action_dialog
        again.confirm()
        assert again.error_label.isVisible() and "督办（催办）事项" in again.error_label.text()
        rows = page.timeline.rowCount()
        again.reject()
        assert page.timeline.rowCount() == rows
        page.close()

    sd.trip(township, village, stick)

    # --- at the village: on the home screen and the concern's page until answered
    with access.acting_as(_head(village)):
        ctx = make_ctx(village.station())
        home = HomePage(ctx)
        qtbot.addWidget(home)
        home.show()
        home.refresh()
        loaded(qtbot, home)
        qtbot.waitUntil(lambda: home.notices_row.isVisible(), timeout=20000)
        text = home.notices_label.text()
        assert "上级督办、催办 1 件，等本站回复" in text and township.name in text and "督办〔" in text
        assert home.notices_button.text() == "查看并回复…"
        grab(home, "oversight-home", tmp_path)

        concern_page = ConcernDialog(ctx, cid)
        qtbot.addWidget(concern_page)
        concern_page.show()
        assert "oversight_answer" in concern_page._shown_keys and "oversee" not in concern_page._shown_keys
        assert "群众反映水渠堵塞" in concern_page.oversight_label.text()
        concern_page.resize(1024, 728)
        concern_page._measure_rows()  # the history's newest lines in view, as the officer sees them
        grab(concern_page, "oversight-concern", tmp_path)
        concern_page.close()

        screen = OversightPage(ctx)
        qtbot.addWidget(screen)
        screen.show()
        screen.refresh()
        assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == [
            "本站要回复的（1 件待回复）", "延期审批（0 件）"]
        table = screen.received_table
        assert table.item(0, 1).text() == township.name and table.item(0, 7).text() == "未回复"
        assert not screen.answer_button.isEnabled()
        table.selectRow(0)
        assert screen.answer_button.isEnabled()
        dialog = screen.answer_selected()
        assert "群众反映水渠堵塞" in dialog.notice_label.text() and township.name in dialog.notice_label.text()
        typer(dialog.answer, "已组织12名群众清淤，水渠已通，已告知黄秀英")
        grab(dialog, "oversight-answer", tmp_path)
        dialog.confirm()
        assert not dialog.error_label.isVisible(), dialog.error_label.text()
        assert table.item(0, 7).text().endswith("已回复")
        assert screen.tabs.tabText(0) == "本站要回复的（0 件待回复）"
        slip = screen.save_slip(table.rows[0].id, tmp_path / "督办通知单")
        assert slip.suffix == ".pdf" and slip.stat().st_size > 0
        assert screen.status_label.text().startswith("已保存到")
        home.refresh()
        loaded(qtbot, home)
        qtbot.waitUntil(lambda: not home.notices_row.isVisible(), timeout=20000)

    sd.trip(village, township, stick)

    # --- back at the township: answered, on the stations-below tab
    with access.acting_as(_head(township)):
        ctx = make_ctx(township.station())
        screen = OversightPage(ctx)
        qtbot.addWidget(screen)
        screen.show()
        screen.refresh()
        assert screen.tabs.count() == 3
        screen.tabs.setCurrentIndex(1)
        assert screen.tabs.tabText(1) == "下级站点的（0 件未回复）"
        table = screen.below_table
        assert table.item(0, 2).text() == village.name and table.item(0, 7).text().endswith("已回复")
        table.selectRow(0)
        assert not screen.answer_button.isEnabled() and screen.open_button.isEnabled()
        assert "已组织12名群众清淤" in screen.detail_label.text()
        with qtbot.waitSignal(screen.opened) as opened:
            qtbot.mouseClick(screen.open_button, Qt.LeftButton)
        assert opened.args == [cid]
        grab(screen, "oversight-township", tmp_path)
