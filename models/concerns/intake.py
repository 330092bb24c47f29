"""Receiving a visit: one visit, one or more visitors, one or more concerns,
saved together or not at all."""
from __future__ import annotations

import datetime as dt

from models.concerns.workflow import ConcernInput, register_concern
from models.core import access
from models.core.clock import local_now, to_utc
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Concern, Staff, Station, Villager, Visit, VisitVisitor
from models.core.vocab import CHANNELS
from models.safety import clock_check


def receive_visit(station: Station, channel: str, visitors: list[Villager],
                  concerns: list[ConcernInput], staff: Staff | None = None,
                  headcount: int | None = None, note: str = "",
                  at: dt.datetime | None = None,
                  clock_checked: bool = False) -> tuple[Visit, list[Concern]]:
    """Record a visit and register its concerns in one transaction.

    ``headcount`` is the number of people who came (a group visit counts every
    person); it defaults to the number of named visitors and may not be fewer.
    While the PC's clock looks wrong and nobody confirmed it, no case number
    is issued (``clock_check.ClockDoubtful``); ``clock_checked`` says the
    caller has just asked (a ledger import asks once for all its rows).
    """
    access.require("concern.register")
    if staff is None:  # the visit names the signed-in person
        staff = access.current_staff()
    now = local_now()
    at = at or now
    if at > now + dt.timedelta(minutes=10):
        raise ValidationError("来访时间不能晚于现在，请核对日期和时间。", "at")
    if not clock_checked:
        clock_check.require_plausible(now)
    if channel not in CHANNELS:
        raise ValidationError("请选择来访方式。", "channel")
    visitors = list(dict.fromkeys(visitors))
    if not visitors:
        raise ValidationError("请至少登记一位来访村民。", "visitors")
    if not concerns:
        raise ValidationError("请至少登记一件反映的事项。", "concerns")
    if headcount is None:
        headcount = len(visitors)
    try:
        headcount = int(headcount)
    except (TypeError, ValueError, OverflowError):  # OverflowError: infinity
        raise ValidationError("来访人数请填写数字。", "headcount") from None
    if headcount < len(visitors):
        raise ValidationError(f"来访人数不能少于登记的来访人（{len(visitors)}人）。", "headcount")
    if headcount > 500:
        raise ValidationError("来访人数太多了，请核对（最多500人）。", "headcount")
    with db.atomic():
        visit = Visit.create(station=station, at_utc=to_utc(at), local_date=at.date(),
                             local_time=at.strftime("%H:%M"), channel=channel,
                             headcount=headcount, note=(note or "").strip(), recorded_by=staff)
        for villager in visitors:
            VisitVisitor.create(visit=visit, villager=villager)
        registered = [register_concern(visit, spec, staff, at) for spec in concerns]
    return visit, registered
