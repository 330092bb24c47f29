"""Opening and closing the station database: bind the shared handle
(``models.core.db``) to a file, bring its schema up to date through the
numbered migrations — backing the file up first when it is from an older
version (``upgrade``) — and cover every table with the audit trail.
"""
from __future__ import annotations

import os
from pathlib import Path

import peewee

from models.core.db import PRAGMAS, db
from models.safety import audit, upgrade

last_upgrade = None  # the models.safety.upgrade.UpgradeResult of the last open_database


def open_database(path: os.PathLike | str) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and migrate it; a
    file at an older schema version is first backed up (models/safety/upgrade.py)."""
    global last_upgrade

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not db.obj is None:
        close_database()
    database = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    try:
        last_upgrade = upgrade.migrate_with_backup(database, path)
        audit.ensure_triggers(database)  # the audit trail covers every table (models/safety/audit.py)
    except Exception:
        close_database()  # refused (newer file) or the backup failed: leave it be
        raise
    return database


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
    db.initialize(None)


def close_thread_connection() -> None:
    """A worker thread's own connection, closed when its job ends (peewee
    keeps one per thread); the GUI thread's stays open."""
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
