"""What a restored file takes over from the file it replaces (issue 14).

A restored backup goes back in time, but the world does not: the lost copy
has written sync versions under its instance id and counter, sent them up,
and issued case numbers the township now holds. Before the backup's pages
are copied into the live file, the staged copy is changed here, in the same
write that the restore makes (``models.safety.restore``), so that a kill at
any moment leaves either the old file with its old identity or the restored
one with its new identity:

- a new sync instance id, counter 0: counters the lost copy spent are never
  reused; the keys stay (the peers know them); the Lamport clock is the
  higher of the two files', so an edit made after the restore still wins
  over one made before it;
- ``sync_lineage``: every instance id this desk has had (the backup's own,
  with the counter up to which the restored file holds its writes; the
  replaced file's and its former ones, holding nothing more): packages tell
  the peers, which then stop believing what the lost copy had told them and
  send again what the restored desk lacks (``sync.lineage``);
- ``case_number_floor``: the highest case number each station had issued in
  each year in the replaced file, so that the restored desk does not issue
  a number twice (``models.concerns.workflow``).

Plain SQL on core tables; the sync layer reads what this writes.
"""
from __future__ import annotations

import sqlite3
import uuid

from models.core.clock import to_utc, local_now


def _table(con: sqlite3.Connection, name: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (name,)).fetchone() is not None


def _identity(con: sqlite3.Connection):
    if not _table(con, "sync_identity"):
        return None
    return con.execute("SELECT instance_id, counter, lamport, sign_private, sign_public, "
                       "box_private, box_public, created_at FROM sync_identity WHERE id = 1").fetchone()


def _lineage(con: sqlite3.Connection) -> dict[str, int]:
    if not _table(con, "sync_lineage"):
        return {}
    return dict(con.execute("SELECT instance_id, counter FROM sync_lineage"))


def _issued(con: sqlite3.Connection) -> dict[tuple[str, int], int]:
    out: dict[tuple[str, int], int] = {}
    if _table(con, "concern"):
        for station, year, seq in con.execute(
                "SELECT station_id, year, MAX(seq) FROM concern GROUP BY station_id, year"):
            out[(station, year)] = max(out.get((station, year), 0), seq or 0)
    if _table(con, "case_number_floor"):
        for station, year, seq in con.execute("SELECT station_id, year, seq FROM case_number_floor"):
            out[(station, year)] = max(out.get((station, year), 0), seq or 0)
    return out


def carry_over(staged: sqlite3.Connection, replaced: sqlite3.Connection | None) -> str | None:
    """Change the staged copy of a backup (at the latest schema, inside the
    caller's transaction) as described in the module's doc. ``replaced`` is
    a read connection to the file being replaced (None if there is none).
    Returns the new instance id, or None when neither file has a sync
    identity (the desk makes a fresh one on first use)."""
    old = _identity(replaced) if replaced is not None else None
    mine = _identity(staged)
    now = to_utc(local_now()).strftime("%Y-%m-%d %H:%M:%S")
    # how far this file holds each former instance's writes: the backup's own
    # instance up to its counter; the replaced file's instances, nothing more
    lineage = _lineage(staged)
    former = dict.fromkeys(_lineage(replaced) if replaced is not None else {}, 0)
    if old is not None:
        former[old[0]] = 0
    new_id = None
    if mine is not None or old is not None:
        new_id = uuid.uuid4().hex
        if mine is not None:
            lineage[mine[0]] = max(lineage.get(mine[0], 0), int(mine[1]))
            lamport = max(int(mine[2]), int(old[2]) if old is not None else 0)
            staged.execute("UPDATE sync_identity SET instance_id = ?, counter = 0, lamport = ? "
                           "WHERE id = 1", (new_id, lamport))
        else:  # a backup from before this desk's first trip: the replaced file's keys
            staged.execute(
                "INSERT INTO sync_identity (id, instance_id, counter, lamport, sign_private, "
                "sign_public, box_private, box_public, created_at) VALUES (1, ?, 0, ?, ?, ?, ?, ?, ?)",
                (new_id, old[2], old[3], old[4], old[5], old[6], old[7]))
        for instance, counter in former.items():
            lineage.setdefault(instance, counter)
        for instance, counter in lineage.items():
            staged.execute(
                "INSERT INTO sync_lineage (instance_id, counter, retired_at) VALUES (?, ?, ?) "
                "ON CONFLICT (instance_id) DO UPDATE SET counter = MAX(counter, excluded.counter)",
                (instance, counter, now))
    if replaced is not None:
        for (station, year), seq in _issued(replaced).items():
            staged.execute(
                "INSERT INTO case_number_floor (station_id, year, seq) VALUES (?, ?, ?) "
                "ON CONFLICT (station_id, year) DO UPDATE SET seq = MAX(seq, excluded.seq)",
                (station, year, seq))
    return new_id


def retire_instance(con) -> str | None:
    """The same for the open file itself (``sync.identity.after_restore``, a
    desk that must stop speaking under its instance id): a new instance id,
    the old one kept in the lineage with its counter."""
    row = con.execute_sql("SELECT instance_id, counter FROM sync_identity WHERE id = 1").fetchone()
    if row is None:
        return None
    new_id = uuid.uuid4().hex
    con.execute_sql(
        "INSERT INTO sync_lineage (instance_id, counter, retired_at) VALUES (?, ?, ?) "
        "ON CONFLICT (instance_id) DO UPDATE SET counter = MAX(counter, excluded.counter)",
        (row[0], int(row[1]), to_utc(local_now()).strftime("%Y-%m-%d %H:%M:%S")))
    con.execute_sql("UPDATE sync_identity SET instance_id = ?, counter = 0 WHERE id = 1", (new_id,))
    return new_id
