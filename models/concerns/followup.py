"""回访: the villager called back after a concern is resolved.

Closing a concern as resolved at the desk writes, into the ``closed`` event,
when the follow-up is due: ``settings.follow_up_days()`` working days later
(the next working day by default; weekends and the statutory holidays of
``models.station.holidays`` skipped, an adjusted working day 调休上班 counted).
The concern's ``follow_up_due`` column is folded from its events
(``workflow._derive``), so the list of follow-ups due is one indexed range
(migration 18) and travels with the events, recomputed on every desk.

A follow-up is a ``follow_up`` event in the concern's history: how the
villager was reached (电话 / 上门 / 来站), who did it, the answer
(满意 / 基本满意 / 不满意 / 联系不上) and a note.

- 满意 / 基本满意: done; the answer is the concern's satisfaction from now on.
- 不满意: the concern's satisfaction becomes 不满意 and, in the same
  transaction, the concern is reopened (a ``reopened`` event, reason
  "回访不满意：…"), so it is back on the 待办 list and counts as pending in the
  figures until it is closed again.
- 联系不上: nothing else changes; the follow-up stays owed, due the next
  working day after the attempt (the event carries ``next_due``).

Concerns answered and closed in the same sitting (政策咨询当面答复), imported
from a paper ledger, or resolved before migration 18 owe no follow-up.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.concerns import workflow
from models.core import access
from models.core.clock import local_now
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Concern, Staff
from models.core.validation import clean_text, mask_name
from models.core.vocab import RESOLVED
from models.station.holidays import add_working_days

KIND = "follow_up"
CHANNELS = {"phone": "电话", "visit": "上门", "at_station": "来站"}
ANSWERS = {"satisfied": "满意", "basically": "基本满意", "dissatisfied": "不满意",
           "unreachable": "联系不上"}
UNSATISFIED_REASON = "回访不满意"

PAGE = 100


def code_of(value: str, table: dict[str, str]) -> str | None:
    """A code given as the code or as its Chinese label."""
    value = (value or "").strip()
    if value in table:
        return value
    for code, label in table.items():
        if label == value:
            return code
    return None


def record_follow_up(concern: Concern, channel: str, answer: str, note: str = "",
                     staff: Staff | None = None, at: dt.datetime | None = None):
    """Record one follow-up of a resolved concern; an unsatisfied answer
    reopens it. Returns the follow-up event."""
    access.require("concern.act", concern)
    at = at or local_now()
    channel_code = code_of(channel, CHANNELS)
    if channel_code is None:
        raise ValidationError("请选择回访方式：电话、上门或来站。", "channel")
    answer_code = code_of(answer, ANSWERS)
    if answer_code is None:
        raise ValidationError("请选择回访结果：满意、基本满意、不满意或联系不上。", "answer")
    if concern.outcome != RESOLVED:
        raise ValidationError("只有已经办结（已解决）的事项才需要回访。", None)
    note = clean_text(note, "note", "回访情况", required=answer_code == "dissatisfied", limit=1000)
    data = {"channel": channel_code, "answer": answer_code}
    if answer_code == "unreachable":
        data["next_due"] = add_working_days(at.date(), 1).isoformat()
    with db.atomic():
        event = workflow.record_event(concern, KIND, staff, note, data, at)
        if answer_code == "dissatisfied":
            concern = Concern.get_by_id(concern.id)
            workflow.record_event(concern, "reopened", staff, f"{UNSATISFIED_REASON}：{note}",
                                  {"follow_up_id": event.id}, at)
    return event


# ------------------------------------------------------------------ reading

@dataclass
class FollowUpRow:
    id: str
    case_number: str
    villager_name: str
    villager_phone: str
    summary: str
    closed_on: dt.date | None
    due: dt.date
    overdue_days: int     # 0 when due today or later
    attempts: int         # follow-ups already tried that reached nobody
    confidential: bool = False
    owed_now: bool = True  # due today or earlier

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0

    @property
    def outcome(self) -> str:
        """How a concern list colours the row: one not yet due as a closed one (grey)."""
        return "pending" if self.owed_now else RESOLVED


@dataclass(frozen=True)
class Cursor:
    due: str
    case_number: str
    id: str


@dataclass(frozen=True)
class Page:
    rows: list[FollowUpRow]
    after: Cursor | None


class FollowUps:
    """The station's follow-ups owed (``due_only``: due on or before
    ``today``), earliest due first, a page at a time from the index."""

    def __init__(self, station, today: dt.date, due_only: bool = False):
        access.require("concern.view")
        self.station_id = station.id if hasattr(station, "id") else station
        self.today = today
        self.due_only = due_only

    def _where(self) -> tuple[str, list]:
        sql = "c.station_id = ? AND c.follow_up_due IS NOT NULL"
        params: list = [self.station_id]
        if self.due_only:
            sql += " AND c.follow_up_due <= ?"
            params.append(self.today.isoformat())
        return sql, params

    def count(self) -> int:
        where, params = self._where()
        return db.execute_sql(f"SELECT COUNT(*) FROM concern c WHERE {where}", params).fetchone()[0]

    def due_today(self) -> int:
        """Owed today or earlier (the home screen's number)."""
        return db.execute_sql(
            "SELECT COUNT(*) FROM concern c WHERE c.station_id = ? AND c.follow_up_due IS NOT NULL "
            "AND c.follow_up_due <= ?", (self.station_id, self.today.isoformat())).fetchone()[0]

    def page(self, after: Cursor | None = None, limit: int = PAGE) -> Page:
        where, params = self._where()
        if after is not None:
            where += " AND (c.follow_up_due, c.case_number, c.id) > (?, ?, ?)"
            params += [after.due, after.case_number, after.id]
        rows = db.execute_sql(
            "SELECT c.id, c.case_number, v.name, v.phone, c.summary, c.closed_on, c.follow_up_due, "
            "c.confidential, c.handler_id, "
            "(SELECT COUNT(*) FROM concern_event e WHERE e.concern_id = c.id AND e.kind = 'follow_up' "
            " AND json_extract(e.data, '$.answer') = 'unreachable' "
            " AND e.local_date >= COALESCE(c.closed_on, '0000')) "
            "FROM concern c INDEXED BY concern_follow_up_due LEFT JOIN villager v ON v.id = c.villager_id "
            f"WHERE {where} ORDER BY c.follow_up_due, c.case_number, c.id LIMIT ?",
            params + [limit + 1]).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        out = []
        for (cid, case_number, vname, vphone, summary, closed_on, due, confidential, handler_id,
             attempts) in rows:
            visible = access.can_see(_Seen(confidential, handler_id, self.station_id))
            due_d = dt.date.fromisoformat(str(due)[:10])
            out.append(FollowUpRow(
                id=cid, case_number=case_number,
                villager_name=(vname or "") if visible else mask_name(vname or ""),
                villager_phone=access.shown_phone(vphone or "") if visible else "",
                summary=summary if visible else "（涉密涉私事项）",
                closed_on=dt.date.fromisoformat(str(closed_on)[:10]) if closed_on else None,
                due=due_d, overdue_days=max((self.today - due_d).days, 0), attempts=attempts,
                confidential=bool(confidential), owed_now=due_d <= self.today))
        last = rows[-1] if rows and more else None
        return Page(out, Cursor(str(last[6])[:10], last[1], last[0]) if last else None)

    def all_rows(self) -> list[FollowUpRow]:
        out, after = [], None
        while True:
            page = self.page(after)
            out += page.rows
            if page.after is None:
                return out
            after = page.after


class _Seen:
    """What ``access.can_see`` reads of a concern, from a list row."""

    def __init__(self, confidential, handler_id, station_id):
        self.confidential = bool(confidential)
        self.handler_id = handler_id
        self.station_id = station_id


def find(case_number: str, station) -> Concern:
    concern = Concern.get_or_none((Concern.station == station)
                                  & (Concern.case_number == (case_number or "").strip()))
    if concern is None:
        raise ValidationError(f"{station.name}没有编号为 {case_number} 的关切。", "case")
    return concern
