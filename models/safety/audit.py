"""The audit trail: every change to the station's data, who made it and when,
in a hash chain, so that removing or altering a past record is detectable.

How it works
------------
``audit_log`` (migration 8) holds one row per change: ``seq`` (1, 2, 3, …
with no gaps), ``at_utc``, the actor (``actor_name``, ``actor_staff_id``),
``table_name``, ``row_key`` (the row's primary key), ``op`` and ``data`` — the
row as JSON after the change (before it, for a delete) — and the chain:
``prev_hash`` is the previous row's ``hash`` (64 zeros for the first) and
``hash = sha256(canonical(prev_hash, seq, at_utc, actor_name,
actor_staff_id, table_name, row_key, op, data))`` (``canonical`` below).

``op`` is ``I``/``U``/``D`` for an insert, update or delete made through the
triggers, and for entries written by this module:

- ``T``: the table is covered from here on (``data`` lists its columns);
- ``B``: a baseline image of a row that existed before its table was
  covered (rows older than migration 8, or rows a later migration brought);
- ``S``: a migration changed the table's columns (``data`` lists the new
  ones); the rows that still matched their last image get a new ``B``;
- ``R``: the table's audit triggers were missing (dropped by someone) and
  were put back. Changes made meanwhile are found by ``verify_chain``;
- ``A``: personal data of one row was read out (``record_access``: a
  villager's own records printed at their request); ``data`` says what;
- ``P``: the rows one sync import wrote, as one entry (``begin_batch`` /
  ``end_batch``): ``row_key`` is the package id, ``table_name`` ``*``, and
  ``data`` names the package (its SHA-256, the sender) and lists, per table,
  each written row's key with the first 128 bits of the SHA-256 of its image
  (the same ``json_object`` a trigger would log), and the keys of rows
  written and gone. ``verify_chain`` takes that digest as the row's last
  image: a row changed afterwards behind the app no longer matches it, a row
  removed is missing, and changing the entry breaks the chain as for any
  other entry. What it does not keep is the row's content itself (the
  package, signed by its sender, is where that came from).

The triggers (AFTER INSERT/UPDATE/DELETE on every application table) are
generated from ``PRAGMA table_info`` and installed by ``ensure_triggers``,
which ``models.core.db.open_database`` calls right after the migrations; a table a
later migration adds is covered the next time the database is opened (that
is, at once). A trigger's name carries a signature of the table's CREATE
statement, so a migration that adds a column gets new triggers and an ``S``
entry, and a start-up checks every table's triggers in one query.

The hash is computed inside the trigger by a Python function registered on
every connection peewee opens (``register_functions``). A connection without
it — the sqlite3 shell, another program — cannot write to an audited table at
all ("no such function: audit_hash"): changing data behind the app's back
needs the triggers dropped first, and ``verify_chain`` then finds every row
whose content is not its last image in the log. That is deliberate. Nothing
is ever unsealed: each log row is hashed in the same statement, and so in
the same transaction, as the change it records.

The actor is per process (``set_actor``), not a row in the database: the
desk and a command run at the same time on the same file each stamp their
own changes. Until someone signs in it is "命令行".

What the chain proves, and what not
-----------------------------------
The hash has no secret key (there is nowhere on the desk to keep one that
the person with the file could not read). Anyone who knows this format can
rewrite the log from some point on and recompute every later hash; what
catches that is a head kept somewhere else: the printed ledger carries the
head (``head()``), and ``verify_chain(expect=(seq, hash))`` — ``main.py
verify --head SEQ:HASH`` — checks that the chain still holds that entry, so
nothing before the printout was changed or removed. Backups carry their own
chain, too.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from dataclasses import dataclass, field

from models.core import access, clock
from models.core.db import db

GENESIS = "0" * 64

DEFAULT_ACTOR = "命令行"

# Not audited: the log itself, SQLite's and the migrations' bookkeeping, the
# derived full-text index, and the sync store's derived bookkeeping (all of
# it rebuilt from the audited tables). sync_trip and sync_peer are audited.
EXCLUDED = {"schema_version", "sync_record", "sync_dot", "sync_dirty", "sync_knowledge"}
EXCLUDED_PREFIXES = ("audit_", "sqlite_", "concern_fts")

# How many lines of one kind a report gives before it says "还有 N 处".
_EXAMPLES = 20

_state = threading.local()
_actor: tuple[str, str | None] = (DEFAULT_ACTOR, None)


# --- the actor ---------------------------------------------------------------

def set_actor(name: str, staff_id: str | None = None) -> None:
    """Who is making the changes from now on in this process (the sign-in
    calls it on sign-in and on lock). Every later log row carries it."""
    global _actor
    name = (name or "").strip() or DEFAULT_ACTOR
    _actor = (name, staff_id or None)


def current_actor() -> tuple[str, str | None]:
    return _actor


def _follow(actor) -> None:
    """models.core.access's actor, as the log names it: the signed-in person,
    "（未登录）" while a GUI desk is locked, the command line otherwise."""
    if actor is access.SYSTEM:
        set_actor(None, None)
    else:
        set_actor(actor.name, actor.staff_id)


access.on_actor_change(_follow)


# --- the hash ----------------------------------------------------------------

def canonical(prev_hash, seq, at_utc, actor_name, actor_staff_id, table_name, row_key,
              op, data) -> bytes:
    """The bytes a log row's hash is taken over: its fields as one JSON array."""
    return json.dumps([prev_hash, int(seq), at_utc, actor_name, actor_staff_id, table_name,
                       row_key, op, data], ensure_ascii=False, separators=(",", ":")).encode()


def entry_hash(*fields) -> str:
    return hashlib.sha256(canonical(*fields)).hexdigest()


def _sql_hash(*fields):
    return entry_hash(*fields)


def _sql_blob(value):
    """A BLOB column is logged as its digest (JSON cannot hold bytes, and a
    photo or a key would bloat the log)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.encode()
    return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()


def _sql_now():
    """When a change is logged: the desk's clock (models.core.clock), which tests
    and the demo can set, not SQLite's reading of the system clock."""
    return _now_text()


def _sql_actor_name():
    return _actor[0]


def _sql_actor_staff():
    return _actor[1]


def register_functions(database) -> None:
    """Register the functions the audit triggers call on ``database`` (a
    peewee ``SqliteDatabase``: every connection it opens gets them; or a
    ``sqlite3.Connection``)."""
    functions = (("audit_hash", 9, _sql_hash, False), ("audit_blob", 1, _sql_blob, True),
                 ("audit_actor_name", 0, _sql_actor_name, False),
                 ("audit_now", 0, _sql_now, False),
                 ("audit_actor_staff", 0, _sql_actor_staff, False))
    if isinstance(database, sqlite3.Connection):
        for name, n, fn, deterministic in functions:
            database.create_function(name, n, fn, deterministic=deterministic)
        return
    for name, n, fn, deterministic in functions:
        database.register_function(fn, name, n, deterministic=deterministic)


# --- which tables, and the SQL for them --------------------------------------

def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _execute(database, sql, params=()):
    if isinstance(database, sqlite3.Connection):
        return database.execute(sql, params)
    return database.execute_sql(sql, params)


def _audited(database) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the application tables the trail covers."""
    rows = _execute(database, "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                              "ORDER BY name").fetchall()
    return [(name, sql or "") for name, sql in rows
            if name not in EXCLUDED and not name.startswith(EXCLUDED_PREFIXES)
            and not (sql or "").upper().startswith("CREATE VIRTUAL")]


def audited_tables(database) -> list[str]:
    """The application tables the trail covers, by name."""
    return [name for name, _sql in _audited(database)]


# Bump when the trigger SQL or the choice of digested columns changes: every
# table then gets new triggers (and an "S" entry) the next time it is opened.
TRIGGER_FORMAT = "2"  # 2: the time comes from audit_now() (the desk's clock)


def _signature(table_sql: str) -> str:
    """Names a table's triggers after its CREATE statement (which SQLite
    rewrites on ALTER TABLE), so a start-up sees from sqlite_master alone,
    in one query, whether every table's triggers fit its columns."""
    return hashlib.sha256(f"{TRIGGER_FORMAT}\n{table_sql}".encode()).hexdigest()[:8]


def _trigger_names(table: str, table_sql: str) -> dict[str, str]:
    sig = _signature(table_sql)
    return {op: f"audit_{table}_{op.lower()}_{sig}" for op in "IUDK"}


@dataclass(frozen=True)
class TableShape:
    name: str
    columns: tuple[str, ...]
    blobs: frozenset[str]
    key: tuple[str, ...]  # primary key columns; () means rowid
    sql: str = ""         # the table's CREATE statement

    def image_sql(self, ref: str) -> str:
        """json_object over the row, ``ref`` being NEW, OLD or the table."""
        parts = []
        for column in self.columns:
            value = f"{ref}.{_q(column)}"
            if column in self.blobs:
                value = f"audit_blob({value})"
            parts.append(f"{_lit(column)}, {value}")
        return "json_object(" + ", ".join(parts) + ")"

    def key_sql(self, ref: str) -> str:
        if not self.key:
            return f"CAST({ref}.rowid AS TEXT)"
        if len(self.key) == 1:
            return f"CAST({ref}.{_q(self.key[0])} AS TEXT)"
        return "json_array(" + ", ".join(f"{ref}.{_q(c)}" for c in self.key) + ")"

    def trigger_names(self) -> dict[str, str]:
        return _trigger_names(self.name, self.sql)

    def trigger_sql(self) -> list[str]:
        names = self.trigger_names()
        t = _q(self.name)

        def body(op, ref):
            return (
                "INSERT INTO audit_log (seq, at_utc, actor_name, actor_staff_id, table_name, "
                "row_key, op, data, prev_hash, hash) "
                f"SELECT s, at, an, sid, {_lit(self.name)}, k, '{op}', d, ph, "
                f"audit_hash(ph, s, at, an, sid, {_lit(self.name)}, k, '{op}', d) FROM ("
                "SELECT COALESCE(MAX(seq), 0) + 1 AS s, "
                f"COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '{GENESIS}') AS ph, "
                "audit_now() AS at, "
                "audit_actor_name() AS an, audit_actor_staff() AS sid, "
                f"{self.key_sql(ref)} AS k, {self.image_sql(ref)} AS d FROM audit_log);")

        sql = [
            f"CREATE TRIGGER IF NOT EXISTS {names['I']} AFTER INSERT ON {t} BEGIN {body('I', 'NEW')} END",
            f"CREATE TRIGGER IF NOT EXISTS {names['U']} AFTER UPDATE ON {t} BEGIN {body('U', 'NEW')} END",
            f"CREATE TRIGGER IF NOT EXISTS {names['D']} AFTER DELETE ON {t} BEGIN {body('D', 'OLD')} END",
        ]
        # An update that changes the key: the old key's row is gone.
        changed = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in self.key) or "OLD.rowid IS NOT NEW.rowid"
        sql.append(f"CREATE TRIGGER IF NOT EXISTS {names['K']} BEFORE UPDATE ON {t} "
                   f"WHEN {changed} BEGIN {body('D', 'OLD')} END")
        return sql


# Columns logged as their digest rather than their value: BLOBs (photos,
# keys), and secrets by name (a PIN's hash, a private key), so that the log
# keeps no history of credentials yet still shows that one was changed.
_SECRET = re.compile(r"(^|_)(pin|password|passwd|secret|private|salt)(_|$)|_hash$", re.IGNORECASE)


def table_shape(database, name: str) -> TableShape:
    info = _execute(database, f"PRAGMA table_info({_q(name)})").fetchall()
    columns = tuple(r[1] for r in info)
    key = tuple(r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
    blobs = frozenset(r[1] for r in info if r[1] not in key and (
        "BLOB" in (r[2] or "").upper() or _SECRET.search(r[1])))
    row = _execute(database, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                   (name,)).fetchone()
    return TableShape(name, columns, blobs, key, (row[0] or "") if row else "")


def _has_log(database) -> bool:
    return _execute(database, "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                              "AND name = 'audit_log'").fetchone() is not None


def _audit_triggers(database) -> dict[str, str]:
    """Existing audit trigger name -> table."""
    return dict(_execute(database, "SELECT name, tbl_name FROM sqlite_master WHERE type = "
                                   "'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\'").fetchall())


# --- writing log rows from Python ---------------------------------------------

def _now_text() -> str:
    now = clock.utc_instant()
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


class _Appender:
    """Appends log rows from Python (markers and baselines), in the caller's
    transaction, continuing the chain from its current head."""

    def __init__(self, database):
        self.database = database
        row = _execute(database, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        self.seq, self.hash = row if row else (0, GENESIS)
        self.at = _now_text()
        self.rows: list[tuple] = []

    def add(self, table: str, key: str, op: str, data: str) -> None:
        name, staff = _actor
        self.seq += 1
        digest = entry_hash(self.hash, self.seq, self.at, name, staff, table, key, op, data)
        self.rows.append((self.seq, self.at, name, staff, table, key, op, data, self.hash, digest))
        self.hash = digest

    def flush(self) -> None:
        if not self.rows:
            return
        sql = ("INSERT INTO audit_log (seq, at_utc, actor_name, actor_staff_id, table_name, "
               "row_key, op, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        if isinstance(self.database, sqlite3.Connection):
            self.database.executemany(sql, self.rows)
        else:
            self.database.connection().executemany(sql, self.rows)
        self.rows = []


def _marker_data(shape: TableShape) -> str:
    return json.dumps({"columns": list(shape.columns)}, ensure_ascii=False)


def _current_images(database, shape: TableShape):
    t = _q(shape.name)
    return _execute(database, f"SELECT {shape.key_sql(t)}, {shape.image_sql(t)} FROM {t}").fetchall()


def _last_images(database, table: str) -> dict[str, tuple[int, str, str]]:
    """row_key -> (seq, op, data) of the last row image of ``table`` in the log."""
    last = {}
    for seq, table_name, key, op, data in _execute(
            database, "SELECT seq, table_name, row_key, op, data FROM audit_log WHERE (table_name = ? "
                      "AND op IN ('I', 'U', 'D', 'B')) OR op = ? ORDER BY seq", (table, BATCH_OP)):
        if op != BATCH_OP:
            last[key] = (seq, op, data)
            continue
        for t, k, o, digest in _batch_images(data):
            if t == table:
                last[k] = (seq, o, digest)
    return last


def _last_marker(database, table: str):
    return _execute(database, "SELECT seq, op, data FROM audit_log WHERE table_name = ? AND "
                              "op IN ('T', 'S') ORDER BY seq DESC LIMIT 1", (table,)).fetchone()


def ensure_triggers(database=None) -> int:
    """Register the audit functions on ``database`` (default: the open one)
    and install the audit triggers on every audited table that lacks them.
    A table covered for the first time gets a ``T`` entry and a ``B``
    baseline of each of its rows; see the module's docstring for ``S`` and
    ``R``. Returns how many tables were (re)covered. A database without the
    ``audit_log`` table (older schema) is left alone."""
    database = database if database is not None else db.obj
    register_functions(database)
    if not _has_log(database):
        return 0
    existing = _audit_triggers(database)
    todo = [table_shape(database, name) for name, sql in _audited(database)
            if not set(_trigger_names(name, sql).values()) <= existing.keys()]
    if not todo:
        return 0
    with database.atomic():
        for shape in todo:
            _cover(database, shape, existing)
    return len(todo)


def _cover(database, shape: TableShape, existing: dict[str, str]) -> None:
    wanted = set(shape.trigger_names().values())
    stale = [name for name, table in existing.items() if table == shape.name and name not in wanted]
    for name in stale:
        _execute(database, f"DROP TRIGGER IF EXISTS {_q(name)}")
    marker = _last_marker(database, shape.name)
    log = _Appender(database)
    if marker is None:                     # first time: the baseline
        log.add(shape.name, "", "T", _marker_data(shape))
        for key, image in _current_images(database, shape):
            log.add(shape.name, key, "B", image)
    elif not stale and json.loads(marker[2]).get("columns") == list(shape.columns):
        log.add(shape.name, "", "R", _marker_data(shape))  # someone had dropped the triggers
    else:
        # A migration changed the table (or TRIGGER_FORMAT changed): rows
        # whose image now reads differently only because of a new column or
        # a newly digested one, and that agree with their last image on the
        # rest, get a new baseline; a row changed behind the triggers stays
        # a mismatch for verify_chain to report.
        old_columns = json.loads(marker[2]).get("columns") or []
        last = _last_images(database, shape.name)
        log.add(shape.name, "", "S", _marker_data(shape))
        before = None  # the rows as the old columns image them, for rows a P entry covers
        for key, image in _current_images(database, shape):
            seen = last.get(key)
            if seen is None or seen[1] == "D" or _same_image(seen, image):
                continue
            if seen[1] == BATCH_OP:
                if before is None:
                    old = TableShape(shape.name, tuple(c for c in old_columns if c in shape.columns),
                                     shape.blobs, shape.key)
                    before = dict(_current_images(database, old))
                if key in before and image_digest(before[key]) == seen[2]:
                    log.add(shape.name, key, "B", image)
                continue
            now, then = json.loads(image), json.loads(seen[2])
            if all(now.get(c) == then.get(c) for c in old_columns
                   if c in now and c not in shape.blobs):
                log.add(shape.name, key, "B", image)
    log.flush()
    for statement in shape.trigger_sql():
        _execute(database, statement)


# --- a bulk write as one entry (a sync import) --------------------------------

BATCH_OP = "P"
BATCH_TABLE = "*"


def image_digest(image: str) -> str:
    """What a ``P`` entry keeps of a row's image: the first 128 bits of its
    SHA-256 (hex). A row changed afterwards behind the app's back would need a
    second preimage of that digest to pass ``verify_chain``."""
    return hashlib.sha256(image.encode()).hexdigest()[:32]


@dataclass
class Batch:
    tables: tuple[str, ...]
    saved: list[tuple[str, str]]  # the audit triggers set aside: (name, CREATE statement)


def _batch_trigger_names(table: str) -> list[str]:
    return [f"audit_batch_{table}_{op}" for op in "iud"]


def begin_batch(tables) -> Batch:
    """From here until ``end_batch``, in the caller's transaction: the audit
    triggers of ``tables`` are set aside and TEMP triggers only note which
    rows are written (``temp.audit_batch``); ``end_batch`` then logs all of
    them as one ``P`` entry. For a sync import: one hash for the package
    instead of a JSON image and a hash per row. A rollback puts the triggers
    back with everything else."""
    database = db.obj
    register_functions(database)
    existing = _audit_triggers(database)
    tables = tuple(t for t in tables if t in set(existing.values()))
    _execute(database, "CREATE TEMP TABLE IF NOT EXISTS audit_batch (table_name TEXT NOT NULL, "
                       "row_key TEXT NOT NULL, PRIMARY KEY (table_name, row_key)) WITHOUT ROWID")
    _execute(database, "DELETE FROM temp.audit_batch")
    saved = []
    for name, table, sql in _execute(
            database, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
                      "AND name LIKE 'audit\\_%' ESCAPE '\\' ORDER BY name").fetchall():
        if table in tables:
            saved.append((name, sql))
    for table in tables:
        shape = table_shape(database, table)
        t, lit = _q(table), _lit(table)
        ins, upd, dele = _batch_trigger_names(table)
        note = "INSERT OR IGNORE INTO audit_batch VALUES ({}, {});"
        for name in (ins, upd, dele):
            _execute(database, f"DROP TRIGGER IF EXISTS temp.{_q(name)}")
        _execute(database, f"CREATE TEMP TRIGGER {_q(ins)} AFTER INSERT ON main.{t} BEGIN "
                           + note.format(lit, shape.key_sql("NEW")) + " END")
        _execute(database, f"CREATE TEMP TRIGGER {_q(upd)} AFTER UPDATE ON main.{t} BEGIN "
                           + note.format(lit, shape.key_sql("NEW")) + " "
                           + note.format(lit, shape.key_sql("OLD")) + " END")
        _execute(database, f"CREATE TEMP TRIGGER {_q(dele)} AFTER DELETE ON main.{t} BEGIN "
                           + note.format(lit, shape.key_sql("OLD")) + " END")
    for name, _sql in saved:
        _execute(database, f"DROP TRIGGER {_q(name)}")
    return Batch(tables, saved)


ACCESS_OP = "A"


def record_access(table: str, key: str, about: dict) -> None:
    """An ``A`` entry in the chain, in the caller's transaction: personal data
    of the row ``key`` of ``table`` was read out (e.g. a villager's own records
    printed at their request). ``data`` is ``about`` as canonical JSON — what
    was given out, never the data itself. ``verify_chain`` checks it as a link
    of the chain; it is no row image."""
    appender = _Appender(db.obj)
    appender.add(table, key, ACCESS_OP, json.dumps(about, ensure_ascii=False, sort_keys=True))
    appender.flush()


def end_batch(batch: Batch, key: str, about: dict) -> int:
    """Log every row written since ``begin_batch`` as one ``P`` entry and put
    the audit triggers back. ``data`` is canonical JSON: ``about`` (e.g. the
    package's SHA-256 and sender) plus ``rows`` — per table, each written
    row's key and ``image_digest`` of its image as the triggers would log it
    — and ``deleted`` — per table, the keys of rows written and now gone.
    Returns how many rows the entry covers."""
    database = db.obj
    rows: dict[str, dict[str, str]] = {}
    deleted: dict[str, list[str]] = {}
    n = 0
    for table in batch.tables:
        shape = table_shape(database, table)
        if len(shape.key) == 1:
            found = _execute(
                database, f"SELECT b.row_key, {shape.image_sql('r')} FROM temp.audit_batch b "
                          f"JOIN main.{_q(table)} r ON r.{_q(shape.key[0])} = b.row_key "
                          "WHERE b.table_name = ? ORDER BY b.row_key", (table,)).fetchall()
        else:
            wanted = {k for (k,) in _execute(database, "SELECT row_key FROM temp.audit_batch "
                                                       "WHERE table_name = ?", (table,))}
            found = sorted((k, image) for k, image in _current_images(database, shape) if k in wanted)
        if found:
            rows[table] = {k: image_digest(image) for k, image in found}
        present = {k for k, _image in found}
        gone = sorted(k for (k,) in _execute(database, "SELECT row_key FROM temp.audit_batch "
                                                       "WHERE table_name = ?", (table,))
                      if k not in present)
        if gone:
            deleted[table] = gone
        n += len(found) + len(gone)
    for table in batch.tables:
        for name in _batch_trigger_names(table):
            _execute(database, f"DROP TRIGGER IF EXISTS temp.{_q(name)}")
    _execute(database, "DELETE FROM temp.audit_batch")
    for _name, sql in batch.saved:
        _execute(database, sql)
    if n:
        log = _Appender(database)
        log.add(BATCH_TABLE, key, BATCH_OP, json.dumps(
            {**about, "rows": rows, "deleted": deleted}, ensure_ascii=False, sort_keys=True,
            separators=(",", ":")))
        log.flush()
    return n


def _batch_images(data: str):
    """(table, key, op, digest) for each row a ``P`` entry covers."""
    try:
        body = json.loads(data)
    except ValueError:
        return
    if not isinstance(body, dict):
        return
    for table, keyed in (body.get("rows") or {}).items():
        for key, digest in keyed.items():
            yield table, key, BATCH_OP, digest
    for table, keys in (body.get("deleted") or {}).items():
        for key in keys:
            yield table, key, "D", None


def _same_image(seen: tuple, image: str) -> bool:
    """Whether ``image`` is the one a log entry recorded: the image itself,
    or its digest for a row a ``P`` entry covers."""
    if seen[1] == BATCH_OP:
        return image_digest(image) == seen[2]
    return seen[2] == image


# --- reading the chain ---------------------------------------------------------

def head(database=None) -> tuple[int, str] | None:
    """(seq, hash) of the chain's last entry, or None when it is empty or absent."""
    database = database if database is not None else db.obj
    if not _has_log(database):
        return None
    row = _execute(database, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def head_text(seq: int, digest: str) -> str:
    """How a head is written for people: ``1234:1a2b3c4d5e6f7a8b`` (the first
    16 hex digits are enough to pin the chain down)."""
    return f"{seq}:{digest[:16]}"


def parse_head(text: str) -> tuple[int, str]:
    """``SEQ:HASH`` (hash whole or its first ≥ 8 hex digits, spaces and a
    trailing … allowed) -> (seq, hash prefix). ValueError in Chinese."""
    from models.core.errors import ValidationError

    cleaned = (text or "").replace(" ", "").replace("\u3000", "").replace("…", "").replace("：", ":")
    seq_text, _, digest = cleaned.partition(":")
    digest = digest.lower()
    if not seq_text.isdigit() or len(digest) < 8 or any(c not in "0123456789abcdef" for c in digest):
        raise ValidationError(
            f"看不懂链头“{text}”：应写成 条数:链值，例如 1234:1a2b3c4d5e6f7a8b（账本末页印着）。", "head")
    return int(seq_text), digest


TABLE_NAMES = {
    "setting": "设置", "station": "站点", "staff": "工作人员", "villager": "村民",
    "visit": "来访", "visit_visitor": "来访人", "concern": "关切", "concern_event": "关切记录",
    "supervisor": "监督员", "supervisor_rating": "监督评价", "evaluation_session": "满意度测评",
    "survey_tally": "问卷统计", "holiday_day": "节假日", "staff_leave": "请假",
    "duty_roster": "轮值表", "duty_shift": "值班", "duty_swap": "调班", "duty_attendance": "签到",
    "checklist_item": "八个有", "inspection": "检查", "inspection_result": "检查结果",
    "training": "培训", "training_attendee": "培训人员", "appointment": "预约下访",
    "appointment_concern": "预约下访的关切", "suggestion_box_opening": "开箱",
    "suggestion": "意见", "sync_trip": "同步记录", "sync_peer": "同步对象",
    "sync_identity": "本机同步身份",
}


def table_label(table: str) -> str:
    if table == BATCH_TABLE:
        return "一次同步导入写入的记录"
    label = TABLE_NAMES.get(table)
    return f"{label}表（{table}）" if label else f"{table} 表"


@dataclass
class ChainReport:
    ok: bool
    problems: list[str] = field(default_factory=list)   # plain Chinese, one per finding
    notes: list[str] = field(default_factory=list)      # worth knowing, not a fault
    head_seq: int = 0
    head_hash: str = ""
    length: int = 0

    def summary(self) -> str:
        if self.ok:
            return f"记录链完整，共 {self.length} 条，链头 {head_text(self.head_seq, self.head_hash)}"
        return "记录链有问题：\n" + "\n".join(self.problems)


class _Problems:
    def __init__(self):
        self.lines: list[str] = []
        self.counts: dict[str, int] = {}

    def add(self, kind: str, line: str) -> None:
        n = self.counts.get(kind, 0) + 1
        self.counts[kind] = n
        if n <= _EXAMPLES:
            self.lines.append(line)

    def finish(self) -> list[str]:
        out = list(self.lines)
        for kind, n in self.counts.items():
            if n > _EXAMPLES:
                out.append(f"（同类问题还有 {n - _EXAMPLES} 处没有列出：{kind}）")
        return out


def _diff_columns(now: str, then: str) -> str:
    try:
        a, b = json.loads(now), json.loads(then)
    except ValueError:
        return ""
    cols = [c for c in sorted(set(a) | set(b)) if a.get(c) != b.get(c)]
    return "、".join(cols[:6]) + ("等" if len(cols) > 6 else "")


def verify_chain(database=None, expect: tuple[int, str] | None = None,
                 desk_check: bool = False) -> ChainReport:
    """Recompute the chain and compare every audited row with its last image
    in it. ``expect`` = (seq, hash or hash prefix), e.g. from a printed
    ledger: the chain must still hold that entry. Reads only. Asked for by a
    person (``main.py verify``, as the command line): needs ``audit.verify``
    (``access.NotAllowed`` on a locked desk). ``desk_check``: the desk's own
    check after start-up (``integrity.full_check``), whoever is signed in."""
    if not desk_check:
        access.require("audit.verify")
    database = database if database is not None else db.obj
    if isinstance(database, sqlite3.Connection):
        register_functions(database)
    else:
        register_functions(database)
    problems = _Problems()
    notes: list[str] = []
    if not _has_log(database):
        version = None
        try:
            version = _execute(database, "SELECT MAX(version) FROM schema_version").fetchone()[0]
        except Exception:  # no schema_version either (sqlite3 or peewee error)
            pass
        if version is not None and version < 8:
            return ChainReport(False, [f"这个数据文件还是旧版本（数据版本 {version}），还没有记录链；"
                                       "用本软件打开一次就会开始记录。"])
        return ChainReport(False, ["数据库里没有记录链（audit_log 表不见了）。"])

    last: dict[tuple[str, str], tuple[int, str, str]] = {}
    covered: dict[str, int] = {}
    prev_seq, prev_hash = 0, GENESIS
    length = 0
    expect_found = None
    cursor = _execute(database, "SELECT seq, at_utc, actor_name, actor_staff_id, table_name, "
                                "row_key, op, data, prev_hash, hash FROM audit_log ORDER BY seq")
    for seq, at, actor, staff, table, key, op, data, stored_prev, stored in cursor:
        length += 1
        where = f"第 {seq} 条（{table_label(table)}" + (f"，编号 {key}" if key else "") + f"，{at}，{actor}）"
        if seq != prev_seq + 1:
            if seq > prev_seq + 1:
                problems.add("缺记录", f"记录链在第 {prev_seq} 条和第 {seq} 条之间少了 "
                                       f"{seq - prev_seq - 1} 条：有记录被删掉了。")
            else:
                problems.add("编号错", f"记录链的编号乱了：第 {prev_seq} 条之后又是第 {seq} 条。")
        if stored_prev != prev_hash:
            problems.add("断链", f"{where}接不上前一条的链值：它前面的记录被删掉、改过或插进过。")
        if entry_hash(stored_prev, seq, at, actor, staff, table, key, op, data) != stored:
            moved = next((s for s in range(max(1, seq - 5), seq + 6) if s != seq and entry_hash(
                stored_prev, s, at, actor, staff, table, key, op, data) == stored), None)
            if moved is not None:
                problems.add("挪动", f"{where}原本是第 {moved} 条：它前面被{'插进' if moved < seq else '删掉'}"
                                     "过记录，编号被挪动了。")
            else:
                problems.add("被改", f"{where}的内容和它的链值不符：这条记录被改过。")
        if expect is not None and seq == expect[0]:
            expect_found = stored
        if op in ("I", "U", "D", "B"):
            last[(table, key)] = (seq, op, data)
        elif op == BATCH_OP:
            for t, k, o, digest in _batch_images(data):
                last[(t, k)] = (seq, o, digest)
        elif op in ("T", "S"):
            covered[table] = seq
        elif op == "R":
            notes.append(f"{where}：这张表的记录触发器曾被拆掉，打开数据库时又装上了；"
                         "拆掉期间的改动下面会逐条列出（若没有列出，就是没有改动）。")
        prev_seq, prev_hash = seq, stored

    # Every audited row must be its last image; every imaged row must still be there.
    tables = audited_tables(database)
    existing = _audit_triggers(database)
    for table in tables:
        shape = table_shape(database, table)
        if table not in covered:
            problems.add("未覆盖", f"{table_label(table)}不在记录链里：它的改动没有被记录。")
            continue
        if not set(shape.trigger_names().values()) <= existing.keys():
            problems.add("无触发器", f"{table_label(table)}的记录触发器不见了：此后对它的改动不会被记下。")
        for key, image in _current_images(database, shape):
            seen = last.pop((table, key), None)
            if seen is None:
                problems.add("多出", f"{table_label(table)}里编号 {key} 的一行记录链里没有："
                                     "它是绕过记录加进来的。")
            elif seen[1] == "D":
                problems.add("复现", f"{table_label(table)}里编号 {key} 的一行在记录链第 {seen[0]} 条"
                                     "已经删除，现在却又在：它是绕过记录放回去的。")
            elif not _same_image(seen, image):
                cols = "" if seen[1] == BATCH_OP else _diff_columns(image, seen[2])
                problems.add("不符", f"{table_label(table)}里编号 {key} 的一行和记录链第 {seen[0]} 条"
                                     f"记下的不一样{('（' + cols + '）') if cols else ''}：它是绕过记录改的。")
    present = set(tables)
    for (table, key), (seq, op, _data) in sorted(last.items(), key=lambda kv: kv[1][0]):
        if op == "D":
            continue
        if table not in present:
            problems.add("缺表", f"{table_label(table)}整张不见了（记录链第 {seq} 条还记着它的行）。")
            present.add(table)  # say it once per table
            continue
        if table in covered:
            problems.add("缺行", f"{table_label(table)}里编号 {key} 的一行不见了：记录链第 {seq} 条"
                                 "还记着它，却没有删除的记录，它是绕过记录删掉的。")

    if expect is not None:
        seq, digest = expect
        if seq > length and expect_found is None:
            problems.add("核对", f"记录链现在只到第 {prev_seq} 条，可打印时已有第 {seq} 条："
                                 "后面的记录被删掉了。")
        elif expect_found is None:
            problems.add("核对", f"记录链里找不到打印时的第 {seq} 条。")
        elif not expect_found.startswith(digest.lower()):
            problems.add("核对", f"记录链第 {seq} 条的链值是 {expect_found[:16]}，和打印的 "
                                 f"{digest[:16]} 不符：打印之前的记录被改过。")
    lines = problems.finish()
    return ChainReport(not lines, lines, notes, prev_seq, prev_hash, length)
