"""Is the PC's clock plausible? A village PC's clock is often wrong: a dead
CMOS battery sets it to 2019 or 2000, someone sets it forward by a year.

The desk compares "now" with the newest record *this desk* wrote — the time
its own clock gave to the newest visit or concern of its own station
(``created_at``), or the last start-up at which the clock looked right
(``note_start``; a township or county desk registers few visits itself).
Dates a villager or a paper ledger gave (a visit recorded for last March)
do not count, nor do records that came from other desks by USB, nor other
writes (registering a villager, signing in), which a wrong clock would
otherwise seem to confirm.

- **behind**: now is more than an hour earlier than that newest record;
- **ahead**: now is more than a year later than it.

Either is said plainly at start-up and before a visit is registered
(``ClockDoubtful``: no case number is issued for a year that is clearly
wrong). When the officer has checked the date and it is right (say the
clock was 2035 for a while and has just been corrected, so the newest
records lie in the "future"), ``confirm`` keeps what was seen; the doubt is
not raised again until the clock goes back before that confirmation or a
newer record appears.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core import clock, settings
from models.core.errors import ValidationError
from models.core.schema import Visit

BEHIND_TOLERANCE = dt.timedelta(hours=1)
AHEAD_LIMIT = dt.timedelta(days=366)
CONFIRMED = "clock.confirmed"  # {"now": local ISO, "newest": UTC ISO}
LAST_GOOD_START = "clock.last_good_start"  # UTC ISO


@dataclass(frozen=True)
class ClockDoubt:
    kind: str             # "behind" or "ahead"
    now: dt.datetime      # local, what the clock said
    newest: dt.datetime   # local, the newest record of this desk

    @property
    def message(self) -> str:
        now = _text(self.now)
        newest = _text(self.newest)
        if self.kind == "behind":
            what = (f"电脑显示现在是{now}，可是这台电脑上最新的记录是{newest}记的，"
                    "比现在还晚。")
        else:
            what = (f"电脑显示现在是{now}，可是这台电脑上最新的记录是{newest}记的，"
                    f"已经过去{(self.now - self.newest).days}天了。")
        return ("电脑的日期可能不对：" + what +
                "请看一下电脑右下角的日期和时间，不对的话先改对；"
                "如果日期确实没错，请按“日期没错”。")


class ClockDoubtful(ValidationError):
    """Raised before issuing a case number while the clock is doubtful and
    not confirmed; ``doubt`` says what was seen."""

    def __init__(self, doubt: ClockDoubt):
        super().__init__(doubt.message, "clock")
        self.doubt = doubt


def _text(t: dt.datetime) -> str:
    return f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"


def newest_record() -> dt.datetime | None:
    """UTC: when, by this desk's clock, it last wrote something of its own."""
    station_id = settings.get(settings.THIS_STATION)
    found = []
    if station_id:
        # (a concern is registered with its visit, in the same transaction)
        visit = (Visit.select(Visit.created_at).where(Visit.station == station_id)
                 .order_by(Visit.created_at.desc()).limit(1).scalar())
        if visit is not None:
            found.append(visit)
    started = settings.get(LAST_GOOD_START)
    if started:
        try:
            found.append(dt.datetime.fromisoformat(started))
        except (TypeError, ValueError):
            pass
    return max(found) if found else None


def check(now: dt.datetime | None = None) -> ClockDoubt | None:
    """The doubt about the clock's reading ``now`` (local; the desk's clock
    by default), or None when it looks right or was confirmed."""
    now = now or clock.local_now()
    newest_utc = newest_record()
    if newest_utc is None:
        return None
    newest = clock.to_local(newest_utc)
    if now + BEHIND_TOLERANCE < newest:
        kind = "behind"
    elif now - newest > AHEAD_LIMIT:
        kind = "ahead"
    else:
        return None
    seen = settings.get(CONFIRMED)
    if seen:
        try:
            confirmed_at = dt.datetime.fromisoformat(seen["now"])
            confirmed_newest = dt.datetime.fromisoformat(seen["newest"])
        except (KeyError, TypeError, ValueError):
            confirmed_at = confirmed_newest = None
        if (confirmed_at is not None and now + BEHIND_TOLERANCE >= confirmed_at
                and newest_utc <= confirmed_newest):
            return None
    return ClockDoubt(kind, now, newest)


def confirm(now: dt.datetime | None = None) -> None:
    """The officer says the date shown is right: remember what was seen."""
    now = now or clock.local_now()
    newest = newest_record()
    settings.put(CONFIRMED, {"now": now.isoformat(),
                             "newest": (newest or clock.to_utc(now)).isoformat()})


def note_start(now: dt.datetime | None = None) -> ClockDoubt | None:
    """At start-up: the doubt, if any; else remember this start as a moment
    the clock looked right (the reference for the next check)."""
    now = now or clock.local_now()
    doubt = check(now)
    if doubt is None and settings.get(settings.THIS_STATION):
        settings.put(LAST_GOOD_START, clock.to_utc(now).isoformat())
    return doubt


def require_plausible(now: dt.datetime | None = None) -> None:
    doubt = check(now)
    if doubt is not None:
        raise ClockDoubtful(doubt)
