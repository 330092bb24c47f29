"""Least disclosure upstream (issue 16): a villager whose only concerns are
confidential travels up masked (姓 + **, no phone, no ID number, no pinyin
that spells the name) — unless the village escalates the concern, and then in
full only as far as the level asked to handle it. The figures above still
count the concern; search above finds it as masked. Real desks (village,
township, county), real packages, read back before encryption and as the
database file's bytes."""
from __future__ import annotations

import zlib

import pytest

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.validation import id_check_digit
from sync import package
from tests import sync_desks as sd

NAME, PHONE = "覃美兰", "13977123456"
ID17 = "45142219750315123"
ID_NUMBER = ID17 + id_check_digit(ID17)
MASKED = "覃**"
PERSONAL = (NAME, PHONE, ID_NUMBER, "tanmeilan", "tml")


def _payload(path, reader: sd.Desk) -> str:
    """The package's records as the receiver decrypts them: the bytes before
    encryption at the sender."""
    reader.open()
    return zlib.decompress(package.open_package(path).payload).decode("utf-8")


def _villager(desk: sd.Desk, villager_id: str):
    from models.core.schema import Villager

    desk.open()
    v = Villager.get_by_id(villager_id)
    return v.name, v.phone, v.id_number, v.pinyin_full, v.pinyin_initials


def _file_bytes(desk: sd.Desk) -> bytes:
    sd.close()
    return b"".join(p.read_bytes() for p in desk.folder.glob("station.sqlite3*"))


@pytest.fixture
def line(tmp_path):
    stick = tmp_path / "stick"
    county = sd.make_desk(tmp_path, "county", sd.COUNTY)
    township = sd.make_desk(tmp_path, "township", sd.TOWNSHIP, parent=county)
    village = sd.make_desk(tmp_path, "village", sd.VILLAGES[0], parent=township)
    sd.pair(county, township, stick)
    sd.pair(township, village, stick)
    station = village.station()
    person = register_villager(station, NAME, PHONE, ID_NUMBER)
    concern = receive_visit(station, "walk_in", [person], [
        ConcernInput(person, "dispute", "escalate_visit", "家庭矛盾", details="不便外传的细节",
                     confidential=True)])[1][0]
    yield stick, county, township, village, person.id, concern.id
    sd.close()


def _up(stick, county, township, village):
    """Village → township, township → county; the two packages."""
    first = sd.export(village, township, stick)
    sd.do_import(township, first)
    second = sd.export(township, county, stick)
    sd.do_import(county, second)
    return first, second


def _counted(desk: sd.Desk, station_id: str, concern_id: str) -> int:
    from models.core.schema import Concern
    from models.figures.totals import totals

    desk.open()
    assert Concern.get_by_id(concern_id).confidential
    return totals([station_id]).concerns


def test_a_confidential_villager_goes_up_masked_and_is_still_counted(line):
    stick, county, township, village, person, concern = line
    first, second = _up(stick, county, township, village)
    for path, reader in ((first, township), (second, county)):
        text = _payload(path, reader)
        assert MASKED in text, path.name  # the record did travel, masked
        for secret in PERSONAL:
            assert secret not in text, (path.name, secret)
    for desk in (township, county):
        assert _villager(desk, person) == (MASKED, "", "", "tan", "t")
        assert _counted(desk, village.station_id, concern) == 1
        from models.concerns.search import search_concerns
        from models.station.stations import this_station

        found = search_concerns(this_station(), "覃")
        assert [c.id for c in found] == [concern]
        assert found[0].villager.name == MASKED
        assert search_concerns(this_station(), "美兰") == []
        raw = _file_bytes(desk)
        for secret in PERSONAL:
            for encoding in ("utf-8", "utf-16-le"):
                assert secret.encode(encoding) not in raw, (desk.label, secret, encoding)
    assert _villager(village, person)[:3] == (NAME, PHONE, ID_NUMBER)  # the village keeps it all


def test_escalated_to_the_township_the_township_learns_the_name_the_county_does_not(line):
    from models.core.schema import Concern

    stick, county, township, village, person, concern = line
    _up(stick, county, township, village)  # first masked everywhere
    village.open()
    workflow.request_escalation(Concern.get_by_id(concern), None, "镇综治办", "请镇里调解", level="township")
    first, second = _up(stick, county, township, village)
    assert NAME in _payload(first, township) and PHONE in _payload(first, township)
    assert _villager(township, person)[:3] == (NAME, PHONE, ID_NUMBER)  # the full record won
    text = _payload(second, county)
    for secret in PERSONAL:
        assert secret not in text, secret
    assert _villager(county, person) == (MASKED, "", "", "tan", "t")
    assert _counted(county, village.station_id, concern) == 1
    raw = _file_bytes(county)
    assert NAME.encode() not in raw and PHONE.encode() not in raw
    # a later trip (the township's own round) does not bring the masked one back over it
    sd.trip(county, township, stick)
    sd.trip(village, township, stick)
    assert _villager(township, person)[:3] == (NAME, PHONE, ID_NUMBER)


def test_escalated_to_the_county_both_levels_learn_it(line):
    from models.core.schema import Concern

    stick, county, township, village, person, concern = line
    village.open()
    workflow.request_escalation(Concern.get_by_id(concern), None, "县信访局", "请县里处理", level="county")
    _up(stick, county, township, village)
    for desk in (township, county):
        assert _villager(desk, person)[:3] == (NAME, PHONE, ID_NUMBER)


def test_masked_and_full_in_either_order_end_full(line, tmp_path):
    """The township imports the masked package and the full one (after the
    escalation) in either order: it ends with the full record both times, and
    the county with the masked one."""
    import shutil

    from models.core.schema import Concern

    stick, county, township, village, person, concern = line
    masked = sd.export(village, township, stick)
    keep = tmp_path / "kept"
    keep.mkdir()
    masked = shutil.move(str(masked), keep / masked.name)
    village.open()
    workflow.request_escalation(Concern.get_by_id(concern), None, "镇综治办", "请镇里调解")
    full = sd.export(village, township, stick)
    assert MASKED in _payload(masked, township) and NAME in _payload(full, township)
    sd.close()
    copy = tmp_path / "copy"
    shutil.copytree(township.folder, copy)
    # masked first, then full
    sd.do_import(township, masked)
    assert _villager(township, person)[0] == MASKED
    sd.do_import(township, full)
    assert _villager(township, person)[:3] == (NAME, PHONE, ID_NUMBER)
    # full first, then masked (the stick brought the older file later)
    other = sd.Desk("township2", copy, *sd.TOWNSHIP, station_id=township.station_id)
    sd.do_import(other, full)
    sd.do_import(other, masked)
    assert _villager(other, person)[:3] == (NAME, PHONE, ID_NUMBER)
    # and on up: the escalation named the township (the default), so the county gets it masked
    sd.trip(township, county, stick)
    assert _villager(county, person)[0] == MASKED


def test_a_villager_with_a_plain_concern_too_goes_up_in_full(line):
    """The non-confidential concern needs the name: the villager goes up in
    full, the confidential concern's words still do not."""
    import datetime as dt

    from models.core import clock
    from models.core.schema import Villager

    stick, county, township, village, person, concern = line
    sd.export(village, township, stick)  # a first, masked, package nobody imports
    station = village.station()
    receive_visit(station, "walk_in", [Villager.get_by_id(person)], [
        ConcernInput(Villager.get_by_id(person), "suggestion", "time_limited", "屯口路灯坏了",
                     deadline=clock.today() + dt.timedelta(days=10))])
    first, _ = _up(stick, county, township, village)
    assert NAME in _payload(first, township)
    assert "不便外传的细节" not in _payload(first, township)
    for desk in (township, county):
        assert _villager(desk, person)[:2] == (NAME, PHONE)


def test_escalation_level_is_checked(line):
    from models.core.errors import ValidationError
    from models.core.schema import Concern, ConcernEvent

    *_, village, person, concern = line
    village.open()
    before = ConcernEvent.select().count()
    with pytest.raises(ValidationError, match="乡镇或县"):
        workflow.request_escalation(Concern.get_by_id(concern), None, "镇综治办", "请处理", level="province")
    assert ConcernEvent.select().count() == before
