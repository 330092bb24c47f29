#!/usr/bin/env python3
"""Render the home screen and a concern's timeline (on demo data) and the
first-run screen to PNG, in
Simplified Chinese, with the bundled font, as a fresh install shows them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

Writes home.png, timeline.png, timeline-open.png and first-run.png next to
this script. The demo year ends on a
fixed date so the pictures do not change from day to day.
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
    from models.safety.opening import close_database, open_database
    from models.samples.demo import build_demo
    from ui import style
    from ui.app import make_app
    from ui.context import DeskContext

    app = make_app(sys.argv[:1])
    style.apply(app)

    with tempfile.TemporaryDirectory() as tmp:
        # The first-run screen: an empty database.
        open_database(Path(tmp) / "empty" / "station.sqlite3")
        from ui.first_run import FirstRunDialog

        dialog = FirstRunDialog()
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(HERE / "first-run.png"))
        dialog.close()
        close_database()

        # The home screen on a year of demo data.
        open_database(Path(tmp) / "demo" / "station.sqlite3")
        station = build_demo(end=TODAY)
        from ui.main_window import MainWindow

        window = MainWindow(station, DeskContext(station, today=lambda: TODAY))
        window.resize(1280, 800)
        window.show()
        # as a desk looks once its head has signed in (docs/roles.md)
        from models.core.schema import Staff

        window.show_signed_in(Staff.get((Staff.station == station) & (Staff.role == "head")))
        window.show_home()
        app.processEvents()
        window.grab().save(str(HERE / "home.png"))
        window.close()

        # One concern's whole history: the closed proxy matter with the most
        # events, and the open concern nearest its deadline with its buttons.
        from models.core.schema import Concern
        from models.figures import dashboard
        from ui.concern_dialog import ConcernDialog

        ctx = DeskContext(station, today=lambda: TODAY)
        ctx.officer = station.staff.first()
        richest = (Concern.select().where((Concern.rule == "proxy_end_to_end")
                                          & (Concern.outcome == "resolved"))
                   .order_by(Concern.event_count.desc(), Concern.seq).first())
        soonest = dashboard.open_concerns(station)[0]
        for concern, name in ((richest, "timeline.png"), (soonest, "timeline-open.png")):
            page = ConcernDialog(ctx, concern.id)
            page.resize(1240, 860)
            page.show()
            app.processEvents()
            page.grab().save(str(HERE / name))
            page.close()
        close_database()
    print("wrote home.png, timeline.png, timeline-open.png and first-run.png in", HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
