"""Restoring a backup, after showing what it holds.

Restore (``restore`` = ``restore_data`` then ``finish_restore``):

1. ``inspect`` the file, read-only: it must open as SQLite, pass
   ``integrity_check``, have a ``schema_version`` and this app's tables, and
   a schema version this app knows; otherwise ``BackupError`` and nothing has
   been touched,
2. back up the current database (kind ``before-restore``, never rotated),
3. stage the backup beside the live file (``<name>.restoring``): copied,
   migrated to this version's schema, audit triggers in place, and given a
   new sync instance id with what it must take over from the replaced file
   (``models.safety.carry_over``: the lineage of instance ids, the Lamport
   clock, the case numbers already issued),
4. copy the staged file into the live database with the online backup API:
   one write transaction, so a kill or a power cut leaves either the old
   data with its old identity or the restored data with its new identity,
   never a mixture; the row counts are checked against the staged file's,
   and the staging copy is deleted (a leftover one is deleted by the next
   restore),
5. reopen the database (``models.safety.opening.open_database``).
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.core import access, migrations
from models.safety.backup import (BEFORE_RESTORE, REQUIRED_TABLES, BackupError, BackupResult,
                                  connect_file, live_path, make_backup, open_read_only, parse_name,
                                  schema_version, station_code_in, table_counts)
from models.safety.opening import open_database


@dataclass(frozen=True)
class Contents:
    """What a backup holds, as shown before restoring it."""
    path: Path
    station_name: str | None
    station_code: str | None
    made_at: dt.datetime | None  # from the file's name, else its modification time
    version: int
    villagers: int
    visits: int
    concerns: int
    newest_concern: dt.date | None
    size: int
    counts: dict[str, int]
    page_size: int


def _not_ours(path: Path, why: str) -> BackupError:
    return BackupError(f"{path.name} 不是本软件完好的备份（{why}），没有恢复，现在的数据没有改动。")


def inspect(path: os.PathLike | str) -> Contents:
    """Read a backup file without writing to it and say what it holds.
    Raises ``BackupError`` (plain Chinese) when it is not a sound backup of
    this app or was made by a newer version."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"找不到备份文件：{path}")
    try:
        con = open_read_only(path)
    except sqlite3.Error as exc:
        raise _not_ours(path, f"打不开：{exc}") from exc
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise _not_ours(path, "文件已损坏：" + "; ".join(integrity)[:120])
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise _not_ours(path, "缺少 " + "、".join(missing) + " 表")
        version = schema_version(con)
        if version < 1:
            raise _not_ours(path, "没有数据版本")
        if version > migrations.LATEST:
            raise BackupError(f"这个备份是较新版本的软件做的（数据版本 {version}，本软件只认识到 "
                              f"{migrations.LATEST}），请先安装新版本的软件再恢复。现在的数据没有改动。")
        counts = table_counts(con)
        code = station_code_in(con)
        name = None
        if code is not None:
            name = con.execute("SELECT name FROM station WHERE code = ?", (code,)).fetchone()[0]
        newest = con.execute("SELECT MAX(registered_on) FROM concern").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.Error as exc:
        raise _not_ours(path, f"读不出来：{exc}") from exc
    finally:
        con.close()
    parsed = parse_name(path)
    if parsed is not None:
        made_at = parsed.made_at
    else:
        made_at = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    try:
        newest_date = dt.date.fromisoformat(str(newest)[:10]) if newest else None
    except ValueError:
        newest_date = None
    return Contents(path, name, code, made_at, version, counts.get("villager", 0),
                    counts.get("visit", 0), counts.get("concern", 0), newest_date,
                    path.stat().st_size, counts, page_size)


@dataclass
class RestoreResult:
    contents: Contents
    before: BackupResult      # the "before restore" backup of what was replaced
    db_path: Path
    new_instance_id: str | None = None


def _staged_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restoring")


def _discard_staged(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(_staged_path(db_path)) + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def _stage(path: Path, staged: Path, db_path: Path) -> str | None:
    """The backup copied to ``staged``, brought to this version's schema and
    audit triggers, and given what it takes over from the live file
    (``carry_over``). Returns the new sync instance id."""
    import peewee

    from models.safety import audit
    from models.safety.carry_over import carry_over

    src = open_read_only(path)
    try:
        target = sqlite3.connect(str(staged))
        try:
            src.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        src.close()
    database = peewee.SqliteDatabase(str(staged), pragmas={"foreign_keys": 1, "journal_mode": "delete"})
    database.connect()
    try:
        audit.register_functions(database)
        migrations.migrate(database)
        audit.ensure_triggers(database)
        replaced = open_read_only(db_path) if db_path.exists() else None
        try:
            with database.atomic():
                return carry_over(database.connection(), replaced)
        finally:
            if replaced is not None:
                replaced.close()
    finally:
        database.close()


def restore_data(path: os.PathLike | str, now: dt.datetime | None = None,
                 db_path: os.PathLike | str | None = None) -> RestoreResult:
    """Steps 1–3 of a restore (inspect, back up what is there, copy the
    backup in, with its new sync identity); safe to run off the GUI thread.
    ``finish_restore`` must follow on the thread that owns the database
    handle. Needs the ``backup.restore`` permission (``access.NotAllowed``)."""
    access.require("backup.restore")
    contents = inspect(path)
    db_path = Path(db_path) if db_path else live_path()
    try:
        same = Path(path).resolve() == db_path.resolve()
    except OSError:
        same = False
    if same:
        raise BackupError("这就是正在使用的数据文件，不能用它自己来恢复。现在的数据没有改动。")
    live = connect_file(db_path)
    staged = _staged_path(db_path)
    try:
        live_page = live.execute("PRAGMA page_size").fetchone()[0]
        if live_page != contents.page_size:
            raise _not_ours(Path(path), f"页大小 {contents.page_size}，本机是 {live_page}")
        before = make_backup(BEFORE_RESTORE, now=now, db_path=db_path, second=False)
        _discard_staged(db_path)  # a restore killed earlier left its staging copy
        try:
            new_id = _stage(Path(path), staged, db_path)
            src = open_read_only(staged)
        except (sqlite3.Error, OSError) as exc:
            raise BackupError(f"恢复没有完成：{getattr(exc, 'strerror', None) or exc}。现在的数据没有改动"
                              f"（恢复前的备份：{before.path.name}）。") from exc
        try:
            expected = table_counts(src)
            # one write transaction on the live file: the restored data and its
            # new sync identity arrive together, or not at all
            src.backup(live)
        except sqlite3.Error as exc:
            raise BackupError(f"恢复没有完成：{exc}。现在的数据没有改动（恢复前的备份：{before.path.name}）。"
                              ) from exc
        finally:
            src.close()
        restored = table_counts(live)
        if restored != expected:
            raise BackupError(f"恢复后的行数和备份不一致，请用恢复前的备份 {before.path} 再恢复一次，"
                              "并告诉乡镇的技术人员。")
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise BackupError(f"恢复没有完成：{exc}。") from exc
    finally:
        live.close()
        _discard_staged(db_path)
    return RestoreResult(contents, before, db_path, new_id)


def finish_restore(result: RestoreResult) -> RestoreResult:
    """Step 4: reopen the database (already at this version's schema)."""
    open_database(result.db_path)
    return result


def restore(path: os.PathLike | str, now: dt.datetime | None = None) -> RestoreResult:
    """Restore the open database from the backup at ``path`` (all the steps)."""
    return finish_restore(restore_data(path, now))
