#!/usr/bin/env python3
"""Render the USB sync screen (F9) at a village desk in a realistic state:
paired with its township, three trips made, and the township's answer on the
stick, previewed before importing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_sync_page.py

Two desks (a township and a village, each its own data folder) are set up,
paired and exchange real packages through a "stick" folder in a temporary
directory; the page is told that folder is a detected USB drive named
KINGSTON. Writes sync-page.png next to this script.
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

TOWNSHIP = ("township", "城中镇村民关切回应中心", "451422101")
VILLAGE = ("village", "那堪村村民关切回应站", "451422101201")


def _set_up(folder: Path, spec, parent=None):
    from models.safety.opening import open_database
    from models.station import stations

    open_database(folder / "station.sqlite3")
    level, name, code = spec
    me = stations.set_up_this_station(level, name, code, parent_name=parent[1] if parent else "",
                                      parent_code=parent[2] if parent else "")
    stations.add_staff(me, "黄秀兰" if parent else "农建国", "13807710001", "head", full_time=True)
    stations.add_staff(me, "梁振华" if parent else "陆海燕", "13807710002", "clerk")
    return me


def _concerns(summaries) -> None:
    from models.concerns.intake import receive_visit
    from models.concerns.villagers import register_villager
    from models.concerns.workflow import ConcernInput
    from models.core import clock
    from models.station import stations

    me = stations.this_station()
    staff = stations.active_staff(me)[0]
    for i, (name, summary, rule, function) in enumerate(summaries):
        villager = register_villager(me, name, f"1390771{i:04d}")
        deadline = clock.today() + dt.timedelta(days=10) if rule == "time_limited" else None
        receive_visit(me, "walk_in", [villager], [ConcernInput(
            villager=villager, function=function, rule=rule, summary=summary, deadline=deadline,
            handler=staff)], staff, headcount=1)


def main() -> int:
    from models.safety.opening import close_database, open_database
    from sync import engine, pairing
    from ui import style
    from ui.app import make_app
    from ui.context import DeskContext
    from sync.drives import Drive

    app = make_app(sys.argv[:1])
    style.apply(app)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        town_dir, village_dir, stick = tmp / "township", tmp / "village", tmp / "KINGSTON"
        for d in (town_dir, village_dir, stick):
            d.mkdir()
        _set_up(town_dir, TOWNSHIP)
        ticket = pairing.create_child_pairing(VILLAGE[2], VILLAGE[1], None, stick)
        close_database()
        _set_up(village_dir, VILLAGE, TOWNSHIP)
        pairing.join_parent(ticket.path, ticket.pass_code)
        ticket.path.unlink()
        _concerns([("韦国强", "那堪屯至弄怀屯的村道塌方，请求修复", "time_limited", "suggestion"),
                   ("黄美玲", "申请办理高龄津贴", "proxy_end_to_end", "proxy_service"),
                   ("农志明", "与邻居宅基地界线纠纷", "mediate_on_site", "dispute")])
        first = engine.export_package(stick).path
        close_database()
        open_database(town_dir / "station.sqlite3")
        engine.import_package(first)
        first.unlink()
        back = engine.export_package(stick, VILLAGE[2]).path
        close_database()
        open_database(village_dir / "station.sqlite3")
        engine.import_package(back)
        back.unlink()
        _concerns([("陆秀英", "屯里自来水管破裂，停水两天", "time_limited", "suggestion"),
                   ("黄文军", "咨询新农合报销比例", "answer_on_spot", "suggestion")])
        engine.export_package(stick)  # carried to the township, where it is imported ...
        close_database()
        open_database(town_dir / "station.sqlite3")
        for p in sorted(stick.glob("*.vsync")):
            engine.import_package(p)
            p.unlink()
        from models.station import holidays

        year = dt.date.today().year + 1  # the township hands down next year's days off
        holidays.set_day(dt.date(year, 1, 1), holidays.HOLIDAY, "元旦")
        holidays.set_day(dt.date(year, 4, 5), holidays.HOLIDAY, "清明节")
        holidays.set_day(dt.date(year, 4, 6), holidays.WORKDAY, "清明调休")
        engine.export_package(stick, VILLAGE[2])  # ... and the answer comes back on the stick
        close_database()
        open_database(village_dir / "station.sqlite3")

        from models.station import stations
        from ui.main_window import MainWindow

        village = stations.this_station()
        window = MainWindow(village, DeskContext(village, stations.active_staff(village)[0]))
        window.resize(1280, 800)
        window.show()
        window.show_sync()
        page = window.sync_page
        page.drive_finder = lambda: [Drive("KINGSTON", stick, 7_730_000_000)]
        page.refresh()
        page.preview()
        while page.is_busy():
            app.processEvents()
        app.processEvents()
        window.grab().save(str(HERE / "sync-page.png"))
        window.close()
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
