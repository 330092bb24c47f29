"""The search index's layout: two FTS5 tables over one text per concern,
sharing a rowid that follows registration order.

- ``concern_fts (concern_id UNINDEXED, station_id UNINDEXED, body)``, trigram
  tokenizer: holds each concern's searchable text (``models.concerns.search``
  composes it) and answers words of three or more characters from its index.
- ``concern_fts_chars (chars)``, contentless, unicode61 tokenizer, over the
  same text with a space between every two characters: one token per
  character, so a word of one or two characters (低保, 积水, "zs") is a
  phrase answered from an index too, where a trigram index cannot help.
  After the text comes one more token, the concern's station
  (``station_token``): a township's or village's scope is then part of the
  same index query (``"低 保" AND (s… OR s…)``) instead of a filter on every
  match of the whole county. No word typed can match it: typed words are
  looked up character by character, and the token is one long word.
- ``concern_fts_key (concern_id → fts_rowid)``: a concern's row found by key.
- ``concern_fts_phone``: the villagers' phone numbers, trigram-indexed
  (external content on ``villager``, kept current by triggers), so that
  "the last four digits" finds the villagers without reading them all.

Both index tables only *propose* rows; every hit is checked against the text
itself with ``LIKE`` (``models.concerns.search``), so a search finds exactly
the concerns whose text contains the word.

**Newest first without sorting.** The rowid is ``day << 32 | seq << 12 | k``:
the registration date (days since 2000-01-01), the case number's sequence
within its station and year, and a slot ``k`` (0–4095) that tells apart
concerns of different stations registered on the same day with the same
sequence number. Rowid order is therefore the search's order
(``registered_on DESC, seq DESC``), and FTS5 can be asked for
``ORDER BY rowid DESC LIMIT 200`` itself: it walks its index newest-first and
stops, instead of fetching and sorting every match. Concerns that arrive by
sync long after they were registered still take their place by date.

This module is the format (rowids, the spaced text, the DDL and the migration
that builds it from the older single table); ``models.concerns.search`` keeps
it current in the same transaction that writes a concern.
"""
from __future__ import annotations

import datetime as dt

EPOCH = dt.date(2000, 1, 1)
SLOTS = 1 << 12          # concerns of one day with one sequence number, across stations
SEQ_LIMIT = 1 << 20      # a station's case numbers in a year (larger ones share the top value)

DDL = (
    "CREATE VIRTUAL TABLE concern_fts USING fts5(concern_id UNINDEXED, station_id UNINDEXED, body, "
    "tokenize='trigram')",
    "CREATE VIRTUAL TABLE concern_fts_chars USING fts5(chars, content='', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TABLE concern_fts_key (concern_id TEXT NOT NULL PRIMARY KEY, fts_rowid INTEGER NOT NULL) "
    "WITHOUT ROWID",
    "CREATE VIRTUAL TABLE concern_fts_phone USING fts5(phone, content='villager', content_rowid='rowid', "
    "tokenize='trigram')",
    "CREATE TRIGGER concern_fts_phone_i AFTER INSERT ON villager BEGIN "
    "INSERT INTO concern_fts_phone (rowid, phone) VALUES (new.rowid, new.phone); END",
    "CREATE TRIGGER concern_fts_phone_d AFTER DELETE ON villager BEGIN "
    "INSERT INTO concern_fts_phone (concern_fts_phone, rowid, phone) VALUES ('delete', old.rowid, old.phone); END",
    "CREATE TRIGGER concern_fts_phone_u AFTER UPDATE OF phone ON villager BEGIN "
    "INSERT INTO concern_fts_phone (concern_fts_phone, rowid, phone) VALUES ('delete', old.rowid, old.phone); "
    "INSERT INTO concern_fts_phone (rowid, phone) VALUES (new.rowid, new.phone); END",
    "INSERT INTO concern_fts_phone (concern_fts_phone) VALUES ('rebuild')",
)


def order_base(registered_on: dt.date | str, seq: int) -> int:
    """The first rowid of the slots of a concern registered on that day with
    that sequence number."""
    if isinstance(registered_on, str):
        registered_on = dt.date.fromisoformat(registered_on[:10])
    day = (registered_on - EPOCH).days
    seq = min(max(int(seq), 0), SEQ_LIMIT - 1)
    return (day << 32) | (seq << 12)


def spaced(text: str) -> str:
    """Every character of ``text`` that is not white space, one space apart
    (each becomes its own token; punctuation the tokenizer drops)."""
    return " ".join(ch for ch in text if not ch.isspace())


def station_token(station_id: str | None) -> str:
    """The one token that names a station in ``concern_fts_chars``."""
    return "zzst" + "".join(ch for ch in (station_id or "") if ch.isascii() and ch.isalnum()).lower()


def chars_text(body: str, station_id: str | None) -> str:
    """What ``concern_fts_chars`` indexes for a concern: the spaced text,
    then its station's token."""
    return spaced(body) + " " + station_token(station_id)


def scope_match(station_ids: list[str]) -> str:
    """An FTS5 expression for "registered at one of these stations"."""
    return "(" + " OR ".join(station_token(s) for s in station_ids) + ")"


def phrase(word: str) -> str | None:
    """An FTS5 phrase for ``word`` in ``concern_fts_chars``: its characters,
    in order — or None when the tokenizer keeps none of them (only
    punctuation), so the index cannot help."""
    chars = [ch for ch in word if ch.isalnum()]
    if not chars:
        return None
    return '"' + " ".join(ch.replace('"', '""') for ch in chars) + '"'


def trigram_phrase(word: str) -> str:
    """An FTS5 phrase for ``word`` in the trigram table (three or more characters)."""
    return '"' + word.replace('"', '""') + '"'


class SlotsFull(RuntimeError):
    """More than SLOTS concerns with one registration day and sequence number."""


def free_rowid(cursor, base: int) -> int:
    """The next unused rowid among the slots of ``base``."""
    top = cursor.execute("SELECT MAX(rowid) FROM concern_fts WHERE rowid >= ? AND rowid < ?",
                         (base, base + SLOTS)).fetchone()[0]
    rowid = base if top is None else top + 1
    if rowid >= base + SLOTS:
        raise SlotsFull(f"more than {SLOTS} concerns share registration day and number ({base})")
    return rowid


def insert(cursor, rowid: int, concern_id: str, station_id: str, body: str) -> None:
    cursor.execute("INSERT INTO concern_fts (rowid, concern_id, station_id, body) VALUES (?, ?, ?, ?)",
                   (rowid, concern_id, station_id, body))
    cursor.execute("INSERT INTO concern_fts_chars (rowid, chars) VALUES (?, ?)",
                   (rowid, chars_text(body, station_id)))


def delete(cursor, rowid: int) -> None:
    """Remove one row from both tables (the contentless one is told the text
    it indexed, read back from the trigram table)."""
    row = cursor.execute("SELECT body, station_id FROM concern_fts WHERE rowid = ?", (rowid,)).fetchone()
    if row is None:
        return
    cursor.execute("INSERT INTO concern_fts_chars (concern_fts_chars, rowid, chars) VALUES ('delete', ?, ?)",
                   (rowid, chars_text(row[0], row[1])))
    cursor.execute("DELETE FROM concern_fts WHERE rowid = ?", (rowid,))


def clear(cursor) -> None:
    cursor.execute("DELETE FROM concern_fts")
    cursor.execute("INSERT INTO concern_fts_chars (concern_fts_chars) VALUES ('delete-all')")
    cursor.execute("DELETE FROM concern_fts_key")
    cursor.execute("INSERT INTO concern_fts_phone (concern_fts_phone) VALUES ('rebuild')")


def bulk_insert(cursor, rows) -> int:
    """Insert ``(concern_id, station_id, registered_on, seq, body)`` rows into
    empty (or disjoint) tables, giving each its rowid; returns the count."""
    taken: dict[int, int] = {}
    batch_fts, batch_chars, batch_key = [], [], []
    n = 0

    def flush():
        cursor.executemany("INSERT INTO concern_fts (rowid, concern_id, station_id, body) VALUES (?, ?, ?, ?)",
                           batch_fts)
        cursor.executemany("INSERT INTO concern_fts_chars (rowid, chars) VALUES (?, ?)", batch_chars)
        cursor.executemany("INSERT INTO concern_fts_key (concern_id, fts_rowid) VALUES (?, ?)", batch_key)
        batch_fts.clear()
        batch_chars.clear()
        batch_key.clear()

    for concern_id, station_id, registered_on, seq, body in rows:
        base = order_base(registered_on, seq)
        k = taken.get(base, 0)
        if k >= SLOTS:
            raise SlotsFull(f"more than {SLOTS} concerns share registration day and number ({base})")
        taken[base] = k + 1
        rowid = base + k
        batch_fts.append((rowid, concern_id, station_id, body))
        batch_chars.append((rowid, chars_text(body, station_id)))
        batch_key.append((concern_id, rowid))
        n += 1
        if len(batch_fts) >= 2000:
            flush()
    flush()
    return n


def migrate_to_registration_order(database) -> None:
    """Migration 11: the single trigram table (rowids in insertion order, no
    station) becomes the layout above. The text is carried over as it was
    indexed (the newest row of each concern), so no model code is needed."""
    cursor = database.cursor()
    old = cursor.execute(
        "SELECT f.concern_id, c.station_id, c.registered_on, c.seq, f.body FROM concern_fts f "
        "JOIN concern c ON c.id = f.concern_id "
        "WHERE f.rowid IN (SELECT MAX(rowid) FROM concern_fts GROUP BY concern_id) "
        "ORDER BY c.registered_on, c.seq, c.station_id").fetchall()
    cursor.execute("DROP TABLE concern_fts")
    cursor.execute("DROP TABLE IF EXISTS concern_fts_key")
    for statement in DDL:  # (the phone index is filled by its 'rebuild')
        cursor.execute(statement)
    bulk_insert(cursor, old)
