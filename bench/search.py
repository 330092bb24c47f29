"""Search latency of ``models.concerns.search.search_concerns`` for the queries a duty
officer types, on the one-year demo station and on a county-scale database.

Query kinds:

- ``two_char``   two-character words (低保, 积水): shorter than a trigram, so
                 SQLite scans ``concern_fts`` instead of using its index;
- ``fragment``   three or more characters (宅基地, 养老保险): from the trigram index;
- ``name``       the newest concern's villager's name, and its last two characters;
- ``initials``   pinyin initials of a villager's name (3 letters, and its first 2);
- ``phone``      the last four digits of a phone number, and a whole number;
- ``case``       a case number (YEAR-0042); on the county database each village has one;
- ``no_match``   a two-character and a four-character word found nowhere.

The data-dependent queries (initials, phone, case) come from the database
itself: the villager of the newest concern, the latest year. Each query runs
``--repeat`` times (default 15), the queries taking turns round by round after
one warm-up round; each timing is one call of
``visible_ids(search_ids(station, query, limit=200))`` as the search page makes
it (``models.figures.concern_list.search_rows``), at the county desk's own
station, the busiest township and the busiest village on the county database.
``rows_s`` is the extra time the search page spends turning those ids into
table rows (``rows_for_ids``: one query), measured once per round.

``anchor_s`` is, in the same rounds, the least SQLite itself can do for the
query on the same file, in raw sqlite3: for a text word, the bare FTS5 query
of the index that fits it (``MATCH … ORDER BY rowid DESC LIMIT 200``, the
newest 200 rowids, no check, no scope, no ORM); for pinyin initials and phone
digits, the matching villagers by their index (a range; a scan for a phone
fragment) and their newest 200 concerns.

    .venv/bin/python bench/search.py --demo-dir D --county-dir C --out bench/results/search.json

D comes from ``python main.py --data-dir D demo`` (built in a temp dir if not
given); C from ``bench/generate.py C`` (skipped if not given).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import machine_info, machine_line, python_exe, summary  # noqa: E402


def queries_for(database) -> list[tuple[str, str]]:
    row = database.execute_sql(
        "SELECT v.pinyin_initials, v.phone, c.year, v.name FROM concern c JOIN villager v ON v.id = c.villager_id "
        "WHERE v.phone <> '' AND length(v.pinyin_initials) >= 3 "
        "ORDER BY c.registered_on DESC, c.seq DESC LIMIT 1").fetchone()
    initials, phone, year, name = row
    return [
        ("two_char", "低保"), ("two_char", "积水"),
        ("fragment", "宅基地"), ("fragment", "养老保险"),
        ("name", name), ("name", name[-2:]),
        ("initials", initials[:3]), ("initials", initials[:2]),
        ("phone", phone[-4:]), ("phone", phone),
        ("case", f"{year}-0042"),
        ("no_match", "火星"), ("no_match", "量子计算"),
    ]


def anchor_sql(kind: str, q: str) -> tuple[str, list]:
    """The anchor query for one search (see the module's docstring)."""
    from models.core import search_index

    if kind == "initials":
        return ("SELECT c.id FROM concern c WHERE c.villager_id IN (SELECT id FROM villager "
                "WHERE pinyin_initials >= ? AND pinyin_initials < ?) "
                "ORDER BY c.registered_on DESC, c.seq DESC LIMIT 200", [q, q + "\x7f"])
    if kind == "phone":
        return ("SELECT c.id FROM concern c WHERE c.villager_id IN (SELECT id FROM villager "
                "WHERE instr(phone, ?) > 0) ORDER BY c.registered_on DESC, c.seq DESC LIMIT 200", [q])
    if len(q) >= 3:
        return ("SELECT rowid FROM concern_fts WHERE concern_fts MATCH ? ORDER BY rowid DESC LIMIT 200",
                [search_index.trigram_phrase(q)])
    return ("SELECT rowid FROM concern_fts_chars WHERE concern_fts_chars MATCH ? "
            "ORDER BY rowid DESC LIMIT 200", [search_index.phrase(q)])


def bench_db(label: str, data_dir: Path, scope: str, repeat: int) -> dict:
    from peewee import fn

    from models.concerns.search import search_concerns, search_ids, visible_ids
    from models.core.clock import today
    from models.core.paths import database_path
    from models.core.schema import Concern, Station
    from models.figures.concern_list import rows_for_ids
    from models.safety.opening import close_database, open_database
    from models.station.stations import this_station

    path = database_path(data_dir)
    database = open_database(path)
    try:
        if scope == "this_station":
            station = this_station()
        elif scope == "all":
            station = None
        elif scope == "county":  # the county desk's own station: everything under it
            station = Station.get(Station.level == "county")
        elif scope == "township":  # the township with the most concerns under it
            sid = (Concern.select(Station.parent).join(Station, on=(Concern.station == Station.id))
                   .group_by(Station.parent).order_by(fn.COUNT(Concern.id).desc()).scalar())
            station = Station.get_by_id(sid)
        else:  # "busiest_village": the village with the most concerns
            sid = (Concern.select(Concern.station).group_by(Concern.station)
                   .order_by(fn.COUNT(Concern.id).desc()).scalar())
            station = Station.get_by_id(sid)
        queries = queries_for(database)
        n_concerns = Concern.select().count()
        times: dict[str, list[float]] = {q: [] for _, q in queries}
        rows_t: dict[str, list[float]] = {q: [] for _, q in queries}
        anchor_t: dict[str, list[float]] = {q: [] for _, q in queries}
        hits: dict[str, int] = {}
        day = today()
        import sqlite3

        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        for rnd in range(repeat + 1):  # round 0 warms the caches and is not kept
            for kind, q in queries:
                t0 = time.perf_counter()
                found = visible_ids(search_ids(station, q, limit=200))
                t1 = time.perf_counter()
                rows_for_ids(found, day)  # the page's rows (concern_list.search_rows)
                t2 = time.perf_counter()
                sql, params = anchor_sql(kind, q)
                t3 = time.perf_counter()
                raw.execute(sql, params).fetchall()
                t4 = time.perf_counter()
                hits[q] = len(found)
                if rnd:
                    times[q].append(t1 - t0)
                    rows_t[q].append(t2 - t1)
                    anchor_t[q].append(t4 - t3)
        raw.close()
        total_hits = {q: len(search_concerns(station, q, limit=10**7)) for _, q in queries}
    finally:
        close_database()
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    result = {
        "database": label, "path": str(path), "file_bytes": size,
        "wal_bytes": wal.stat().st_size if wal.exists() else 0,
        "concerns": n_concerns, "scope": scope,
        "station": station.name if station is not None else None,
        "repeat": repeat,
        "queries": [{"kind": kind, "query": q, "hits_shown": hits[q], "hits_total": total_hits[q],
                     "search_s": summary(times[q]), "rows_s": summary(rows_t[q]),
                     "anchor_s": summary(anchor_t[q]),
                     "raw_search_s": times[q]} for kind, q in queries],
    }
    kinds: dict[str, list[float]] = {}
    anchors: dict[str, list[float]] = {}
    for kind, q in queries:
        kinds.setdefault(kind, []).extend(times[q])
        anchors.setdefault(kind, []).extend(anchor_t[q])
    result["by_kind"] = {k: summary(v) for k, v in kinds.items()}
    result["anchor_by_kind"] = {k: summary(v) for k, v in anchors.items()}
    return result


def _make_demo() -> Path:
    import subprocess
    import tempfile

    d = Path(tempfile.mkdtemp(prefix="desk-bench-demo-"))
    subprocess.run([python_exe(), str(ROOT / "main.py"), "--data-dir", str(d), "demo"], check=True,
                   capture_output=True)
    return d


def print_result(r: dict) -> None:
    print(f"\n{r['database']}: {r['concerns']} concerns, {r['file_bytes'] / 1e6:.1f} MB, "
          f"scope {r['scope']} ({r['station'] or 'all stations'}), {r['repeat']} runs per query; ms")
    print(f"  {'kind':9s} {'query':12s} {'hits':>11s} {'median':>8s} {'p95':>8s} {'min':>8s} {'max':>8s}"
          f" {'+rows med':>9s} {'anchor med':>10s} {'anchor p95':>10s}")
    for q in r["queries"]:
        s, rw = q["search_s"], q["rows_s"]
        hits = f"{q['hits_shown']}/{q['hits_total']}"
        print(f"  {q['kind']:9s} {q['query']:12s} {hits:>11s} {s['median'] * 1e3:8.2f} {s['p95'] * 1e3:8.2f}"
              f" {s['min'] * 1e3:8.2f} {s['max'] * 1e3:8.2f} {rw['median'] * 1e3:9.2f}"
              f" {q['anchor_s']['median'] * 1e3:10.2f} {q['anchor_s']['p95'] * 1e3:10.2f}")
    print("  by kind (all runs of its queries): " + ", ".join(
        f"{k} {s['median'] * 1e3:.1f}/{s['p95'] * 1e3:.1f}" for k, s in r["by_kind"].items())
        + "  (median/p95 ms)")
    print("  anchors by kind: " + ", ".join(
        f"{k} {s['median'] * 1e3:.1f}/{s['p95'] * 1e3:.1f}" for k, s in r["anchor_by_kind"].items()))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Search latency on the demo and a county-scale database.")
    p.add_argument("--demo-dir", type=Path, help="a demo data folder (default: build one in a temp dir)")
    p.add_argument("--county-dir", type=Path, help="a folder made by bench/generate.py (skipped if absent)")
    p.add_argument("--repeat", type=int, default=15)
    p.add_argument("--out", type=Path, help="write the raw results as JSON here")
    args = p.parse_args(argv)

    info = machine_info(qt=False)
    print("machine:", machine_line(info))
    runs = [bench_db("demo (one village, one year)", args.demo_dir or _make_demo(), "this_station",
                     args.repeat)]
    print_result(runs[-1])
    if args.county_dir:
        for scope in ("county", "township", "busiest_village"):
            runs.append(bench_db("county (generated)", args.county_dir, scope, args.repeat))
            print_result(runs[-1])
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        import os

        info["loadavg_at_end"] = list(os.getloadavg())
        args.out.write_text(json.dumps({"bench": "search", "machine": info, "runs": runs},
                                       ensure_ascii=False, indent=1) + "\n")
        print(f"\nraw results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
