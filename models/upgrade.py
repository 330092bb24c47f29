"""Upgrades keep data: before a database made by an older version of the app
is migrated, a verified copy of it is put aside.

``migrate_with_backup`` is what ``open_database`` calls. When the file already
has a schema (version ≥ 1) and there is a newer migration to apply, it

1. copies the live database with SQLite's online backup API
   (``sqlite3.Connection.backup`` — never a raw copy of the file, which could
   miss what is still in the WAL or catch a page half-written),
2. checks the copy (``PRAGMA integrity_check`` is ``ok`` and its schema version
   is the old one) and only then gives it its final name,
3. runs the migrations (each in its own transaction, see ``migrations``).

A fresh file (no schema yet) and a file already at the latest version are not
copied. A file written by a newer version of the app is refused
(``migrations.NewerSchemaError``) before anything is written to it.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee

from . import migrations

BACKUP_DIRNAME = "backups"


class BackupError(RuntimeError):
    """The copy made before an upgrade could not be made or did not check out;
    the database was left as it was."""


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
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return db_path.parent / BACKUP_DIRNAME / f"{db_path.stem}-v{version}-before-upgrade-{stamp}.sqlite3"


def _discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def backup_database(database: peewee.SqliteDatabase, dest: Path, expect_version: int) -> Path:
    """Copy the open database to ``dest`` with the online backup API, check
    the copy, and return ``dest``. Raises ``BackupError`` (and leaves no
    file at ``dest``) when the copy is not sound."""
    partial = dest.with_name(dest.name + ".partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        target = sqlite3.connect(str(partial))
        try:
            database.connection().backup(target)
            # One self-contained file: no -wal beside the copy.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        check = sqlite3.connect(f"file:{partial}?mode=ro", uri=True)
        try:
            integrity = [r[0] for r in check.execute("PRAGMA integrity_check")]
            version = check.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        finally:
            check.close()
    except (sqlite3.Error, OSError) as exc:
        _discard(partial)
        raise BackupError(f"升级前备份数据失败：{exc}。数据文件没有改动。") from exc
    if integrity != ["ok"] or version != expect_version:
        _discard(partial)
        raise BackupError(f"升级前备份的数据检查没有通过（{'; '.join(integrity)[:200]}，"
                          f"版本 {version}）。数据文件没有改动。")
    os.replace(partial, dest)
    return dest


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
