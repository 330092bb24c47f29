"""The home screen names today's appointments of officials and, on a day
the roster leaves empty, says the desk is closed."""
from __future__ import annotations

import datetime as dt

from models.concerns import outreach
from models.station import roster
from tests.conftest import TODAY
from tests.ui.conftest import make_ctx
from ui.home_page import HomePage

from .lists import loaded


def test_todays_appointments_show_on_the_home_screen(qtbot, station):
    outreach.book_appointment(station, "research", "陆干事", "城中镇党政办", "township",
                              TODAY, "上午9:00", today=TODAY)
    outreach.book_appointment(station, "research", "韦科长", "县民政局", "county",
                              TODAY + dt.timedelta(days=1), today=TODAY)
    page = HomePage(make_ctx(station))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    loaded(qtbot, page)
    text = page.appointments_label.text()
    assert page.appointments_label.isVisible()
    assert text.startswith("今日预约：") and "城中镇党政办" in text and "陆干事" in text
    assert "下站调研" in text and "韦科长" not in text


def test_a_closed_day_by_the_roster(qtbot, station):
    roster.generate(station, TODAY, TODAY, rules_=roster.RosterRules(1, 5, (0, 1, 2, 3)))  # not Fridays
    page = HomePage(make_ctx(station))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    loaded(qtbot, page)
    assert "本站今天不开放" in page.duty_label.text()
    assert not page.appointments_label.isVisible()
