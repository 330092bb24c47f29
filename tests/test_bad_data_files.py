"""Every command against every kind of bad data file (issue 14): a truncated
file, random bytes, a file from a newer version, a 0-byte file, somebody
else's SQLite file, a read-only disk and a full disk. Each command says in
plain Chinese what is wrong and what to do, exits non-zero, prints no
traceback, and leaves the file's bytes as they were; a 0-byte or foreign
file is not turned into a new desk. ``restore`` puts a backup in place of a
damaged file (which it keeps, renamed); the window says the same words.

The commands run in this process through ``main.main`` (one of each kind
also as a real ``python main.py`` process); ``where`` is left out (it prints
the path and never opens the file), and so is ``selftest`` (a throw-away
database of its own).
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("truncated", "random", "newer", "empty", "foreign", "read_only", "disk_full")

# words each kind's message must hold (besides "没有" ... "改动" or "没有完成")
WORDS = {
    "truncated": "不完整", "random": "不是本工作台的数据文件", "newer": "较新版本",
    "empty": "0 字节", "foreign": "别的软件的数据库", "read_only": "不能写", "disk_full": "满了",
}


def _commands(tmp: Path) -> list[list[str]]:
    stick = tmp / "stick"
    stick.mkdir(exist_ok=True)
    (stick / "a.vsync").write_bytes(b"x" * 200)
    (stick / "a.vpair").write_bytes(b"x" * 200)
    ledger = tmp / "ledger.csv"
    ledger.write_text("姓名,电话\n", encoding="utf-8")
    return [["stats"], ["stats", "--json"], ["stats", "--period", "month"], ["search", "水管"],
            ["demo"], ["report", "ledger", "-o", str(tmp / "台账.pdf")],
            ["ledger", "template", "-o", str(tmp / "模板.csv")], ["ledger", "import", str(ledger)],
            ["sync", "export", "--to", str(stick)], ["sync", "import", str(stick / "a.vsync")],
            ["sync", "peers"], ["sync", "history"], ["sync", "conflicts"],
            ["sync", "pair", "--code", "459901099", "--name", "新村", "--to", str(stick)],
            ["sync", "join", str(stick / "a.vpair"), "--pass-code", "1234-5678"],
            ["backup"], ["backup", "--list"], ["verify"], ["reset-pin", "某人"],
            ["restore", str(tmp / "good-backup.sqlite3")]]


@pytest.fixture(scope="module")
def good_desk(tmp_path_factory) -> Path:
    """A sound desk's data file (closed, no WAL beside it) and a backup of it."""
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput
    from models.core import clock
    from models.safety import backup
    from models.safety.opening import close_database, open_database
    from models.station import stations

    import datetime as dt

    folder = tmp_path_factory.mktemp("good")
    with clock.frozen(dt.datetime(2026, 11, 20, 10, 0)):
        open_database(folder / "station.sqlite3")
        me = stations.set_up_this_station("village", "东山村回应站", "459901001",
                                          parent_name="测试镇回应中心", parent_code="459901")
        stations.add_staff(me, "东山站长", "13800000001", "head", full_time=True)
        person = villagers.register_villager(me, "韦明", "13912345678")
        for i in range(30):
            intake.receive_visit(me, "walk_in", [person], [ConcernInput(
                person, "proxy_service", "time_limited", f"水管漏了 {i}" * 20,
                deadline=dt.date(2026, 11, 27))])
        shutil.copyfile(backup.make_backup(backup.MANUAL).path, folder / "good-backup.sqlite3")
        close_database()
    assert not (folder / "station.sqlite3-wal").exists()
    return folder


def _mount(point: Path, size: str) -> bool:
    point.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                          capture_output=True).returncode == 0


@contextlib.contextmanager
def bad_desk(kind: str, good: Path, tmp: Path):
    """A data folder whose station.sqlite3 is of ``kind``; yields the folder."""
    mounted = None
    folder = tmp / "desk"
    try:
        if kind in ("read_only", "disk_full"):
            if not _mount(tmp / "mnt", "8m"):
                if kind == "disk_full":
                    pytest.skip("a full disk is made with a small tmpfs: needs root and mount")
                folder.mkdir()
                shutil.copyfile(good / "station.sqlite3", folder / "station.sqlite3")
                os.chmod(folder / "station.sqlite3", 0o444)
                os.chmod(folder, 0o555)
            else:
                mounted = tmp / "mnt"
                folder = mounted / "desk"
                folder.mkdir()
                shutil.copyfile(good / "station.sqlite3", folder / "station.sqlite3")
                if kind == "read_only":
                    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
                else:
                    with open(mounted / "filler", "wb") as f:
                        with contextlib.suppress(OSError):
                            while True:
                                f.write(b"\0" * 65536)
                                f.flush()
        else:
            folder.mkdir(parents=True)
            path = folder / "station.sqlite3"
            data = (good / "station.sqlite3").read_bytes()
            if kind == "truncated":
                path.write_bytes(data[:len(data) // 2 + 1000])
            elif kind == "random":
                path.write_bytes(random.Random(14).randbytes(len(data)))
            elif kind == "empty":
                path.write_bytes(b"")
            elif kind == "newer":
                path.write_bytes(data)
                con = sqlite3.connect(path)
                con.execute("INSERT INTO schema_version (version) VALUES (999)")
                con.commit()
                con.execute("PRAGMA journal_mode=DELETE")
                con.close()
            elif kind == "foreign":
                con = sqlite3.connect(path)
                con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, taken TEXT, file BLOB)")
                con.execute("INSERT INTO photos (taken) VALUES ('2026-01-01')")
                con.commit()
                con.close()
        yield folder
    finally:
        if mounted is not None:
            subprocess.run(["umount", "-l", str(mounted)], capture_output=True)
        elif folder.exists():
            os.chmod(folder, 0o755)


def _digest(folder: Path) -> tuple:
    path = folder / "station.sqlite3"
    return (hashlib.sha256(path.read_bytes()).hexdigest(),
            sorted(p.name for p in folder.iterdir() if p.name.startswith("station.sqlite3")))


def _run_here(folder: Path, argv: list[str]) -> tuple[int, str]:
    import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main.main(["--data-dir", str(folder), *argv])
        except SystemExit as exc:
            code = exc.code
            if isinstance(code, str):
                err.write(code)
                code = 1
    return code, out.getvalue() + err.getvalue()


@pytest.mark.parametrize("kind", KINDS)
def test_every_command_on_a_bad_data_file_says_what_to_do_and_changes_nothing(
        kind, good_desk, tmp_path, monkeypatch):
    from models.safety.opening import close_database

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # restore asks; nobody answers
    with bad_desk(kind, good_desk, tmp_path) as folder:
        before = _digest(folder)
        for argv in _commands(good_desk):
            code, said = _run_here(folder, argv)
            close_database()
            assert code not in (0, None), (argv, said)
            assert "Traceback" not in said, (argv, said)
            if argv[0] != "restore":  # restore first says what the backup holds, then declines
                assert WORDS[kind] in said, (argv, said)
            assert _digest(folder) == before, argv
        # one of them as a real process: no traceback at the process level either
        proc = subprocess.run([sys.executable, "main.py", "--data-dir", str(folder), "stats"],
                              cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300,
                              stdin=subprocess.DEVNULL)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert WORDS[kind] in proc.stderr
        assert _digest(folder) == before


@pytest.mark.parametrize("kind", ("truncated", "random", "empty", "foreign"))
def test_restore_puts_a_backup_in_place_of_a_damaged_file_and_keeps_the_damaged_one(
        kind, good_desk, tmp_path):
    from models.safety.opening import close_database

    with bad_desk(kind, good_desk, tmp_path) as folder:
        damaged = (folder / "station.sqlite3").read_bytes()
        code, said = _run_here(folder, ["restore", str(good_desk / "good-backup.sqlite3"), "--yes"])
        close_database()
        assert code == 0, said
        assert "已恢复" in said and "改名留着" in said
        kept = [p for p in folder.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
        assert len(kept) == 1 and kept[0].read_bytes() == damaged
        code, said = _run_here(folder, ["stats", "--json"])
        close_database()
        assert code == 0 and '"concerns": 30' in said, said


def test_the_window_says_the_same_words_for_a_bad_file(good_desk, tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    from ui import app as desk_app

    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append((title, text)))
    for kind in ("empty", "foreign", "truncated"):
        with bad_desk(kind, good_desk, tmp_path / kind) as folder:
            before = _digest(folder)
            _, window, code = desk_app.start(str(folder))
            assert window is None and code == 1
            assert WORDS[kind] in told[-1][1] and "restore" in told[-1][1]
            assert _digest(folder) == before
