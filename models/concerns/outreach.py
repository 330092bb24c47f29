"""Staff training (the cascade, level by level), appointments of officials
coming down to the station (预约下站 / 下访), and the suggestion box (意见箱):
openings with witnesses, slips, and a slip turned into a concern with the
function 倾听意见建议 in one step, keeping the link."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core import access
from models.core.db import db
from models.core.errors import ValidationError
from models.core.outreach_schema import (
    Appointment,
    AppointmentConcern,
    Suggestion,
    SuggestionBoxOpening,
    Training,
    TrainingAttendee,
)
from models.core.schema import Concern, Staff, Station, Villager
from models.core.validation import clean_name, clean_text

TRAINING_LEVELS = {"county": "县级培训", "township": "乡镇培训", "village": "村级培训"}
APPOINTMENT_KINDS = {"research": "下站调研", "reception": "下访接待"}
APPOINTMENT_LEVELS = {"county": "县", "township": "乡镇"}
APPOINTMENT_STATUS = {"booked": "已预约", "done": "已完成", "cancelled": "已取消"}


# --- training ---------------------------------------------------------------

def record_training(station: Station, day: dt.date, topic: str, given_by_level: str,
                    attendees: list[Staff], trainer: str = "",
                    today: dt.date | None = None) -> Training:
    access.require("outreach.record")
    if not isinstance(day, dt.date):
        raise ValidationError("请填写培训日期。", "day")
    if today is not None and day > today:
        raise ValidationError("培训日期不能晚于今天。", "day")
    topic = clean_text(topic, "topic", "培训内容", limit=100)
    if given_by_level not in TRAINING_LEVELS:
        raise ValidationError("请选择培训是哪一级组织的（县、乡镇或村）。", "given_by_level")
    attendees = list({s.id: s for s in attendees}.values())
    if not attendees:
        raise ValidationError("请至少选择一名参加培训的工作人员。", "attendees")
    if any(s.station_id != station.id for s in attendees):
        raise ValidationError("参加培训的须是本站工作人员。", "attendees")
    with db.atomic():
        t = Training.create(station=station, day=day, topic=topic, given_by_level=given_by_level,
                            trainer=(trainer or "").strip()[:40])
        for s in attendees:
            TrainingAttendee.create(training=t, staff=s)
    return t


@dataclass
class TrainingRow:
    day: dt.date
    topic: str
    level: str
    trainer: str


def training_of(staff: Staff) -> list[TrainingRow]:
    """The training one staff member has had, oldest first."""
    q = (Training.select().join(TrainingAttendee).where(TrainingAttendee.staff == staff)
         .order_by(Training.day))
    return [TrainingRow(t.day, t.topic, TRAINING_LEVELS[t.given_by_level], t.trainer) for t in q]


# --- appointments -----------------------------------------------------------

def book_appointment(station: Station, kind: str, official_name: str, office: str, level: str,
                     day: dt.date, time_text: str = "", concerns: list[Concern] = (),
                     note: str = "", today: dt.date | None = None) -> Appointment:
    """An official books a day at the station; for 下访, the escalated
    concerns they come to receive."""
    access.require("outreach.record")
    if kind not in APPOINTMENT_KINDS:
        raise ValidationError("请选择是下站调研还是下访接待。", "kind")
    official_name = clean_name(official_name, "official_name")
    office = clean_text(office, "office", "来访单位", limit=60)
    if level not in APPOINTMENT_LEVELS:
        raise ValidationError("请选择来访单位是县级还是乡镇。", "level")
    if not isinstance(day, dt.date):
        raise ValidationError("请填写预约日期。", "day")
    if today is not None and day < today:
        raise ValidationError("预约日期不能早于今天。", "day")
    concerns = list({c.id: c for c in concerns}.values())
    if any(c.station_id != station.id for c in concerns):
        raise ValidationError("只能选本站登记的事项。", "concerns")
    if kind == "reception" and not concerns:
        raise ValidationError("下访接待请选择要接待的事项。", "concerns")
    with db.atomic():
        a = Appointment.create(station=station, kind=kind, official_name=official_name,
                               office=office, level=level, day=day,
                               time_text=(time_text or "").strip()[:20],
                               note=(note or "").strip()[:500])
        for c in concerns:
            AppointmentConcern.create(appointment=a, concern=c)
    return a


def set_appointment_status(appointment: Appointment, status: str) -> None:
    access.require("outreach.record")
    if status not in APPOINTMENT_STATUS:
        raise ValidationError("没有这种预约状态。", "status")
    Appointment.update(status=status).where(Appointment.id == appointment.id).execute()
    appointment.status = status


@dataclass
class AppointmentRow:
    id: str
    day: dt.date
    time_text: str
    kind: str
    kind_label: str
    official_name: str
    office: str
    level: str
    status: str
    concerns: list[tuple[str, str, bool]]   # (case number, summary, confidential)


def appointments(station: Station, date_from: dt.date, date_to: dt.date,
                 include_cancelled: bool = False) -> list[AppointmentRow]:
    q = Appointment.select().where((Appointment.station == station) & (Appointment.day >= date_from)
                                   & (Appointment.day <= date_to))
    if not include_cancelled:
        q = q.where(Appointment.status != "cancelled")
    rows = []
    for a in q.order_by(Appointment.day, Appointment.time_text, Appointment.created_at):
        links = (Concern.select(Concern.case_number, Concern.summary, Concern.confidential)
                 .join(AppointmentConcern).where(AppointmentConcern.appointment == a)
                 .order_by(Concern.case_number))
        rows.append(AppointmentRow(a.id, a.day, a.time_text, a.kind, APPOINTMENT_KINDS[a.kind],
                                   a.official_name, a.office, APPOINTMENT_LEVELS[a.level], a.status,
                                   [(c.case_number, c.summary, c.confidential) for c in links]))
    return rows


def appointments_on(station: Station, day: dt.date) -> list[AppointmentRow]:
    """The day's appointments, for the home screen."""
    return appointments(station, day, day)


# --- the suggestion box -----------------------------------------------------

def open_box(station: Station, day: dt.date, opened_by: Staff, witnesses: str,
             slips: list[tuple[str, str]] = (), note: str = "",
             today: dt.date | None = None) -> SuggestionBoxOpening:
    """Record an opening of the box: the day, who opened it, the witnesses
    (at least one person besides the opener), and each slip as (text, signed
    name or "")."""
    access.require("outreach.record")
    if not isinstance(day, dt.date):
        raise ValidationError("请填写开箱日期。", "day")
    if today is not None and day > today:
        raise ValidationError("开箱日期不能晚于今天。", "day")
    if opened_by is None or opened_by.station_id != station.id:
        raise ValidationError("请选择开箱的工作人员。", "opened_by")
    witnesses = (witnesses or "").strip()
    if not witnesses:
        raise ValidationError("开箱须有见证人，请填写见证人姓名。", "witnesses")
    if len(witnesses) > 100:
        raise ValidationError("见证人不能超过100个字。", "witnesses")
    cleaned = []
    for text, signed in slips:
        text = (text or "").strip()
        if not text:
            raise ValidationError("意见内容不能为空。", "slips")
        if len(text) > 2000:
            raise ValidationError("一条意见不能超过2000个字。", "slips")
        cleaned.append((text, (signed or "").strip()[:30]))
    with db.atomic():
        opening = SuggestionBoxOpening.create(station=station, day=day, opened_by=opened_by,
                                              witnesses=witnesses, note=(note or "").strip()[:500])
        for text, signed in cleaned:
            Suggestion.create(opening=opening, text=text, signed_name=signed)
    return opening


def suggestions(station: Station) -> list[Suggestion]:
    """Every slip taken from the station's box, newest opening first."""
    return list(Suggestion.select(Suggestion, SuggestionBoxOpening)
                .join(SuggestionBoxOpening)
                .where(SuggestionBoxOpening.station == station)
                .order_by(SuggestionBoxOpening.day.desc(), Suggestion.created_at))


def add_slip(opening: SuggestionBoxOpening, text: str, signed_name: str = "") -> Suggestion:
    access.require("outreach.record")
    text = (text or "").strip()
    if not text:
        raise ValidationError("意见内容不能为空。", "text")
    return Suggestion.create(opening=opening, text=text[:2000], signed_name=(signed_name or "").strip()[:30])


ANONYMOUS = "匿名（意见箱）"


def _anonymous_villager(station: Station) -> Villager:
    v = Villager.get_or_none((Villager.station == station) & (Villager.name == ANONYMOUS))
    if v is None:
        v = Villager.create(station=station, name=ANONYMOUS, pinyin_initials="nm", pinyin_full="niming")
    return v


def suggestion_to_concern(suggestion: Suggestion, rule: str, summary: str = "",
                          villager: Villager | None = None, staff: Staff | None = None,
                          at: dt.datetime | None = None,
                          deadline: dt.date | None = None) -> Concern:
    """Register a slip as a concern with the function 倾听意见建议, on a visit
    through the suggestion-box channel, and keep the link, in one step. An
    unsigned slip is registered under the station's anonymous villager."""
    access.require("concern.register")
    from models.concerns.intake import receive_visit
    from models.concerns.workflow import ConcernInput, default_deadline
    from models.core.clock import local_now

    if suggestion.concern_id is not None:
        raise ValidationError(f"这条意见已经登记为事项 {suggestion.concern.case_number}。", "suggestion")
    station = suggestion.opening.station
    summary = (summary or "").strip() or suggestion.text.strip().splitlines()[0][:60]
    now = local_now()
    at = at or min(dt.datetime.combine(suggestion.opening.day, dt.time(9, 0)), now)
    if deadline is None and rule == "time_limited":
        deadline = default_deadline(rule, now.date())
    with db.atomic():
        villager = villager or _anonymous_villager(station)
        _, concerns = receive_visit(station, "suggestion_box", [villager], [ConcernInput(
            villager=villager, function="suggestion", rule=rule, summary=summary,
            details=suggestion.text, deadline=deadline)], staff=staff, at=at)
        Suggestion.update(concern=concerns[0].id).where(Suggestion.id == suggestion.id).execute()
    suggestion.concern = concerns[0]
    return concerns[0]


# --- the notice of coming appointments (下访接待公告) ------------------------

@dataclass
class AppointmentNoticeRow:
    date_text: str
    time_text: str
    kind_label: str
    office: str
    official: str
    content: str


@dataclass
class AppointmentNoticeData:
    title: str
    station: object          # reporting.StationInfo
    period: str
    intro: str
    rows: list[AppointmentNoticeRow]
    contact_line: str
    printed_on: dt.date


WEEKDAYS_CN = "一二三四五六日"


def appointment_notice_data(station: Station, date_from: dt.date, date_to: dt.date,
                            today: dt.date, title: str, station_info, period: str
                            ) -> AppointmentNoticeData:
    """The plain data of the public notice: no villager and no concern's
    text, only how many concerns an official comes to receive."""
    rows = []
    for a in appointments(station, date_from, date_to):
        if a.status == "done" and a.day < today:
            continue
        if a.kind == "reception":
            content = (f"接待群众来访，已预约事项{len(a.concerns)}件；"
                       "其他群众有诉求的，也可当天来站反映")
        else:
            content = "下站调研，听取群众意见建议"
        rows.append(AppointmentNoticeRow(
            f"{a.day.month}月{a.day.day}日（周{WEEKDAYS_CN[a.day.weekday()]}）", a.time_text,
            a.kind_label, a.office,
            a.official_name, content))
    intro = ("为方便群众反映问题，以下领导干部将按预约到本站下访接待或下站调研。"
             "有关群众可按时到本站当面反映，工作人员将做好登记和跟踪反馈。")
    phone = getattr(station_info, "phone", "")
    contact = f"咨询电话：{phone}" if phone else "咨询请到本站值班室。"
    return AppointmentNoticeData(title, station_info, period, intro, rows, contact, today)
