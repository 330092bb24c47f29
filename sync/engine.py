"""Export a package for a paired desk; preview and import one; the trip history.

Incremental: each desk keeps, per partition, what it knows of every other
desk's writes (``sync_knowledge``: instance -> counter, meaning "I hold every
write of that instance in this partition up to that counter"), and tells it
in every package it sends. A package for a peer carries the records in the
partitions that peer may hold with a write the peer has not told us it has
(``sync_peer.knows``); "full" ignores that and sends everything.

Import: the package is opened and verified (sync.package), every record is
checked, and then everything happens in one transaction — local changes are
taken into the store, records merged (sync.store), rows written (and the
sender's rights checked again on each row's own partition), concerns'
states recomputed from their events, foreign keys checked, knowledge and the
trip recorded. Any refusal rolls all of it back. A dry run does the same and
rolls back, so the preview is exactly what the import would do.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import peewee

from models.core import access
from models.core.clock import local_now, to_utc
from models.core.db import db
from models.figures.trips_report import Trip, trips
from models.safety import audit

from . import lineage, store
from .errors import SyncRefused
from .store import DELETED, Record
from .tables import PARTITION_SQL, PUBLIC, SYNCED_TABLES

Progress = Callable[[int, int, str], None]

PAYLOAD_FORMAT = 1
REDACTED_TEXT = "（保密事项，内容只在经办站点）"
_CONTENT_KEYS = ("summary", "details", "note", "facts", "parties", "answer", "reason", "agreement")

MODEL_LABELS = {
    "station": "站点", "staff": "工作人员", "holiday_day": "节假日", "villager": "村民",
    "visit": "来访", "visit_visitor": "来访人", "concern": "关切", "concern_event": "办理记录",
    "supervisor": "监督员", "supervisor_rating": "监督评价", "evaluation_session": "测评会",
    "survey_tally": "问卷统计", "staff_leave": "请假", "duty_roster": "轮值表",
    "duty_shift": "值班安排", "duty_swap": "调班", "duty_attendance": "签到签退",
    "checklist_item": "八有清单", "inspection": "检查", "inspection_result": "检查结果",
    "training": "培训", "training_attendee": "参训人", "appointment": "预约下访",
    "appointment_concern": "预约关联", "suggestion_box_opening": "意见箱开箱",
    "suggestion": "意见条", "data_stamp": "数据日期",
}


class _DryRun(Exception):
    pass


@dataclass
class ExportResult:
    path: Path
    receiver_name: str
    receiver_code: str
    counts: dict[str, int]
    records: int
    size: int
    full: bool


@dataclass
class ImportResult:
    sender_name: str
    sender_code: str
    created: str
    new: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: int = 0
    applied: bool = False
    already_imported: bool = False
    path: Path | None = None
    renumbered: list[tuple[str, str]] = field(default_factory=list)  # this desk's case numbers changed

    @property
    def new_concerns(self) -> int:
        return self.new.get("concern", 0)

    @property
    def nothing_new(self) -> bool:
        return not self.new and not self.updated

    def summary(self) -> str:
        """One plain sentence of what the package does (or did)."""
        if self.nothing_new:
            return "这个同步包里没有新内容（以前已经导入过）。" if self.already_imported else "这个同步包里没有新内容。"
        parts = []
        if self.new.get("concern"):
            parts.append(f"新关切 {self.new['concern']} 件")
        if self.updated.get("concern"):
            parts.append(f"更新关切 {self.updated['concern']} 件")
        if self.new.get("concern_event"):
            parts.append(f"新办理记录 {self.new['concern_event']} 条")
        others_new = sum(v for k, v in self.new.items() if k not in ("concern", "concern_event"))
        others_upd = sum(v for k, v in self.updated.items() if k != "concern")
        if others_new:
            parts.append(f"其他新记录 {others_new} 条")
        if others_upd:
            parts.append(f"其他更新 {others_upd} 条")
        parts.append(f"冲突 {self.conflicts} 处")
        text = "，".join(parts) + "。"
        for before, after in self.renumbered:
            text += (f"本站恢复备份以后登记的关切 {before} 和上级已有的一件关切同号，已改为 {after}"
                     "（纸面材料上的编号请一并改正）。")
        return text


# ------------------------------------------------------------- the desk

def _identity_row():
    from . import identity

    identity.identity()  # creates the row (and keys) on first use
    return db.execute_sql("SELECT instance_id, counter, lamport FROM sync_identity WHERE id = 1").fetchone()


def _take_local_changes() -> str:
    """Take this desk's changes into the store; return this desk's instance id."""
    instance, counter, lamport = _identity_row()
    _touch_confidential_escalations(instance, counter + 1, lamport + 1)
    if store.take_local_changes(instance, counter + 1, lamport + 1):
        db.execute_sql("UPDATE sync_identity SET counter = ?, lamport = ? WHERE id = 1",
                       (counter + 1, lamport + 1))
    return instance


def _touch_confidential_escalations(instance: str, counter: int, lamport: int) -> None:
    """A confidential concern escalated since the last trip, or corrected to
    no longer confidential: its history was sent up redacted before; write it
    again so it travels in full to the levels now handling (or free to read) it."""
    rows = db.execute_sql(
        "SELECT DISTINCT e.concern_id FROM sync_dirty d JOIN concern_event e ON e.id = d.pk "
        "JOIN concern c ON c.id = e.concern_id "
        "WHERE d.model = 'concern_event' AND ((e.kind = 'escalation_requested' AND c.confidential = 1) "
        "OR (e.kind = 'correction' AND c.confidential = 0 "
        "AND json_extract(e.data, '$.previous.confidential') = 1))").fetchall()
    for (concern_id,) in rows:
        pks = [r[0] for r in db.execute_sql(
            "SELECT id FROM concern_event WHERE concern_id = ?", (concern_id,))]
        store.touch("concern_event", pks, instance, counter, lamport)
    # The villagers such a concern is about (and who came along on its visit)
    # may have travelled masked; so may the villager of a new non-confidential
    # concern who had only confidential ones before. Send them again: where the
    # name is now needed it goes in full, under a newer dot that wins.
    villagers = {v for (v,) in db.execute_sql(
        "SELECT c.villager_id FROM sync_dirty d JOIN concern_event e ON e.id = d.pk "
        "JOIN concern c ON c.id = e.concern_id "
        "WHERE d.model = 'concern_event' AND e.kind IN ('escalation_requested', 'correction') "
        "UNION SELECT vv.villager_id FROM sync_dirty d JOIN concern_event e ON e.id = d.pk "
        "JOIN concern c ON c.id = e.concern_id JOIN visit_visitor vv ON vv.visit_id = c.visit_id "
        "WHERE d.model = 'concern_event' AND e.kind IN ('escalation_requested', 'correction') "
        "UNION SELECT c.villager_id FROM sync_dirty d JOIN concern c ON c.id = d.pk "
        "WHERE d.model = 'concern' AND c.confidential = 0 AND EXISTS (SELECT 1 FROM concern o "
        "WHERE o.villager_id = c.villager_id AND o.confidential = 1)")}
    if villagers:
        store.touch("villager", sorted(villagers), instance, counter, lamport)


def _stations() -> dict[str, tuple[str | None, str]]:
    return {sid: (parent, level) for sid, parent, level in
            db.execute_sql("SELECT id, parent_id, level FROM station")}


def _ancestors(station_id: str, tree) -> list[str]:
    out, seen = [], set()
    cur = tree.get(station_id, (None, ""))[0]
    while cur and cur not in seen:
        out.append(cur)
        seen.add(cur)
        cur = tree.get(cur, (None, ""))[0]
    return out


def _in_subtree(partition: str, root: str, tree) -> bool:
    return partition == root or root in _ancestors(partition, tree)


def may_hold(receiver: str, partition: str, tree) -> bool:
    """Whether the desk of station ``receiver`` may hold ``partition``: the
    public directory, its own station's records and those of stations below."""
    return partition == PUBLIC or _in_subtree(partition, receiver, tree)


def _partitions_for(receiver: str, tree) -> list[str]:
    parts = {p for (p,) in db.execute_sql("SELECT DISTINCT partition FROM sync_dot")}
    return sorted(p for p in parts if may_hold(receiver, p, tree))


def _knowledge(partitions: list[str], instance: str, counter: int) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {p: {} for p in partitions}
    wanted = set(partitions)
    for p, inst, c in db.execute_sql("SELECT partition, instance, counter FROM sync_knowledge"):
        if p in wanted:
            out[p][inst] = c
    former = lineage.own_knowledge()  # what this file holds of its own former instance ids
    for p in partitions:
        for inst, c in former.items():
            out[p][inst] = max(out[p].get(inst, 0), c)
        out[p][instance] = counter
    return out


def _peer_for(code: str | None):
    from . import peers

    peers = peers.peers()
    if code:
        found = [p for p in peers if p.code == code]
        if not found:
            raise SyncRefused(f"没有和编码为 {code} 的站点配对。请先配对，或核对站点编码。", "not_paired")
        return found[0]
    parents = [p for p in peers if p.relation == "parent"]
    if len(parents) == 1:
        return parents[0]
    if len(peers) == 1:
        return peers[0]
    if not peers:
        raise SyncRefused("这台电脑还没有和任何站点配对，不能导出同步包。请先导入上级发来的配对文件。", "not_paired")
    raise SyncRefused("请选择同步包发给哪个站点（命令行用 --for 站点编码）。", "choose_peer")


# How high a station stands; an escalation "to the township" entitles the
# concern's own line up to and including its township, not the county above.
_LEVEL_RANK = {"hamlet": 0, "village": 1, "township": 2, "county": 3}


def _confidential_concerns() -> dict[str, int]:
    """concern id -> the highest level rank it was escalated to (0: not
    escalated), for the confidential concerns on this desk. An escalation
    recorded before it named a level asked the township (the level above)."""
    out = {}
    for cid, levels in db.execute_sql(
            "SELECT c.id, (SELECT group_concat(COALESCE(json_extract(e.data, '$.level'), 'township')) "
            "FROM concern_event e WHERE e.concern_id = c.id AND e.kind = 'escalation_requested') "
            "FROM concern c WHERE c.confidential = 1"):
        out[cid] = max([_LEVEL_RANK.get(x, 2) for x in (levels or "").split(",") if x], default=0)
    return out


def _entitled(receiver: str, owner: str, escalated_to: int, tree) -> bool:
    """Whether the desk of ``receiver`` may read a confidential concern of
    station ``owner`` escalated to level rank ``escalated_to``: its own
    station, and the stations above it up to that level."""
    if receiver == owner:
        return True
    return (escalated_to > 0 and receiver in _ancestors(owner, tree)
            and _LEVEL_RANK.get(tree.get(receiver, (None, ""))[1], 99) <= escalated_to)


@dataclass
class _Disclosure:
    """What this desk knows, at one export, about whose records are confidential."""
    concerns: dict[str, int]            # confidential concern id -> escalated-to rank
    event_concern: dict[str, str]       # event id -> its confidential concern
    villager_ties: dict[str, list[tuple[str, str]]]  # villager -> [(concern, owner station)]
    plain_villagers: set[str]           # villagers with some non-confidential concern


def _disclosure() -> _Disclosure:
    concerns = _confidential_concerns()
    event_concern = dict(db.execute_sql(
        "SELECT id, concern_id FROM concern_event WHERE concern_id IN (SELECT id FROM concern WHERE confidential = 1)"))
    ties: dict[str, list[tuple[str, str]]] = {}
    for villager, cid, owner in db.execute_sql(
            "SELECT c.villager_id, c.id, c.station_id FROM concern c WHERE c.confidential = 1 "
            "UNION SELECT vv.villager_id, c.id, c.station_id FROM concern c "
            "JOIN visit_visitor vv ON vv.visit_id = c.visit_id WHERE c.confidential = 1"):
        ties.setdefault(villager, []).append((cid, owner))
    plain = {v for (v,) in db.execute_sql("SELECT DISTINCT villager_id FROM concern WHERE confidential = 0")}
    return _Disclosure(concerns, event_concern, ties, plain)


def masked_name(name: str) -> str:
    """A villager's name as a desk that may not know it sees it: the surname
    and two stars (张三 → 张**)."""
    name = (name or "").strip()
    return (name[:1] + "**") if name else "**"


def _mask_villager(record: Record) -> Record:
    from models.concerns.villagers import masked_pinyin_keys

    fields = dict(record.fields)
    for name, sibs in record.fields.items():
        if name == "name":
            fields[name] = [[masked_name(s[0]), s[1], s[2], s[3], 1] for s in sibs]
        elif name in ("phone", "id_number"):
            fields[name] = [["", s[1], s[2], s[3], 1] for s in sibs]
    if "name" in record.fields:  # the pinyin would spell the name out
        initials, full = masked_pinyin_keys(record.value("name"))
        for name, value in (("pinyin_initials", initials), ("pinyin_full", full)):
            if name in fields:
                fields[name] = [[value, s[1], s[2], s[3], 1] for s in fields[name]]
    return Record(record.model, record.pk, record.partition, fields, record.vv)


def _villager_masked_for(villager: str, receiver: str, owner: str, tree, d: _Disclosure) -> bool:
    """A villager travels masked to a desk that may read none of the
    confidential concerns they are tied to (their own, or a visit's they came
    along on) — unless some non-confidential concern of theirs needs the name
    there. Their own station always has them in full."""
    ties = d.villager_ties.get(villager)
    if not ties or receiver == owner or villager in d.plain_villagers:
        return False
    return not any(_entitled(receiver, station, d.concerns.get(cid, 0), tree) for cid, station in ties)


def _redact_value(name: str, value):
    if name == "note":
        return ""
    if name == "data" and isinstance(value, str):
        try:
            data = json.loads(value)
        except ValueError:
            return value
        if isinstance(data, dict):
            data = _redact_dict(data)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)
    return value


def _redact_dict(data: dict) -> dict:
    out = {}
    for k, v in data.items():
        if k in _CONTENT_KEYS and isinstance(v, str):
            out[k] = REDACTED_TEXT if k == "summary" else ""
        elif k in _CONTENT_KEYS and isinstance(v, list):
            out[k] = []
        elif isinstance(v, dict):
            out[k] = _redact_dict(v)
        else:
            out[k] = v
    return out


def _for_receiver(record: Record, receiver: str, tree, d: _Disclosure) -> Record:
    """The record as the receiver may read it: a confidential concern's
    history travels in full only to its own station and, once escalated, up
    the line as far as the level asked to handle it; elsewhere its words are
    left out (the counts and dates still travel, so totals add up), and the
    villager it is about travels masked (姓 + **, no phone or ID number).
    A redacted value keeps the dot of the value it stands for, so that the
    full value, arriving later or earlier, wins over it (store.merge)."""
    if record.model == "villager":
        if _villager_masked_for(record.pk, receiver, record.partition, tree, d):
            return _mask_villager(record)
        return record
    if record.model != "concern_event":
        return record
    concern_id = d.event_concern.get(record.pk) or record.value("concern_id")
    if concern_id not in d.concerns:
        return record
    if _entitled(receiver, record.partition, d.concerns[concern_id], tree):
        return record
    fields = dict(record.fields)
    for name in ("note", "data"):
        if name in fields:
            fields[name] = [[_redact_value(name, s[0]), s[1], s[2], s[3], 1] for s in fields[name]]
    return Record(record.model, record.pk, record.partition, fields, record.vv)


# ----------------------------------------------------------------- pairing

def station_versions(ids: list[str]) -> list[list]:
    """At a parent desk making a pairing file: the versions of these station
    rows, to travel in the file (sync.pairing)."""
    _take_local_changes()
    out = []
    for sid in ids:
        record = store.load("station", sid)
        if record is not None:
            out.append(record.to_wire())
    return out


def adopt_station_versions(wire: list, own_id: str) -> None:
    """At a child desk joining its parent, inside the join's transaction: take
    the parent's versions of the station rows into the store, so that what
    this desk writes of them afterwards follows the parent's writes (and wins
    where it differs) instead of competing with them. Rows other than this
    desk's own keep the parent's creation time."""
    _identity_row()
    top = 0
    for item in wire:
        record = _check_record(item)
        if record.model != "station":
            continue
        store.save(store.merge(store.load("station", record.pk), record))
        top = max([top] + [s[1] for sibs in record.fields.values() for s in sibs])
        created = record.value("created_at")
        if record.pk != own_id and created:
            db.execute_sql("UPDATE station SET created_at = ? WHERE id = ?", (created, record.pk))
    db.execute_sql("UPDATE sync_identity SET lamport = MAX(lamport, ?) WHERE id = 1", (top,))


# ------------------------------------------------------------------ export

def export_package(folder, for_code: str | None = None, full: bool = False,
                   progress: Progress | None = None) -> ExportResult:
    """Write one package for a paired desk into ``folder`` and record the trip."""
    from models.station import data_age
    from models.station.stations import this_station

    from . import package

    access.require("sync.run")
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncRefused(f"找不到这个文件夹：{folder}。请插好U盘或选择一个文件夹。", "folder")
    me = this_station()
    if me is None:
        raise SyncRefused("这台电脑还没有设置站点。", "not_set_up")
    report = progress or (lambda done, total, text: None)
    with db.atomic():
        report(0, 100, "正在整理本机的新记录")
        peer = _peer_for(for_code)
        if peer.relation == "parent":  # how old this station's data is, read above (issue 17)
            data_age.stamp(me)
        instance = _take_local_changes()
        _, counter, _ = _identity_row()
        tree = _stations()
        partitions = _partitions_for(peer.station_id, tree)
        belief: dict = {} if full else json.loads(
            db.execute_sql("SELECT knows FROM sync_peer WHERE station_id = ?", (peer.station_id,)).fetchone()[0])
        wanted = _changed_since(partitions, belief)
        report(10, 100, "正在读取要发送的记录")
        disclosure = _disclosure()
        wire, counts = [], {}
        total = sum(len(v) for v in wanted.values()) or 1
        done = 0
        for model in SYNCED_TABLES:
            pks = sorted(wanted.get(model, ()))
            if not pks:
                continue
            for pk, record in sorted(store.load_many(model, pks).items()):
                wire.append(_for_receiver(record, peer.station_id, tree, disclosure).to_wire())
                counts[model] = counts.get(model, 0) + 1
            done += len(pks)
            report(10 + 70 * done // total, 100, f"正在打包：{MODEL_LABELS.get(model, model)}")
        payload = zlib.compress(json.dumps({"format": PAYLOAD_FORMAT, "records": wire},
                                           ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 9)
        seq = db.execute_sql("SELECT sent_seq FROM sync_peer WHERE station_id = ?",
                             (peer.station_id,)).fetchone()[0] + 1
        body = {"knows": _knowledge(partitions, instance, counter), "counts": counts,
                "records": len(wire), "full": bool(full), "seq": seq,
                **lineage.body_fields(peer.station_id)}
        report(85, 100, "正在加密并写入")
        path = package.write_package(folder, peer.station_id, body, payload)
        size = path.stat().st_size
        db.execute_sql("UPDATE sync_peer SET sent_seq = ? WHERE station_id = ?", (seq, peer.station_id))
        _record_trip("export", None, peer.station_id, peer.code, peer.name, path, size, full, counts,
                     "exported", f"共 {len(wire)} 条记录")
    report(100, 100, "完成")
    return ExportResult(path, peer.name, peer.code, counts, len(wire), size, bool(full))


def _changed_since(partitions: list[str], belief: dict) -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {}
    for p in partitions:
        known = belief.get(p, {})
        instances = [r[0] for r in db.execute_sql(
            "SELECT DISTINCT instance FROM sync_dot WHERE partition = ?", (p,))]
        for inst in instances:
            for model, pk in db.execute_sql(
                    "SELECT model, pk FROM sync_dot WHERE partition = ? AND instance = ? AND counter > ?",
                    (p, inst, int(known.get(inst, 0)))):
                wanted.setdefault(model, set()).add(pk)
    return wanted


def _record_trip(direction, package_id, peer_id, peer_code, peer_name, path: Path, size, full,
                 counts, status, message, digest: str | None = None) -> None:
    """One row of the trip history; ``digest`` is the package's SHA-256 as
    checked on import (an export's file is hashed as written)."""
    import hashlib

    now = local_now()
    if digest is None:
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""
    db.execute_sql(
        "INSERT INTO sync_trip (id, direction, package_id, peer_station_id, peer_code, peer_name, "
        "file_name, sha256, size, at_utc, local_date, full, counts, status, message, staff_name) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uuid.uuid4().hex, direction, package_id, peer_id, peer_code, peer_name, path.name, digest,
         size, to_utc(now), now.date().isoformat(), int(bool(full)),
         json.dumps(counts, ensure_ascii=False, sort_keys=True), status, message, access.current().name))


# ------------------------------------------------------------------ import

def _decode(opened) -> list[Record]:
    try:
        data = json.loads(zlib.decompress(opened.payload).decode("utf-8"))
    except (zlib.error, ValueError, UnicodeDecodeError):
        raise SyncRefused("同步包的内容读不出来，可能已经损坏。请让对方重新导出一份。", "payload") from None
    if not isinstance(data, dict) or data.get("format") != PAYLOAD_FORMAT:
        raise SyncRefused("同步包的内容格式不认识，请把两边的软件升级到同一版本。", "format")
    records = []
    for item in data.get("records", []):
        records.append(_check_record(item))
    return records


_WIRE_COLUMNS: dict[str, frozenset[str]] = {}


def _check_record(item) -> Record:
    bad = SyncRefused("同步包里有一条记录格式不对，整个包没有导入。请让对方重新导出一份。", "record")
    if not (type(item) is list and len(item) == 5):
        raise bad
    model, pk, partition, fields, vv = item
    if model not in PARTITION_SQL or not isinstance(pk, str) or not pk or not isinstance(partition, str):
        raise bad
    if not isinstance(vv, dict) or not vv:
        raise bad
    for k, v in vv.items():
        if not (isinstance(k, str) and type(v) is int and v > 0):
            raise bad
    if not isinstance(fields, dict) or not fields:
        raise bad
    cols = _WIRE_COLUMNS.get(model)
    if cols is None:
        cols = _WIRE_COLUMNS[model] = frozenset(store.columns(model)) | {DELETED}
    for name, sibs in fields.items():
        if name not in cols or type(sibs) is not list or not sibs:
            raise bad
        for s in sibs:
            if not (type(s) is list and 4 <= len(s) <= 5 and type(s[1]) is int
                    and isinstance(s[2], str) and type(s[3]) is int):
                raise bad
            if vv.get(s[2], 0) < s[3]:
                raise bad
    if "id" in fields and store.winner(fields["id"])[0] != pk:
        raise bad
    return Record(model, pk, partition, fields, vv)


def import_package(path, dry_run: bool = False, progress: Progress | None = None) -> ImportResult:
    """Import one package (or, with ``dry_run``, say what importing it would do)."""
    from . import package, peers

    access.require("sync.run")
    path = Path(path)
    report = progress or (lambda done, total, text: None)
    report(0, 100, "正在核对同步包")
    opened = package.open_package(path)
    manifest = opened.manifest
    sender = manifest["sender"]
    result = ImportResult(sender.get("name", ""), sender.get("code", ""), manifest.get("created", ""), path=path)
    records = _decode(opened)
    result.already_imported = db.execute_sql(
        "SELECT 1 FROM sync_trip WHERE package_id = ? AND direction = 'import' AND status = 'applied'",
        (manifest["package_id"],)).fetchone() is not None
    try:
        with db.atomic():
            db.execute_sql("PRAGMA defer_foreign_keys = ON")
            peers.confirm_first_contact(opened)
            lineage.check_not_cloned(opened, sender.get("name", ""))
            _apply(records, sender["station_id"], manifest, result, report, opened.sha256)
            lineage.record_received(opened, sender["station_id"])
            if dry_run:
                raise _DryRun
            _record_trip("import", manifest["package_id"], sender["station_id"], sender.get("code", ""),
                         sender.get("name", ""), path, opened.size, manifest.get("full", False),
                         {"new": result.new, "updated": result.updated, "conflicts": result.conflicts},
                         "applied", result.summary(), digest=opened.sha256)
    except _DryRun:
        pass
    except SyncRefused as refused:
        if refused.reason == "case_number" and not dry_run:
            # the package is genuine: what it says of its sender still holds,
            # so that this desk's next package gives the sender what it lacks
            with db.atomic():
                lineage.update_belief(sender["station_id"], manifest.get("knows", {}),
                                      lineage.note_sender(sender["station_id"], manifest))
        raise
    except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:
        raise SyncRefused(
            f"同步包里的记录和本机已有的记录冲突（{exc}），整个包没有导入，本机数据没有改动。"
            "请把这句话告诉乡镇的技术人员。", "integrity") from None
    result.renumbered = list(_RENUMBERED)
    result.applied = not dry_run
    report(100, 100, "完成")
    return result


def _apply(records: list[Record], sender_id: str, manifest: dict, result: ImportResult,
           report: Progress, digest: str = "") -> None:
    from models.station.stations import this_station

    me = this_station()
    instance = _take_local_changes()
    tree = _stations()
    for rec in records:  # stations the package introduces (a new hamlet point) count too
        if rec.model == "station" and rec.pk not in tree and not rec.deleted:
            tree[rec.pk] = (rec.value("parent_id"), rec.value("level"))
    # The directory first, so that the sender's rights are judged on the newest tree.
    rank = {m: i for i, m in enumerate(SYNCED_TABLES)}
    records.sort(key=lambda r: (rank[r.model], r.pk))
    from . import peers

    peer = peers.peer(sender_id)
    if peer is None:
        raise SyncRefused("这个同步包来自没有配对的站点，没有导入。", "not_paired")
    if manifest["sender"].get("instance_id") == instance:
        raise SyncRefused("这个同步包是用本机数据文件的一份拷贝做的（两台电脑用着同一份数据），没有导入。"
                          "请核对是哪台电脑做的这个包。", "cloned_desk")
    belief = lineage.note_sender(sender_id, manifest)  # a peer that went back in time
    max_lamport = 0
    by_model: dict[str, list[Record]] = {}
    for rec in records:
        if _not_theirs_to_change(peer.relation, sender_id, rec, tree):
            result.unchanged += 1
            continue
        if not _sender_may_write(peer.relation, sender_id, me.id, rec.partition, tree):
            raise SyncRefused(
                f"同步包里有不属于{peer.name}的数据（{MODEL_LABELS.get(rec.model, rec.model)}），"
                "可能被改动过，整个包没有导入。", "partition")
        by_model.setdefault(rec.model, []).append(rec)
    # Set-based: per table, the local versions in one query per 500 keys, the
    # merge in memory, the merged records stored with one statement each.
    changed: dict[str, list[Record]] = {}
    total = len(records) or 1
    done = 0
    for model in SYNCED_TABLES:
        recs = by_model.get(model)
        if not recs:
            continue
        current = store.load_many(model, [r.pk for r in recs])
        existed = set(current)
        merged_here: dict[str, Record] = {}
        for rec in recs:
            local = current.get(rec.pk)
            if store.same_dot_clash(local, rec):
                raise SyncRefused(
                    f"同步包里的记录和本机的记录出自同一台电脑的编号，内容却不同（{MODEL_LABELS.get(rec.model, rec.model)}）："
                    f"很可能{peer.name}的数据文件被拷到了另一台电脑上，两台都在用。整个包没有导入。"
                    "请打电话核对对方用的是哪台电脑；换电脑要由上级重新配对。", "cloned_desk")
            # a record new here is the incoming one as it is (decoded for this import alone)
            merged = rec if local is None else store.merge(local, rec)
            for sibs in rec.fields.values():
                for sib in sibs:
                    if sib[1] > max_lamport:
                        max_lamport = sib[1]
            if merged.same_state(local):
                result.unchanged += 1
                continue
            if local is None:
                result.new[model] = result.new.get(model, 0) + 1
            else:
                result.updated[model] = result.updated.get(model, 0) + 1
            if merged.conflicted and (local is None or _conflict_count(merged) > _conflict_count(local)):
                result.conflicts += _conflict_count(merged) - (_conflict_count(local) if local else 0)
            current[rec.pk] = merged_here[rec.pk] = merged
        store.save_many(list(merged_here.values()), existed)
        if merged_here:
            changed[model] = list(merged_here.values())
        done += len(recs)
        report(5 + 60 * done // total, 100, "正在合并记录")
    report(65, 100, "正在写入本机")
    # The rows the package writes (and the states recomputed from them) go into
    # the audit chain as one entry: the package's digest and each row's image
    # digest (models.safety.audit.begin_batch).
    batch = audit.begin_batch(SYNCED_TABLES)
    _materialize(changed)
    _refuse_rows_outside(changed, peer, sender_id, me.id, tree)
    report(85, 100, "正在重新计算关切的状态")
    try:
        _reproject(changed)
    except Exception:
        _refuse_missing_parents()  # a concern without its villager or visit cannot be recomputed
        raise
    _refuse_missing_parents()
    audit.end_batch(batch, manifest["package_id"],
                    {"package": digest, "sender": manifest["sender"].get("code", ""),
                     "sender_name": manifest["sender"].get("name", "")})
    db.execute_sql("DELETE FROM sync_dirty")  # rows written here are already in the store
    for model, pk in _SET_ASIDE:  # ... except rows set aside for a same-key row: deleted, and told
        db.execute_sql("INSERT OR IGNORE INTO sync_dirty (model, pk) VALUES (?, ?)", (model, pk))
    _SET_ASIDE.clear()
    # what we now hold (only from a package made for this desk as it is now:
    # one made for it before its restore left out what the lost copy had) ...
    for part, per in (manifest.get("knows", {}).items()
                      if lineage.trusts_knowledge(manifest, instance) else ()):
        if not may_hold(me.id, part, tree):
            continue
        for inst, counter in per.items():
            if inst == instance:
                continue
            db.execute_sql(
                "INSERT INTO sync_knowledge (partition, instance, counter) VALUES (?, ?, ?) "
                "ON CONFLICT (partition, instance) DO UPDATE SET counter = MAX(counter, excluded.counter)",
                (part, inst, int(counter)))
    # ... and what the sender holds, for our next package to it
    lineage.update_belief(sender_id, manifest.get("knows", {}), belief)
    db.execute_sql("UPDATE sync_peer SET received_seq = MAX(received_seq, ?) WHERE station_id = ?",
                   (int(manifest.get("seq", 0)), sender_id))
    db.execute_sql("UPDATE sync_identity SET lamport = MAX(lamport, ?) WHERE id = 1", (max_lamport,))


def _refuse_rows_outside(changed: dict[str, list[Record]], peer, sender_id: str, me: str,
                         tree) -> None:
    """The sender's rights judged on the rows as written, not only on the
    records' labels: a record labelled with the sender's own partition whose
    row names another village (its ``station_id``, or its parent row's) is
    refused like one labelled so."""
    for model, recs in changed.items():
        if PARTITION_SQL[model] == f"'{PUBLIC}'":
            continue
        pks = [r.pk for r in recs if not r.deleted]
        for i in range(0, len(pks), 500):
            chunk = pks[i:i + 500]
            for (partition,) in db.execute_sql(
                    f'SELECT DISTINCT {PARTITION_SQL[model]} FROM "{model}" r '
                    f'WHERE r.id IN ({", ".join("?" * len(chunk))})', chunk):
                # no partition: its parent row is missing, which the foreign-key check says
                if partition is not None and not _sender_may_write(peer.relation, sender_id, me,
                                                                   partition, tree):
                    raise SyncRefused(
                        f"同步包里有不属于{peer.name}的数据（{MODEL_LABELS.get(model, model)}），"
                        "可能被改动过，整个包没有导入。", "partition")


def _refuse_missing_parents() -> None:
    problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        table = problems[0][0]
        raise SyncRefused(
            f"同步包里的记录缺少它所依赖的记录（{MODEL_LABELS.get(table, table)}），整个包没有导入。"
            "请让对方选“全部重新发送”再导出一份。", "missing_parent")


def _conflict_count(record: Record) -> int:
    return sum(store.distinct_values(s) - 1 for s in record.fields.values())


def _not_theirs_to_change(relation: str, sender: str, rec: Record, tree) -> bool:
    """The station directory comes down from above: a child's copy of a
    station row, or of a staff member, outside its own subtree is left out
    (it holds them only because they came down; an edit made there is not
    taken up). Holidays are shared by every desk and are taken from anyone."""
    if relation != "child" or rec.partition != PUBLIC:
        return False
    if rec.model == "station":
        return not _in_subtree(rec.pk, sender, tree)
    if rec.model == "staff":
        station = rec.value("station_id")
        return not (station and _in_subtree(station, sender, tree))
    return False


def _sender_may_write(relation: str, sender: str, me: str, partition: str, tree) -> bool:
    if partition == PUBLIC:
        return True
    if relation == "child":
        return _in_subtree(partition, sender, tree)
    return may_hold(me, partition, tree)


# ------------------------------------------------------- rows from records

def _materialize(changed: dict[str, list[Record]]) -> None:
    _SET_ASIDE.clear()
    _RENUMBERED.clear()
    _REINDEX.clear()
    # deletions first, so that a row deleted by the package never sets aside
    # a row the package brings for the same day or code
    for model in SYNCED_TABLES:
        gone = [(rec.pk,) for rec in changed.get(model, ()) if rec.deleted]
        if gone:
            db.connection().executemany(f'DELETE FROM "{model}" WHERE id = ?', gone)
    for model in SYNCED_TABLES:
        recs = [rec for rec in changed.get(model, ()) if not rec.deleted]
        if not recs:
            continue
        if model in _NATURAL_KEYS:  # the directory's small tables: row by row, each key checked
            for rec in recs:
                _write_row(rec)
        else:
            _write_rows(model, recs)


_NATURAL_KEYS = {"holiday_day": ("day",), "station": ("code",)}


def _row_values(rec: Record) -> dict:
    out = {}
    for name, sibs in rec.fields.items():
        if name != DELETED:
            value = sibs[0][0] if len(sibs) == 1 else store.winner(sibs)[0]
            out[name] = store.from_json_value(value) if type(value) is dict else value
    return out


def _existing_rows(model: str, pks: list[str]) -> dict[str, dict]:
    cols = store.columns(model)
    select = ", ".join(f'"{c}"' for c in cols)
    out: dict[str, dict] = {}
    for i in range(0, len(pks), 500):
        chunk = pks[i:i + 500]
        for row in db.execute_sql(f'SELECT {select} FROM "{model}" WHERE id IN ({", ".join("?" * len(chunk))})',
                                  chunk):
            values = dict(zip(cols, row))
            out[values["id"]] = values
    return out


def _next_event_seqs(concern_ids: list[str]) -> dict[str, int]:
    """The next free event number of each of these concerns here."""
    out: dict[str, int] = {}
    for i in range(0, len(concern_ids), 500):
        chunk = concern_ids[i:i + 500]
        out.update(db.execute_sql(
            "SELECT concern_id, MAX(seq) + 1 FROM concern_event "
            f"WHERE concern_id IN ({', '.join('?' * len(chunk))}) GROUP BY concern_id", chunk).fetchall())
    return out


def _write_rows(model: str, recs: list[Record]) -> None:
    """The rows of these (merged, not deleted) records of one table, written
    in bulk: the new rows with one INSERT per set of columns, the changed
    columns of existing rows with one UPDATE per set of columns."""
    existing = _existing_rows(model, [r.pk for r in recs])
    inserts: dict[tuple, list[list]] = {}
    updates: dict[tuple, list[list]] = {}
    new_values: list[dict] = []
    for rec in recs:
        values = _row_values(rec)
        current = existing.get(rec.pk)
        if current is None:
            new_values.append(values)
            continue
        diff = tuple(c for c, v in values.items() if c in current and current[c] != v)
        if diff:
            updates.setdefault(diff, []).append([values[c] for c in diff] + [rec.pk])
    if model == "concern" and new_values:
        _case_number_clashes(new_values)
    if model == "concern_event" and new_values:
        seqs = _next_event_seqs(sorted({v["concern_id"] for v in new_values}))
    placeholders = _PLACEHOLDERS.get(model, {})
    for values in new_values:
        if placeholders:
            values = {**placeholders, **values}
        if model == "concern_event":
            concern_id = values["concern_id"]
            values["seq"] = seqs.get(concern_id) or 1
            seqs[concern_id] = values["seq"] + 1
        inserts.setdefault(tuple(values), []).append(list(values.values()))
    cursor = db.connection()
    if updates and model in _APPEND_ONLY:  # a history first received redacted, now in full
        db.execute_sql(f"DROP TRIGGER {model}_append_only_u")
    for cols, rows in updates.items():
        sets = ", ".join(f'"{c}" = ?' for c in cols)
        cursor.executemany(f'UPDATE "{model}" SET {sets} WHERE id = ?', rows)
    if updates and model in _APPEND_ONLY:
        db.execute_sql(_APPEND_ONLY[model])
    for cols, rows in inserts.items():
        cursor.executemany(
            f'INSERT INTO "{model}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
            f'VALUES ({", ".join("?" * len(cols))})', rows)


def _case_number_clashes(new_values: list[dict]) -> None:
    """``_case_number_clash`` for every new concern of an import, against the
    concerns here and the new ones before it, in one read per station and year."""
    taken: dict[tuple, str] = {}
    for station_id, year in sorted({(v.get("station_id"), v.get("year")) for v in new_values},
                                   key=repr):
        for cid, seq in db.execute_sql("SELECT id, seq FROM concern WHERE station_id = ? AND year = ?",
                                       (station_id, year)):
            taken[(station_id, year, seq)] = cid
    arriving: dict[tuple, int] = {}  # the highest number the new concerns bring, per station and year
    for values in new_values:
        key = (values.get("station_id"), values.get("year"))
        arriving[key] = max(arriving.get(key, 0), values.get("seq") or 0)
    for values in new_values:
        key = (values.get("station_id"), values.get("year"), values.get("seq"))
        other = taken.get(key)
        if other is not None and other != values.get("id"):
            seq = _case_number_clash(values["id"], values, other, arriving[key[:2]])
            if seq is not None:  # the local one took the next free number
                taken[(key[0], key[1], seq)] = other
        taken[key] = values.get("id")


# Rows set aside by _natural_key_clash during an import: this desk deletes
# them as its own change (sent on the next trip), so that a row set aside
# here never stands again on a desk that still has it.
_SET_ASIDE: list[tuple[str, str]] = []


_PLACEHOLDERS = {
    "concern": {"function": "", "rule": "", "summary": "", "details": "", "confidential": 0,
                "current_step": "reception", "outcome": "pending", "event_count": 0},
}

_APPEND_ONLY = {
    "concern_event": "CREATE TRIGGER concern_event_append_only_u BEFORE UPDATE ON concern_event\n"
                     "BEGIN SELECT RAISE(ABORT, 'concern events are append-only'); END;",
}


def _write_row(rec: Record) -> None:
    model = rec.model
    exists = db.execute_sql(f'SELECT 1 FROM "{model}" WHERE id = ?', (rec.pk,)).fetchone() is not None
    if rec.deleted:
        if exists:
            db.execute_sql(f'DELETE FROM "{model}" WHERE id = ?', (rec.pk,))
        return
    values = {name: store.from_json_value(rec.value(name)) for name in rec.fields if name != DELETED}
    if not exists:
        if _natural_key_clash(model, rec.pk, values):
            return
        if model == "concern":
            _case_number_clash(rec.pk, values)
        values = {**_PLACEHOLDERS.get(model, {}), **values}
        if model == "concern_event":
            values["seq"] = db.execute_sql(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM concern_event WHERE concern_id = ?",
                (values["concern_id"],)).fetchone()[0]
        cols = list(values)
        db.execute_sql(
            f'INSERT INTO "{model}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
            f'VALUES ({", ".join("?" * len(cols))})', [values[c] for c in cols])
        return
    current = dict(zip(
        store.columns(model),
        db.execute_sql(f'SELECT {", ".join(chr(34) + c + chr(34) for c in store.columns(model))} '
                       f'FROM "{model}" WHERE id = ?', (rec.pk,)).fetchone()))
    diff = {c: v for c, v in values.items() if c in current and current[c] != v}
    if not diff:
        return
    sets = ", ".join(f'"{c}" = ?' for c in diff)
    if model in _APPEND_ONLY:  # a history first received redacted, now in full
        db.execute_sql(f"DROP TRIGGER {model}_append_only_u")
        db.execute_sql(f'UPDATE "{model}" SET {sets} WHERE id = ?', [*diff.values(), rec.pk])
        db.execute_sql(_APPEND_ONLY[model])
        return
    db.execute_sql(f'UPDATE "{model}" SET {sets} WHERE id = ?', [*diff.values(), rec.pk])


# This desk's own concerns renumbered during an import: (old, new) case numbers.
_RENUMBERED: list[tuple[str, str]] = []


def _case_number_clash(pk: str, values: dict, other_id: str | None = None,
                       at_least: int = 0) -> int | None:
    """A concern arriving with a case number another concern here already
    has. At the station's own desk the local one is the one issued twice (a
    restored desk numbering again what its lost copy had sent up): it takes
    the next free number, as this desk's own change. Anywhere else: refused,
    with what to do."""
    from models.concerns.workflow import format_case_number
    from models.station.stations import this_station

    if other_id is not None:  # found already (an import's new concerns, checked together)
        other = db.execute_sql("SELECT id, case_number, summary FROM concern WHERE id = ?",
                               (other_id,)).fetchone()
    else:
        other = db.execute_sql(
            "SELECT id, case_number, summary FROM concern WHERE station_id = ? AND year = ? AND seq = ? "
            "AND id <> ?", (values.get("station_id"), values.get("year"), values.get("seq"), pk)).fetchone()
    if other is None:
        return None
    me = this_station()
    station_id, year = values["station_id"], values["year"]
    if me is not None and me.id == station_id:
        top = db.execute_sql(
            "SELECT MAX(s) FROM (SELECT MAX(seq) AS s FROM concern WHERE station_id = ? AND year = ? "
            "UNION ALL SELECT seq FROM case_number_floor WHERE station_id = ? AND year = ? "
            "UNION ALL SELECT ?)", (station_id, year, station_id, year,
                                     max(values["seq"], at_least))).fetchone()[0]
        number = format_case_number(year, top + 1)
        db.execute_sql("UPDATE concern SET seq = ?, case_number = ? WHERE id = ?", (top + 1, number, other[0]))
        _RENUMBERED.append((other[1], number))
        _SET_ASIDE.append(("concern", other[0]))  # marked changed again: the new number travels
        _REINDEX.append(other[0])
        return top + 1
    name = db.execute_sql("SELECT name FROM station WHERE id = ?", (station_id,)).fetchone()
    who = name[0] if name else "对方站点"
    raise SyncRefused(
        f"同步包里的关切 {values.get('case_number')} 和本机已有的另一件关切（{other[1]}，“{other[2][:20]}”）"
        f"编号相同：{who}恢复过备份以后又用了这个编号。整个包没有导入，本机数据没有改动。"
        f"请先把本站导出的同步包带到{who}导入（它会收回恢复时丢失的关切，并给重号的关切改号），"
        "再让它导出一个同步包带回来导入。", "case_number")


_REINDEX: list[str] = []


def _natural_key_clash(model: str, pk: str, values: dict) -> bool:
    """Two desks made the same thing separately (a holiday entered by hand at
    the village and sent down by the township): the row with the smaller id
    stands on every desk. True if the incoming row is the one set aside."""
    key = _NATURAL_KEYS.get(model)
    if not key:
        return False
    where = " AND ".join(f'"{k}" = ?' for k in key)
    other = db.execute_sql(f'SELECT id FROM "{model}" WHERE {where} AND id <> ?',
                           [values.get(k) for k in key] + [pk]).fetchone()
    if other is None:
        return False
    if model == "station":
        raise SyncRefused(
            f"同步包里的站点编码 {values.get('code')} 在本机已经属于另一个站点，整个包没有导入。"
            "请核对两边的站点编码。", "station_code")
    if other[0] < pk:
        _SET_ASIDE.append((model, pk))
        return True
    db.execute_sql(f'DELETE FROM "{model}" WHERE id = ?', (other[0],))
    _SET_ASIDE.append((model, other[0]))
    return False


def _reproject(changed: dict[str, list[Record]]) -> None:
    from models.concerns import workflow

    ids = {r.pk for r in changed.get("concern", ())}
    ids |= {r.value("concern_id") for r in changed.get("concern_event", ())}
    ids = sorted(i for i in ids if i)
    registered: set[str] = set()  # concerns here with their 'registered' event, as before
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        registered.update(cid for (cid,) in db.execute_sql(
            "SELECT DISTINCT e.concern_id FROM concern_event e JOIN concern c ON c.id = e.concern_id "
            f"WHERE e.kind = 'registered' AND e.concern_id IN ({', '.join('?' * len(chunk))})",
            chunk).fetchall())
    workflow.project_many([cid for cid in ids if cid in registered])
    if _REINDEX:  # this desk's concerns renumbered: their search text names the new number
        from models.concerns import search

        search.reindex_many(sorted(set(_REINDEX) - set(ids)))


# ------------------------------------------------------------------ history

def history(limit: int | None = None) -> list[Trip]:
    """Every trip made at this desk, newest first."""
    return trips(limit=limit)


FIELD_LABELS = {"name": "名称/姓名", "phone": "电话", "address": "地址", "id_number": "身份证号",
                "hamlet_id": "所在屯", "opening_hours": "开放时间", "role": "职务", "active": "在岗",
                "full_time": "专职", "note": "备注", "status": "状态", "day": "日期", "kind": "类别",
                "state": "情况", "level": "级别", "parent_id": "上级站点", DELETED: "删除"}


@dataclass
class Conflict:
    model: str
    pk: str
    field: str
    shown: object
    others: list
    label: str          # what a cadre calls the record: 村民 张三, 关切 2026-0042

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


_NAMED_BY = {"station": "name", "staff": "name", "villager": "name", "supervisor": "name",
             "concern": "case_number", "holiday_day": "day", "appointment": "official_name"}


def _describe(model: str, pk: str) -> str:
    """What a cadre calls the record: 村民 张三, 关切 2026-0042, 站点 那堪村…"""
    label = MODEL_LABELS.get(model, model)
    column = _NAMED_BY.get(model)
    if column:
        row = db.execute_sql(f'SELECT "{column}" FROM "{model}" WHERE id = ?', (pk,)).fetchone()
        if row and row[0]:
            return f"{label} {row[0]}"
    return f"{label} {pk[:8]}"


def conflicts() -> list[Conflict]:
    """Fields changed on two desks without either seeing the other's change:
    the value shown on every desk, and the values set aside (kept, never lost)."""
    out = []
    for model, pk, partition, fields, vv in db.execute_sql(
            "SELECT model, pk, partition, fields, vv FROM sync_record WHERE conflicted = 1 ORDER BY model, pk"):
        rec = Record(model, pk, partition, json.loads(fields), json.loads(vv))
        for name, sibs in sorted(rec.fields.items()):
            if store.distinct_values(sibs) < 2:
                continue
            win = store.winner(sibs)
            others = []
            for s in sorted(sibs, key=store.order_key, reverse=True):
                if s[0] != win[0] and s[0] not in others:
                    others.append(s[0])
            out.append(Conflict(model, pk, name, win[0], others, _describe(model, pk)))
    return out
