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

from .clock import to_local
from .db import db

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
    station: object          # models.reporting.StationInfo
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


def trip_rows(date_from: dt.date, date_to: dt.date) -> list[SyncTripRow]:
    """The trips whose local date falls in the period, oldest first."""
    rows = []
    for direction, name, code, fname, digest, size, at, full, message, staff in db.execute_sql(
            "SELECT direction, peer_name, peer_code, file_name, sha256, size, at_utc, full, "
            "message, staff_name FROM sync_trip WHERE local_date BETWEEN ? AND ? "
            "ORDER BY at_utc, rowid", (date_from.isoformat(), date_to.isoformat())):
        at = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        rows.append(SyncTripRow(
            number=len(rows) + 1, at=to_local(at), direction=DIRECTIONS.get(direction, direction),
            station=name or "", station_code=code or "", file_name=fname,
            checksum=(digest or "")[:CHECKSUM_CHARS], content=_content(direction, message, size or 0, bool(full)),
            staff=staff or ""))
    return rows


def sync_trips_data(station_info, date_from: dt.date, date_to: dt.date, today: dt.date,
                    title: str, period: str) -> SyncTripsData:
    rows = trip_rows(date_from, date_to)
    sent = sum(1 for r in rows if r.direction == DIRECTIONS["export"])
    got = len(rows) - sent
    summary = f"本期共 {len(rows)} 趟：导出 {sent} 趟，导入 {got} 趟。" if rows else "本期没有同步记录。"
    return SyncTripsData(title=title, station=station_info, date_from=date_from, date_to=date_to,
                         period=period, printed_on=today, rows=rows, summary_line=summary)

