"""Tables for the people around the desk: staff training (the cascade, level
by level), appointments of officials coming down (预约下站 / 下访) and the
suggestion box (意见箱). Created by migration 6."""
from __future__ import annotations

import peewee as pw

from models.core.schema import BaseModel, Concern, Staff, Station, new_id, utcnow


class Training(BaseModel):
    """One training session some of the station's staff attended."""
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, on_delete="RESTRICT")
    day = pw.DateField()
    topic = pw.CharField()
    given_by_level = pw.CharField()        # county / township / village
    trainer = pw.CharField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class TrainingAttendee(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    training = pw.ForeignKeyField(Training, backref="attendees", on_delete="RESTRICT")
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")

    class Meta:
        indexes = ((("training", "staff"), True),)


class Appointment(BaseModel):
    """An official from a county or township office books a day at the
    station: to research (``research``, 下站) or to receive escalated
    concerns (``reception``, 下访)."""
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="appointments", on_delete="RESTRICT")
    kind = pw.CharField()
    official_name = pw.CharField()
    office = pw.CharField()
    level = pw.CharField()                 # county / township
    day = pw.DateField(index=True)
    time_text = pw.CharField(default="")
    note = pw.TextField(default="")
    status = pw.CharField(default="booked")   # booked / done / cancelled
    created_at = pw.DateTimeField(default=utcnow)


class AppointmentConcern(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    appointment = pw.ForeignKeyField(Appointment, backref="concern_links", on_delete="RESTRICT")
    concern = pw.ForeignKeyField(Concern, on_delete="RESTRICT")

    class Meta:
        indexes = ((("appointment", "concern"), True),)


class SuggestionBoxOpening(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, on_delete="RESTRICT")
    day = pw.DateField()
    opened_by = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    witnesses = pw.CharField()
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class Suggestion(BaseModel):
    """One slip from the box. ``concern`` links the concern it was turned into."""
    id = pw.CharField(primary_key=True, default=new_id)
    opening = pw.ForeignKeyField(SuggestionBoxOpening, backref="suggestions", on_delete="RESTRICT")
    text = pw.TextField()
    signed_name = pw.CharField(default="")
    concern = pw.ForeignKeyField(Concern, null=True, on_delete="RESTRICT")
    created_at = pw.DateTimeField(default=utcnow)


OUTREACH_TABLES = [Training, TrainingAttendee, Appointment, AppointmentConcern,
                   SuggestionBoxOpening, Suggestion]
