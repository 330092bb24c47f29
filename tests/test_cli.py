"""The command line, run as a township script would run it: a subprocess of
``python main.py`` in the repository folder."""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys

import pytest

from models.concerns.search import search_concerns
from models.core.schema import Concern
from models.core.vocab import FUNCTIONS, OTHER_OUTCOMES, RULES
from models.figures.totals import totals
from models.safety.opening import close_database, open_database

from .conftest import ROOT, copy_demo

CJK = re.compile(r"[\u4e00-\u9fff]")


def run(*args, check_ok=True):
    proc = subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    if check_ok:
        assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture(scope="module")
def made_by_the_command(tmp_path_factory):
    """A data folder filled by the real ``main.py demo`` (the one test run of the
    command end to end; other tests work on copies of the session's demo)."""
    d = tmp_path_factory.mktemp("cli-demo")
    proc = run("--data-dir", d, "demo")
    return d, proc


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory, demo_template):
    """A data folder holding a copy of the session's demo year."""
    d = tmp_path_factory.mktemp("cli-data")
    copy_demo(demo_template, d)
    return d


@contextlib.contextmanager
def opened(data_dir):
    open_database(data_dir / "station.sqlite3")
    try:
        yield
    finally:
        close_database()


def stats_json(data_dir, *extra):
    proc = run("--data-dir", data_dir, "stats", "--json", *extra)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stdout
    return json.loads(lines[0])


def row_counts(path):
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {n: con.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def test_help_lists_the_commands():
    proc = run("--help")
    for command in ("demo", "stats", "search", "where", "gui"):
        assert re.search(rf"^\s+{command}\s", proc.stdout, re.M), command
    assert "--data-dir" in proc.stdout
    assert CJK.search(proc.stdout)
    assert "--json" in run("stats", "--help").stdout


def test_stats_json_has_the_promised_keys_and_adds_up(data_dir):
    t = stats_json(data_dir)
    for key in ("visitors", "visits", "concerns", "resolved", "pending"):
        assert type(t[key]) is int, key
    for key in ("other_outcomes", "by_function", "by_rule"):
        assert isinstance(t[key], dict), key
        assert all(type(v) is int for v in t[key].values()), key
    assert set(t["other_outcomes"]) == set(OTHER_OUTCOMES)
    assert set(t["by_function"]) == set(FUNCTIONS)
    assert set(t["by_rule"]) == set(RULES)
    assert t["concerns"] == t["resolved"] + t["pending"] + sum(t["other_outcomes"].values())
    assert sum(t["by_function"].values()) == t["concerns"]
    assert sum(t["by_rule"].values()) == t["concerns"]
    assert t["visitors"] >= t["visits"] > 0
    assert t["concerns"] > 100


def test_stats_json_equals_the_models_totals_on_the_same_file(data_dir):
    t = stats_json(data_dir)
    with opened(data_dir):
        expected = totals(None).as_json()
    assert t == expected


def test_stats_from_to_filters_by_date(data_dir):
    whole = stats_json(data_dir)
    with opened(data_dir):
        last = max(c.registered_on for c in Concern.select())
        start = last - dt.timedelta(days=90)
        expected = totals(None, start, last).as_json()
        since = totals(None, start, None).as_json()
        until = totals(None, None, start - dt.timedelta(days=1)).as_json()
    part = stats_json(data_dir, "--from", start, "--to", last)
    assert part == expected
    assert 0 < part["concerns"] < whole["concerns"]
    assert part["from"] == start.isoformat() and part["to"] == last.isoformat()
    assert stats_json(data_dir, "--from", start) == since
    assert stats_json(data_dir, "--to", start - dt.timedelta(days=1)) == until
    for key in ("visitors", "visits", "concerns", "resolved", "pending"):
        assert since[key] + until[key] == whole[key], key


@pytest.mark.parametrize("args", [
    ("--from", "2026-13-01"),
    ("--from", "2026-02-30"),
    ("--to", "昨天"),
    ("--from", "2026/03/08"),
])
def test_bad_date_gives_a_plain_chinese_message(data_dir, args):
    proc = run("--data-dir", data_dir, "stats", "--json", *args, check_ok=False)
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert "日期格式不对" in proc.stderr
    assert "2026-03-08" in proc.stderr      # shows the right form


def test_from_after_to_is_refused(data_dir):
    proc = run("--data-dir", data_dir, "stats", "--from", "2026-05-01", "--to", "2026-04-01",
               check_ok=False)
    assert proc.returncode != 0
    assert "开始日期不能晚于结束日期" in proc.stderr


def test_stats_without_a_database_says_so_and_creates_nothing(tmp_path):
    proc = run("--data-dir", tmp_path, "stats", "--json", check_ok=False)
    assert proc.returncode != 0
    assert "还没有数据库" in proc.stderr
    assert "main.py demo" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_demo_makes_a_village_year_ending_today(made_by_the_command):
    d, proc = made_by_the_command
    assert proc.stdout.startswith("已生成演示站点“那堪村村民关切回应站”"), proc.stdout
    assert f"数据文件：{d / 'station.sqlite3'}" in proc.stdout
    with opened(d):
        from models.core.clock import today
        from models.core.schema import Visit

        t = totals(None)
        days = [v.local_date for v in Visit.select(Visit.local_date)]
        assert f"来访 {t.visits} 次 {t.visitors} 人，关切 {t.concerns} 件。" in proc.stdout
        assert t.concerns > 100
        # the demo's year ends on the clock's today (the command passes no end date)
        assert today() - dt.timedelta(days=366) <= min(days) and max(days) <= today()
        assert max(days) >= today() - dt.timedelta(days=30)
    assert stats_json(d)["concerns"] == t.concerns


def test_demo_twice_refuses_and_changes_nothing(data_dir):
    before_stats = stats_json(data_dir)
    before_rows = row_counts(data_dir / "station.sqlite3")
    proc = run("--data-dir", data_dir, "demo", check_ok=False)
    assert proc.returncode != 0
    assert "已经有站点" in proc.stderr
    assert CJK.search(proc.stderr)
    assert stats_json(data_dir) == before_stats
    assert row_counts(data_dir / "station.sqlite3") == before_rows


def test_search_prints_results(data_dir):
    proc = run("--data-dir", data_dir, "search", "低保")
    lines = proc.stdout.strip().splitlines()
    m = re.fullmatch(r"共找到 (\d+) 件。", lines[-1])
    assert m, lines[-1]
    n = int(m.group(1))
    assert n == len(lines) - 1 > 0
    with opened(data_dir):
        found = search_concerns(None, "低保")
        numbers = [c.case_number for c in found]
    assert n == len(found)
    assert [line.split()[0] for line in lines[:-1]] == numbers
    public = [c for c in found if not c.confidential]
    assert public and all("低保" in c.summary + c.details for c in found)


def test_search_does_not_print_confidential_details(data_dir):
    with opened(data_dir):
        secret = [c for c in Concern.select() if c.confidential]
        name = secret[0].villager.name
        summary = secret[0].summary
        case = secret[0].case_number
    proc = run("--data-dir", data_dir, "search", case)
    assert case in proc.stdout
    assert summary not in proc.stdout
    assert name not in proc.stdout
    assert "涉密" in proc.stdout


def test_where_prints_the_database_path(tmp_path):
    proc = run("--data-dir", tmp_path, "where")
    assert proc.stdout.strip() == str(tmp_path / "station.sqlite3")
