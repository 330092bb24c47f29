"""Upgrades keep data: before a database made by an older version of the app
is migrated, a verified copy of it is put aside.

``migrate_with_backup`` is what ``open_database`` calls. When the file already
has a schema (version ≥ 1) and there is a newer migration to apply, it

1. copies the live database with SQLite's online backup API
   (``sqlite3.Connection.backup`` — never a raw copy of the file, which could
   miss what is still in the WAL or catch a page half-written),
2. checks the copy (``PRAGMA integrity_check`` is ``ok``, its schema version
   is the old one, its row counts are the source's) and only then gives it its
   final name — the same ``models.safety.backup.copy_database`` every backup uses,
3. runs the migrations (each in its own transaction, see ``migrations``).

A fresh file (no schema yet) and a file already at the latest version are not
copied. A file written by a newer version of the app is refused
(``migrations.NewerSchemaError``) before anything is written to it.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import peewee

from models.core import clock, migrations
from models.safety.backup import BACKUP_DIRNAME, BackupError, copy_database

__all__ = ["BACKUP_DIRNAME", "BackupError", "UpgradeResult", "backup_database", "backup_path",
           "migrate_with_backup", "read_version"]


@dataclass(frozen=True)
class UpgradeResult:
    from_version: int
    to_version: int
    backup: Path | None  # the verified copy made before migrating, if any


def read_version(database: peewee.SqliteDatabase) -> int:
    """The schema version of an open database, without writing to it (0 when
    the file has no schema yet)."""
    row = database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if row is None:
        return 0
    return database.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0


def backup_path(db_path: Path, version: int, now: dt.datetime | None = None) -> Path:
    """Where the copy made before upgrading from ``version`` goes: a
    ``backups`` folder beside the database, one file per upgrade."""
    stamp = (now or clock.local_now()).strftime("%Y%m%d-%H%M%S")
    return db_path.parent / BACKUP_DIRNAME / f"{db_path.stem}-v{version}-before-upgrade-{stamp}.sqlite3"


def backup_database(database: peewee.SqliteDatabase, dest: Path, expect_version: int) -> Path:
    """Copy the open database to ``dest`` and check the copy (models/safety/backup.py
    ``copy_database``: online backup API, integrity, version, row counts,
    fsync, rename), and return ``dest``. Raises ``BackupError`` (and leaves
    no file at ``dest``) when the copy is not sound."""
    return copy_database(database.connection(), dest, expect_version, label="升级前备份").path


def migrate_with_backup(database: peewee.SqliteDatabase, db_path: os.PathLike | str,
                        now: dt.datetime | None = None) -> UpgradeResult:
    """Bring the open database up to ``migrations.LATEST``, backing it up
    first when it already held data at an older schema version."""
    before = read_version(database)
    latest = migrations.MIGRATIONS[-1][0]
    if before > latest:
        migrations.migrate(database)  # raises NewerSchemaError, touches nothing
    copy = None
    if 0 < before < latest:
        copy = backup_database(database, backup_path(Path(db_path), before, now), before)
    after = migrations.migrate(database)
    return UpgradeResult(before, after, copy)
