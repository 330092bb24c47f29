"""A villager's own records, printed at their request (个人信息查阅, the access
right of the Personal Information Protection Law, art. 45): everything this
desk holds about one person — their details, every visit they came on, every
concern they raised with its case number and its whole history, and the
appointments and suggestion slips linked to those concerns.

``villager_record`` builds plain dataclasses (no database handles) for
``reports.villager_record`` to lay out. Only the station head may print it
(``person.record``), and every print is an entry in the audit chain naming
whose records were given out — never the records themselves. The person sees
everything, confidential concerns included: they are their own words."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.concerns import workflow
from models.core import access
from models.core.clock import local_now, to_local
from models.core.db import db
from models.core.errors import ValidationError
from models.core.outreach_schema import Appointment, AppointmentConcern, Suggestion, SuggestionBoxOpening
from models.core.schema import Concern, Station, Villager, Visit, VisitVisitor
from models.core.vocab import CHANNELS, FUNCTIONS, OUTCOMES, PENDING, RULES, SATISFACTION, STEPS
from models.safety import audit

TITLE = "村民个人记录"

# How each kind of event reads on the paper.
KIND_TEXT = {
    "received": "接待来访", "registered": "受理登记", "mediation": "现场调解",
    "documents_taken": "收取材料", "documents_returned": "退还材料",
    "escalation_requested": "请求上级下访", "escalation_answered": "上级答复",
    "correction": "更正登记", "closed": "办结", "reopened": "重新办理", "note": "备注",
    "oversight_notice": "上级督办", "oversight_answer": "回复督办",
    "extension_requested": "申请延期", "extension_decided": "延期审批",
}


@dataclass
class RecordEvent:
    at: dt.datetime
    what: str
    who: str
    note: str


@dataclass
class RecordConcern:
    case_number: str
    registered_on: dt.date
    function: str
    rule: str
    summary: str
    details: str
    hamlet: str
    handler: str
    deadline: dt.date | None
    confidential: bool
    outcome: str
    closed_on: dt.date | None
    satisfaction: str
    events: list[RecordEvent] = field(default_factory=list)
    appointments: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)


@dataclass
class RecordVisit:
    date: dt.date
    time: str
    channel: str
    headcount: int
    came_with: list[str]
    case_numbers: list[str]
    note: str


@dataclass
class VillagerRecord:
    title: str
    station_name: str
    name: str
    phone: str
    id_number: str
    hamlet: str
    registered_on: dt.date
    visits: list[RecordVisit]
    concerns: list[RecordConcern]
    printed_on: dt.date
    printed_by: str


def find_villager(station: Station, who: str) -> Villager:
    """The villager of this station named ``who`` (or with that id); a clear
    message if there is none or more than one of that name."""
    who = (who or "").strip()
    if not who:
        raise ValidationError("请填写村民的姓名。", "villager")
    found = Villager.get_or_none((Villager.id == who) & (Villager.station == station))
    if found is not None:
        return found
    same = list(Villager.select().where((Villager.station == station) & (Villager.name == who)))
    if not same:
        raise ValidationError(f"本站没有叫“{who}”的村民，请核对姓名。", "villager")
    if len(same) > 1:
        phones = "、".join(v.phone[-4:] or "无电话" for v in same)
        raise ValidationError(f"本站有 {len(same)} 位叫“{who}”的村民（电话尾号 {phones}），"
                              "请在村民的页面上打印，或用编号指明是哪一位。", "villager")
    return same[0]


def _events(concern: Concern) -> list[RecordEvent]:
    out = []
    for e in workflow.events(concern):
        what = STEPS.get(e.step, "办理") if e.kind == "step" else KIND_TEXT.get(e.kind, e.kind)
        note = e.note or ""
        data = e.data or {}
        if e.kind == "documents_taken" or e.kind == "documents_returned":
            note = "、".join(data.get("documents", [])) + (f"（{note}）" if note else "")
        elif e.kind == "escalation_requested" and data.get("office"):
            note = f"{data['office']}：{note}"
        elif e.kind == "mediation":
            note = "；".join(x for x in (data.get("facts", ""), data.get("agreement", ""), note) if x)
        out.append(RecordEvent(to_local(e.at_utc), what, e.staff.name if e.staff_id else "", note))
    return out


def villager_record(villager: Villager, today: dt.date | None = None) -> VillagerRecord:
    """Everything this desk holds about ``villager``, for them to take home;
    refused unless the actor is the station head; the print goes into the
    audit chain."""
    access.require("person.record")
    today = today or local_now().date()
    concerns = list(Concern.select().where(Concern.villager == villager)
                    .order_by(Concern.registered_on, Concern.case_number))
    visit_ids = {vv.visit_id for vv in VisitVisitor.select().where(VisitVisitor.villager == villager)}
    visit_ids |= {c.visit_id for c in concerns}
    visits = []
    for v in Visit.select().where(Visit.id.in_(list(visit_ids))).order_by(Visit.local_date, Visit.at_utc):
        others = [x.villager.name for x in VisitVisitor.select().where(VisitVisitor.visit == v)
                  if x.villager_id != villager.id]
        numbers = [c.case_number for c in concerns if c.visit_id == v.id]
        visits.append(RecordVisit(v.local_date, v.local_time, CHANNELS.get(v.channel, v.channel),
                                  v.headcount, others, numbers, v.note))
    items = []
    for c in concerns:
        appointments = [f"{a.day.isoformat()} {a.office} {a.official_name}"
                        for a in Appointment.select().join(AppointmentConcern).where(
                            AppointmentConcern.concern == c).order_by(Appointment.day)]
        slips = [f"{s.opening.day.isoformat()} 意见箱：{s.text}"
                 for s in Suggestion.select().join(SuggestionBoxOpening).where(Suggestion.concern == c)]
        items.append(RecordConcern(
            case_number=c.case_number, registered_on=c.registered_on,
            function=FUNCTIONS.get(c.function, c.function), rule=RULES.get(c.rule, c.rule),
            summary=c.summary, details=c.details, hamlet=c.hamlet.name if c.hamlet_id else "",
            handler=c.handler.name if c.handler_id else "", deadline=c.deadline,
            confidential=bool(c.confidential),
            outcome="正在办理" if c.outcome == PENDING else OUTCOMES.get(c.outcome, c.outcome),
            closed_on=c.closed_on, satisfaction=SATISFACTION.get(c.satisfaction, "") if c.satisfaction else "",
            events=_events(c), appointments=appointments, suggestions=slips))
    record = VillagerRecord(
        title=TITLE, station_name=villager.station.name, name=villager.name, phone=villager.phone,
        id_number=villager.id_number, hamlet=villager.hamlet.name if villager.hamlet_id else "",
        registered_on=to_local(villager.created_at).date(), visits=visits, concerns=items,
        printed_on=today, printed_by=access.current().name)
    with db.atomic():
        audit.record_access("villager", villager.id, {
            "what": "villager_record", "concerns": [c.case_number for c in concerns],
            "visits": len(visits), "by": access.current().name})
    return record
