"""What a 延期告知书 (the slip that tells the villager a deadline was
extended) shows. Plain data for ``reports.extension``; the latest approved
extension of one concern."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.concerns import extensions
from models.core import access
from models.core.errors import ValidationError


@dataclass
class ExtensionSlipData:
    title: str
    station: object            # reporting.StationInfo
    case_number: str
    registered_on: dt.date
    villager: str
    summary: str
    old_deadline: dt.date
    new_deadline: dt.date
    reason: str
    approved_on: dt.date
    approved_by: str           # 站长 王某 / 城中镇回应中心
    handler: str
    handler_phone: str
    printed_on: dt.date


def extension_slip_data(station, concern, title: str, station_info, today: dt.date) -> ExtensionSlipData:
    access.require("report.case", concern)
    approved = [r for r in extensions.for_concern(concern) if r.approved]
    if not approved:
        raise ValidationError(f"案件 {concern.case_number} 没有批准的延期，没有可打印的延期告知书。", "case")
    r = approved[-1]
    who = (r.deciding_station if r.approver == "township"
           else f"站长 {r.decided_by}" if r.decided_by else "站长")
    return ExtensionSlipData(
        title=title, station=station_info, case_number=concern.case_number,
        registered_on=concern.registered_on, villager=concern.villager.name, summary=concern.summary,
        old_deadline=r.old_deadline, new_deadline=r.new_deadline, reason=r.reason,
        approved_on=r.decided_on, approved_by=who,
        handler=concern.handler.name if concern.handler_id else "",
        handler_phone=concern.handler.phone if concern.handler_id else "", printed_on=today)
