"""The sync engine's own refusals, each made to happen with real desks
(tests/sync_desks.py: real SQLite files, real signed and encrypted packages)
and shown to change nothing at the receiving desk:

- ``partition``: a child may only send records of its own subtree, a parent
  only records the child may hold — what keeps one village out of another's
  data, judged on the record's label and on the row it writes;
- ``missing_parent``: a record whose parent row (its concern, visit,
  villager) is neither in the package nor on the desk;
- ``station_code``: a station row whose code already names another station;
- ``format``: a payload (or a file) of another format.

A tampered package reaches the engine's checks only if it passes the
envelope's (checksum, signature, encryption): so it is opened at the
receiver, changed, and written again with ``package.write_package`` at the
sender — signed with the sender's own keys, as a desk running altered
software, or whoever sits at the sender's PC, could make it. The genuine
package imports afterwards: the refusal was the change's, nothing else's.

And a restore followed by a sync: the restored desk takes a new sync
instance id (``sync.identity.after_restore``, as the restore command and the
backup screen do) and what it registers afterwards reaches the township.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import re
import sqlite3
import struct
import subprocess
import sys
import uuid
import zlib
from pathlib import Path

import peewee
import pytest

from models.core import clock
from sync import engine
from sync.errors import PackageRefused

from . import sync_desks as sd
from .conftest import ROOT

AFTERNOON = dt.datetime(2026, 11, 20, 15, 0)  # the desks' clock, running on (no midnight mid-test)
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    """A township and two villages, set up and paired once for the module."""
    clock.set_now(AFTERNOON, ticking=True)
    try:
        desks = sd.build_network(tmp_path_factory.mktemp("paired"), villages=2)
    finally:
        clock.set_now(None)
    yield desks
    sd.close()


@pytest.fixture
def desks(network, tmp_path):
    """A private copy of the paired desks: (township, village 1, village 2, stick)."""
    clock.set_now(AFTERNOON, ticking=True)
    township, v1, v2 = sd.copy_network(network, tmp_path / "desks")
    stick = tmp_path / "stick"
    stick.mkdir()
    yield township, v1, v2, stick
    sd.close()
    clock.set_now(None)


# ------------------------------------------------------------------ helpers

def register(desk: sd.Desk, person: str, summary: str, phone: str = "13912345678"):
    """A walk-in visit with one concern, as the intake form saves it; the concern."""
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput

    me = desk.station()
    villager = villagers.register_villager(me, person, phone)
    _, (concern,) = intake.receive_visit(me, "walk_in", [villager], [ConcernInput(
        villager, "proxy_service", "time_limited", summary,
        deadline=clock.today() + dt.timedelta(days=7))])
    return concern


def opened_payload(receiver: sd.Desk, path: Path) -> tuple[dict, dict]:
    """(manifest, decoded payload) of a package, opened at its receiver."""
    from sync import package

    receiver.open()
    opened = package.open_package(path)
    return opened.manifest, json.loads(zlib.decompress(opened.payload).decode("utf-8"))


def resigned(sender: sd.Desk, receiver: sd.Desk, manifest: dict, data, folder: Path) -> Path:
    """The package again, with ``data`` as its payload, written and signed at
    the sender with the sender's own keys (no trip recorded there)."""
    from sync import package

    folder.mkdir(parents=True, exist_ok=True)
    body = {k: v for k, v in manifest.items() if k not in package.RESERVED}
    payload = zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 9)
    sender.open()
    return package.write_package(folder, receiver.station_id, body, payload)


def tampered(sender: sd.Desk, receiver: sd.Desk, stick: Path, edit) -> tuple[Path, Path]:
    """(genuine, tampered): a real package from ``sender`` for ``receiver``,
    and a copy whose decoded payload ``edit`` changed in place, re-signed."""
    genuine = sd.export(sender, receiver, stick)
    manifest, data = opened_payload(receiver, genuine)
    edit(data)
    return genuine, resigned(sender, receiver, manifest, data, stick / "tampered")


def assert_plain_chinese(message: str, file_name: str = "") -> None:
    """A sentence for a cadre: Chinese, no programmer's words (table names,
    exception text); digits of a station code, and the package's own file
    name, may appear."""
    assert CHINESE.search(message), message
    assert not re.search(r"[A-Za-z_]", message.replace(file_name, "") if file_name else message), message


def assert_refused(desk: sd.Desk, path: Path, reason: str, error=engine.SyncRefused):
    """Importing ``path`` at ``desk`` (the preview and the import itself) is
    refused for ``reason`` in plain Chinese, and the desk's database is
    exactly as it was: every row of every table."""
    desk.open()
    counts, digest = sd.table_counts(desk), sd.content_digest(desk)
    for dry_run in (True, False):
        with pytest.raises(error) as info:
            sd.do_import(desk, path, dry_run=dry_run)
        assert info.value.reason == reason, (info.value.reason, info.value.message)
        assert_plain_chinese(info.value.message, Path(path).name)
        assert sd.table_counts(desk) == counts
        assert sd.content_digest(desk) == digest
    return info.value


def records_of(data: dict, model: str) -> list[list]:
    return [r for r in data["records"] if r[0] == model]


def retarget(record: list, pk: str, **values) -> list:
    """A copy of a wire record under a new id, its fields' values replaced
    (every sibling keeps its dot: the sender's own writes)."""
    out = copy.deepcopy(record)
    out[1] = pk
    for name, value in {"id": pk, **values}.items():
        out[3][name] = [[value, *s[1:]] for s in out[3][name]]
    return out


def row(desk: sd.Desk, table: str, pk: str):
    from models.core.db import db

    desk.open()
    return db.execute_sql(f'SELECT * FROM "{table}" WHERE id = ?', (pk,)).fetchone()


# ------------------------------------------------------------------ partition

def test_a_village_cannot_send_records_of_its_sibling_village(desks):
    """A villager (and a visit) of village 2, in village 1's package: the
    whole package is refused at the township."""
    township, v1, v2, stick = desks
    register(v1, "韦明", "路灯坏了")
    planted = uuid.uuid4().hex

    def plant(data):
        villager = records_of(data, "villager")[0]
        forged = retarget(villager, planted, station_id=v2.station_id, name="冒名村民")
        forged[2] = v2.station_id
        data["records"].append(forged)

    genuine, forged = tampered(v1, township, stick, plant)
    refusal = assert_refused(township, forged, "partition")
    assert v1.name in refusal.message and "整个包没有导入" in refusal.message
    assert row(township, "villager", planted) is None
    sd.do_import(township, genuine)  # the same package untouched goes in
    assert row(township, "villager", planted) is None


def test_a_record_labelled_as_the_senders_but_written_into_another_village_is_refused(desks):
    """The label says village 1, the row says village 2: the rights are
    judged on the row as it would be written, not only on the label."""
    township, v1, v2, stick = desks
    concern = register(v1, "韦明", "路灯坏了")
    planted = uuid.uuid4().hex

    def plant(data):
        villager = records_of(data, "villager")[0]
        data["records"].append(retarget(villager, planted, station_id=v2.station_id, name="冒名村民"))

    genuine, forged = tampered(v1, township, stick, plant)
    assert_refused(township, forged, "partition")
    assert row(township, "villager", planted) is None
    sd.do_import(township, genuine)
    assert row(township, "concern", concern.id) is not None


def test_the_township_cannot_send_a_village_another_villages_records(desks):
    """The township holds village 2's villagers; a package for village 1
    carrying one is refused there, and village 1 never holds it."""
    from sync import store

    township, v1, v2, stick = desks
    secret = register(v2, "黄兰", "家里的事", phone="13900000002")
    sd.trip(v2, township, stick)
    township.open()
    theirs = [store.load(m, pk).to_wire() for m, pk in (("villager", secret.villager_id),
                                                        ("visit", secret.visit_id),
                                                        ("concern", secret.id))]
    genuine, forged = tampered(township, v1, stick, lambda data: data["records"].extend(theirs))
    refusal = assert_refused(v1, forged, "partition")
    assert township.name in refusal.message
    sd.do_import(v1, genuine)
    assert row(v1, "villager", secret.villager_id) is None
    assert row(v1, "concern", secret.id) is None


# ------------------------------------------------------------------ missing_parent

@pytest.mark.parametrize("left_out", ["concern", "visit", "villager"])
def test_a_package_without_the_rows_its_records_depend_on_is_refused(desks, left_out):
    """A new concern's package with its concern, its visit or its villager
    left out: the events, the visitor row, the concern would point at
    nothing. Refused as a whole, with the advice to send everything again."""
    township, v1, _, stick = desks
    concern = register(v1, "韦明", "路灯坏了")

    def leave_out(data):
        assert records_of(data, left_out)
        data["records"] = [r for r in data["records"] if r[0] != left_out]

    genuine, forged = tampered(v1, township, stick, leave_out)
    refusal = assert_refused(township, forged, "missing_parent")
    assert "全部重新发送" in refusal.message
    assert row(township, "concern", concern.id) is None
    sd.do_import(township, genuine)
    assert row(township, "concern", concern.id) is not None


# ------------------------------------------------------------------ station_code

def test_a_station_code_that_names_another_station_here_is_refused_both_ways(desks):
    """The village enters its hamlet, the township enters the same hamlet
    (same code) on its own: each desk refuses the other's package rather
    than hold two stations of one code."""
    from models.core.schema import Station
    from models.station import stations

    township, v1, _, stick = desks
    code = f"{v1.code}-01"
    v1.open()
    mine = stations.create_station("hamlet", "上屯", code, v1.station())
    township.open()
    theirs = stations.create_station("hamlet", "上屯屯", code, Station.get_by_id(v1.station_id))
    down = sd.export(township, v1, stick)
    refusal = assert_refused(v1, down, "station_code")
    assert code in refusal.message
    assert row(v1, "station", theirs.id) is None
    up = sd.export(v1, township, stick)
    assert_refused(township, up, "station_code")
    assert row(township, "station", mine.id) is None


# ------------------------------------------------------------------ format

@pytest.mark.parametrize("payload", [
    {"format": engine.PAYLOAD_FORMAT + 1},
    {"format": str(engine.PAYLOAD_FORMAT)},
    {"format": None},
    "wrapped in a list",
], ids=["newer", "text", "none", "list"])
def test_a_payload_of_another_format_is_refused(desks, payload):
    township, v1, _, stick = desks
    concern = register(v1, "韦明", "路灯坏了")
    genuine = sd.export(v1, township, stick)
    manifest, data = opened_payload(township, genuine)
    if isinstance(payload, dict):
        data.update(payload)
    else:
        data = [data]
    forged = resigned(v1, township, manifest, data, stick / "tampered")
    refusal = assert_refused(township, forged, "format")
    assert "升级" in refusal.message
    sd.do_import(township, genuine)
    assert row(township, "concern", concern.id) is not None


def test_a_package_file_of_another_format_version_is_refused(desks):
    """A file made by a newer version (format 2 in its preamble), signed by
    the sender as a newer version would: ``PackageRefused`` "format"."""
    from sync import crypto, identity, package

    township, v1, _, stick = desks
    genuine = sd.export(v1, township, stick)
    data = genuine.read_bytes()
    signed = bytearray(data[:-package.TAIL_SIZE])
    struct.pack_into(">H", signed, len(package.MAGIC), package.FORMAT + 1)
    v1.open()
    body = bytes(signed) + crypto.sign(identity.current().sign_private, bytes(signed))
    newer = stick / "newer" / genuine.name
    newer.parent.mkdir()
    newer.write_bytes(body + crypto.sha256(body))
    refusal = assert_refused(township, newer, "format", error=PackageRefused)
    assert "版本" in refusal.message
    sd.do_import(township, genuine)


# ------------------------------------------------------------------ restore, then sync

def _restore(desk: sd.Desk, backup_path: Path) -> str | None:
    """What the restore command and the backup screen do."""
    from models.safety import restore

    desk.open()
    return restore.restore(backup_path).new_instance_id


def test_after_a_restore_the_desk_has_a_new_instance_id_and_its_new_concern_reaches_the_township(desks):
    from models.core.schema import Concern
    from models.safety import backup
    from sync import identity

    township, v1, _, stick = desks
    sd.trip(v1, township, stick)
    sd.trip(township, v1, stick)
    v1.open()
    saved = backup.make_backup(backup.MANUAL)
    before = identity.current()
    register(v1, "韦明", "没有带走的一件：备份之后登记，恢复时丢了")
    new_id = _restore(v1, saved.path)
    after = identity.current()
    assert new_id == after.instance_id != before.instance_id
    assert (after.sign_public, after.box_public) == (before.sign_public, before.box_public)
    concern = register(v1, "黄兰", "水管漏了")
    result = sd.trip(v1, township, stick)
    assert result.new_concerns == 1
    township.open()
    arrived = Concern.get_by_id(concern.id)
    assert (arrived.case_number, arrived.summary) == (concern.case_number, "水管漏了")
    # and the township's answer still comes down to the restored desk
    assert sd.trip(township, v1, stick) is not None
    sd.trip(v1, township, stick)
    assert sd.partition_rows(township, [v1.station_id]) == sd.partition_rows(v1, [v1.station_id])


def test_after_a_restore_a_new_concern_reaches_the_township_though_one_sent_before_was_lost(desks):
    from models.core.schema import Concern
    from models.safety import backup

    township, v1, _, stick = desks
    sd.trip(v1, township, stick)
    v1.open()
    saved = backup.make_backup(backup.MANUAL)
    lost = register(v1, "韦明", "路灯坏了")
    sd.trip(v1, township, stick)  # it reached the township before the village's data was lost
    _restore(v1, saved.path)
    concern = register(v1, "黄兰", "水管漏了")
    sd.trip(v1, township, stick)
    township.open()
    assert Concern.get_by_id(concern.id).summary == "水管漏了"
    assert Concern.get_by_id(lost.id).summary == "路灯坏了"
    numbers = [c.case_number for c in Concern.select().where(Concern.station == v1.station_id)]
    assert len(numbers) == len(set(numbers))


def _identity_row(path: Path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT instance_id, counter, sign_public, box_public "
                           "FROM sync_identity WHERE id = 1").fetchone()
    finally:
        con.close()


def test_main_py_restore_yes_gives_the_desk_a_new_instance_id(desks):
    from models.safety import backup

    township, v1, _, stick = desks
    register(v1, "韦明", "路灯坏了")
    sd.trip(v1, township, stick)
    v1.open()
    saved = backup.make_backup(backup.MANUAL)
    sd.close()
    before = _identity_row(v1.path)
    assert before[1] > 0  # the desk has written versions under its instance id
    proc = subprocess.run([sys.executable, "main.py", "--data-dir", str(v1.folder), "restore",
                           str(saved.path), "--yes"], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "已恢复" in proc.stdout
    after = _identity_row(v1.path)
    assert after[0] != before[0] and re.fullmatch(r"[0-9a-f]{32}", after[0])
    assert after[1] == 0
    assert after[2:] == before[2:]  # the keys stay: the township still knows this desk
    concern = register(v1, "黄兰", "水管漏了")
    assert sd.trip(v1, township, stick).new_concerns == 1
    assert row(township, "concern", concern.id) is not None
