"""The duty roster (轮值表): who sits at the desk on which day.

``generate`` makes a fair rotation for a period (a week or a month) over the
station's active staff: as many officers a day as the station sets, on the
station's opening days, never on a statutory holiday, but on an adjusted
working day (调休上班) even when it falls on a weekend; never someone on
leave; never more than the weekly maximum for one person. Among the staff
available on the same days the shift counts differ by at most one.

The plan is kept as made (``DutyShift``); a swap between two people is a
``DutySwap`` on top of it, and who is on duty on a day is the plan with the
swaps applied in the order they were recorded. A roster made again for the
same period supersedes the old one, which is kept.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from models.core import access, settings
from models.core.db import db
from models.core.duty_schema import DutyRoster, DutyShift, DutySwap, StaffLeave
from models.core.errors import ValidationError
from models.core.schema import Staff, Station
from models.station import holidays
from models.station.stations import active_staff

WEEKDAY_NAMES = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
MAX_DAYS = 62


@dataclass
class RosterRules:
    officers_per_day: int = 1
    max_per_week: int = 5
    open_weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)   # Monday = 0


def _key(station: Station, name: str) -> str:
    return f"roster.{station.id}.{name}"


def rules(station: Station) -> RosterRules:
    d = RosterRules()
    return RosterRules(
        officers_per_day=int(settings.get(_key(station, "officers_per_day"), d.officers_per_day)),
        max_per_week=int(settings.get(_key(station, "max_per_week"), d.max_per_week)),
        open_weekdays=tuple(settings.get(_key(station, "open_weekdays"), list(d.open_weekdays))))


def clean_rules(officers_per_day, max_per_week, open_weekdays) -> RosterRules:
    try:
        officers_per_day = int(officers_per_day)
        max_per_week = int(max_per_week)
    except (TypeError, ValueError, OverflowError):  # OverflowError: infinity
        raise ValidationError("每天值班人数和每周最多值班天数请填写整数。", "officers_per_day") from None
    if not 1 <= officers_per_day <= 10:
        raise ValidationError("每天值班人数应在1到10人之间。", "officers_per_day")
    if not 1 <= max_per_week <= 7:
        raise ValidationError("每人每周最多值班天数应在1到7天之间。", "max_per_week")
    try:
        days = sorted({int(d) for d in open_weekdays or ()})
    except (TypeError, ValueError, OverflowError):
        days = []
    if not days or any(not 0 <= d <= 6 for d in days):
        raise ValidationError("请至少选择一天开放日。", "open_weekdays")
    return RosterRules(officers_per_day, max_per_week, tuple(days))


def save_rules(station: Station, officers_per_day, max_per_week, open_weekdays) -> RosterRules:
    access.require("roster.edit")
    r = clean_rules(officers_per_day, max_per_week, open_weekdays)
    with db.atomic():
        settings.put(_key(station, "officers_per_day"), r.officers_per_day)
        settings.put(_key(station, "max_per_week"), r.max_per_week)
        settings.put(_key(station, "open_weekdays"), list(r.open_weekdays))
    return r


# --- leave -----------------------------------------------------------------

def add_leave(station: Station, staff: Staff, start: dt.date, end: dt.date,
              reason: str = "") -> StaffLeave:
    access.require("roster.edit")
    if staff is None or staff.station_id != station.id:
        raise ValidationError("请选择本站的工作人员。", "staff")
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        raise ValidationError("请填写请假的起止日期。", "start")
    if end < start:
        raise ValidationError("请假结束日期不能早于开始日期。", "end")
    if (end - start).days > 366:
        raise ValidationError("一次请假不能超过一年。", "end")
    reason = (reason or "").strip()
    if len(reason) > 60:
        raise ValidationError("请假事由不能超过60个字。", "reason")
    return StaffLeave.create(station=station, staff=staff, start=start, end=end, reason=reason)


def leave_days(station: Station, date_from: dt.date, date_to: dt.date) -> dict[str, set[dt.date]]:
    """staff id → the days from ``date_from`` to ``date_to`` they are away."""
    out: dict[str, set[dt.date]] = defaultdict(set)
    q = StaffLeave.select().where((StaffLeave.station == station) & (StaffLeave.start <= date_to)
                                  & (StaffLeave.end >= date_from))
    for leave in q:
        d = max(leave.start, date_from)
        while d <= min(leave.end, date_to):
            out[leave.staff_id].add(d)
            d += dt.timedelta(days=1)
    return out


# --- the plan --------------------------------------------------------------

def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _days(date_from: dt.date, date_to: dt.date) -> list[dt.date]:
    return [date_from + dt.timedelta(days=i) for i in range((date_to - date_from).days + 1)]


def open_days(date_from: dt.date, date_to: dt.date, open_weekdays) -> list[dt.date]:
    """The days the desk is open: its opening weekdays and the adjusted
    working days, less the statutory holidays."""
    special = holidays.special_days(date_from, date_to)
    out = []
    for d in _days(date_from, date_to):
        s = special.get(d)
        if s is not None and s.kind == holidays.HOLIDAY:
            continue
        if d.weekday() in open_weekdays or (s is not None and s.kind == holidays.WORKDAY):
            out.append(d)
    return out


@dataclass
class Plan:
    shifts: dict[dt.date, list[Staff]]
    short_days: list[dt.date] = field(default_factory=list)   # fewer officers than asked


def plan(staff: list[Staff], days: list[dt.date], officers_per_day: int, max_per_week: int,
         away: dict[str, set[dt.date]],
         before: dict[str, list[dt.date]] | None = None) -> Plan:
    """The rotation itself, without the database: each open day takes the
    available people with the fewest shifts so far (ties: the one whose last
    shift is longest ago, then the staff list's order)."""
    count = {s.id: 0 for s in staff}
    week_count: dict[tuple[str, tuple[int, int]], int] = defaultdict(int)
    last: dict[str, dt.date] = {}
    # shifts just before the period (the previous roster): they count towards
    # the weekly maximum of a week the two share, and the rotation goes on
    # from where it stopped
    for sid, dates in (before or {}).items():
        for d in dates:
            week_count[(sid, d.isocalendar()[:2])] += 1
            last[sid] = max(last.get(sid, d), d)
    order = {s.id: i for i, s in enumerate(staff)}
    out = Plan({})
    for day in days:
        week = day.isocalendar()[:2]
        free = [s for s in staff if day not in away.get(s.id, ())
                and week_count[(s.id, week)] < max_per_week]
        free.sort(key=lambda s: (count[s.id], last.get(s.id, dt.date.min), order[s.id]))
        chosen = free[:officers_per_day]
        if len(chosen) < officers_per_day:
            out.short_days.append(day)
        for s in chosen:
            count[s.id] += 1
            week_count[(s.id, week)] += 1
            last[s.id] = day
        out.shifts[day] = sorted(chosen, key=lambda s: order[s.id])
    return out


def current_roster(station: Station, day: dt.date) -> DutyRoster | None:
    """The roster in force on ``day`` (not superseded), if any."""
    return (DutyRoster.select()
            .where((DutyRoster.station == station) & (DutyRoster.start <= day)
                   & (DutyRoster.end >= day) & DutyRoster.superseded_by.is_null())
            .order_by(DutyRoster.created_at.desc()).first())


def _shifts_before(station: Station, date_from: dt.date) -> dict[str, list[dt.date]]:
    """Staff id → their shifts in the two weeks before ``date_from``, by the
    rosters in force (swaps applied)."""
    start = date_from - dt.timedelta(days=14)
    out: dict[str, list[dt.date]] = defaultdict(list)
    for roster in DutyRoster.select().where(
            (DutyRoster.station == station) & (DutyRoster.start < date_from)
            & (DutyRoster.end >= start) & DutyRoster.superseded_by.is_null()):
        for day, ids in actual(roster).items():
            if start <= day < date_from:
                for sid in ids:
                    out[sid].append(day)
    return out


def generate(station: Station, date_from: dt.date, date_to: dt.date, *,
             rules_: RosterRules | None = None, created_by: Staff | None = None,
             replace: bool = False) -> tuple[DutyRoster, Plan]:
    """Make and save the roster for ``date_from`` … ``date_to`` (a week or a
    month). A period that already has a roster is refused unless ``replace``;
    then the old roster is kept, marked as superseded by the new one."""
    access.require("roster.edit")
    if not isinstance(date_from, dt.date) or not isinstance(date_to, dt.date):
        raise ValidationError("请选择排班的起止日期。", "date_from")
    if date_to < date_from:
        raise ValidationError("排班结束日期不能早于开始日期。", "date_to")
    if (date_to - date_from).days + 1 > MAX_DAYS:
        raise ValidationError("一次最多排两个月的班。", "date_to")
    r = rules_ or rules(station)
    r = clean_rules(r.officers_per_day, r.max_per_week, r.open_weekdays)
    staff = active_staff(station)
    if not staff:
        raise ValidationError("本站还没有在岗的工作人员，无法排班。", "staff")
    overlapping = list(DutyRoster.select().where(
        (DutyRoster.station == station) & (DutyRoster.start <= date_to)
        & (DutyRoster.end >= date_from) & DutyRoster.superseded_by.is_null()))
    if overlapping and not replace:
        raise ValidationError("这段时间已经排过班了。如需重新排班，请确认替换原轮值表（原表会保留）。",
                              "date_from")
    days = open_days(date_from, date_to, r.open_weekdays)
    result = plan(staff, days, r.officers_per_day, r.max_per_week,
                  leave_days(station, date_from, date_to), _shifts_before(station, date_from))
    with db.atomic():
        roster = DutyRoster.create(
            station=station, start=date_from, end=date_to, officers_per_day=r.officers_per_day,
            max_per_week=r.max_per_week, open_weekdays="".join(str(d) for d in r.open_weekdays),
            created_by=created_by)
        rows = [{"roster": roster.id, "day": day, "staff": s.id}
                for day, people in result.shifts.items() for s in people]
        for i in range(0, len(rows), 200):
            DutyShift.insert_many(rows[i:i + 200]).execute()
        for old in overlapping:
            DutyRoster.update(superseded_by=roster.id).where(DutyRoster.id == old.id).execute()
    return roster, result


def generate_month(station: Station, year: int, month: int, **kw) -> tuple[DutyRoster, Plan]:
    return generate(station, *month_span(year, month), **kw)


# --- who is on duty --------------------------------------------------------

def planned(roster: DutyRoster) -> dict[dt.date, list[str]]:
    """day → staff ids, as the roster was made."""
    out: dict[dt.date, list[str]] = defaultdict(list)
    for s in DutyShift.select().where(DutyShift.roster == roster).order_by(DutyShift.day):
        out[s.day].append(s.staff_id)
    return out


def swaps(roster: DutyRoster) -> list[DutySwap]:
    return list(DutySwap.select().where(DutySwap.roster == roster)
                .order_by(DutySwap.at_utc, DutySwap.id))


def actual(roster: DutyRoster) -> dict[dt.date, list[str]]:
    """day → staff ids after every swap recorded on the roster."""
    out = {d: list(ids) for d, ids in planned(roster).items()}
    for sw in swaps(roster):
        _apply(out, sw.day_a, sw.staff_a_id, sw.staff_b_id)
        if sw.day_b is not None:
            _apply(out, sw.day_b, sw.staff_b_id, sw.staff_a_id)
    return out


def _apply(days, day, giver, taker):
    people = days.setdefault(day, [])
    if giver in people:
        people[people.index(giver)] = taker


def on_duty_ids(station: Station, day: dt.date) -> list[str] | None:
    """Staff ids on duty on ``day`` by the roster, or None when no roster covers it."""
    roster = current_roster(station, day)
    if roster is None:
        return None
    return actual(roster).get(day, [])


def on_duty(station: Station, day) -> list[Staff]:
    """Who is on duty on ``day``: the duty roster's people (swaps applied)
    when a roster covers that day, otherwise every active staff member."""
    ids = on_duty_ids(station, day)
    if ids is None:
        return active_staff(station)
    people = {s.id: s for s in Staff.select().where(Staff.id.in_(ids))} if ids else {}
    return [people[i] for i in ids if i in people]


def record_swap(station: Station, day_a: dt.date, staff_a: Staff, staff_b: Staff,
                day_b: dt.date | None = None, reason: str = "",
                recorded_by: Staff | None = None) -> DutySwap:
    """``staff_a`` hands their shift on ``day_a`` to ``staff_b``; with
    ``day_b``, ``staff_b`` hands their shift on ``day_b`` back (a swap).
    Recorded as a change; the plan itself is kept."""
    access.require("roster.edit")
    if staff_a is None or staff_b is None:
        raise ValidationError("请选择换班的两个人。", "staff_b")
    if staff_a.id == staff_b.id:
        raise ValidationError("换班要在两个不同的人之间进行。", "staff_b")
    for s in (staff_a, staff_b):
        if s.station_id != station.id:
            raise ValidationError("请选择本站的工作人员。", "staff_b")
    if not staff_b.active:
        raise ValidationError(f"{staff_b.name}已不在岗，不能接班。", "staff_b")
    roster = current_roster(station, day_a)
    if roster is None:
        raise ValidationError("这一天还没有排班，无法换班。", "day_a")
    now = actual(roster)
    if staff_a.id not in now.get(day_a, []):
        raise ValidationError(f"{staff_a.name}在{day_a.month}月{day_a.day}日不值班。", "staff_a")
    if staff_b.id in now.get(day_a, []):
        raise ValidationError(f"{staff_b.name}在{day_a.month}月{day_a.day}日已经值班了。", "staff_b")
    if day_b is not None:
        if not roster.start <= day_b <= roster.end:
            raise ValidationError("换回的日期不在同一张轮值表内。", "day_b")
        if staff_b.id not in now.get(day_b, []):
            raise ValidationError(f"{staff_b.name}在{day_b.month}月{day_b.day}日不值班。", "day_b")
        if staff_a.id in now.get(day_b, []):
            raise ValidationError(f"{staff_a.name}在{day_b.month}月{day_b.day}日已经值班了。", "day_b")
    reason = (reason or "").strip()
    if len(reason) > 60:
        raise ValidationError("换班原因不能超过60个字。", "reason")
    from models.core.schema import utcnow
    last = DutySwap.select(DutySwap.at_utc).where(DutySwap.roster == roster).order_by(
        DutySwap.at_utc.desc()).first()
    at = utcnow()
    if last is not None and last.at_utc >= at:       # keep the recorded order strict
        at = last.at_utc + dt.timedelta(seconds=1)
    return DutySwap.create(roster=roster, day_a=day_a, staff_a=staff_a, day_b=day_b,
                           staff_b=staff_b, reason=reason, recorded_by=recorded_by, at_utc=at)


# --- a month as a screen or a wall chart shows it ----------------------------

@dataclass
class MonthDay:
    date: dt.date
    open: bool
    special: str          # "" or e.g. "春节" / "调休上班（国庆节）"
    holiday: bool
    adjusted_workday: bool
    planned: list[str]    # staff names
    actual: list[str]
    changed: bool
    actual_ids: list[str] = field(default_factory=list)


@dataclass
class MonthView:
    year: int
    month: int
    has_roster: bool
    days: list[MonthDay]
    staff: list[Staff]
    counts: dict[str, int]            # staff name → shifts after swaps
    swaps: list[str]                  # plain descriptions


def month_view(station: Station, year: int, month: int) -> MonthView:
    first, last = month_span(year, month)
    special = holidays.special_days(first, last)
    rosters = list(DutyRoster.select().where(
        (DutyRoster.station == station) & (DutyRoster.start <= last) & (DutyRoster.end >= first)
        & DutyRoster.superseded_by.is_null()))
    names = {s.id: s.name for s in Staff.select().where(Staff.station == station)}
    plan_ids: dict[dt.date, list[str]] = {}
    act_ids: dict[dt.date, list[str]] = {}
    swap_text = []
    for roster in rosters:
        plan_ids.update({d: v for d, v in planned(roster).items() if first <= d <= last})
        act_ids.update({d: v for d, v in actual(roster).items() if first <= d <= last})
        for sw in swaps(roster):
            t = f"{sw.day_a.month}月{sw.day_a.day}日 {names.get(sw.staff_a_id)} → {names.get(sw.staff_b_id)}"
            if sw.day_b:
                t += f"；{sw.day_b.month}月{sw.day_b.day}日 {names.get(sw.staff_b_id)} → {names.get(sw.staff_a_id)}"
            if sw.reason:
                t += f"（{sw.reason}）"
            swap_text.append(t)
    open_weekdays = tuple(int(c) for c in rosters[0].open_weekdays) if rosters else rules(station).open_weekdays
    open_set = set(open_days(first, last, open_weekdays))
    days = []
    counts: dict[str, int] = defaultdict(int)
    for d in _days(first, last):
        s = special.get(d)
        label = ""
        if s is not None:
            label = s.name if s.kind == holidays.HOLIDAY else f"调休上班（{s.name}）"
        p = [names.get(i, "") for i in plan_ids.get(d, [])]
        a = [names.get(i, "") for i in act_ids.get(d, [])]
        for n in a:
            counts[n] += 1
        days.append(MonthDay(d, d in open_set, label, s is not None and s.kind == holidays.HOLIDAY,
                             s is not None and s.kind == holidays.WORKDAY, p, a, p != a,
                             list(act_ids.get(d, []))))
    return MonthView(year, month, bool(rosters), days, active_staff(station), dict(counts), swap_text)


# --- signing in and out (签到) ---------------------------------------------

def _sign(station: Station, staff: Staff, kind: str, at_local: dt.datetime):
    from models.core.clock import to_utc
    from models.core.duty_schema import DutyAttendance

    if staff is None or staff.station_id != station.id:
        raise ValidationError("请选择本站的工作人员。", "staff")
    if not staff.active:
        raise ValidationError(f"{staff.name}已不在岗。", "staff")
    if not isinstance(at_local, dt.datetime):
        raise ValidationError("请填写签到时间。", "at")
    day = at_local.date()
    last = (DutyAttendance.select()
            .where((DutyAttendance.staff == staff) & (DutyAttendance.local_date == day))
            .order_by(DutyAttendance.at_utc.desc(), DutyAttendance.local_time.desc()).first())
    if kind == "in" and last is not None and last.kind == "in":
        raise ValidationError(f"{staff.name}今天已经签到了（{last.local_time}），请先签退。", "staff")
    if kind == "out":
        if last is None or last.kind != "in":
            raise ValidationError(f"{staff.name}今天还没有签到，不能签退。", "staff")
        if at_local.strftime("%H:%M") < last.local_time:
            raise ValidationError("签退时间不能早于签到时间。", "at")
    return DutyAttendance.create(station=station, staff=staff, kind=kind, at_utc=to_utc(at_local),
                                 local_date=day, local_time=at_local.strftime("%H:%M"))


def sign_in(station: Station, staff: Staff, at_local: dt.datetime):
    """The officer arrives at the desk."""
    access.require("roster.attend")
    return _sign(station, staff, "in", at_local)


def sign_out(station: Station, staff: Staff, at_local: dt.datetime):
    """The officer leaves the desk (after signing in the same day)."""
    access.require("roster.attend")
    return _sign(station, staff, "out", at_local)


@dataclass
class DayAttendance:
    staff_id: str
    name: str
    planned: bool            # on duty by the roster (swaps applied)
    signed_in: str           # "08:30" or ""
    signed_out: str


def day_attendance(station: Station, day: dt.date) -> list[DayAttendance]:
    """Everyone on duty on ``day`` and anyone else who signed in, with their
    first sign-in and last sign-out."""
    from models.core.duty_schema import DutyAttendance

    duty = on_duty(station, day)
    rows: dict[str, DayAttendance] = {s.id: DayAttendance(s.id, s.name, True, "", "") for s in duty}
    q = (DutyAttendance.select(DutyAttendance, Staff).join(Staff)
         .where((DutyAttendance.station == station) & (DutyAttendance.local_date == day))
         .order_by(DutyAttendance.at_utc, DutyAttendance.local_time))
    for a in q:
        row = rows.setdefault(a.staff_id, DayAttendance(a.staff_id, a.staff.name, False, "", ""))
        if a.kind == "in" and not row.signed_in:
            row.signed_in = a.local_time
        elif a.kind == "out":
            row.signed_out = a.local_time
    return list(rows.values())


@dataclass
class PersonMonth:
    name: str
    planned: int             # days on duty by the roster (swaps applied)
    present: int             # of those, days signed in
    missed: list[dt.date]    # on duty, never signed in (days up to ``until``)
    extra: list[dt.date]     # signed in without being on duty


@dataclass
class AttendanceMonth:
    year: int
    month: int
    until: dt.date           # days after this are not yet counted as missed
    has_roster: bool
    people: list[PersonMonth]


def attendance_month(station: Station, year: int, month: int,
                     today: dt.date | None = None) -> AttendanceMonth:
    """Planned against actual attendance for a month, per person."""
    from models.core.duty_schema import DutyAttendance

    first, last = month_span(year, month)
    until = min(last, today) if today else last
    view = month_view(station, year, month)
    signed: dict[str, set[dt.date]] = defaultdict(set)
    for a in DutyAttendance.select().where(
            (DutyAttendance.station == station) & (DutyAttendance.kind == "in")
            & (DutyAttendance.local_date >= first) & (DutyAttendance.local_date <= last)):
        signed[a.staff_id].add(a.local_date)
    staff = {s.id: s for s in Staff.select().where(Staff.station == station)}
    planned_days: dict[str, set[dt.date]] = defaultdict(set)
    for d in view.days:
        for sid in d.actual_ids:
            planned_days[sid].add(d.date)
    people = []
    ids = [s.id for s in view.staff] + [i for i in list(planned_days) + list(signed)
                                        if i not in {s.id for s in view.staff}]
    seen = set()
    for sid in ids:
        if sid in seen or sid not in staff:
            continue
        seen.add(sid)
        plan_d, sign_d = planned_days.get(sid, set()), signed.get(sid, set())
        people.append(PersonMonth(
            staff[sid].name, len(plan_d), len(plan_d & sign_d),
            sorted(d for d in plan_d - sign_d if d <= until), sorted(sign_d - plan_d)))
    return AttendanceMonth(year, month, until, view.has_roster, people)
