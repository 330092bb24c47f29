"""The station's own details (name, address, phone, opening hours) can be
changed after the first run; code and level stay; bad input saves nothing.
The notice's objection line reads well whatever contact details exist."""
from __future__ import annotations

import pytest

from models.core.errors import ValidationError
from models.core.schema import Station
from models.figures import reporting
from models.station import stations
from models.station.desk_settings import save_desk_settings

from .conftest import TODAY


def _reloaded(station):
    return Station.get_by_id(station.id)


def test_update_station_details_saves_and_keeps_code_and_level(station):
    stations.update_station_details(station, address="测试村村委会一楼", phone="0771-1234567",
                                    opening_hours="周一至周五 8:00-12:00")
    saved = _reloaded(station)
    assert (saved.address, saved.phone, saved.opening_hours) == (
        "测试村村委会一楼", "0771-1234567", "周一至周五 8:00-12:00")
    assert (saved.name, saved.code, saved.level) == ("测试村村民关切回应站", "450000001001", "village")
    # the details print on the contact cards
    info = reporting.cards_data(station).station
    assert (info.address, info.phone, info.opening_hours) == (
        "测试村村委会一楼", "0771-1234567", "周一至周五 8:00-12:00")

    stations.update_station_details(station, name="  测试村回应站 ")
    saved = _reloaded(station)
    assert saved.name == station.name == "测试村回应站"
    assert saved.address == "测试村村委会一楼"  # a detail not given is left as it was



@pytest.mark.parametrize("details, field, message", [
    ({"phone": "12345", "address": "新地址"}, "phone", "电话号码不对"),
    ({"name": "   ", "address": "新地址"}, "name", "请填写站点名称"),
    ({"address": "长" * 121, "phone": "13912345678"}, "address", "地址太长了"),
    ({"opening_hours": "时" * 61, "address": "新地址"}, "opening_hours", "开放时间太长了"),
])
def test_bad_details_are_refused_and_nothing_is_saved(station, details, field, message):
    before = Station.get_by_id(station.id).__data__.copy()
    with pytest.raises(ValidationError) as refused:
        stations.update_station_details(station, **details)
    assert refused.value.field == field and message in refused.value.message
    assert Station.get_by_id(station.id).__data__ == before
    assert station.address == before["address"]


def test_settings_save_station_details_with_the_rest_or_nothing(station):
    from models.core import settings

    with pytest.raises(ValidationError) as refused:
        save_desk_settings(station, deadline_days={"time_limited": 20},
                           station_details={"address": "新地址", "phone": "999"})
    assert refused.value.field == "station_phone"
    assert settings.deadline_days("time_limited") == 10
    assert _reloaded(station).address == ""

    save_desk_settings(station, deadline_days={"time_limited": 20},
                       station_details={"address": "新地址", "phone": "１３９１２３４５６７８"})
    assert settings.deadline_days("time_limited") == 20
    assert (_reloaded(station).address, _reloaded(station).phone) == ("新地址", "13912345678")


def test_notice_objection_line_without_any_contact(db):
    bare = stations.set_up_this_station("village", "无联系方式村回应站", "450000009001")
    data = reporting.notice_data("notice", bare, TODAY.replace(day=1), TODAY, TODAY)
    line = data.objection_line
    assert "。。" not in line and "，。" not in line
    assert line.endswith("也可向村务监督委员会反映。")


def test_notice_objection_line_with_the_station_phone_and_address(station):
    stations.update_station_details(station, address="测试村村委会。", phone="0771-1234567")
    line = reporting.notice_data("notice", station, TODAY.replace(day=1), TODAY, TODAY).objection_line
    assert "。。" not in line
    assert line.endswith("反映。联系人：王站长，电话：0771-1234567，地址：测试村村委会。")
