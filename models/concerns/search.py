"""Finding concerns: by case number, villager name or pinyin initials, phone,
or any fragment of a summary or details.

The text lives in ``concern_fts``, an FTS5 table with the trigram tokenizer.
A ``LIKE '%…%'`` pattern of three or more characters is answered from the
trigram index; one- and two-character words (低保, 积水) cannot be, so SQLite
scans that one compact table instead — still quick for decades of a county's
records (see bench/). Queries therefore use LIKE for every length, and the
index speeds up the long ones.
"""
from __future__ import annotations

import re

from peewee import SQL

from models.concerns.villagers import pinyin_starts_with
from models.core.db import db
from models.core.schema import Concern, Station, Villager, VisitVisitor
from models.core.validation import halfwidth
from models.station.stations import stations_under


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


def reindex(concern: Concern) -> None:
    """Replace the concern's text in the index (its row found by key, not by a scan)."""
    old = db.execute_sql("SELECT fts_rowid FROM concern_fts_key WHERE concern_id = ?",
                         (concern.id,)).fetchone()
    if old is not None:
        db.execute_sql("DELETE FROM concern_fts WHERE rowid = ?", (old[0],))
    cursor = db.execute_sql("INSERT INTO concern_fts (concern_id, body) VALUES (?, ?)",
                            (concern.id, _body(concern)))
    db.execute_sql("INSERT INTO concern_fts_key (concern_id, fts_rowid) VALUES (?, ?) "
                   "ON CONFLICT (concern_id) DO UPDATE SET fts_rowid = excluded.fts_rowid",
                   (concern.id, cursor.lastrowid))


def reindex_many(concern_ids: list[str]) -> None:
    """``reindex`` for many concerns (``workflow.project_many``): the bodies
    from two joined queries, the same text ``_body`` gives each."""
    ids = list(dict.fromkeys(concern_ids))
    cursor = db.cursor()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        rows = {r[0]: r for r in cursor.execute(
            "SELECT c.id, c.case_number, c.summary, c.details, c.visit_id, c.hamlet_id, "
            "v.id, v.name, h.id, h.name FROM concern c "
            "LEFT JOIN villager v ON v.id = c.villager_id "
            "LEFT JOIN station h ON h.id = c.hamlet_id "
            f"WHERE c.id IN ({marks})", chunk).fetchall()}
        companions: dict[str, list[str]] = {}
        visits = list({r[4] for r in rows.values()})
        for visit_id, name in cursor.execute(
                "SELECT vv.visit_id, p.name FROM visit_visitor vv LEFT JOIN villager p ON p.id = vv.villager_id "
                f"WHERE vv.visit_id IN ({', '.join('?' * len(visits))}) ORDER BY vv.visit_id, vv.rowid",
                visits).fetchall():
            if name is None:  # as _body would fail: vv.villager
                raise Villager.DoesNotExist(f"a visitor of visit {visit_id} does not exist")
            companions.setdefault(visit_id, []).append(name)
        keys = dict(cursor.execute(
            f"SELECT concern_id, fts_rowid FROM concern_fts_key WHERE concern_id IN ({marks})",
            chunk).fetchall())
        new_keys = []
        for cid in chunk:
            row = rows.get(cid)
            if row is None:
                raise Concern.DoesNotExist(f"concern {cid} does not exist")
            _, case_number, summary, details, visit_id, hamlet_id, villager_id, name, hid, hamlet = row
            if villager_id is None:  # as _body would fail: concern.villager
                raise Villager.DoesNotExist(f"villager of concern {cid} does not exist")
            if hamlet_id and hid is None:  # as _body would fail: Station.get_by_id
                raise Station.DoesNotExist(f"hamlet {hamlet_id} does not exist")
            body = _compose(case_number, [name] + companions.get(visit_id, []), summary, details,
                            hamlet if hamlet_id else None)
            if cid in keys:
                cursor.execute("DELETE FROM concern_fts WHERE rowid = ?", (keys[cid],))
            cursor.execute("INSERT INTO concern_fts (concern_id, body) VALUES (?, ?)", (cid, body))
            new_keys.append((cid, cursor.lastrowid))
        cursor.executemany("INSERT INTO concern_fts_key (concern_id, fts_rowid) VALUES (?, ?) "
                           "ON CONFLICT (concern_id) DO UPDATE SET fts_rowid = excluded.fts_rowid",
                           new_keys)


def rebuild_index() -> int:
    with db.atomic():
        db.execute_sql("DELETE FROM concern_fts")
        db.execute_sql("DELETE FROM concern_fts_key")
        n = 0
        for concern in Concern.select():
            reindex(concern)
            n += 1
    return n


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_concerns(station: Station | None, query: str, limit: int = 200) -> list[Concern]:
    """Concerns matching every word of ``query`` (words split by spaces).

    Each word may be a case number or part of one, phone digits, pinyin
    initials or full pinyin of a villager's name, or a text fragment of any
    length. Newest first.
    """
    words = [w for w in re.split(r"\s+", (query or "").strip()) if w]
    if not words:
        return []
    q = Concern.select()
    if station is not None:  # a township or county desk finds its villages' concerns too
        q = q.where(Concern.station.in_([s.id for s in stations_under(station)]))
    for word in words[:8]:
        q = q.where(_match_word(word))
    found = q.order_by(Concern.registered_on.desc(), Concern.seq.desc()).limit(limit)
    # a confidential concern is found only by those who may see it (its
    # words must not tell others it exists)
    from models.core import access

    return [c for c in found if access.can_see(c)]


def _in_text(text: str):
    """Concerns whose indexed text contains ``text`` literally.

    Three or more characters with no LIKE wildcard in them go to the trigram
    index (plain LIKE). Shorter words, and words with % _ or \\ in them, need
    the ESCAPE form: SQLite then scans the table — with ESCAPE it does so
    correctly, whereas a plain LIKE of fewer than three characters on a
    trigram table matches nothing at all.
    """
    if len(text) >= 3 and not any(ch in text for ch in "%_\\"):
        sql, pattern = "(SELECT concern_id FROM concern_fts WHERE body LIKE ?)", f"%{text}%"
    else:
        sql = "(SELECT concern_id FROM concern_fts WHERE body LIKE ? ESCAPE '\\')"
        pattern = "%" + _escape_like(text) + "%"
    return Concern.id.in_(SQL(sql, (pattern,)))


def _match_word(word: str):
    cond = _in_text(word)
    # Digits and letters typed in a Chinese input method's full-width mode
    # (１３９, ｚｓ, ２０２６－０００３) are looked for as ordinary ones too.
    key = halfwidth(word)
    if key != word and key.isascii():
        cond |= _in_text(key)
    if re.fullmatch(r"[0-9]{3,}", key):
        cond |= _by_villagers(Villager.phone.contains(key))
    elif re.fullmatch(r"[A-Za-z]{2,}", key):
        low = key.lower()
        cond |= _by_villagers(pinyin_starts_with(low))
    return cond


def _by_villagers(condition):
    villagers = Villager.select(Villager.id).where(condition)
    via_visit = VisitVisitor.select(VisitVisitor.visit).where(VisitVisitor.villager.in_(villagers))
    return Concern.villager.in_(villagers) | Concern.visit.in_(via_visit)
