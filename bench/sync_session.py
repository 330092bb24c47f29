"""A prototype figure for SQLite's session extension (through apsw) on the
sync path, beside the current `sync import` of the same village in one run.

The desks are bench/sync.py's: a county, a township and a village paired the
app's way, the village filled with ``--concerns`` concerns from
bench/generate.py's rows. Then, per run, on fresh copies:

1. **sync import** — the village's full package (`engine.export_package`,
   untimed) imported at the township by `engine.import_package` (timed):
   what the app does today.
2. **changeset (diff)** — at the village, an apsw `Session` on every
   travelling table, `Session.diff` against an empty copy of the schema: a
   changeset of every row (what a full package would carry). Timed, and its
   size; the session cannot take `concern_fts` (a virtual table), so the
   receiver rebuilds it.
3. **changeset apply** — `Changeset.apply` of it into a fresh copy of the
   township desk (apsw connection, the app's pragmas, the audit functions
   registered so the app's triggers run: audit chain and sync dirty marks),
   in one transaction with foreign keys deferred; rows the township already
   has (the station directory) come to the conflict handler, which keeps
   the township's (OMIT) and counts them. Timed apart from step 4.
4. **reproject** — the new concerns' state columns and search entries
   rebuilt by `workflow.project_many` on that database (the app would have
   to do it, since state columns never travel).
5. **apply, bare** — the same changeset into an empty schema without
   triggers: the floor.

Medians over --runs. Writes bench/results/sync-session.json; the figures and
what they mean are in docs/sync.md ("SQLite's session extension").

    .venv/bin/python bench/sync_session.py --concerns 2000 --runs 3
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _sync_bench():
    """bench/sync.py, loaded under another name (``sync`` is the app's package)."""
    spec = importlib.util.spec_from_file_location("sync_bench", ROOT / "bench" / "sync.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _apsw_connection(path: Path, audit_functions: bool):
    import apsw

    from models.core.db import PRAGMAS
    from models.safety import audit

    con = apsw.Connection(str(path))
    for k, v in PRAGMAS.items():
        con.execute(f"PRAGMA {k} = {v}")
    if audit_functions:
        for name, n, fn, deterministic in (("audit_hash", 9, audit._sql_hash, False),
                                           ("audit_blob", 1, audit._sql_blob, True),
                                           ("audit_actor_name", 0, audit._sql_actor_name, False),
                                           ("audit_now", 0, audit._sql_now, False),
                                           ("audit_actor_staff", 0, audit._sql_actor_staff, False)):
            con.create_scalar_function(name, fn, n, deterministic=deterministic)
    return con


def make_changeset(village: Path, empty: Path) -> tuple[bytes, dict]:
    import apsw

    from sync.tables import SYNCED_TABLES

    con = _apsw_connection(village, audit_functions=False)
    con.execute("ATTACH ? AS empty", (str(empty),))
    t0, c0 = time.perf_counter(), time.process_time()
    session = apsw.Session(con, "main")
    for table in SYNCED_TABLES:
        session.attach(table)
        session.diff("empty", table)
    changeset = session.changeset()
    out = {"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, "bytes": len(changeset)}
    session.close()
    con.close()
    return changeset, out


def apply_changeset(changeset: bytes, target: Path, audit_functions: bool) -> dict:
    import apsw

    con = _apsw_connection(target, audit_functions)
    conflicts = {"n": 0}

    def on_conflict(reason: int, change) -> int:
        conflicts["n"] += 1
        return apsw.SQLITE_CHANGESET_OMIT     # a row the receiver already holds: keep its own

    t0, c0 = time.perf_counter(), time.process_time()
    con.execute("BEGIN")
    con.execute("PRAGMA defer_foreign_keys = ON")
    apsw.Changeset.apply(changeset, con, conflict=on_conflict)
    con.execute("COMMIT")
    out = {"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, "conflicts": conflicts["n"]}
    out["concerns"] = con.execute("SELECT COUNT(*) FROM concern").fetchone()[0]
    con.close()
    return out


def reproject(target: Path, sb) -> dict:
    from models.concerns import workflow
    from models.core.db import db

    sb.use(target)
    ids = [r[0] for r in db.execute_sql("SELECT id FROM concern")]
    t0, c0 = time.perf_counter(), time.process_time()
    workflow.project_many(ids)
    out = {"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, "concerns": len(ids)}
    sb.checkpoint_close()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--concerns", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "sync-session.json")
    args = ap.parse_args(argv)
    import apsw

    from machine import machine_info
    from models.core import clock

    sb = _sync_bench()
    clock.set_now(dt.datetime.combine(sb.END, dt.time(17, 30)), ticking=True)
    info = machine_info(qt=False)
    info["apsw"] = apsw.apswversion()
    info["loadavg_start"] = list(__import__("os").getloadavg())
    work = Path(tempfile.mkdtemp(prefix="bench-session-"))
    runs = []
    try:
        base = sb.build_village_pair(work / "pair", args.concerns)
        app_schema, bare_schema = sb.empty_schema(work / "pair")
        for i in range(args.runs):
            d = work / f"run{i}"
            v = sb.copy_desk(base["village"], d / "village" / sb.DB_FILENAME)
            t = sb.copy_desk(base["township"], d / "township" / sb.DB_FILENAME)
            (d / "up").mkdir()
            r = {}
            exp = sb.export(v, d / "up", full=True)
            r["package_bytes"] = exp["size"]
            r["sync_import"] = sb.import_(t, exp["file"])
            sb.checkpoint_close()
            changeset, r["diff"] = make_changeset(base["village"], bare_schema)
            t2 = sb.copy_desk(base["township"], d / "township2" / sb.DB_FILENAME)
            r["apply_app"] = apply_changeset(changeset, t2, audit_functions=True)
            r["reproject"] = reproject(t2, sb)
            bare = d / "bare.sqlite3"
            shutil.copyfile(bare_schema, bare)
            r["apply_bare"] = apply_changeset(changeset, bare, audit_functions=False)
            runs.append(r)
            print(f"run {i + 1}: sync import {r['sync_import']['wall']:.2f} s (cpu {r['sync_import']['cpu']:.2f}); "
                  f"diff {r['diff']['wall']:.2f} s, {r['diff']['bytes'] / 2**20:.1f} MiB; "
                  f"apply {r['apply_app']['wall']:.2f} s (cpu {r['apply_app']['cpu']:.2f}, "
                  f"{r['apply_app']['conflicts']} conflicts) + reproject {r['reproject']['wall']:.2f} s; "
                  f"bare apply {r['apply_bare']['wall']:.2f} s", flush=True)
            shutil.rmtree(d)
    finally:
        sb.checkpoint_close()
        shutil.rmtree(work, ignore_errors=True)

    def med(key, what="wall"):
        return round(statistics.median(r[key][what] for r in runs), 3)

    summary = {k: {"wall": med(k), "cpu": med(k, "cpu")}
               for k in ("sync_import", "diff", "apply_app", "reproject", "apply_bare")}
    summary["changeset_bytes"] = runs[0]["diff"]["bytes"]
    summary["package_bytes"] = runs[0]["package_bytes"]
    summary["conflicts"] = runs[0]["apply_app"]["conflicts"]
    summary["rows"] = base["rows"]
    info["loadavg_end"] = list(__import__("os").getloadavg())
    result = {"bench": "sync-session", "concerns": args.concerns, "runs": runs, "median": summary,
              "machine": info}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str) + "\n")
    print(json.dumps(summary, ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
