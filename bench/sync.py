"""USB sync: a village of 10,000 concerns to its township and back, and a
county merging 161 village packages, each timed beside a raw SQLite bulk
insert of the same rows in the same run.

Every desk is its own database file, set up and paired the way the app does
it (``sync.pairing``: the county pairs each township, each township pairs each
village; the child joins with the pass code). Pairing allows a desk to trade
packages only with its parent and its children, so the county receives the
villages' data through their townships: 161 village packages go to 13
townships, and the 13 township packages to the county.

**Village** (``--concerns``, default 10,000): a village desk whose concerns,
visits, villagers and events are generated with ``bench/generate.py``'s rows
(each concern's events follow its handling rule's path, 2-8 events, ~6 on
average), written with ``executemany`` (the triggers mark every row changed,
as the app's own writes do). Each run, on fresh copies of the two desks:

1. village: first (full) export — includes taking the 10,000 concerns' rows
   into the record store, which the first export after an upgrade does;
2. township: import of that package;
3. township: the return package (what the village learns the township holds);
   village: its import;
4. village: ten new concerns registered through the app (``receive_visit``,
   with events), then an incremental export, and the township's import of it;
5. raw: the same rows the first package carried (every row of every table
   that travels, plus ``concern_fts``), ``executemany`` in one transaction
   into an empty copy of the app's schema — once with tables and indexes
   only, once with the app's triggers too (sync marks and the audit chain).

The kinds of work alternate within a run, and runs repeat (``--runs``); the
medians are reported with min-max.

**County** (``--villages`` 161 across ``--townships`` 13, ``--village-concerns``
each): all villages are built and exported first (untimed set-up, apart from
the exports' own figure); then a fresh interpreter (so its peak RSS is the
merge's own) imports each township's village packages, exports each
township's package to the county, and imports the 13 at the county. Reported:
total time, median per package, peak RSS (``getrusage`` maxrss) and that the
county's counts equal the sum of the villages' (per table, and concerns by
function x rule x outcome).

    .venv/bin/python bench/sync.py --quick        # tiny sizes, one run, nothing written: the smoke test
    .venv/bin/python bench/sync.py --runs 3                    # the record (long: see bench/README.md)
    .venv/bin/python bench/sync.py --skip-county --runs 5
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402  bench/generate.py: the rows
from machine import machine_info, machine_line  # noqa: E402

from models.core.db import db# noqa: E402
from models.core.paths import DB_FILENAME
from models.safety.opening import close_database, open_database  # noqa: E402

COUNTY = ("county", "宁明县村民关切回应指挥部", "451422")
END = dt.date(2026, 11, 20)


# ------------------------------------------------------------------ desks

def use(path: Path):
    """Make the desk at ``path`` the open database (the engine works on one)."""
    close_database()
    open_database(path)


def checkpoint_close() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()


def copy_desk(src: Path, dst: Path) -> Path:
    """A copy of a closed desk's database (checkpointed: one file)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    return dst


def new_desk(folder: Path, level: str, name: str, code: str) -> Path:
    from models.station import stations

    path = folder / DB_FILENAME
    open_database(path)
    stations.set_up_this_station(level, name, code)
    return path


def pair(parent: Path, child: Path, level: str, name: str, code: str, sticks: Path) -> None:
    """The parent desk sets the child up; the child joins with the pass code."""
    from sync import pairing

    use(parent)
    ticket = pairing.create_child_pairing(code, name, level, sticks)
    use(child)
    pairing.join_parent(ticket.path, ticket.pass_code)
    ticket.path.unlink()


def fill_village(village_path: Path, concerns: int, seed: int) -> dict[str, int]:
    """Write ``concerns`` concerns (with their visits, visitors, villagers and
    events) into the open village desk the way bench/generate.py does."""
    from models.core.schema import Station
    from models.station import stations

    use(village_path)
    me = stations.this_station()
    rng = random.Random(seed)
    g = generate.Gen(rng, END, dt.datetime(2026, 11, 20, 9, 0))
    hamlet_names = list(dict.fromkeys(rng.choice(generate.PLACE_1) + rng.choice(generate.PLACE_2) + "屯"
                                      for _ in range(rng.randrange(4, 10))))
    with db.atomic():
        hamlets = [stations.create_station("hamlet", n, f"{me.code}-{i + 1:02d}", me)
                   for i, n in enumerate(hamlet_names)]
        staff = [stations.add_staff(me, g.name(), g.phone(), role, rng.choice(hamlets), full).id
                 for role, full in generate.STAFF_ROLES]
    # ~1.14 concerns a visit; ask for a little more and keep the first ``concerns``
    years = max(1, min(10, concerns // 1000))
    per_year = int(concerns / 1.14 / years / 0.7) + 1
    rows = generate.village_rows(g, me.id, [(h.id, h.name) for h in hamlets], staff,
                                 END - dt.timedelta(days=365 * years), years, per_year)
    rows["concern"].sort(key=lambda r: (r[7], r[4], r[5]))  # registered_on, year, seq
    kept = rows["concern"][:concerns]
    keep_c = {r[0] for r in kept}
    keep_v = {r[2] for r in kept}
    rows["concern"] = kept
    rows["concern_event"] = [r for r in rows["concern_event"] if r[1] in keep_c]
    rows["visit"] = [r for r in rows["visit"] if r[0] in keep_v]
    rows["visit_visitor"] = [r for r in rows["visit_visitor"] if r[1] in keep_v]
    con = db.connection()
    with db.atomic():
        for table, sql in generate.INSERTS.items():
            con.executemany(sql, rows[table])
    generate.build_search_index(quiet=True)  # the app's own index over them
    assert Station.select().where(Station.level == "hamlet").count() == len(hamlets)
    return {t: len(rows[t]) for t in generate.INSERTS}


def add_concerns(n: int, seed: int) -> None:
    """``n`` new concerns at the open village desk, through the app's intake
    (one visit each, with the events of a day's work on some of them)."""
    from models.concerns.intake import receive_visit
    from models.concerns.workflow import ConcernInput, record_step
    from models.core.schema import Staff, Station, Villager
    from models.samples.demo import TEMPLATES
    from models.station import stations

    rng = random.Random(seed)
    me = stations.this_station()
    villagers = list(Villager.select().where(Villager.station == me).limit(200))
    staff = list(Staff.select().where(Staff.station == me))
    hamlets = {h.id: h for h in Station.select().where(Station.parent == me)}
    for i in range(n):
        v = rng.choice(villagers)
        function, rule, summary, details = TEMPLATES[rng.randrange(len(TEMPLATES))]
        spec = ConcernInput(villager=v, function=function, rule=rule, summary=summary,
                            details=f"{v.name}反映：{details}", hamlet=hamlets.get(v.hamlet_id),
                            handler=rng.choice(staff[:5]),
                            deadline=END + dt.timedelta(days=7) if rule == "time_limited" else None)
        _, made = receive_visit(me, "walk_in", [v], [spec], staff[0])
        if made[0].outcome == "pending" and i % 2 == 0:
            record_step(made[0], "analysis", staff[0], "经分析，按规定办理。")


def counts(path: Path, station_ids: list[str] | None = None) -> dict:
    """Rows per travelling table (in the given stations' partitions) and
    concerns by function x rule x outcome."""
    from sync.tables import PARTITION_SQL

    use(path)
    out: dict = {}
    where = ""
    if station_ids is not None:
        marks = ",".join("?" * len(station_ids))
        where = f" WHERE {{p}} IN ({marks})"
    for table in ("villager", "visit", "visit_visitor", "concern", "concern_event"):
        sql = f'SELECT COUNT(*) FROM "{table}" r' + where.format(p=PARTITION_SQL[table])
        out[table] = db.execute_sql(sql, station_ids or []).fetchone()[0]
    sql = "SELECT function, rule, outcome, COUNT(*) FROM concern r" + where.format(p="r.station_id") + \
          " GROUP BY 1, 2, 3"
    out["by_function_rule_outcome"] = {f"{a}/{b}/{c}": n for a, b, c, n in
                                       db.execute_sql(sql, station_ids or [])}
    return out


# ------------------------------------------------------------------ the raw floor

def travelling_rows(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of every travelling table at the desk (and concern_fts):
    what a first package carries, as whole rows."""
    from sync.tables import SYNCED_TABLES

    use(path)
    out = {}
    for table in list(SYNCED_TABLES) + ["concern_fts"]:
        cur = db.execute_sql(f'SELECT * FROM "{table}"')
        cols = [d[0] for d in cur.description]
        rows = cur.fetchall()
        if table == "station":  # parents first
            order = {"county": 0, "township": 1, "village": 2, "hamlet": 3}
            rows.sort(key=lambda r: order[r[cols.index("level")]])
        out[table] = (cols, rows)
    return out


def empty_schema(folder: Path) -> tuple[Path, Path]:
    """Two empty databases with the app's schema: with its triggers, and
    with tables and indexes only."""
    with_triggers = folder / "empty-app.sqlite3"
    open_database(with_triggers)
    checkpoint_close()
    bare = folder / "empty-bare.sqlite3"
    shutil.copyfile(with_triggers, bare)
    con = sqlite3.connect(bare)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.commit()
    con.close()
    return with_triggers, bare


def raw_insert(template: Path, target: Path, rows: dict, app_functions: bool) -> dict:
    """executemany of ``rows`` into a copy of ``template`` in one
    transaction, with the app's pragmas; wall and CPU seconds."""
    from models.core.db import PRAGMAS
    from models.safety import audit

    shutil.copyfile(template, target)
    con = sqlite3.connect(target, isolation_level=None)
    for k, v in PRAGMAS.items():
        con.execute(f"PRAGMA {k} = {v}")
    if app_functions:
        audit.register_functions(con)
    c = Clock()
    con.execute("BEGIN")
    con.execute("PRAGMA defer_foreign_keys = ON")
    for table, (cols, data) in rows.items():
        names = ", ".join(f'"{c}"' for c in cols)
        con.executemany(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})', data)
    con.execute("COMMIT")
    out = c.stop()
    con.close()
    return out


# ------------------------------------------------------------------ timing

class Clock:
    def __init__(self):
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def stop(self) -> dict:
        return {"wall": time.perf_counter() - self.wall, "cpu": time.process_time() - self.cpu}


def export(path: Path, folder: Path, for_code: str | None = None, full: bool = False) -> dict:
    from sync import engine

    use(path)
    c = Clock()
    result = engine.export_package(folder, for_code, full)
    out = c.stop()
    out.update(size=result.size, records=result.records, file=str(result.path), counts=result.counts)
    return out


def import_(path: Path, package: str) -> dict:
    from sync import engine

    use(path)
    c = Clock()
    result = engine.import_package(Path(package))
    out = c.stop()
    out.update(new=sum(result.new.values()), updated=sum(result.updated.values()),
               new_concerns=result.new_concerns, conflicts=result.conflicts)
    return out


# ------------------------------------------------------------------ village

def build_village_pair(work: Path, concerns: int) -> dict:
    """County, township and village desks, paired; the village filled."""
    sticks = work / "stick"
    sticks.mkdir(parents=True, exist_ok=True)
    county = new_desk(work / "county", *COUNTY)
    township = new_desk(work / "township", "township", "城中镇回应中心", "451422101")
    pair(county, township, "township", "城中镇回应中心", "451422101", sticks)
    village = new_desk(work / "village", "village", "那堪村村民关切回应站", "451422101200")
    pair(township, village, "village", "那堪村村民关切回应站", "451422101200", sticks)
    t0 = time.perf_counter()
    rows = fill_village(village, concerns, seed=2014)
    built = time.perf_counter() - t0
    checkpoint_close()
    return {"village": village, "township": township, "rows": rows, "build_seconds": built}


def village_run(base: dict, work: Path, run: int, templates: tuple[Path, Path]) -> dict:
    """One run on fresh copies of the two desks; see the module's doc."""
    d = work / f"run{run}"
    if d.exists():
        shutil.rmtree(d)
    v = copy_desk(base["village"], d / "village" / DB_FILENAME)
    t = copy_desk(base["township"], d / "township" / DB_FILENAME)
    up, down = d / "up", d / "down"
    up.mkdir()
    down.mkdir()
    r: dict = {}
    r["full_export"] = export(v, up)
    r["full_import"] = import_(t, r["full_export"]["file"])
    r["return_export"] = export(t, down, "451422101200")
    r["return_import"] = import_(v, r["return_export"]["file"])
    use(v)
    add_concerns(10, seed=run)
    r["incr_export"] = export(v, up)
    r["incr_import"] = import_(t, r["incr_export"]["file"])
    r["repeat_import"] = import_(t, r["incr_export"]["file"])  # idempotent: nothing new
    checkpoint_close()
    rows = travelling_rows(base["village"])
    checkpoint_close()
    r["raw_rows"] = sum(len(x[1]) for x in rows.values())
    r["raw_bare"] = raw_insert(templates[1], d / "raw-bare.sqlite3", rows, False)
    r["raw_app"] = raw_insert(templates[0], d / "raw-app.sqlite3", rows, True)
    r["desk_bytes"] = {"village": _size(v), "township": _size(t), "raw": _size(d / "raw-bare.sqlite3")}
    r["township_concerns"] = counts(t, None)["concern"]
    checkpoint_close()
    r["township_breakdown"] = breakdown(t)
    shutil.rmtree(d)
    return r


BOOKKEEPING = ("sync_record", "sync_dot", "sync_dirty", "sync_knowledge")


def breakdown(path: Path) -> dict[str, int]:
    """Bytes of a closed desk's file by what they hold (SQLite's dbstat, each
    index counted with its table): the sync bookkeeping (BOOKKEEPING),
    ``audit_log``, the search index (``concern_fts*``) and the records."""
    con = sqlite3.connect(path)
    try:
        owner = dict(con.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"))
        out = {"sync bookkeeping": 0, "audit_log": 0, "search index": 0, "records and the rest": 0}
        for name, size in con.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
            table = owner.get(name, name)
            if table in BOOKKEEPING:
                out["sync bookkeeping"] += size
            elif table == "audit_log":
                out["audit_log"] += size
            elif table.startswith("concern_fts"):
                out["search index"] += size
            else:
                out["records and the rest"] += size
    finally:
        con.close()
    return out


def _size(path: Path) -> int:
    """Bytes of a closed desk's database (checkpointed into one file)."""
    return Path(path).stat().st_size


# ------------------------------------------------------------------ county

def build_county(work: Path, villages: int, townships: int, per_village: int) -> dict:
    """Every desk of the county, paired, each village filled and its package
    for its township exported. Returns the plan for the merge."""
    sticks = work / "stick"
    sticks.mkdir(parents=True, exist_ok=True)
    county = new_desk(work / "county", *COUNTY)
    plan = {"county": str(county), "townships": [], "village_exports": [], "village_counts": [],
            "village_station_ids": []}
    towns = []
    for i in range(townships):
        code = f"451422{101 + i:03d}"
        name = generate.TOWNSHIPS[i % len(generate.TOWNSHIPS)] + "回应中心"
        path = new_desk(work / f"t{i:02d}", "township", name, code)
        pair(county, path, "township", name, code, sticks)
        towns.append({"path": str(path), "code": code, "packages": []})
    for v in range(villages):
        town = towns[v % townships]
        code = f"{town['code']}{200 + v // townships:03d}"
        name = f"第{v + 1}村村民关切回应站"
        folder = work / f"v{v:03d}"
        path = new_desk(folder, "village", name, code)
        pair(Path(town["path"]), path, "village", name, code, sticks)
        fill_village(path, per_village, seed=1000 + v)
        e = export(path, folder)
        town["packages"].append(e["file"])
        plan["village_exports"].append({k: e[k] for k in ("wall", "cpu", "size", "records")})
        from models.station import stations
        use(path)
        plan["village_station_ids"].append(stations.this_station().id)
        plan["village_counts"].append(counts(path, [stations.this_station().id]))
        checkpoint_close()
        if (v + 1) % 10 == 0:
            print(f"  county set-up: {v + 1}/{villages} villages", file=sys.stderr)
    plan["townships"] = towns
    return plan


def merge(plan: dict, out: Path) -> None:
    """In a fresh interpreter: townships import their villages' packages,
    export to the county, the county imports them. Writes the figures."""
    t0 = time.perf_counter()
    village_imports, town_exports, county_imports = [], [], []
    for town in plan["townships"]:
        for p in town["packages"]:
            village_imports.append(import_(Path(town["path"]), p))
        e = export(Path(town["path"]), Path(town["path"]).parent)
        town_exports.append(e)
        checkpoint_close()
    for e in town_exports:
        county_imports.append(import_(Path(plan["county"]), e["file"]))
    total = time.perf_counter() - t0
    checkpoint_close()
    got = counts(Path(plan["county"]), plan["village_station_ids"])
    checkpoint_close()
    out.write_text(json.dumps({
        "total_seconds": total,
        "village_imports": village_imports, "township_exports": town_exports,
        "county_imports": county_imports,
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "county_bytes": _size(Path(plan["county"])),
        "county_counts": got}, ensure_ascii=False))


def county_bench(work: Path, villages: int, townships: int, per_village: int) -> dict:
    t0 = time.perf_counter()
    plan = build_county(work, villages, townships, per_village)
    setup = time.perf_counter() - t0
    checkpoint_close()
    plan_file = work / "plan.json"
    plan_file.write_text(json.dumps(plan, ensure_ascii=False))
    out = work / "merge.json"
    subprocess.run([sys.executable, __file__, "--merge-phase", str(plan_file), "--merge-out", str(out)],
                   check=True)
    merged = json.loads(out.read_text())
    expected: dict = {}
    for c in plan["village_counts"]:
        for k, v in c.items():
            if isinstance(v, dict):
                for kk, vv in v.items():
                    expected.setdefault(k, {})
                    expected[k][kk] = expected[k].get(kk, 0) + vv
            else:
                expected[k] = expected.get(k, 0) + v
    merged["expected_counts"] = expected
    merged["counts_equal"] = expected == merged["county_counts"]
    merged["setup_seconds"] = setup
    merged["village_exports"] = plan["village_exports"]
    return merged


# ------------------------------------------------------------------ report

def med(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def fmt_s(xs: list[float]) -> str:
    if len(xs) == 1:
        return f"{xs[0]:.2f} s"
    return f"{med(xs):.2f} s ({min(xs):.2f}-{max(xs):.2f})"


def kib(n: float) -> str:
    return f"{n / 1024:,.1f} KiB"


def report(info: dict, args, village: dict | None, county: dict | None) -> str:
    lines = [f"bench/sync.py — {info['date_utc']}",
             f"machine: {machine_line(info)}",
             f"load average at start: {info['loadavg_at_start']}; at end: {list(os.getloadavg())}",
             f"tree: {info['git_commit']}; args: {' '.join(sys.argv[1:])}", ""]
    if village:
        runs = village["runs"]
        rows = village["rows"]

        def col(key, what="wall"):
            return [r[key][what] for r in runs]

        lines += [f"== Village: {rows['concern']:,} concerns, {rows['concern_event']:,} events, "
                  f"{rows['visit']:,} visits, {rows['villager']:,} villagers; {len(runs)} run(s) ==",
                  f"(building the village desk: {village['build_seconds']:.1f} s, not timed below)", "",
                  "| step | wall, median (min-max) | CPU, median | package | records |",
                  "|---|---|---|---|---|"]
        for key, label in (("full_export", "village: first (full) export"),
                           ("full_import", "township: import of it"),
                           ("return_export", "township: return package"),
                           ("return_import", "village: import of the return package"),
                           ("incr_export", "village: incremental export (10 new concerns)"),
                           ("incr_import", "township: import of it"),
                           ("repeat_import", "township: the same package again (no change)")):
            size = med([r[key]["size"] for r in runs]) if "size" in runs[0][key] else None
            recs = med([r[key]["records"] for r in runs]) if "records" in runs[0][key] else None
            lines.append(f"| {label} | {fmt_s(col(key))} | {med(col(key, 'cpu')):.2f} s | "
                         f"{kib(size) if size is not None else ''} | "
                         f"{f'{recs:,.0f}' if recs is not None else ''} |")
        raw_b, raw_a = col("raw_bare"), col("raw_app")
        lines.append(f"| raw SQLite executemany, tables + indexes ({runs[0]['raw_rows']:,} rows) | "
                     f"{fmt_s(raw_b)} | {med(col('raw_bare', 'cpu')):.2f} s | | |")
        lines.append(f"| raw SQLite executemany, with the app's triggers | {fmt_s(raw_a)} | "
                     f"{med(col('raw_app', 'cpu')):.2f} s | | |")
        imp, imp_cpu = col("full_import"), col("full_import", "cpu")
        lines.append("")
        for label, key in (("tables + indexes", "raw_bare"), ("with the app's triggers", "raw_app")):
            raw, raw_cpu = col(key), col(key, "cpu")
            lines.append(f"ratio full import / raw ({label}): wall {med(imp) / med(raw):.1f} x "
                         f"(per run: {', '.join(f'{a / b:.1f}' for a, b in zip(imp, raw))}); "
                         f"CPU {med(imp_cpu) / med(raw_cpu):.1f} x")
        sizes = runs[-1]["desk_bytes"]
        lines += [f"database files after the run: village {sizes['village'] / 2**20:.0f} MiB, township "
                  f"{sizes['township'] / 2**20:.0f} MiB, raw copy (tables + indexes) {sizes['raw'] / 2**20:.0f} MiB",
                  f"incremental package after a full exchange: {kib(med([r['incr_export']['size'] for r in runs]))}"
                  f" — issue 5 asks < 50 KB: "
                  f"{'yes' if max(r['incr_export']['size'] for r in runs) < 50_000 else 'NO'}",
                  f"township's concerns after the runs: {runs[0]['township_concerns']:,} "
                  f"(village {rows['concern']:,} + 10 new)"]
        parts = runs[-1].get("township_breakdown")
        if parts:
            n = runs[-1]["township_concerns"] or 1
            total = sum(parts.values())
            lines.append(f"township's file by content ({total / 2**20:.0f} MiB in pages, "
                         f"{total / n / 1024:.1f} KiB a concern): " + "; ".join(
                             f"{k} {v / 2**20:.0f} MiB = {v / n / 1024:.2f} KiB a concern ({100 * v / total:.0f} %)"
                             for k, v in parts.items()))
        lines.append("")
    if county:
        vi = county["village_imports"]
        ci = county["county_imports"]
        te = county["township_exports"]
        ve = county["village_exports"]
        lines += [f"== County: {args.villages} villages x {args.village_concerns} concerns via "
                  f"{args.townships} townships (pairing is parent-child only) ==",
                  f"(set-up: desks, pairing, filling and the villages' exports: {county['setup_seconds']:.0f} s)", "",
                  "| step | count | total wall | per package, median (min-max) | CPU per package, median "
                  "(min-max) | package size, median (max) |",
                  "|---|---|---|---|---|---|"]
        for label, xs in (("village: full export for its township", ve),
                          ("township: import of a village package", vi),
                          ("township: export for the county", te),
                          ("county: import of a township package", ci)):
            walls = [x["wall"] for x in xs]
            sizes = [x["size"] for x in xs if "size" in x]
            lines.append(f"| {label} | {len(xs)} | {sum(walls):.1f} s | {fmt_s(walls)} | "
                         f"{fmt_s([x['cpu'] for x in xs])} | "
                         + (f"{kib(med(sizes))} ({kib(max(sizes))})" if sizes else "") + " |")
        cc = county["county_counts"]
        lines += ["", f"merge total (townships' imports + exports + county's imports): "
                      f"{county['total_seconds']:.1f} s; peak RSS of the merging process: "
                      f"{county['maxrss_mib']:.0f} MiB; the county's database file "
                      f"{county['county_bytes'] / 2**20:.0f} MiB",
                  "county's rows from the villages: " + ", ".join(f"{k} {v:,}" for k, v in cc.items()
                                                                   if not isinstance(v, dict)),
                  f"equal to the sum of the villages' (per table and concerns by function x rule x "
                  f"outcome, {len(cc['by_function_rule_outcome'])} cells): "
                  f"{'yes' if county['counts_equal'] else 'NO'}", ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="tiny sizes, one run (the smoke test)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--concerns", type=int, default=10_000, help="village concerns")
    ap.add_argument("--villages", type=int, default=161)
    ap.add_argument("--townships", type=int, default=13)
    ap.add_argument("--village-concerns", type=int, default=200, help="concerns at each of the county's villages")
    ap.add_argument("--skip-village", action="store_true")
    ap.add_argument("--skip-county", action="store_true")
    ap.add_argument("--work", type=Path, help="work folder (default: a temporary one, removed)")
    ap.add_argument("--out", type=Path, help="results (default bench/results/sync-<date>.txt and .json)")
    ap.add_argument("--merge-phase", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--merge-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    from models.core import clock

    # The generated desks live on END (their records say so); the desk's clock
    # is set to that evening, running on, whatever the machine's clock says.
    clock.set_now(dt.datetime.combine(END, dt.time(17, 30)), ticking=True)
    if args.merge_phase:
        merge(json.loads(args.merge_phase.read_text()), args.merge_out)
        return 0
    if args.quick:
        args.runs, args.concerns = 1, 120
        args.villages, args.townships, args.village_concerns = 3, 2, 15
    info = machine_info(qt=False)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-sync-"))
    work.mkdir(parents=True, exist_ok=True)
    village = county = None
    try:
        if not args.skip_village:
            base = build_village_pair(work / "village", args.concerns)
            templates = empty_schema(work / "village")
            runs = []
            for i in range(args.runs):
                runs.append(village_run(base, work / "village", i, templates))
                print(f"  village run {i + 1}/{args.runs}: full import "
                      f"{runs[-1]['full_import']['wall']:.1f} s", file=sys.stderr)
            village = {"rows": base["rows"], "build_seconds": base["build_seconds"], "runs": runs}
        if not args.skip_county:
            county = county_bench(work / "county", args.villages, args.townships, args.village_concerns)
    finally:
        checkpoint_close()
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    text = report(info, args, village, county)
    print(text)
    if not args.quick or args.out:
        out = args.out or ROOT / "bench" / "results" / f"sync-{dt.date.today().isoformat()}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n")
        out.with_suffix(".json").write_text(json.dumps(
            {"machine": info, "args": vars(args) | {"work": str(args.work), "out": str(out),
                                                   "merge_phase": None, "merge_out": None},
             "village": village, "county": county}, ensure_ascii=False, indent=1, default=str) + "\n")
        print(f"written: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
