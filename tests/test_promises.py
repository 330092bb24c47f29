"""Promises of README.md and docs/SECURITY.md that had no test of their own
(issue "Every promise has a test that can fail"), checked on the real thing:

- the database is opened with ``synchronous=FULL`` ("Where the data lives",
  SECURITY.md "a power cut"): read back from SQLite on the connection peewee
  uses and on a worker thread's own connection, also on a SQLite whose default
  is not FULL (so the test fails if the desk stops asking for FULL);
- the auto-lock's setting: 10 minutes unless changed, and a change is kept;
- the ranking flags the stations *under* 90% satisfaction: 9 of 10 rated
  satisfied (90.0%) is not flagged, 8 of 9 (88.9%) is — in the models, in
  ``stats`` (JSON and text) and on the printed report.

The desk's own screens (the lock timer, the keys, large text, English) are
checked in tests/ui/test_desk_promises.py.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import subprocess
import threading

import pytest

from models.core import clock, settings
from models.core.db import db as proxy
from models.safety.opening import close_database, close_thread_connection, open_database

FULL = 2     # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
NORMAL = 1


def _pragma(name: str):
    return proxy.execute_sql(f"PRAGMA {name}").fetchone()[0]


def _read_on_a_worker_thread() -> tuple[int, str, int, bool]:
    """What a worker thread's own connection says (peewee keeps one connection
    per thread: the sync page's and the print centre's workers use theirs and
    close it with close_thread_connection when their job ends)."""
    main_connection = proxy.connection()
    seen: dict = {}

    def work():
        try:
            seen["own"] = proxy.connection() is not main_connection
            seen["values"] = (_pragma("synchronous"), _pragma("journal_mode"),
                              _pragma("foreign_keys"))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            seen["error"] = exc
        finally:
            close_thread_connection()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert "error" not in seen, seen.get("error")
    return (*seen["values"], seen["own"])


# ---------------------------------------------------------------- synchronous=FULL

def test_the_database_is_opened_with_synchronous_full_wal_and_foreign_keys(db_path):
    open_database(db_path)
    try:
        assert _pragma("synchronous") == FULL
        assert _pragma("journal_mode") == "wal"
        assert _pragma("foreign_keys") == 1
        # the very connection peewee runs the desk's queries on
        assert proxy.connection().execute("PRAGMA synchronous").fetchone()[0] == FULL
    finally:
        close_database()
    # and again when an existing file is opened (the usual start of a day)
    open_database(db_path)
    try:
        assert _pragma("synchronous") == FULL
    finally:
        close_database()


def test_a_worker_threads_own_connection_is_synchronous_full_too(db_path):
    open_database(db_path)
    try:
        synchronous, journal, foreign_keys, own = _read_on_a_worker_thread()
        assert own, "the worker should have a connection of its own"
        assert (synchronous, journal, foreign_keys) == (FULL, "wal", 1)
        assert _pragma("synchronous") == FULL  # the GUI thread's is untouched
    finally:
        close_database()


def test_full_even_where_sqlites_own_default_is_normal(db_path, monkeypatch):
    """This machine's SQLite already defaults to FULL, so the two tests above
    would pass even if the desk stopped asking for it. Here every new SQLite
    connection starts at NORMAL (as on a build with DEFAULT_WAL_SYNCHRONOUS=1):
    the desk's connections must still read FULL."""
    real_connect = sqlite3.connect

    def connect_at_normal(*args, **kwargs):
        con = real_connect(*args, **kwargs)
        con.execute("PRAGMA synchronous = NORMAL")
        return con

    monkeypatch.setattr(sqlite3, "connect", connect_at_normal)
    assert real_connect(":memory:").execute("PRAGMA synchronous").fetchone()[0] == FULL
    assert sqlite3.connect(":memory:").execute("PRAGMA synchronous").fetchone()[0] == NORMAL
    open_database(db_path)
    try:
        assert _pragma("synchronous") == FULL
        synchronous, _, _, own = _read_on_a_worker_thread()
        assert own and synchronous == FULL
    finally:
        close_database()


# ---------------------------------------------------------------- the auto-lock's setting

def test_the_desk_locks_after_10_minutes_unless_the_setting_says_otherwise(db):
    assert settings.DEFAULT_LOCK_MINUTES == 10
    assert settings.lock_minutes() == 10          # a new desk
    settings.set_lock_minutes(3)
    assert settings.lock_minutes() == 3
    close_database()
    open_database(db.database)                    # kept in the database
    assert settings.lock_minutes() == 3
    from models.core.errors import ValidationError
    for bad in (0, 121, "abc"):
        with pytest.raises(ValidationError):
            settings.set_lock_minutes(bad)
    assert settings.lock_minutes() == 3


# ---------------------------------------------------------------- the 90% line in the ranking

MARCH = dt.datetime(2026, 3, 31, 17, 0)  # the desk's clock: the end of the month counted


def _rated_concerns(village, clerk, name: str, ratings: dict[str, int]) -> None:
    from models.concerns.intake import receive_visit
    from models.concerns.villagers import register_villager
    from models.concerns.workflow import ConcernInput

    villager = register_villager(village, name)
    day = 2
    for satisfaction, n in ratings.items():
        for _ in range(n):
            receive_visit(village, "walk_in", [villager], [
                ConcernInput(villager, "proxy_service", "answer_on_spot", "问医保报销",
                             answer="已当面答复", satisfaction=satisfaction)],
                clerk, at=dt.datetime(2026, 3, day, 9))
            day += 1


@pytest.fixture
def ninety(db):
    """Township 九镇 and four villages, every concern answered on the spot in
    March 2026 and rated by the villager:

    甲村 9 of 10 satisfied (6 满意 + 3 基本满意 + 1 不满意) = 90.0%: on the line;
    乙村 8 of 9 satisfied (7 满意 + 1 基本满意 + 1 不满意) = 88.9%: under it;
    丙村 5 of 5 = 100%; 丁村 a concern nobody rated (no rate, not flagged).
    """
    from models.station import stations

    with clock.frozen(MARCH, ticking=True):
        t = stations.create_station("township", "九镇回应中心", "T90")
        villages = {}
        for mark, code in (("甲", "T90-A"), ("乙", "T90-B"), ("丙", "T90-C"), ("丁", "T90-D")):
            villages[mark] = stations.create_station("village", f"{mark}村回应站", code, t)
        clerks = {m: stations.add_staff(v, f"{m}办事员", role="clerk") for m, v in villages.items()}
        _rated_concerns(villages["甲"], clerks["甲"], "韦一",
                        {"satisfied": 6, "basically": 3, "dissatisfied": 1})
        _rated_concerns(villages["乙"], clerks["乙"], "韦二",
                        {"satisfied": 7, "basically": 1, "dissatisfied": 1})
        _rated_concerns(villages["丙"], clerks["丙"], "韦三", {"satisfied": 5})
        from models.concerns.intake import receive_visit
        from models.concerns.villagers import register_villager
        from models.concerns.workflow import ConcernInput

        v = register_villager(villages["丁"], "韦四")
        receive_visit(villages["丁"], "walk_in", [v], [
            ConcernInput(v, "dispute", "mediate_on_site", "宅基地纠纷")],
            clerks["丁"], at=dt.datetime(2026, 3, 20, 9))
        yield t


def test_under_90_percent_is_flagged_and_90_percent_itself_is_not(ninety):
    from models.figures.periods import Period, statistics

    s = statistics(ninety, Period("month", 2026, 3))
    rows = {r.code: r for r in s.ranking}
    assert rows["T90-A"].rated == 10 and rows["T90-A"].satisfaction_rate == pytest.approx(0.9)
    assert rows["T90-B"].rated == 9 and rows["T90-B"].satisfaction_rate == pytest.approx(8 / 9)
    assert [(r.rank, r.code, r.flagged) for r in s.ranking] == [
        (1, "T90-C", False),    # 100%
        (2, "T90-A", False),    # 90.0%: not under 90%
        (3, "T90-B", True),     # 88.9%: under
        (4, "T90-D", False),    # nobody rated: no rate to judge, ranked last
    ]
    ranking = s.as_json()["ranking"]
    assert [(r["code"], r["satisfaction_rate"], r["flagged"]) for r in ranking] == [
        ("T90-C", 1.0, False), ("T90-A", 0.9, False), ("T90-B", 0.8889, True), ("T90-D", None, False)]


def test_the_stats_command_flags_the_same_stations(ninety, db_path, capsys):
    from main import main

    with clock.frozen(MARCH, ticking=True):
        close_database()
        data_dir = str(db_path.parent)
        assert main(["--data-dir", data_dir, "stats", "--json", "--period", "month",
                     "--at", "2026-03-15", "--station", "T90"]) == 0
        d = json.loads(capsys.readouterr().out)
        assert {r["name"]: r["flagged"] for r in d["ranking"]} == {
            "丙村回应站": False, "甲村回应站": False, "乙村回应站": True, "丁村回应站": False}
        assert main(["--data-dir", data_dir, "stats", "--period", "month",
                     "--at", "2026-03-15", "--station", "T90"]) == 0
        lines = {line.split(".", 1)[1].split()[0]: line
                 for line in capsys.readouterr().out.splitlines() if re.match(r"\s+\d+\. ", line)}
        assert "满意率 90.0%" in lines["甲村回应站"] and "【低于90%】" not in lines["甲村回应站"]
        assert "满意率 88.9%" in lines["乙村回应站"] and "【低于90%】" in lines["乙村回应站"]
        assert "【低于90%】" not in lines["丙村回应站"] + lines["丁村回应站"]
        open_database(db_path)  # for the db fixture to close


def test_the_printed_report_marks_only_the_station_under_90_percent(ninety, tmp_path):
    import reports
    from models.figures import reporting

    data = reporting.report_data("stats", ninety, dt.date(2026, 3, 1), dt.date(2026, 3, 31),
                                 today=dt.date(2026, 3, 31))
    assert data.flagged == 1
    assert [(r.name, r.satisfaction, r.flagged) for r in data.ranking] == [
        ("丙村回应站", "100.0%", False), ("甲村回应站", "90.0%", False),
        ("乙村回应站", "88.9%", True), ("丁村回应站", "—", False)]
    path = tmp_path / "stats.pdf"
    assert reports.render("stats", data, path) >= 1
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                             capture_output=True, text=True, check=True).stdout)
    ranking = text[text.index("各站排名"):]
    assert "88.9%▲" in ranking and "90.0%▲" not in ranking and "100.0%▲" not in ranking
    assert "本期1个" in text
