"""After a restore, a copy, a late package: the desks heal on their ordinary
trips (issue 14), with real desks, real backups and real packages.

- a desk that restored a backup speaks under a new instance id and lists its
  former ones; its peers then stop believing what the lost copy told them
  and send again what it lacks — at the village, the township and the county;
- no case number is issued twice: a restore takes over the numbers the
  replaced file had issued; a desk restored onto an empty PC, which cannot
  know them, has its clashing concern refused at the township in Chinese
  and renumbered at home when the lost one comes back down;
- a database copied onto a second PC: the township refuses the second
  desk's package, naming both, and changes nothing; both desks keep theirs.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from models.core import clock
from tests import sync_desks as sd

AFTERNOON = dt.datetime(2026, 11, 20, 15, 0)


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    clock.set_now(AFTERNOON, ticking=True)
    try:
        desks = sd.build_network(tmp_path_factory.mktemp("healing"), villages=2, county=True)
    finally:
        clock.set_now(None)
    yield desks
    sd.close()


@pytest.fixture
def desks(network, tmp_path):
    """(county, township, village 1, village 2, stick), a private copy."""
    clock.set_now(AFTERNOON, ticking=True)
    county, township, v1, v2 = sd.copy_network(network, tmp_path / "desks")
    stick = tmp_path / "stick"
    stick.mkdir()
    yield county, township, v1, v2, stick
    sd.close()
    clock.set_now(None)


def register(desk: sd.Desk, person: str, summary: str):
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput

    me = desk.station()
    villager = villagers.register_villager(me, person, "13912345678")
    _, (concern,) = intake.receive_visit(me, "walk_in", [villager], [ConcernInput(
        villager, "proxy_service", "time_limited", summary,
        deadline=clock.today() + dt.timedelta(days=7))])
    return concern


def backup_of(desk: sd.Desk) -> Path:
    from models.safety import backup

    desk.open()
    return backup.make_backup(backup.MANUAL).path


def restore(desk: sd.Desk, path: Path) -> str:
    from models.safety import restore as restoring

    desk.open()
    new_id = restoring.restore(path).new_instance_id
    assert new_id
    return new_id


def concerns(desk: sd.Desk, station: sd.Desk) -> dict[str, tuple[str, str]]:
    """id -> (case number, summary) of ``station``'s concerns on ``desk``."""
    from models.core.schema import Concern

    desk.open()
    return {c.id: (c.case_number, c.summary)
            for c in Concern.select().where(Concern.station == station.station_id)}


def assert_same(station: sd.Desk, *desks: sd.Desk) -> None:
    """Every desk that may hold the station's records holds the same ones."""
    first = sd.partition_rows(desks[0], [station.station_id])
    for d in desks[1:]:
        assert sd.partition_rows(d, [station.station_id]) == first, d


def numbers_unique(found: dict) -> bool:
    numbers = [n for n, _ in found.values()]
    return len(numbers) == len(set(numbers))


def test_a_restored_village_gets_back_what_it_lost_and_sends_what_it_registered(desks):
    county, township, v1, _, stick = desks
    register(v1, "韦明", "备份前的一件")
    sd.trip(v1, township, stick)
    saved = backup_of(v1)
    lost = register(v1, "黄兰", "恢复时丢了的一件")
    sd.trip(v1, township, stick)
    sd.trip(township, county, stick)
    restore(v1, saved)
    assert lost.id not in concerns(v1, v1)
    new = register(v1, "农海", "恢复以后登记的一件")
    # the ordinary trips, nothing typed by hand
    assert sd.trip(v1, township, stick).new_concerns == 1
    assert sd.trip(township, v1, stick).new_concerns == 1  # the lost one comes back
    sd.trip(township, county, stick)
    found = concerns(v1, v1)
    assert found[lost.id] == (lost.case_number, "恢复时丢了的一件")
    assert found[new.id][1] == "恢复以后登记的一件"
    assert numbers_unique(found) and len(found) == 3
    sd.trip(v1, township, stick)
    assert_same(v1, v1, township, county)


def test_a_village_restored_onto_an_empty_pc_is_refused_in_chinese_then_heals(desks, tmp_path):
    """The replaced file is a new, empty desk: the restore cannot know the
    numbers the lost copy had issued. The clash is refused at the township
    (nothing changes there), the township's package brings the lost concern
    back, the village renumbers its own, and the next package goes through."""
    from models.core.db import db
    from sync.errors import SyncRefused

    _, township, v1, _, stick = desks
    saved = backup_of(v1)
    kept = tmp_path / saved.name  # on the backup stick
    shutil.copyfile(saved, kept)
    lost = register(v1, "黄兰", "恢复时丢了的一件")
    sd.trip(v1, township, stick)
    sd.close()
    shutil.rmtree(v1.folder)  # the PC died; a new one, an empty desk, the backup from the stick
    v1.folder.mkdir()
    v1.open()
    restore(v1, kept)
    new = register(v1, "农海", "恢复以后登记的一件")
    assert new.case_number == lost.case_number  # nothing could tell the desk otherwise
    package = sd.export(v1, township, stick)
    before = sd.partition_rows(township)
    with pytest.raises(SyncRefused) as refused:
        sd.do_import(township, package)
    assert refused.value.reason == "case_number"
    assert lost.case_number in refused.value.message and "恢复过备份" in refused.value.message
    assert sd.partition_rows(township) == before  # no record changed; what it learnt of the sender is kept ...
    township.open()
    assert db.execute_sql("SELECT COUNT(*) FROM concern WHERE id = ?", (new.id,)).fetchone()[0] == 0
    result = sd.trip(township, v1, stick)  # ... so its package brings back what the village lost
    assert result.new_concerns == 1
    assert len(result.renumbered) == 1 and result.renumbered[0][0] == lost.case_number
    assert "已改为" in result.summary()
    found = concerns(v1, v1)
    assert found[lost.id] == (lost.case_number, "恢复时丢了的一件")
    assert found[new.id][0] == result.renumbered[0][1] != lost.case_number
    assert numbers_unique(found)
    assert sd.trip(v1, township, stick).new_concerns == 1
    assert concerns(township, v1) == found
    assert_same(v1, v1, township)


def test_a_restored_township_gets_back_what_its_villages_had_sent(desks):
    county, township, v1, v2, stick = desks
    saved = backup_of(township)
    first = register(v1, "韦明", "恢复前送到乡镇的一件")
    second = register(v2, "黄兰", "西河村恢复前送到乡镇的一件")
    sd.trip(v1, township, stick)
    sd.trip(v2, township, stick)
    restore(township, saved)
    assert first.id not in concerns(township, v1)
    later = register(v1, "农海", "乡镇恢复以后的一件")
    sd.trip(v1, township, stick)       # the village still believes the township has the first
    for v in (v1, v2):                 # the township's next trip down tells them it went back
        sd.trip(township, v, stick)
    for v in (v1, v2):                 # and their next packages bring everything again
        sd.trip(v, township, stick)
    assert set(concerns(township, v1)) == {first.id, later.id}
    assert set(concerns(township, v2)) == {second.id}
    sd.trip(township, county, stick)
    assert_same(v1, v1, township, county)
    assert_same(v2, v2, township, county)


def test_a_township_restored_gets_back_from_the_county_what_it_had_passed_up(desks):
    county, township, v1, _, stick = desks
    saved = backup_of(township)
    sent = register(v1, "韦明", "送到县里的一件")
    sd.trip(v1, township, stick)
    sd.trip(township, county, stick)
    restore(township, saved)
    sd.trip(township, county, stick)   # the county learns the township went back
    assert sd.trip(county, township, stick).new_concerns == 1
    assert concerns(township, v1)[sent.id][1] == "送到县里的一件"


def test_a_restored_county_gets_back_what_its_townships_had_sent(desks):
    county, township, v1, _, stick = desks
    saved = backup_of(county)
    sent = register(v1, "韦明", "恢复前送到县里的一件")
    sd.trip(v1, township, stick)
    sd.trip(township, county, stick)
    restore(county, saved)
    assert sent.id not in concerns(county, v1)
    sd.trip(county, township, stick)
    sd.trip(township, county, stick)
    assert concerns(county, v1)[sent.id][1] == "恢复前送到县里的一件"
    assert_same(v1, v1, township, county)


def test_a_package_made_before_the_restore_arriving_late_is_merged_but_not_believed(desks):
    from models.core.db import db

    _, township, v1, _, stick = desks
    saved = backup_of(v1)
    lost = register(v1, "黄兰", "恢复时丢了的一件")
    late = sd.export(v1, township, stick)   # made, then left on the stick
    restore(v1, saved)
    sd.trip(v1, township, stick)            # the restored desk's first package
    sd.do_import(township, late)            # the old one arrives after it
    township.open()
    assert lost.id in concerns(township, v1)
    retired = db.execute_sql("SELECT retired FROM sync_peer WHERE station_id = ?",
                             (v1.station_id,)).fetchone()[0]
    assert len(__import__("json").loads(retired)) == 1
    assert sd.trip(township, v1, stick).new_concerns == 1  # still sent down: not believed
    assert lost.id in concerns(v1, v1)


def test_the_restore_takes_the_case_numbers_the_replaced_file_had_issued(desks):
    from models.core.db import db

    _, _, v1, _, _ = desks
    saved = backup_of(v1)
    issued = [register(v1, f"村民{i}", f"第{i}件").case_number for i in range(3)]
    restore(v1, saved)
    v1.open()
    floor = db.execute_sql("SELECT seq FROM case_number_floor WHERE station_id = ?",
                           (v1.station_id,)).fetchone()[0]
    assert floor == int(issued[-1].split("-")[1])
    assert register(v1, "农海", "恢复以后").case_number not in issued


def test_a_desk_copied_to_a_second_pc_is_named_at_the_township_and_both_keep_theirs(desks, tmp_path):
    from sync.errors import SyncRefused

    _, township, v1, _, stick = desks
    sd.close()
    twin = sd.Desk("village1-copy", tmp_path / "copy", v1.level, v1.name, v1.code, v1.station_id)
    shutil.copytree(v1.folder, twin.folder)
    mine = register(v1, "韦明", "第一台电脑登记的")
    theirs = register(twin, "黄兰", "第二台电脑登记的")
    assert sd.trip(v1, township, stick).new_concerns == 1
    package = sd.export(twin, township, stick)
    before = sd.content_digest(township)
    with pytest.raises(SyncRefused) as refused:
        sd.do_import(township, package)
    assert refused.value.reason == "cloned_desk"
    message = refused.value.message
    assert v1.name in message and "两台电脑" in message and package.name in message
    assert sd.content_digest(township) == before
    assert mine.id in concerns(township, v1) and theirs.id not in concerns(township, v1)
    assert theirs.id in concerns(twin, v1) and mine.id not in concerns(twin, v1)


# ------------------------------------------------------------ kill -9 during a restore

def _state(path: Path) -> tuple[str | None, bool]:
    """(instance id, whether the concern made after the backup is there) of a
    database file, opened as the desk would (its WAL recovered)."""
    import sqlite3

    con = sqlite3.connect(str(path))
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        instance = con.execute("SELECT instance_id FROM sync_identity WHERE id = 1").fetchone()[0]
        after = con.execute("SELECT COUNT(*) FROM concern WHERE summary = '备份以后登记的'").fetchone()[0]
        return instance, bool(after)
    finally:
        con.close()


@pytest.mark.skipif(__import__("sys").platform == "win32", reason="SIGKILL")
def test_a_restore_killed_at_any_moment_leaves_old_data_with_old_id_or_restored_data_with_new_id(
        desks, tmp_path):
    import os
    import random
    import signal
    import subprocess
    import sys
    import time

    _, township, v1, _, stick = desks
    register(v1, "韦明", "备份前的")
    sd.trip(v1, township, stick)
    saved = tmp_path / "saved.sqlite3"
    shutil.copyfile(backup_of(v1), saved)
    register(v1, "黄兰", "备份以后登记的")
    sd.trip(v1, township, stick)
    sd.close()
    original = tmp_path / "original"
    shutil.copytree(v1.folder, original)
    old_id, _ = _state(original / "station.sqlite3")
    root = Path(__file__).resolve().parents[1]

    def run(trial: int, delay: float | None) -> tuple[str, bool]:
        folder = tmp_path / f"trial{trial}"
        shutil.copytree(original, folder)
        proc = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(folder), "restore",
                                 str(saved), "--yes"], cwd=root, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        if delay is None:
            assert proc.wait(timeout=300) == 0
        else:
            time.sleep(delay)  # the kill moment, not a wait for a result
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
        state = _state(folder / "station.sqlite3")
        assert not (folder / "station.sqlite3.restoring").exists() or delay is not None
        return state

    began = time.monotonic()
    done_id, done_after = run(0, None)
    took = time.monotonic() - began
    assert not done_after and done_id != old_id
    rng = random.Random(14)
    outcomes = {"old": 0, "restored": 0}
    for trial in range(1, 11):
        instance, after = run(trial, rng.uniform(0.3 * took, 1.1 * took))
        if after:
            assert instance == old_id, "the old data kept its old identity"
            outcomes["old"] += 1
        else:
            assert instance not in (old_id, done_id), "the restored data has a new identity"
            outcomes["restored"] += 1
    print(f"10 kills during a restore of {took:.2f} s: {outcomes}")
    # a restore cleans up the staging copy a killed one left beside the file
    (original / "station.sqlite3.restoring").write_bytes(b"half a copy")
    assert run(11, None)[1] is False
    assert not (tmp_path / "trial11" / "station.sqlite3.restoring").exists()
