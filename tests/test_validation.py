"""Bad input gets a clear message in plain Chinese, names the field to fix,
and saves nothing."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.errors import ValidationError
from models.core.schema import Staff, Villager
from models.core.validation import clean_id_number, clean_phone, id_check_digit

from .conftest import NOW


def gb11643(first17: str) -> str:
    """The check character of GB 11643, computed here from the standard:
    weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 written X."""
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def assert_refused(call, field, words, counts_before, table_counts):
    with pytest.raises(ValidationError) as info:
        call()
    msg = info.value.message
    assert re.search(r"[\u4e00-\u9fff]", msg), msg
    assert words in msg, msg
    assert info.value.field == field
    assert table_counts() == counts_before


@pytest.fixture
def zhang(station):
    return register_villager(station, "张三", "13912345678")


@pytest.fixture
def clerk(station):
    return Staff.get(Staff.role == "clerk")


# ---------------------------------------------------------------- ID numbers

def test_gb11643_check_digit_matches_the_standards_examples():
    assert gb11643("11010519491231002") == "X"
    assert gb11643("44052418800101001") == "4"
    for first17 in ("45142219800101123", "11010519491231002", "45142220000229001"):
        assert id_check_digit(first17) == gb11643(first17)


def test_valid_id_number_passes_and_is_saved(station, table_counts):
    first17 = "45142219800101123"
    number = first17 + gb11643(first17)
    v = register_villager(station, "黄秀英", "", number)
    assert Villager.get_by_id(v.id).id_number == number
    # lower-case x and spaces are normalised
    assert clean_id_number("11010519491231002x") == "11010519491231002X"
    assert clean_id_number(" 110105 19491231 002X ") == "11010519491231002X"


def _wrong_check(first17):
    right = gb11643(first17)
    return first17 + ("0" if right != "0" else "1")


@pytest.mark.parametrize("number, words", [
    (_wrong_check("45142219800101123"), "校验码"),
    ("45142219990230123" + gb11643("45142219990230123"), "出生日期"),   # 30 February
    ("45142219991301123" + gb11643("45142219991301123"), "出生日期"),   # month 13
    ("45142220990101123" + gb11643("45142220990101123"), "出生日期"),   # born in 2099
    ("4514221980010112", "18位"),
    ("45142219800101123Y", "18位"),
])
def test_bad_id_number_is_refused_and_nothing_saved(station, table_counts, number, words):
    before = table_counts()
    assert_refused(lambda: register_villager(station, "黄秀英", "13912345678", number),
                   "id_number", words, before, table_counts)


def test_same_id_number_twice_is_refused(station, table_counts):
    first17 = "45142219800101123"
    register_villager(station, "黄秀英", "", first17 + gb11643(first17))
    before = table_counts()
    assert_refused(lambda: register_villager(station, "黄秀英", "", first17 + gb11643(first17)),
                   "id_number", "已登记为 黄秀英", before, table_counts)


# ---------------------------------------------------------------- phone numbers

@pytest.mark.parametrize("phone", ["12345678901", "1391234567", "139123456789", "23912345678",
                                   "电话", "0771-12", "13912345abc"])
def test_impossible_phone_number_is_refused_and_nothing_saved(station, table_counts, phone):
    before = table_counts()
    assert_refused(lambda: register_villager(station, "黄秀英", phone), "phone", "电话号码",
                   before, table_counts)


def test_plausible_phone_numbers_pass():
    assert clean_phone("139 1234 5678") == "13912345678"
    assert clean_phone("0771-8621234") == "0771-8621234"
    assert clean_phone("（0771）8621234") == "07718621234"
    assert clean_phone("") == ""


def test_empty_name_is_refused(station, table_counts):
    before = table_counts()
    assert_refused(lambda: register_villager(station, "   ", "13912345678"), "name", "姓名",
                   before, table_counts)


# ---------------------------------------------------------------- a visit and its concerns

def _spec(who, **kw):
    args = dict(villager=who, function="suggestion", rule="time_limited", summary="屯内道路积水",
                deadline=NOW.date() + dt.timedelta(days=5))
    args.update(kw)
    return ConcernInput(**args)


BAD_VISITS = [
    # (what is wrong, changes to the call, field, words in the message)
    ("empty summary", {"spec": {"summary": "   "}}, "summary", "请填写反映事项"),
    ("summary too long", {"spec": {"summary": "积" * 201}}, "summary", "太长"),
    ("deadline in the past", {"spec": {"deadline": NOW.date() - dt.timedelta(days=1)}},
     "deadline", "办结期限不能早于今天"),
    ("deadline not a date", {"spec": {"deadline": "下周"}}, "deadline", "办结期限格式不对"),
    ("time limit without deadline", {"spec": {"deadline": None}}, "deadline", "必须定一个办结期限"),
    ("unknown function", {"spec": {"function": "gossip"}}, "function", "回应功能"),
    ("unknown rule", {"spec": {"rule": "ignore"}}, "rule", "处理方式"),
    ("no villager on the concern", {"spec": {"villager": None}}, "villager", "反映人"),
    ("no visitors", {"visitors": []}, "visitors", "请至少登记一位来访村民"),
    ("no concerns", {"concerns": []}, "concerns", "请至少登记一件"),
    ("headcount below named visitors", {"headcount": 1, "two": True}, "headcount", "不能少于"),
    ("headcount not a number", {"headcount": "三个"}, "headcount", "数字"),
    ("unknown channel", {"channel": "wechat"}, "channel", "来访方式"),
    ("bad satisfaction", {"spec": {"rule": "answer_on_spot", "deadline": None, "answer": "已答复",
                                   "satisfaction": "great"}}, "satisfaction", "满意度"),
]


@pytest.mark.parametrize("what, change, field, words", BAD_VISITS, ids=[b[0] for b in BAD_VISITS])
def test_bad_visit_is_refused_and_nothing_saved(station, zhang, clerk, table_counts,
                                                what, change, field, words):
    visitors = [zhang]
    if change.get("two"):
        visitors.append(register_villager(station, "李四", "13912345679"))
    # one good concern first: it must not be saved either
    concerns = [_spec(zhang, summary="咨询低保"), _spec(zhang, **change.get("spec", {}))]
    concerns = change.get("concerns", concerns)
    visitors = change.get("visitors", visitors)
    before = table_counts()
    assert_refused(lambda: receive_visit(station, change.get("channel", "walk_in"), visitors, concerns,
                                         clerk, change.get("headcount"), at=NOW),
                   field, words, before, table_counts)


def test_good_visit_after_refusals_is_saved(station, zhang, clerk, table_counts):
    """A refusal leaves the desk usable: the corrected form saves normally."""
    before = table_counts()
    with pytest.raises(ValidationError):
        receive_visit(station, "walk_in", [zhang], [_spec(zhang, summary="")], clerk, at=NOW)
    visit, concerns = receive_visit(station, "walk_in", [zhang], [_spec(zhang)], clerk, 3, at=NOW)
    after = table_counts()
    assert after["visit"] == before["visit"] + 1
    assert after["concern"] == before["concern"] + 1
    assert after["concern_event"] == before["concern_event"] + 2
    assert visit.headcount == 3
    assert concerns[0].case_number == "2026-0001"


# ---------------------------------------------------------------- typed with a Chinese input method

def test_full_width_digits_from_a_chinese_input_method_are_accepted_and_stored_plainly(station):
    """An IME in full-width mode types １３９… and Ｘ: the number is right and is
    stored in ordinary digits, so it is found and compared like any other."""
    assert clean_phone("１３９１２３４５６７８") == "13912345678"
    assert clean_phone("０７７１－８６２１２３４") == "0771-8621234"
    assert clean_id_number("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    v = register_villager(station, "黄秀英", "１３９１２３４５６７８", "１１０１０５１９４９１２３１００２ｘ")
    v = Villager.get_by_id(v.id)
    assert (v.phone, v.id_number) == ("13912345678", "11010519491231002X")
    # the same person typed again in ordinary digits is recognised
    with pytest.raises(ValidationError, match="已登记为 黄秀英"):
        register_villager(station, "黄秀英", "", "11010519491231002X")


def test_other_scripts_digits_are_not_taken_for_a_phone_number():
    with pytest.raises(ValidationError):
        clean_phone("١٣٩١٢٣٤٥٦٧٨")   # Arabic-Indic digits


def test_visit_dated_in_the_future_is_refused_and_nothing_saved(station, zhang, clerk, table_counts):
    from models.core.clock import local_now

    before = table_counts()
    tomorrow = local_now() + dt.timedelta(days=1)
    assert_refused(lambda: receive_visit(station, "walk_in", [zhang],
                                         [_spec(zhang, deadline=tomorrow.date() + dt.timedelta(days=3))],
                                         clerk, at=tomorrow),
                   "at", "来访时间不能晚于现在", before, table_counts)
