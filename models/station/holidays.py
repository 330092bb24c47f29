"""Chinese statutory holidays (法定节假日) and adjusted working days (调休上班).

The years the app ships with are in ``BUILTIN`` below, copied from the State
Council General Office's yearly notices:

* 2025: 国务院办公厅关于2025年部分节假日安排的通知 (dated 2024-11-12)
* 2026: 国务院办公厅关于2026年部分节假日安排的通知 (dated 2025-11-04)

A station that never goes online keeps later years right by hand: each
``HolidayDay`` row in the database names one date as a holiday or as an
adjusted working day, and a row for a date overrides the built-in table.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core import access
from models.core.db import db
from models.core.duty_schema import HolidayDay
from models.core.errors import ValidationError

HOLIDAY = "holiday"   # 放假
WORKDAY = "workday"   # 调休上班 (a weekend day worked)
KINDS = {HOLIDAY: "放假", WORKDAY: "调休上班"}


def _span(year: int, m1: int, d1: int, m2: int, d2: int):
    a, b = dt.date(year, m1, d1), dt.date(year, m2, d2)
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


# year → (holidays: [(name, [dates])], adjusted working days: [(name, date)])
BUILTIN: dict[int, tuple[list[tuple[str, list[dt.date]]], list[tuple[str, dt.date]]]] = {
    # 国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）
    2025: ([
        ("元旦", _span(2025, 1, 1, 1, 1)),
        ("春节", _span(2025, 1, 28, 2, 4)),
        ("清明节", _span(2025, 4, 4, 4, 6)),
        ("劳动节", _span(2025, 5, 1, 5, 5)),
        ("端午节", _span(2025, 5, 31, 6, 2)),
        ("国庆节、中秋节", _span(2025, 10, 1, 10, 8)),
    ], [
        ("春节", dt.date(2025, 1, 26)), ("春节", dt.date(2025, 2, 8)),
        ("劳动节", dt.date(2025, 4, 27)),
        ("国庆节、中秋节", dt.date(2025, 9, 28)), ("国庆节、中秋节", dt.date(2025, 10, 11)),
    ]),
    # 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
    2026: ([
        ("元旦", _span(2026, 1, 1, 1, 3)),
        ("春节", _span(2026, 2, 15, 2, 23)),
        ("清明节", _span(2026, 4, 4, 4, 6)),
        ("劳动节", _span(2026, 5, 1, 5, 5)),
        ("端午节", _span(2026, 6, 19, 6, 21)),
        ("中秋节", _span(2026, 9, 25, 9, 27)),
        ("国庆节", _span(2026, 10, 1, 10, 7)),
    ], [
        ("元旦", dt.date(2026, 1, 4)),
        ("春节", dt.date(2026, 2, 14)), ("春节", dt.date(2026, 2, 28)),
        ("劳动节", dt.date(2026, 5, 9)),
        ("国庆节", dt.date(2026, 9, 20)), ("国庆节", dt.date(2026, 10, 10)),
    ]),
}


@dataclass(frozen=True)
class SpecialDay:
    date: dt.date
    kind: str          # HOLIDAY or WORKDAY
    name: str          # 春节, 国庆节 …
    builtin: bool


def _builtin_days(year: int) -> dict[dt.date, SpecialDay]:
    out: dict[dt.date, SpecialDay] = {}
    holidays, workdays = BUILTIN.get(year, ([], []))
    for name, dates in holidays:
        for d in dates:
            out[d] = SpecialDay(d, HOLIDAY, name, True)
    for name, d in workdays:
        out[d] = SpecialDay(d, WORKDAY, name, True)
    return out


def special_days(date_from: dt.date, date_to: dt.date) -> dict[dt.date, SpecialDay]:
    """Every holiday and adjusted working day from ``date_from`` to ``date_to``,
    the database's entries overriding the built-in table."""
    out: dict[dt.date, SpecialDay] = {}
    for year in range(date_from.year, date_to.year + 1):
        out.update({d: s for d, s in _builtin_days(year).items() if date_from <= d <= date_to})
    for row in (HolidayDay.select()
                .where((HolidayDay.day >= date_from) & (HolidayDay.day <= date_to))):
        if row.kind in KINDS:
            out[row.day] = SpecialDay(row.day, row.kind, row.name, False)
        else:   # "normal": a hand-made entry cancelling a built-in one
            out.pop(row.day, None)
    return out


def day_kind(day: dt.date) -> SpecialDay | None:
    return special_days(day, day).get(day)


def known_years() -> list[int]:
    years = set(BUILTIN)
    for row in HolidayDay.select(HolidayDay.day):
        years.add(row.day.year)
    return sorted(years)


def set_day(day, kind: str, name: str = "") -> None:
    """Record by hand that ``day`` is a holiday (``holiday``), an adjusted
    working day (``workday``) or an ordinary day (``normal``, which cancels
    a built-in entry). Replaces an earlier hand-made entry for that date."""
    access.require("roster.edit")
    if not isinstance(day, dt.date):
        raise ValidationError("请填写日期。", "day")
    if kind not in (HOLIDAY, WORKDAY, "normal"):
        raise ValidationError("请选择“放假”、“调休上班”或“正常”。", "kind")
    name = (name or "").strip()
    if kind != "normal" and not name:
        raise ValidationError("请填写节日名称，例如“春节”。", "name")
    if len(name) > 20:
        raise ValidationError("节日名称不能超过20个字。", "name")
    with db.atomic():
        HolidayDay.delete().where(HolidayDay.day == day).execute()
        HolidayDay.create(day=day, kind=kind, name=name)


def is_working_day(day: dt.date, special: dict[dt.date, SpecialDay] | None = None) -> bool:
    """Monday to Friday unless a holiday; a weekend day only when it is an
    adjusted working day (调休上班)."""
    s = (special if special is not None else special_days(day, day)).get(day)
    if s is not None:
        return s.kind == WORKDAY
    return day.weekday() < 5


def add_working_days(day: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``day`` (``n`` at least 1), reading the
    holidays a stretch at a time (a Spring Festival week is crossed in one read)."""
    n = max(int(n), 1)
    d = day
    window_end, special = day, {}
    while n:
        d += dt.timedelta(days=1)
        if d > window_end:
            window_end = d + dt.timedelta(days=60)
            special = special_days(d, window_end)
        if is_working_day(d, special):
            n -= 1
    return d
