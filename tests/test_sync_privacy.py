"""Nothing a villager told is readable on the USB stick: the packages that the
real ``sync export`` writes for a desk with known names, phones, an ID number
and confidential words are scanned byte for byte in every encoding a reader
of the stick might try (and the file names too)."""
from __future__ import annotations

import datetime as dt
import zlib

import pytest

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core import clock
from models.core.validation import id_check_digit
from sync import package
from tests import sync_desks as sd

NAME, PHONE = "覃美兰", "13977123456"
ID17 = "45142219750315123"
ID_NUMBER = ID17 + id_check_digit(ID17)
SECRET_WORDS = "丈夫酗酒家暴想离婚"
PLAIN_WORDS = "屯口路灯坏了三盏"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "gb18030", "gbk", "big5", "hz")


def _encodings(text: str):
    for encoding in ENCODINGS:
        try:
            yield encoding, text.encode(encoding)
        except UnicodeEncodeError:  # big5 has no simplified forms of some characters
            continue


@pytest.fixture
def packages(tmp_path):
    stick = tmp_path / "stick"
    township = sd.make_desk(tmp_path, "township", sd.TOWNSHIP)
    village = sd.make_desk(tmp_path, "village", sd.VILLAGES[0], parent=township)
    sd.pair(township, village, stick)
    station = village.station()
    person = register_villager(station, NAME, PHONE, ID_NUMBER)
    receive_visit(station, "walk_in", [person], [
        ConcernInput(person, "emotion", "confidential", "家庭矛盾", details=SECRET_WORDS),
        ConcernInput(person, "suggestion", "time_limited", PLAIN_WORDS,
                     deadline=clock.today() + dt.timedelta(days=10))])
    escalated = receive_visit(station, "walk_in", [person], [
        ConcernInput(person, "dispute", "escalate_visit", "宅基地纠纷", details=SECRET_WORDS)])[1][0]
    workflow.request_escalation(escalated, None, "城中镇人民政府", "请上级下访：" + SECRET_WORDS)
    up = sd.export(village, township, stick, full=True)
    sd.do_import(township, up)
    down = sd.export(township, village, stick, full=True)
    # the township can read what it was sent: the data did travel, sealed
    township.open()
    opened = zlib.decompress(package.open_package(up).payload).decode("utf-8")
    assert NAME in opened and PHONE in opened and PLAIN_WORDS in opened
    yield [up, down]
    sd.close()


def test_no_villager_data_on_the_stick_in_any_encoding(packages):
    assert len(packages) == 2 and all(p.stat().st_size > 1000 for p in packages)
    for path in packages:
        data = path.read_bytes()
        for secret in (NAME, PHONE, ID_NUMBER, ID17[6:14], SECRET_WORDS, PLAIN_WORDS, "家暴"):
            for encoding, raw in _encodings(secret):
                assert raw not in data, (path.name, secret, encoding)
            assert secret not in path.name
        # what the cadre carrying the stick is meant to read is there: whose package it is
        assert sd.VILLAGES[0][1].encode("utf-8") in data or sd.TOWNSHIP[1].encode("utf-8") in data
