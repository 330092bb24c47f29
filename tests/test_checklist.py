"""The eight-haves checklist: a station's own record of its eight items with
the photo kept in the database, township inspections with a result for every
item, and the township's matrix."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.checklist_schema import CHECKLIST_TABLES, ChecklistItem, Inspection, InspectionResult
from models.core.db import db as proxy
from models.core.errors import ValidationError
from models.safety.opening import close_database, open_database
from models.station import checklist, stations
from models.station.checklist import ResultInput

D = dt.date
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_checklist_tables_match_the_models(db):
    for model in CHECKLIST_TABLES:
        columns = {r[1] for r in proxy.execute_sql(f'PRAGMA table_info("{model._meta.table_name}")')}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, model


def test_eight_items_with_evidence_and_the_photo_in_the_database(station, db_path):
    assert [i.state for i in checklist.items(station)] == ["unchecked"] * 8
    head = stations.active_staff(station)[0]
    checklist.check_item(station, "suggestion_box", "needs_work", "锁坏了，已报修",
                         D(2026, 11, 18), PNG, head, today=D(2026, 11, 20))
    checklist.check_item(station, "office", "ok", "挂牌，桌椅齐全", None, None, head, today=D(2026, 11, 20))
    close_database()
    open_database(db_path)
    station = stations.this_station()
    rows = {i.item: i for i in checklist.items(station)}
    box = rows["suggestion_box"]
    assert (box.state, box.note, box.evidence_date, box.has_photo, box.checked_by) == \
        ("needs_work", "锁坏了，已报修", D(2026, 11, 18), True, head.name)
    assert checklist.photo(station, "suggestion_box") == PNG
    assert rows["office"].state == "ok" and not rows["office"].has_photo
    # a new check keeps the photo unless told otherwise
    checklist.check_item(station, "suggestion_box", "ok", "已修好", today=D(2026, 11, 21))
    assert checklist.photo(station, "suggestion_box") == PNG
    assert ChecklistItem.select().count() == 2


def test_bad_checks_are_refused_and_nothing_saved(station):
    with pytest.raises(ValidationError, match="写明情况"):
        checklist.check_item(station, "office", "missing", "", today=D(2026, 11, 20))
    with pytest.raises(ValidationError, match="JPG 或 PNG"):
        checklist.check_item(station, "office", "ok", photo=b"GIF89a....", today=D(2026, 11, 20))
    with pytest.raises(ValidationError, match="不能晚于今天"):
        checklist.check_item(station, "office", "ok", evidence_date=D(2026, 12, 1), today=D(2026, 11, 20))
    with pytest.raises(ValidationError, match="也要有佐证"):  # 达标 with nothing to show for it
        checklist.check_item(station, "office", "ok", "  ", today=D(2026, 11, 20))
    assert ChecklistItem.select().count() == 0


def _all_ok(**changes):
    results = {code: ResultInput("ok") for code in checklist.ITEM_ORDER}
    results.update(changes)
    return results


def test_an_inspection_records_every_item_and_feeds_the_matrix(station):
    township = station.parent
    other = stations.create_station("village", "二号村村民关切回应站", "450000001002", township)
    checklist.record_inspection(station, D(2026, 11, 19), "黄乡长", _all_ok(
        notice_board=ResultInput("needs_work", "公示内容过期", D(2026, 11, 30))),
        remarks="整体较好", inspector_station=township)
    matrix = checklist.township_matrix(township)
    assert [r.station_name for r in matrix] == [station.name, other.name]
    mine = matrix[0]
    assert mine.inspected_on == D(2026, 11, 19)
    assert mine.cells["notice_board"].state == "needs_work"
    assert mine.cells["notice_board"].fix_by == D(2026, 11, 30)
    assert mine.cells["office"].state == "ok"
    assert all(c.state == "unchecked" for c in matrix[1].cells.values())
    assert InspectionResult.select().count() == 8
    # a later inspection is what the matrix shows
    checklist.record_inspection(station, D(2026, 11, 30), "黄乡长", _all_ok())
    assert checklist.township_matrix(township)[0].cells["notice_board"].state == "ok"


def test_an_incomplete_or_wrong_inspection_saves_nothing(station):
    results = _all_ok()
    del results["office"]
    with pytest.raises(ValidationError, match="一间办公室"):
        checklist.record_inspection(station, D(2026, 11, 19), "黄乡长", results)
    with pytest.raises(ValidationError, match="整改期限"):
        checklist.record_inspection(station, D(2026, 11, 19), "黄乡长",
                                    _all_ok(office=ResultInput("missing", "没有独立办公室")))
    with pytest.raises(ValidationError, match="不能早于检查日期"):
        checklist.record_inspection(station, D(2026, 11, 19), "黄乡长", _all_ok(
            office=ResultInput("missing", "没有独立办公室", D(2026, 11, 1))))
    with pytest.raises(ValidationError, match="检查人"):
        checklist.record_inspection(station, D(2026, 11, 19), " ", _all_ok())
    checklist.record_inspection(station, D(2026, 11, 19), "黄乡长", _all_ok())
    with pytest.raises(ValidationError, match="已经检查过"):
        checklist.record_inspection(station, D(2026, 11, 19), "黄乡长", _all_ok())
    assert Inspection.select().count() == 1 and InspectionResult.select().count() == 8
