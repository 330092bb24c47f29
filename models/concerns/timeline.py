"""One concern as its page shows it: the facts, where it stands, and its whole
history as a timeline. Plain data (dataclasses), no database handles, so a
screen or a report can lay it out without touching the database."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.concerns import workflow
from models.core import access
from models.core.clock import to_local
from models.core.schema import Concern, Staff, Station
from models.core.vocab import PENDING, STEP_ORDER


@dataclass
class Change:
    """One field a correction changed. ``hamlet`` and ``handler`` carry
    names; ``function`` and ``rule`` their codes; ``deadline`` a date or None."""
    field: str
    old: object
    new: object


@dataclass
class TimelineEntry:
    seq: int
    at: dt.datetime          # local date and time
    kind: str                # registered, step, mediation, documents_taken, ... (see workflow.KINDS)
    step: str | None         # which of the seven steps it belongs to
    who: str                 # the staff member's name, "" if nobody was recorded
    note: str                # what was said or done
    data: dict = field(default_factory=dict)   # the event's details, names resolved
    changes: list[Change] = field(default_factory=list)  # corrections only


@dataclass
class ConcernView:
    id: str
    case_number: str
    registered_on: dt.date
    villager_name: str
    villager_phone: str
    hamlet_name: str
    function: str
    rule: str
    summary: str
    details: str
    deadline: dt.date | None
    confidential: bool
    handler_name: str
    outcome: str
    closed_on: dt.date | None
    duplicate_of: str
    current_step: str
    steps_done: list[str]    # in workflow order
    satisfaction: str | None
    overdue_days: int        # 0 unless pending and past its deadline
    waiting_higher_level: bool
    documents_outstanding: list[str]
    missing_for_resolution: list[str]
    actions: list[str]       # workflow.available_actions: what may be recorded now
    follow_up_due: dt.date | None = None   # 回访 owed by this day (models.concerns.followup)

    @property
    def is_open(self) -> bool:
        return self.outcome == PENDING


def get_concern(concern_id: str) -> Concern:
    """The concern with this id (raises ``Concern.DoesNotExist``); a
    confidential one only for the station head or its handler (``NotAllowed``)."""
    concern = Concern.get_by_id(concern_id)
    access.require("concern.view", concern)
    return concern


def _name(model, key) -> str:
    if not key:
        return ""
    obj = model.get_or_none(model.id == key)
    return obj.name if obj is not None else ""


def _shown(key: str, value):
    """A stored field value as a reader wants it: names for people and places,
    dates as dates."""
    if key == "hamlet":
        return _name(Station, value)
    if key == "handler":
        return _name(Staff, value)
    if key == "deadline":
        return dt.date.fromisoformat(value) if value else None
    return value


def timeline(concern: Concern) -> list[TimelineEntry]:
    """Every event of the concern, oldest first."""
    entries = []
    for e in workflow.events(concern):
        data = dict(e.data or {})
        changes: list[Change] = []
        if e.kind == "registered":
            data = {k: _shown(k, v) for k, v in data.items()}
        elif e.kind == "correction":
            new, old = data.get("fields", {}), data.get("previous", {})
            changes = [Change(k, _shown(k, old.get(k)), _shown(k, new[k]))
                       for k in workflow.CORRECTABLE if k in new]
        for key in ("wanted_date", "appointment_date", "due_on", "old_deadline", "new_deadline",
                    "follow_up_due", "next_due"):
            if data.get(key):
                data[key] = dt.date.fromisoformat(data[key])
        entries.append(TimelineEntry(
            seq=e.seq, at=to_local(e.at_utc), kind=e.kind, step=e.step,
            who=e.staff.name if e.staff_id else "", note=e.note, data=data, changes=changes))
    return entries


def concern_view(concern: Concern, today: dt.date) -> ConcernView:
    evs = workflow.events(concern)
    done = {e.step for e in evs if e.step}
    duplicate_of = ""
    for e in evs:
        if e.kind == "closed":
            duplicate_of = e.data.get("duplicate_of", "")
        elif e.kind == "reopened":
            duplicate_of = ""
    is_open = concern.outcome == PENDING
    overdue = workflow.is_overdue(concern, today)
    return ConcernView(
        id=concern.id, case_number=concern.case_number, registered_on=concern.registered_on,
        villager_name=concern.villager.name,
        villager_phone=access.shown_phone(concern.villager.phone),
        hamlet_name=concern.hamlet.name if concern.hamlet_id else "",
        function=concern.function, rule=concern.rule, summary=concern.summary,
        details=concern.details, deadline=concern.deadline, confidential=concern.confidential,
        handler_name=concern.handler.name if concern.handler_id else "",
        outcome=concern.outcome, closed_on=concern.closed_on, duplicate_of=duplicate_of,
        current_step=concern.current_step,
        steps_done=[s for s in STEP_ORDER if s in done],
        satisfaction=concern.satisfaction,
        overdue_days=(today - concern.deadline).days if overdue else 0,
        waiting_higher_level=is_open and concern.rule == "escalate_visit"
        and workflow.escalation_waiting(concern),
        documents_outstanding=workflow.documents_outstanding(concern),
        missing_for_resolution=workflow.missing_for_resolution(concern) if is_open else [],
        actions=workflow.available_actions(concern), follow_up_due=concern.follow_up_due)
