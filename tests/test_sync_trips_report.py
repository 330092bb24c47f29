"""The printed list of USB sync trips (report kind ``sync-trips``), made from
real trips between two real desks and read back from the PDF: every trip on
its line with its direction, station, file name and the first 12 hex digits
of the file's SHA-256; fonts embedded; made by ``main.py report`` too."""
from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys

import pytest

import reports
from models.core import clock
from models.core.clock import today
from models.figures import reporting
from models.station.stations import this_station
from sync import engine
from tests import sync_desks
from tests.sync_desks import TOWNSHIP, VILLAGES, make_desk, pair

from .conftest import ROOT
from .test_reports import check_pdf, flat, overlapping_words, text


@pytest.fixture
def desks(tmp_path):
    """A township and a village, paired, then two more trips each way — all
    on one afternoon by the desks' clock (running on), so that no trip falls
    on the other side of a midnight the test run crosses."""
    clock.set_now(dt.datetime(2026, 11, 20, 15, 0), ticking=True)
    stick = tmp_path / "stick"
    township = make_desk(tmp_path, "township", TOWNSHIP)
    village = make_desk(tmp_path, "village", VILLAGES[0], parent=township)
    pair(township, village, stick)
    for _ in range(2):
        sync_desks.trip(village, township, stick)
        sync_desks.trip(township, village, stick)
    yield township, village, stick
    sync_desks.close()
    clock.set_now(None)


def test_every_trip_is_listed_with_its_checksum(desks, tmp_path):
    township, village, stick = desks
    village.open()
    trips = engine.history()
    assert {t.direction for t in trips} == {"export", "import"}
    data = reporting.report_data("sync-trips", this_station())
    # the year so far, oldest first, numbered
    assert data.date_from == today().replace(month=1, day=1) and data.date_to == today()
    assert [r.file_name for r in data.rows] == [t.file_name for t in reversed(trips)]
    assert [r.number for r in data.rows] == list(range(1, len(trips) + 1))
    out = tmp_path / "trips.pdf"
    pages = reports.render("sync-trips", data, out)
    assert check_pdf(out) == pages == 1
    assert not overlapping_words(out)[:5]
    body = flat(text(out))
    assert "U盘同步记录" in body and "东山村回应站" in body
    assert body.count("导出给") == sum(t.direction == "export" for t in trips)
    assert body.count("导入自") == sum(t.direction == "import" for t in trips)
    assert f"本期共{len(trips)}趟" in body
    for t in trips:
        assert flat(t.file_name) in body and t.sha256[:12] in body
    # a package still on the stick is matched to its line by its checksum
    on_stick = sorted(stick.glob("*.vsync"))
    assert on_stick
    for package in on_stick:
        assert hashlib.sha256(package.read_bytes()).hexdigest()[:12] in {t.sha256[:12] for t in trips}
    assert "经办人（签字）" in body and "审核人（签字）" in body


def test_main_py_report_sync_trips(desks, tmp_path):
    _, village, _ = desks
    village.open()
    trips = engine.history()
    sync_desks.close()
    out = tmp_path / "同步记录.pdf"
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(village.folder),
                          "report", "sync-trips", "-o", str(out), "--paper", "A3",
                          "--from", "2026-01-01", "--to", "2026-12-31"],  # the trips' year
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "U盘同步记录" in run.stdout
    check_pdf(out)
    body = flat(text(out))
    for t in trips:
        assert t.sha256[:12] in body
    # a period with no trips still prints, and says so
    empty = tmp_path / "empty.pdf"
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(village.folder),
                          "report", "sync-trips", "-o", str(empty), "--from", "2020-01-01",
                          "--to", "2020-12-31"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "本期没有同步记录" in flat(text(empty))


def test_trips_on_the_edge_of_the_period(desks):
    _, village, _ = desks
    village.open()
    station = this_station()
    day = today()
    inside = reporting.report_data("sync-trips", station, day, day)
    before = reporting.report_data("sync-trips", station, day - dt.timedelta(days=30),
                                   day - dt.timedelta(days=1))
    assert len(inside.rows) == len(engine.history()) and before.rows == []
    assert before.summary_line == "本期没有同步记录。"
