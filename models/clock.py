"""Station time. Stations are in China: local time is UTC+8 all year.

Timestamps are stored in UTC with the local date alongside; nothing orders
events from two machines by their wall clocks.
"""
from __future__ import annotations

import datetime as dt

LOCAL_TZ = dt.timezone(dt.timedelta(hours=8), "CST")


def local_now() -> dt.datetime:
    """Local wall-clock time, naive, to the second."""
    return dt.datetime.now(LOCAL_TZ).replace(tzinfo=None, microsecond=0)


def today() -> dt.date:
    return local_now().date()


def to_utc(local: dt.datetime) -> dt.datetime:
    return (local.replace(tzinfo=LOCAL_TZ).astimezone(dt.timezone.utc)
            .replace(tzinfo=None, microsecond=0))


def to_local(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.timezone.utc).astimezone(LOCAL_TZ).replace(tzinfo=None)
