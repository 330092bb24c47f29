"""How long the window is frozen while a duty officer types into the search
box, on a database of any size (the county one from bench/generate.py).

The real search page (``ui.search_page.SearchPage``) is shown; each query is
typed one key at a time, as a person types ("2", "20", "202", "2026", …), and
after each key the bench waits for the page's results (``searched``: the
debounce, then the search on its worker thread, then the rows put in the
table). Meanwhile a 5 ms timer on the GUI thread records when it fires: the
longest gap between two of its ticks, minus the 5 ms, is the longest time the
window could not answer (a repaint, a key). Reported per key: that longest
freeze, and the time from the key to the results on screen.

    .venv/bin/python bench/search_keys.py C [--runs 3] [--out bench/results/search-keys.json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import machine_info, machine_line, summary  # noqa: E402

QUERIES = ["2026", "低保", "积水", "zf", "宅基地"]
TICK_MS = 5


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="GUI freeze per keystroke in the search box.")
    p.add_argument("data_dir", type=Path)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--out", type=Path)
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from models.core.paths import database_path
    from models.safety.opening import close_database, open_database
    from models.station.stations import this_station
    from ui.context import DeskContext
    from ui.search_page import SearchPage

    app = QApplication.instance() or QApplication([])
    open_database(database_path(args.data_dir))
    page = SearchPage(DeskContext(this_station()))
    page.resize(1000, 700)
    page.show()

    clock = QElapsedTimer()
    clock.start()
    ticks: list[int] = []
    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(lambda: ticks.append(clock.elapsed()))
    ticker.start()

    def wait_for_results(limit_s: float = 60.0) -> None:
        loop = QEventLoop()
        page.searched.connect(loop.quit)
        QTimer.singleShot(int(limit_s * 1000), loop.quit)
        loop.exec()
        page.searched.disconnect(loop.quit)

    keys = []
    for run in range(args.runs + 1):  # run 0 warms the caches and is not kept
        for query in QUERIES:
            page.query_edit.clear()
            wait_for_results(5)
            for i in range(1, len(query) + 1):
                ticks.clear()
                t0 = time.perf_counter()
                page.query_edit.setText(query[:i])  # one more key
                wait_for_results()
                answered = time.perf_counter() - t0
                gaps = [b - a for a, b in zip(ticks, ticks[1:])]
                freeze = max(gaps, default=0) - TICK_MS
                if run:
                    keys.append({"query": query, "typed": query[:i], "freeze_ms": max(freeze, 0),
                                 "results_ms": answered * 1e3, "rows": page.table.rowCount()})
    ticker.stop()
    page.close()
    close_database()

    info = machine_info(qt=True)
    print("machine:", machine_line(info))
    print(f"{'typed':8s} {'freeze max':>11s} {'freeze med':>11s} {'results med':>12s} {'rows':>5s}")
    by_typed: dict[str, list[dict]] = {}
    for k in keys:
        by_typed.setdefault(k["typed"], []).append(k)
    for typed, ks in by_typed.items():
        f = summary([k["freeze_ms"] for k in ks])
        r = summary([k["results_ms"] for k in ks])
        print(f"{typed:8s} {f['max']:9.1f}ms {f['median']:9.1f}ms {r['median']:10.1f}ms {ks[-1]['rows']:5d}")
    worst = max(k["freeze_ms"] for k in keys)
    allf = summary([k["freeze_ms"] for k in keys])
    print(f"all keys: freeze median {allf['median']:.1f} ms, p95 {allf['p95']:.1f} ms, max {worst:.1f} ms "
          f"({len(keys)} keys)")
    if args.out:
        info["loadavg_at_end"] = list(os.getloadavg())
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"bench": "search_keys", "machine": info, "keys": keys,
                                        "freeze_ms": allf}, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
