"""The audit trail (models/safety/audit.py): every change lands in a hash chain with
who and when; tampering with the log or with the data behind the triggers'
back — done here with raw sqlite3, as someone with the file would — is
reported in plain Chinese, naming the log entry and the table and row."""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from contextlib import closing

import pytest

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core import migrations
from models.core.db import db as proxy
from models.core.schema import Staff
from models.safety import audit
from models.safety.opening import close_database, open_database

from .conftest import NOW


@pytest.fixture(autouse=True)
def _default_actor():
    audit.set_actor(audit.DEFAULT_ACTOR, None)
    yield
    audit.set_actor(audit.DEFAULT_ACTOR, None)


def _register_one(station, name="张三", phone="13912345678"):
    clerk = Staff.get(Staff.role == "clerk")
    villager = register_villager(station, name, phone)
    spec = ConcernInput(villager, "suggestion", "time_limited", "屯内道路积水", "雨后积水严重",
                        deadline=dt.date(2026, 11, 30))
    _, (c,) = receive_visit(station, "walk_in", [villager], [spec], clerk, headcount=1, at=NOW)
    workflow.record_step(c, "on_site", clerk, "疏通了排水沟。", at=NOW)
    return c


def _raw(path) -> sqlite3.Connection:
    """A plain sqlite3 connection, as the sqlite3 shell would have: no audit
    functions registered."""
    return sqlite3.connect(str(path), isolation_level=None)


def _drop_triggers(con, table):
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                               "tbl_name = ? AND name LIKE 'audit\\_%' ESCAPE '\\'", (table,)).fetchall():
        con.execute(f'DROP TRIGGER "{name}"')


def _drop_log_guards(con):
    con.execute("DROP TRIGGER audit_log_append_only_u")
    con.execute("DROP TRIGGER audit_log_append_only_d")


def _verify_file(path, expect=None) -> audit.ChainReport:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return audit.verify_chain(con, expect=expect)


def _log(sql="SELECT seq, actor_name, actor_staff_id, table_name, row_key, op, data FROM audit_log "
             "ORDER BY seq", params=()):
    return proxy.execute_sql(sql, params).fetchall()


# ------------------------------------------------------------------ recording

def test_every_change_is_logged_with_who_and_the_row(station):
    staff = Staff.get(Staff.role == "head")
    audit.set_actor(staff.name, staff.id)
    c = _register_one(station)
    rows = _log()
    concern_rows = [r for r in rows if r[3] == "concern" and r[4] == c.id]
    assert [r[5] for r in concern_rows][0] == "I"
    assert "U" in [r[5] for r in concern_rows]              # the projection after the step
    assert all(r[1] == "王站长" and r[2] == staff.id for r in concern_rows)
    last = json.loads(concern_rows[-1][6])
    assert last["summary"] == "屯内道路积水" and last["current_step"] == c.current_step
    events = [r for r in rows if r[3] == "concern_event" and r[5] != "T"]
    assert sorted(r[4] for r in events) == sorted(e.id for e in workflow.events(c))
    assert {r[5] for r in events} == {"I"}
    # changes before anyone signed in carry the command-line actor
    assert {r[1] for r in rows if r[3] == "station"} == {"命令行"}
    report = audit.verify_chain()
    assert report.ok, report.problems
    assert report.length == len(rows) == report.head_seq
    assert (report.head_seq, report.head_hash) == audit.head()


def test_a_delete_is_logged_with_the_old_row(station):
    proxy.execute_sql("INSERT INTO holiday_day VALUES ('h1', '2026-10-01', 'holiday', '国庆节', '2026-01-01')")
    proxy.execute_sql("DELETE FROM holiday_day WHERE id = 'h1'")
    ops = _log("SELECT op, data FROM audit_log WHERE table_name = 'holiday_day' ORDER BY seq")
    assert [o for o, _ in ops] == ["T", "I", "D"]
    assert json.loads(ops[-1][1])["name"] == "国庆节"
    assert audit.verify_chain().ok


def test_a_key_change_logs_the_old_key_as_deleted(station):
    proxy.execute_sql("INSERT INTO setting VALUES ('audit_test', '1')")
    proxy.execute_sql("UPDATE setting SET key = 'audit_test_2' WHERE key = 'audit_test'")
    ops = _log("SELECT op, row_key FROM audit_log WHERE table_name = 'setting' AND row_key LIKE "
               "'audit_test%' ORDER BY seq")
    assert ("D", "audit_test") in ops and ops[-1] == ("U", "audit_test_2")
    assert audit.verify_chain().ok


def test_a_blob_is_logged_as_its_digest(station):
    photo = bytes(range(256)) * 40
    proxy.execute_sql(
        "INSERT INTO checklist_item (id, station_id, item, state, note, photo, photo_type, "
        "checked_by_name, checked_on, updated_at) VALUES ('ci', ?, 'office', 'ok', '', ?, 'png', "
        "'王站长', '2026-11-20', '2026-11-20')", (station.id, photo))
    (data,) = _log("SELECT data FROM audit_log WHERE table_name = 'checklist_item'")[-1]
    assert json.loads(data)["photo"].startswith("sha256:") and len(data) < 1000
    assert audit.verify_chain().ok


def test_secrets_are_logged_as_their_digest(station):
    proxy.execute_sql("CREATE TABLE probe_account (id TEXT PRIMARY KEY, secret_hash TEXT, "
                      "pin TEXT, pinyin_full TEXT)")
    assert audit.ensure_triggers(proxy) == 1   # a table added later is covered at once
    proxy.execute_sql("INSERT INTO probe_account VALUES ('a1', 'scrypt$abc', '1234', 'zhangsan')")
    (data,) = _log("SELECT data FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    image = json.loads(data)
    assert image["secret_hash"].startswith("sha256:") and image["pin"].startswith("sha256:")
    assert image["pinyin_full"] == "zhangsan" and image["id"] == "a1"
    assert "scrypt" not in data and "1234" not in data
    assert audit.verify_chain().ok


def test_which_tables_are_audited(db):
    tables = set(audit.audited_tables(proxy))
    assert {"concern", "concern_event", "villager", "setting", "sync_trip", "sync_peer"} <= tables
    assert not tables & {"audit_log", "schema_version", "sync_record", "sync_dot", "sync_dirty",
                         "sync_knowledge", "concern_fts"}
    assert not any(t.startswith(("sqlite_", "concern_fts")) for t in tables)
    triggers = {r[0] for r in proxy.execute_sql(
        "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\' "
        "AND tbl_name != 'audit_log'")}
    assert triggers == tables
    covered = {r[0] for r in proxy.execute_sql("SELECT table_name FROM audit_log WHERE op = 'T'")}
    assert covered == tables


def test_the_log_is_append_only(station, db_path):
    _register_one(station)
    for sql in ("UPDATE audit_log SET actor_name = '某人' WHERE seq = 3", "DELETE FROM audit_log WHERE seq = 3"):
        with pytest.raises(Exception, match="append-only"):
            proxy.execute_sql(sql)


def test_a_connection_without_the_audit_functions_cannot_write(station, db_path):
    _register_one(station)
    close_database()
    with closing(_raw(db_path)) as con:
        with pytest.raises(sqlite3.OperationalError, match="no such function: audit_"):
            con.execute("UPDATE villager SET name = '李四'")
        assert con.execute("SELECT COUNT(*) FROM villager WHERE name = '李四'").fetchone()[0] == 0


def test_reopening_writes_nothing_to_the_log(station, db_path):
    _register_one(station)
    n = _log("SELECT COUNT(*) FROM audit_log")[0][0]
    close_database()
    open_database(db_path)
    assert _log("SELECT COUNT(*) FROM audit_log")[0][0] == n
    assert audit.ensure_triggers(proxy) == 0


def test_a_connection_from_another_thread_records_too(station):
    import threading

    errors = []

    def work():
        try:
            with proxy.connection_context():
                proxy.execute_sql("INSERT INTO holiday_day VALUES ('t1', '2026-05-01', 'holiday', "
                                  "'劳动节', '2026-01-01')")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert not errors
    assert _log("SELECT COUNT(*) FROM audit_log WHERE row_key = 't1'")[0][0] == 1
    assert audit.verify_chain().ok


# ------------------------------------------------------------------ tampering

def _tampered(station, db_path, tamper):
    c = _register_one(station)
    _register_one(station, "李四", "13912345679")
    close_database()
    with closing(_raw(db_path)) as con:
        tamper(con, c)
    return _verify_file(db_path)


def test_an_altered_log_row_is_reported(station, db_path):
    def tamper(con, c):
        _drop_log_guards(con)
        con.execute("UPDATE audit_log SET data = replace(data, '屯内道路积水', '无事') "
                    "WHERE table_name = 'concern' AND op = 'I'")

    report = _tampered(station, db_path, tamper)
    assert not report.ok
    text = "\n".join(report.problems)
    assert "关切表（concern）" in text and "被改过" in text
    assert any(line.startswith("第 ") and "内容和它的链值不符" in line for line in report.problems)


def test_a_removed_log_row_is_reported(station, db_path):
    removed = {}

    def tamper(con, c):
        _drop_log_guards(con)
        seq, table = con.execute("SELECT seq, table_name FROM audit_log WHERE table_name = 'concern_event' "
                                 "AND op = 'I' ORDER BY seq LIMIT 1").fetchone()
        removed.update(seq=seq, table=table)
        con.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))

    report = _tampered(station, db_path, tamper)
    assert not report.ok
    text = "\n".join(report.problems)
    s = removed["seq"]
    assert f"记录链在第 {s - 1} 条和第 {s + 1} 条之间少了 1 条：有记录被删掉了。" in text
    assert f"第 {s + 1} 条" in text and "接不上前一条的链值" in text
    # and the event that entry recorded now stands in the table unrecorded
    assert "关切记录表（concern_event）" in text and "记录链里没有" in text


def test_an_inserted_log_row_is_reported(station, db_path):
    def tamper(con, c):
        _drop_log_guards(con)
        # make room after the concern's first entry and slip a made-up one in
        first = con.execute("SELECT seq FROM audit_log WHERE table_name = 'concern' AND op = 'I' "
                            "ORDER BY seq LIMIT 1").fetchone()[0]
        top = con.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0]
        for seq in range(top, first, -1):
            con.execute("UPDATE audit_log SET seq = seq + 1 WHERE seq = ?", (seq,))
        con.execute("INSERT INTO audit_log SELECT seq + 1, at_utc, '某人', NULL, table_name, row_key, 'U', "
                    "data, hash, hash FROM audit_log WHERE seq = ?", (first,))
        where["first"] = first

    where = {}
    report = _tampered(station, db_path, tamper)
    assert not report.ok
    f = where["first"]
    assert report.problems[0].startswith(f"第 {f + 1} 条（关切表（concern），编号 ")
    assert report.problems[0].endswith("的内容和它的链值不符：这条记录被改过。")
    assert "某人" in report.problems[0]
    assert f"原本是第 {f + 1} 条：它前面被插进过记录，编号被挪动了。" in report.problems[1]


def test_a_data_row_updated_behind_the_triggers_is_reported(station, db_path):
    def tamper(con, c):
        _drop_triggers(con, "villager")
        con.execute("UPDATE villager SET phone = '13000000000' WHERE name = '张三'")

    report = _tampered(station, db_path, tamper)
    text = "\n".join(report.problems)
    assert not report.ok
    assert "村民表（villager）里编号" in text and "（phone）：它是绕过记录改的" in text
    assert "村民表（villager）的记录触发器不见了" in text


def test_a_data_row_deleted_behind_the_triggers_is_reported(station, db_path):
    gone = {}

    def tamper(con, c):
        con.execute("PRAGMA foreign_keys = OFF")
        _drop_triggers(con, "concern_event")
        con.execute("DROP TRIGGER concern_event_append_only_d")
        gone["id"] = con.execute("SELECT id FROM concern_event WHERE concern_id = ? AND seq = 2",
                                 (c.id,)).fetchone()[0]
        con.execute("DELETE FROM concern_event WHERE id = ?", (gone["id"],))

    report = _tampered(station, db_path, tamper)
    text = "\n".join(report.problems)
    assert f"关切记录表（concern_event）里编号 {gone['id']} 的一行不见了" in text
    assert "没有删除的记录，它是绕过记录删掉的" in text


def test_a_data_row_inserted_behind_the_triggers_is_reported(station, db_path):
    def tamper(con, c):
        _drop_triggers(con, "holiday_day")
        con.execute("INSERT INTO holiday_day VALUES ('h9', '2026-10-02', 'holiday', '国庆节', '2026-01-01')")

    report = _tampered(station, db_path, tamper)
    assert "节假日表（holiday_day）里编号 h9 的一行记录链里没有：它是绕过记录加进来的。" in report.problems


def test_a_truncated_tail_is_reported(station, db_path):
    """The tail cut off held the second concern's making: its rows are still
    there but the chain never saw them, so each is reported as added behind
    the log; the first concern, recorded earlier, is not mentioned."""
    first, cut = [], []

    def tamper(con, c):
        _drop_log_guards(con)
        first.append(c.id)
        cut.extend(r[0] for r in con.execute("SELECT id FROM concern WHERE id != ?", (c.id,)))
        top = con.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0]
        con.execute("DELETE FROM audit_log WHERE seq > ?", (top - 6,))

    report = _tampered(station, db_path, tamper)
    assert not report.ok
    assert len(first) == len(cut) == 1
    assert f"关切表（concern）里编号 {cut[0]} 的一行记录链里没有：它是绕过记录加进来的。" in report.problems
    assert report.problems and all(p.endswith("记录链里没有：它是绕过记录加进来的。") for p in report.problems)
    assert first[0] not in "\n".join(report.problems)


def test_a_truncated_tail_with_the_data_put_back_is_caught_by_the_printed_head(station, db_path):
    c = _register_one(station)
    printed = audit.head()
    proxy.execute_sql("INSERT INTO holiday_day VALUES ('h1', '2026-10-01', 'holiday', '国庆节', '2026-01-01')")
    close_database()
    with closing(_raw(db_path)) as con:
        # the careful tamperer removes the row and its log entries so that
        # the rest agrees again ...
        _drop_triggers(con, "holiday_day")
        _drop_log_guards(con)
        con.execute("DELETE FROM holiday_day")
        con.execute("DELETE FROM audit_log WHERE seq > ?", (printed[0] - 1,))
        # ... and, to hide it, drops the entry the ledger's head named too
    report = _verify_file(db_path, expect=printed)
    assert f"记录链现在只到第 {printed[0] - 1} 条，可打印时已有第 {printed[0]} 条：后面的记录被删掉了。" \
        in report.problems


def test_a_rewritten_chain_passes_alone_but_not_against_the_printed_head(station, db_path):
    """Without a key, anyone may recompute every hash after a change: the
    head printed on the ledger is what catches it."""
    c = _register_one(station)
    printed = audit.head()
    close_database()
    with closing(_raw(db_path)) as con:
        _drop_log_guards(con)
        audit.register_functions(con)
        rows = con.execute("SELECT seq, at_utc, actor_name, actor_staff_id, table_name, row_key, op, "
                           "data FROM audit_log ORDER BY seq").fetchall()
        prev = audit.GENESIS
        for seq, at, actor, staff, table, key, op, data in rows:
            if table == "station" and op == "I":
                actor = "别人"          # who made the station: rewritten
            digest = audit.entry_hash(prev, seq, at, actor, staff, table, key, op, data)
            con.execute("UPDATE audit_log SET actor_name = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                        (actor, prev, digest, seq))
            prev = digest
    assert _verify_file(db_path).ok
    report = _verify_file(db_path, expect=(printed[0], printed[1][:16]))
    assert not report.ok
    assert f"记录链第 {printed[0]} 条的链值是" in report.problems[0]
    assert "打印之前的记录被改过" in report.problems[0]
    assert _verify_file(db_path, expect=(printed[0], prev[:16])).ok


def test_the_printed_head_of_an_untouched_chain_verifies(station, db_path):
    _register_one(station)
    seq, digest = audit.head()
    _register_one(station, "李四", "13912345679")        # later work does not matter
    assert audit.verify_chain(expect=audit.parse_head(audit.head_text(seq, digest))).ok
    assert audit.parse_head(f" {seq}：{digest[:4]} {digest[4:16]}… ") == (seq, digest[:16])
    from models.core.errors import ValidationError
    for bad in ("", "12", "x:1a2b3c4d", "12:1a2b", "12:zzzzzzzzzz"):
        with pytest.raises(ValidationError, match="看不懂链头"):
            audit.parse_head(bad)


# ------------------------------------------------------ coverage over time

def test_rows_made_before_migration_8_get_a_baseline(db_path):
    """A file from before the audit trail: its rows are logged once as "B"
    when it is opened, so a later change behind the triggers is still seen."""
    with closing(sqlite3.connect(str(db_path))) as con:
        con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        for number, script in migrations.MIGRATIONS:
            if number >= 8:
                break
            for statement in migrations._statements(script):
                con.execute(statement)
            con.execute("INSERT INTO schema_version VALUES (?)", (number,))
        con.execute("INSERT INTO station VALUES ('s1', 'village', '老村', '4500', NULL, '', '', '', "
                    "'2020-01-01')")
        con.execute("INSERT INTO villager VALUES ('v1', 's1', '老张', '', '', NULL, 'lz', 'laozhang', "
                    "'2020-01-01')")
        con.commit()
    open_database(db_path)
    base = _log("SELECT table_name, row_key FROM audit_log WHERE op = 'B' ORDER BY seq")
    assert ("station", "s1") in base and ("villager", "v1") in base
    assert audit.verify_chain().ok
    close_database()
    with closing(_raw(db_path)) as con:
        _drop_triggers(con, "villager")
        con.execute("UPDATE villager SET name = '老王' WHERE id = 'v1'")
    report = _verify_file(db_path)
    assert "村民表（villager）里编号 v1 的一行和记录链第" in report.problems[-1]


def test_dropped_triggers_are_put_back_at_open_and_the_change_meanwhile_reported(station, db_path):
    _register_one(station)
    close_database()
    with closing(_raw(db_path)) as con:
        _drop_triggers(con, "villager")
        con.execute("UPDATE villager SET phone = '13000000000'")
    open_database(db_path)
    reinstalled = _log("SELECT seq FROM audit_log WHERE op = 'R' AND table_name = 'villager'")
    assert len(reinstalled) == 1
    report = audit.verify_chain()
    assert any("曾被拆掉" in note and f"第 {reinstalled[0][0]} 条" in note for note in report.notes)
    assert any("（phone）：它是绕过记录改的" in p for p in report.problems)
    assert not any("触发器不见了" in p for p in report.problems)


def test_a_column_added_by_a_later_migration_gets_new_triggers(station, db_path):
    c = _register_one(station)
    before = {r[0] for r in proxy.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'villager' AND name LIKE 'audit%'")}
    proxy.execute_sql("ALTER TABLE villager ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")
    assert audit.ensure_triggers(proxy) == 1
    after = {r[0] for r in proxy.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'villager' AND name LIKE 'audit%'")}
    assert after and not before & after
    ops = [r[0] for r in _log("SELECT op FROM audit_log WHERE table_name = 'villager' ORDER BY seq")]
    assert ops[-2:] == ["S", "B"]
    proxy.execute_sql("UPDATE villager SET nickname = '三哥'")
    (data,) = _log("SELECT data FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert json.loads(data)["nickname"] == "三哥"
    assert audit.verify_chain().ok


def test_a_newly_digested_column_gets_a_new_baseline_not_a_mismatch(station, monkeypatch):
    proxy.execute_sql("INSERT INTO setting VALUES ('audit_probe', '\"甲\"')")
    monkeypatch.setattr(audit, "TRIGGER_FORMAT", "test")            # a new trigger format …
    monkeypatch.setattr(audit, "_SECRET", re.compile(r"^value$"))   # … digesting setting.value
    assert audit.ensure_triggers(proxy) == len(audit.audited_tables(proxy))
    ops = _log("SELECT op, row_key, data FROM audit_log WHERE table_name = 'setting' ORDER BY seq")
    assert ops[-1][0] == "B" and json.loads(ops[-1][2])["value"].startswith("sha256:")
    assert "S" in [o for o, _, _ in ops] and "R" not in [o for o, _, _ in ops]
    assert audit.verify_chain().ok


def test_verify_names_a_missing_log(db_path):
    with closing(_raw(db_path)) as con:
        con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        con.execute("INSERT INTO schema_version VALUES (7)")
    report = _verify_file(db_path)
    assert report.problems == ["这个数据文件还是旧版本（数据版本 7），还没有记录链；用本软件打开一次就会开始记录。"]
    with closing(_raw(db_path)) as con:
        con.execute("INSERT INTO schema_version VALUES (8)")
    report = _verify_file(db_path)
    assert report.problems == ["数据库里没有记录链（audit_log 表不见了）。"]
