"""Start-up time of the desk to an interactive main window, beside a bare
PySide6 window measured in the same run.

Each run is a fresh interpreter (a new subprocess): the clock starts in this
parent just before the child is spawned and stops when the child's event loop
has shown the window and processed its first events (a ``QTimer.singleShot(0)``
queued after ``window.show()``). ``time.monotonic`` is CLOCK_MONOTONIC on
Linux, the same clock in parent and child.

- ``app``:  ``ui.app.start(data_dir)`` — the application object, translation,
  database, style and ``MainWindow(station)``, shown — exactly what
  ``python main.py --data-dir D`` does before ``app.exec()``.
- ``bare``: ``QApplication`` + an empty ``QMainWindow`` of the same size, shown.

The two kinds run interleaved (app, bare, bare, app, ...) after one discarded
warm-up of each, so both see the same machine noise. Qt runs offscreen.

    .venv/bin/python bench/startup.py                # builds a demo database in a temp dir
    .venv/bin/python bench/startup.py --data-dir D   # D made by: python main.py --data-dir D demo
    .venv/bin/python bench/startup.py --runs 15 --out bench/results/startup.json
    .venv/bin/python bench/startup.py --compare /tmp/old-tree   # also an earlier commit, interleaved
"""
from __future__ import annotations

import sys
import time

T_CHILD_START = time.monotonic()


def _wait(app, done, limit_s: float = 300.0) -> None:
    """Let the event loop run until ``done()`` (a worker has answered)."""
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + limit_s
    while not done() and time.monotonic() < end:
        app.processEvents(QEventLoop.AllEvents | QEventLoop.WaitForMoreEvents, 50)


def _rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _every_screen(app, window) -> dict:
    """Sign the station head in and open every screen the window has, each
    read to the end (its workers answered); the memory after it."""
    from models.core import access
    from models.core.schema import Staff

    head = (Staff.select().where((Staff.station == window.ctx.station.id) & (Staff.role == "head"))
            .first())
    if head is not None:
        access.become(head)
        if window.desk_lock is not None:
            window.desk_lock.start(head)
    opened = []
    for name in ("show_todo", "show_search", "show_print", "show_roster", "show_statistics",
                 "show_checklist", "show_sync", "show_outreach", "show_home"):
        getattr(window, name)()
        page = window.pages.currentWidget()
        _wait(app, lambda: not getattr(page, "loading", False))
        opened.append(name)
    return {"screens": opened, "rss_after_screens_mib": _rss_mib()}


def _child(kind: str, data_dir: str, root: str) -> int:
    """Runs in the subprocess: build the window, print timestamps as JSON."""
    import json
    import resource

    marks = {"child_start": T_CHILD_START}
    if kind in ("app", "screens"):
        sys.path.insert(0, root)
        import ui.main_window  # noqa: F401  start() imports it first thing; here it counts as imports
        from ui.app import start

        marks["imported"] = time.monotonic()
        app, window, code = start(data_dir)
        if window is None:
            print(json.dumps({"error": f"no main window (exit code {code})"}))
            return 3
    else:
        from PySide6.QtWidgets import QApplication, QMainWindow

        marks["imported"] = time.monotonic()
        app = QApplication(sys.argv)
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
    marks["shown"] = time.monotonic()
    from PySide6.QtCore import QTimer

    def first_events():
        marks["first_events"] = time.monotonic()
        marks["visible"] = window.isVisible()
        # exit(), not quit(): quit() first asks every window to close, and the
        # sign-in screen refuses (only "Close the program" ends it), so the
        # loop never ended and every run timed out
        app.exit(0)

    QTimer.singleShot(0, first_events)
    app.exec()
    marks["rss_at_first_events_mib"] = _rss_mib()
    home = getattr(window, "home_page", None)
    if home is not None:  # the home list arrives from its worker after the window is up
        _wait(app, lambda: not getattr(home, "loading", False))
        marks["home_list_shown"] = time.monotonic()
        marks["home_rows"] = home.table.rowCount()
    if kind == "screens":
        marks.update(_every_screen(app, window))
    marks["maxrss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(marks), flush=True)
    return 0


def _spawn(py: str, kind: str, data_dir: str, env: dict, root=None) -> dict:
    """One fresh interpreter; ``root`` is the source tree whose ui/ and models/
    the ``app`` child imports (this one unless comparing with another)."""
    import json
    import subprocess

    from bench.machine import ROOT

    t0 = time.monotonic()
    out = subprocess.run([py, str(ROOT / "bench" / "startup.py"), "--child", kind, data_dir,
                          str(root or ROOT)],
                         capture_output=True, text=True, env=env, timeout=600)
    t_end = time.monotonic()
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} child failed (exit {out.returncode}):\n{out.stdout}\n{out.stderr}")
    m = json.loads(lines[-1])
    if "error" in m:
        raise RuntimeError(f"{kind} child: {m['error']}\n{out.stderr}")
    extra = {}
    if "home_list_shown" in m:
        extra["home_list_s"] = m["home_list_shown"] - t0  # … → the home list's first page shown
        extra["home_rows"] = m["home_rows"]
    if "rss_after_screens_mib" in m:
        extra["rss_after_screens_mib"] = round(m["rss_after_screens_mib"], 1)
        extra["screens"] = m["screens"]
    return {
        **extra,
        "rss_at_first_events_mib": round(m["rss_at_first_events_mib"], 1),
        "total_s": m["first_events"] - t0,            # process start → first events processed
        "interpreter_s": m["child_start"] - t0,       # spawn + Python start-up before our code
        "imports_s": m["imported"] - m["child_start"],    # PySide6 (and for app: ui, models, peewee)
        "build_and_show_s": m["shown"] - m["imported"],   # QApplication, (database, style,) window, show
        "first_events_s": m["first_events"] - m["shown"],
        "process_wall_s": t_end - t0,                 # includes tear-down; not the measure
        "visible": m["visible"],
        "maxrss_mib": round(m["maxrss_mib"], 1),
    }


def _make_demo(py: str, env: dict) -> str:
    import subprocess
    import tempfile

    from bench.machine import ROOT

    d = tempfile.mkdtemp(prefix="desk-bench-demo-")
    subprocess.run([py, str(ROOT / "main.py"), "--data-dir", d, "demo"], check=True, env=env,
                   capture_output=True)
    return d


def _db_facts(data_dir: str) -> dict:
    import sqlite3
    from pathlib import Path

    path = Path(data_dir) / "station.sqlite3"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        facts = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("concern", "concern_event", "visit", "villager")}
        facts["first_day"], facts["last_day"] = con.execute(
            "SELECT MIN(registered_on), MAX(registered_on) FROM concern").fetchone()
    finally:
        con.close()
    facts["file_bytes"] = path.stat().st_size
    return facts


def main(argv=None) -> int:
    import argparse
    import json
    import os
    import statistics
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.machine import machine_info, machine_line, python_exe, summary

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", help="a folder with a demo database (default: build one in a temp dir)")
    p.add_argument("--runs", type=int, default=15, help="measured runs of each kind (default 15)")
    p.add_argument("--out", help="write the raw results as JSON here")
    p.add_argument("--compare", metavar="TREE",
                   help="also time the app from another source tree (e.g. an earlier commit unpacked "
                        "with git archive), interleaved with the other two, as kind 'compare'")
    p.add_argument("--screens", type=int, default=0, metavar="N",
                   help="also N runs that sign the head in and open every screen, for the GUI's "
                        "memory after it (beside the same on a demo database)")
    p.add_argument("--small-dir", help="the small database for --screens' anchor (default: a demo "
                                       "built in a temp dir)")
    args = p.parse_args(argv)

    py = python_exe()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    data_dir = args.data_dir or _make_demo(py, env)
    info = machine_info()
    print("machine:", machine_line(info), file=sys.stderr)
    facts = _db_facts(data_dir)
    print(f"database: {data_dir} ({facts['concern']} concerns, {facts['concern_event']} events, "
          f"{facts['file_bytes'] / 1e6:.1f} MB)", file=sys.stderr)

    kinds = {"app": ("app", None), "bare": ("bare", None)}
    if args.compare:
        kinds["compare"] = ("app", str(Path(args.compare).resolve()))
    names = list(kinds)
    for name in names:  # warm-up: byte-code caches, page cache, fontconfig cache
        _spawn(py, *kinds[name][:1], data_dir, env, kinds[name][1])
    runs: dict[str, list[dict]] = {name: [] for name in names}
    for i in range(args.runs):
        order = names[i % len(names):] + names[:i % len(names)]  # each kind goes first in turn
        if len(names) == 2 and i % 2:
            order = names[::-1]
        for name in order:
            kind, root = kinds[name]
            r = _spawn(py, kind, data_dir, env, root)
            runs[name].append(r)
            print(f"  run {i + 1:2d} {name:7s} {r['total_s'] * 1000:7.1f} ms", file=sys.stderr)

    screens: dict[str, list[dict]] = {}
    if args.screens:
        small = args.small_dir or (data_dir if not args.data_dir else _make_demo(py, env))
        for i in range(args.screens):
            for name, folder in (("screens", data_dir), ("screens_small", small)):
                r = _spawn(py, "screens", folder, env)
                screens.setdefault(name, []).append(r)
                print(f"  run {i + 1:2d} {name:13s} {r['rss_after_screens_mib']:7.1f} MiB after every "
                      f"screen", file=sys.stderr)

    def stats(kind, key):
        return summary([r[key] for r in runs[kind]])

    result = {
        "bench": "startup",
        "machine": info,
        "database": {"data_dir": data_dir, **facts},
        "runs_per_kind": args.runs,
        "app": {k: stats("app", k) for k in ("total_s", "interpreter_s", "imports_s",
                                             "build_and_show_s", "first_events_s", "maxrss_mib")},
        "bare": {k: stats("bare", k) for k in ("total_s", "interpreter_s", "imports_s",
                                               "build_and_show_s", "first_events_s", "maxrss_mib")},
        "raw": runs,
    }
    if "home_list_s" in runs["app"][0]:
        result["app"]["home_list_s"] = stats("app", "home_list_s")
        result["app"]["rss_at_first_events_mib"] = stats("app", "rss_at_first_events_mib")
    for name, rs in screens.items():
        result[name] = {k: summary([r[k] for r in rs])
                        for k in ("rss_after_screens_mib", "maxrss_mib", "total_s")}
        result[name]["screens"] = rs[0]["screens"]
    result["raw_screens"] = screens
    if args.compare:
        result["compare_tree"] = kinds["compare"][1]
        result["compare"] = {k: stats("compare", k) for k in ("total_s", "interpreter_s", "imports_s",
                                                               "build_and_show_s", "first_events_s",
                                                               "maxrss_mib")}
        result["compare_ratio_of_medians"] = (result["compare"]["total_s"]["median"]
                                              / result["bare"]["total_s"]["median"])
    info["loadavg_at_end"] = list(os.getloadavg())
    app_med = result["app"]["total_s"]["median"]
    bare_med = result["bare"]["total_s"]["median"]
    result["ratio_of_medians"] = app_med / bare_med
    pair = [a["total_s"] / b["total_s"] for a, b in zip(runs["app"], runs["bare"])]
    result["ratio_per_pair"] = summary(pair)

    print(f"\nmachine: {machine_line(info)}")
    print(f"database: {facts['concern']} concerns, {facts['concern_event']} events, "
          f"{facts['first_day']} … {facts['last_day']}, {facts['file_bytes'] / 1e6:.1f} MB")
    print(f"{args.runs} runs of each kind, interleaved; milliseconds, median [p25–p75] (min–max)")
    for kind in names:
        for key in ("total_s", "interpreter_s", "imports_s", "build_and_show_s", "first_events_s"):
            s = result[kind][key]
            print(f"  {kind:7s} {key:17s} {s['median'] * 1000:7.1f} [{s['p25'] * 1000:6.1f}–"
                  f"{s['p75'] * 1000:6.1f}] ({s['min'] * 1000:6.1f}–{s['max'] * 1000:6.1f})")
        print(f"  {kind:7s} peak RSS          {result[kind]['maxrss_mib']['median']:7.1f} MiB")
    print(f"  ratio of medians app/bare: {result['ratio_of_medians']:.2f} "
          f"(per interleaved pair: median {statistics.median(pair):.2f}, "
          f"{min(pair):.2f}–{max(pair):.2f})")
    if "home_list_s" in result["app"]:
        s = result["app"]["home_list_s"]
        print(f"  app     home list shown   {s['median'] * 1000:7.1f} [{s['p25'] * 1000:6.1f}–"
              f"{s['p75'] * 1000:6.1f}] (its first page, from its worker, after the window is up)")
    for name in screens:
        s = result[name]["rss_after_screens_mib"]
        print(f"  {name:13s} RSS after every screen {s['median']:7.1f} MiB ({s['min']:.1f}–{s['max']:.1f}); "
              f"peak {result[name]['maxrss_mib']['median']:.1f} MiB")
    if args.compare:
        print(f"  compare = app from {result['compare_tree']}; ratio of medians compare/bare: "
              f"{result['compare_ratio_of_medians']:.2f}")
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        print(f"raw results: {args.out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        sys.exit(_child(sys.argv[2], sys.argv[3], sys.argv[4]))
    sys.exit(main())
