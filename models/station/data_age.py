"""How old each station's data is on this desk: "数据截至 11月24日（9天前）".

Each desk stamps its own station (the ``data_stamp`` table) every time it
sends a package up (``sync.engine.export_package``); the stamp travels in the
station's partition together with the records it dates, so a township reads
when each of its villages last sent, and a county reads it for the villages
of its townships as far as their packages have reached it. For a station this
desk received packages from itself, the newest such package's date counts too
(``sync_received.created``, the sender's clock). The later of the two is the
station's data age. "Today" comes from ``models.core.clock``, via the caller.

A station with neither: when it, or a station between it and this desk, is
paired with this desk, nothing has come from it yet — flagged. Otherwise its
records were entered on this desk itself (the Ningming demo; a township
keeping a village's paper ledger): as current as the desk. A hamlet point
without a desk of its own reports through its village: its village's age.

Stale: not heard from in more than ``settings.stale_days()`` days (default
14); such a station's figures are marked incomplete, never counted as if
current (``models.figures.periods``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core import settings
from models.core.clock import local_now, to_utc
from models.core.db import db

OWN = "own"          # entered on this desk: current
PACKAGE = "package"  # from the newest package that brought it
NEVER = "never"      # paired, but nothing has arrived yet


@dataclass(frozen=True)
class DataAge:
    station_id: str
    source: str
    as_of: dt.date | None    # the sender's date of its newest data here (PACKAGE only)
    days: int | None         # today − as_of
    stale: bool
    via: str | None = None   # a hamlet point's village, when it reports through it

    @property
    def text(self) -> str:
        """As the CLI and the printed statistics say it."""
        if self.source == OWN:
            return "本机录入"
        if self.as_of is None:
            return "还没有收到数据"
        return f"数据截至 {self.as_of.month}月{self.as_of.day}日（{self.ago}）"

    @property
    def short(self) -> str:
        """For a narrow table cell: 11月24日（9天前）."""
        if self.source != PACKAGE or self.as_of is None:
            return self.text
        return f"{self.as_of.month}月{self.as_of.day}日（{self.ago}）"

    @property
    def ago(self) -> str:
        if self.days is None:
            return ""
        if self.days < 0:
            return "晚于本机日期，请核对电脑日期"
        return "今天" if self.days == 0 else f"{self.days}天前"

    def as_json(self) -> dict:
        return {"source": self.source, "as_of": self.as_of.isoformat() if self.as_of else None,
                "days": self.days, "stale": self.stale}


def stamp(station) -> None:
    """This desk's own station: its data is as of today (called when a package
    to the parent is written, in the export's transaction). A data age is a
    day: the stamp changes on the first package of a day only, so that a
    second trip the same day carries nothing new because of it."""
    now = local_now()
    db.execute_sql(
        "INSERT INTO data_stamp (id, station_id, at_utc, local_date, local_time) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET at_utc = excluded.at_utc, local_date = excluded.local_date, "
        "local_time = excluded.local_time WHERE data_stamp.local_date <> excluded.local_date",
        (station.id, station.id, to_utc(now), now.date().isoformat(), now.strftime("%H:%M")))


def _newest() -> dict[str, dt.date]:
    newest: dict[str, dt.date] = {}
    rows = list(db.execute_sql("SELECT station_id, MAX(local_date) FROM data_stamp GROUP BY station_id"))
    rows += list(db.execute_sql(
        "SELECT peer_station_id, MAX(substr(created, 1, 10)) FROM sync_received GROUP BY peer_station_id"))
    for sid, day in rows:
        try:
            d = dt.date.fromisoformat(str(day)[:10])
        except ValueError:
            continue
        if sid not in newest or d > newest[sid]:
            newest[sid] = d
    return newest


def ages(station_ids, today: dt.date, me: str | None = None) -> dict[str, DataAge]:
    """The data age of each station (by id) as this desk holds it on ``today``."""
    if me is None:
        me = settings.get(settings.THIS_STATION)
    limit = settings.stale_days()
    newest = _newest()
    tree = {sid: (parent, level) for sid, parent, level in
            db.execute_sql("SELECT id, parent_id, level FROM station")}
    paired = {r[0] for r in db.execute_sql("SELECT station_id FROM sync_peer WHERE relation = 'child'")}

    def reached_by_sync(sid: str) -> bool:
        seen = set()
        while sid and sid != me and sid not in seen:
            if sid in paired:
                return True
            seen.add(sid)
            sid = tree.get(sid, (None, None))[0]
        return False

    def age(sid: str) -> DataAge:
        if sid == me:
            return DataAge(sid, OWN, None, None, False)
        day = newest.get(sid)
        if day is None and tree.get(sid, (None, None))[1] == "hamlet" and tree[sid][0]:
            parent = age(tree[sid][0])          # reports through its village
            return DataAge(sid, parent.source, parent.as_of, parent.days, parent.stale, tree[sid][0])
        if day is not None:
            days = (today - day).days
            return DataAge(sid, PACKAGE, day, days, days > limit)
        if reached_by_sync(sid):
            return DataAge(sid, NEVER, None, None, True)
        return DataAge(sid, OWN, None, None, False)

    return {sid: age(sid) for sid in station_ids}
