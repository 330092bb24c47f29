"""Supervision (接受监督): the station's supervisors, their ratings of
concerns, evaluation sessions (测评) with anonymous ballots, and the annual
June survey's paper tallies.

The villager's own rating at feedback lives on the concern
(``Concern.satisfaction``, from the feedback step's event). Ballots are
anonymous: a session stores how many ballots gave each rating, never who
voted what.
"""
from __future__ import annotations

import datetime as dt

import peewee as pw

from models.core import access
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import BaseModel, Concern, Station, new_id, utcnow
from models.core.validation import clean_name, clean_phone, clean_text, parse_date
from models.core.vocab import SATISFACTION

SUPERVISOR_KINDS = {
    "committee": "村务监督委员会成员",
    "former_cadre": "离任村干部",
    "deputy": "县乡人大代表",
    "party_delegate": "党代表",
}

SURVEY_MONTH = 6   # the annual anonymous survey is held every June


class Supervisor(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="supervisors", on_delete="RESTRICT")
    name = pw.CharField()
    kind = pw.CharField()
    phone = pw.CharField(default="")
    term_start = pw.DateField()
    term_end = pw.DateField(null=True)
    created_at = pw.DateTimeField(default=utcnow)


class SupervisorRating(BaseModel):
    """One supervisor's rating of one concern (signed, not anonymous)."""
    id = pw.CharField(primary_key=True, default=new_id)
    concern = pw.ForeignKeyField(Concern, backref="supervisor_ratings", on_delete="RESTRICT")
    supervisor = pw.ForeignKeyField(Supervisor, backref="ratings", on_delete="RESTRICT")
    rating = pw.CharField()
    note = pw.TextField(default="")
    rated_on = pw.DateField()
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("concern", "supervisor"), True),)


class EvaluationSession(BaseModel):
    """A satisfaction evaluation (测评) held at the station: only the counts
    of the anonymous ballots are kept."""
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="evaluations", on_delete="RESTRICT")
    held_on = pw.DateField(index=True)
    period_from = pw.DateField(null=True)
    period_to = pw.DateField(null=True)
    attendees = pw.IntegerField(default=0)
    satisfied = pw.IntegerField(default=0)
    basically = pw.IntegerField(default=0)
    dissatisfied = pw.IntegerField(default=0)
    invalid = pw.IntegerField(default=0)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class SurveyTally(BaseModel):
    """The annual June survey's paper tally for one station (and one sheet,
    e.g. one hamlet's box), counted by hand and entered."""
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="survey_tallies", on_delete="RESTRICT")
    year = pw.IntegerField()
    sheet = pw.CharField(default="")
    counted_on = pw.DateField()
    satisfied = pw.IntegerField(default=0)
    basically = pw.IntegerField(default=0)
    dissatisfied = pw.IntegerField(default=0)
    invalid = pw.IntegerField(default=0)
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("station", "year", "sheet"), True),)


TABLES = [Supervisor, SupervisorRating, EvaluationSession, SurveyTally]


# ------------------------------------------------------------------ rules

def _count(value, field: str, what: str) -> int:
    try:
        n = int(str(value).strip() or 0) if not isinstance(value, int) else value
    except ValueError:
        raise ValidationError(f"{what}要填整数。", field) from None
    if n < 0:
        raise ValidationError(f"{what}不能是负数。", field)
    if n > 100000:
        raise ValidationError(f"{what}太大了，请核对。", field)
    return n


def add_supervisor(station: Station, name: str, kind: str, term_start,
                   term_end=None, phone: str = "") -> Supervisor:
    access.require("supervision.manage")
    name = clean_name(name)
    if kind not in SUPERVISOR_KINDS:
        raise ValidationError("请选择监督员的身份（村务监督委员会成员、离任村干部、县乡人大代表或党代表）。", "kind")
    start = parse_date(term_start, "term_start", "任期开始日期")
    end = parse_date(term_end, "term_end", "任期结束日期") if term_end else None
    if end is not None and end < start:
        raise ValidationError("任期结束日期不能早于开始日期。", "term_end")
    return Supervisor.create(station=station, name=name, kind=kind, phone=clean_phone(phone),
                             term_start=start, term_end=end)


def end_term(supervisor: Supervisor, term_end) -> Supervisor:
    access.require("supervision.manage")
    end = parse_date(term_end, "term_end", "任期结束日期")
    if end < supervisor.term_start:
        raise ValidationError("任期结束日期不能早于开始日期。", "term_end")
    Supervisor.update(term_end=end).where(Supervisor.id == supervisor.id).execute()
    supervisor.term_end = end
    return supervisor


def in_office(supervisor: Supervisor, day: dt.date) -> bool:
    return supervisor.term_start <= day and (supervisor.term_end is None or day <= supervisor.term_end)


def supervisors(station: Station, on: dt.date | None = None) -> list[Supervisor]:
    """The station's supervisors; only those in office on ``on`` if given."""
    q = Supervisor.select().where(Supervisor.station == station)
    if on is not None:
        q = q.where((Supervisor.term_start <= on)
                    & (Supervisor.term_end.is_null() | (Supervisor.term_end >= on)))
    return list(q.order_by(Supervisor.kind, Supervisor.name))


def rate_concern(concern: Concern, supervisor: Supervisor, rating: str, rated_on,
                 note: str = "") -> SupervisorRating:
    """A supervisor's rating of a concern, once per supervisor and concern."""
    access.require("rate", concern)
    if rating not in SATISFACTION:
        raise ValidationError("请选择评价：满意、基本满意或不满意。", "rating")
    day = parse_date(rated_on, "rated_on", "评价日期")
    if supervisor.station_id != concern.station_id:
        raise ValidationError("这位监督员不是本站的监督员。", "supervisor")
    if not in_office(supervisor, day):
        raise ValidationError(f"{supervisor.name}在{day.isoformat()}不在监督员任期内。", "supervisor")
    if day < concern.registered_on:
        raise ValidationError("评价日期不能早于事项登记日期。", "rated_on")
    if SupervisorRating.select().where((SupervisorRating.concern == concern)
                                       & (SupervisorRating.supervisor == supervisor)).exists():
        raise ValidationError(f"{supervisor.name}已经评价过案件 {concern.case_number} 了。", "supervisor")
    note = clean_text(note, "note", "评价意见", required=False, limit=1000)
    return SupervisorRating.create(concern=concern, supervisor=supervisor, rating=rating,
                                   note=note, rated_on=day)


def record_evaluation(station: Station, held_on, satisfied, basically, dissatisfied,
                      invalid=0, attendees=None, period_from=None, period_to=None,
                      note: str = "") -> EvaluationSession:
    """An evaluation session's ballot counts. ``attendees`` defaults to the
    number of ballots; ballots cannot outnumber the people present."""
    access.require("supervision.manage")
    day = parse_date(held_on, "held_on", "测评日期")
    counts = [_count(satisfied, "satisfied", "满意票数"), _count(basically, "basically", "基本满意票数"),
              _count(dissatisfied, "dissatisfied", "不满意票数"), _count(invalid, "invalid", "废票数")]
    ballots = sum(counts)
    if ballots == 0:
        raise ValidationError("请填写测评票数。", "satisfied")
    people = ballots if attendees in (None, "") else _count(attendees, "attendees", "参加测评人数")
    if ballots > people:
        raise ValidationError(f"票数（{ballots}张）比参加测评的人数（{people}人）还多，请核对。", "attendees")
    p_from = parse_date(period_from, "period_from", "测评期间开始日期") if period_from else None
    p_to = parse_date(period_to, "period_to", "测评期间结束日期") if period_to else None
    if p_from and p_to and p_from > p_to:
        raise ValidationError("测评期间的开始日期不能晚于结束日期。", "period_to")
    return EvaluationSession.create(
        station=station, held_on=day, period_from=p_from, period_to=p_to, attendees=people,
        satisfied=counts[0], basically=counts[1], dissatisfied=counts[2], invalid=counts[3],
        note=clean_text(note, "note", "说明", required=False, limit=1000))


def record_survey_tally(station: Station, year: int, satisfied, basically, dissatisfied,
                        invalid=0, sheet: str = "", counted_on=None) -> SurveyTally:
    """One paper tally of the annual June survey; a sheet is entered once."""
    access.require("supervision.manage")
    try:
        year = int(year)
    except (TypeError, ValueError, OverflowError):  # OverflowError: infinity
        raise ValidationError("请填写调查年份。", "year") from None
    if not 2000 <= year <= 2100:
        raise ValidationError("调查年份不对，请核对。", "year")
    day = parse_date(counted_on, "counted_on", "清点日期") if counted_on else dt.date(year, SURVEY_MONTH, 30)
    if day < dt.date(year, SURVEY_MONTH, 1):
        raise ValidationError(f"{year}年的满意度调查在6月进行，清点日期不能早于{year}年6月1日。", "counted_on")
    counts = [_count(satisfied, "satisfied", "满意票数"), _count(basically, "basically", "基本满意票数"),
              _count(dissatisfied, "dissatisfied", "不满意票数"), _count(invalid, "invalid", "废票数")]
    if sum(counts) == 0:
        raise ValidationError("请填写调查票数。", "satisfied")
    sheet = clean_text(sheet, "sheet", "统计表名称", required=False, limit=40)
    if SurveyTally.select().where((SurveyTally.station == station) & (SurveyTally.year == year)
                                  & (SurveyTally.sheet == sheet)).exists():
        where = f"“{sheet}”" if sheet else ""
        raise ValidationError(f"{year}年的调查统计表{where}已经录入过了。", "sheet")
    with db.atomic():
        return SurveyTally.create(station=station, year=year, sheet=sheet, counted_on=day,
                                  satisfied=counts[0], basically=counts[1],
                                  dissatisfied=counts[2], invalid=counts[3])


def satisfaction_rate(satisfied: int, basically: int, dissatisfied: int) -> float | None:
    """(满意 + 基本满意) / rated; None when nobody rated."""
    rated = satisfied + basically + dissatisfied
    return None if rated == 0 else (satisfied + basically) / rated


def survey_result(station: Station, year: int) -> dict:
    """The year's survey, all sheets added up."""
    rows = list(SurveyTally.select().where((SurveyTally.station == station) & (SurveyTally.year == year)))
    out = {k: sum(getattr(r, k) for r in rows) for k in ("satisfied", "basically", "dissatisfied", "invalid")}
    out["sheets"] = len(rows)
    out["rate"] = satisfaction_rate(out["satisfied"], out["basically"], out["dissatisfied"])
    return out


def evaluations(station: Station) -> list[EvaluationSession]:
    """The station's evaluation sessions, newest first."""
    return list(EvaluationSession.select().where(EvaluationSession.station == station)
                .order_by(EvaluationSession.held_on.desc(), EvaluationSession.created_at.desc()))


def survey_tallies(station: Station) -> list[SurveyTally]:
    """The station's June survey tallies, newest year first."""
    return list(SurveyTally.select().where(SurveyTally.station == station)
                .order_by(SurveyTally.year.desc(), SurveyTally.sheet))
