"""What a 督办通知单 / 催办通知单 shows: the notice, the concern it is about,
and the station's answer (or room to write one). Plain data for
``reports.oversight``."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.concerns import oversight
from models.core import access
from models.core.clock import today as clock_today
from models.core.schema import Concern
from models.core.vocab import OUTCOMES, PENDING, RULES


@dataclass
class OversightSlipData:
    title: str                 # 督办通知单 / 催办通知单
    kind_label: str            # 督办 / 催办
    from_station: str          # who issues it
    to_station: str            # who answers
    number: str                # 督办〔2026〕3号
    issued_on: dt.date
    issued_by: str
    asked_by: str
    due_on: dt.date
    what: str
    case_number: str
    registered_on: dt.date
    villager: str              # "" for a confidential concern
    summary: str
    rule: str
    deadline: dt.date | None
    state: str                 # where the concern stands now, at this desk
    answered_on: dt.date | None
    answer: str
    answered_by: str
    printed_on: dt.date


def slip_data(notice_id: str, today: dt.date | None = None) -> OversightSlipData:
    access.require("report.print")
    row = oversight.notice(notice_id)
    concern = Concern.get_by_id(row.concern_id)
    visible = access.can_see(concern)
    today = today or clock_today()
    if concern.outcome == PENDING:
        state = "正在办理" + (f"，已超过办结期限{(today - concern.deadline).days}天"
                            if concern.deadline and concern.deadline < today else "")
    else:
        state = f"{OUTCOMES.get(concern.outcome, concern.outcome)}（{concern.closed_on:%Y年%m月%d日}）" \
            if concern.closed_on else OUTCOMES.get(concern.outcome, concern.outcome)
    return OversightSlipData(
        title=f"{row.kind_label}通知单", kind_label=row.kind_label, from_station=row.from_station,
        to_station=row.station_name, number=row.number, issued_on=row.issued_on,
        issued_by=row.issued_by, asked_by=row.asked_by, due_on=row.due_on, what=row.what,
        case_number=row.case_number, registered_on=concern.registered_on,
        villager=concern.villager.name if visible else "", summary=row.summary,
        rule=RULES.get(concern.rule, concern.rule), deadline=concern.deadline, state=state,
        answered_on=row.answered_on, answer=row.answer, answered_by=row.answered_by,
        printed_on=today)
