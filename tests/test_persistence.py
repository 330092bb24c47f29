"""The database file: data survives closing and reopening (and an unclean
exit), WAL and foreign keys are on, migrations run once, integrity holds."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

import peewee
import pytest

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.search import search_concerns
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core import migrations
from models.core.db import db as proxy
from models.core.db import is_open
from models.core.schema import ALL_TABLES, Concern, Staff, Visit
from models.figures.totals import totals
from models.safety.opening import close_database, open_database
from models.station import stations

from .conftest import NOW, ROOT


def _register_one(station):
    clerk = Staff.get(Staff.role == "clerk")
    zhang = register_villager(station, "张三", "13912345678")
    spec = ConcernInput(zhang, "suggestion", "time_limited", "屯内道路积水", "雨后积水严重",
                        deadline=dt.date(2026, 11, 30))
    _, (c,) = receive_visit(station, "walk_in", [zhang], [spec], clerk, headcount=2, at=NOW)
    workflow.record_step(c, "on_site", clerk, "疏通了排水沟。", at=NOW)
    return c


def test_data_survives_closing_and_reopening(station, db_path):
    c = _register_one(station)
    before = totals(station)
    history = [(e.kind, e.step, e.note) for e in workflow.events(c)]
    close_database()
    assert not is_open()

    open_database(db_path)
    again = Concern.get(Concern.case_number == "2026-0001")
    assert again.summary == "屯内道路积水"
    assert again.villager.name == "张三"
    assert again.deadline == dt.date(2026, 11, 30)
    assert again.current_step == "on_site"
    assert [(e.kind, e.step, e.note) for e in workflow.events(again)] == history
    assert stations.this_station().name == "测试村村民关切回应站"
    assert totals(stations.this_station()) == before
    assert [x.id for x in search_concerns(None, "积水")] == [c.id]
    assert [x.id for x in search_concerns(None, "zs")] == [c.id]


def test_committed_data_survives_an_unclean_exit(db_path):
    """A desk process killed right after saving (power cut, crash) loses nothing it saved."""
    script = f"""
import datetime as dt, os, sys
sys.path.insert(0, {str(ROOT)!r})
from models.safety.opening import open_database
from models.station import stations
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
open_database({str(db_path)!r})
s = stations.set_up_this_station("village", "测试村", "450000001001")
v = register_villager(s, "李四")
receive_visit(s, "phone", [v], [ConcernInput(v, "dispute", "mediate_on_site", "灌溉用水纠纷")],
              at=dt.datetime(2026, 11, 20, 10, 0))
os._exit(0)   # no close, no checkpoint
"""
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    open_database(db_path)
    try:
        c = Concern.get()
        assert (c.case_number, c.summary, c.villager.name) == ("2026-0001", "灌溉用水纠纷", "李四")
        assert len(workflow.events(c)) == 2
        assert proxy.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        close_database()


def test_wal_mode_and_foreign_keys_are_on(station, db_path):
    assert proxy.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert proxy.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    # WAL is a property of the file: another program opening it sees it too
    other = sqlite3.connect(db_path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()
    # and foreign keys are enforced: a visit cannot point at a station that does not exist
    with pytest.raises(peewee.IntegrityError):
        with proxy.atomic():
            Visit.create(station="no-such-station", at_utc=NOW, local_date=NOW.date(),
                         channel="walk_in", headcount=1)
    assert Visit.select().count() == 0


def test_schema_version_is_the_latest_migration(db):
    versions = [r[0] for r in proxy.execute_sql("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [n for n, _ in migrations.MIGRATIONS]
    assert versions[-1] == migrations.LATEST
    numbers = [n for n, _ in migrations.MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1)), "migrations are numbered 1, 2, 3, …"


def test_reopening_an_up_to_date_database_runs_no_migration(station, db_path):
    _register_one(station)
    close_database()
    database = open_database(db_path)
    rows = proxy.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0]
    assert rows == len(migrations.MIGRATIONS)
    statements: list[str] = []
    database.connection().set_trace_callback(statements.append)
    try:
        assert migrations.migrate(database) == migrations.LATEST
    finally:
        database.connection().set_trace_callback(None)
    assert any("schema_version" in s for s in statements)   # the version was read …
    changes = [s for s in statements
               if not s.lstrip().upper().startswith(("SELECT", "CREATE TABLE IF NOT EXISTS"))]
    assert changes == []                                     # … and nothing was changed
    assert proxy.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0] == rows
    assert Concern.select().count() == 1


def test_tables_match_the_models(db):
    """The frozen migrations create every column the models read and write."""
    for model in ALL_TABLES:
        table = model._meta.table_name
        columns = {r[1] for r in proxy.execute_sql(f'PRAGMA table_info("{table}")')}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert columns == fields, table


def test_fresh_and_demo_databases_pass_integrity_check(demo_station):
    assert proxy.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert proxy.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    # the full-text index agrees with the concerns it indexes
    proxy.execute_sql("INSERT INTO concern_fts(concern_fts) VALUES ('integrity-check')")
    n_fts = proxy.execute_sql("SELECT COUNT(*) FROM concern_fts").fetchone()[0]
    assert n_fts == Concern.select().count()
