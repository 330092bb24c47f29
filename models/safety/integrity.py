"""Is the station database sound? One check that says so in plain Chinese.

``check_database`` runs, read-only:

1. ``PRAGMA integrity_check`` — SQLite's own check of every page and index;
2. ``PRAGMA foreign_key_check`` — no row points at a row that is not there;
3. the schema version is one this app knows (1 … ``migrations.LATEST``);
4. the app's own cheap invariants: every concern has its ``registered``
   event; ``concern.event_count`` equals the number of its events; the
   append-only / never-deleted triggers of every applied migration exist.

It is what start-up runs after an unclean shutdown and what ``main.py
verify`` reports. It writes nothing.

An unclean shutdown is noticed by a marker file in the data folder:
``begin_session`` writes it when the desk starts (and says whether one was
already there, i.e. the last session never ended cleanly: a power cut, a
crash, the process killed); ``end_session`` removes it at a clean exit.

``database`` may be ``None`` (the open ``models.core.db.db``), a peewee database,
a ``sqlite3.Connection``, or a path to a database file (opened read-only, so
a backup can be checked without touching it).
"""
from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from models.core import clock, migrations

# How many examples a problem line names before it says "等 N 条".
_EXAMPLES = 5

_GUARD_TRIGGER = re.compile(r"\b(CREATE|DROP)\s+TRIGGER\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"
                            r"([A-Za-z0-9_]*(?:append_only|never_deleted)[A-Za-z0-9_]*)",
                            re.IGNORECASE)

_RESTORE_HINT = "请不要再录入，联系县里的技术人员；备份在数据文件夹的 backups 文件夹里。"


RUNNING_MARKER = "desk-running.marker"


def marker_path(data_folder: os.PathLike | str) -> Path:
    return Path(data_folder) / RUNNING_MARKER


def was_unclean_shutdown(data_folder: os.PathLike | str) -> bool:
    """True when the last desk session on this folder never ended cleanly."""
    return marker_path(data_folder).exists()


def begin_session(data_folder: os.PathLike | str) -> bool:
    """Mark the desk as running on ``data_folder``; return True when the
    previous session's marker was still there (unclean shutdown). The marker
    is written durably (fsync) so that a power cut right after start-up
    still leaves it."""
    path = marker_path(data_folder)
    unclean = path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"pid {os.getpid()} started {clock.utc_now().isoformat()}Z\n")
        f.flush()
        os.fsync(f.fileno())
    return unclean


def end_session(data_folder: os.PathLike | str) -> None:
    """The desk closed cleanly: remove the marker."""
    try:
        marker_path(data_folder).unlink(missing_ok=True)
    except OSError:
        pass


@dataclass
class IntegrityReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    details: dict = field(default_factory=dict)

    def summary(self) -> str:
        """One plain Chinese paragraph: all fine, or every problem on its own line."""
        if self.ok:
            return "数据检查通过：数据文件完好，记录齐全。"
        return "数据检查发现问题：\n" + "\n".join(self.problems)


def expected_guard_triggers(version: int) -> set[str]:
    """The append-only / never-deleted triggers that migrations 1 … ``version``
    leave in place (a migration that drops one and creates it again keeps it)."""
    names: set[str] = set()
    for number, script in migrations.MIGRATIONS:
        if number > version:
            break
        if not isinstance(script, str):  # a Python migration touches no guard trigger
            continue
        for verb, name in _GUARD_TRIGGER.findall(script):
            if verb.upper() == "CREATE":
                names.add(name)
            else:
                names.discard(name)
    return names


def _connect(database):
    """(execute function, close function) for any accepted ``database``."""
    if database is None:
        from models.core.db import db

        database = db.obj
        if database is None:
            raise RuntimeError("no database is open")
    if isinstance(database, (str, os.PathLike)):
        path = Path(database)
        if not path.exists():
            raise FileNotFoundError(str(path))
        from models.safety.file_check import read_only_uri

        conn = sqlite3.connect(read_only_uri(path), uri=True)
        return (lambda sql: conn.execute(sql).fetchall()), conn.close
    if isinstance(database, sqlite3.Connection):
        return (lambda sql: database.execute(sql).fetchall()), (lambda: None)
    # a peewee database
    return (lambda sql: database.execute_sql(sql).fetchall()), (lambda: None)


def _examples(items) -> str:
    items = list(items)
    shown = "、".join(str(i) for i in items[:_EXAMPLES])
    if len(items) > _EXAMPLES:
        shown += f" 等 {len(items)} 条"
    return shown


def check_database(database=None) -> IntegrityReport:
    """Check the database; see the module docstring. Never raises for a
    damaged or foreign file: that is reported as a problem."""
    problems: list[str] = []
    details: dict = {}
    try:
        run, close = _connect(database)
    except FileNotFoundError as exc:
        return IntegrityReport(False, [f"找不到数据文件 {exc}。{_RESTORE_HINT}"],
                               {"error": f"missing: {exc}"})
    except sqlite3.Error as exc:
        return IntegrityReport(False, [f"数据文件打不开（{exc}）。{_RESTORE_HINT}"],
                               {"error": str(exc)})
    try:
        _run_checks(run, problems, details)
    except sqlite3.DatabaseError as exc:
        details["error"] = str(exc)
        problems.append(f"数据文件读不出来（{exc}），可能已经损坏。{_RESTORE_HINT}")
    except Exception as exc:  # peewee wraps sqlite3 errors in its own types
        if type(exc).__module__.split(".")[0] not in ("peewee", "sqlite3"):
            raise
        details["error"] = str(exc)
        problems.append(f"数据文件读不出来（{exc}），可能已经损坏。{_RESTORE_HINT}")
    finally:
        close()
    return IntegrityReport(not problems, problems, details)


def _run_checks(run, problems: list[str], details: dict) -> None:
    # 1. SQLite's own check of pages and indexes.
    integrity = [r[0] for r in run("PRAGMA integrity_check")]
    details["integrity_check"] = integrity
    if integrity != ["ok"]:
        problems.append("数据文件内部损坏（SQLite 完整性检查没有通过："
                        f"{'；'.join(integrity[:3])[:200]}）。{_RESTORE_HINT}")

    # 2. Rows that point at rows that are not there.
    fk = [tuple(r) for r in run("PRAGMA foreign_key_check")]
    details["foreign_key_check"] = fk
    if fk:
        tables = sorted({r[0] for r in fk})
        problems.append(f"有 {len(fk)} 条记录指向已经不存在的记录（在表 {'、'.join(tables)}）。"
                        + _RESTORE_HINT)

    # 3. The schema version.
    tables = {r[0] for r in run("SELECT name FROM sqlite_master WHERE type = 'table'")}
    details["tables"] = sorted(tables)
    version = 0
    if "schema_version" in tables:
        version = run("SELECT MAX(version) FROM schema_version")[0][0] or 0
    details["schema_version"] = version
    details["latest_version"] = migrations.LATEST
    if version == 0:
        problems.append("这个文件不是本软件的数据文件（没有数据版本号）。" + _RESTORE_HINT)
        return
    if version > migrations.LATEST:
        problems.append(f"这个数据文件是较新版本的软件建立的（数据版本 {version}，"
                        f"本软件只认识到 {migrations.LATEST}），请安装新版本后再检查。")
        return

    # 4. The app's own invariants.
    triggers = {r[0] for r in run("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    missing = sorted(expected_guard_triggers(version) - triggers)
    details["missing_triggers"] = missing
    if missing:
        problems.append("保护记录不被改写、删除的设置丢了（" + _examples(missing) + "），"
                        "记录可能被改动过。" + _RESTORE_HINT)

    if {"concern", "concern_event"} <= tables:
        unregistered = [r[0] for r in run(
            "SELECT c.case_number FROM concern c WHERE NOT EXISTS (SELECT 1 FROM concern_event e "
            "WHERE e.concern_id = c.id AND e.kind = 'registered') ORDER BY c.case_number")]
        details["concerns_without_registered"] = unregistered
        if unregistered:
            problems.append(f"有 {len(unregistered)} 件关切缺少登记记录（{_examples(unregistered)}），"
                            "历史不完整。" + _RESTORE_HINT)
        mismatched = [tuple(r) for r in run(
            "SELECT c.case_number, c.event_count, "
            "(SELECT COUNT(*) FROM concern_event e WHERE e.concern_id = c.id) AS n "
            "FROM concern c WHERE c.event_count != "
            "(SELECT COUNT(*) FROM concern_event e WHERE e.concern_id = c.id) ORDER BY c.case_number")]
        details["event_count_mismatch"] = mismatched
        if mismatched:
            problems.append(f"有 {len(mismatched)} 件关切的办理记录条数对不上"
                            f"（{_examples(r[0] for r in mismatched)}），可能有记录丢失。"
                            + _RESTORE_HINT)


def full_check(path: os.PathLike | str, expect: tuple[int, str] | None = None) -> IntegrityReport:
    """Everything ``main.py verify`` checks, on a read-only connection of its
    own: ``check_database`` and the audit chain (``models.safety.audit``).
    Long on a county's multi-GB file: the desk runs it in the background
    after every start (``ui/background_check.py``); start-up itself only
    reads the file's header and tables (``models.safety.file_check``).
    ``expect``: a chain head printed on a ledger (``audit.parse_head``), which
    the chain must still hold (``ui/ledger_check_dialog.py``)."""
    from models.safety import audit
    from models.safety.file_check import read_only_uri

    report = check_database(path)
    if "error" in report.details:
        return report
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return IntegrityReport(False, report.problems + [f"数据文件打不开（{exc}）。{_RESTORE_HINT}"],
                               report.details)
    try:
        chain = audit.verify_chain(con, desk_check=True, expect=expect)
    except sqlite3.DatabaseError as exc:
        chain = audit.ChainReport(False, [f"记录链读不出来（{exc}），数据文件可能已经损坏。"])
    finally:
        con.close()
    problems = list(report.problems)
    if not chain.ok:
        problems.append("记录链有问题，记录可能被改动过：" + "；".join(p.rstrip("。") for p in chain.problems[:3])[:300]
                        + "。" + _RESTORE_HINT)
    return IntegrityReport(not problems, problems, dict(report.details, chain_ok=chain.ok))
