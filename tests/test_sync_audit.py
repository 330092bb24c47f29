"""A sync import in the audit chain: the rows a package writes are logged as
one ``P`` entry (the package's digest, the sender, and per table each
written row's key and image digest), and ``verify`` still finds a row that
arrived by a package and was then edited, removed or added behind the app's
back, and an edited ``P`` entry itself. Real desks (tests/sync_desks.py),
real packages; the tampering is done with a plain sqlite3 connection, as
someone with the file and the sqlite3 shell would."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing

import pytest

from models.core import clock
from models.safety import audit

from . import sync_desks as sd

AFTERNOON = dt.datetime(2026, 11, 20, 15, 0)


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    clock.set_now(AFTERNOON, ticking=True)
    try:
        desks = sd.build_network(tmp_path_factory.mktemp("audited"), villages=1)
    finally:
        clock.set_now(None)
    yield desks
    sd.close()


@pytest.fixture
def imported(network, tmp_path):
    """A private copy of the network; the village registered three concerns
    (one with a second step) and the township imported its package.
    Returns (township, village, package); every desk closed."""
    from models.concerns import intake, villagers, workflow
    from models.concerns.workflow import ConcernInput

    clock.set_now(AFTERNOON, ticking=True)
    township, village = sd.copy_network(network, tmp_path / "desks")
    stick = tmp_path / "stick"
    stick.mkdir()
    me = village.station()
    for i, (person, summary) in enumerate([("张三", "屯内道路积水"), ("李四", "低保材料代办"),
                                           ("王五", "宅基地边界纠纷")]):
        villager = villagers.register_villager(me, person, f"1391234567{i}")
        _, (concern,) = intake.receive_visit(me, "walk_in", [villager], [ConcernInput(
            villager, "proxy_service", "time_limited", summary,
            deadline=clock.today() + dt.timedelta(days=7))])
        if i == 0:
            workflow.record_step(concern, "analysis", None, "经分析，按规定办理。")
    package = sd.export(village, township, stick)
    sd.do_import(township, package)
    sd.close()
    yield township, village, package
    sd.close()
    clock.set_now(None)


def _raw(desk: sd.Desk) -> sqlite3.Connection:
    return sqlite3.connect(str(desk.path), isolation_level=None)


def _verify(desk: sd.Desk) -> audit.ChainReport:
    with closing(sqlite3.connect(f"file:{desk.path}?mode=ro", uri=True)) as con:
        return audit.verify_chain(con)


def _drop_audit_triggers(con, table):
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                               "tbl_name = ? AND name LIKE 'audit\\_%' ESCAPE '\\'", (table,)).fetchall():
        con.execute(f'DROP TRIGGER "{name}"')


def _package_entries(con) -> list[tuple]:
    return con.execute("SELECT seq, row_key, data FROM audit_log WHERE op = 'P' ORDER BY seq").fetchall()


def test_an_import_is_one_entry_covering_every_row_it_wrote(imported):
    township, village, package = imported
    with closing(_raw(township)) as con:
        entries = _package_entries(con)
        assert len(entries) >= 2  # the pairing's first package, then this one
        seq, key, data = entries[-1]
        body = json.loads(data)
        from sync import package as pkg

        package_id = pkg.read_header(package)["package_id"]
        trip = con.execute("SELECT package_id, sha256 FROM sync_trip WHERE direction = 'import' "
                           "AND package_id = ?", (package_id,)).fetchone()
        assert key == trip[0] and body["package"] == trip[1]
        assert body["sender"] == village.code
        # every concern, event, visit and villager the package brought is in it, with its digest
        concerns = {r[0] for r in con.execute("SELECT id FROM concern WHERE station_id = ?",
                                              (village.station_id,))}
        events = {r[0] for r in con.execute(
            "SELECT e.id FROM concern_event e JOIN concern c ON c.id = e.concern_id "
            "WHERE c.station_id = ?", (village.station_id,))}
        assert len(concerns) == 3 and len(events) > 3
        assert set(body["rows"]["concern"]) == concerns
        assert set(body["rows"]["concern_event"]) == events
        assert len(body["rows"]["villager"]) == 3 and len(body["rows"]["visit"]) == 3
        # ... and not logged row by row as well
        per_row = con.execute("SELECT COUNT(*) FROM audit_log WHERE seq > ? AND table_name IN "
                              "('concern', 'concern_event', 'visit', 'villager')", (seq - 1,)).fetchone()[0]
        assert per_row == 0
        # the digests are of the rows as they stand, state columns included
        (image,) = con.execute(
            "SELECT json_object(" + ", ".join(
                f"'{c}', \"{c}\"" for c in audit.table_shape(con, "concern").columns)
            + ") FROM concern WHERE id = ?", (sorted(concerns)[0],)).fetchone()
        assert body["rows"]["concern"][sorted(concerns)[0]] == audit.image_digest(image)
        # the triggers are all back
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for table in ("concern", "concern_event", "villager"):
            assert set(audit.table_shape(con, table).trigger_names().values()) <= names
        assert con.execute("SELECT COUNT(*) FROM sqlite_temp_master").fetchone()[0] == 0
    assert _verify(township).ok, _verify(township).problems


def test_the_same_package_again_adds_no_entry(imported):
    township, _village, package = imported
    with closing(_raw(township)) as con:
        before = con.execute("SELECT COUNT(*) FROM audit_log WHERE op = 'P'").fetchone()[0]
    result = sd.do_import(township, package)
    assert result.nothing_new
    sd.close()
    with closing(_raw(township)) as con:
        assert con.execute("SELECT COUNT(*) FROM audit_log WHERE op = 'P'").fetchone()[0] == before
    assert _verify(township).ok


def test_a_row_from_a_package_edited_behind_the_app_is_reported(imported):
    township, village, _ = imported
    with closing(_raw(township)) as con:
        _drop_audit_triggers(con, "villager")
        con.execute("UPDATE villager SET phone = '13000000000' WHERE name = '李四'")
        vid = con.execute("SELECT id FROM villager WHERE name = '李四'").fetchone()[0]
    report = _verify(township)
    assert not report.ok
    assert any(f"村民表（villager）里编号 {vid} 的一行" in p and "它是绕过记录改的" in p
               for p in report.problems), report.problems


def test_a_row_from_a_package_removed_behind_the_app_is_reported(imported):
    township, village, _ = imported
    with closing(_raw(township)) as con:
        con.execute("PRAGMA foreign_keys = OFF")
        _drop_audit_triggers(con, "concern_event")
        con.execute("DROP TRIGGER concern_event_append_only_d")
        eid = con.execute("SELECT e.id FROM concern_event e WHERE e.kind = 'step'").fetchone()[0]
        con.execute("DELETE FROM concern_event WHERE id = ?", (eid,))
    report = _verify(township)
    text = "\n".join(report.problems)
    assert f"关切记录表（concern_event）里编号 {eid} 的一行不见了" in text
    assert "它是绕过记录删掉的" in text


def test_a_row_added_behind_the_app_beside_a_package_is_reported(imported):
    township, village, _ = imported
    with closing(_raw(township)) as con:
        _drop_audit_triggers(con, "holiday_day")
        con.execute("INSERT INTO holiday_day VALUES ('h9', '2026-10-02', 'holiday', '国庆节', '2026-01-01')")
    report = _verify(township)
    assert "节假日表（holiday_day）里编号 h9 的一行记录链里没有：它是绕过记录加进来的。" in report.problems


def test_an_edited_package_entry_is_reported(imported):
    """Rewriting the P entry's digest to match an edited row breaks the chain."""
    township, _village, _ = imported
    with closing(_raw(township)) as con:
        _drop_audit_triggers(con, "villager")
        con.execute("UPDATE villager SET phone = '13000000000' WHERE name = '李四'")
        vid, image = con.execute(
            "SELECT id, json_object(" + ", ".join(
                f"'{c}', \"{c}\"" for c in audit.table_shape(con, "villager").columns)
            + ") FROM villager WHERE name = '李四'").fetchone()
        con.execute("DROP TRIGGER audit_log_append_only_u")
        seq, _key, data = _package_entries(con)[-1]
        body = json.loads(data)
        body["rows"]["villager"][vid] = audit.image_digest(image)
        con.execute("UPDATE audit_log SET data = ? WHERE seq = ?",
                    (json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")), seq))
    report = _verify(township)
    assert not report.ok
    assert any(p.startswith(f"第 {seq} 条（一次同步导入写入的记录") and "内容和它的链值不符" in p
               for p in report.problems), report.problems


def test_a_refused_package_leaves_the_triggers_and_the_chain_as_they_were(imported, tmp_path):
    """A package refused after its rows were written (a concern without its
    villager: missing_parent) puts everything back, the audit triggers too."""
    from sync import package as pkg
    import zlib

    township, village, _ = imported
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput

    me = village.station()
    person = villagers.register_villager(me, "赵六", "13912340000")
    intake.receive_visit(me, "walk_in", [person], [ConcernInput(person, "suggestion", "answer_on_spot",
                                                                 "建议增设路灯")])
    genuine = sd.export(village, township, tmp_path)
    township.open()
    opened = pkg.open_package(genuine)
    data = json.loads(zlib.decompress(opened.payload).decode("utf-8"))
    data["records"] = [r for r in data["records"] if r[0] != "villager"]
    body = {k: v for k, v in opened.manifest.items() if k not in pkg.RESERVED}
    village.open()
    (tmp_path / "bad").mkdir()
    bad = pkg.write_package(tmp_path / "bad", township.station_id, body, zlib.compress(
        json.dumps(data, ensure_ascii=False).encode("utf-8")))
    township.open()
    with closing(_raw(township)) as con:
        triggers = sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        head = con.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0]
    from sync.errors import SyncRefused

    with pytest.raises(SyncRefused) as info:
        sd.do_import(township, bad)
    assert info.value.reason == "missing_parent"
    from models.core.db import db

    assert db.execute_sql("SELECT COUNT(*) FROM sqlite_temp_master WHERE type = 'trigger'").fetchone()[0] == 0
    sd.close()
    with closing(_raw(township)) as con:
        assert sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")) \
            == triggers
        assert con.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0] == head
    assert _verify(township).ok
    sd.do_import(township, genuine)  # the genuine one goes through
    sd.close()
    assert _verify(township).ok
