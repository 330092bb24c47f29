"""The database handle every model shares, and how SQLite is set up on it
(where the file lives: ``models.core.paths``).

One peewee ``DatabaseProxy`` is shared by every model;
``models.safety.opening.open_database`` binds it to a real SQLite file with
these pragmas (WAL, foreign keys on, synchronous FULL) and brings the schema
up to date.
"""
from __future__ import annotations

import peewee

db = peewee.DatabaseProxy()

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a transaction that returned from COMMIT survives a power cut.
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -16000,
}


def is_open() -> bool:
    return db.obj is not None and not db.obj.is_closed()
