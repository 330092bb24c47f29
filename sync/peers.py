"""The stations this desk is paired with (``sync_peer``): who they are, and
what their first package told us. Below both the engine (which checks a
package's sender here) and pairing (which writes the rows)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core.db import db
from models.core.schema import utcnow


@dataclass(frozen=True)
class Peer:
    station_id: str
    code: str
    name: str
    relation: str                           # "parent" or "child"
    paired_on: dt.date
    first_contact_at: dt.datetime | None    # UTC; None until the first package came through
    has_keys: bool                          # we can write packages to it


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _peer_from_row(row) -> Peer:
    return Peer(station_id=row[0], code=row[1], name=row[2], relation=row[3],
                paired_on=_date(row[4]), first_contact_at=_datetime(row[5]),
                has_keys=row[6] is not None and row[7] is not None)


_PEER_SQL = ("SELECT station_id, code, name, relation, paired_on, first_contact_at, sign_public, "
             "box_public FROM sync_peer")


def peer(station_id: str) -> Peer | None:
    row = db.execute_sql(_PEER_SQL + " WHERE station_id = ?", (station_id,)).fetchone()
    return None if row is None else _peer_from_row(row)


def peers() -> list[Peer]:
    """Every paired station: the parent first, then the children by code."""
    rows = db.execute_sql(_PEER_SQL + " ORDER BY relation = 'child', code").fetchall()
    return [_peer_from_row(r) for r in rows]


def _now_text() -> str:
    return utcnow().strftime("%Y-%m-%d %H:%M:%S")


def confirm_first_contact(opened) -> None:
    """Inside the engine's import transaction, after ``package.open_package``:
    store the keys a package introduced, or, if the package came from a peer
    we had introduced ourselves to, note that it has our keys now (we stop
    introducing). Either way set first_contact_at once and clear the pairing
    secret. Calling it for every imported package is harmless."""
    sender = opened.manifest["sender"]["station_id"]
    if opened.first_contact is not None:
        db.execute_sql(
            "UPDATE sync_peer SET sign_public = ?, box_public = ?, first_contact_at = ?, "
            "pairing_key = NULL WHERE station_id = ?",
            (opened.first_contact["sign_public"], opened.first_contact["box_public"], _now_text(),
             sender))
    else:
        db.execute_sql(
            "UPDATE sync_peer SET first_contact_at = COALESCE(first_contact_at, ?), pairing_key = NULL "
            "WHERE station_id = ? AND pairing_key IS NOT NULL", (_now_text(), sender))
