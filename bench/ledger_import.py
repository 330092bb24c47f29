"""`ledger import FILE --yes` at 1,000 / 2,000 / 5,000 rows (does the time per
row stay flat?), and a 1,000,000-row CSV offered to it (how long until it is
refused, and how much memory that takes).

Each run imports into a fresh copy of the same database: the test village
(two hamlets, two staff) as `tests/conftest.py` sets it up, with the rows of
the desk's demo generator's shape — villagers drawn from its surnames and
given names (896 names, so a name comes back as a returning villager, found
by name and phone or by name and hamlet), two rows in three with a phone, a
hamlet on two in three, the demo's concern templates, a third still pending,
the rest closed in one of the importable outcomes, half of the resolved
rated. The timed call is `main.main(["--data-dir", D, "ledger", "import",
FILE, "--yes"])`, in process (reading, checking, importing; not the
interpreter's start). Sizes take turns within a run; medians over --runs.

The 1,000,000-row CSV (about 120 MB) is offered in a fresh interpreter,
`ledger import` without --yes; reported: its exit code and message, wall
time, and the child's peak RSS (getrusage maxrss).

    .venv/bin/python bench/ledger_import.py                 # 3 runs, writes bench/results/ledger-import.json
    .venv/bin/python bench/ledger_import.py --runs 1 --sizes 500 --big-rows 0     # smoke test
    .venv/bin/python bench/ledger_import.py --tree OLD --sizes 1000 2000 --runs 1 --big-rows 0 --out X.json
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import io
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

NOW = dt.datetime(2026, 11, 20, 9, 30)


def make_station(folder: Path) -> None:
    from models.core.paths import database_path
    from models.safety.opening import close_database, open_database
    from models.station import stations

    open_database(database_path(folder))
    village = stations.set_up_this_station("village", "测试村村民关切回应站", "450000001001",
                                           parent_name="测试镇回应中心", parent_code="450000001")
    stations.create_station("hamlet", "上屯", "450000001001-01", village)
    stations.create_station("hamlet", "下屯", "450000001001-02", village)
    stations.add_staff(village, "王站长", "13800000001", "head", full_time=True)
    stations.add_staff(village, "李办事员", "13800000002", "clerk")
    close_database()


def ledger_rows(n: int, seed: int = 7):
    from models.core.vocab import FUNCTIONS, RULES
    from models.samples.demo import GIVEN, SURNAMES, TEMPLATES

    rng = random.Random(seed)
    people = [(s + g, f"13{rng.randrange(10**9):09d}", rng.choice(["上屯", "下屯", ""]))
              for s in SURNAMES for g in GIVEN]
    outcomes = ["已解决", "已解决", "村民撤回", "转交他处办理"]
    start = dt.date(2020, 1, 1)
    for i in range(n):
        name, phone, hamlet = rng.choice(people)
        function, rule, summary, details = rng.choice(TEMPLATES)
        day = start + dt.timedelta(days=rng.randrange((NOW.date() - start).days - 30))
        pending = rng.random() < 1 / 3
        outcome = "" if pending else rng.choice(outcomes)
        closed = "" if pending else (day + dt.timedelta(days=rng.randrange(0, 20))).isoformat()
        rated = outcome == "已解决" and rng.random() < 0.5
        yield [day.isoformat(), name, phone if rng.random() < 2 / 3 else "", hamlet,
               rng.choice([1, 1, 1, 2, 3]), FUNCTIONS[function], RULES[rule],
               f"{summary}（{i + 1}）", details, "", outcome, closed, "满意" if rated else ""]


def write_csv(path: Path, n: int) -> None:
    from models.concerns.ledger_import import HEADERS

    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        w.writerows(ledger_rows(n))


def time_import(template: Path, work: Path, ledger: Path) -> dict:
    from main import main
    from models.core import clock
    from models.safety.opening import close_database

    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(template, work)
    out = io.StringIO()
    with clock.frozen(NOW), contextlib.redirect_stdout(out):
        t0, c0 = time.perf_counter(), time.process_time()
        code = main(["--data-dir", str(work), "ledger", "import", str(ledger), "--yes"])
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    close_database()
    text = out.getvalue()
    if code != 0 or "已导入" not in text:
        raise SystemExit(f"the import failed ({code}): {text[-500:]}")
    imported = int(text.split("已导入 ")[1].split(" 行")[0])
    return {"wall_s": wall, "cpu_s": cpu, "imported": imported}


BIG_CHILD = """
import resource, sys, time, io, contextlib
sys.path.insert(0, {root!r})
from main import main
out, err = io.StringIO(), io.StringIO()
t0 = time.perf_counter()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    code = main(["--data-dir", {data!r}, "ledger", "import", {path!r}])
wall = time.perf_counter() - t0
import json
print(json.dumps({{"code": code, "wall_s": wall, "message": (out.getvalue() + err.getvalue()).strip(),
                  "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def big_csv(template: Path, tmp: Path, rows: int) -> dict:
    path = tmp / "一百万行.csv"
    from models.concerns.ledger_import import HEADERS

    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        line = ["2026-03-08", "张三", "13912345678", "上屯", 1, "代办代理服务", "政策咨询当面答复",
                "咨询医保缴费", "问今年城乡居民医保每人缴多少钱", "", "已解决", "2026-03-08", "满意"]
        for _ in range(rows):
            w.writerow(line)
    size = path.stat().st_size
    work = tmp / "big-desk"
    shutil.copytree(template, work)
    child = subprocess.run([sys.executable, "-c", BIG_CHILD.format(root=str(ROOT), data=str(work),
                                                                   path=str(path))],
                           capture_output=True, text=True, check=True)
    result = json.loads(child.stdout.strip().splitlines()[-1])
    result["rows"] = rows
    result["file_mib"] = round(size / 2**20, 1)
    path.unlink()
    return result


def main(argv=None) -> int:
    global ROOT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000])
    ap.add_argument("--big-rows", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "ledger-import.json")
    ap.add_argument("--tree", type=Path, default=None,
                    help="time the app in another tree instead (git archive REV | tar -x -C TREE)")
    args = ap.parse_args(argv)
    if args.tree is not None:
        ROOT = args.tree.resolve()
        sys.path.insert(0, str(ROOT))
    from machine import machine_info

    info = machine_info(qt=False)
    load_start = list(__import__("os").getloadavg())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        template = tmp / "desk"
        make_station(template)
        files = {}
        for n in args.sizes:
            files[n] = tmp / f"台账-{n}.csv"
            write_csv(files[n], n)
        times: dict[int, list[dict]] = {n: [] for n in args.sizes}
        for run in range(args.runs):
            order = args.sizes if run % 2 == 0 else list(reversed(args.sizes))
            for n in order:
                r = time_import(template, tmp / "work", files[n])
                times[n].append(r)
                print(f"run {run + 1}: {n} rows: {r['wall_s']:.2f} s wall, {r['cpu_s']:.2f} s CPU "
                      f"({r['imported']} imported)", flush=True)
        big = big_csv(template, tmp, args.big_rows) if args.big_rows else None
    result = {"bench": "ledger-import", "tree": str(ROOT), "runs": args.runs, "sizes": {}, "machine": info,
              "loadavg_start": load_start, "loadavg_end": list(__import__("os").getloadavg())}
    for n, rs in times.items():
        wall = statistics.median(r["wall_s"] for r in rs)
        cpu = statistics.median(r["cpu_s"] for r in rs)
        result["sizes"][n] = {"median_wall_s": round(wall, 2), "median_cpu_s": round(cpu, 2),
                              "min_wall_s": round(min(r["wall_s"] for r in rs), 2),
                              "max_wall_s": round(max(r["wall_s"] for r in rs), 2),
                              "ms_per_row_cpu": round(1000 * cpu / n, 2), "imported": rs[0]["imported"]}
        print(f"{n} rows: median {wall:.2f} s wall, {cpu:.2f} s CPU, {1000 * cpu / n:.2f} ms CPU a row")
    if big:
        result["big_csv"] = big
        print(f"{big['rows']:,}-row csv ({big['file_mib']} MiB): exit {big['code']} after {big['wall_s']:.2f} s, "
              f"peak RSS {big['maxrss_mib']:.0f} MiB: {big['message']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
