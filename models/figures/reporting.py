"""What the printed documents show: one query function builds each
document's data as plain values (dataclasses of str, int and dates), so the
layout code in ``reports/`` never sees a database handle.

    data = report_data("ledger", station, date_from, date_to)
    pages = reports.render("ledger", data, "台账.pdf")

Public documents (the two notices) mask villagers' names and phones and
leave confidential concerns out entirely, counts included. The ledger is the
station's own work record, but it is handed to the township for inspection,
so a confidential concern is counted there with its villager masked and its
summary withheld.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from models.concerns import workflow
from models.core import access, settings
from models.core.clock import today as clock_today
from models.core.errors import ValidationError
from models.core.paths import resource_path
from models.core.schema import Concern, ConcernEvent, Staff, Station, Villager
from models.core.validation import mask_name, mask_phone
from models.core.vocab import (
    DEFAULT_DEADLINE_DAYS,
    FUNCTION_SHORT,
    FUNCTIONS,
    LEVELS,
    OTHER_OUTCOMES,
    OUTCOMES,
    PENDING,
    RESOLVED,
    RULE_SHORT,
    RULES,
    SATISFACTION,
    STAFF_ROLES,
    STEP_ORDER,
    STEPS,
)
from models.figures.totals import totals as stats_totals
from models.station import stations

KINDS = ["ledger", "notice", "time-limited", "roster", "workflow", "rules", "cards",
         "proxy-receipt", "mediation", "extension", "stats", "appointments", "sync-trips",
         "villager-record"]
# Documents drawn for a period (--from/--to); the roster takes the month of
# its start date.
NEEDS_PERIOD = {"ledger", "notice", "time-limited", "roster", "stats", "appointments", "sync-trips"}
# Documents printed for one concern (--case NUMBER).
NEEDS_CASE = {"proxy-receipt", "mediation", "extension", "villager-record"}
# Of those, printed for one villager (the "case" is the villager's name or id).
NEEDS_VILLAGER = {"villager-record"}
TITLES = {
    "ledger": "工作记录（台账）",
    "notice": "结果公示",
    "time-limited": "限时解决集中公示",
    "roster": "轮值表",
    "workflow": "工作流程图",
    "rules": "运行制度",
    "cards": "亲民卡",
    "proxy-receipt": "代办回执",
    "mediation": "调解记录",
    "extension": "延期告知书",
    "stats": "统计报表",
    "appointments": "下访接待公告",
    "sync-trips": "U盘同步记录",
    "villager-record": "村民个人记录",
}

NOTICE_DAYS = 7          # how long a notice stays posted (公示期)
RULES_KEY = "reports.rules_text"
RULES_LIMIT = 20000
RULES_DEFAULT_FILE = resource_path("rules_default.txt")

# Short forms for narrow table columns (FUNCTION_SHORT, RULE_SHORT: models.core.vocab);
# the full names are in the totals.
STEP_SHORT = {"reception": "接待", "registration": "受理", "analysis": "分析", "on_site": "现场",
              "supervision": "监督", "publication": "公示", "feedback": "反馈"}

WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


# ---------------------------------------------------------------- plain values

@dataclass
class StationInfo:
    name: str
    level: str              # 村回应站 …
    code: str
    address: str
    phone: str
    opening_hours: str
    parent_name: str
    head_name: str          # 站长, who answers for the station
    head_phone: str


@dataclass
class LedgerRow:
    number: int
    case_number: str
    registered_on: dt.date
    villager: str
    hamlet: str
    function: str           # short form: 代办代理 …
    rule: str               # short form: 当面答复 …
    summary: str
    confidential: bool
    step_dates: dict[str, dt.date | None]   # step code → first date it was done
    deadline: dt.date | None
    outcome: str                            # label
    outcome_code: str
    closed_on: dt.date | None
    satisfaction: str                       # label or ""
    handler: str


@dataclass
class TotalsBlock:
    visits: int
    visitors: int
    concerns: int
    resolved: int
    pending: int
    other_outcomes: list[tuple[str, int]]   # (label, count), every other outcome, zeros too
    by_function: list[tuple[str, int]]
    by_rule: list[tuple[str, int]]

    def adds_up(self) -> bool:
        return self.concerns == self.resolved + self.pending + sum(n for _, n in self.other_outcomes)


@dataclass
class LedgerData:
    title: str
    station: StationInfo
    date_from: dt.date
    date_to: dt.date
    period: str
    printed_on: dt.date
    step_columns: list[tuple[str, str]]     # (step code, label) of the dated step columns
    rows: list[LedgerRow]
    totals: TotalsBlock
    # The audit chain's head when printed, (seq, hash): a later
    # ``main.py verify --head SEQ:HASH`` proves nothing before it was removed.
    chain: tuple[int, str] | None = None


@dataclass
class NoticeRow:
    number: int
    case_number: str
    registered_on: dt.date
    villager: str           # masked: 张**
    phone: str              # masked: 138****5678, or ""
    hamlet: str
    summary: str            # names and phone numbers in it masked too
    rule: str
    deadline: dt.date | None
    closed_on: dt.date | None
    result: str             # 已解决 / 正在办理：… / 村民撤回 …
    timeliness: str         # time-limited only: 按期办结 / 超期3天办结 / 剩2天 / 已超期1天
    satisfaction: str


@dataclass
class NoticeData:
    kind: str               # "notice" or "time-limited"
    title: str
    station: StationInfo
    date_from: dt.date
    date_to: dt.date
    period: str
    posted_on: dt.date
    until: dt.date          # 公示期至
    rows: list[NoticeRow]
    summary_line: str
    objection_line: str
    privacy_line: str


@dataclass
class RosterDay:
    date: dt.date
    names: list[str]
    weekend: bool
    special: str = ""       # a holiday's name, or 调休上班 (from the roster)
    holiday: bool = False


@dataclass
class RosterStaff:
    name: str
    role: str
    phone: str
    full_time: bool


@dataclass
class RosterData:
    title: str
    station: StationInfo
    year: int
    month: int
    period: str
    weekdays: list[str]
    weeks: list[list[RosterDay | None]]     # Monday first; None outside the month
    staff: list[RosterStaff]
    placeholder: bool
    note: str
    printed_on: dt.date


@dataclass
class WorkflowStep:
    label: str
    text: str


@dataclass
class WorkflowRule:
    label: str
    path: str
    time_limit: str


@dataclass
class WorkflowData:
    title: str
    station: StationInfo
    steps: list[WorkflowStep]
    rules: list[WorkflowRule]
    supervision: str
    printed_on: dt.date


@dataclass
class RulesData:
    title: str
    station: StationInfo
    text: str
    printed_on: dt.date


@dataclass
class CardsData:
    title: str
    station: StationInfo
    staff: list[RosterStaff]
    functions: list[str]
    count: int = 10


@dataclass
class ReceiptDocument:
    name: str
    taken_on: dt.date
    returned_on: dt.date | None


@dataclass
class ProxyReceiptData:
    title: str
    station: StationInfo
    case_number: str
    registered_on: dt.date
    villager: str
    villager_phone: str
    villager_id: str         # masked
    hamlet: str
    summary: str
    deadline: dt.date | None
    handler: str
    handler_phone: str
    documents: list[ReceiptDocument]
    notes: list[str]
    outcome: str
    printed_on: dt.date


@dataclass
class MediationSession:
    date: dt.date
    place: str
    mediator: str
    parties: list[str]
    facts: str
    agreement: str


@dataclass
class MediationData:
    title: str
    station: StationInfo
    case_number: str
    registered_on: dt.date
    villager: str
    hamlet: str
    summary: str
    details: str
    sessions: list[MediationSession]
    outcome: str
    printed_on: dt.date


# ---------------------------------------------------------------- helpers

def cn_date(d: dt.date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def period_text(date_from: dt.date, date_to: dt.date) -> str:
    return f"{cn_date(date_from)}至{cn_date(date_to)}"


def station_info(station: Station) -> StationInfo:
    staff = stations.active_staff(station)
    head = next((s for s in staff if s.role == "head"), staff[0] if staff else None)
    return StationInfo(
        name=station.name, level=LEVELS.get(station.level, ""), code=station.code,
        address=station.address or "", phone=station.phone or "",
        opening_hours=station.opening_hours or "",
        parent_name=station.parent.name if station.parent_id else "",
        head_name=head.name if head else "", head_phone=head.phone if head else "")


def default_period(kind: str, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The period a document is drawn for when none is given: this month so
    far (the roster: the whole of this month)."""
    today = today or clock_today()
    first = today.replace(day=1)
    if kind == "roster":
        return first, first.replace(day=calendar.monthrange(today.year, today.month)[1])
    if kind == "appointments":  # the coming month's appointments
        return today, today + dt.timedelta(days=30)
    if kind == "sync-trips":  # the year's trips so far, for the township's files
        return today.replace(month=1, day=1), today
    return first, today


def _period(kind, date_from, date_to, today) -> tuple[dt.date, dt.date]:
    for value in (date_from, date_to):
        if value is not None and not isinstance(value, dt.date):
            raise ValidationError("日期格式不对，应为 年-月-日，如 2026-03-08。", "date")
    if date_from is None and date_to is None:
        return default_period(kind, today)
    if date_from is None:
        date_from = date_to.replace(day=1)
    if date_to is None:
        date_to = max(today, date_from)
    if date_from > date_to:
        raise ValidationError("开始日期不能晚于结束日期。", "date_from")
    return date_from, date_to


def _concerns_in(station: Station, date_from: dt.date, date_to: dt.date) -> list[Concern]:
    return list(Concern.select(Concern, Villager)
                .join(Villager, on=(Concern.villager == Villager.id))
                .where((Concern.station == station) & (Concern.registered_on >= date_from)
                       & (Concern.registered_on <= date_to))
                .order_by(Concern.registered_on, Concern.year, Concern.seq))


def _names(model, ids) -> dict:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {r.id: r for r in model.select().where(model.id.in_(list(ids)))}


def _step_dates(concerns: list[Concern]) -> dict[str, dict[str, dt.date]]:
    """concern id → {step: first local date that step was done}, in one query."""
    out: dict[str, dict[str, dt.date]] = {c.id: {} for c in concerns}
    ids = list(out)
    for i in range(0, len(ids), 500):
        q = (ConcernEvent.select(ConcernEvent.concern, ConcernEvent.step, ConcernEvent.local_date)
             .where(ConcernEvent.concern.in_(ids[i:i + 500]) & ConcernEvent.step.is_null(False))
             .tuples())
        for cid, step, day in q:
            seen = out[cid]
            if step not in seen or day < seen[step]:
                seen[step] = day
    return out


def _mask_text(text: str, names: list[str]) -> str:
    """Mask the given people's names and any mobile number in a public text."""
    for name in sorted({n for n in names if n and len(n) >= 2}, key=len, reverse=True):
        text = text.replace(name, mask_name(name))
    return re.sub(r"1\d{10}", lambda m: mask_phone(m.group(0)), text)


def _totals_block(station, date_from, date_to) -> TotalsBlock:
    t = stats_totals(station, date_from, date_to)
    return TotalsBlock(
        visits=t.visits, visitors=t.visitors, concerns=t.concerns, resolved=t.resolved,
        pending=t.pending,
        other_outcomes=[(OUTCOMES.get(k, k), t.other_outcomes.get(k, 0))
                        for k in [*OTHER_OUTCOMES, *sorted(set(t.other_outcomes) - set(OTHER_OUTCOMES))]],
        by_function=[(FUNCTIONS[k], t.by_function.get(k, 0)) for k in FUNCTIONS],
        by_rule=[(RULES[k], t.by_rule.get(k, 0)) for k in RULES])


# ---------------------------------------------------------------- documents

def ledger_data(station, date_from, date_to, today) -> LedgerData:
    concerns = _concerns_in(station, date_from, date_to)
    staff = _names(Staff, [c.handler_id for c in concerns])
    hamlets = _names(Station, [c.hamlet_id for c in concerns])
    steps = _step_dates(concerns)
    rows = []
    for n, c in enumerate(concerns, 1):
        rows.append(LedgerRow(
            number=n, case_number=c.case_number, registered_on=c.registered_on,
            villager=mask_name(c.villager.name) if c.confidential else c.villager.name,
            hamlet=hamlets[c.hamlet_id].name if c.hamlet_id in hamlets else "",
            function=FUNCTION_SHORT.get(c.function, c.function), rule=RULE_SHORT.get(c.rule, c.rule),
            summary="（涉密涉私事项，内容另行保管）" if c.confidential else c.summary,
            confidential=c.confidential,
            step_dates={s: steps[c.id].get(s) for s in STEP_ORDER},
            deadline=c.deadline, outcome=OUTCOMES.get(c.outcome, c.outcome),
            outcome_code=c.outcome, closed_on=c.closed_on,
            satisfaction=SATISFACTION.get(c.satisfaction, "") if c.satisfaction else "",
            handler=staff[c.handler_id].name if c.handler_id in staff else ""))
    block = _totals_block(station, date_from, date_to)
    return LedgerData(
        title=TITLES["ledger"], station=station_info(station), date_from=date_from,
        date_to=date_to, period=period_text(date_from, date_to), printed_on=today,
        step_columns=[(s, STEP_SHORT[s]) for s in STEP_ORDER if s not in ("reception", "registration")],
        rows=rows, totals=block, chain=_chain_head())


def _chain_head() -> tuple[int, str] | None:
    from models.safety.audit import head

    return head()


def _result(c: Concern, today: dt.date) -> str:
    if c.outcome == PENDING:
        if c.rule == "escalate_visit" and workflow.escalation_waiting(c):
            return "正在办理：已预约上级下访，等待答复"
        return "正在办理：" + STEPS.get(c.current_step, "")
    return OUTCOMES.get(c.outcome, c.outcome)


def _timeliness(c: Concern, today: dt.date) -> str:
    if c.deadline is None:
        return ""
    if c.outcome == PENDING:
        left = (c.deadline - today).days
        if left < 0:
            return f"已超期{-left}天"
        return "今天到期" if left == 0 else f"剩{left}天"
    if c.outcome != RESOLVED or c.closed_on is None:
        return ""
    late = (c.closed_on - c.deadline).days
    return "按期办结" if late <= 0 else f"超期{late}天办结"


def notice_data(kind, station, date_from, date_to, today) -> NoticeData:
    concerns = [c for c in _concerns_in(station, date_from, date_to) if not c.confidential]
    if kind == "time-limited":
        concerns = [c for c in concerns if c.rule == "time_limited"]
    hamlets = _names(Station, [c.hamlet_id for c in concerns])
    mediation_parties = {}
    for e in (ConcernEvent.select(ConcernEvent.concern, ConcernEvent.data)
              .where(ConcernEvent.concern.in_([c.id for c in concerns])
                     & (ConcernEvent.kind == "mediation"))):
        mediation_parties.setdefault(e.concern_id, []).extend(e.data.get("parties", []))
    rows = []
    for n, c in enumerate(concerns, 1):
        names = [c.villager.name, *mediation_parties.get(c.id, [])]
        rows.append(NoticeRow(
            number=n, case_number=c.case_number, registered_on=c.registered_on,
            villager=mask_name(c.villager.name), phone=mask_phone(c.villager.phone) if c.villager.phone else "",
            hamlet=hamlets[c.hamlet_id].name if c.hamlet_id in hamlets else "",
            summary=_mask_text(c.summary, names), rule=RULE_SHORT.get(c.rule, c.rule),
            deadline=c.deadline, closed_on=c.closed_on, result=_result(c, today),
            timeliness=_timeliness(c, today),
            satisfaction=SATISFACTION.get(c.satisfaction, "") if c.satisfaction else ""))
    resolved = sum(c.outcome == RESOLVED for c in concerns)
    pending = sum(c.outcome == PENDING for c in concerns)
    others = [(OUTCOMES[o], sum(c.outcome == o for c in concerns)) for o in OTHER_OUTCOMES]
    others_text = "".join(f"，{label}{n}件" for label, n in others if n)
    if kind == "time-limited":
        on_time = sum(r.timeliness == "按期办结" for r in rows)
        summary = (f"本期限时解决事项共{len(rows)}件：已解决{resolved}件（其中按期办结{on_time}件），"
                   f"正在办理{pending}件{others_text}。")
    else:
        summary = f"本期公示事项共{len(rows)}件：已解决{resolved}件，正在办理{pending}件{others_text}。"
    info = station_info(station)
    contact = "，".join(x for x in [f"联系人：{info.head_name}" if info.head_name else "",
                                   f"电话：{info.phone or info.head_phone}" if (info.phone or info.head_phone) else "",
                                   f"地址：{info.address}" if info.address else ""] if x)
    until = today + dt.timedelta(days=NOTICE_DAYS)
    objection = "".join(part + "。" for part in [
        "公示期内，群众如对上述事项的办理情况有异议，可到本站当面反映，或投入意见箱，也可向村务监督委员会反映",
        contact.rstrip("。.，, ")] if part)
    return NoticeData(
        kind=kind, title=TITLES[kind], station=info, date_from=date_from, date_to=date_to,
        period=period_text(date_from, date_to), posted_on=today, until=until, rows=rows,
        summary_line=summary, objection_line=objection,
        privacy_line="为保护群众隐私，反映人姓名和电话已作隐去处理；涉密涉私事项不予公示，已向本人专项反馈。")


def roster_data(station, date_from, today) -> RosterData:
    year, month = date_from.year, date_from.month
    days_in = calendar.monthrange(year, month)[1]
    cells: list[RosterDay | None] = [None] * dt.date(year, month, 1).weekday()
    from models.station import roster as duty_roster
    view = duty_roster.month_view(station, year, month)
    for d in range(1, days_in + 1):
        day = dt.date(year, month, d)
        if view.has_roster:     # the real roster, swaps applied, holidays marked
            md = view.days[d - 1]
            cells.append(RosterDay(day, md.actual, day.weekday() >= 5 or md.holiday,
                                   md.special, md.holiday))
        else:
            cells.append(RosterDay(day, [s.name for s in duty_roster.on_duty(station, day)],
                                   day.weekday() >= 5))
    cells += [None] * (-len(cells) % 7)
    weeks = [cells[i:i + 7] for i in range(0, len(cells), 7)]
    staff = [RosterStaff(s.name, STAFF_ROLES.get(s.role, s.role), s.phone, s.full_time)
             for s in stations.active_staff(station)]
    # Without a roster for the month, on_duty() is every active staff
    # member, and the sheet says so.
    placeholder = not view.has_roster
    note = ("说明：本站尚未在系统中排定轮值表，本表按在岗工作人员名单生成，"
            "每日由全体在岗工作人员共同值班；排定轮值表后，将按实际排班打印。") if placeholder else ""
    return RosterData(
        title=TITLES["roster"], station=station_info(station), year=year, month=month,
        period=f"{year}年{month}月", weekdays=WEEKDAYS, weeks=weeks, staff=staff,
        placeholder=placeholder, note=note, printed_on=today)


STEP_TEXT = {
    "reception": "村民来站、来电或经屯回应点反映，值班人员热情接待，首问负责",
    "registration": "逐件登记，编号受理，明确回应功能和处理方式",
    "analysis": "分析问题性质，按六种方式分类处理",
    "on_site": "到现场调查、调解、办理，能当场办的当场办",
    "supervision": "接受村务监督委员会、离任村干部和人大代表、党代表监督评议",
    "publication": "办理结果在公示栏公开（涉密涉私事项除外）",
    "feedback": "把办理结果反馈给村民，听取满意度评价",
}
RULE_PATH = {
    "answer_on_spot": "当面答复，当场反馈办结",
    "mediate_on_site": "到现场调解，记录当事人和调解结果",
    "time_limited": "定办结期限，按期办结，结果集中公示",
    "proxy_end_to_end": "收取材料出具回执，办好后退还材料",
    "escalate_visit": "向上级预约下访，上级答复后反馈",
    "confidential": "不公示，单独向本人专项反馈",
}


def workflow_data(station, today) -> WorkflowData:
    rules = []
    for code, label in RULES.items():
        days = settings.deadline_days(code) if code in DEFAULT_DEADLINE_DAYS else None
        limit = "当场办结" if days == 0 else (f"{days}天内" if days else "")
        rules.append(WorkflowRule(label, RULE_PATH[code], limit))
    return WorkflowData(
        title=TITLES["workflow"], station=station_info(station),
        steps=[WorkflowStep(STEPS[s], STEP_TEXT[s]) for s in STEP_ORDER], rules=rules,
        supervision="群众满不满意是检验工作的标准。欢迎监督，意见请投意见箱或拨打本站电话。",
        printed_on=today)


def default_rules_text() -> str:
    return RULES_DEFAULT_FILE.read_text(encoding="utf-8").strip()


def get_rules_text() -> str:
    """The station's operating rules (运行制度), or the default text."""
    text = settings.get(RULES_KEY)
    return text if text and text.strip() else default_rules_text()


def set_rules_text(text: str | None) -> None:
    """Save the operating rules; an empty text restores the default."""
    access.require("settings.change")
    text = (text or "").replace("\r\n", "\n").strip()
    if len(text) > RULES_LIMIT:
        raise ValidationError(f"运行制度太长了（{len(text)}字），请控制在{RULES_LIMIT}字以内。", "rules")
    settings.put(RULES_KEY, text)  # "" means the default text


def rules_data(station, today) -> RulesData:
    return RulesData(title=TITLES["rules"], station=station_info(station),
                     text=get_rules_text(), printed_on=today)


def cards_data(station) -> CardsData:
    order = list(STAFF_ROLES)
    people = sorted(stations.active_staff(station),
                    key=lambda s: (order.index(s.role) if s.role in order else len(order),
                                   not s.full_time))
    staff = [RosterStaff(s.name, STAFF_ROLES.get(s.role, s.role), s.phone, s.full_time)
             for s in people]
    return CardsData(title=TITLES["cards"], station=station_info(station), staff=staff,
                     functions=list(FUNCTIONS.values()))


def _find_case(station, case_number) -> Concern:
    number = (case_number or "").strip()
    if not number:
        raise ValidationError("请填写案件编号，如 2026-0042。", "case")
    concern = Concern.get_or_none((Concern.station == station) & (Concern.case_number == number))
    if concern is None:
        raise ValidationError(f"没有找到案件编号为 {number} 的事项，请核对编号。", "case")
    return concern


def _events(concern, kind) -> list[ConcernEvent]:
    return list(ConcernEvent.select().where((ConcernEvent.concern == concern)
                                            & (ConcernEvent.kind == kind)).order_by(ConcernEvent.seq))


def proxy_receipt_data(station, case_number, today) -> ProxyReceiptData:
    c = _find_case(station, case_number)
    access.require("report.case", c)
    taken = _events(c, "documents_taken")
    if c.rule != "proxy_end_to_end" and not taken:
        raise ValidationError(f"案件 {c.case_number} 不是“代办事项全程代理”的事项，不能打印代办回执。", "case")
    if not taken:
        raise ValidationError(f"案件 {c.case_number} 还没有登记收取的材料，没有可打印的代办回执。", "case")
    docs: list[ReceiptDocument] = []
    notes = []
    for e in sorted(taken + _events(c, "documents_returned"), key=lambda e: e.seq):
        if e.kind == "documents_taken":
            docs.extend(ReceiptDocument(d, e.local_date, None) for d in e.data.get("documents", []))
        else:
            for d in e.data.get("documents", []):
                held = next((x for x in docs if x.name == d and x.returned_on is None), None)
                if held is not None:
                    held.returned_on = e.local_date
        if e.note:
            notes.append(f"{cn_date(e.local_date)}：{e.note}")
    from models.core.validation import mask_id
    v = c.villager
    return ProxyReceiptData(
        title=TITLES["proxy-receipt"], station=station_info(station), case_number=c.case_number,
        registered_on=c.registered_on, villager=v.name, villager_phone=v.phone,
        villager_id=mask_id(v.id_number), hamlet=c.hamlet.name if c.hamlet_id else "",
        summary=c.summary, deadline=c.deadline, handler=c.handler.name if c.handler_id else "",
        handler_phone=c.handler.phone if c.handler_id else "", documents=docs, notes=notes,
        outcome=OUTCOMES.get(c.outcome, c.outcome) if c.outcome != PENDING else "正在办理",
        printed_on=today)


def mediation_data(station, case_number, today) -> MediationData:
    c = _find_case(station, case_number)
    access.require("report.case", c)
    events = _events(c, "mediation")
    if c.rule != "mediate_on_site" and not events:
        raise ValidationError(f"案件 {c.case_number} 不是“矛盾纠纷现场调解”的事项，没有调解记录。", "case")
    if not events:
        raise ValidationError(f"案件 {c.case_number} 还没有登记调解情况，没有可打印的调解记录。", "case")
    place = (c.hamlet.name if c.hamlet_id else "") or station.address or station.name
    sessions = [MediationSession(
        date=e.local_date, place=place, mediator=e.staff.name if e.staff_id else "",
        parties=list(e.data.get("parties", [])), facts=e.data.get("facts", ""),
        agreement=e.data.get("agreement", e.note)) for e in events]
    return MediationData(
        title=TITLES["mediation"], station=station_info(station), case_number=c.case_number,
        registered_on=c.registered_on, villager=c.villager.name,
        hamlet=c.hamlet.name if c.hamlet_id else "", summary=c.summary, details=c.details,
        sessions=sessions,
        outcome=OUTCOMES.get(c.outcome, c.outcome) if c.outcome != PENDING else "正在办理",
        printed_on=today)


def eligible_cases(kind: str, station: Station) -> list[tuple[str, str]]:
    """(case number, one line) of the concerns a per-case document can be
    printed for, newest first — for a picker."""
    if kind in NEEDS_VILLAGER:
        if not access.allowed("person.record"):
            return []
        q = Villager.select().where(Villager.station == station).order_by(Villager.name)
        return [(v.id, f"{v.name}  {access.shown_phone(v.phone)}") for v in q]
    event_kind = {"proxy-receipt": "documents_taken", "mediation": "mediation",
                  "extension": "extension_decided"}.get(kind)
    if event_kind is None:
        return []
    q = (Concern.select(Concern, Villager).join(Villager, on=(Concern.villager == Villager.id))
         .where((Concern.station == station) & Concern.id.in_(
             ConcernEvent.select(ConcernEvent.concern).where(ConcernEvent.kind == event_kind)))
         .order_by(Concern.registered_on.desc(), Concern.seq.desc()))
    return [(c.case_number, f"{c.case_number}  {c.villager.name}  {c.summary}") for c in q
            if access.can_see(c)]


def report_data(kind: str, station: Station, date_from: dt.date | None = None,
                date_to: dt.date | None = None, case_number: str | None = None,
                today: dt.date | None = None):
    """The plain data of one document, ready for ``reports.render``."""
    access.require("report.print")
    if kind not in KINDS:
        raise ValidationError("没有这种文书。可打印：" + "、".join(f"{k}（{TITLES[k]}）" for k in KINDS), "kind")
    if station is None:
        raise ValidationError("还没有设置站点，请先设置本站信息或生成演示数据。", None)
    today = today or clock_today()
    if kind in NEEDS_CASE:
        if kind == "villager-record":  # models/concerns/villager_record.py: the station head only
            from models.concerns.villager_record import find_villager, villager_record
            return villager_record(find_villager(station, case_number), today)
        if kind == "proxy-receipt":
            return proxy_receipt_data(station, case_number, today)
        if kind == "extension":  # models/figures/extension_slip.py
            from models.figures.extension_slip import extension_slip_data
            return extension_slip_data(station, _find_case(station, case_number), TITLES[kind],
                                       station_info(station), today)
        return mediation_data(station, case_number, today)
    if kind in NEEDS_PERIOD:
        date_from, date_to = _period(kind, date_from, date_to, today)
        if kind == "ledger":
            return ledger_data(station, date_from, date_to, today)
        if kind in ("notice", "time-limited"):
            return notice_data(kind, station, date_from, date_to, today)
        if kind == "stats":  # the station and every station under it (models/figures/stats_report.py)
            from models.figures.stats_report import stats_report_data
            return stats_report_data(station, date_from, date_to, today)
        if kind == "appointments":  # models/concerns/outreach.py
            from models.concerns.outreach import appointment_notice_data
            return appointment_notice_data(station, date_from, date_to, today, TITLES[kind],
                                           station_info(station), period_text(date_from, date_to))
        if kind == "sync-trips":  # models/figures/trips_report.py
            from models.figures.trips_report import sync_trips_data
            return sync_trips_data(station_info(station), date_from, date_to, today, TITLES[kind],
                                   period_text(date_from, date_to))
        return roster_data(station, date_from, today)
    if kind == "workflow":
        return workflow_data(station, today)
    if kind == "rules":
        return rules_data(station, today)
    return cards_data(station)
