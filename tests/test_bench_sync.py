"""bench/sync.py cannot rot: its tiny run completes and prints its tables.

Only that it runs end to end (pairing, full and incremental trips, the raw
insert, a county merging its villages through their townships) and says what
it measured; never how fast.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_sync_quick_runs_and_prints_its_tables(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "sync.py"), "--quick",
                           "--work", str(tmp_path / "work")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert "== Village: 120 concerns" in out
    for row in ("| village: first (full) export |", "| township: import of it |",
                "| village: incremental export (10 new concerns) |",
                "| raw SQLite executemany, tables + indexes", "ratio full import / raw"):
        assert row in out, row
    assert "township's concerns after the runs: 130 (village 120 + 10 new)" in out
    assert "== County: 3 villages x 15 concerns via 2 townships" in out
    assert "| county: import of a township package | 2 |" in out
    assert "equal to the sum of the villages'" in out and ": yes" in out.split("equal to the sum")[1]
    # --quick writes no results file
    assert "written:" not in proc.stderr
