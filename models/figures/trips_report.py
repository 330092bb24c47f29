"""The printable list of USB sync trips (同步记录), for the township's files.

Plain data for ``reports/sync_trips.py``. The rows come from the
``sync_trip`` table (migration 7), which ``sync.engine`` fills on every
export and applied import and reads back as ``engine.history()``; this
module reads the same rows itself because models/ may not import sync/
(the arrows point sync → models), and every printed document's data is
built in models/ (``reporting.report_data``), for the print centre and the
command line alike.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core.clock import to_local
from models.core.db import db

DIRECTIONS = {"export": "导出给", "import": "导入自"}
CHECKSUM_CHARS = 12  # the first hex digits of the package's SHA-256, enough to tell files apart


@dataclass
class SyncTripRow:
    number: int
    at: dt.datetime          # local time of the trip
    direction: str           # 导出给 / 导入自
    station: str             # 城中镇回应中心
    station_code: str        # 450000001
    file_name: str
    checksum: str            # first 12 hex digits of the file's SHA-256
    content: str             # records sent, or what the import did
    staff: str               # who was at the desk ("" if not known)


@dataclass
class SyncTripsData:
    title: str
    station: object          # models.figures.reporting.StationInfo
    date_from: dt.date
    date_to: dt.date
    period: str
    printed_on: dt.date
    rows: list[SyncTripRow]
    summary_line: str


def _size_text(size: int) -> str:
    return f"{size / 1024:.1f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def _content(direction: str, message: str, size: int, full: bool) -> str:
    text = message or ""
    if direction == "export" and full:
        text += "（全部重新发送）"
    return f"{text} {_size_text(size)}".strip()


@dataclass
class Trip:
    """One row of the ``sync_trip`` table: an export or an applied import."""
    direction: str           # "export" / "import"
    peer_name: str
    peer_code: str
    file_name: str
    sha256: str
    size: int
    at_local: dt.datetime
    full: bool
    counts: dict
    status: str
    message: str
    staff_name: str


_TRIP_COLUMNS = ("direction, peer_name, peer_code, file_name, sha256, size, at_utc, full, counts, "
                 "status, message, staff_name")


def _trip(row) -> Trip:
    import json

    d, name, code, fname, digest, size, at, full, counts, status, msg, staff = row
    at = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
    return Trip(d, name or "", code or "", fname, digest or "", size or 0, to_local(at),
                bool(full), json.loads(counts), status, msg or "", staff or "")


def trips(date_from: dt.date | None = None, date_to: dt.date | None = None,
          newest_first: bool = True, limit: int | None = None) -> list[Trip]:
    """The trips made at this desk (in a period of local dates, if given)."""
    sql = (f"SELECT {_TRIP_COLUMNS} FROM sync_trip WHERE local_date BETWEEN ? AND ? ORDER BY "
           + ("at_utc DESC, rowid DESC" if newest_first else "at_utc, rowid"))
    params: list = [(date_from or dt.date.min).isoformat(), (date_to or dt.date.max).isoformat()]
    if limit:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_trip(row) for row in db.execute_sql(sql, params)]


# The trips screen is a window onto the table: a county desk makes and
# receives a dozen packages a week, ten years of them are tens of thousands of
# rows. Pages follow a keyset (newest first: the time, then the row), so a
# trip made while the list is read never shows twice or pushes one out.
TRIPS_PAGE = 100


@dataclass(frozen=True)
class TripCursor:
    at_utc: str
    rowid: int


@dataclass(frozen=True)
class TripPage:
    trips: list[Trip]
    after: TripCursor | None   # give it to trips_page() for the next page; None: the last


def trip_count() -> int:
    """How many trips this desk has made (exports and applied imports)."""
    return db.execute_sql("SELECT COUNT(*) FROM sync_trip").fetchone()[0]


def trips_page(after: TripCursor | None = None, limit: int = TRIPS_PAGE) -> TripPage:
    """The next ``limit`` trips after ``after`` (None: the newest), newest first."""
    where, params = "1", []
    if after is not None:
        where, params = "(at_utc, rowid) < (?, ?)", [after.at_utc, after.rowid]
    raw = db.execute_sql(f"SELECT {_TRIP_COLUMNS}, CAST(at_utc AS TEXT), rowid FROM sync_trip "
                         f"WHERE {where} ORDER BY at_utc DESC, rowid DESC LIMIT ?",
                         [*params, limit + 1]).fetchall()
    more = len(raw) > limit
    raw = raw[:limit]
    cursor = TripCursor(raw[-1][-2], raw[-1][-1]) if more else None
    return TripPage([_trip(r[:-2]) for r in raw], cursor)


def imported_checksums(digests) -> set[str]:
    """Which of these package checksums this desk has imported already."""
    digests = [d for d in digests if d]
    found: set[str] = set()
    for start in range(0, len(digests), 500):
        chunk = digests[start:start + 500]
        found.update(r[0] for r in db.execute_sql(
            f"SELECT sha256 FROM sync_trip WHERE direction = 'import' AND sha256 IN "
            f"({','.join('?' * len(chunk))})", chunk).fetchall())
    return found


def trip_rows(date_from: dt.date, date_to: dt.date) -> list[SyncTripRow]:
    """The trips whose local date falls in the period, oldest first."""
    return [SyncTripRow(number=i, at=t.at_local, direction=DIRECTIONS.get(t.direction, t.direction),
                        station=t.peer_name, station_code=t.peer_code, file_name=t.file_name,
                        checksum=t.sha256[:CHECKSUM_CHARS],
                        content=_content(t.direction, t.message, t.size, t.full), staff=t.staff_name)
            for i, t in enumerate(trips(date_from, date_to, newest_first=False), start=1)]


def sync_trips_data(station_info, date_from: dt.date, date_to: dt.date, today: dt.date,
                    title: str, period: str) -> SyncTripsData:
    rows = trip_rows(date_from, date_to)
    sent = sum(1 for r in rows if r.direction == DIRECTIONS["export"])
    got = len(rows) - sent
    summary = f"本期共 {len(rows)} 趟：导出 {sent} 趟，导入 {got} 趟。" if rows else "本期没有同步记录。"
    return SyncTripsData(title=title, station=station_info, date_from=date_from, date_to=date_to,
                         period=period, printed_on=today, rows=rows, summary_line=summary)

