"""The eight-haves checklist's tables (八个有). Created by migration 5.

``ChecklistItem`` is a station's own record of one of its eight items: its
state, the evidence (a note, a date, an optional photo kept in the database
as a BLOB, not as a path to a loose file) and who last checked it.
``Inspection`` is a township's visit to one station on one day, with one
``InspectionResult`` for every item.
"""
from __future__ import annotations

import peewee as pw

from models.core.schema import BaseModel, Staff, Station, new_id, utcnow


class ChecklistItem(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, on_delete="RESTRICT")
    item = pw.CharField()
    state = pw.CharField()
    note = pw.TextField(default="")
    evidence_date = pw.DateField(null=True)
    photo = pw.BlobField(null=True)
    photo_type = pw.CharField(default="")
    checked_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    checked_by_name = pw.CharField(default="")
    checked_on = pw.DateField()
    updated_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("station", "item"), True),)


class Inspection(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    station = pw.ForeignKeyField(Station, backref="inspections", on_delete="RESTRICT")
    inspector_station = pw.ForeignKeyField(Station, null=True, on_delete="RESTRICT")
    inspector_name = pw.CharField()
    day = pw.DateField()
    remarks = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("station", "day"), True),)


class InspectionResult(BaseModel):
    id = pw.CharField(primary_key=True, default=new_id)
    inspection = pw.ForeignKeyField(Inspection, backref="results", on_delete="RESTRICT")
    item = pw.CharField()
    state = pw.CharField()
    remark = pw.TextField(default="")
    fix_by = pw.DateField(null=True)

    class Meta:
        indexes = ((("inspection", "item"), True),)


CHECKLIST_TABLES = [ChecklistItem, Inspection, InspectionResult]
