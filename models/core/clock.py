"""Station time: the one place the desk asks what time it is.

Stations are in China: local time is UTC+8 all year. Timestamps are stored
in UTC with the local date alongside; nothing orders events from two
machines by their wall clocks.

Every rule takes "now" from here (``utc_now``, ``local_now``, ``today``,
``monotonic``), never from ``datetime.now`` itself, so that a test, the demo
or a bench run can set the clock (``set_now`` / ``frozen``) and the suite can
also run under a faked system clock (``faketime``; see the README). The
wall clock may be wrong — a dead CMOS battery says 2019, someone fixes it
forward; ``models.safety.clock_check`` says so when it sees it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time

LOCAL_TZ = dt.timezone(dt.timedelta(hours=8), "CST")

_lock = threading.Lock()
# When set: (the UTC instant it was set to, the monotonic reading then,
# whether it moves on from there). None: the system clock.
_override: tuple[dt.datetime, float, bool] | None = None
# Added to the system's monotonic clock: lets a test move "time elapsed"
# forward without waiting (``advance``).
_mono_offset = 0.0


def _system_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def utc_instant() -> dt.datetime:
    """Now in UTC, naive, to the microsecond (for ordering log entries)."""
    with _lock:
        o = _override
    if o is None:
        return _system_utc()
    at, mono, ticking = o
    if ticking:
        at = at + dt.timedelta(seconds=time.monotonic() - mono)
    return at


def utc_now() -> dt.datetime:
    """Now in UTC, naive, to the second."""
    return utc_instant().replace(microsecond=0)


def local_now() -> dt.datetime:
    """Local wall-clock time, naive, to the second."""
    return to_local(utc_now())


def today() -> dt.date:
    return local_now().date()


def monotonic() -> float:
    """Seconds from an arbitrary start, never going back whatever the wall
    clock does (for "how long since", e.g. a sign-in lock-out)."""
    return time.monotonic() + _mono_offset


def to_utc(local: dt.datetime) -> dt.datetime:
    return (local.replace(tzinfo=LOCAL_TZ).astimezone(dt.timezone.utc)
            .replace(tzinfo=None, microsecond=0))


def to_local(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.timezone.utc).astimezone(LOCAL_TZ).replace(tzinfo=None)


# ---------------------------------------------------------------- setting the clock

def set_now(local: dt.datetime | None, ticking: bool = False) -> None:
    """Make the desk's clock read ``local`` (China time, naive) from now on;
    ``ticking`` lets it run on from there. ``None`` goes back to the system
    clock. Setting the wall clock does not touch ``monotonic``: a clock
    moved by hand does not make time pass."""
    global _override
    with _lock:
        _override = None if local is None else (to_utc(local), time.monotonic(), ticking)


def advance(seconds: float) -> None:
    """Let ``seconds`` pass: the monotonic clock moves on, and a set wall
    clock with it (the system clock cannot be moved from here)."""
    global _override, _mono_offset
    with _lock:
        _mono_offset += seconds
        if _override is not None:
            at, mono, ticking = _override
            _override = (at + dt.timedelta(seconds=seconds), mono, ticking)


@contextlib.contextmanager
def frozen(local: dt.datetime, ticking: bool = False):
    """``with clock.frozen(dt.datetime(2028, 2, 29, 0, 30)): ...``"""
    global _override
    with _lock:
        before = _override
    set_now(local, ticking)
    try:
        yield
    finally:
        with _lock:
            _override = before
