"""What every screen needs to know: which station this desk is and which
officer is at the desk. Until sign-in exists, the officer is picked from the
active staff on the main window."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from models.core import clock
from models.core.schema import Staff, Station


@dataclass
class DeskContext:
    station: Station
    officer: Staff | None = None
    today: Callable[[], dt.date] = field(default=clock.today)
    now: Callable[[], dt.datetime] = field(default=clock.local_now)
