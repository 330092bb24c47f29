"""Finding concerns and returning villagers: short Chinese words, single
characters, longer fragments, names, pinyin, phone digits, case numbers."""
from __future__ import annotations

import datetime as dt

import pytest

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.search import rebuild_index, search_concerns
from models.concerns.villagers import find_villagers, register_villager
from models.concerns.workflow import ConcernInput
from models.core.schema import Concern, Staff

from .conftest import NOW


@pytest.fixture
def desk(station):
    """A station with a handful of concerns; returns {summary: concern}."""
    clerk = Staff.get(Staff.role == "clerk")
    zhang = register_villager(station, "张三", "13912345678")
    li = register_villager(station, "李四", "13800001111")
    wang = register_villager(station, "王小明", "")
    zhao = register_villager(station, "赵六", "")

    def visit(visitors, summary, details, day):
        spec = ConcernInput(visitors[0], "suggestion", "time_limited", summary, details,
                            deadline=NOW.date() + dt.timedelta(days=10))
        at = NOW - dt.timedelta(days=day)
        return receive_visit(station, "walk_in", visitors, [spec], clerk, at=at)[1][0]

    made = [
        visit([zhang], "咨询低保申请条件", "家中老人患病，问要满足什么条件。", 5),
        visit([li], "屯内道路积水", "雨后屯口道路积水严重。", 4),
        visit([wang], "自来水管破裂", "几户人家停水三天。", 3),
        visit([zhang], "电费上涨100%的疑问", "电表编号 a_b 对不上。", 2),
        visit([li, zhao], "路灯不亮", "晚上出行不安全。", 1),
    ]
    return {c.summary: c for c in made}


def found(query, station=None):
    return [c.summary for c in search_concerns(station, query)]


def test_two_character_words_are_found(desk):
    assert found("低保") == ["咨询低保申请条件"]
    assert found("积水") == ["屯内道路积水"]
    assert found("患病") == ["咨询低保申请条件"]      # in the details only
    assert found("停水") == ["自来水管破裂"]


def test_single_characters_are_found(desk):
    assert sorted(found("水")) == sorted(["屯内道路积水", "自来水管破裂"])
    assert found("灯") == ["路灯不亮"]
    assert found("鹅") == []


def test_fragments_of_three_or_more_characters_are_found(desk):
    assert found("道路积") == ["屯内道路积水"]
    assert found("申请条件") == ["咨询低保申请条件"]
    assert found("几户人家停水") == ["自来水管破裂"]
    assert found("申请条件不") == []


def test_villager_names_are_found_including_companions_on_a_group_visit(desk):
    assert sorted(found("张三")) == sorted(["咨询低保申请条件", "电费上涨100%的疑问"])
    assert found("王小明") == ["自来水管破裂"]
    # 赵六 came along with 李四: the concern is found by either name
    assert found("赵六") == ["路灯不亮"]
    assert sorted(found("李四")) == sorted(["屯内道路积水", "路灯不亮"])


def test_pinyin_initials_and_full_pinyin_find_the_villager(desk):
    zs = sorted(["咨询低保申请条件", "电费上涨100%的疑问"])
    assert sorted(found("zs")) == zs
    assert sorted(found("ZS")) == zs
    assert sorted(found("zhangsan")) == zs
    assert sorted(found("zhang")) == zs
    assert found("wxm") == ["自来水管破裂"]
    assert found("zl") == ["路灯不亮"]
    assert found("qq") == []


def test_phone_fragments_find_the_villager(desk):
    assert sorted(found("12345678")) == sorted(["咨询低保申请条件", "电费上涨100%的疑问"])
    assert sorted(found("13800001111")) == sorted(["屯内道路积水", "路灯不亮"])
    assert found("0001111") == ["路灯不亮", "屯内道路积水"]   # newest first
    assert found("99999") == []


def test_case_numbers_are_found(desk):
    c = desk["自来水管破裂"]
    assert c.case_number == "2026-0003"
    assert found("2026-0003") == ["自来水管破裂"]
    assert len(found("2026-")) == 5


def test_several_words_must_all_match(desk):
    assert found("张三 低保") == ["咨询低保申请条件"]
    assert found("zs 电费") == ["电费上涨100%的疑问"]
    assert found("张三 积水") == []
    assert found("  李四   路灯  ") == ["路灯不亮"]


def test_like_wildcards_in_the_query_are_taken_literally(desk):
    assert found("%") == ["电费上涨100%的疑问"]
    assert found("100%") == ["电费上涨100%的疑问"]
    assert found("_") == ["电费上涨100%的疑问"]
    assert found("a_b") == ["电费上涨100%的疑问"]
    assert found("低%条件") == []
    assert found("低_") == []
    assert found("a%b") == []
    assert found("\\") == []


def test_empty_query_finds_nothing(desk):
    assert found("") == []
    assert found("   ") == []


def test_newest_first(desk):
    assert found("2026") == ["路灯不亮", "电费上涨100%的疑问", "自来水管破裂", "屯内道路积水",
                             "咨询低保申请条件"]


def test_corrected_summary_is_found_by_its_new_text(desk):
    c = desk["自来水管破裂"]
    clerk = Staff.get(Staff.role == "clerk")
    workflow.correct_concern(c, clerk, "村民补充：是主水管", summary="屯内主水管爆裂",
                             details="全屯停水三天。", at=NOW)
    assert found("爆裂") == ["屯内主水管爆裂"]
    assert found("全屯") == ["屯内主水管爆裂"]
    assert found("几户人家") == []        # the old details are no longer the concern's text


def test_rebuilt_index_finds_the_same(desk):
    before = {q: sorted(found(q)) for q in ("低保", "水", "zs", "赵六", "2026-0003", "%")}
    assert rebuild_index() == 5
    assert {q: sorted(found(q)) for q in before} == before


def test_returning_villager_is_found_by_name_phone_or_pinyin(station):
    zhang = register_villager(station, "张三", "13912345678")
    register_villager(station, "张三丰", "")
    register_villager(station, "李四", "13800001111")
    assert [v.name for v in find_villagers(station, "zs")] == ["张三", "张三丰"]
    assert [v.name for v in find_villagers(station, "zhangsanf")] == ["张三丰"]
    assert [v.id for v in find_villagers(station, "345678")] == [zhang.id]
    assert [v.name for v in find_villagers(station, "三")] == ["张三", "张三丰"]
    assert find_villagers(station, "") == []


@pytest.mark.parametrize("word", ["低保", "积水", "水", "纠纷", "代办", "路灯", "补偿款", "宅基地边界"])
def test_search_on_demo_data_finds_exactly_the_concerns_containing_the_word(demo_station, word):
    expected = {c.id for c in Concern.select()
                if word in c.summary or word in c.details}
    assert expected, word
    assert {c.id for c in search_concerns(demo_station, word, limit=10_000)} == expected


def test_full_width_digits_and_letters_from_an_input_method_work_too(desk, station):
    zs = sorted(["咨询低保申请条件", "电费上涨100%的疑问"])
    assert sorted(found("１２３４５６７８")) == zs          # phone digits
    assert sorted(found("ｚｓ")) == zs                     # pinyin initials
    assert found("２０２６－０００３") == ["自来水管破裂"]   # case number
    assert found("１００％") == ["电费上涨100%的疑问"]
    assert found("张三　低保") == ["咨询低保申请条件"]       # ideographic space between words
    assert [v.name for v in find_villagers(station, "ｚｓ")] == ["张三"]
    assert [v.name for v in find_villagers(station, "１３９１２")] == ["张三"]


def test_a_corrected_concern_has_one_index_row_found_by_its_key(desk):
    from models.core.db import db

    concern = desk["屯内道路积水"]
    clerk = Staff.get(Staff.role == "clerk")
    for summary in ("屯内道路积水严重", "屯口道路积水"):
        workflow.correct_concern(concern, clerk, "记错了", summary=summary)
    assert found("屯口道路") == ["屯口道路积水"]
    assert found("屯内道路积水严重") == []  # the old text left the index
    rows = db.execute_sql("SELECT rowid FROM concern_fts WHERE concern_id = ?", (concern.id,)).fetchall()
    key = db.execute_sql("SELECT fts_rowid FROM concern_fts_key WHERE concern_id = ?", (concern.id,)).fetchall()
    assert rows == key and len(rows) == 1
    total = db.execute_sql("SELECT COUNT(*) FROM concern_fts").fetchone()[0]
    assert total == db.execute_sql("SELECT COUNT(*) FROM concern_fts_key").fetchone()[0] == 5
    assert rebuild_index() == 5
    assert found("屯口道路") == ["屯口道路积水"]
