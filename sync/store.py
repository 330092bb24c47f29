"""The record store: every travelling row as a versioned record, and the merge.

A record is ``(model, pk, partition, fields, vv)``:

- ``fields`` maps each column to its *siblings*: ``[value, lamport, instance,
  counter]`` (a fifth element ``1`` marks a value redacted for a desk that may
  not read it). One sibling is the usual case; two or more mean the field was
  changed on two desks that had not seen each other's change — a conflict.
- ``vv`` (the causal context) maps each desk instance to the highest counter
  of its writes this record's state has seen.

The merge is the multi-value register of the CRDT literature, per field: a
sibling survives unless the other side has seen its write (its dot is within
the other side's ``vv``) and no longer holds it. It is commutative,
associative and idempotent, so any set of packages imported in any order, any
number of times, gives the same records. The value a desk shows is the
sibling with the highest ``(lamport, instance, counter)``: a Lamport clock,
never a wall clock — a later edit made after seeing an earlier one always
wins, and of two edits made without seeing each other the same one wins on
every desk. The other siblings are kept and shown until someone chooses.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field

from models.core.db import db

from .tables import LOCAL_COLUMNS, PARTITION_SQL, SYNCED_TABLES

DELETED = "_deleted"


@dataclass
class Record:
    model: str
    pk: str
    partition: str
    fields: dict[str, list[list]] = field(default_factory=dict)
    vv: dict[str, int] = field(default_factory=dict)

    def value(self, name: str):
        sibs = self.fields.get(name)
        return winner(sibs)[0] if sibs else None

    @property
    def deleted(self) -> bool:
        return bool(self.value(DELETED))

    @property
    def conflicted(self) -> bool:
        return any(len(s) > 1 and distinct_values(s) > 1 for s in self.fields.values())

    def to_wire(self) -> list:
        return [self.model, self.pk, self.partition, self.fields, self.vv]

    def same_state(self, other: "Record | None") -> bool:
        return (other is not None and self.partition == other.partition
                and self.vv == other.vv and self.fields == other.fields)


def distinct_values(siblings: list[list]) -> int:
    """How many different values the siblings hold: two desks that wrote the
    same value without seeing each other (both entered the township's phone
    number) agree, and that is no conflict to show."""
    return len({json.dumps(s[0], sort_keys=True) for s in siblings})


def order_key(sibling: list) -> tuple:
    return (sibling[1], sibling[2], sibling[3])


def winner(siblings: list[list]) -> list:
    return max(siblings, key=order_key)


def _covered(vv: dict[str, int], sibling: list) -> bool:
    return vv.get(sibling[2], 0) >= sibling[3]


def _redacted(sibling: list) -> bool:
    return len(sibling) > 4 and bool(sibling[4])


def merge(local: Record | None, incoming: Record) -> Record:
    """The merged state of two versions of one record (see the module's doc)."""
    if local is None:
        return Record(incoming.model, incoming.pk, incoming.partition,
                      {k: [list(s) for s in v] for k, v in incoming.fields.items()},
                      dict(incoming.vv))
    fields: dict[str, list[list]] = {}
    for name in sorted(set(local.fields) | set(incoming.fields)):
        mine, theirs = local.fields.get(name), incoming.fields.get(name)
        if theirs is None or mine is None:  # a column one side's version does not know
            fields[name] = [list(s) for s in (mine if theirs is None else theirs)]
            continue
        by_dot_mine = {(s[2], s[3]): s for s in mine}
        by_dot_theirs = {(s[2], s[3]): s for s in theirs}
        keep: dict[tuple, list] = {}
        for dot, s in by_dot_mine.items():
            if dot in by_dot_theirs:
                other = by_dot_theirs[dot]
                keep[dot] = s if not _redacted(s) or _redacted(other) else other
            elif not _covered(incoming.vv, s):
                keep[dot] = s
        for dot, s in by_dot_theirs.items():
            if dot not in by_dot_mine and not _covered(local.vv, s):
                keep[dot] = s
        if not keep:  # cannot happen between consistent versions; never lose both
            keep = {**by_dot_theirs, **by_dot_mine}
        fields[name] = sorted((list(s) for s in keep.values()), key=order_key)
    vv = {i: max(local.vv.get(i, 0), incoming.vv.get(i, 0))
          for i in sorted(set(local.vv) | set(incoming.vv))}
    # The partition follows the newest write (a row's owner never changes in
    # practice; this keeps the merge deterministic if it ever did).
    partition = local.partition if _newest(local) >= _newest(incoming) else incoming.partition
    return Record(local.model, local.pk, partition, fields, vv)


def same_dot_clash(local: Record | None, incoming: Record) -> str | None:
    """The name of a field that holds two different values under one dot, or
    None. One desk never writes two values with one dot, so this means two
    desks share an instance id: a database file copied onto a second PC and
    used there. Merging would keep one of them silently; the caller refuses."""
    if local is None:
        return None
    for name, theirs in incoming.fields.items():
        mine = {(s[2], s[3]): s for s in local.fields.get(name, ())}
        for s in theirs:
            other = mine.get((s[2], s[3]))
            if other is not None and not _redacted(s) and not _redacted(other) and other[0] != s[0]:
                return name
    return None


def _newest(record: Record) -> tuple:
    return max((order_key(s) for sibs in record.fields.values() for s in sibs), default=(0, "", 0))


# ------------------------------------------------------------------ storage

def load(model: str, pk: str) -> Record | None:
    row = db.execute_sql("SELECT partition, fields, vv FROM sync_record WHERE model = ? AND pk = ?",
                         (model, pk)).fetchone()
    if row is None:
        return None
    return Record(model, pk, row[0], json.loads(row[1]), json.loads(row[2]))


def load_many(model: str, pks: list[str]) -> dict[str, Record]:
    out: dict[str, Record] = {}
    for i in range(0, len(pks), 500):
        chunk = pks[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for pk, part, f, vv in db.execute_sql(
                f"SELECT pk, partition, fields, vv FROM sync_record WHERE model = ? AND pk IN ({marks})",
                [model, *chunk]):
            out[pk] = Record(model, pk, part, json.loads(f), json.loads(vv))
    return out


def save(record: Record) -> None:
    db.execute_sql(
        "INSERT INTO sync_record (model, pk, partition, fields, vv, conflicted) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (model, pk) DO UPDATE SET partition = excluded.partition, fields = excluded.fields, "
        "vv = excluded.vv, conflicted = excluded.conflicted",
        (record.model, record.pk, record.partition,
         json.dumps(record.fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
         json.dumps(record.vv, sort_keys=True, separators=(",", ":")), int(record.conflicted)))
    db.execute_sql("DELETE FROM sync_dot WHERE model = ? AND pk = ?", (record.model, record.pk))
    db.execute_sql(
        "INSERT INTO sync_dot (model, pk, instance, counter, partition) VALUES "
        + ",".join("(?, ?, ?, ?, ?)" for _ in record.vv),
        [x for inst, c in record.vv.items() for x in (record.model, record.pk, inst, c, record.partition)])


_FIELDS_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_VV_JSON = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def save_many(records: list[Record], existed: set[str] | frozenset[str] = frozenset()) -> None:
    """``save`` for many records of one model at once (an import's merged
    records): one upsert statement run over all of them, the dots of the
    records that were already stored (``existed``, by pk) replaced."""
    if not records:
        return
    fields_json, vv_json = _FIELDS_JSON.encode, _VV_JSON.encode  # save()'s JSON, one encoder each
    db.connection().executemany(
        "INSERT INTO sync_record (model, pk, partition, fields, vv, conflicted) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (model, pk) DO UPDATE SET partition = excluded.partition, fields = excluded.fields, "
        "vv = excluded.vv, conflicted = excluded.conflicted",
        [(r.model, r.pk, r.partition, fields_json(r.fields), vv_json(r.vv), int(r.conflicted))
         for r in records])
    if existed:
        db.connection().executemany("DELETE FROM sync_dot WHERE model = ? AND pk = ?",
                                    [(r.model, r.pk) for r in records if r.pk in existed])
    db.connection().executemany(
        "INSERT INTO sync_dot (model, pk, instance, counter, partition) VALUES (?, ?, ?, ?, ?)",
        [(r.model, r.pk, inst, c, r.partition) for r in records for inst, c in r.vv.items()])


# ------------------------------------------------------------ table columns

_columns_cache: dict[str, list[str]] = {}


def columns(model: str) -> list[str]:
    """The columns of ``model`` that travel (all but the desk's own)."""
    if model not in _columns_cache:
        names = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{model}")')]
        _columns_cache[model] = [n for n in names if n not in LOCAL_COLUMNS.get(model, ())]
    return _columns_cache[model]


def to_json_value(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def from_json_value(value):
    if isinstance(value, dict) and "$b64" in value:
        return base64.b64decode(value["$b64"])
    return value


def read_rows(model: str, pks: list[str]) -> dict[str, tuple[str, dict]]:
    """Current rows by pk: (partition, {column: json-ready value})."""
    cols = columns(model)
    select = ", ".join(f'r."{c}"' for c in cols)
    out: dict[str, tuple[str, dict]] = {}
    for i in range(0, len(pks), 500):
        chunk = pks[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute_sql(
                f'SELECT {PARTITION_SQL[model]}, {select} FROM "{model}" r WHERE r.id IN ({marks})', chunk):
            values = {c: to_json_value(v) for c, v in zip(cols, row[1:])}
            out[values["id"]] = (row[0], values)
    return out


# ------------------------------------------------------- local changes in

def take_local_changes(instance: str, counter: int, lamport: int) -> int:
    """Turn the rows changed on this desk since last time (``sync_dirty``) into
    new versions of their records, each changed field written with the dot
    ``(instance, counter)`` and Lamport time ``lamport``. Returns how many
    records changed (the caller advances the desk's counters if any did)."""
    dirty: dict[str, list[str]] = {}
    for model, pk in db.execute_sql("SELECT model, pk FROM sync_dirty"):
        dirty.setdefault(model, []).append(pk)
    changed = 0
    for model in SYNCED_TABLES:
        pks = dirty.get(model)
        if not pks:
            continue
        rows = read_rows(model, pks)
        known = load_many(model, pks)
        for pk in pks:
            record = known.get(pk)
            if pk in rows:
                partition, values = rows[pk]
            elif record is not None and not record.deleted:
                partition, values = record.partition, {DELETED: True}
            else:
                continue  # created and deleted between two trips: nothing to tell
            if record is None:
                record = Record(model, pk, partition)
            wrote = False
            for name, value in values.items():
                sibs = record.fields.get(name)
                if sibs is not None and winner(sibs)[0] == value and not _redacted(winner(sibs)):
                    continue
                if model == "villager" and sibs is not None and _redacted(winner(sibs)) \
                        and winner(sibs)[0] == value:
                    # a masked villager edited above: the stand-in (张**, no
                    # phone) is not this desk's to write back over the name
                    continue
                record.fields[name] = [[value, lamport, instance, counter]]
                wrote = True
            if record.partition != partition:
                record.partition, wrote = partition, True
            if wrote:
                record.vv[instance] = counter
                save(record)
                changed += 1
    db.execute_sql("DELETE FROM sync_dirty")
    return changed


def touch(model: str, pks: list[str], instance: str, counter: int, lamport: int) -> None:
    """Write every field of these records again with a new dot, unchanged:
    they travel again in full (used when a desk becomes entitled to read what
    it was first sent redacted)."""
    for record in load_many(model, pks).values():
        for name, sibs in record.fields.items():
            w = winner(sibs)
            if _redacted(w):
                continue
            record.fields[name] = [[w[0], lamport, instance, counter]]
        record.vv[instance] = counter
        save(record)
