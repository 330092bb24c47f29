#!/usr/bin/env python3
"""Render the duty roster's month view (on demo data, a roster made for
November 2026 with one swap and a sign-in) to PNG, in Simplified Chinese.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_duty_screenshots.py

Writes roster-month.png next to this script.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 20)


def main() -> int:
    from models import roster, stations
    from models.db import close_database, open_database
    from models.demo import build_demo
    from ui import style
    from ui.app import make_app
    from ui.context import DeskContext

    app = make_app(sys.argv[:1])
    style.apply(app)
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "demo" / "station.sqlite3")
        station = build_demo(end=TODAY)
        staff = stations.active_staff(station)
        roster.save_rules(station, 2, 4, [0, 1, 2, 3, 4])
        roster.add_leave(station, staff[-1], dt.date(2026, 11, 9), dt.date(2026, 11, 13), "探亲")
        _, plan = roster.generate_month(station, 2026, 11)
        a = plan.shifts[dt.date(2026, 11, 18)][0]
        b = next(s for s in staff if s not in plan.shifts[dt.date(2026, 11, 18)])
        roster.record_swap(station, dt.date(2026, 11, 18), a, b, reason="家中有事")
        on = stations.on_duty(station, TODAY)
        roster.sign_in(station, on[0], dt.datetime(2026, 11, 20, 8, 25))
        from ui.main_window import MainWindow

        window = MainWindow(station, DeskContext(station, today=lambda: TODAY,
                                                 now=lambda: dt.datetime(2026, 11, 20, 9, 30)))
        window.resize(1500, 900)
        window.show()
        window.show_roster()
        app.processEvents()
        window.grab().save(str(HERE / "roster-month.png"))
        window.close()
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
