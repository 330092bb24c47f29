#!/usr/bin/env python3
"""Render the duty roster's month view (on demo data, a roster made for
November 2026 with one swap and a sign-in), the eight-haves checklist and the
township's matrix (two more villages, inspected) to PNG, in Simplified Chinese.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_duty_screenshots.py

Writes roster-month.png, checklist.png and township-matrix.png next to this script.
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
    from models.station import roster, stations
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
        on = roster.on_duty(station, TODAY)
        roster.sign_in(station, on[0], dt.datetime(2026, 11, 20, 8, 25))
        from ui.main_window import MainWindow

        window = MainWindow(station, DeskContext(station, today=lambda: TODAY,
                                                 now=lambda: dt.datetime(2026, 11, 20, 9, 30)))
        window.resize(1280, 800)
        window.show()
        window.show_roster()
        app.processEvents()
        window.grab().save(str(HERE / "roster-month.png"))

        from models.station import checklist
        from models.station.checklist import ResultInput

        d = dt.date
        png = (ROOT / "docs" / "screenshots" / "home.png").read_bytes()
        head = staff[0]
        for code, state, note, when in [
                ("office", "ok", "村委一楼东侧，门口挂牌", d(2026, 11, 2)),
                ("roster", "ok", "已按月排班并张贴", d(2026, 11, 1)),
                ("workflow_chart", "ok", "七步流程图已上墙", d(2026, 10, 8)),
                ("rules", "ok", "运行制度已打印装框", d(2026, 10, 8)),
                ("notice_board", "needs_work", "十月公示未及时更换", d(2026, 11, 16)),
                ("work_record", "ok", "台账逐件登记", d(2026, 11, 19)),
                ("suggestion_box", "needs_work", "锁已损坏，已报修", d(2026, 11, 18))]:
            checklist.check_item(station, code, state, note, when,
                                 png if code == "suggestion_box" else None, head, today=TODAY)
        township = station.parent
        others = [stations.create_station("village", name, code, township)
                  for name, code in [("板烂村村民关切回应站", "450000009"),
                                     ("那楠村村民关切回应站", "450000010"),
                                     ("陇怀村村民关切回应站", "450000011")]]
        ok = lambda **ch: {**{c: ResultInput("ok") for c in checklist.ITEM_ORDER}, **ch}
        checklist.record_inspection(station, d(2026, 11, 17), "黄海燕", ok(
            notice_board=ResultInput("needs_work", "公示内容过期", d(2026, 11, 30)),
            suggestion_box=ResultInput("needs_work", "意见箱锁坏", d(2026, 11, 30))))
        checklist.record_inspection(others[0], d(2026, 11, 12), "黄海燕", ok(
            contact_card=ResultInput("missing", "未制作亲民卡", d(2026, 12, 10))))
        checklist.record_inspection(others[1], d(2026, 11, 13), "黄海燕", ok())
        window.show_checklist()
        app.processEvents()
        window.checklist_page.items_table.selectRow(6)
        app.processEvents()
        window.grab().save(str(HERE / "checklist.png"))
        window.checklist_page.tabs.setCurrentIndex(2)
        app.processEvents()
        window.grab().save(str(HERE / "township-matrix.png"))
        window.close()
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
