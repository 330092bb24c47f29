"""Finding concerns: by case number, villager name or pinyin initials, phone,
or any fragment of a summary or details.

Each concern's text (case number, the villager's and companions' names,
summary, details, hamlet) is kept in the index that
``models.core.search_index`` lays out: a trigram table for words of three or
more characters, a character-per-token table for words of one or two, both
with rowids in registration order. A word is looked up in the index that fits
it, newest first; every proposed row is checked against the text with
``LIKE``, so the hits are exactly the concerns whose text contains the word;
SQLite stops at the limit instead of sorting every match. The index is kept
current by ``reindex`` / ``reindex_many`` in the transaction that writes a
concern (``models.concerns.workflow``), and built by migration 11 for older
files.
"""
from __future__ import annotations

import re

from peewee import SQL

from models.core import search_index
from models.core.db import db
from models.core.schema import Concern, Station, Villager, VisitVisitor
from models.core.validation import halfwidth
from models.station.stations import station_ids_under


def _compose(case_number: str, names: list[str], summary: str, details: str,
             hamlet_name: str | None) -> str:
    """The indexed text: case number, the villager's and the visit's
    companions' names (each once), summary, details, hamlet."""
    parts = [case_number, " ".join(dict.fromkeys(names)), summary, details]
    if hamlet_name is not None:
        parts.append(hamlet_name)
    return "\n".join(parts)


def _body(concern: Concern) -> str:
    names = [concern.villager.name]
    names += [vv.villager.name for vv in VisitVisitor.select().where(VisitVisitor.visit == concern.visit_id)
              .order_by(SQL("rowid"))]
    hamlet = Station.get_by_id(concern.hamlet_id).name if concern.hamlet_id else None
    return _compose(concern.case_number, names, concern.summary, concern.details, hamlet)


def _rowid_for(cursor, concern_id: str, registered_on, seq: int) -> int | None:
    """Drop the concern's old index row; return it when it can be reused (same
    registration day and number), else None."""
    old = cursor.execute("SELECT fts_rowid FROM concern_fts_key WHERE concern_id = ?",
                         (concern_id,)).fetchone()
    if old is None:
        return None
    search_index.delete(cursor, old[0])
    base = search_index.order_base(registered_on, seq)
    return old[0] if base <= old[0] < base + search_index.SLOTS else None


def _store(cursor, concern_id: str, station_id: str, registered_on, seq: int, body: str) -> None:
    rowid = _rowid_for(cursor, concern_id, registered_on, seq)
    if rowid is None:
        rowid = search_index.free_rowid(cursor, search_index.order_base(registered_on, seq))
    search_index.insert(cursor, rowid, concern_id, station_id, body)
    cursor.execute("INSERT INTO concern_fts_key (concern_id, fts_rowid) VALUES (?, ?) "
                   "ON CONFLICT (concern_id) DO UPDATE SET fts_rowid = excluded.fts_rowid",
                   (concern_id, rowid))


def reindex(concern: Concern) -> None:
    """Replace the concern's text in the index (its row found by key, not by a scan)."""
    _store(db.cursor(), concern.id, concern.station_id, concern.registered_on, concern.seq,
           _body(concern))


def _bodies(cursor, ids: list[str]):
    """``(concern_id, station_id, registered_on, seq, body)`` for up to 500
    concerns, from two joined queries: the same text ``_body`` gives each."""
    marks = ", ".join("?" * len(ids))
    rows = {r[0]: r for r in cursor.execute(
        "SELECT c.id, c.case_number, c.summary, c.details, c.visit_id, c.hamlet_id, "
        "v.id, v.name, h.id, h.name, c.station_id, c.registered_on, c.seq FROM concern c "
        "LEFT JOIN villager v ON v.id = c.villager_id "
        "LEFT JOIN station h ON h.id = c.hamlet_id "
        f"WHERE c.id IN ({marks})", ids).fetchall()}
    companions: dict[str, list[str]] = {}
    visits = list({r[4] for r in rows.values()})
    for visit_id, name in cursor.execute(
            "SELECT vv.visit_id, p.name FROM visit_visitor vv LEFT JOIN villager p ON p.id = vv.villager_id "
            f"WHERE vv.visit_id IN ({', '.join('?' * len(visits))}) ORDER BY vv.visit_id, vv.rowid",
            visits).fetchall():
        if name is None:  # as _body would fail: vv.villager
            raise Villager.DoesNotExist(f"a visitor of visit {visit_id} does not exist")
        companions.setdefault(visit_id, []).append(name)
    out = []
    for cid in ids:
        row = rows.get(cid)
        if row is None:
            raise Concern.DoesNotExist(f"concern {cid} does not exist")
        (_, case_number, summary, details, visit_id, hamlet_id, villager_id, name, hid, hamlet,
         station_id, registered_on, seq) = row
        if villager_id is None:  # as _body would fail: concern.villager
            raise Villager.DoesNotExist(f"villager of concern {cid} does not exist")
        if hamlet_id and hid is None:  # as _body would fail: Station.get_by_id
            raise Station.DoesNotExist(f"hamlet {hamlet_id} does not exist")
        body = _compose(case_number, [name] + companions.get(visit_id, []), summary, details,
                        hamlet if hamlet_id else None)
        out.append((cid, station_id, registered_on, seq, body))
    return out


def reindex_many(concern_ids: list[str]) -> None:
    """``reindex`` for many concerns (``workflow.project_many``, a sync import)."""
    ids = list(dict.fromkeys(concern_ids))
    cursor = db.cursor()
    for i in range(0, len(ids), 500):
        for row in _bodies(cursor, ids[i:i + 500]):
            _store(cursor, *row)


def rebuild_index(progress=None) -> int:
    """Build the whole index again from the concerns (in one transaction);
    ``progress(done, total)`` is told as it goes. Returns the count."""
    cursor = db.cursor()
    with db.atomic():
        search_index.clear(cursor)
        ids = [r[0] for r in cursor.execute(
            "SELECT id FROM concern ORDER BY registered_on, seq, station_id").fetchall()]

        def rows():
            for i in range(0, len(ids), 500):
                yield from _bodies(cursor, ids[i:i + 500])
                if progress is not None:
                    progress(min(i + 500, len(ids)), len(ids))

        return search_index.bulk_insert(cursor, rows())


_NUMBERLIKE = re.compile(r"[0-9\-/.]+")


class _Word:
    """One word of a query, as SQL: ``texts`` are the literal forms looked for
    in the text (the word, and its half-width form), ``villagers`` the SQL of
    the index rows of concerns whose villager (or a companion of the visit)
    matches it by phone digits or pinyin, or None."""

    def __init__(self, word: str):
        self.texts = [word]
        key = halfwidth(word)
        if key != word and key.isascii():
            self.texts.append(key)
        self.villagers = None
        if re.fullmatch(r"[0-9]{3,}", key):
            self.villagers = _by_villagers(
                "SELECT v.id FROM concern_fts_phone p JOIN villager v ON v.rowid = p.rowid "
                "WHERE p.concern_fts_phone MATCH ? AND instr(v.phone, ?) > 0",
                [search_index.trigram_phrase(key), key])
        elif re.fullmatch(r"[A-Za-z]{2,}", key):
            low = key.lower()
            self.villagers = _by_villagers(
                "SELECT id FROM villager WHERE pinyin_initials >= ? AND pinyin_initials < ? "
                "UNION SELECT id FROM villager WHERE pinyin_full >= ? AND pinyin_full < ?",
                [low, low + "\x7f", low, low + "\x7f"])

    def verify(self, alias: str) -> tuple[str, list]:
        """The row's text contains one of the forms (exactly: the index tables
        only propose rows)."""
        sql = " OR ".join(f"{alias}.body LIKE ? ESCAPE '\\'" for _ in self.texts)
        return "(" + sql + ")", ["%" + _escape_like(t) + "%" for t in self.texts]

    def condition(self, alias: str) -> tuple[str, list]:
        """The whole test on a row of ``concern_fts``: text or villager."""
        sql, params = self.verify(alias)
        if self.villagers is not None:
            vsql, vparams = self.villagers
            sql = f"({sql} OR {alias}.rowid IN ({vsql}))"
            params = params + vparams
        return sql, params

    def proposals(self, scope: list[str] | None) -> tuple[str, str, list, str]:
        """``(FROM clause, WHERE clause, params, order column)``: the rows an
        index proposes for the text forms, newest first by the order column;
        ``t`` is ``concern_fts``. A scope is part of the index query."""
        # The trigram index when the desk's whole database is the scope — and,
        # at any scope, for digits with punctuation (a case number, part of
        # one: 2026-0042): its trigrams are rare where its characters are
        # in every concern's case number, so the character table would walk
        # long lists; the scope is then the station filter on the few rows.
        if all(len(t) >= 3 and "\x00" not in t for t in self.texts) and (
                scope is None or all(_NUMBERLIKE.fullmatch(t) and not t.isdigit() for t in self.texts)):
            match = " OR ".join(search_index.trigram_phrase(t) for t in self.texts)
            return "concern_fts AS t", "t.concern_fts MATCH ?", [match], "t.rowid"
        phrases = [search_index.phrase(t) for t in self.texts]
        if all(phrases):
            match = "(" + " OR ".join(phrases) + ")"
        elif scope is None:  # only punctuation: no index can help, scan
            return "concern_fts AS t", "1", [], "t.rowid"
        else:
            match = ""
        if scope is not None:
            match = (match + " AND " if match else "") + search_index.scope_match(scope)
        return ("concern_fts_chars AS p CROSS JOIN concern_fts AS t ON t.rowid = p.rowid",
                "p.concern_fts_chars MATCH ?", [match], "p.rowid")


def _scope(station: Station | None) -> list[str] | None:
    """The stations whose concerns a search looks at, or None for every
    concern on the desk (a county desk holding only its own subtree needs no
    filter). Hamlets register no concerns of their own and are left out."""
    if station is None:
        return None
    return station_ids_under(station, hamlets=False, none_if_all=True)


def search_ids(station: Station | None, query: str, limit: int = 200) -> list[str]:
    """The ids of the concerns matching every word of ``query`` (words split
    by spaces), newest first (registration date, then case number), at most
    ``limit``; confidential ones not yet filtered out."""
    words = [_Word(w) for w in re.split(r"\s+", (query or "").strip()) if w][:8]
    if not words:
        return []
    scope = _scope(station)
    # Drive the query from a word that only the text can match: its index
    # proposes rows newest-first, each is checked, and SQLite stops at
    # ``limit``. If every word may also match by phone or pinyin, the rows of
    # the first word are gathered from both sides and then ordered.
    driver = next((w for w in words if w.villagers is None), None)
    where: list[str] = []
    params: list = []
    if driver is not None:
        from_sql, match_sql, match_params, order = driver.proposals(scope)
        vsql, vparams = driver.verify("t")
        where += [match_sql, vsql]
        params += match_params + vparams
        rest = [w for w in words if w is not driver]
    else:
        first = words[0]
        from_sql, match_sql, match_params, inner_order = first.proposals(scope)
        vsql, vparams = first.verify("t")
        villager_sql, villager_params = first.villagers
        inner = f"SELECT t.rowid FROM {from_sql} WHERE {match_sql} AND {vsql}"
        inner_params = match_params + vparams
        rest = words[1:]
        if not rest:
            # One word: only the newest ``limit`` of the text's matches can be
            # among the answer, so the index stops there (digits such as 202
            # are in nearly every case number) instead of listing them all.
            if scope is not None:
                inner += f" AND t.station_id IN ({', '.join('?' * len(scope))})"
                inner_params = inner_params + list(scope)
            inner = f"SELECT rowid FROM ({inner} ORDER BY {inner_order} DESC LIMIT ?)"
            inner_params = inner_params + [limit]
        from_sql, order = "concern_fts AS t", "t.rowid"
        where.append(f"t.rowid IN ({inner} UNION {villager_sql})")
        params += inner_params + villager_params
    for w in rest:
        csql, cparams = w.condition("t")
        where.append(csql)
        params += cparams
    if scope is not None:
        where.append(f"t.station_id IN ({', '.join('?' * len(scope))})")
        params += scope
    sql = (f"SELECT t.concern_id FROM {from_sql} WHERE {' AND '.join(where)} "
           f"ORDER BY {order} DESC LIMIT ?")
    return [r[0] for r in db.execute_sql(sql, params + [limit]).fetchall()]


def visible_ids(ids: list[str]) -> list[str]:
    """``ids`` without the confidential concerns the current actor may not
    see (their words must not tell others they exist), in the same order."""
    from types import SimpleNamespace

    from models.core import access

    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    state = {cid: SimpleNamespace(confidential=bool(conf), handler_id=handler)
             for cid, conf, handler in db.execute_sql(
                 f"SELECT id, confidential, handler_id FROM concern WHERE id IN ({marks})", ids).fetchall()}
    return [cid for cid in ids if cid in state and access.can_see(state[cid])]


def search_concerns(station: Station | None, query: str, limit: int = 200) -> list[Concern]:
    """Concerns matching every word of ``query`` (words split by spaces) that
    the current actor may see.

    Each word may be a case number or part of one, phone digits, pinyin
    initials or full pinyin of a villager's name, or a text fragment of any
    length. Newest first.
    """
    ids = visible_ids(search_ids(station, query, limit))
    by_id = {c.id: c for c in Concern.select().where(Concern.id.in_(ids))} if ids else {}
    return [by_id[i] for i in ids if i in by_id]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _by_villagers(villagers_sql: str, params: list) -> tuple[str, list]:
    """SQL for the index rows of the concerns whose villager, or a companion
    of whose visit, is one of ``villagers_sql`` (each side by its own index)."""
    return (f"SELECT k.fts_rowid FROM concern c JOIN concern_fts_key k ON k.concern_id = c.id "
            f"WHERE c.villager_id IN ({villagers_sql}) "
            f"UNION SELECT k.fts_rowid FROM visit_visitor vv JOIN concern c ON c.visit_id = vv.visit_id "
            f"JOIN concern_fts_key k ON k.concern_id = c.id WHERE vv.villager_id IN ({villagers_sql})",
            params + params)
