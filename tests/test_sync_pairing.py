"""Pairing (sync/pairing.py): the township writes a pairing file and a pass
code; the village joins with them. Real desks in separate data folders, real
pairing files, real scrypt and keys. Every refusal is plain Chinese and
leaves the database exactly as it was."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import peewee
import pytest

from models.core import migrations
from models.core.db import db
from models.core.duty_schema import DutyAttendance
from models.core.errors import ValidationError
from models.core.schema import Concern, Staff, Station
from models.station import roster, stations
from sync import identity, package, pairing
from sync import peers as sync_peers
from sync.errors import PackageRefused
from sync.tables import SYNCED_TABLES
from tests.test_sync_package import CHINESE, TOWNSHIP, VILLAGE_A, desk, dump, import_into_open_desk, set_up
from tests.conftest import copy_demo

COUNTY = ("county", "宁明县回应指挥部", "451422")
DEMO_VILLAGE = ("village", "那堪村村民关切回应站", "451422101205")  # models/samples/demo.py


def table_counts() -> dict[str, int]:
    """Rows per table, leaving out the audit trail (it logs every change, models/safety/audit.py)."""
    names = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'concern_fts_%' AND name NOT LIKE 'audit_%'")]
    return {n: db.execute_sql(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


def refused(call, reason: str) -> PackageRefused:
    before = dump()
    with pytest.raises(PackageRefused) as info:
        call()
    assert info.value.reason == reason, (info.value.reason, info.value.message)
    assert CHINESE.search(info.value.message)
    assert dump() == before
    return info.value


@pytest.fixture
def stick(tmp_path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


@pytest.fixture
def township(tmp_path) -> Path:
    folder = tmp_path / "township"
    set_up(folder, *TOWNSHIP, parent=COUNTY)
    return folder


@pytest.fixture
def village(tmp_path) -> Path:
    """Village A set up at first run with a local stand-in for its township."""
    folder = tmp_path / "village"
    set_up(folder, *VILLAGE_A, parent=TOWNSHIP)
    return folder


def ticket_for(township: Path, stick: Path, village=VILLAGE_A) -> pairing.Ticket:
    with desk(township):
        return pairing.create_child_pairing(village[2], village[1], None, stick)


# ---------------------------------------------------------------- the round trip

def test_pairing_round_trip(township, village, stick):
    with desk(township) as t:
        ticket = pairing.create_child_pairing(VILLAGE_A[2], VILLAGE_A[1], None, stick)
        child = Station.get(Station.code == VILLAGE_A[2])
        county = Station.get(Station.code == COUNTY[2])
        assert child.parent_id == t.id and child.level == "village"
        township_keys = identity.identity()
        assert [(p.station_id, p.relation, p.has_keys, p.first_contact_at) for p in sync_peers.peers()] \
            == [(child.id, "child", False, None)]
        assert sync_peers.peer(child.id).paired_on == dt.date.fromisoformat(
            db.execute_sql("SELECT paired_on FROM sync_peer").fetchone()[0])
    assert re.fullmatch(r"\d{4}-\d{4}", ticket.pass_code)
    assert ticket.path.parent == stick and ticket.path.suffix == ".vpair"
    assert VILLAGE_A[1] in ticket.path.name and ticket.pass_code in ticket.notice
    assert [p.name for p in stick.iterdir()] == [ticket.path.name]  # no .part left

    # A lost stick alone reveals nothing: no names, codes, keys or pass code inside.
    data = ticket.path.read_bytes()
    for secret in (ticket.pass_code, ticket.pass_code.replace("-", ""), VILLAGE_A[2], TOWNSHIP[2],
                   COUNTY[1], TOWNSHIP[1]):
        assert secret.encode("utf-8") not in data
    for key in (township_keys.sign_public, township_keys.box_public):
        assert key not in data and key.hex().encode() not in data

    with desk(village) as v:
        stand_in = Station.get(Station.code == TOWNSHIP[2])
        assert stand_in.id != t.id and v.parent_id == stand_in.id
        joined = pairing.join_parent(ticket.path, ticket.pass_code)
        assert joined.id == child.id and stations.this_station().id == child.id
        assert joined.parent_id == t.id and joined.name == VILLAGE_A[1]
        assert Station.get_or_none(Station.id == stand_in.id) is None
        assert Station.get_or_none(Station.id == v.id) is None
        rows = {s.code: (s.id, s.parent_id, s.level, s.name) for s in Station.select()}
        assert rows == {COUNTY[2]: (county.id, None, "county", COUNTY[1]),
                        TOWNSHIP[2]: (t.id, county.id, "township", TOWNSHIP[1]),
                        VILLAGE_A[2]: (child.id, t.id, "village", VILLAGE_A[1])}
        parent_peer = sync_peers.peer(t.id)
        assert (parent_peer.relation, parent_peer.code, parent_peer.name, parent_peer.has_keys) \
            == ("parent", TOWNSHIP[2], TOWNSHIP[1], True)
        assert parent_peer.first_contact_at is None
        keys = db.execute_sql("SELECT sign_public, box_public, pairing_key FROM sync_peer").fetchone()
        assert (bytes(keys[0]), bytes(keys[1])) == (township_keys.sign_public, township_keys.box_public)
        assert len(bytes(keys[2])) == 32
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []

    # the pass code may be typed with spaces or full-width digits; joining again changes nothing
    with desk(village):
        before = table_counts()
        again = pairing.join_parent(ticket.path, " " + ticket.pass_code.replace("-", " ").translate(
            str.maketrans("0123456789", "０１２３４５６７８９")))
        assert again.id == child.id and table_counts() == before


def test_wrong_pass_code(township, village, stick):
    ticket = ticket_for(township, stick)
    digits = ticket.pass_code.replace("-", "")
    wrong = f"{(int(digits) + 1) % 10 ** 8:08d}"
    with desk(village):
        refusal = refused(lambda: pairing.join_parent(ticket.path, wrong), "pairing_code")
        assert "配对码不对" in refusal.message
        refusal = refused(lambda: pairing.join_parent(ticket.path, "1234"), "pairing_code")
        assert "8位数字" in refusal.message
        refused(lambda: pairing.join_parent(ticket.path, ""), "pairing_code")
        assert sync_peers.peers() == []


def test_join_on_a_desk_with_another_code(township, tmp_path, stick):
    ticket = ticket_for(township, stick)
    other = tmp_path / "other"
    set_up(other, "village", "板烂村村民关切回应站", "451422101206", parent=TOWNSHIP)
    with desk(other):
        refusal = refused(lambda: pairing.join_parent(ticket.path, ticket.pass_code), "wrong_receiver")
        assert VILLAGE_A[1] in refusal.message and "451422101206" in refusal.message


def test_join_before_the_desk_is_set_up(township, tmp_path, stick):
    ticket = ticket_for(township, stick)
    with desk(tmp_path / "new"):
        before = dump()
        with pytest.raises(ValidationError) as info:
            pairing.join_parent(ticket.path, ticket.pass_code)
        assert "首次设置" in info.value.message and dump() == before


def test_damaged_or_foreign_pairing_files(township, village, stick, tmp_path):
    ticket = ticket_for(township, stick)
    data = ticket.path.read_bytes()
    damaged = tmp_path / "damaged.vpair"
    with desk(village):
        damaged.write_bytes(data[:len(data) // 2])
        refused(lambda: pairing.join_parent(damaged, ticket.pass_code), "truncated")
        flipped = bytearray(data)
        flipped[len(data) // 2] ^= 0x10
        damaged.write_bytes(bytes(flipped))
        refused(lambda: pairing.join_parent(damaged, ticket.pass_code), "checksum")
        damaged.write_bytes(b"PK\x03\x04 not a pairing file at all")
        refused(lambda: pairing.join_parent(damaged, ticket.pass_code), "not_package")
        part = ticket.path.with_name(ticket.path.name + ".part")
        shutil.copyfile(ticket.path, part)
        refused(lambda: pairing.join_parent(part, ticket.pass_code), "truncated")


# ---------------------------------------------------------------- re-pointing

@pytest.fixture
def demo_village(demo_template, tmp_path) -> Path:
    """A copy of the demo village (a year of concerns; its township is a local
    stand-in), with sign-ins at the desk and roster rules kept per station."""
    folder = tmp_path / "demo"
    copy_demo(demo_template, folder)
    with desk(folder) as v:
        staff = Staff.select().where(Staff.station == v).first()
        for day in (dt.date(2026, 11, 18), dt.date(2026, 11, 19)):
            DutyAttendance.create(station=v, staff=staff, kind="in", at_utc=dt.datetime(2026, 1, 1),
                                  local_date=day, local_time="08:00")
        roster.save_rules(v, 2, 5, [0, 1, 2, 3, 4])
    return folder


def test_re_pointing_a_desk_that_already_has_concerns(township, demo_village, stick):
    with desk(demo_village) as v:
        old_id, stand_in_id = v.id, v.parent_id
        before = table_counts()
        concerns = Concern.select().where(Concern.station == v).count()
        attendance = DutyAttendance.select().where(DutyAttendance.station == v).count()
        hamlets = [h.id for h in stations.hamlets(v)]
        assert concerns > 100 and attendance == 2 and len(hamlets) >= 3
        assert db.execute_sql("SELECT COUNT(*) FROM setting WHERE key LIKE ?",
                              (f"roster.{old_id}.%",)).fetchone()[0] == 3
        guard_sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name = 'duty_attendance_append_only_u'").fetchone()[0]
    assert guard_sql in migrations.MIGRATION_0004

    ticket = ticket_for(township, stick, DEMO_VILLAGE)
    with desk(township) as t:
        new_id = Station.get(Station.code == DEMO_VILLAGE[2]).id
        township_id = t.id
    assert new_id != old_id

    with desk(demo_village):
        joined = pairing.join_parent(ticket.path, ticket.pass_code)
        assert joined.id == new_id and stations.this_station().id == new_id
        assert joined.parent_id == township_id
        # the address and opening hours entered at this desk are kept
        assert joined.address == "宁明县城中镇那堪村村委会一楼"
        after = table_counts()
        for table, n in before.items():
            if table == "station":
                assert after[table] == n + 1, table  # the stand-in is replaced; the county is new
            elif not table.startswith("sync_"):
                assert after[table] == n, table
        assert Concern.select().where(Concern.station == new_id).count() == concerns
        assert DutyAttendance.select().where(DutyAttendance.station == new_id).count() == attendance
        assert sorted(h.id for h in stations.hamlets(joined)) == sorted(hamlets)
        assert db.execute_sql("SELECT COUNT(*) FROM setting WHERE key LIKE ?",
                              (f"roster.{new_id}.%",)).fetchone()[0] == 3
        assert roster.rules(joined).officers_per_day == 2
        everything = "\n".join(line for line in dump().splitlines()
                               if not line.startswith('INSERT INTO "audit_log"'))
        assert old_id not in everything and stand_in_id not in everything
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the append-only guard is back, with its own SQL, and still guards
        assert db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                              "AND name = 'duty_attendance_append_only_u'").fetchone()[0] == guard_sql
        with pytest.raises(peewee.IntegrityError):
            db.execute_sql("UPDATE duty_attendance SET kind = 'out'")
        # the record store starts again: every travelling row is marked changed;
        # it holds only the parent's versions of the station rows from the file
        assert after["sync_knowledge"] == 0
        assert {m for (m,) in db.execute_sql("SELECT DISTINCT model FROM sync_record")} == {"station"}
        for table in SYNCED_TABLES:
            marked = db.execute_sql("SELECT COUNT(*) FROM sync_dirty WHERE model = ?",
                                    (table,)).fetchone()[0]
            assert marked == after[table], table

        # the village's first package now goes through at the township
        path = package.write_package(stick, township_id, {"seq": 1}, b"all of it")
    with desk(township):
        assert import_into_open_desk(path).payload == b"all of it"
        assert sync_peers.peer(new_id).has_keys


def test_no_re_pointing_after_a_package_went_out(township, village, stick):
    ticket = ticket_for(township, stick)
    with desk(village) as v:
        db.execute_sql(
            "INSERT INTO sync_trip (id, direction, package_id, peer_station_id, peer_code, peer_name, "
            "file_name, sha256, size, at_utc, local_date, full, counts, status, message, staff_name) "
            "VALUES ('t1', 'export', 'p1', ?, ?, ?, 'x.vsync', '', 0, '2026-11-01 00:00:00', "
            "'2026-11-01', 1, '{}', 'ok', '', '')", (v.parent_id, TOWNSHIP[2], TOWNSHIP[1]))
        refusal = refused(lambda: pairing.join_parent(ticket.path, ticket.pass_code), "wrong_receiver")
        assert "导出过" in refusal.message and TOWNSHIP[1] in refusal.message


# ---------------------------------------------------------------- tickets again

def test_a_new_ticket_replaces_the_old_secret(township, village, stick):
    first = ticket_for(township, stick)
    second = ticket_for(township, stick)
    assert first.path != second.path and first.path.exists()
    assert "作废" in second.notice
    with desk(township):
        assert len(sync_peers.peers()) == 1
        child_id = sync_peers.peers()[0].station_id
    with desk(village):
        pairing.join_parent(first.path, first.pass_code)  # the old file still opens...
        stale = package.write_package(stick, sync_peers.peers()[0].station_id, {}, b"x")
    with desk(township):
        with pytest.raises(PackageRefused) as info:  # ...but its secret no longer vouches
            package.open_package(stale)                 # for the village's keys
        assert info.value.reason == "signature"
        assert sync_peers.peer(child_id).has_keys is False
    with desk(village):
        pairing.join_parent(second.path, second.pass_code)
        fresh = package.write_package(stick, sync_peers.peers()[0].station_id, {}, b"y")
    with desk(township):
        assert import_into_open_desk(fresh).first_contact is not None
        assert sync_peers.peer(child_id).has_keys


def test_re_pairing_a_replaced_pc(township, village, stick, tmp_path):
    ticket = ticket_for(township, stick)
    with desk(village):
        child_id = pairing.join_parent(ticket.path, ticket.pass_code).id
        township_id = sync_peers.peers()[0].station_id
        old_pc_package = package.write_package(stick, township_id, {}, b"old")
    with desk(township):
        import_into_open_desk(old_pc_package)
        assert sync_peers.peer(child_id).has_keys
        answer = package.write_package(stick, child_id, {}, b"answer")  # possible before re-pairing
    with desk(village):
        import_into_open_desk(answer)
        later_package = package.write_package(stick, township_id, {}, b"later")
    assert "introduce" not in package.read_header(later_package)

    # The village's PC is replaced: a new desk, set up afresh with the same code.
    new_pc = tmp_path / "new-pc"
    set_up(new_pc, *VILLAGE_A, parent=TOWNSHIP)
    again = ticket_for(township, stick)
    assert "旧电脑" in again.notice and "暂时不能" in again.notice
    with desk(township):
        assert sync_peers.peer(child_id).has_keys is False
        with pytest.raises(PackageRefused) as info:
            package.write_package(stick, child_id, {}, b"answer")
        assert info.value.reason == "not_paired"
        before = dump()
        with pytest.raises(PackageRefused) as info:
            package.open_package(old_pc_package)  # the old PC's packages are refused now
        assert info.value.reason == "signature" and dump() == before
        refusal = refused(lambda: package.open_package(later_package), "signature")
        assert "新的配对文件" in refusal.message
    with desk(new_pc):
        assert pairing.join_parent(again.path, again.pass_code).id == child_id
        new_package = package.write_package(stick, township_id, {}, b"new")
    with desk(township):
        assert import_into_open_desk(new_package).payload == b"new"
        assert sync_peers.peer(child_id).has_keys


def test_create_child_pairing_refusals(township, tmp_path, stick):
    with desk(township) as t:
        county = Station.get(Station.code == COUNTY[2])
        before = dump()
        cases = [
            (TOWNSHIP[2], "村", None, "本站自己"),
            (COUNTY[2], "县", None, "不是本站的下级"),
            ("451422101209", "某村", "hamlet", "下级站点只能是"),
            ("!!", "某村", None, "站点编码"),
        ]
        for code, name, level, words in cases:
            with pytest.raises(ValidationError) as info:
                pairing.create_child_pairing(code, name, level, stick)
            assert words in info.value.message, info.value.message
            assert dump() == before
        assert county.id != t.id
    assert list(stick.iterdir()) == []
    hamlet_desk = tmp_path / "hamlet"
    set_up(hamlet_desk, "hamlet", "上屯", "451422101205-01")
    with desk(hamlet_desk):
        with pytest.raises(ValidationError) as info:
            pairing.create_child_pairing("451422101205-02", "下屯", None, stick)
        assert "没有下级" in info.value.message


def test_an_existing_child_station_is_used(township, stick):
    with desk(township) as t:
        existing = stations.create_station("village", VILLAGE_A[1], VILLAGE_A[2], t)
        ticket = pairing.create_child_pairing(VILLAGE_A[2], "别的名字", None, stick)
        assert Station.select().where(Station.code == VILLAGE_A[2]).count() == 1
        assert sync_peers.peers()[0].station_id == existing.id
    assert ticket.path.exists()


# ---------------------------------------------------------------- identity

def test_identity_is_made_once_and_restore_gives_a_new_instance(tmp_path):
    with desk(tmp_path / "d"):
        assert identity.current() is None
        assert identity.after_restore() is None  # nothing to do yet
        first = identity.identity()
        assert identity.identity() == first and len(first.instance_id) == 32
        # never a private key in a log: the repr names the instance only
        assert repr(first) == f"Identity(instance_id={first.instance_id!r})"
        assert first.sign_private.hex() not in repr(first) and first.box_private.hex() not in repr(first)
        db.execute_sql("UPDATE sync_identity SET counter = 41, lamport = 99")
        new_instance = identity.after_restore()
        after = identity.identity()
        assert after.instance_id == new_instance != first.instance_id
        assert (after.sign_private, after.sign_public, after.box_private, after.box_public) == \
            (first.sign_private, first.sign_public, first.box_private, first.box_public)
        assert db.execute_sql("SELECT counter, lamport FROM sync_identity").fetchone() == (0, 99)
