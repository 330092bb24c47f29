"""The seven-step workflow and the six handling rules.

A concern's history is the append-only list of its ``ConcernEvent`` rows.
Every change goes through ``_append``, which writes one event and recomputes
the concern's state columns from the whole list (``project``). Corrections
are events too: nothing a duty officer wrote is overwritten or deleted.

What each handling rule asks before a concern may be closed as resolved:

- every rule: the villager has been given feedback (step ``feedback``);
- ``mediate_on_site``: a mediation record (parties, what was agreed);
- ``time_limited``: a deadline, and the result published (``publication``)
  unless the concern is confidential;
- ``proxy_end_to_end``: the documents taken from the villager, all returned;
- ``escalate_visit``: the appointment asked of the higher level, and its answer;
- ``confidential``: never published; feedback is given privately.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from models.core import access, settings
from models.core.clock import local_now, to_utc
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Concern, ConcernEvent, Staff, Station, Villager, Visit
from models.core.validation import clean_text, parse_date
from models.core.vocab import FUNCTIONS, OUTCOMES, PENDING, RESOLVED, RULES, SATISFACTION, STEP_ORDER, STEPS

# Which step each kind of event belongs to (``step`` events name their own).
KIND_STEP = {
    "received": "reception",
    "registered": "registration",
    "mediation": "on_site",
    "documents_taken": "registration",
    "documents_returned": "on_site",
    "escalation_requested": "analysis",
    "escalation_answered": "on_site",
}
KINDS = set(KIND_STEP) | {"step", "correction", "closed", "reopened", "note",
                          # a higher level's 督办 / 催办 and the station's answer (models.concerns.oversight)
                          "oversight_notice", "oversight_answer",
                          # a deadline extension asked and decided (models.concerns.extensions)
                          "extension_requested", "extension_decided",
                          # a follow-up call or visit after the close (models.concerns.followup)
                          "follow_up"}

# Fields a correction may change, and how each is stored in event data.
CORRECTABLE = ("function", "rule", "summary", "details", "hamlet", "deadline",
               "confidential", "handler")

# The kind of event each handling rule needs; only those rules may record it.
RULE_ONLY = {
    "mediation": "mediate_on_site",
    "documents_taken": "proxy_end_to_end",
    "documents_returned": "proxy_end_to_end",
    "escalation_requested": "escalate_visit",
    "escalation_answered": "escalate_visit",
}


@dataclass
class ConcernInput:
    """What the intake form collects for one concern."""
    villager: Villager
    function: str
    rule: str
    summary: str
    details: str = ""
    hamlet: Station | None = None
    deadline: dt.date | None = None  # None: the rule's default time limit
    confidential: bool = False
    handler: Staff | None = None
    answer: str = ""  # answer_on_spot only: answered and closed in the same sitting
    satisfaction: str | None = None


# ---------------------------------------------------------------- helpers

def default_deadline(rule: str, registered_on: dt.date) -> dt.date:
    return registered_on + dt.timedelta(days=settings.deadline_days(rule))


def _id(obj):
    return None if obj is None else obj.id


def _check_fields(function, rule, summary, details, deadline, confidential,
                  today: dt.date) -> dict:
    if function not in FUNCTIONS:
        raise ValidationError("请选择这件事属于哪项回应功能。", "function")
    if rule not in RULES:
        raise ValidationError("请选择处理方式（六种分类处理之一）。", "rule")
    summary = clean_text(summary, "summary", "反映事项（简要）", limit=200)
    details = clean_text(details, "details", "详细情况", required=False)
    if deadline is not None:
        deadline = parse_date(deadline, "deadline", "办结期限")
        if deadline < today:
            raise ValidationError("办结期限不能早于今天。", "deadline")
    elif rule == "time_limited":
        raise ValidationError("限时解决的事项必须定一个办结期限。", "deadline")
    if rule == "confidential":
        confidential = True
    return dict(function=function, rule=rule, summary=summary, details=details,
                deadline=deadline, confidential=bool(confidential))


def _next_seq(station: Station, year: int) -> int:
    """After the highest number this station has used this year — on this
    desk, or (``case_number_floor``) in the file a restore replaced, whose
    numbers may already be at the township: a number is never issued twice."""
    station_id = station.id if isinstance(station, Station) else station
    row = db.execute_sql(
        "SELECT MAX(s) FROM (SELECT MAX(seq) AS s FROM concern WHERE station_id = ? AND year = ? "
        "UNION ALL SELECT seq FROM case_number_floor WHERE station_id = ? AND year = ?)",
        (station_id, year, station_id, year)).fetchone()
    return (row[0] or 0) + 1


def format_case_number(year: int, seq: int) -> str:
    """Readable over the phone: 2026-0042 (“二〇二六年，四十二号”)."""
    return f"{year}-{seq:04d}"


# ---------------------------------------------------------------- registering

def check_concern(spec: ConcernInput, today: dt.date) -> dict:
    """Check one concern as a form collected it, saving nothing.

    Returns the cleaned fields (the deadline filled in from the rule's
    default); raises ``ValidationError`` naming the field to fix. The intake
    form calls it for each concern before saving, to show which one is wrong.
    """
    if spec.villager is None:
        raise ValidationError("请先选定或登记反映人。", "villager")
    fields = _check_fields(spec.function, spec.rule, spec.summary, spec.details,
                           spec.deadline, spec.confidential, today)
    if fields["deadline"] is None:
        fields["deadline"] = default_deadline(spec.rule, today)
    if (spec.answer or "").strip() and spec.rule != "answer_on_spot":
        raise ValidationError("只有“政策咨询当面答复”的事项可以当场答复办结。", "answer")
    if spec.satisfaction and spec.satisfaction not in SATISFACTION:
        raise ValidationError("请选择群众满意度。", "satisfaction")
    return fields


def register_concern(visit: Visit, spec: ConcernInput, staff: Staff | None,
                     at: dt.datetime | None = None) -> Concern:
    """Register one concern of ``visit``: reception and registration events,
    a case number, and — for a policy question answered on the spot — the
    answer and the close, all in one transaction."""
    access.require("concern.register")
    at = at or local_now()
    today = at.date()
    fields = check_concern(spec, today)
    answer = (spec.answer or "").strip()
    with db.atomic():
        seq = _next_seq(visit.station, today.year)
        concern = Concern.create(
            station=visit.station, visit=visit, villager=spec.villager, year=today.year, seq=seq,
            case_number=format_case_number(today.year, seq), registered_on=today,
            current_step="registration", hamlet=spec.hamlet, handler=spec.handler, **fields)
        data = dict(fields, deadline=fields["deadline"].isoformat(),
                    hamlet=_id(spec.hamlet), handler=_id(spec.handler))
        _append(concern, "received", staff, "", {}, at, reproject=False)
        _append(concern, "registered", staff, "", data, at)
        if answer:
            _append(concern, "step", staff, answer, {"satisfaction": spec.satisfaction}, at,
                    step="feedback")
            close_concern(concern, RESOLVED, staff, "当场答复，群众认可。", at=at, follow_up=False)
    return concern


# ---------------------------------------------------------------- events

def events(concern: Concern) -> list[ConcernEvent]:
    """The concern's history in the same order on every desk (see causal_order)."""
    return causal_order(list(ConcernEvent.select().where(ConcernEvent.concern == concern)
                             .order_by(ConcernEvent.seq)))


def causal_order(evs: list[ConcernEvent]) -> list[ConcernEvent]:
    """Order events so that each comes after the one it was written after.
    Events written on two desks after the same event (the village adds a note
    while the township answers) are ordered by id, so every desk that holds
    the same events reads the same history, whatever its clock says."""
    by_id = {e.id: e for e in evs}
    children: dict[str | None, list[ConcernEvent]] = {}
    for e in evs:
        parent = e.prev_id if e.prev_id in by_id else None
        children.setdefault(parent, []).append(e)
    out: list[ConcernEvent] = []
    ready = sorted(children.get(None, []), key=lambda e: e.id)
    while ready:
        e = ready.pop(0)
        out.append(e)
        ready = sorted(ready + children.get(e.id, []), key=lambda e: e.id)
    return out


def _append(concern: Concern, kind: str, staff: Staff | None, note: str, data: dict,
            at: dt.datetime | None = None, step: str | None = None,
            reproject: bool = True) -> ConcernEvent:
    assert kind in KINDS, kind
    at = at or local_now()
    if staff is None:  # the GUI's events name the signed-in person
        staff = access.current_staff()
    with db.atomic():
        history = events(concern)
        last_seq = max((e.seq for e in history), default=0)
        event = ConcernEvent.create(
            concern=concern, seq=last_seq + 1, prev_id=history[-1].id if history else None, kind=kind,
            step=step or KIND_STEP.get(kind), staff=staff, at_utc=to_utc(at),
            local_date=at.date(), note=note, data=data or {})
        if reproject:
            project(concern)
    return event


def record_event(concern: Concern, kind: str, staff: Staff | None, note: str, data: dict,
                 at: dt.datetime | None = None) -> ConcernEvent:
    """Append one event of ``kind`` that belongs to no step, for a module that
    checks its own rules and rights first (models.concerns.oversight)."""
    return _append(concern, kind, staff, note, data, at)


def _derive(evs: list[ConcernEvent]) -> dict:
    """The concern's state columns folded from its events in causal order
    (the one copy of the rule, for ``project`` and ``project_many``)."""
    state: dict = {}
    steps_done: set[str] = set()
    outcome, closed_on, satisfaction, follow_up_due = PENDING, None, None, None
    for e in evs:
        if e.step:
            steps_done.add(e.step)
        if e.kind == "registered":
            state.update(e.data)
        elif e.kind == "correction":
            state.update(e.data.get("fields", {}))
        elif e.kind == "closed":
            outcome, closed_on = e.data["outcome"], e.local_date
            follow_up_due = e.data.get("follow_up_due")  # resolved at the desk: 回访 owed
        elif e.kind == "reopened":
            outcome, closed_on, follow_up_due = PENDING, None, None
        elif e.kind == "follow_up":
            # reached nobody: owed again (the event says when); answered: done, and
            # the villager's answer is the concern's satisfaction from now on
            follow_up_due = e.data.get("next_due")
            if e.data.get("answer") in SATISFACTION:
                satisfaction = e.data["answer"]
        elif e.kind == "extension_decided" and e.data.get("approved"):
            state["deadline"] = e.data["new_deadline"]  # only an approved extension moves it
        if e.kind == "step" and e.step == "feedback" and e.data.get("satisfaction"):
            satisfaction = e.data["satisfaction"]
    return {
        "function": state["function"],
        "rule": state["rule"],
        "summary": state["summary"],
        "details": state.get("details", ""),
        "hamlet": state.get("hamlet"),
        "handler": state.get("handler"),
        "deadline": dt.date.fromisoformat(state["deadline"]) if state.get("deadline") else None,
        "confidential": bool(state.get("confidential")) or state["rule"] == "confidential",
        "current_step": max(steps_done, key=STEP_ORDER.index) if steps_done else "reception",
        "outcome": outcome,
        "closed_on": closed_on,
        "satisfaction": satisfaction,
        "event_count": len(evs),
        "follow_up_due": dt.date.fromisoformat(follow_up_due) if follow_up_due else None,
    }


def state_from_events(evs: list) -> dict:
    """The state columns a concern with these events (in causal order) has:
    the fold ``project`` applies, for a caller that writes a new concern and
    its whole history at once (``models.concerns.ledger_import``). The events
    need ``kind``, ``step``, ``data`` and ``local_date``."""
    return _derive(evs)


def project(concern: Concern) -> Concern:
    """Recompute the concern's state columns from its events, and its search entry."""
    from models.concerns import search

    for name, value in _derive(events(concern)).items():
        setattr(concern, name, value)
    concern.save()
    search.reindex(concern)
    return concern


PROJECT_BATCH = 500


def project_many(concern_ids: list[str]) -> None:
    """``project`` for many concerns at once (a sync import): the events of up
    to ``PROJECT_BATCH`` concerns read in one query and put in the same causal
    order, folded by ``_derive``, the state columns written with one
    ``executemany`` UPDATE, and the search entries rebuilt in bulk
    (``search.reindex_many``). Same rows and search text as ``project`` on
    each, in the order given. Every concern must exist and have its
    ``registered`` event, as ``project`` needs."""
    from models.concerns import search

    ids = list(dict.fromkeys(concern_ids))
    sql, fields = None, []
    with db.atomic():
        for i in range(0, len(ids), PROJECT_BATCH):
            chunk = ids[i:i + PROJECT_BATCH]
            grouped: dict[str, list[_FoldedEvent]] = {cid: [] for cid in chunk}
            for row in db.execute_sql(
                    "SELECT concern_id, id, prev_id, kind, step, local_date, data FROM concern_event "
                    f"WHERE concern_id IN ({', '.join('?' * len(chunk))}) ORDER BY concern_id, seq",
                    chunk):
                grouped[row[0]].append(_FoldedEvent(*row[1:]))
            rows = []
            for cid in chunk:
                derived = _derive(causal_order(grouped[cid]))
                if sql is None:  # the columns are the fold's keys, written as save() writes them
                    fields = [Concern._meta.fields[name] for name in derived]
                    sql = "UPDATE concern SET {} WHERE id = ?".format(
                        ", ".join(f'"{f.column_name}" = ?' for f in fields))
                rows.append([f.db_value(derived[f.name]) for f in fields] + [cid])
            db.cursor().executemany(sql, rows)
            search.reindex_many(chunk)


class _FoldedEvent:
    """What ``_derive`` and ``causal_order`` read of an event, straight from
    its row: ``data`` parsed and ``local_date`` made a date only when the fold
    asks (most events' data is never read), for ``project_many``."""

    __slots__ = ("id", "prev_id", "kind", "step", "_date", "_data")

    def __init__(self, id, prev_id, kind, step, local_date, data):
        self.id, self.prev_id, self.kind, self.step = id, prev_id, kind, step
        self._date, self._data = local_date, data

    @property
    def data(self) -> dict:
        if isinstance(self._data, str):
            self._data = json.loads(self._data)
        return self._data

    @property
    def local_date(self) -> dt.date:
        if isinstance(self._date, str):
            self._date = dt.date.fromisoformat(self._date[:10])
        return self._date


def _require_open(concern: Concern) -> None:
    if concern.outcome != PENDING:
        raise ValidationError(
            f"这件事已经办结（{OUTCOMES[concern.outcome]}）。如需继续办理，请先“重新办理”。", None)


def _require_rule(concern: Concern, kind: str) -> None:
    rule = RULE_ONLY.get(kind)
    if rule and concern.rule != rule:
        raise ValidationError(
            f"这一项只用于“{RULES[rule]}”的事项。如果处理方式登记错了，请先更正处理方式。", "rule")


def record_step(concern: Concern, step: str, staff: Staff | None, note: str,
                satisfaction: str | None = None, at: dt.datetime | None = None) -> ConcernEvent:
    """Record that a step was carried out, with what was said or done."""
    access.require("concern.act", concern)
    if step not in STEPS:
        raise ValidationError("请选择办理步骤。", "step")
    if step in ("reception", "registration"):
        raise ValidationError("接待和登记在受理时已经记下了；要补充情况请用“添加备注”。", "step")
    _require_open(concern)
    if step == "publication" and concern.confidential:
        raise ValidationError("涉密涉私的事项不能公示，只能向本人专项反馈。", "step")
    note = clean_text(note, "note", "办理情况")
    data = {}
    if satisfaction:
        if step != "feedback" or satisfaction not in SATISFACTION:
            raise ValidationError("群众满意度只在“反馈回应村民”时填写。", "satisfaction")
        data["satisfaction"] = satisfaction
    return _append(concern, "step", staff, note, data, at, step=step)


def add_note(concern: Concern, staff: Staff | None, note: str,
             at: dt.datetime | None = None) -> ConcernEvent:
    """A remark on the record: allowed at any time, open or closed."""
    access.require("concern.act", concern)
    return _append(concern, "note", staff, clean_text(note, "note", "备注内容"), {}, at)


def record_mediation(concern: Concern, staff: Staff | None, parties: list[str], facts: str,
                     agreement: str, at: dt.datetime | None = None) -> ConcernEvent:
    access.require("concern.act", concern)
    _require_open(concern)
    _require_rule(concern, "mediation")
    parties = [p.strip() for p in parties if p and p.strip()]
    if len(parties) < 2:
        raise ValidationError("调解记录至少要写明双方当事人。", "parties")
    facts = clean_text(facts, "facts", "纠纷事实")
    agreement = clean_text(agreement, "agreement", "调解结果（双方商定的内容）")
    return _append(concern, "mediation", staff, agreement,
                   {"parties": parties, "facts": facts, "agreement": agreement}, at)


def _documents(docs: list[str]) -> list[str]:
    docs = [d.strip() for d in docs if d and d.strip()]
    if not docs:
        raise ValidationError("请逐项写明材料名称，如“户口簿原件”。", "documents")
    return docs


def documents_outstanding(concern: Concern) -> list[str]:
    """Documents taken from the villager and not yet returned."""
    held: list[str] = []
    for e in events(concern):
        if e.kind == "documents_taken":
            held.extend(e.data["documents"])
        elif e.kind == "documents_returned":
            for d in e.data["documents"]:
                if d in held:
                    held.remove(d)
    return held


def record_documents_taken(concern: Concern, staff: Staff | None, documents: list[str],
                           note: str = "", at: dt.datetime | None = None) -> ConcernEvent:
    access.require("concern.act", concern)
    _require_open(concern)
    _require_rule(concern, "documents_taken")
    docs = _documents(documents)
    return _append(concern, "documents_taken", staff, note.strip(), {"documents": docs}, at)


def record_documents_returned(concern: Concern, staff: Staff | None, documents: list[str],
                              note: str = "", at: dt.datetime | None = None) -> ConcernEvent:
    access.require("concern.act", concern)
    _require_open(concern)
    held = documents_outstanding(concern)
    if not held:  # papers still held are returned even if the rule was corrected since
        _require_rule(concern, "documents_returned")
    docs = _documents(documents)
    for d in docs:
        if d not in held:
            raise ValidationError(f"“{d}”没有登记为收取的材料，或已经退还。", "documents")
        held.remove(d)
    return _append(concern, "documents_returned", staff, note.strip(), {"documents": docs}, at)


ESCALATION_LEVELS = ("township", "county")


def request_escalation(concern: Concern, staff: Staff | None, office: str, note: str,
                       wanted_date: dt.date | None = None,
                       at: dt.datetime | None = None, level: str = "township") -> ConcernEvent:
    """Ask the higher level (township or county) for an appointment to come down.

    ``level`` is the level asked to handle it: for a confidential concern the
    villager's name and the concern's words travel up to that level and no
    higher (sync.engine, docs/sync.md)."""
    access.require("concern.act", concern)
    _require_open(concern)
    _require_rule(concern, "escalation_requested")
    if level not in ESCALATION_LEVELS:
        raise ValidationError("请选择请求哪一级处理：乡镇或县。", "level")
    office = clean_text(office, "office", "请求下访的上级部门", limit=60)
    note = clean_text(note, "note", "需要上级解决的问题")
    data = {"office": office, "level": level}
    if wanted_date:
        data["wanted_date"] = parse_date(wanted_date, "wanted_date", "希望下访日期").isoformat()
    return _append(concern, "escalation_requested", staff, note, data, at)


def escalation_waiting(concern: Concern) -> bool:
    """True while the higher level has been asked and has not yet answered."""
    asked = answered = 0
    for e in events(concern):
        asked += e.kind == "escalation_requested"
        answered += e.kind == "escalation_answered"
    return asked > answered


def record_escalation_answer(concern: Concern, staff: Staff | None, answer: str,
                             appointment_date: dt.date | None = None, official: str = "",
                             office: str = "", at: dt.datetime | None = None) -> ConcernEvent:
    access.require("concern.act", concern)
    _require_open(concern)
    _require_rule(concern, "escalation_answered")
    if not escalation_waiting(concern):
        raise ValidationError("还没有向上级提出预约下访，不能登记上级答复。", None)
    answer = clean_text(answer, "answer", "上级答复内容")
    data = {"official": official.strip(), "office": office.strip()}
    if appointment_date:
        data["appointment_date"] = parse_date(appointment_date, "appointment_date",
                                              "下访日期").isoformat()
    return _append(concern, "escalation_answered", staff, answer, data, at)


# The steps an officer records by hand (reception and registration come with intake).
RECORDABLE_STEPS = ("analysis", "on_site", "supervision", "publication", "feedback")


def available_actions(concern: Concern) -> list[str]:
    """What may be recorded on the concern now, as action keys, in the order a
    concern page offers them: ``step:<step>`` for each recordable step (never
    publication for a confidential matter), then what the handling rule adds
    (``mediation``; ``documents_taken``; ``escalate`` or ``escalation_answer``),
    ``documents_returned`` while any of the villager's papers are held (under
    any rule, as ``record_documents_returned`` allows), then ``close``; a closed
    concern offers ``reopen`` (a resolved one ``follow_up`` first, 回访). ``note`` and ``correct`` are always there."""
    if concern.outcome != PENDING:
        return (["follow_up"] if concern.outcome == RESOLVED else []) + ["reopen", "note", "correct"]
    keys = [f"step:{step}" for step in RECORDABLE_STEPS
            if not (step == "publication" and concern.confidential)]
    if concern.rule == "mediate_on_site":
        keys.append("mediation")
    if concern.rule == "proxy_end_to_end":
        keys.append("documents_taken")
    if documents_outstanding(concern):
        keys.append("documents_returned")
    if concern.rule == "escalate_visit":
        keys.append("escalation_answer" if escalation_waiting(concern) else "escalate")
    return keys + ["close", "note", "correct"]


def missing_for_resolution(concern: Concern) -> list[str]:
    """What the handling rule still asks before the concern can be resolved
    (plain Chinese, one item per line); empty when it may be closed."""
    evs = events(concern)
    steps = {e.step for e in evs if e.step}
    kinds = {e.kind for e in evs}
    missing = []
    rule = concern.rule
    if rule == "mediate_on_site" and "mediation" not in kinds:
        missing.append("还没有调解记录（当事人、调解结果）")
    if rule == "time_limited":
        if concern.deadline is None:
            missing.append("还没有办结期限")
        # A confidential matter is never published (it gets private feedback
        # instead), so publication cannot be asked of it.
        if "publication" not in steps and not concern.confidential:
            missing.append("还没有结果公示")
    if rule == "proxy_end_to_end" and "documents_taken" not in kinds:
        missing.append("还没有登记收取的材料")
    # whatever the rule is now, papers taken from the villager go back first
    out = documents_outstanding(concern) if "documents_taken" in kinds else []
    if out:
        missing.append("还有材料没有退还：" + "、".join(out))
    if rule == "escalate_visit":
        if "escalation_requested" not in kinds:
            missing.append("还没有向上级预约下访")
        elif escalation_waiting(concern):
            missing.append("还在等上级答复")
    if "feedback" not in steps:
        missing.append("还没有把结果反馈给村民")
    return missing


def close_concern(concern: Concern, outcome: str, staff: Staff | None, note: str = "",
                  duplicate_of: str = "", at: dt.datetime | None = None,
                  follow_up: bool = True) -> ConcernEvent:
    """End a concern in exactly one outcome. Resolved, it owes a 回访
    (``follow_up_due`` in the event; models.concerns.followup) unless
    ``follow_up`` is False (a policy question answered in the same sitting)."""
    access.require("concern.act", concern)
    _require_open(concern)
    if outcome not in OUTCOMES or outcome == PENDING:
        raise ValidationError("请选择办结结果。", "outcome")
    data = {"outcome": outcome}
    note = (note or "").strip()
    if outcome == RESOLVED:
        missing = missing_for_resolution(concern)
        if missing:
            raise ValidationError("还不能办结：" + "；".join(missing) + "。", "outcome")
        from models.station.holidays import add_working_days

        if follow_up:
            data["follow_up_due"] = add_working_days(
                (at or local_now()).date(), settings.follow_up_days()).isoformat()
    else:
        note = clean_text(note, "note", "原因说明")
    if outcome == "duplicate":
        original = Concern.get_or_none((Concern.station == concern.station)
                                       & (Concern.case_number == (duplicate_of or "").strip()))
        if original is None or original.id == concern.id:
            raise ValidationError("请填写与之重复的原案件编号（如 2026-0012）。", "duplicate_of")
        data["duplicate_of"] = original.case_number
    return _append(concern, "closed", staff, note, data, at)


def transcribe_from_paper(concern: Concern, staff: Staff | None, note: str, import_key: str,
                          at: dt.datetime, outcome: str = PENDING, outcome_note: str = "",
                          satisfaction: str | None = None,
                          closed_at: dt.datetime | None = None) -> None:
    """Complete a concern copied from a paper or spreadsheet ledger: a note
    saying where it came from (``import_key`` marks the row so it is never
    imported twice), and the outcome the old ledger records, taken as written.
    The steps the desk would ask for before closing were done on paper, so
    the handling rule's checks (``close_concern``) do not apply here."""
    access.require("ledger.import")
    if outcome not in OUTCOMES:
        raise ValidationError("请选择办结结果。", "outcome")
    if satisfaction is not None and satisfaction not in SATISFACTION:
        raise ValidationError("请选择群众满意度。", "satisfaction")
    with db.atomic():
        _append(concern, "note", staff, note, {"import_key": import_key}, at)
        if outcome != PENDING:
            closed_at = max(closed_at or at, at)
            if satisfaction:
                _append(concern, "step", staff, outcome_note, {"satisfaction": satisfaction},
                        closed_at, step="feedback")
            _append(concern, "closed", staff, outcome_note, {"outcome": outcome}, closed_at)


def reopen_concern(concern: Concern, staff: Staff | None, reason: str,
                   at: dt.datetime | None = None) -> ConcernEvent:
    access.require("concern.act", concern)
    if concern.outcome == PENDING:
        raise ValidationError("这件事还在办理中，不需要重新办理。", None)
    return _append(concern, "reopened", staff, clean_text(reason, "reason", "重新办理的原因"), {}, at)


def _stored(key: str, value):
    """How a correctable field is written into event data."""
    if key in ("hamlet", "handler"):
        return _id(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def correct_concern(concern: Concern, staff: Staff | None, reason: str,
                    at: dt.datetime | None = None, **changes) -> ConcernEvent:
    """Correct registered facts by adding a correction event; the original
    stays in the history."""
    access.require("concern.act", concern)
    unknown = set(changes) - set(CORRECTABLE)
    if unknown:
        raise ValueError(f"not correctable: {sorted(unknown)}")
    reason = clean_text(reason, "reason", "更正原因")
    if not changes:
        raise ValidationError("没有要更正的内容。", None)
    new = {k: changes.get(k, getattr(concern, k)) for k in CORRECTABLE}
    if new["function"] not in FUNCTIONS:
        raise ValidationError("请选择这件事属于哪项回应功能。", "function")
    if new["rule"] not in RULES:
        raise ValidationError("请选择处理方式（六种分类处理之一）。", "rule")
    new["summary"] = clean_text(new["summary"], "summary", "反映事项（简要）", limit=200)
    new["details"] = clean_text(new["details"], "details", "详细情况", required=False)
    if new["deadline"] is not None:
        new["deadline"] = parse_date(new["deadline"], "deadline", "办结期限")
        if new["deadline"] < concern.registered_on:
            raise ValidationError("办结期限不能早于登记日期。", "deadline")
    if new["rule"] == "time_limited" and new["deadline"] is None:
        raise ValidationError("限时解决的事项必须定一个办结期限。", "deadline")
    if new["rule"] == "confidential":
        if changes.get("confidential") is False:
            raise ValidationError("涉密涉私的事项不能取消保密。", "confidential")
        new["confidential"] = True
        changes["confidential"] = True
    fields = {k: _stored(k, new[k]) for k in changes}
    previous = {k: _stored(k, getattr(concern, k)) for k in changes}
    if fields == previous:
        raise ValidationError("更正后的内容和原来一样，没有要更正的。", None)
    return _append(concern, "correction", staff, reason,
                   {"fields": fields, "previous": previous}, at)


# ---------------------------------------------------------------- reading

def is_overdue(concern: Concern, today: dt.date) -> bool:
    return concern.outcome == PENDING and concern.deadline is not None and concern.deadline < today


def status_text(concern: Concern, today: dt.date) -> str:
    """One plain line for lists: where the concern stands."""
    if concern.outcome != PENDING:
        return OUTCOMES[concern.outcome]
    if concern.rule == "escalate_visit" and escalation_waiting(concern):
        return "等待上级答复"
    if is_overdue(concern, today):
        return f"已超期{(today - concern.deadline).days}天"
    return f"办理中：{STEPS[concern.current_step]}"
