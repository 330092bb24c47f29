"""督办 / 催办: a higher level chases a station's concern, and the station answers.

A township centre or the county command issues a notice on a concern of a
station below it: 督办 (supervise: look into it and report by a date) or 催办
(urge: it is late, hurry). The notice is an event of the concern
(``oversight_notice``) written at the issuing desk; it travels down in the
next USB package with the concern's other events. At the concern's own
station it stays on the home screen until answered; the answer is another
event (``oversight_answer``, naming the notice) written there, which travels
back up. Both are part of the concern's history, and both print on one page
(督办通知单, ``reports.oversight``).

Who may write which (docs/sync.md, "Records a higher level writes"): only a
desk whose station is above the concern's station issues a notice; only the
concern's own station answers it. A notice is numbered per issuing station
and year (城中镇回应中心 督办〔2026〕3号), and only ever issued at that
station's own desk, so the numbers never clash.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from models.concerns import workflow
from models.core import access
from models.core.clock import local_now
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Concern, ConcernEvent, Staff
from models.core.validation import clean_text, parse_date
from models.core.vocab import OUTCOMES, PENDING
from models.station.stations import is_above, stations_under, this_station

NOTICE = "oversight_notice"
ANSWER = "oversight_answer"
KINDS = {"supervise": "督办", "urge": "催办"}


@dataclass
class NoticeRow:
    """One notice and its answer, as lists, the home screen and the slip show it."""
    id: str                    # the notice's event id
    kind: str                  # supervise / urge
    number: str                # 督办〔2026〕3号
    what: str
    due_on: dt.date
    asked_by: str
    issued_on: dt.date
    issued_by: str             # the staff member who entered it, "" from the command line
    from_station: str          # the issuing station's name
    concern_id: str
    case_number: str
    summary: str               # masked for a confidential concern the reader may not see
    station_name: str          # the concern's station, which answers
    concern_outcome: str
    answered_on: dt.date | None = None
    answer: str = ""
    answered_by: str = ""

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def answered(self) -> bool:
        return self.answered_on is not None

    def late(self, today: dt.date) -> bool:
        """Past its reply date without an answer, or answered after it."""
        return (self.answered_on or today) > self.due_on


def _notice_event(notice_id: str) -> ConcernEvent:
    event = ConcernEvent.get_or_none((ConcernEvent.id == (notice_id or "")) & (ConcernEvent.kind == NOTICE))
    if event is None:
        raise ValidationError("找不到这份督办（催办）通知。", "notice")
    return event


def _answer_of(concern_id: str, notice_id: str) -> ConcernEvent | None:
    rows = db.execute_sql(
        "SELECT id FROM concern_event WHERE kind = 'oversight_answer' AND concern_id = ? "
        "AND json_extract(data, '$.notice_id') = ? ORDER BY local_date, id LIMIT 1",
        (concern_id, notice_id)).fetchall()
    return ConcernEvent.get_by_id(rows[0][0]) if rows else None


def may_issue(concern: Concern) -> bool:
    """Whether this desk may chase this concern: it is open and belongs to a
    station below this desk's station (and the actor has the right)."""
    me = this_station()
    return (me is not None and concern.outcome == PENDING and is_above(me.id, concern.station_id)
            and access.allowed("concern.oversee", concern))


def _next_number(station_id: str, kind: str, year: int) -> int:
    row = db.execute_sql(
        "SELECT COUNT(*) FROM concern_event WHERE kind = 'oversight_notice' "
        "AND json_extract(data, '$.station_id') = ? AND json_extract(data, '$.kind') = ? "
        "AND json_extract(data, '$.year') = ?", (station_id, kind, year)).fetchone()
    return row[0] + 1


def issue_notice(concern: Concern, kind: str, what: str, due_on, asked_by: str,
                 staff: Staff | None = None, at: dt.datetime | None = None) -> ConcernEvent:
    """Issue a 督办 or 催办 notice on a concern of a station below this desk's."""
    access.require("concern.oversee", concern)
    at = at or local_now()
    today = at.date()
    me = this_station()
    if me is None or not is_above(me.id, concern.station_id):
        raise ValidationError("只有上级站点（乡镇回应中心、县回应指挥部）可以对这件事发督办或催办。", None)
    if concern.outcome != PENDING:
        raise ValidationError(
            f"这件事已经办结（{OUTCOMES[concern.outcome]}），不需要督办或催办。", None)
    if kind not in KINDS:
        raise ValidationError("请选择是督办还是催办。", "kind")
    what = clean_text(what, "what", "督办（催办）事项", limit=500)
    if due_on in (None, ""):
        raise ValidationError("请填写要求回复的日期。", "due_on")
    due_on = parse_date(due_on, "due_on", "要求回复日期")
    if due_on < today:
        raise ValidationError("要求回复的日期不能早于今天。", "due_on")
    asked_by = clean_text(asked_by, "asked_by", "督办人（谁要求的）", limit=40)
    with db.atomic():
        n = _next_number(me.id, kind, today.year)
        data = {"kind": kind, "due_on": due_on.isoformat(), "asked_by": asked_by,
                "station_id": me.id, "station_name": me.name, "year": today.year, "n": n}
        return workflow.record_event(concern, NOTICE, staff, what, data, at)


def answer_notice(notice_id: str, answer: str, staff: Staff | None = None,
                  at: dt.datetime | None = None) -> ConcernEvent:
    """The concern's own station answers a notice (once; more is a note)."""
    notice = _notice_event(notice_id)
    concern = notice.concern
    access.require("concern.act", concern)
    me = this_station()
    if me is None or me.id != concern.station_id:
        raise ValidationError(
            f"这份通知要由承办这件事的{concern.station.name}回复，本站不能代为回复。", None)
    earlier = _answer_of(concern.id, notice.id)
    if earlier is not None:
        raise ValidationError(
            f"这份通知已经在{earlier.local_date:%Y年%m月%d日}回复过了。要补充情况，请在这件事上“添加备注”。", None)
    answer = clean_text(answer, "answer", "回复内容", limit=2000)
    data = {"notice_id": notice.id, "kind": notice.data.get("kind"), "number": number_text(notice.data)}
    return workflow.record_event(concern, ANSWER, staff, answer, data, at)


def number_text(data: dict) -> str:
    """督办〔2026〕3号, from a notice event's data."""
    return f"{KINDS.get(data.get('kind'), '督办')}〔{data.get('year')}〕{data.get('n')}号"


# ------------------------------------------------------------------ reading

_SELECT = (
    "SELECT n.id, n.concern_id, n.local_date, n.note, n.data, ns.name, "
    "a.local_date, a.note, ast.name, c.case_number, c.summary, c.confidential, c.handler_id, "
    "c.outcome, s.name "
    "FROM concern_event n JOIN concern c ON c.id = n.concern_id JOIN station s ON s.id = c.station_id "
    "LEFT JOIN staff ns ON ns.id = n.staff_id "
    "LEFT JOIN concern_event a ON a.kind = 'oversight_answer' AND a.concern_id = n.concern_id "
    "AND json_extract(a.data, '$.notice_id') = n.id "
    "LEFT JOIN staff ast ON ast.id = a.staff_id "
    "WHERE n.kind = 'oversight_notice' ")


def _rows(where: str, params: list) -> list[NoticeRow]:
    out: dict[str, NoticeRow] = {}
    actor = access.current()
    for (nid, cid, issued, what, data, issuer, a_date, a_note, a_who, case, summary, confidential,
         handler, outcome, station_name) in db.execute_sql(_SELECT + where, params):
        if nid in out:  # two answers (never written so, but kept): the first stands
            continue
        d = json.loads(data)
        if confidential and not (access.has("concern.view_confidential", actor)
                                 or (actor.is_staff and handler == actor.staff_id)
                                 or actor.role == "system"):
            summary = "（涉密涉私事项）"
        out[nid] = NoticeRow(
            id=nid, kind=d.get("kind", "supervise"), number=number_text(d), what=what,
            due_on=dt.date.fromisoformat(d["due_on"]), asked_by=d.get("asked_by", ""),
            issued_on=dt.date.fromisoformat(str(issued)), issued_by=issuer or "",
            from_station=d.get("station_name", ""), concern_id=cid, case_number=case,
            summary=summary, station_name=station_name, concern_outcome=outcome,
            answered_on=dt.date.fromisoformat(str(a_date)) if a_date else None,
            answer=a_note or "", answered_by=a_who or "")
    return list(out.values())


def received(station, waiting_only: bool = False) -> list[NoticeRow]:
    """Notices on this station's own concerns (the ones it answers), the
    earliest reply date first; ``waiting_only``: those not yet answered."""
    access.require("concern.view")
    rows = _rows("AND c.station_id = ? ORDER BY n.local_date, n.id", [station.id])
    if waiting_only:
        rows = [r for r in rows if not r.answered]
    return sorted(rows, key=lambda r: (r.answered, r.due_on, r.issued_on, r.id))


def below(station, waiting_only: bool = False) -> list[NoticeRow]:
    """Notices on the concerns of the stations under this one (a township's
    or county's view of what it and the levels above have chased), the
    unanswered first, then by reply date."""
    access.require("concern.view")
    ids = [s.id for s in stations_under(station) if s.id != station.id]
    rows: list[NoticeRow] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows += _rows(f"AND c.station_id IN ({', '.join('?' * len(chunk))})", chunk)
    if waiting_only:
        rows = [r for r in rows if not r.answered]
    return sorted(rows, key=lambda r: (r.answered, r.due_on, r.issued_on, r.id))


def for_concern(concern: Concern) -> list[NoticeRow]:
    """The notices on one concern, oldest first."""
    access.require("concern.view", concern)
    return sorted(_rows("AND n.concern_id = ?", [concern.id]), key=lambda r: (r.issued_on, r.id))


def notice(notice_id: str) -> NoticeRow:
    """One notice with its answer (for the slip)."""
    event = _notice_event(notice_id)
    access.require("concern.view", event.concern)
    return _rows("AND n.id = ?", [event.id])[0]


def waiting(concern: Concern) -> list[NoticeRow]:
    """This concern's notices not yet answered."""
    return [r for r in for_concern(concern) if not r.answered]


def may_answer(concern: Concern) -> bool:
    """Whether this desk answers notices on this concern, and one is waiting."""
    me = this_station()
    return (me is not None and me.id == concern.station_id and access.allowed("concern.act", concern)
            and bool(waiting(concern)))


def find_concern(station_code: str, case_number: str) -> Concern:
    """A concern named the way a township names it over the phone: the
    village's code and the case number (the command line)."""
    from models.core.schema import Station

    station = Station.get_or_none(Station.code == (station_code or "").strip())
    if station is None:
        raise ValidationError(f"没有编码为 {station_code} 的站点。", "station")
    concern = Concern.get_or_none((Concern.station == station) & (Concern.case_number == (case_number or "").strip()))
    if concern is None:
        raise ValidationError(f"{station.name}没有编号为 {case_number} 的关切。", "case")
    return concern
