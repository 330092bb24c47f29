"""The sync screen's trips tab is a window onto the trip table: a page at a
time, newest first, every trip exactly once when scrolled to the end (trips
made in the same second too), the count from the database, read off the GUI
thread."""
from __future__ import annotations

import datetime as dt
import json
import uuid

from models.core.db import db
from models.figures.trips_report import TRIPS_PAGE, trip_count, trips, trips_page
from ui.sync_history import TripsView

from .lists import loaded

N = 2 * TRIPS_PAGE + 37


def _make_trips(n: int) -> None:
    start = dt.datetime(2024, 3, 1, 8, 0, 0)
    rows = []
    for i in range(n):
        at = start + dt.timedelta(minutes=i // 3)  # three trips a minute: ties in the time
        way = "export" if i % 2 else "import"
        rows.append((uuid.uuid4().hex, way, None, None, "450000001", "测试镇回应中心",
                     f"trip-{i:04d}.vpkg", f"{i:064x}", 1000 + i, str(at), at.date().isoformat(), 0,
                     json.dumps({}), "applied", f"第 {i} 趟", "王站长"))
    db.execute_sql("BEGIN")
    for row in rows:
        db.execute_sql(
            "INSERT INTO sync_trip (id, direction, package_id, peer_station_id, peer_code, peer_name, "
            "file_name, sha256, size, at_utc, local_date, full, counts, status, message, staff_name) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
    db.execute_sql("COMMIT")


def test_trip_pages_follow_the_table_newest_first_each_trip_once(station):
    _make_trips(N)
    want = [t.file_name for t in trips()]  # the straightforward query
    got, after, pages = [], None, 0
    while True:
        page = trips_page(after, limit=50)
        pages += 1
        got += [t.file_name for t in page.trips]
        after = page.after
        if after is None:
            break
    assert got == want and len(set(got)) == N
    assert pages == -(-N // 50)
    assert trip_count() == N


def test_the_trips_tab_reads_a_page_and_scrolling_reads_the_rest(qtbot, station):
    _make_trips(N)
    view = TripsView()
    qtbot.addWidget(view)
    view.resize(1000, 300)
    view.show()
    view.load()
    loaded(qtbot, view)
    assert view.rowCount() == TRIPS_PAGE  # one page, not every trip
    assert view.count_label.text() == f"共 {N} 趟。"
    assert view.text_at(0, 3) == f"trip-{N - 1:04d}.vpkg"  # the newest first
    while view.can_fetch_more():
        view.table.scrollToBottom()  # as the officer drags the scroll bar down: the view asks for more
        loaded(qtbot, view)
    shown = [view.text_at(r, 3) for r in range(view.rowCount())]
    assert shown == [t.file_name for t in trips()]
    ways = [view.text_at(r, 1) for r in range(view.rowCount())]
    assert ways == ["导出给" if int(name[5:9]) % 2 else "导入自" for name in shown]


def test_no_trip_yet_is_said(qtbot, station):
    view = TripsView()
    qtbot.addWidget(view)
    view.load()
    loaded(qtbot, view)
    assert view.rowCount() == 0
    assert view.count_label.text() == "还没有同步过。"
