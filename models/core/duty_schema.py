"""The duty roster's tables (轮值表, 签到), kept apart from ``schema.py`` so
each can grow without the other. Created by migration 3 in ``migrations``.

A roster is a plan: ``DutyShift`` rows, one per person per day, never edited
after it is made. Changes are ``DutySwap`` rows recorded on top of the plan,
so both the plan and each change stay readable. Signing in and out at the
desk is the append-only ``DutyAttendance`` list.
"""
from __future__ import annotations

import peewee as pw

from models.core.schema import BaseModel, Staff, Station, new_id, utcnow


class HolidayDay(BaseModel):
    """A date entered by hand: a holiday, an adjusted working day (调休上班),
    or ``normal`` to cancel a built-in entry (see ``models.station.holidays``)."""
    id = pw.CharField(primary_key=True, default=new_id)
    day = pw.DateField(unique=True)
    kind = pw.CharField()
    name = pw.CharField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class StaffLeave(BaseModel):
    """Leave or other unavailability of one staff member, both dates included."""
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, on_delete="RESTRICT")
    staff = pw.ForeignKeyField(Staff, backref="leaves", on_delete="RESTRICT")
    start = pw.DateField()
    end = pw.DateField()
    reason = pw.CharField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class DutyRoster(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="rosters", on_delete="RESTRICT")
    start = pw.DateField(index=True)
    end = pw.DateField(index=True)
    officers_per_day = pw.IntegerField()
    max_per_week = pw.IntegerField()
    open_weekdays = pw.CharField()          # "0123456": Monday = 0
    superseded_by = pw.ForeignKeyField("self", null=True, on_delete="RESTRICT")
    created_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    created_at = pw.DateTimeField(default=utcnow)


class DutyShift(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    roster = pw.ForeignKeyField(DutyRoster, backref="shifts", on_delete="RESTRICT")
    day = pw.DateField(index=True)
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")

    class Meta:
        indexes = ((("roster", "day", "staff"), True),)


class DutySwap(BaseModel):
    """``staff_a`` gives their shift on ``day_a`` to ``staff_b``; when
    ``day_b`` is set, ``staff_b`` gives their shift on ``day_b`` back."""
    id = pw.CharField(primary_key=True, default=new_id)
    roster = pw.ForeignKeyField(DutyRoster, backref="swaps", on_delete="RESTRICT")
    day_a = pw.DateField()
    staff_a = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    day_b = pw.DateField(null=True)
    staff_b = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    reason = pw.CharField(default="")
    recorded_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    at_utc = pw.DateTimeField(default=utcnow)


class DutyAttendance(BaseModel):
    """One sign-in (``in``) or sign-out (``out``) at the desk. Append-only."""
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, on_delete="RESTRICT")
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    kind = pw.CharField()
    at_utc = pw.DateTimeField()
    local_date = pw.DateField(index=True)
    local_time = pw.CharField()


DUTY_TABLES = [HolidayDay, StaffLeave, DutyRoster, DutyShift, DutySwap, DutyAttendance]
