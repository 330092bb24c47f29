"""An experiment, not app code: how else could ``concern_fts`` be queried?

bench/search.py showed every query on the county database taking ~0.2–0.9 s.
This script measures the text part of ``models.concerns.search`` (the ``concern.id IN
(SELECT concern_id FROM concern_fts WHERE …) ORDER BY registered_on DESC, seq
DESC LIMIT 200`` query, without the phone / pinyin branches) in several ways,
on the same database, interleaved, in raw sqlite3:

- ``like_escape``   what models/concerns/search.py did for every word until 01d720d, and
                    still does for words of one or two characters:
                    ``body LIKE ? ESCAPE '\\'``.
                    The ESCAPE clause makes the LIKE a three-argument function,
                    which SQLite does not hand to a virtual table's index, so
                    FTS5 scans every row — for words of any length.
- ``like``          ``body LIKE ?`` without ESCAPE: the trigram index answers
                    words of three or more characters (models/concerns/search.py since
                    01d720d, for such words). On SQLite 3.40 it returns
                    *no rows* for shorter words (checked below), so it cannot be
                    used for 低保.
- ``match``         ``concern_fts MATCH '"word"'`` (trigram phrase), three or more
                    characters.
- ``instr``         ``instr(body, ?) > 0``: still a full scan (measured: barely cheaper than LIKE).
- ``chars``         a second FTS5 table (unicode61 tokenizer) over the same body
                    with a space between CJK characters, queried as a phrase
                    (``"低 保"``): index-backed for words of any length.
- ``*_newest``      ``match`` and ``chars`` on copies whose rowids follow
                    registration order (registered_on, station, seq), asking
                    FTS5 itself for ``ORDER BY rowid DESC LIMIT 200``: FTS5 walks
                    its doclists newest-first and stops, so only 200 concerns are
                    looked up and sorted instead of every match.

The copies are built in a scratch database attached beside the real one;
their build time and size are reported.

The county database is opened read-only and not changed.

    .venv/bin/python bench/search_alternatives.py C [--repeat 15] [--out bench/results/…json]
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import machine_info, machine_line, summary  # noqa: E402

WORDS = ["低保", "积水", "宅基地", "养老保险", "火星", "量子计算"]
CJK = re.compile(r"([\u3400-\u9fff\uf900-\ufaff])")

OUTER = ('SELECT id FROM concern WHERE id IN ({inner}) '
         'ORDER BY registered_on DESC, seq DESC LIMIT 200')
VARIANTS = {
    "like_escape": ("SELECT concern_id FROM concern_fts WHERE body LIKE ? ESCAPE '\\'",
                    lambda w: f"%{w}%"),
    "like": ("SELECT concern_id FROM concern_fts WHERE body LIKE ?", lambda w: f"%{w}%"),
    "match": ("SELECT concern_id FROM concern_fts WHERE concern_fts MATCH ?", lambda w: f'"{w}"'),
    "instr": ("SELECT concern_id FROM concern_fts WHERE instr(body, ?) > 0", lambda w: w),
    "chars": ("SELECT concern_id FROM scratch.concern_chars WHERE concern_chars MATCH ?",
              lambda w: '"' + " ".join(w) + '"'),
    "match_newest": ("SELECT concern_id FROM scratch.concern_tri WHERE concern_tri MATCH ? "
                     "ORDER BY rowid DESC LIMIT 200", lambda w: f'"{w}"'),
    "chars_newest": ("SELECT concern_id FROM scratch.concern_chars WHERE concern_chars MATCH ? "
                     "ORDER BY rowid DESC LIMIT 200", lambda w: '"' + " ".join(w) + '"'),
}
THREE_PLUS = ("match", "match_newest")
ORDERED = ("SELECT f.concern_id, {body} FROM concern_fts f JOIN concern c ON c.id = f.concern_id "
           "ORDER BY c.registered_on, c.station_id, c.seq")


def spaced(text: str) -> str:
    return CJK.sub(r" \1 ", text)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("county_dir", type=Path)
    p.add_argument("--repeat", type=int, default=15)
    p.add_argument("--out", type=Path)
    args = p.parse_args(argv)
    info = machine_info(qt=False)
    print("machine:", machine_line(info))

    con = sqlite3.connect(f"file:{args.county_dir / 'station.sqlite3'}?mode=ro", uri=True)
    con.execute("PRAGMA cache_size=-16000")  # as models/core/db.py
    scratch = Path(tempfile.mkdtemp(prefix="desk-bench-chars-")) / "chars.sqlite3"
    con.execute("ATTACH DATABASE ? AS scratch", (str(scratch),))
    con.create_function("spaced", 1, spaced, deterministic=True)
    t0 = time.perf_counter()
    con.execute("CREATE VIRTUAL TABLE scratch.concern_chars USING fts5(concern_id UNINDEXED, body)")
    con.execute("INSERT INTO scratch.concern_chars (concern_id, body) " + ORDERED.format(body="spaced(f.body)"))
    con.commit()
    build_s = time.perf_counter() - t0
    chars_bytes = scratch.stat().st_size
    print(f"built the character-tokenized table in {build_s:.1f} s, {chars_bytes / 1e6:.0f} MB "
          f"(the county database is {(args.county_dir / 'station.sqlite3').stat().st_size / 1e6:.0f} MB)")
    t0 = time.perf_counter()
    con.execute("CREATE VIRTUAL TABLE scratch.concern_tri USING fts5(concern_id UNINDEXED, body, "
                "tokenize='trigram')")
    con.execute("INSERT INTO scratch.concern_tri (concern_id, body) " + ORDERED.format(body="f.body"))
    con.commit()
    tri_build_s = time.perf_counter() - t0
    tri_bytes = scratch.stat().st_size - chars_bytes
    print(f"built the registration-ordered trigram copy in {tri_build_s:.1f} s, {tri_bytes / 1e6:.0f} MB")

    def run(variant, word):
        inner, arg = VARIANTS[variant]
        t = time.perf_counter()
        rows = con.execute(OUTER.format(inner=inner), (arg(word),)).fetchall()
        return time.perf_counter() - t, len(rows)

    def total(variant, word):
        inner, arg = VARIANTS[variant]
        return con.execute(f"SELECT COUNT(*) FROM ({inner})", (arg(word),)).fetchone()[0]

    cells = [(v, w) for w in WORDS for v in VARIANTS if not (v in THREE_PLUS and len(w) < 3)]
    times = {c: [] for c in cells}
    for rnd in range(args.repeat + 1):
        for c in cells:
            d, _ = run(*c)
            if rnd:
                times[c].append(d)
    results = []
    print(f"\nmilliseconds, median / p95 of {args.repeat}; (rows matched; the _newest variants stop at 200)")
    print(f"  {'variant':13s}" + "".join(f"{w:>21s}" for w in WORDS))
    for v in VARIANTS:
        line = f"  {v:13s}"
        for w in WORDS:
            if (v, w) not in times:
                line += f"{'—':>22s}"
                continue
            s = summary(times[(v, w)])
            n = total(v, w)
            results.append({"word": w, "variant": v, "rows_total": n, "s": s})
            line += f"{s['median'] * 1e3:7.1f} /{s['p95'] * 1e3:6.1f} ({n:5d})"
        print(line)
    con.close()
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"bench": "search_alternatives", "machine": info,
                                        "sqlite": sqlite3.sqlite_version,
                                        "chars_table": {"build_s": build_s, "bytes": chars_bytes},
                                        "ordered_trigram_copy": {"build_s": tri_build_s, "bytes": tri_bytes},
                                        "repeat": args.repeat, "results": results},
                                       ensure_ascii=False, indent=1) + "\n")
        print(f"raw results: {args.out}")
    scratch.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
