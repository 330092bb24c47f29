"""The eight-haves checklist (八个有): every station must have an office, a
duty roster, a workflow chart, operating rules, a notice board, a work
record, a suggestion box and contact cards.

A station keeps the state of each item with its evidence and who last checked
it (``check_item``). The township inspects a station on a day and records a
result for every item, with remarks and a deadline to fix what is not up to
standard (``record_inspection``). The township's matrix of its stations ×
eight items comes from those inspections (``township_matrix``) until USB
sync brings the stations' own records.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core import access, clock
from models.core.checklist_schema import ChecklistItem, Inspection, InspectionResult
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Staff, Station

ITEMS = {
    "office": "一间办公室",
    "roster": "一张轮值表",
    "workflow_chart": "一张工作流程图",
    "rules": "一项运行制度",
    "notice_board": "一块公示牌",
    "work_record": "一本工作记录",
    "suggestion_box": "一个意见箱",
    "contact_card": "一张“亲民卡”",
}
ITEM_ORDER = list(ITEMS)

OK, NEEDS_WORK, MISSING, UNCHECKED = "ok", "needs_work", "missing", "unchecked"
STATES = {OK: "达标", NEEDS_WORK: "需整改", MISSING: "缺失", UNCHECKED: "未检查"}
RESULT_STATES = [OK, NEEDS_WORK, MISSING]

MAX_PHOTO = 4 * 1024 * 1024
_MAGIC = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def photo_type(data: bytes) -> str:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    return ""


@dataclass
class ItemState:
    item: str
    label: str
    state: str
    note: str
    evidence_date: dt.date | None
    has_photo: bool
    checked_by: str
    checked_on: dt.date | None


def items(station: Station) -> list[ItemState]:
    """The station's eight items in order, unchecked ones included."""
    rows = {r.item: r for r in ChecklistItem.select(
        ChecklistItem.item, ChecklistItem.state, ChecklistItem.note, ChecklistItem.evidence_date,
        ChecklistItem.photo_type, ChecklistItem.checked_by_name, ChecklistItem.checked_on)
        .where(ChecklistItem.station == station)}
    out = []
    for code in ITEM_ORDER:
        r = rows.get(code)
        if r is None:
            out.append(ItemState(code, ITEMS[code], UNCHECKED, "", None, False, "", None))
        else:
            out.append(ItemState(code, ITEMS[code], r.state, r.note, r.evidence_date,
                                 bool(r.photo_type), r.checked_by_name, r.checked_on))
    return out


def check_item(station: Station, item: str, state: str, note: str = "",
               evidence_date: dt.date | None = None, photo: bytes | None = None,
               checked_by: Staff | None = None, today: dt.date | None = None,
               keep_photo: bool = True) -> None:
    """Record the state of one item with its evidence. ``photo`` (PNG or
    JPEG bytes) replaces the stored photo; with ``photo=None`` the old photo
    is kept unless ``keep_photo`` is false."""
    access.require("checklist.record")
    today = today or clock.today()
    if item not in ITEMS:
        raise ValidationError("没有这一项。", "item")
    if state not in RESULT_STATES:
        raise ValidationError("请选择这一项的情况：达标、需整改或缺失。", "state")
    note = (note or "").strip()
    if len(note) > 500:
        raise ValidationError("说明不能超过500个字。", "note")
    if state != OK and not note:
        raise ValidationError("不达标的项目请写明情况。", "note")
    if evidence_date is not None and evidence_date > today:
        raise ValidationError("佐证日期不能晚于今天。", "evidence_date")
    kind = ""
    if photo is not None:
        if len(photo) > MAX_PHOTO:
            raise ValidationError("照片太大了（不能超过4MB），请换一张小一点的。", "photo")
        kind = photo_type(photo)
        if not kind:
            raise ValidationError("照片只能是 JPG 或 PNG 格式。", "photo")
    if checked_by is not None and checked_by.station_id != station.id:
        raise ValidationError("检查人须是本站工作人员。", "checked_by")
    with db.atomic():
        row = ChecklistItem.get_or_none((ChecklistItem.station == station)
                                        & (ChecklistItem.item == item))
        kept_photo = keep_photo and row is not None and row.photo is not None
        if state == OK and not note and photo is None and not kept_photo:
            # 达标 is a claim the township checks: it needs something to check it by
            raise ValidationError("“达标”也要有佐证：请写明佐证（例如“挂牌、桌椅齐全”），"
                                  "或者选一张照片。", "note")
        values = dict(state=state, note=note, evidence_date=evidence_date,
                      checked_by=checked_by, checked_by_name=checked_by.name if checked_by else "",
                      checked_on=today)
        if photo is not None:
            values.update(photo=photo, photo_type=kind)
        elif not keep_photo:
            values.update(photo=None, photo_type="")
        if row is None:
            ChecklistItem.create(station=station, item=item, **values)
        else:
            from models.core.schema import utcnow
            ChecklistItem.update(updated_at=utcnow(), **values).where(
                ChecklistItem.id == row.id).execute()


def photo(station: Station, item: str) -> bytes | None:
    row = ChecklistItem.get_or_none((ChecklistItem.station == station) & (ChecklistItem.item == item))
    return bytes(row.photo) if row is not None and row.photo is not None else None


# --- township inspections ----------------------------------------------------

@dataclass
class ResultInput:
    state: str
    remark: str = ""
    fix_by: dt.date | None = None


def record_inspection(station: Station, day: dt.date, inspector_name: str,
                      results: dict[str, ResultInput], remarks: str = "",
                      inspector_station: Station | None = None) -> Inspection:
    """A township inspection of ``station`` on ``day``: a result for every one
    of the eight items; an item not up to standard has a remark and a
    deadline to fix it. One inspection per station per day."""
    access.require("checklist.record")
    if not isinstance(day, dt.date):
        raise ValidationError("请填写检查日期。", "day")
    inspector_name = (inspector_name or "").strip()
    if not inspector_name:
        raise ValidationError("请填写检查人姓名。", "inspector_name")
    if len(inspector_name) > 40:
        raise ValidationError("检查人姓名不能超过40个字。", "inspector_name")
    missing = [ITEMS[i] for i in ITEM_ORDER if i not in results]
    if missing:
        raise ValidationError("每一项都要有检查结果，还缺：" + "、".join(missing) + "。", "results")
    for code, r in results.items():
        if code not in ITEMS:
            raise ValidationError("没有这一项。", "results")
        if r.state not in RESULT_STATES:
            raise ValidationError(f"请选择“{ITEMS[code]}”的检查结果。", "results")
        if r.state != OK:
            if not (r.remark or "").strip():
                raise ValidationError(f"“{ITEMS[code]}”不达标，请写明问题。", "results")
            if r.fix_by is None:
                raise ValidationError(f"“{ITEMS[code]}”不达标，请定下整改期限。", "results")
            if r.fix_by < day:
                raise ValidationError(f"“{ITEMS[code]}”的整改期限不能早于检查日期。", "results")
    if Inspection.select().where((Inspection.station == station) & (Inspection.day == day)).exists():
        raise ValidationError(f"{station.name}在{day.year}年{day.month}月{day.day}日已经检查过了。", "day")
    with db.atomic():
        insp = Inspection.create(station=station, day=day, inspector_name=inspector_name,
                                 remarks=(remarks or "").strip(), inspector_station=inspector_station)
        for code in ITEM_ORDER:
            r = results[code]
            InspectionResult.create(inspection=insp, item=code, state=r.state,
                                    remark=(r.remark or "").strip(),
                                    fix_by=r.fix_by if r.state != OK else None)
    return insp


@dataclass
class MatrixCell:
    state: str
    remark: str
    fix_by: dt.date | None


@dataclass
class MatrixRow:
    station_id: str
    station_name: str
    inspected_on: dt.date | None
    cells: dict[str, MatrixCell]       # item code → cell


def stations_of(township: Station) -> list[Station]:
    """The stations a township inspects: its villages (the township itself
    when it has none is not listed)."""
    return list(Station.select().where((Station.parent == township) & (Station.level == "village"))
                .order_by(Station.code))


def township_matrix(township: Station) -> list[MatrixRow]:
    """Each of the township's villages × eight items, from its latest inspection."""
    rows = []
    for st in stations_of(township):
        latest = (Inspection.select().where(Inspection.station == st)
                  .order_by(Inspection.day.desc()).first())
        cells = {code: MatrixCell(UNCHECKED, "", None) for code in ITEM_ORDER}
        if latest is not None:
            for r in InspectionResult.select().where(InspectionResult.inspection == latest):
                cells[r.item] = MatrixCell(r.state, r.remark, r.fix_by)
        rows.append(MatrixRow(st.id, st.name, latest.day if latest else None, cells))
    return rows


def township_of(station: Station) -> Station | None:
    """The township a desk's matrix is about: itself, or its parent."""
    if station.level == "township":
        return station
    if station.level == "village" and station.parent_id:
        return station.parent
    return None
