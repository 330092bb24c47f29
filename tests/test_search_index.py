"""The search index (models/core/search_index.py) finds exactly what a
straightforward scan finds.

The reference below is the rule written out in Python, row by row: a concern
matches a word when its text (``search._body``) contains the word (or its
half-width form), ASCII letters without regard to case as SQLite's LIKE, or
when the word is 3+ digits in the phone of its villager or of a companion of
its visit, or 2+ letters starting their pinyin initials or full pinyin; every
word must match; newest first by registration date and case number; only the
stations under the searching one. It is compared with ``search_ids`` on a
generated three-village county (bench/generate.py, the same generator as the
300,000-concern bench database) for several hundred words drawn from the
data itself, at every level's scope.
"""
from __future__ import annotations

import random
import sqlite3
from contextlib import closing

import pytest

from models.concerns import search
from models.core import migrations
from models.core.db import db
from models.core.schema import Concern, Station, Villager, VisitVisitor
from models.core.validation import halfwidth
from models.safety.opening import close_database, open_database
from models.station.stations import stations_under
from tests.conftest import TODAY

LIMIT = 200
ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@pytest.fixture(scope="module")
def county_file(tmp_path_factory):
    from bench.generate import generate

    out = tmp_path_factory.mktemp("county")
    generate(out, villages=3, years=1, visits_per_year=120, end=TODAY, quiet=True)
    path = next(out.glob("*.sqlite3"))
    database = open_database(path)
    search.rebuild_index()  # whatever the generator wrote, the app's own index
    close_database()
    del database
    return path


@pytest.fixture
def county(county_file, tmp_path):
    copy = tmp_path / county_file.name
    with closing(sqlite3.connect(str(county_file))) as src, closing(sqlite3.connect(str(copy))) as dst:
        src.backup(dst)
    open_database(copy)
    yield
    close_database()


class Reference:
    """Every concern read once, matched in Python."""

    def __init__(self):
        self.concerns = list(Concern.select())
        self.body = {c.id: search._body(c).translate(ASCII_FOLD) for c in self.concerns}
        self.key = {c.id: (c.registered_on, c.seq) for c in self.concerns}
        self.station = {c.id: c.station_id for c in self.concerns}
        self.people = {c.id: {c.villager_id} for c in self.concerns}
        by_visit: dict[str, set] = {}
        for vv in VisitVisitor.select():
            by_visit.setdefault(vv.visit_id, set()).add(vv.villager_id)
        for c in self.concerns:
            self.people[c.id] |= by_visit.get(c.visit_id, set())
        self.villagers = list(Villager.select())

    def _villager_ids(self, word: str) -> set | None:
        import re

        key = halfwidth(word)
        if re.fullmatch(r"[0-9]{3,}", key):
            return {v.id for v in self.villagers if key in v.phone}
        if re.fullmatch(r"[A-Za-z]{2,}", key):
            low = key.lower()
            return {v.id for v in self.villagers
                    if v.pinyin_initials.startswith(low) or v.pinyin_full.startswith(low)}
        return None

    def matches(self, cid: str, word: str, villagers: set | None) -> bool:
        forms = [word]
        key = halfwidth(word)
        if key != word and key.isascii():
            forms.append(key)
        if any(f.translate(ASCII_FOLD) in self.body[cid] for f in forms):
            return True
        return villagers is not None and bool(self.people[cid] & villagers)

    def search(self, station, query: str) -> list[str]:
        words = query.split()[:8]
        scope = None if station is None else {s.id for s in stations_under(station)}
        vs = [self._villager_ids(w) for w in words]
        hits = [c.id for c in self.concerns
                if (scope is None or self.station[c.id] in scope)
                and all(self.matches(c.id, w, v) for w, v in zip(words, vs))]
        return sorted(hits, key=lambda cid: self.key[cid], reverse=True)


def same(ref: list[str], got: list[str], keys: dict) -> None:
    """``got`` is the newest LIMIT of ``ref``: the same concerns when there
    are fewer, else the same registration keys (ties at the cut may differ)."""
    assert len(got) == len(set(got)), "a concern was returned twice"
    assert [keys[c] for c in got] == [keys[c] for c in ref[:LIMIT]]
    if len(ref) <= LIMIT:
        assert set(got) == set(ref)
    else:
        assert set(got) <= set(ref)


def words_from(ref: Reference, rng: random.Random) -> list[str]:
    """Words a duty officer might type, taken from the data: one to six
    characters of the texts (Chinese, digits, punctuation), names and their
    pinyin, phone digits, case numbers, and words found nowhere."""
    bodies = list(ref.body.values())
    words = []
    for n in (1, 1, 2, 2, 2, 3, 4, 6):
        for _ in range(12):
            b = rng.choice(bodies).replace("\n", "")
            i = rng.randrange(max(1, len(b) - n))
            words.append(b[i:i + n])
    for v in rng.sample(ref.villagers, 15):
        words += [v.name, v.name[1:], v.pinyin_initials[:2], v.pinyin_full[:4]]
        if v.phone:
            words += [v.phone[-4:], v.phone[3:7], v.phone]
    for c in rng.sample(ref.concerns, 10):
        words += [c.case_number, c.case_number[-3:], c.case_number[:6], str(c.seq)]
    words += ["火星", "量子计算", "zz", "zzq", "%", "_", "50%", "\\", "。", "，保", "２０２６", "ｚｓ",
              "ZS", "\"", "低保\"", "'", "*", "OR", "NEAR", "a"]
    return [w for w in words if w.strip()]


def test_every_word_finds_what_a_scan_finds_at_every_scope(county):
    ref = Reference()
    rng = random.Random(15)
    county_station = Station.get(Station.level == "county")
    township = Station.select().where(Station.level == "township").order_by(Station.code).first()
    village = Concern.select().first().station
    words = words_from(ref, rng)
    assert len(words) > 200
    checked = 0
    for word in words:
        for station in (None, county_station, township, village):
            same(ref.search(station, word), search.search_ids(station, word, LIMIT), ref.key)
            checked += 1
    assert checked == 4 * len(words)


def test_several_words_find_what_a_scan_finds(county):
    ref = Reference()
    rng = random.Random(16)
    words = words_from(ref, rng)
    village = Concern.select().first().station
    for _ in range(150):
        query = " ".join(rng.sample(words, rng.choice((2, 2, 3))))
        for station in (None, village):
            same(ref.search(station, query), search.search_ids(station, query, LIMIT), ref.key)


def test_the_index_matches_the_concerns_after_edits_and_a_rebuild(county):
    """One row per concern in each table, found by its key; a corrected
    concern keeps its place; after a rebuild the results are the same."""
    count = Concern.select().count()
    for table in ("concern_fts", "concern_fts_key"):
        assert db.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == count
    # every key points at the row of its concern
    assert db.execute_sql("SELECT COUNT(*) FROM concern_fts_key k JOIN concern_fts f "
                          "ON f.rowid = k.fts_rowid AND f.concern_id = k.concern_id").fetchone()[0] == count
    concern = Concern.select().order_by(Concern.registered_on).first()
    before = db.execute_sql("SELECT fts_rowid FROM concern_fts_key WHERE concern_id = ?",
                            (concern.id,)).fetchone()[0]
    concern.summary = "更正后的摘要：灌溉渠被冲毁"
    concern.save()
    search.reindex(concern)
    after = db.execute_sql("SELECT fts_rowid FROM concern_fts_key WHERE concern_id = ?",
                           (concern.id,)).fetchone()[0]
    assert after == before
    assert search.search_ids(None, "冲毁") == [concern.id]
    assert search.search_ids(None, "渠被") == [concern.id]
    for table in ("concern_fts", "concern_fts_chars", "concern_fts_phone"):
        db.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
    # a villager's new phone number is found at once (the phone index follows the villager table)
    villager = Villager.get_by_id(concern.villager_id)
    villager.phone = "13900001234"
    villager.save()
    assert concern.id in search.search_ids(None, "0001234")
    queries = ["低保", "水", "冲毁", "zs", "2026", "1234"]
    results = [search.search_ids(None, q) for q in queries]
    assert search.rebuild_index() == count
    assert [search.search_ids(None, q) for q in queries] == results


def test_rowids_follow_registration_order(county):
    rows = db.execute_sql(
        "SELECT c.registered_on, c.seq FROM concern_fts f JOIN concern c ON c.id = f.concern_id "
        "ORDER BY f.rowid").fetchall()
    assert rows == sorted(rows)


def test_an_older_file_is_migrated_to_the_new_index(county_file, tmp_path):
    """A version-10 file (one trigram table, rowids in insertion order, some
    concerns indexed twice as before migration 10 cleaned them) opens with the
    new index and the same results."""
    copy = tmp_path / county_file.name
    with closing(sqlite3.connect(str(county_file))) as src, closing(sqlite3.connect(str(copy))) as dst:
        src.backup(dst)
    open_database(copy)
    queries = ["低保", "水", "宅基", "zs", "2026", "2026-00", "，"]
    expected = [search.search_ids(None, q) for q in queries]
    close_database()
    with closing(sqlite3.connect(str(copy))) as con:
        rows = con.execute("SELECT f.concern_id, f.body FROM concern_fts f ORDER BY random()").fetchall()
        con.execute("DROP TABLE concern_fts")
        con.execute("DROP TABLE concern_fts_chars")
        con.execute("DROP TABLE concern_fts_key")
        for trigger in ("i", "d", "u"):
            con.execute(f"DROP TRIGGER concern_fts_phone_{trigger}")
        con.execute("DROP TABLE concern_fts_phone")
        con.execute("CREATE VIRTUAL TABLE concern_fts USING fts5(concern_id UNINDEXED, body, tokenize='trigram')")
        con.executemany("INSERT INTO concern_fts (concern_id, body) VALUES (?, ?)",
                        [(cid, "旧的文字") for cid, _ in rows[:50]] + rows)
        con.execute("CREATE TABLE concern_fts_key (concern_id TEXT NOT NULL PRIMARY KEY, "
                    "fts_rowid INTEGER NOT NULL) WITHOUT ROWID")
        con.execute("INSERT INTO concern_fts_key SELECT concern_id, MAX(rowid) FROM concern_fts "
                    "GROUP BY concern_id")
        con.commit()
    # migration 11 itself, on that old layout, in the transaction migrate() gives it
    database = open_database(copy)
    with database.atomic():
        migrations.MIGRATION_0011(database)
    try:
        assert [search.search_ids(None, q) for q in queries] == expected
        n = Concern.select().count()
        assert db.execute_sql("SELECT COUNT(*) FROM concern_fts").fetchone()[0] == n
        assert db.execute_sql("SELECT COUNT(*) FROM concern_fts WHERE body = '旧的文字'").fetchone()[0] == 0
    finally:
        close_database()
