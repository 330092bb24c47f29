"""Lists of concerns as a window onto one query: the desk's open concerns
(home screen, to-do, outreach), a page at a time, with their counts from the
database.

A county desk holds ≈300,000 concerns, tens of thousands of them open, so a
list never reads every row: ``OpenConcerns.count()`` / ``figures()`` are
``COUNT`` queries and ``OpenConcerns.page(after, limit)`` reads one screenful,
each row with what the list shows — villager and hamlet names, "waiting for
the higher level" — from the same query (no query per row).

Pages follow a keyset (the sort key of the last row shown), not an offset: a
concern registered or closed between two pages never makes another row appear
twice or go missing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace

from models.core import access
from models.core.db import db
from models.core.schema import Concern
from models.core.validation import mask_name
from models.core.vocab import PENDING
from models.station.stations import station_ids_under

# The escalation balance of concern c: requests minus answers (> 0: waiting).
_BALANCE = ("(SELECT COALESCE(SUM(CASE e.kind WHEN 'escalation_requested' THEN 1 "
            "WHEN 'escalation_answered' THEN -1 ELSE 0 END), 0) "
            "FROM concern_event e WHERE e.concern_id = c.id)")
# A concern's place in the list: soonest deadline first (none last), then the
# earliest registered, then its id so that the order is total.
_KEY = "COALESCE(c.deadline, '9999-12-31'), c.registered_on, c.id"
_COLUMNS = ("c.id, c.case_number, c.registered_on, v.name, h.name, c.summary, c.function, c.rule, "
            "c.deadline, c.outcome, c.current_step, c.confidential, c.handler_id, "
            f"CASE WHEN c.outcome = 'pending' AND c.rule = 'escalate_visit' THEN {_BALANCE} > 0 "
            "ELSE 0 END, COALESCE(c.deadline, '9999-12-31')")
_FROM = ("FROM concern c LEFT JOIN villager v ON v.id = c.villager_id "
         "LEFT JOIN station h ON h.id = c.hamlet_id")

PAGE = 100  # rows per page: a few screenfuls


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


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the sort key of its last row."""
    deadline_key: str
    registered_on: str
    id: str


@dataclass(frozen=True)
class Page:
    rows: list[ConcernRow]
    after: Cursor | None   # give this to page() for the next page; None: this was the last


@dataclass(frozen=True)
class OpenFigures:
    open: int
    due_soon: int       # due today, tomorrow or the day after
    overdue: int


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _row(raw: tuple, today: dt.date) -> ConcernRow:
    (cid, case_number, registered_on, villager, hamlet, summary, function, rule, deadline,
     outcome, step, confidential, handler_id, waiting, _key) = raw
    deadline = _date(deadline)
    confidential = bool(confidential)
    overdue = outcome == PENDING and deadline is not None and deadline < today
    # a confidential concern the actor may not see: counted and listed, not read
    hidden = confidential and not access.can_see(
        SimpleNamespace(confidential=True, handler_id=handler_id))
    villager = villager or ""
    return ConcernRow(
        id=cid, case_number=case_number, registered_on=_date(registered_on),
        villager_name=mask_name(villager) if hidden else villager, hamlet_name=hamlet or "",
        summary=access.CONFIDENTIAL_SUMMARY if hidden else summary, function=function, rule=rule,
        deadline=deadline, outcome=outcome, current_step=step, overdue=overdue,
        overdue_days=(today - deadline).days if overdue else 0,
        waiting_higher_level=bool(waiting), confidential=confidential)


def rows_for_ids(ids: list[str], today: dt.date) -> list[ConcernRow]:
    """The list rows of these concerns, in the order given: one query (for a
    short list such as search results)."""
    found: dict[str, ConcernRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = f"SELECT {_COLUMNS} {_FROM} WHERE c.id IN ({','.join('?' * len(chunk))})"
        for raw in db.execute_sql(sql, chunk).fetchall():
            found[raw[0]] = _row(raw, today)
    return [found[i] for i in ids if i in found]


def search_rows(station, query: str, today: dt.date, limit: int = 200) -> list[ConcernRow]:
    """The search's list (``models.concerns.search``): the concerns matching
    ``query`` that the current actor may see, newest first, as list rows —
    ids from the index, then one query for their rows."""
    from models.concerns.search import search_ids, visible_ids

    return rows_for_ids(visible_ids(search_ids(station, query, limit)), today)


def concerns_by_ids(ids: list[str]) -> list[Concern]:
    """The concerns with these ids, in the order given (those that exist)."""
    by_id = {}
    for start in range(0, len(ids), 500):
        by_id.update({c.id: c for c in Concern.select().where(Concern.id.in_(ids[start:start + 500]))})
    return [by_id[i] for i in ids if i in by_id]


class OpenConcerns:
    """The desk's to-do: its own station's pending concerns and, at a
    township or county desk (or a village with hamlet points), the pending
    concerns of stations below it that wait on an escalation answer; soonest
    deadline first. ``rule`` keeps one handling rule, ``only_overdue`` only
    those past their deadline on ``today``.

    Plain values only: made on the GUI thread, its queries may run on a
    worker's own connection."""

    def __init__(self, station, today: dt.date, rule: str | None = None,
                 only_overdue: bool = False):
        self.today = today
        self.rule = rule
        self.only_overdue = only_overdue
        self.station = station
        self.station_id = station.id
        self._below: list[str] | None = None

    @property
    def below(self) -> list[str]:
        """The stations under the desk's (read when first needed: on the worker)."""
        if self._below is None:
            self._below = [i for i in station_ids_under(self.station) if i != self.station_id]
        return self._below

    def _where(self, extra: bool = True) -> tuple[str, list]:
        sql = "c.outcome = ? AND (c.station_id = ?"
        args: list = [PENDING, self.station_id]
        if self.below:
            sql += f" OR (c.station_id IN ({','.join('?' * len(self.below))}) AND {_BALANCE} > 0)"
            args += self.below
        sql += ")"
        if extra and self.rule:
            sql += " AND c.rule = ?"
            args.append(self.rule)
        if extra and self.only_overdue:
            sql += " AND c.deadline IS NOT NULL AND c.deadline < ?"
            args.append(self.today.isoformat())
        return sql, args

    def count(self) -> int:
        """How many concerns the list holds (with its rule and overdue choices)."""
        where, args = self._where()
        return db.execute_sql(f"SELECT COUNT(*) FROM concern c WHERE {where}", args).fetchone()[0]

    def figures(self) -> OpenFigures:
        """Open, due within two days and overdue: the whole list, whatever its
        rule and overdue choices; one counting query."""
        where, args = self._where(extra=False)
        today = self.today.isoformat()
        soon = (self.today + dt.timedelta(days=2)).isoformat()
        n, due_soon, overdue = db.execute_sql(
            "SELECT COUNT(*), COALESCE(SUM(c.deadline >= ? AND c.deadline <= ?), 0), "
            f"COALESCE(SUM(c.deadline < ?), 0) FROM concern c WHERE {where}",
            [today, soon, today, *args]).fetchone()
        return OpenFigures(open=n, due_soon=due_soon, overdue=overdue)

    def page(self, after: Cursor | None = None, limit: int = PAGE) -> Page:
        """The next ``limit`` rows after ``after`` (None: from the top)."""
        where, args = self._where()
        if after is not None:
            where += f" AND ({_KEY}) > (?, ?, ?)"
            args += [after.deadline_key, after.registered_on, after.id]
        raw = db.execute_sql(f"SELECT {_COLUMNS} {_FROM} WHERE {where} ORDER BY {_KEY} LIMIT ?",
                             [*args, limit + 1]).fetchall()
        more = len(raw) > limit
        raw = raw[:limit]
        cursor = None
        if more:
            last = raw[-1]
            cursor = Cursor(str(last[-1]), str(last[2]), last[0])
        return Page([_row(r, self.today) for r in raw], cursor)

    def ids(self) -> list[str]:
        """Every id in the list, in its order (a straightforward query, for checks)."""
        where, args = self._where()
        return [r[0] for r in db.execute_sql(
            f"SELECT c.id FROM concern c WHERE {where} ORDER BY {_KEY}", args).fetchall()]
