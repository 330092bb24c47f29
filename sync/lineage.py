"""Desks that went back in time, and desks that speak as one: what a package
says about its sender's instance ids, and what the receiver believes.

A desk's belief about a peer (``sync_peer.knows``: what the peer holds, from
what its packages said) is kept as a maximum, so that packages may arrive in
any order. A peer that restored a backup holds less than it said before; it
now speaks under a new instance id and lists its former ones (``retired``,
from ``sync_lineage``, written by the restore: ``models.safety.carry_over``).
So, per package:

- from the peer's current instance: the belief grows (maximum), as before;
- from an instance not seen before: the peer went back in time (or is new):
  the belief is replaced by what this package says, and the former instance
  is retired — the next package to it carries again what it lacks;
- from a retired instance (a package made before the restore, arriving
  late): its records are merged, its claim is not believed.

The package also names the receiver's instance the sender believed it was
writing to (``receiver_instance``). What the sender holds becomes what the
receiver holds (``sync_knowledge``) only if that belief was about the
receiver as it is now: a package made for the desk before its restore left
out what the lost copy had, which the restored desk does not hold.

Two desks speaking as one (a database copied onto a second PC) write their
packages under one instance id and one package number: ``sync_received``
remembers each (instance, number); a second, different package under the
same pair is refused (``cloned_desk``), naming both files.
"""
from __future__ import annotations

import json

from models.core.db import db

from .errors import SyncRefused


def retired_ids() -> list[str]:
    """This desk's former instance ids (sent in every package)."""
    return sorted(r[0] for r in db.execute_sql("SELECT instance_id FROM sync_lineage"))


def own_knowledge() -> dict[str, int]:
    """How far this file holds each former instance's writes (every partition)."""
    return {i: c for i, c in db.execute_sql("SELECT instance_id, counter FROM sync_lineage") if c > 0}


def peer_instance(station_id: str) -> str | None:
    row = db.execute_sql("SELECT instance_id FROM sync_peer WHERE station_id = ?", (station_id,)).fetchone()
    return row[0] if row else None


def body_fields(peer_station_id: str) -> dict:
    """What an export adds to its package's body."""
    return {"retired": retired_ids(), "receiver_instance": peer_instance(peer_station_id)}


def trusts_knowledge(manifest: dict, my_instance: str) -> bool:
    """Whether the package was made for this desk as it is now (see above)."""
    meant = manifest.get("receiver_instance")
    return meant is None or meant == my_instance


def note_sender(sender_id: str, manifest: dict) -> str:
    """Record the sender's instance; returns how to treat its ``knows``:
    ``"grow"``, ``"replace"`` or ``"ignore"``."""
    instance = manifest["sender"].get("instance_id")
    row = db.execute_sql("SELECT instance_id, retired FROM sync_peer WHERE station_id = ?",
                         (sender_id,)).fetchone()
    if row is None or not instance:
        return "grow"
    current, retired = row[0], set(json.loads(row[1] or "[]"))
    retired |= {str(i) for i in manifest.get("retired", []) if isinstance(i, str)}
    if instance in retired:
        mode = "ignore"
        current = current if current not in retired else None
    elif current in (None, instance):
        mode = "grow" if current == instance else "replace"
        current = instance
    else:
        retired.add(current)
        mode, current = "replace", instance
    db.execute_sql("UPDATE sync_peer SET instance_id = ?, retired = ? WHERE station_id = ?",
                   (current, json.dumps(sorted(retired)), sender_id))
    return mode


def update_belief(sender_id: str, knows: dict, mode: str) -> None:
    """What the sender holds, for our next package to it."""
    if mode == "ignore":
        return
    old = {} if mode == "replace" else json.loads(db.execute_sql(
        "SELECT knows FROM sync_peer WHERE station_id = ?", (sender_id,)).fetchone()[0])
    for part, per in knows.items():
        mine = old.setdefault(part, {})
        for inst, counter in per.items():
            mine[inst] = max(int(counter), int(mine.get(inst, 0)))
    db.execute_sql("UPDATE sync_peer SET knows = ? WHERE station_id = ?",
                   (json.dumps(old, sort_keys=True), sender_id))


def check_not_cloned(opened, sender_name: str) -> None:
    """Refuse a second, different package under one (instance, number)."""
    manifest = opened.manifest
    instance, seq = manifest["sender"].get("instance_id"), manifest.get("seq")
    if not instance or not isinstance(seq, int):
        return
    row = db.execute_sql("SELECT package_id, file_name, created FROM sync_received "
                         "WHERE instance_id = ? AND seq = ?", (instance, seq)).fetchone()
    if row is None or row[0] == manifest["package_id"]:
        return
    here = opened.path.name if opened.path is not None else ""
    raise SyncRefused(
        f"{sender_name}的数据文件被拷到了另一台电脑上，两台电脑在用同一份数据："
        f"这个包（{here}，{manifest.get('created', '')}做的）"
        f"和以前导入的 {row[1]}（{row[2]}做的）都是那份数据的第 {seq} 个包，内容却不同。"
        "这个包没有导入，两台电脑上的记录都没有动。请打电话问清楚，以后只用一台电脑；"
        "另一台不要再登记，把它上面新登记的事项在留下的那台上补登，"
        "然后由本站给那个站点重新配对（见 docs/sync.md）。", "cloned_desk")


def record_received(opened, sender_id: str) -> None:
    manifest = opened.manifest
    instance, seq = manifest["sender"].get("instance_id"), manifest.get("seq")
    if not instance or not isinstance(seq, int):
        return
    db.execute_sql(
        "INSERT OR IGNORE INTO sync_received (instance_id, seq, package_id, peer_station_id, "
        "file_name, created) VALUES (?, ?, ?, ?, ?, ?)",
        (instance, seq, manifest["package_id"], sender_id,
         opened.path.name if opened.path is not None else "", str(manifest.get("created", ""))))
