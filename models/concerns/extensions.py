"""延期: a concern's deadline extended before it passes, with a reason, once
approved.

The station handling the concern asks (``request_extension``), before the
deadline has passed, for a later deadline and says why. Who decides is fixed
when it is asked and written into the request: the station head; or, for an
escalated matter (one asked of the higher level, 超出权限预约下访) and while
the setting says so (``settings.extension_escalated_to_township``, the
default), the township — the request then goes up in the next USB package
and the decision comes back down, like a 督办 (docs/sync.md §8). Only an
approved extension moves the concern's deadline (``workflow._derive`` folds
``extension_decided``), so the on-time rate counts against the approved
deadline and nothing else; a refused or undecided request changes nothing.
The villager is told on a printed slip (延期告知书, ``report extension``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.concerns import workflow
from models.core import access, settings
from models.core.clock import local_now
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Concern, ConcernEvent, Staff
from models.core.validation import clean_text, parse_date
from models.core.vocab import PENDING
from models.station.stations import stations_under, this_station

REQUESTED = "extension_requested"
DECIDED = "extension_decided"
APPROVERS = {"head": "站长", "township": "乡镇回应中心"}


@dataclass
class ExtensionRow:
    """One request and its decision."""
    id: str                    # the request's event id
    concern_id: str
    case_number: str
    summary: str
    station_name: str
    old_deadline: dt.date
    new_deadline: dt.date
    reason: str
    asked_on: dt.date
    asked_by: str
    approver: str              # head / township
    decided_on: dt.date | None = None
    approved: bool | None = None
    decision_note: str = ""
    decided_by: str = ""       # the person, or the deciding station's name
    deciding_station: str = ""

    @property
    def approver_label(self) -> str:
        return APPROVERS.get(self.approver, self.approver)

    @property
    def pending(self) -> bool:
        return self.decided_on is None


def is_escalated(concern: Concern) -> bool:
    """Asked of the higher level (超出权限预约下访)."""
    return ConcernEvent.select().where((ConcernEvent.concern == concern)
                                       & (ConcernEvent.kind == "escalation_requested")).exists()


def _decision_of(concern_id: str, request_id: str) -> ConcernEvent | None:
    rows = db.execute_sql(
        "SELECT id FROM concern_event WHERE kind = 'extension_decided' AND concern_id = ? "
        "AND json_extract(data, '$.request_id') = ? ORDER BY local_date, id LIMIT 1",
        (concern_id, request_id)).fetchall()
    return ConcernEvent.get_by_id(rows[0][0]) if rows else None


def pending_request(concern: Concern) -> ConcernEvent | None:
    """The concern's extension request still waiting for a decision."""
    for e in ConcernEvent.select().where((ConcernEvent.concern == concern)
                                         & (ConcernEvent.kind == REQUESTED)).order_by(ConcernEvent.seq):
        if _decision_of(concern.id, e.id) is None:
            return e
    return None


def approver_for(concern: Concern) -> str:
    """Who would decide a request made now: ``township`` or ``head``."""
    if (concern.station.parent_id and is_escalated(concern)
            and settings.extension_escalated_to_township()):
        return "township"
    return "head"


def may_request(concern: Concern, today: dt.date) -> bool:
    me = this_station()
    return (me is not None and me.id == concern.station_id and concern.outcome == PENDING
            and concern.deadline is not None and today <= concern.deadline
            and access.allowed("concern.act", concern) and pending_request(concern) is None)


def request_extension(concern: Concern, new_deadline, reason: str, staff: Staff | None = None,
                      at: dt.datetime | None = None) -> ConcernEvent:
    """Ask for a later deadline, before the present one has passed."""
    access.require("concern.act", concern)
    at = at or local_now()
    today = at.date()
    me = this_station()
    if me is None or me.id != concern.station_id:
        raise ValidationError(f"延期只能由承办这件事的{concern.station.name}申请。", None)
    if concern.outcome != PENDING:
        raise ValidationError("这件事已经办结，不需要延期。", None)
    if concern.deadline is None:
        raise ValidationError("这件事没有办结期限，不需要延期。", None)
    if today > concern.deadline:
        raise ValidationError(
            f"办结期限（{concern.deadline:%Y年%m月%d日}）已经过了，不能再申请延期。延期要在期限到之前申请。",
            "new_deadline")
    if pending_request(concern) is not None:
        raise ValidationError("这件事已经申请过延期，还在等审批。", None)
    if new_deadline in (None, ""):
        raise ValidationError("请填写延期到哪一天。", "new_deadline")
    new_deadline = parse_date(new_deadline, "new_deadline", "延期后的办结期限")
    if new_deadline <= concern.deadline:
        raise ValidationError(
            f"延期后的期限要晚于现在的办结期限（{concern.deadline:%Y年%m月%d日}）。", "new_deadline")
    reason = clean_text(reason, "reason", "延期的理由", limit=1000)
    data = {"old_deadline": concern.deadline.isoformat(), "new_deadline": new_deadline.isoformat(),
            "approver": approver_for(concern)}
    return workflow.record_event(concern, REQUESTED, staff, reason, data, at)


def _request_event(request_id: str) -> ConcernEvent:
    event = ConcernEvent.get_or_none((ConcernEvent.id == (request_id or "")) & (ConcernEvent.kind == REQUESTED))
    if event is None:
        raise ValidationError("找不到这份延期申请。", "request")
    return event


def may_decide(request: ConcernEvent) -> bool:
    """Whether this desk (and the person at it) decides this request."""
    me = this_station()
    concern = request.concern
    if me is None or _decision_of(concern.id, request.id) is not None:
        return False
    if not (access.has("extension.approve") and access.can_see(concern)):
        return False
    if request.data.get("approver") == "township":
        return me.id == concern.station.parent_id
    return me.id == concern.station_id


def decide_extension(request_id: str, approve: bool, note: str = "", staff: Staff | None = None,
                     at: dt.datetime | None = None) -> ConcernEvent:
    """Approve or refuse an extension request, where the request says."""
    request = _request_event(request_id)
    concern = request.concern
    access.require("extension.approve", concern)
    me = this_station()
    earlier = _decision_of(concern.id, request.id)
    if earlier is not None:
        raise ValidationError(f"这份延期申请已经在{earlier.local_date:%Y年%m月%d日}审批过了。", None)
    township = request.data.get("approver") == "township"
    if township and (me is None or me.id != concern.station.parent_id):
        parent = concern.station.parent.name if concern.station.parent_id else "乡镇回应中心"
        raise ValidationError(f"这件事已经上报上级，延期由{parent}审批：申请会随同步包报上去。", None)
    if not township and (me is None or me.id != concern.station_id):
        raise ValidationError(f"这份延期申请由{concern.station.name}的站长审批。", None)
    note = (note or "").strip()
    if not approve:
        note = clean_text(note, "note", "不同意延期的理由", limit=1000)
    data = {"request_id": request.id, "approved": bool(approve),
            "old_deadline": request.data["old_deadline"], "new_deadline": request.data["new_deadline"],
            "station_id": me.id, "station_name": me.name}
    return workflow.record_event(concern, DECIDED, staff, note, data, at)


# ------------------------------------------------------------------ reading

def _row(request: ConcernEvent) -> ExtensionRow:
    concern = request.concern
    decision = _decision_of(concern.id, request.id)
    visible = access.can_see(concern)
    row = ExtensionRow(
        id=request.id, concern_id=concern.id, case_number=concern.case_number,
        summary=concern.summary if visible else "（涉密涉私事项）", station_name=concern.station.name,
        old_deadline=dt.date.fromisoformat(request.data["old_deadline"]),
        new_deadline=dt.date.fromisoformat(request.data["new_deadline"]),
        reason=request.note if visible else "", asked_on=request.local_date,
        asked_by=request.staff.name if request.staff_id else "",
        approver=request.data.get("approver", "head"))
    if decision is not None:
        row.decided_on = decision.local_date
        row.approved = bool(decision.data.get("approved"))
        row.decision_note = decision.note
        row.deciding_station = decision.data.get("station_name", "")
        row.decided_by = decision.staff.name if decision.staff_id else ""
    return row


def for_concern(concern: Concern) -> list[ExtensionRow]:
    access.require("concern.view", concern)
    return [_row(e) for e in ConcernEvent.select().where(
        (ConcernEvent.concern == concern) & (ConcernEvent.kind == REQUESTED)).order_by(ConcernEvent.seq)]


def request_row(request_id: str) -> ExtensionRow:
    request = _request_event(request_id)
    access.require("concern.view", request.concern)
    return _row(request)


def to_decide(station) -> list[ExtensionRow]:
    """Requests waiting for this desk's decision: its own station's (for its
    head), and, at a township or county, those sent up from below."""
    access.require("concern.view")
    ids = [s.id for s in stations_under(station)]
    out = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for request in (ConcernEvent.select().join(Concern)
                        .where((ConcernEvent.kind == REQUESTED) & Concern.station.in_(chunk))
                        .order_by(ConcernEvent.local_date, ConcernEvent.id)):
            concern = request.concern
            if _decision_of(concern.id, request.id) is not None:
                continue
            township = request.data.get("approver") == "township"
            if (township and concern.station.parent_id == station.id) or (
                    not township and concern.station_id == station.id):
                out.append(_row(request))
    return out


def find(case_number: str, station) -> Concern:
    concern = Concern.get_or_none((Concern.station == station)
                                  & (Concern.case_number == (case_number or "").strip()))
    if concern is None:
        raise ValidationError(f"{station.name}没有编号为 {case_number} 的关切。", "case")
    return concern
