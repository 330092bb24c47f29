"""Did a refused call change anything? An exact and cheap answer for the fuzz
tests, which ask it after every refusal on a database that keeps growing.

``mark()`` puts TEMP triggers on every table of the open database (the app's
tables, the audit log, the search index's key table): each row inserted,
updated or deleted adds a line to the connection's ``temp.fuzz_writes``.
An FTS5 index (``concern_fts``) takes no triggers on its own tables (this
SQLite crashes when a trigger fires inside FTS5's writes): its structure
record, which FTS5 rewrites at every committed write, is compared instead.
TEMP triggers and tables live only in this connection's memory — the file
and its schema are untouched. ``written_since(mark)`` lists the tables
written since; a refusal must leave it empty. The log is in the same
transaction as the writes, so a write rolled back is rolled back from the log
too: what stays in the log is what stayed in the database.

What it does not see: writes by another connection (another thread or
process; the fuzzed entry points write on the caller's connection) and
changes that are not rows (a PRAGMA, the schema). If the connection the mark
was made on is gone, ``written_since`` fails rather than answering.
"""
from __future__ import annotations

from models.core.db import db

LOG = "fuzz_writes"


def _execute(sql: str, params=()):
    return db.obj.execute_sql(sql, params)


def _fts_tables() -> list[str]:
    return [r[0] for r in _execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")]


def _shadow_tables() -> set[str]:
    return {f"{t}_{part}" for t in _fts_tables() for part in ("data", "idx", "content", "docsize", "config")}


def _fts_structures() -> dict[str, bytes]:
    # FTS5 keeps its segment structure, with a count of writes, in row 10 of <name>_data
    return {t: _execute(f'SELECT block FROM main."{t}_data" WHERE id = 10').fetchone()[0]
            for t in _fts_tables()}


class Mark(tuple):
    """Where the log stood, and the FTS structures then."""


def mark() -> Mark:
    """Watch every table (again, if new ones appeared); where things stand now."""
    _execute(f"CREATE TEMP TABLE IF NOT EXISTS {LOG} "
             "(n INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL)")
    watched = {r[0] for r in _execute(
        "SELECT tbl_name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'fuzz_writes_%'")}
    tables = [r[0] for r in _execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%'")]
    shadows = _shadow_tables()
    for table in tables:
        if table in watched or table in shadows:
            continue
        for n, what in enumerate(("INSERT", "UPDATE", "DELETE")):
            _execute(f'CREATE TEMP TRIGGER "fuzz_writes_{n}_{table}" AFTER {what} ON main."{table}" '
                     f"BEGIN INSERT INTO {LOG} (tbl) VALUES ('{table}'); END")
    return Mark((_execute(f"SELECT COALESCE(MAX(n), 0) FROM temp.{LOG}").fetchone()[0],
                 _fts_structures()))


def written_since(since: Mark) -> dict[str, int]:
    """{table: rows written} since ``mark()`` returned ``since`` (an FTS5 index
    changed since then counts as one row)."""
    position, structures = since
    written = dict(_execute(f"SELECT tbl, COUNT(*) FROM temp.{LOG} WHERE n > ? GROUP BY tbl ORDER BY tbl",
                            (position,)).fetchall())
    for table, block in _fts_structures().items():
        if block != structures.get(table):
            written[table] = written.get(table, 0) + 1
    return written
