"""A township's (or county's) watch over the deadlines of the stations under
it: their open concerns that are overdue or soon due, grouped by station,
each judged as of that station's data age (``models.station.data_age``).

What this desk knows of a village's concern is what the village's newest
package said. So a pending concern with a deadline is

- overdue (已逾期): its deadline had passed by the station's data date — it
  was late and still open when the station last reported;
- perhaps overdue (可能已逾期): its deadline fell after the data date and
  before today — open when last reported and due since; whether it was done
  meanwhile, the station's next package tells;
- soon due (即将到期): due today or in the next ``SOON_DAYS`` days.

Records entered on this desk itself are as of today. A county holds
≈300,000 concerns: the per-station counts are one ``GROUP BY`` and the list
pages by keyset in SQL (station code, deadline, registration, id), with the
columns of the desk's other lists (``models.figures.concern_list``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core.db import db
from models.core.vocab import PENDING
from models.figures.concern_list import _COLUMNS, _FROM, PAGE, ConcernRow, _row
from models.station import data_age
from models.station.stations import stations_under

SOON_DAYS = 2            # due today, tomorrow or the day after (as the home screen counts)
OVERDUE, PERHAPS, SOON = "overdue", "perhaps_overdue", "soon_due"
STATUS_TEXT = {OVERDUE: "已逾期", PERHAPS: "可能已逾期", SOON: "即将到期"}


@dataclass
class DeadlineRow(ConcernRow):
    """A concern of a station below, as the list shows it."""
    station_id: str = ""
    station_name: str = ""
    station_code: str = ""
    as_of: dt.date | None = None      # the station's data date (today for this desk's own records)
    status: str = ""                   # OVERDUE / PERHAPS / SOON


@dataclass
class StationDeadlines:
    """One station's line: its data age and its counts."""
    station_id: str
    name: str
    code: str
    age: data_age.DataAge
    as_of: dt.date
    overdue: int = 0
    perhaps_overdue: int = 0
    soon_due: int = 0

    @property
    def total(self) -> int:
        return self.overdue + self.perhaps_overdue + self.soon_due


@dataclass(frozen=True)
class Cursor:
    code: str
    deadline: str
    registered_on: str
    id: str


@dataclass(frozen=True)
class Page:
    rows: list[DeadlineRow]
    after: Cursor | None


class BelowDeadlines:
    """The list for a desk's ``station`` on ``today``: every station below
    it, or one (``only``: a station id); ``status`` keeps one of OVERDUE /
    PERHAPS / SOON. Plain values: made on the GUI thread, read on a worker."""

    def __init__(self, station, today: dt.date, only: str | None = None, status: str | None = None):
        self.station_id = station.id
        self.station = station
        self.today = today
        self.only = only
        self.status = status
        self._ages: dict[str, tuple[data_age.DataAge, dt.date]] | None = None
        self._names: dict[str, tuple[str, str]] = {}

    # -- the stations below and their data dates
    def _load(self) -> dict[str, tuple[data_age.DataAge, dt.date]]:
        if self._ages is None:
            below = [s for s in stations_under(self.station) if s.id != self.station_id]
            self._names = {s.id: (s.name, s.code) for s in below}
            ages = data_age.ages([s.id for s in below], self.today, me=self.station_id)
            self._ages = {sid: (a, min(a.as_of, self.today) if a.as_of else self.today)
                          for sid, a in ages.items()}
        return self._ages

    def _with(self) -> tuple[str, list]:
        ages = self._load()
        ids = [self.only] if self.only else list(ages)
        if not ids:
            return "WITH age(sid, as_of) AS (SELECT NULL, NULL WHERE 0)", []
        args: list = []
        for sid in ids:
            args += [sid, ages.get(sid, (None, self.today))[1].isoformat()]
        return f"WITH age(sid, as_of) AS (VALUES {','.join(['(?, ?)'] * len(ids))})", args

    def _where(self) -> tuple[str, list]:
        today = self.today.isoformat()
        soon = (self.today + dt.timedelta(days=SOON_DAYS)).isoformat()
        sql = "c.outcome = ? AND c.deadline IS NOT NULL AND c.deadline <= ?"
        args: list = [PENDING, soon]
        if self.status == OVERDUE:
            sql += " AND c.deadline < a.as_of"
        elif self.status == PERHAPS:
            sql += " AND c.deadline >= a.as_of AND c.deadline < ?"
            args.append(today)
        elif self.status == SOON:
            sql += " AND c.deadline >= ?"
            args.append(today)
        return sql, args

    def stations(self) -> list[StationDeadlines]:
        """Every station below with its counts (those with none too), by code:
        one counting query."""
        ages = self._load()
        with_sql, wargs = self._with()
        today = self.today.isoformat()
        soon = (self.today + dt.timedelta(days=SOON_DAYS)).isoformat()
        counts = {sid: (o, p, s) for sid, o, p, s in db.execute_sql(
            f"{with_sql} SELECT c.station_id, COALESCE(SUM(c.deadline < a.as_of), 0), "
            "COALESCE(SUM(c.deadline >= a.as_of AND c.deadline < ?), 0), "
            "COALESCE(SUM(c.deadline >= ?), 0) "
            "FROM concern c JOIN age a ON a.sid = c.station_id "
            "WHERE c.outcome = ? AND c.deadline IS NOT NULL AND c.deadline <= ? GROUP BY c.station_id",
            [*wargs, today, today, PENDING, soon]).fetchall()}
        out = []
        for sid, (age, as_of) in ages.items():
            if self.only and sid != self.only:
                continue
            name, code = self._names[sid]
            o, p, s = counts.get(sid, (0, 0, 0))
            out.append(StationDeadlines(sid, name, code, age, as_of, o, p, s))
        out.sort(key=lambda x: x.code)
        return out

    def count(self) -> int:
        with_sql, wargs = self._with()
        where, args = self._where()
        return db.execute_sql(f"{with_sql} SELECT COUNT(*) FROM concern c JOIN age a ON a.sid = c.station_id "
                              f"WHERE {where}", [*wargs, *args]).fetchone()[0]

    def page(self, after: Cursor | None = None, limit: int = PAGE) -> Page:
        """The next ``limit`` rows after ``after`` (None: from the top), by
        station code, then soonest deadline."""
        with_sql, wargs = self._with()
        where, args = self._where()
        if after is not None:
            where += " AND (s.code, c.deadline, c.registered_on, c.id) > (?, ?, ?, ?)"
            args += [after.code, after.deadline, after.registered_on, after.id]
        raw = db.execute_sql(
            f"{with_sql} SELECT {_COLUMNS}, s.id, s.name, s.code, a.as_of {_FROM} "
            "JOIN age a ON a.sid = c.station_id JOIN station s ON s.id = c.station_id "
            f"WHERE {where} ORDER BY s.code, c.deadline, c.registered_on, c.id LIMIT ?",
            [*wargs, *args, limit + 1]).fetchall()
        more = len(raw) > limit
        raw = raw[:limit]
        rows = [self._row(r) for r in raw]
        cursor = None
        if more:
            last = raw[-1]
            cursor = Cursor(last[-2], str(last[8]), str(last[2]), last[0])
        return Page(rows, cursor)

    def _row(self, raw: tuple) -> DeadlineRow:
        n = len(raw) - 4
        base = _row(raw[:n], self.today)
        sid, name, code, as_of = raw[n:]
        as_of = dt.date.fromisoformat(str(as_of))
        status = (OVERDUE if base.deadline < as_of else PERHAPS if base.deadline < self.today else SOON)
        return DeadlineRow(**vars(base), station_id=sid, station_name=name, station_code=code,
                           as_of=as_of, status=status)

    def ids(self) -> list[str]:
        """Every id in the list, in its order (for checks)."""
        out, after = [], None
        while True:
            page = self.page(after, 1000)
            out += [r.id for r in page.rows]
            if page.after is None:
                return out
            after = page.after
