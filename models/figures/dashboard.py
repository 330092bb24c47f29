"""What the home screen needs to answer "what do I do now"."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from models.concerns.outreach import appointments_on
from models.core.schema import Concern, ConcernEvent, Staff, Station, Villager
from models.core.vocab import PENDING
from models.figures.totals import Totals, totals
from models.station.roster import on_duty
from models.station.stations import active_staff, stations_under


@dataclass
class Home:
    today: dt.date
    station: Station
    on_duty: list[Staff]
    open_concerns: list[Concern]   # by deadline, soonest (and overdue) first
    overdue: list[Concern]
    due_soon: list[Concern]        # due today, tomorrow or the day after
    today_totals: Totals
    month_totals: Totals
    appointments: list = field(default_factory=list)   # outreach.AppointmentRow, today's
    staff_count: int = 0                                 # active staff (on_duty may be fewer)


def open_concerns(station: Station) -> list[Concern]:
    """The desk's to-do: its own station's pending concerns and, at a
    township or county desk (or a village with hamlet points), the pending
    concerns of stations below it that wait on an escalation answer."""
    below = [s.id for s in stations_under(station) if s.id != station.id]
    mine = Concern.station == station
    if below:
        asked = fn.COALESCE(ConcernEvent.select(fn.SUM(ConcernEvent.kind == "escalation_requested"))
                            .where(ConcernEvent.concern == Concern.id), 0)
        answered = fn.COALESCE(ConcernEvent.select(fn.SUM(ConcernEvent.kind == "escalation_answered"))
                               .where(ConcernEvent.concern == Concern.id), 0)
        mine = mine | (Concern.station.in_(below) & (asked > answered))
    q = (Concern.select().where(mine & (Concern.outcome == PENDING))
         .order_by(Concern.deadline.is_null(), Concern.deadline, Concern.registered_on))
    return list(q)


def home(station: Station, today: dt.date) -> Home:
    pending = open_concerns(station)
    overdue = [c for c in pending if c.deadline and c.deadline < today]
    soon_end = today + dt.timedelta(days=2)
    due_soon = [c for c in pending if c.deadline and today <= c.deadline <= soon_end]
    return Home(today=today, station=station, on_duty=on_duty(station, today),
                open_concerns=pending, overdue=overdue, due_soon=due_soon,
                today_totals=totals(station, today, today),
                month_totals=totals(station, today.replace(day=1), today),
                appointments=appointments_on(station, today),
                staff_count=len(active_staff(station)))


@dataclass
class ConcernRow:
    """One concern as a list shows it: plain values, no database handle."""
    id: str
    case_number: str
    registered_on: dt.date
    villager_name: str
    hamlet_name: str
    summary: str
    function: str
    rule: str
    deadline: dt.date | None
    outcome: str
    current_step: str
    overdue: bool
    overdue_days: int              # 0 unless overdue
    waiting_higher_level: bool
    confidential: bool


def concern_rows(concerns: list[Concern], today: dt.date) -> list[ConcernRow]:
    """Plain rows for a list; villager and hamlet names are read in one query
    each, not one per row."""
    from models.concerns.workflow import escalation_waiting, is_overdue
    from models.core import access
    from models.core.validation import mask_name

    villagers = {c.villager_id for c in concerns}
    hamlets = {c.hamlet_id for c in concerns if c.hamlet_id}
    villager_names = dict(Villager.select(Villager.id, Villager.name)
                          .where(Villager.id.in_(villagers)).tuples()) if villagers else {}
    hamlet_names = dict(Station.select(Station.id, Station.name)
                        .where(Station.id.in_(hamlets)).tuples()) if hamlets else {}
    rows = []
    for c in concerns:
        overdue = is_overdue(c, today)
        # a confidential concern the actor may not see: counted and listed, not read
        hidden = c.confidential and not access.can_see(c)
        name = villager_names.get(c.villager_id, "")
        rows.append(ConcernRow(
            id=c.id, case_number=c.case_number, registered_on=c.registered_on,
            villager_name=mask_name(name) if hidden else name,
            hamlet_name=hamlet_names.get(c.hamlet_id, ""),
            summary=access.CONFIDENTIAL_SUMMARY if hidden else c.summary, function=c.function, rule=c.rule, deadline=c.deadline,
            outcome=c.outcome, current_step=c.current_step, overdue=overdue,
            overdue_days=(today - c.deadline).days if overdue else 0,
            waiting_higher_level=c.outcome == "pending" and c.rule == "escalate_visit"
            and escalation_waiting(c),
            confidential=c.confidential))
    return rows
