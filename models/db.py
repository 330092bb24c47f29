"""The database handle, opening a station database file, and schema migrations.

One peewee ``DatabaseProxy`` is shared by every model; ``open_database``
binds it to a real SQLite file in WAL mode with foreign keys on, and brings
the schema up to date through the numbered migrations in ``migrations``.
"""
from __future__ import annotations

import os
from pathlib import Path

import peewee

db = peewee.DatabaseProxy()

DB_FILENAME = "station.sqlite3"

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a transaction that returned from COMMIT survives a power cut.
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -16000,
}


def default_data_dir() -> Path:
    """The per-user data folder (appdirs), e.g. ~/.local/share/village-desk."""
    import appdirs

    return Path(appdirs.user_data_dir("village-desk", "village-desk"))


def database_path(data_dir: os.PathLike | str | None) -> Path:
    base = Path(data_dir) if data_dir else default_data_dir()
    return base / DB_FILENAME


DEMO_DIR = "demo"


def demo_database_path(data_dir: os.PathLike | str | None) -> Path:
    """The demo station's own database, in the ``demo`` sub-folder of the
    data folder: trying the demo from the first-run screen never touches the
    real database beside it."""
    return database_path(data_dir).parent / DEMO_DIR / DB_FILENAME


last_upgrade = None  # the models.upgrade.UpgradeResult of the last open_database


def open_database(path: os.PathLike | str) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and migrate it; a
    file at an older schema version is first backed up (models/upgrade.py)."""
    global last_upgrade
    from . import audit, upgrade

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not db.obj is None:
        close_database()
    database = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    try:
        last_upgrade = upgrade.migrate_with_backup(database, path)
        audit.ensure_triggers(database)  # the audit trail covers every table (models/audit.py)
    except Exception:
        close_database()  # refused (newer file) or the backup failed: leave it be
        raise
    return database


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
    db.initialize(None)


def is_open() -> bool:
    return db.obj is not None and not db.obj.is_closed()
