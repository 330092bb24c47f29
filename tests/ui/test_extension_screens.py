"""延期 on the screens: the village asks for more time on a concern's page and
its head decides; an escalated matter's request goes to the township by USB
and is decided on the township's 延期审批 tab; the setting on the Time limits
tab. Each screen grabbed at 1024×728 (into docs/screenshots/ with DESK_SCREENSHOTS=1)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from models.core import access, clock, settings
from tests import sync_desks as sd
from tests.conftest import NOW, TODAY
from tests.ui.conftest import make_ctx

from .test_oversight_screens import _head, grab


@pytest.fixture
def desks(tmp_path):
    with clock.frozen(NOW, ticking=True):
        township, village = sd.build_network(tmp_path / "net", villages=1)
        stick = tmp_path / "stick"
        stick.mkdir(exist_ok=True)
        yield township, village, stick
    sd.close()


def _concern(village, rule="time_limited", summary="村道塌方需要重修挡土墙"):
    from models.concerns import intake, villagers, workflow
    from models.concerns.workflow import ConcernInput

    me = village.station()
    person = villagers.register_villager(me, "覃大伯", "13900003333")
    spec = ConcernInput(person, "proxy_service", rule, summary,
                        deadline=TODAY + dt.timedelta(days=5) if rule == "time_limited" else None)
    _, (c,) = intake.receive_visit(me, "walk_in", [person], [spec])
    if rule == "escalate_visit":
        workflow.request_escalation(c, None, "县交通局", "需要县里派人勘察")
    return c.id


def _deadline(concern_id):
    from models.core.schema import Concern

    return Concern.get_by_id(concern_id).deadline


def test_the_village_asks_and_its_head_decides(qtbot, desks, tmp_path, typer):
    from ui.concern_dialog import ConcernDialog

    township, village, stick = desks
    cid = _concern(village)
    with access.acting_as(_head(village)):
        page = ConcernDialog(make_ctx(village.station()), cid)
        qtbot.addWidget(page)
        page.show()
        assert page.action_buttons["extension_request"].text() == "申请延期"
        qtbot.mouseClick(page.action_buttons["extension_request"], Qt.LeftButton)
        ask = page.action_dialog
        assert "由站长审批" in ask.intro.text() and "2026-11-25" in ask.intro.text()
        ask.new_deadline.setDate(QDate(2026, 12, 10))
        typer(ask.reason, "挡土墙要等县交通局的水泥，下月初才到")
        grab(ask, "extension-request", tmp_path)
        ask.confirm()
        assert not ask.error_label.isVisible(), ask.error_label.text()
        assert page.timeline.item(page.timeline.rowCount() - 1, 3).text() == "申请延期"
        assert "等站长审批" in page.oversight_label.text()
        assert "extension_request" not in page._shown_keys and "extension_decide" in page._shown_keys
        assert page.fact_values["deadline"].text() == "2026-11-25"  # not moved until approved

        qtbot.mouseClick(page.action_buttons["extension_decide"], Qt.LeftButton)
        decide = page.action_dialog
        assert "2026-12-10" in decide.request_label.text() and "县交通局的水泥" in decide.request_label.text()
        typer(decide.note, "同意，请告知村民")
        grab(decide, "extension-decide", tmp_path)
        decide.refuse.setChecked(True)
        decide.note.clear()
        decide.confirm()
        assert decide.error_label.isVisible() and "不同意延期的理由" in decide.error_label.text()
        assert page.fact_values["deadline"].text() == "2026-11-25"
        decide.approve.setChecked(True)
        decide.confirm()
        assert not decide.error_label.isVisible(), decide.error_label.text()
        assert page.fact_values["deadline"].text() == "2026-12-10"
        assert page.timeline.item(page.timeline.rowCount() - 1, 3).text() == "同意延期"
        assert not page.oversight_label.isVisible()


def test_an_escalated_request_is_decided_on_the_township_screen(qtbot, desks, tmp_path, typer):
    from models.concerns import extensions
    from ui.oversight_page import OversightPage

    township, village, stick = desks
    cid = _concern(village, "escalate_visit", "危房鉴定要等县住建局")
    with access.acting_as(_head(village)):
        from models.core.schema import Concern

        c = Concern.get_by_id(cid)
        extensions.request_extension(c, c.deadline + dt.timedelta(days=20), "县住建局排到下月")
        screen = OversightPage(make_ctx(village.station()))
        qtbot.addWidget(screen)
        screen.refresh()
        assert screen.tabs.tabText(1) == "延期审批（0 件）"  # not the village head's to decide
    sd.trip(village, township, stick)
    with access.acting_as(_head(township)):
        screen = OversightPage(make_ctx(township.station()))
        qtbot.addWidget(screen)
        screen.show()
        screen.refresh()
        screen.tabs.setCurrentIndex(2)
        assert screen.tabs.tabText(2) == "延期审批（1 件）"
        table = screen.extension_table
        assert (table.item(0, 0).text(), table.item(0, 5).text()) == (village.name, "县住建局排到下月")
        assert screen.decide_button.isVisible() and not screen.answer_button.isVisible()
        table.selectRow(0)
        grab(screen, "extension-township", tmp_path)
        dialog = screen.decide_selected()
        typer(dialog.note, "同意")
        dialog.confirm()
        assert not dialog.error_label.isVisible(), dialog.error_label.text()
        assert screen.tabs.tabText(2) == "延期审批（0 件）"
    village.open()
    old = _deadline(cid)
    sd.trip(township, village, stick)
    village.open()
    assert _deadline(cid) == old + dt.timedelta(days=20)


def test_the_setting_is_on_the_time_limits_tab(qtbot, desks):
    from ui.settings_dialog import SettingsDialog

    township, village, stick = desks
    village.open()
    dialog = SettingsDialog(make_ctx(village.station()))
    qtbot.addWidget(dialog)
    assert dialog.extension_check.isChecked()
    assert dialog.extension_check.text() == "上报上级的事项，延期由乡镇审批"
    dialog.extension_check.setChecked(False)
    dialog.save()
    assert settings.extension_escalated_to_township() is False
