"""Shared fixtures: a real SQLite file in tmp_path, opened through the app's
own ``open_database`` (WAL, foreign keys, migrations)."""
from __future__ import annotations

import datetime as dt
import os
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


@pytest.fixture
def demo_db(db):
    """The demo station, a year of data ending on TODAY."""
    from models.samples.demo import build_demo

    return build_demo(end=TODAY)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A demo database (a year ending on TODAY) built once per test session
    and closed; tests work on their own copy through ``demo_station``."""
    from models.samples.demo import build_demo

    path = tmp_path_factory.mktemp("demo-template") / "station.sqlite3"
    open_database(path)
    try:
        build_demo(end=TODAY)
    finally:
        close_database()
    return path


@pytest.fixture
def demo_station(demo_template, db_path):
    """A private copy of the session's demo database, opened; the station."""
    import shutil

    for suffix in ("", "-wal"):
        src = Path(str(demo_template) + suffix)
        if src.exists():
            shutil.copyfile(src, str(db_path) + suffix)
    open_database(db_path)
    yield stations.this_station()
    close_database()


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
