"""The work ledger of 1,000 concerns, timed beside a plain reportlab table of
the same rows in the same run.

The ledger is what the station prints (reports.ledger: header rows repeated on
every page, "第 x 页 共 y 页" on every page, wrapping cells, the totals block
and signature lines). The plain table is the least reportlab can do with the
same rows: SimpleDocTemplate, one Table of the same cell strings in the same
font and column widths, the header repeated, a grid. The target is a ratio
(ledger / plain) of at most 1.5.

The rows come from a real database: the demo station built with enough
visits for a thousand concerns in one year, read by models.figures.reporting (that
query is timed too, separately). Runs alternate ledger and plain after one
warm-up of each; medians are reported with the spread.

    .venv/bin/python bench/ledger.py                # 7 runs, writes bench/results/ledger-*.json
    .venv/bin/python bench/ledger.py --runs 3 --concerns 500
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

END = dt.date(2026, 11, 20)


def _machine() -> dict:
    try:
        from machine import machine_info  # bench/machine.py, shared with the other benches

        return machine_info(qt=False)
    except Exception:  # pragma: no cover - a bare fallback
        import os
        import platform

        return {"cpu": platform.processor(), "cores_online": os.cpu_count(),
                "os": platform.platform(), "python": platform.python_version()}


def build_data(workdir: Path, concerns: int):
    """A demo station with at least ``concerns`` concerns in its year; the
    ledger data of its first ``concerns`` rows."""
    from models.figures import reporting
    from models.safety.opening import close_database, open_database
    from models.samples.demo import build_demo

    open_database(workdir / "station.sqlite3")
    visits = int(concerns * 0.9) + 20    # the demo brings ~1.14 concerns a visit
    t0 = time.perf_counter()
    station = build_demo(end=END, visits_count=visits)
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    data = reporting.report_data("ledger", station, END - dt.timedelta(days=366), END, today=END)
    query = time.perf_counter() - t0
    close_database()
    if len(data.rows) < concerns:
        raise SystemExit(f"only {len(data.rows)} concerns were generated; raise the visit count")
    data.rows = data.rows[:concerns]
    return data, {"build_demo_s": round(built, 2), "report_data_s": round(query, 3),
                  "demo_visits": visits}


def plain_table(data, path) -> int:
    """The same rows in one plain reportlab Table: the baseline."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from reports import ledger
    from reports.common import FONT, register_fonts, short_date

    register_fonts()
    pagesize = landscape(A4)
    avail = pagesize[0] - 24 * mm
    steps = data.step_columns
    fixed = sum(w for _, w in ledger.FIXED) + ledger.STEP_W * len(steps) + sum(w for _, w in ledger.TAIL)
    widths = [w for _, w in ledger.FIXED] + [avail - fixed] + [ledger.STEP_W] * len(steps) + \
        [w for _, w in ledger.TAIL]
    header = [h for h, _ in ledger.FIXED] + ["反映事项"] + [label for _, label in steps] + \
        [h for h, _ in ledger.TAIL]
    rows = [header]
    for r in data.rows:
        rows.append([str(r.number), r.case_number, r.registered_on.isoformat(), r.villager, r.hamlet,
                     r.function, r.rule, r.summary]
                    + [short_date(r.step_dates.get(code)) for code, _ in steps]
                    + [short_date(r.deadline), r.outcome, r.satisfaction, r.handler])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8),
                               ("GRID", (0, 0), (-1, -1), 0.4, "#444444")]))
    pages = []
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm, initialFontName=FONT)
    doc.build([table], onLaterPages=lambda c, d: pages.append(c.getPageNumber()),
              onFirstPage=lambda c, d: pages.append(c.getPageNumber()))
    return len(pages)


def the_ledger(data, path) -> int:
    import reports

    return reports.render("ledger", data, path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--concerns", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=None, help="result JSON (default bench/results/ledger-<date>.json)")
    args = ap.parse_args(argv)

    import reportlab

    info = _machine()
    info["reportlab"] = reportlab.Version
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data, prep = build_data(tmp, args.concerns)
        print(f"{len(data.rows)} concerns; demo built in {prep['build_demo_s']} s; "
              f"report_data (the query) {prep['report_data_s']} s", flush=True)
        timings = {"ledger": [], "plain": []}
        cpu = {"ledger": [], "plain": []}
        pages = {}
        funcs = {"ledger": the_ledger, "plain": plain_table}
        for name, f in funcs.items():  # warm-up: imports, font loading
            pages[name] = f(data, tmp / f"warm-{name}.pdf")
        for i in range(args.runs):
            order = ("ledger", "plain") if i % 2 == 0 else ("plain", "ledger")
            for name in order:
                t0, c0 = time.perf_counter(), time.process_time()
                pages[name] = funcs[name](data, tmp / f"{name}.pdf")
                timings[name].append(time.perf_counter() - t0)
                cpu[name].append(time.process_time() - c0)
            print(f"run {i + 1}: ledger {timings['ledger'][-1]:.3f} s (cpu {cpu['ledger'][-1]:.3f}), "
                  f"plain {timings['plain'][-1]:.3f} s (cpu {cpu['plain'][-1]:.3f})", flush=True)
        sizes = {n: (tmp / f"{n}.pdf").stat().st_size for n in funcs}

    med = {n: statistics.median(v) for n, v in timings.items()}
    ratio = med["ledger"] / med["plain"]
    cpu_med = {n: statistics.median(v) for n, v in cpu.items()}
    cpu_ratio = cpu_med["ledger"] / cpu_med["plain"]
    # per-run ratios (each ledger run beside the plain run next to it)
    pair = sorted(a / b for a, b in zip(timings["ledger"], timings["plain"]))
    result = {
        "bench": "ledger", "concerns": len(data.rows), "runs": args.runs,
        "median_s": {n: round(v, 4) for n, v in med.items()},
        "min_s": {n: round(min(v), 4) for n, v in timings.items()},
        "max_s": {n: round(max(v), 4) for n, v in timings.items()},
        "all_s": {n: [round(x, 4) for x in v] for n, v in timings.items()},
        "pages": pages, "bytes": sizes,
        "ratio_ledger_over_plain": round(ratio, 3), "target_ratio": 1.5,
        "cpu_median_s": {n: round(v, 4) for n, v in cpu_med.items()},
        "cpu_ratio_ledger_over_plain": round(cpu_ratio, 3),
        "paired_run_ratios": [round(x, 3) for x in pair],
        "loadavg_at_end": list(__import__("os").getloadavg()),
        "prep": prep, "machine": info,
    }
    out = args.out or ROOT / "bench" / "results" / f"ledger-{dt.date.today().isoformat()}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"ledger: median {med['ledger']:.3f} s ({pages['ledger']} pages); "
          f"plain table: median {med['plain']:.3f} s ({pages['plain']} pages); "
          f"ratio {ratio:.2f} (target ≤ 1.5)")
    print(f"CPU time: ledger {cpu_med['ledger']:.3f} s, plain {cpu_med['plain']:.3f} s, ratio {cpu_ratio:.2f}; "
          f"paired run ratios {pair[0]:.2f}–{pair[-1]:.2f}")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
