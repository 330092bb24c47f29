"""``python main.py verify``, run as a person or a township script would: a
subprocess on a demo data folder, untouched and tampered with by raw
sqlite3; and the chain's head printed on the ledger (read back from the PDF
with pdftotext) checked later with ``verify --head``."""
from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from models.safety import audit

from .conftest import ROOT, copy_demo


def run(*args):
    proc = subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory, demo_template):
    """A demo data folder (a copy of the session's demo year)."""
    d = tmp_path_factory.mktemp("verify-demo")
    copy_demo(demo_template, d)
    return d


@pytest.fixture
def data_dir(demo_dir, tmp_path):
    """A private copy of the demo data folder."""
    d = tmp_path / "data"
    d.mkdir()
    for f in demo_dir.iterdir():
        if f.is_file() and f.name.startswith("station.sqlite3"):
            shutil.copyfile(f, d / f.name)
    return d


def _db(data_dir) -> Path:
    return data_dir / "station.sqlite3"


def _raw(data_dir):
    return closing(sqlite3.connect(str(_db(data_dir)), isolation_level=None))


def _count(data_dir) -> int:
    with _raw(data_dir) as con:
        return con.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]


def test_help_lists_verify():
    assert "verify" in run("--help").stdout
    assert "--head" in run("verify", "--help").stdout


def test_an_untouched_demo_verifies_and_verifying_writes_nothing(data_dir):
    before = hashlib.sha256(_db(data_dir).read_bytes()).hexdigest()
    n = _count(data_dir)
    proc = run("--data-dir", data_dir, "verify")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    first = proc.stdout.splitlines()[0]
    assert re.fullmatch(rf"数据库完好，记录链完整，共 {n} 条，链头 {n}:[0-9a-f]{{16}}", first), first
    assert hashlib.sha256(_db(data_dir).read_bytes()).hexdigest() == before


def test_tampering_is_listed_in_chinese_with_exit_1(data_dir):
    with _raw(data_dir) as con:
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                   "tbl_name = 'villager' AND name LIKE 'audit%'").fetchall():
            con.execute(f'DROP TRIGGER "{name}"')
        con.execute("UPDATE villager SET phone = '13000000000' WHERE rowid = 1")
        con.execute("DROP TRIGGER audit_log_append_only_u")
        con.execute("UPDATE audit_log SET actor_name = '某人' WHERE seq = 100")
    proc = run("--data-dir", data_dir, "verify")
    assert proc.returncode == 1
    out = proc.stdout
    assert "记录链有问题" in out
    assert re.search(r"第 100 条（.*某人）的内容和它的链值不符：这条记录被改过。", out)
    assert "村民表（villager）的记录触发器不见了" in out
    assert re.search(r"村民表（villager）里编号 \w+ 的一行和记录链第 \d+ 条记下的不一样（phone）：它是绕过记录改的。", out)
    # the integrity check saw the log's guard go too
    assert "audit_log_append_only_u" in out


def test_the_head_printed_on_the_ledger_verifies_later_and_catches_a_rewrite(data_dir, tmp_path):
    pdf = tmp_path / "台账.pdf"
    proc = run("--data-dir", data_dir, "report", "ledger", "--from", "2000-01-01", "--to", "2100-12-31",
               "-o", pdf)
    assert proc.returncode == 0, proc.stderr
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    m = re.search(r"核对码：(\d+):([0-9a-f]{16})", text)
    assert m, text[-400:]
    seq, digest = int(m.group(1)), m.group(2)
    assert "核对打印过的台账" in text and "verify" not in text  # the desk's words, no command line
    assert seq == _count(data_dir)

    # later work at the desk does not disturb the printed head
    with _raw(data_dir) as con:
        audit.register_functions(con)
        con.execute("INSERT INTO holiday_day VALUES ('h1', '2027-01-01', 'holiday', '元旦', '2026-12-01')")
    proc = run("--data-dir", data_dir, "verify", "--head", f"{seq}:{digest}")
    assert proc.returncode == 0, proc.stdout
    assert f"台账上的链头（第 {seq} 条，{digest}）核对无误" in proc.stdout

    # someone rewrites who made an early entry and recomputes every hash
    with _raw(data_dir) as con:
        con.execute("DROP TRIGGER audit_log_append_only_u")
        rows = con.execute("SELECT seq, at_utc, actor_name, actor_staff_id, table_name, row_key, op, "
                           "data FROM audit_log ORDER BY seq").fetchall()
        prev = audit.GENESIS
        for s, at, actor, staff, table, key, op, data in rows:
            if s == 50:
                actor = "别人"
            h = audit.entry_hash(prev, s, at, actor, staff, table, key, op, data)
            con.execute("UPDATE audit_log SET actor_name = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                        (actor, prev, h, s))
            prev = h
        con.execute("CREATE TRIGGER audit_log_append_only_u BEFORE UPDATE ON audit_log "
                    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    assert run("--data-dir", data_dir, "verify").returncode == 0   # the chain alone looks whole
    proc = run("--data-dir", data_dir, "verify", "--head", f"{seq}:{digest}")
    assert proc.returncode == 1
    assert f"记录链第 {seq} 条的链值是" in proc.stdout and "打印之前的记录被改过" in proc.stdout


def test_a_truncated_chain_is_caught_by_the_printed_head(data_dir):
    with _raw(data_dir) as con:
        seq, digest = con.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        con.execute("DROP TRIGGER audit_log_append_only_d")
        con.execute("DELETE FROM audit_log WHERE seq > ?", (seq - 3,))
    proc = run("--data-dir", data_dir, "verify", "--head", f"{seq}:{digest[:16]}")
    assert proc.returncode == 1
    assert f"记录链现在只到第 {seq - 3} 条，可打印时已有第 {seq} 条：后面的记录被删掉了。" in proc.stdout


def test_refusals_are_plain_chinese(data_dir, tmp_path):
    proc = run("--data-dir", data_dir, "verify", "--head", "abc")
    assert proc.returncode == 1 and "看不懂链头“abc”" in proc.stderr
    proc = run("--data-dir", tmp_path / "nothing-here", "verify")
    assert proc.returncode == 1 and "找不到数据文件" in proc.stderr
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "station.sqlite3").write_bytes(b"this is not a database" * 100)
    proc = run("--data-dir", junk, "verify")
    assert proc.returncode == 1
    assert re.search(r"[\u4e00-\u9fff]", proc.stdout)


def test_a_backup_file_can_be_verified(data_dir, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    with _raw(data_dir) as con, closing(sqlite3.connect(str(copy))) as target:
        con.backup(target)
    proc = run("verify", "--file", copy)
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.startswith("数据库完好，记录链完整")
