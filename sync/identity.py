"""This desk's sync identity: its instance id and its two key pairs.

One row in ``sync_identity`` (id = 1), made on first use. The instance id
names this copy of the database in every version it writes (with the
counter, which the record store advances); the Ed25519 key signs packages,
the X25519 key receives them. A restored backup gets a new instance id
(``after_restore``) so that counters already spent by the lost copy are
never reused (``models.safety.carry_over``, in the restore's own write).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from models.core.db import db
from models.core.schema import utcnow

from . import crypto


@dataclass(frozen=True)
class Identity:
    instance_id: str
    sign_private: bytes
    sign_public: bytes
    box_private: bytes
    box_public: bytes

    def __repr__(self) -> str:  # never print private keys into a log
        return f"Identity(instance_id={self.instance_id!r})"


def current() -> Identity | None:
    """The identity if it has been made; writes nothing."""
    row = db.execute_sql(
        "SELECT instance_id, sign_private, sign_public, box_private, box_public "
        "FROM sync_identity WHERE id = 1").fetchone()
    if row is None:
        return None
    return Identity(row[0], bytes(row[1]), bytes(row[2]), bytes(row[3]), bytes(row[4]))


def identity() -> Identity:
    """This desk's identity, made (new instance id, fresh keys) on first use."""
    with db.atomic():
        found = current()
        if found is not None:
            return found
        sign_private, sign_public = crypto.new_sign_keys()
        box_private, box_public = crypto.new_box_keys()
        made = Identity(uuid.uuid4().hex, sign_private, sign_public, box_private, box_public)
        db.execute_sql(
            "INSERT INTO sync_identity (id, instance_id, counter, lamport, sign_private, "
            "sign_public, box_private, box_public, created_at) VALUES (1, ?, 0, 0, ?, ?, ?, ?, ?)",
            (made.instance_id, sign_private, sign_public, box_private, box_public,
             utcnow().strftime("%Y-%m-%d %H:%M:%S")))
        return made


def after_restore() -> str | None:
    """A new instance id for the open file, counter back to 0, the old id
    kept in the lineage (``sync_lineage``) so that peers learn it is gone;
    keys and the Lamport clock stay. Returns the new instance id (None when
    the desk had no sync identity yet: nothing to do). A restore does this
    itself, in the same write as the restored data
    (``models.safety.carry_over``); this is for a desk that must stop
    speaking under its instance id otherwise."""
    from models.safety.carry_over import retire_instance

    with db.atomic():
        return retire_instance(db)
