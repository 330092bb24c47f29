"""The tables. Every record that travels between stations has a UUID key and
knows which station owns it. A concern's history is the append-only
``ConcernEvent`` list; the state columns on ``Concern`` are a projection of
those events, recomputed by ``models.concerns.workflow.project`` and never edited
directly.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid

import peewee as pw

from models.core import clock
from models.core.db import db


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> dt.datetime:
    return clock.utc_now()


class JSONField(pw.TextField):
    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    def python_value(self, value):
        return None if value is None else json.loads(value)


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    key = pw.CharField(primary_key=True)
    value = JSONField()


class Station(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    level = pw.CharField()
    name = pw.CharField()
    code = pw.CharField(unique=True)
    parent = pw.ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    address = pw.CharField(default="")
    phone = pw.CharField(default="")
    opening_hours = pw.CharField(default="")
    created_at = pw.DateTimeField(default=utcnow)


class Staff(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="staff", on_delete="RESTRICT")
    name = pw.CharField()
    phone = pw.CharField(default="")
    role = pw.CharField(default="clerk")
    hamlet = pw.ForeignKeyField(Station, null=True, on_delete="RESTRICT")
    full_time = pw.BooleanField(default=False)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=utcnow)


class Villager(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="villagers", on_delete="RESTRICT")
    name = pw.CharField()
    phone = pw.CharField(default="")
    id_number = pw.CharField(default="")
    hamlet = pw.ForeignKeyField(Station, null=True, on_delete="RESTRICT")
    pinyin_initials = pw.CharField(default="", index=True)
    pinyin_full = pw.CharField(default="", index=True)
    created_at = pw.DateTimeField(default=utcnow)


class Visit(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="visits", on_delete="RESTRICT")
    at_utc = pw.DateTimeField()
    local_date = pw.DateField(index=True)
    local_time = pw.CharField(default="")
    channel = pw.CharField()
    headcount = pw.IntegerField()
    note = pw.TextField(default="")
    recorded_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    created_at = pw.DateTimeField(default=utcnow)


class VisitVisitor(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    visit = pw.ForeignKeyField(Visit, backref="visitors", on_delete="RESTRICT")
    villager = pw.ForeignKeyField(Villager, backref="visits", on_delete="RESTRICT")

    class Meta:
        indexes = ((("visit", "villager"), True),)


class Concern(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="concerns", on_delete="RESTRICT")
    visit = pw.ForeignKeyField(Visit, backref="concerns", on_delete="RESTRICT")
    villager = pw.ForeignKeyField(Villager, backref="concerns", on_delete="RESTRICT")
    year = pw.IntegerField()
    seq = pw.IntegerField()
    case_number = pw.CharField(index=True)
    registered_on = pw.DateField(index=True)
    created_at = pw.DateTimeField(default=utcnow)
    # --- projection of the events (see models.concerns.workflow.project) ---
    function = pw.CharField()
    rule = pw.CharField()
    summary = pw.TextField()
    details = pw.TextField(default="")
    hamlet = pw.ForeignKeyField(Station, null=True, on_delete="RESTRICT")
    deadline = pw.DateField(null=True, index=True)
    confidential = pw.BooleanField(default=False)
    handler = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    current_step = pw.CharField()
    outcome = pw.CharField(default="pending", index=True)
    closed_on = pw.DateField(null=True)
    satisfaction = pw.CharField(null=True)
    event_count = pw.IntegerField(default=0)
    follow_up_due = pw.DateField(null=True)  # 回访 due (models.concerns.followup); None: none owed

    class Meta:
        indexes = ((("station", "year", "seq"), True),)


class ConcernEvent(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    concern = pw.ForeignKeyField(Concern, backref="events", on_delete="RESTRICT")
    seq = pw.IntegerField()
    kind = pw.CharField()
    step = pw.CharField(null=True)
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    at_utc = pw.DateTimeField()
    local_date = pw.DateField()
    note = pw.TextField(default="")
    data = JSONField(default=dict)
    # The event this one was written after (None for the first): every desk
    # orders a concern's history by these links, never by its clock. ``seq``
    # is this desk's own numbering and does not travel.
    prev_id = pw.CharField(null=True)

    class Meta:
        indexes = ((("concern", "seq"), True),)


ALL_TABLES = [Setting, Station, Staff, Villager, Visit, VisitVisitor, Concern, ConcernEvent]
