"""Upgrades keep data.

A database is built as the first released version wrote it: only migration 1,
applied with its own SQL, and a station, a villager, a visit and a concern
inserted row by row the way version 1 stored them (no models code involved).
Then the current code opens it: the data is all there, the schema is at the
latest version, and — whenever there was a migration to apply — a verified
backup of the old file was made first with SQLite's online backup API.

Today there is only migration 1, so the backup-then-migrate path is also
proved with a throwaway migration 2 put in place for the test.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from models.core import migrations
from models.safety import upgrade
from models.safety.opening import close_database, open_database

STATION = "a" * 32
VILLAGER = "b" * 32
VISIT = "c" * 32
CONCERN = "d" * 32
SUMMARY = "屯里路灯坏了三盏，晚上看不见路"


def make_v1_database(path):
    """A station database exactly as version 1 of the app left it."""
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA foreign_keys=ON")
    with con:
        con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        for statement in migrations._statements(migrations.MIGRATION_0001):
            con.execute(statement)
        con.execute("INSERT INTO schema_version (version) VALUES (1)")
        con.execute("INSERT INTO setting VALUES ('this_station_id', ?)", (json.dumps(STATION),))
        con.execute("INSERT INTO station VALUES (?, 'village', '旧版村村民关切回应站', '450000009001', "
                    "NULL, '旧版村村委楼一楼', '07715550100', '周一至周五 8:00-17:30', "
                    "'2025-03-01 01:00:00')", (STATION,))
        con.execute("INSERT INTO villager VALUES (?, ?, '黄秀英', '13977110001', '', NULL, "
                    "'hxy', 'huangxiuying', '2025-03-02 01:00:00')", (VILLAGER, STATION))
        con.execute("INSERT INTO visit VALUES (?, ?, '2025-03-02 01:10:00', '2025-03-02', '09:10', "
                    "'walk_in', 1, '', NULL, '2025-03-02 01:10:00')", (VISIT, STATION))
        con.execute("INSERT INTO visit_visitor VALUES (?, ?, ?)", ("e" * 32, VISIT, VILLAGER))
        con.execute("INSERT INTO concern VALUES (?, ?, ?, ?, 2025, 1, '2025-0001', '2025-03-02', "
                    "'2025-03-02 01:10:00', 'suggestion', 'time_limited', ?, '', NULL, '2025-03-16', "
                    "0, NULL, 'registration', 'pending', NULL, NULL, 2)",
                    (CONCERN, STATION, VISIT, VILLAGER, SUMMARY))
        for seq, kind, step in ((1, "received", "reception"), (2, "registered", "registration")):
            con.execute("INSERT INTO concern_event VALUES (?, ?, ?, ?, ?, NULL, '2025-03-02 01:10:00', "
                        "'2025-03-02', '', ?)",
                        (f"{seq:032d}", CONCERN, seq, kind, step,
                         json.dumps({"summary": SUMMARY} if kind == "registered" else {})))
        con.execute("INSERT INTO concern_fts (concern_id, body) VALUES (?, ?)",
                    (CONCERN, f"2025-0001\n黄秀英\n{SUMMARY}\n"))
    con.close()


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backups(path):
    folder = path.parent / upgrade.BACKUP_DIRNAME
    return sorted(folder.glob("*.sqlite3")) if folder.exists() else []


def read(path, sql, args=()):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def v1_path(tmp_path):
    path = tmp_path / "station.sqlite3"
    make_v1_database(path)
    return path


@pytest.fixture
def migration_2(monkeypatch):
    """A throwaway next migration, as a later release would add one."""
    number = migrations.LATEST + 1
    extra = (number, """
CREATE TABLE "upgrade_probe" ("id" INTEGER NOT NULL PRIMARY KEY, "note" TEXT NOT NULL);
ALTER TABLE "concern" ADD COLUMN "probe" TEXT NOT NULL DEFAULT '';
""")
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [extra])
    monkeypatch.setattr(migrations, "LATEST", number)
    return extra


def test_a_version_1_database_opens_with_the_current_code(v1_path):
    from models.concerns.search import search_concerns
    from models.core.schema import Concern
    from models.station.stations import this_station

    try:
        database = open_database(v1_path)
        assert upgrade.read_version(database) == migrations.MIGRATIONS[-1][0]
        station = this_station()
        assert station.name == "旧版村村民关切回应站"
        concern = Concern.get_by_id(CONCERN)
        assert (concern.case_number, concern.summary, concern.villager.name) == ("2025-0001", SUMMARY, "黄秀英")
        assert concern.deadline.isoformat() == "2025-03-16"
        assert [c.id for c in search_concerns(station, "路灯")] == [CONCERN]
    finally:
        close_database()
    # A backup is made exactly when there was something to migrate.
    assert len(backups(v1_path)) == (1 if migrations.LATEST > 1 else 0)


def test_upgrade_backs_up_verifies_then_migrates(v1_path, migration_2):
    from models.core.schema import Concern
    from models.safety import opening as db_module

    try:
        database = open_database(v1_path)
        assert upgrade.read_version(database) == migration_2[0]
        assert Concern.get_by_id(CONCERN).summary == SUMMARY
        database.execute_sql("INSERT INTO upgrade_probe (note) VALUES ('x')")  # migration 2 ran
        result = db_module.last_upgrade
    finally:
        close_database()
    assert (result.from_version, result.to_version) == (1, migration_2[0])
    [copy] = backups(v1_path)
    assert result.backup == copy
    assert copy.name.startswith("station-v1-before-upgrade-")
    # The copy is a sound, self-contained version-1 database with the data in it.
    assert not copy.with_name(copy.name + "-wal").exists()
    assert read(copy, "PRAGMA integrity_check") == [("ok",)]
    assert read(copy, "SELECT MAX(version) FROM schema_version") == [(1,)]
    assert read(copy, "SELECT summary FROM concern") == [(SUMMARY,)]
    assert "probe" not in [r[1] for r in read(copy, "PRAGMA table_info(concern)")]
    assert read(copy, "SELECT count(*) FROM concern_event") == [(2,)]
    # The live file has the data and the new column.
    assert read(v1_path, "SELECT summary, probe FROM concern") == [(SUMMARY, "")]

    # Opening again: already at the latest version, no second backup.
    try:
        open_database(v1_path)
    finally:
        close_database()
    assert backups(v1_path) == [copy]


def test_a_new_database_is_not_backed_up(tmp_path, migration_2):
    path = tmp_path / "station.sqlite3"
    try:
        database = open_database(path)
        assert upgrade.read_version(database) == migration_2[0]
    finally:
        close_database()
    assert backups(path) == []


def test_a_failed_backup_leaves_the_old_database_alone(v1_path, migration_2):
    (v1_path.parent / upgrade.BACKUP_DIRNAME).write_text("a file where the folder should be")
    with pytest.raises(upgrade.BackupError, match="数据文件没有改动"):
        open_database(v1_path)
    assert read(v1_path, "SELECT MAX(version) FROM schema_version") == [(1,)]
    assert read(v1_path, "SELECT summary FROM concern") == [(SUMMARY,)]


def test_a_newer_database_is_refused_and_left_untouched(v1_path):
    con = sqlite3.connect(str(v1_path))
    with con:
        con.execute("INSERT INTO schema_version (version) VALUES (?)", (migrations.LATEST + 1,))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = sha256(v1_path)
    with pytest.raises(migrations.NewerSchemaError) as refused:
        open_database(v1_path)
    assert "较新版本的软件" in str(refused.value) and "请安装新版本" in str(refused.value)
    assert sha256(v1_path) == before
    assert backups(v1_path) == []
    assert read(v1_path, "SELECT summary FROM concern") == [(SUMMARY,)]
