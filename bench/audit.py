"""What the audit trail costs the writes: building the demo station (a year of
a village station, what ``python main.py demo`` does) with the audit
triggers and without them, and how long ``verify_chain`` then takes.

Each run is a fresh interpreter (a subprocess) on a fresh database file in a
temporary folder: ``open_database`` (migrations and ``ensure_triggers``),
then — for ``off`` only — every audit trigger dropped (the log's own
append-only guards stay), then ``models.samples.demo.build_demo`` timed (wall and
CPU of the process), then every concern row updated in place ten times in
one transaction, rolled back (CPU per UPDATE: the trigger's own cost, with little else
around it), then ``verify_chain`` timed for ``on``. The two kinds
run interleaved (on, off, off, on, …) after one discarded warm-up of each, so
both see the same machine noise.

    .venv/bin/python bench/audit.py                      # 7 runs of each
    .venv/bin/python bench/audit.py --runs 9 --ningming  # the whole county instead
    .venv/bin/python bench/audit.py --out bench/results/audit.json
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(kind: str, data_dir: str, ningming: bool) -> int:
    sys.path.insert(0, str(ROOT))
    from models.core.paths import database_path
    from models.safety import audit
    from models.safety.opening import close_database, open_database

    path = database_path(data_dir)
    database = open_database(path)
    if kind == "off":
        for (name,) in database.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' "
                "ESCAPE '\\' AND name NOT LIKE 'audit\\_log\\_%' ESCAPE '\\'").fetchall():
            database.execute_sql(f'DROP TRIGGER "{name}"')
    wall0, cpu0 = time.perf_counter(), time.process_time()
    if ningming:
        from models.samples.ningming import build_ningming
        build_ningming(seed=2014)
    else:
        from models.samples.demo import build_demo
        build_demo(seed=2014)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    # per write: every concern row updated in place (a wide row, ~20 columns),
    # 10 times over, in one transaction
    n = database.execute_sql("SELECT COUNT(*) FROM concern").fetchone()[0]
    cpu0 = time.process_time()
    with database.atomic() as txn:
        for _ in range(10):
            database.execute_sql("UPDATE concern SET event_count = event_count + 0")
        txn.rollback()  # measured, not kept: the file sizes below are the demo's
    update_cpu_us = (time.process_time() - cpu0) / (10 * n) * 1e6
    out = {"kind": kind, "build_wall": wall, "build_cpu": cpu, "update_cpu_us": update_cpu_us,
           "log_rows": database.execute_sql("SELECT COUNT(*) FROM audit_log").fetchone()[0],
           "log_bytes": database.execute_sql(
               "SELECT COALESCE(SUM(LENGTH(data) + 200), 0) FROM audit_log").fetchone()[0]}
    if kind == "on":
        wall0 = time.perf_counter()
        report = audit.verify_chain()
        out["verify_wall"] = time.perf_counter() - wall0
        out["verify_ok"] = report.ok
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    out["file_bytes"] = os.path.getsize(path)
    print(json.dumps(out))
    return 0


def _run(kind: str, ningming: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        args = [sys.executable, __file__, "--child", kind, "--data-dir", tmp]
        if ningming:
            args.append("--ningming")
        proc = subprocess.run(args, capture_output=True, text=True, check=True)
        return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--ningming", action="store_true", help="the whole county (Ningming) instead")
    parser.add_argument("--out", help="write the results (JSON) here, and a .txt beside it")
    parser.add_argument("--child", choices=["on", "off"], help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child(args.child, args.data_dir, args.ningming)

    load_start = os.getloadavg()
    _run("on", args.ningming), _run("off", args.ningming)  # warm-up, discarded
    runs: dict[str, list[dict]] = {"on": [], "off": []}
    for i in range(args.runs):
        order = ("on", "off") if i % 2 == 0 else ("off", "on")
        for kind in order:
            runs[kind].append(_run(kind, args.ningming))
    load_end = os.getloadavg()

    def med(kind, key):
        return statistics.median(r[key] for r in runs[kind])

    pairs = [on["build_cpu"] / off["build_cpu"] for on, off in zip(runs["on"], runs["off"])]
    result = {
        "what": "ningming county" if args.ningming else "demo station, one year",
        "runs": args.runs,
        "median_build_wall": {k: med(k, "build_wall") for k in runs},
        "median_build_cpu": {k: med(k, "build_cpu") for k in runs},
        "ratio_wall": med("on", "build_wall") / med("off", "build_wall"),
        "ratio_cpu": med("on", "build_cpu") / med("off", "build_cpu"),
        "paired_cpu_ratios": [round(p, 3) for p in pairs],
        "median_update_cpu_us": {k: med(k, "update_cpu_us") for k in runs},
        "log_rows": runs["on"][0]["log_rows"],
        "file_bytes": {k: runs[k][0]["file_bytes"] for k in runs},
        "median_verify_wall": med("on", "verify_wall"),
        "verify_ok": all(r["verify_ok"] for r in runs["on"]),
        "load_average": {"start": load_start, "end": load_end},
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "date": time.strftime("%Y-%m-%d")},
        "raw": runs,
    }
    lines = [
        f"{result['what']}: {args.runs} runs of each, interleaved",
        f"build, median wall: with audit {result['median_build_wall']['on']:.2f} s, "
        f"without {result['median_build_wall']['off']:.2f} s, ratio {result['ratio_wall']:.2f}",
        f"build, median CPU:  with audit {result['median_build_cpu']['on']:.2f} s, "
        f"without {result['median_build_cpu']['off']:.2f} s, ratio {result['ratio_cpu']:.2f}",
        f"paired CPU ratios: {', '.join(f'{p:.2f}' for p in pairs)}",
        f"one UPDATE of a concern row, median CPU: with audit {result['median_update_cpu_us']['on']:.0f} µs, "
        f"without {result['median_update_cpu_us']['off']:.0f} µs",
        f"audit log rows: {result['log_rows']}; file size with {result['file_bytes']['on'] / 1024:.0f} KiB, "
        f"without {result['file_bytes']['off'] / 1024:.0f} KiB",
        f"verify_chain, median wall: {result['median_verify_wall']:.2f} s (all ok: {result['verify_ok']})",
        f"load average: start {load_start[0]:.1f}, end {load_end[0]:.1f}",
    ]
    print("\n".join(lines))
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1, ensure_ascii=False))
        out.with_suffix(".txt").write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
