"""The appointments / suggestion box / training screen as the duty officer
uses it."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from models.core.outreach_schema import Appointment, Suggestion
from tests.ui.conftest import make_ctx
from ui.main_window import MainWindow


def _page(qtbot, station):
    win = MainWindow(station, make_ctx(station))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.mouseClick(win.outreach_button, Qt.LeftButton)
    assert win.pages.currentWidget() is win.outreach_page
    page = win.outreach_page
    page._window_for_test = win  # keep the window alive while the test runs
    return page


def test_book_an_appointment(qtbot, station, typer):
    page = _page(qtbot, station)
    typer(page.appt_official, "陆干事")
    typer(page.appt_office, "城中镇党政办")
    page.appt_level.setCurrentIndex(page.appt_level.findData("township"))
    page.appt_day.setDate(QDate(2026, 11, 25))
    qtbot.mouseClick(page.appt_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    assert page.appt_table.rowCount() == 1
    assert page.appt_table.item(0, 2).text() == "下站调研"
    assert page.appt_table.item(0, 4).text() == "陆干事"
    # a reception visit with no concern ticked is refused
    page.appt_kind.setCurrentIndex(page.appt_kind.findData("reception"))
    qtbot.mouseClick(page.appt_button, Qt.LeftButton)
    assert "选择要接待的事项" in page.error_label.text()
    assert Appointment.select().count() == 1


def test_open_the_box_and_register_a_slip(qtbot, station, typer):
    page = _page(qtbot, station)
    page.tabs.setCurrentIndex(1)
    page.box_day.setDate(QDate(2026, 11, 16))
    page.box_slips.setPlainText("建议村小门口装减速带\n希望多组织农技培训")
    qtbot.mouseClick(page.box_button, Qt.LeftButton)
    assert "见证人" in page.error_label.text()                 # no witness: refused
    assert Suggestion.select().count() == 0
    typer(page.box_witnesses, "黄主任、李代表")
    qtbot.mouseClick(page.box_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    assert page.slip_table.rowCount() == 2
    row = [r for r in range(2) if page.slip_table.item(r, 1).text() == "建议村小门口装减速带"][0]
    page.slip_table.selectRow(row)
    qtbot.mouseClick(page.slip_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    case = page.slip_table.item(row, 2).text()
    assert case
    slip = Suggestion.get(Suggestion.text == "建议村小门口装减速带")
    assert slip.concern.case_number == case and slip.concern.function == "suggestion"


def test_record_training(qtbot, station, typer):
    page = _page(qtbot, station)
    page.tabs.setCurrentIndex(2)
    typer(page.tr_topic, "回应站工作规范")
    page.tr_people.item(0).setCheckState(Qt.Checked)
    qtbot.mouseClick(page.tr_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    assert "回应站工作规范" in page.tr_history.text()
    assert "尚无培训记录" in page.tr_history.text()          # the other person


def test_a_reception_visit_takes_the_concerns_ticked_in_the_paged_list(qtbot, station, typer):
    import datetime as dt

    from models.concerns import villagers
    from models.concerns.intake import receive_visit
    from models.concerns.workflow import ConcernInput
    from models.core.outreach_schema import AppointmentConcern
    from tests.conftest import NOW, TODAY

    from .lists import loaded

    villager = villagers.register_villager(station, "张三", "13912345678")
    receive_visit(station, "walk_in", [villager],
                  [ConcernInput(villager, "suggestion", "escalate_visit", f"宅基地纠纷{i}",
                                deadline=TODAY + dt.timedelta(days=10 + i)) for i in range(3)],
                  None, at=NOW)
    page = _page(qtbot, station)
    table = page.appt_concerns
    loaded(qtbot, table)
    assert table.rowCount() == 3 and table.checked_ids() == []
    table.set_checked(1)
    ticked = table.checked_ids()
    assert len(ticked) == 1
    page.appt_kind.setCurrentIndex(page.appt_kind.findData("reception"))
    typer(page.appt_official, "陆干事")
    typer(page.appt_office, "城中镇党政办")
    page.appt_day.setDate(QDate(2026, 11, 25))
    qtbot.mouseClick(page.appt_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    assert [ac.concern_id for ac in AppointmentConcern.select()] == ticked
    loaded(qtbot, table)
    assert table.checked_ids() == []  # the list was read again, nothing ticked
