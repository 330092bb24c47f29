"""The statistics of a county's year, beside a raw GROUP BY in the same run.

- ``statistics``: ``models.figures.periods.statistics(county, year)`` — what the
  statistics screen (F6, off the GUI thread) and ``stats --period year``
  compute: figures, six years of trend, by hamlet, 161 villages ranked,
  supervision — in this process, on the app's own connection.
- ``cli``: ``python main.py --data-dir D stats --period year`` as a fresh
  process (interpreter, imports, opening the database and all).
- ``raw``: the anchor, a bare ``sqlite3`` connection counting the same year's
  concerns ``GROUP BY station_id, outcome, satisfaction`` — the least a query
  can do to give the ranking's numbers.
- ``raw6``: the same GROUP BY over the six years the statistics read (the
  year and the five before it, for the trend) — the raw query of the rows
  the statistics count.

The kinds run interleaved after one warm-up of each.

    .venv/bin/python bench/stats.py --data-dir /tmp/county --runs 5 --out bench/results/stats.json
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    import argparse
    import json
    import os
    import sqlite3
    import subprocess

    from bench.machine import machine_info, machine_line, python_exe, summary

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", required=True, help="a county made by bench/generate.py")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--year", type=int, help="the year (default: the newest concern's)")
    p.add_argument("--out", help="write the results as JSON here")
    args = p.parse_args(argv)

    path = Path(args.data_dir) / "station.sqlite3"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    year = args.year or int(con.execute("SELECT MAX(registered_on) FROM concern").fetchone()[0][:4])
    lo, hi = f"{year}-01-01", f"{year}-12-31"
    lo6 = f"{year - 5}-01-01"
    info = machine_info()
    print("machine:", machine_line(info), file=sys.stderr)

    from models.core.schema import Station
    from models.figures.periods import Period, statistics
    from models.safety.opening import open_database

    open_database(path)
    county = Station.get(Station.level == "county")
    period = Period("year", year, 1)
    py = python_exe()
    env = dict(os.environ)

    def raw():
        return con.execute("SELECT station_id, outcome, satisfaction, COUNT(*) FROM concern "
                           "WHERE registered_on BETWEEN ? AND ? GROUP BY 1, 2, 3", (lo, hi)).fetchall()

    def raw6():
        return con.execute("SELECT station_id, outcome, satisfaction, COUNT(*) FROM concern "
                           "WHERE registered_on BETWEEN ? AND ? GROUP BY 1, 2, 3", (lo6, hi)).fetchall()

    def stats():
        return statistics(county, period)

    def cli():
        out = subprocess.run([py, str(ROOT / "main.py"), "--data-dir", str(args.data_dir), "stats",
                              "--period", "year", "--at", f"{year}-06-30"],
                             capture_output=True, text=True, env=env, check=True)
        return out.stdout

    kinds = {"raw": raw, "raw6": raw6, "statistics": stats, "cli": cli}
    for fn in kinds.values():  # warm-up: page cache, byte-code
        fn()
    times: dict[str, list[float]] = {k: [] for k in kinds}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}
    for i in range(args.runs):
        order = list(kinds)[i % len(kinds):] + list(kinds)[:i % len(kinds)]
        for name in order:
            c0, t0 = time.process_time(), time.monotonic()
            kinds[name]()
            times[name].append(time.monotonic() - t0)
            cpu[name].append(time.process_time() - c0)
            print(f"  run {i + 1} {name:10s} {times[name][-1] * 1000:8.1f} ms", file=sys.stderr)
    s = stats()
    facts = {"concerns": con.execute("SELECT COUNT(*) FROM concern").fetchone()[0],
             "year": year, "year_concerns": s.figures.totals.concerns,
             "ranked": len(s.ranking), "trend": [p.concerns for p in s.trend]}
    result = {"bench": "stats", "machine": info, "database": str(path), **facts,
              "runs": args.runs,
              **{k: {"wall_s": summary(v), "cpu_s": summary(cpu[k])} for k, v in times.items()}}
    info["loadavg_at_end"] = list(os.getloadavg())
    raw_med = result["raw"]["wall_s"]["median"]
    print(f"\nmachine: {machine_line(info)}")
    print(f"database: {facts['concerns']} concerns; year {year}: {facts['year_concerns']}, "
          f"{facts['ranked']} villages ranked")
    print(f"{args.runs} runs of each, interleaved; median wall [min–max]")
    for k in kinds:
        w = result[k]["wall_s"]
        c = result[k]["cpu_s"]["median"]
        print(f"  {k:10s} {w['median'] * 1000:8.1f} ms [{w['min'] * 1000:.1f}–{w['max'] * 1000:.1f}]"
              f"  = {w['median'] / raw_med:5.2f} × raw, "
              f"{w['median'] / result['raw6']['wall_s']['median']:5.2f} × raw6; CPU {c * 1000:.1f} ms")
    print(f"load average at start {info['loadavg_at_start']}, at end {info['loadavg_at_end']}")
    result["ratio_statistics_raw"] = result["statistics"]["wall_s"]["median"] / raw_med
    result["ratio_cli_raw"] = result["cli"]["wall_s"]["median"] / raw_med
    result["ratio_statistics_raw6"] = (result["statistics"]["wall_s"]["median"]
                                       / result["raw6"]["wall_s"]["median"])
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
