"""Shared fixtures: a real SQLite file in tmp_path, opened through the app's
own ``open_database`` (WAL, foreign keys, migrations)."""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from models.safety.opening import close_database, open_database  # noqa: E402
from models.station import stations  # noqa: E402

TODAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 9, 30)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "station.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    close_database()


def set_up_test_station():
    """The test village station with two hamlets and two staff, in the open database."""
    village = stations.set_up_this_station(
        "village", "测试村村民关切回应站", "450000001001",
        parent_name="测试镇回应中心", parent_code="450000001")
    stations.create_station("hamlet", "上屯", "450000001001-01", village)
    stations.create_station("hamlet", "下屯", "450000001001-02", village)
    stations.add_staff(village, "王站长", "13800000001", "head", full_time=True)
    stations.add_staff(village, "李办事员", "13800000002", "clerk")
    return village


@pytest.fixture
def station(db):
    """A freshly set-up village station with two hamlets and two staff."""
    return set_up_test_station()


def _shared_folder(tmp_path_factory) -> Path:
    """A folder every worker process of this run shares: under pytest-xdist the
    parent of each worker's base temp (the run's own ``pytest-N``), else this
    process's base temp (never a folder an earlier run left behind)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def _locked(lock_path: Path):
    """Hold an exclusive lock on ``lock_path`` (across processes)."""
    try:
        import fcntl
    except ImportError:  # Windows: no sharing; each worker builds its own
        yield False
        return
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_demo_file(path: Path) -> None:
    from models.samples.demo import build_demo

    part = path.with_name("building.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(str(part) + suffix).unlink(missing_ok=True)
    open_database(part)
    try:
        build_demo(end=TODAY)
    finally:
        close_database()
    # closed: the WAL is checkpointed into the file and removed, so one file is the demo
    assert not Path(str(part) + "-wal").exists()
    with contextlib.closing(sqlite3.connect(part)) as con:
        # each copy makes its own sync identity when first asked, so copies never share one
        assert con.execute("SELECT COUNT(*) FROM sync_identity").fetchone()[0] == 0
    os.replace(part, path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo database (a year ending on TODAY, what ``main.py demo`` makes on
    that day), built once per test run — shared by the xdist workers through a
    file lock — and closed. Tests never write to it: they work on a copy
    (``demo_station``, ``copy_demo``)."""
    shared = _shared_folder(tmp_path_factory)
    folder = shared / "demo-template"
    folder.mkdir(exist_ok=True)
    path = folder / "station.sqlite3"
    with _locked(shared / "demo-template.lock") as shared_across_workers:
        if not shared_across_workers:
            folder = tmp_path_factory.mktemp("demo-template")
            path = folder / "station.sqlite3"
        if not path.exists():
            _build_demo_file(path)
    return path


def copy_demo(template: Path, folder: Path) -> Path:
    """A private copy of the demo template as ``folder/station.sqlite3`` (a
    data folder for ``main.py --data-dir``); returns the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "station.sqlite3"
    assert not target.exists(), target
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def demo_station(demo_template, db_path):
    """A private copy of the session's demo database, opened; the station."""
    copy_demo(demo_template, db_path.parent)
    open_database(db_path)
    yield stations.this_station()
    close_database()


@pytest.fixture
def demo_db(demo_station):
    """The demo station (the same as ``demo_station``)."""
    return demo_station


def _table_counts() -> dict[str, int]:
    from models.core.db import db as proxy

    names = [r[0] for r in proxy.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'concern_fts_%'")]
    return {n: proxy.execute_sql(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.fixture
def table_counts():
    """A function returning the row count of every table in the open database."""
    return _table_counts
