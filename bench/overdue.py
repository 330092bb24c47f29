"""The township's and county's 待办 over the stations below (issue 17): the
stations' lines (one counting query), the first page and the next nine pages
of the list (keyset), and the count — on a county made by bench/generate.py,
beside a raw query that only counts the same open concerns past or near
their deadline.

    .venv/bin/python bench/overdue.py --data-dir /tmp/county --runs 5 --out bench/results/overdue-county.json
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    import argparse
    import datetime as dt
    import json
    import os
    import sqlite3

    from bench.machine import machine_info, machine_line, summary

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", required=True, help="a county made by bench/generate.py")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--out", help="write the results as JSON here")
    args = p.parse_args(argv)

    path = Path(args.data_dir) / "station.sqlite3"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    last = dt.date.fromisoformat(con.execute("SELECT MAX(registered_on) FROM concern").fetchone()[0][:10])
    today = last
    soon = (today + dt.timedelta(days=2)).isoformat()
    info = machine_info()
    print("machine:", machine_line(info), file=sys.stderr)

    from models.core.schema import Station
    from models.figures.overdue_below import BelowDeadlines
    from models.figures.periods import Period, statistics
    from models.safety.opening import open_database

    open_database(path)
    county = Station.get(Station.level == "county")
    township = Station.select().where(Station.level == "township").order_by(Station.code).first()

    def raw():
        return con.execute("SELECT station_id, COUNT(*) FROM concern WHERE outcome = 'pending' "
                           "AND deadline IS NOT NULL AND deadline <= ? GROUP BY 1", (soon,)).fetchall()

    def lines(desk):
        return lambda: BelowDeadlines(desk, today).stations()

    def ten_pages(desk):
        def run():
            listing, after, n = BelowDeadlines(desk, today), None, 0
            for _ in range(10):
                page = listing.page(after)
                n += len(page.rows)
                after = page.after
                if after is None:
                    break
            return n
        return run

    def count(desk):
        return lambda: BelowDeadlines(desk, today).count()

    def stats_year():
        return statistics(county, Period("year", today.year, 1), today=today)

    kinds = {"raw": raw, "county_lines": lines(county), "county_first_page":
             lambda: BelowDeadlines(county, today).page(), "county_ten_pages": ten_pages(county),
             "county_count": count(county), "township_lines": lines(township),
             "township_first_page": lambda: BelowDeadlines(township, today).page(),
             "county_statistics_year": stats_year}
    for fn in kinds.values():
        fn()
    times: dict[str, list[float]] = {k: [] for k in kinds}
    names = list(kinds)
    for i in range(args.runs):
        for name in names[i % len(names):] + names[:i % len(names)]:
            t0 = time.monotonic()
            kinds[name]()
            times[name].append(time.monotonic() - t0)
    facts = {"concerns": con.execute("SELECT COUNT(*) FROM concern").fetchone()[0],
             "today": today.isoformat(),
             "listed_county": BelowDeadlines(county, today).count(),
             "listed_township": BelowDeadlines(township, today).count(),
             "stations_below_county": len(BelowDeadlines(county, today).stations()),
             "township": township.name}
    info["loadavg_at_end"] = list(os.getloadavg())
    result = {"bench": "overdue", "machine": info, "database": str(path), **facts, "runs": args.runs,
              **{k: {"wall_s": summary(v)} for k, v in times.items()}}
    print(f"\nmachine: {machine_line(info)}")
    print(f"database: {facts['concerns']} concerns; as of {facts['today']}: "
          f"{facts['listed_county']} overdue or due soon under the county, "
          f"{facts['listed_township']} under {facts['township']}")
    print(f"{args.runs} runs of each, interleaved; median wall [min–max]")
    for k in kinds:
        w = result[k]["wall_s"]
        print(f"  {k:24s} {w['median'] * 1000:8.1f} ms [{w['min'] * 1000:.1f}–{w['max'] * 1000:.1f}]")
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
