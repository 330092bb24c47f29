"""What the home screen needs to answer "what do I do now"."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.concerns import extensions, followup, oversight
from models.concerns.outreach import appointments_on
from models.core.schema import Concern, Staff, Station
from models.figures.concern_list import (
    ConcernRow,
    OpenConcerns,
    OpenFigures,
    concerns_by_ids,
    rows_for_ids,
)
from models.figures.totals import Totals, totals
from models.station.roster import on_duty
from models.station.stations import active_staff


@dataclass
class Home:
    today: dt.date
    station: Station
    on_duty: list[Staff]
    figures: OpenFigures           # open, due soon, overdue: counted by the database
    today_totals: Totals
    month_totals: Totals
    appointments: list = field(default_factory=list)   # outreach.AppointmentRow, today's
    staff_count: int = 0                                 # active staff (on_duty may be fewer)
    notices_waiting: list = field(default_factory=list)  # oversight.NoticeRow: 督办/催办 to answer here
    notices_below_waiting: int = 0                       # … and not yet answered by the stations below
    extensions_to_decide: int = 0                        # 延期 requests waiting for this desk's decision
    follow_ups_due: int = 0                              # 回访 owed today or earlier


def open_concerns(station: Station) -> list[Concern]:
    """Every concern of the desk's to-do (``concern_list.OpenConcerns``) as
    model rows, in the list's order. Reads them all: for checks and small
    desks; a screen shows ``OpenConcerns`` a page at a time."""
    return concerns_by_ids(OpenConcerns(station, dt.date.min).ids())


def home(station: Station, today: dt.date) -> Home:
    """The home screen's figures (no list: ``concern_list.OpenConcerns`` pages it)."""
    return Home(today=today, station=station, on_duty=on_duty(station, today),
                figures=OpenConcerns(station, today).figures(),
                today_totals=totals(station, today, today),
                month_totals=totals(station, today.replace(day=1), today),
                appointments=appointments_on(station, today),
                staff_count=len(active_staff(station)),
                notices_waiting=oversight.received(station, waiting_only=True),
                notices_below_waiting=len(oversight.below(station, waiting_only=True)),
                extensions_to_decide=len(extensions.to_decide(station)),
                follow_ups_due=followup.FollowUps(station, today).due_today())


def concern_rows(concerns: list[Concern], today: dt.date) -> list[ConcernRow]:
    """Plain rows for a short list (search results), in the order given; one
    query for all of them (``concern_list.rows_for_ids``)."""
    return rows_for_ids([c.id for c in concerns], today)
