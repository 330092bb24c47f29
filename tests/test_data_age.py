"""How old each station's data is (issue 17), on real desks exchanging real
packages: a village stamps its data when it sends up, the township reads it,
relays it to the county; a station not heard from in more than 14 days (a
setting) is flagged and its figures marked incomplete — in the statistics,
``stats`` on the command line, and the printed 统计报表."""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess

import pytest

import reports
from models.core.clock import frozen
from models.figures.periods import Period, statistics
from models.figures.stats_report import stats_report_data

from . import sync_desks as sd
from .test_sync_roundtrip import register

NOV = Period("month", 2026, 11)


def at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour))


def build(root):
    """County ⟶ township ⟶ villages 东山 (v1) and 西河 (v2), paired on 11-10.
    东山 registers a concern and sends it up on 11-25; the township goes to
    the county on 11-26. 西河 has sent nothing since pairing."""
    with frozen(at("2026-11-10", 9)):
        county, township, v1, v2 = sd.build_network(root, villages=2, county=True)
    stick = root / "stick"
    with frozen(at("2026-11-25")):
        v1.open()
        register(v1, "韦一", "time_limited", "水渠堵了")
        sd.trip(v1, township, stick)
    with frozen(at("2026-11-26")):
        sd.trip(township, county, stick)
    sd.close()
    return county, township, v1, v2


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    return build(tmp_path_factory.mktemp("ages"))


@pytest.fixture
def desks(network, tmp_path):
    yield sd.copy_network(list(network), tmp_path / "desks")
    sd.close()


def _by_code(s):
    return {r.code: r for r in s.ranking}


def test_the_township_sees_each_villages_data_age_and_flags_the_silent_one(desks):
    county, township, v1, v2 = desks
    township.open()
    with frozen(at("2026-11-30")):
        s = statistics(township.station(), NOV)
    ranked = _by_code(s)
    east, west = ranked[v1.code], ranked[v2.code]
    assert (east.data_age.as_of, east.data_age.days, east.stale) == (dt.date(2026, 11, 25), 5, False)
    assert east.data_age.text == "数据截至 11月25日（5天前）"
    assert (west.data_age.as_of, west.data_age.days, west.stale) == (dt.date(2026, 11, 10), 20, True)
    assert (east.rank, west.rank) == (1, 0) and s.ranking[-1] is west   # not ranked, listed last
    assert s.incomplete and [code for _, code, _ in s.stale] == [v2.code]
    assert "西河村回应站（数据截至 11月10日（20天前））超过 14 天没有收到数据" in s.incomplete_note()
    assert s.scope_age.source == "own"                                  # the township's own desk
    j = s.as_json()
    assert j["data_age"]["incomplete"] is True and j["data_age"]["stale_after_days"] == 14
    assert [x["code"] for x in j["data_age"]["stale_stations"]] == [v2.code]
    assert {r["code"]: (r["stale"], r["data_age"]["as_of"]) for r in j["ranking"]} == {
        v1.code: (False, "2026-11-25"), v2.code: (True, "2026-11-10")}


def test_the_county_reads_the_villages_ages_through_the_township(desks):
    county, township, v1, v2 = desks
    county.open()
    with frozen(at("2026-11-30")):
        s = statistics(county.station(), NOV)
        ages = s.ages
    assert ages[township.station_id].as_of == dt.date(2026, 11, 26)   # its own package
    assert ages[v1.station_id].as_of == dt.date(2026, 11, 25)         # relayed by the township
    assert ages[v2.station_id].as_of == dt.date(2026, 11, 10) and ages[v2.station_id].stale
    assert s.figures.totals.concerns == 1
    # the county's statistics for the township alone say the township's age
    with frozen(at("2026-11-30")):
        t = statistics(_station(township.station_id), NOV)
    assert t.scope_age.text == "数据截至 11月26日（4天前）"


def _station(sid):
    from models.core.schema import Station
    return Station.get_by_id(sid)


def test_the_days_are_a_setting_and_a_fresh_package_clears_the_flag(desks):
    from models.core import settings
    from models.core.errors import ValidationError

    county, township, v1, v2 = desks
    township.open()
    with pytest.raises(ValidationError):
        settings.set_stale_days(0)
    settings.set_stale_days(30)
    with frozen(at("2026-11-30")):
        assert not statistics(township.station(), NOV).incomplete
    settings.set_stale_days(14)
    stick = township.folder.parent / "stick2"
    stick.mkdir()
    with frozen(at("2026-12-01")):
        v2.open()
        register(v2, "黄二", "mediate_on_site", "田边争水")
        sd.trip(v2, township, stick)
        sd.trip(township, v2, stick)      # back down: the village's own desk is unchanged
        sd.trip(township, county, stick)
    with frozen(at("2026-12-02")):
        township.open()
        s = statistics(township.station(), Period("month", 2026, 12))
        assert not s.incomplete and _by_code(s)[v2.code].data_age.days == 1
        county.open()
        c = statistics(county.station(), Period("month", 2026, 12))
        assert _by_code(c)[v2.code].data_age.as_of == dt.date(2026, 12, 1)
        # 东山 has now been silent for 7 days: still within 14
        assert not c.incomplete
        v2.open()
        assert statistics(v2.station(), Period("month", 2026, 12)).scope_age.source == "own"


def test_stats_on_the_command_line_says_the_age_and_that_figures_are_incomplete(desks, capsys):
    import main

    county, township, v1, v2 = desks
    sd.close()
    with frozen(at("2026-11-30")):
        assert main.main(["--data-dir", str(county.folder), "stats", "--period", "month",
                          "--at", "2026-11-30"]) == 0
        text = capsys.readouterr().out
        sd.close()
        assert main.main(["--data-dir", str(county.folder), "stats", "--json", "--period", "month",
                          "--at", "2026-11-30"]) == 0
        j = json.loads(capsys.readouterr().out)
    sd.close()
    assert "数字不全：西河村回应站（数据截至 11月10日（20天前））超过 14 天没有收到数据" in text
    assert re.search(r"1\. 东山村回应站 .*数据截至 11月25日（5天前）", text)
    assert re.search(r"—\. 西河村回应站 .*【数据不全，不参加排名】", text)
    assert [x["code"] for x in j["data_age"]["stale_stations"]] == [v2.code]


def test_the_printed_statistics_show_each_stations_data_age(desks, tmp_path):
    county, township, v1, v2 = desks
    county.open()
    with frozen(at("2026-11-30")):
        data = stats_report_data(county.station(), dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                                 dt.date(2026, 11, 30))
    path = tmp_path / "统计报表.pdf"
    assert reports.render("stats", data, path) >= 1
    body = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                             capture_output=True, text=True, check=True).stdout)
    assert "数字不全：西河村回应站（数据截至11月10日（20天前））超过14天没有收到数据" in body
    ranking = body[body.index("各站排名"):]
    assert "数据截至" in ranking and "11月25日（5天前）" in ranking
    assert "11月10日（20天前）数据不全" in ranking
    assert "数据不全的站点（1个）标“数据不全”，不参加排名" in ranking


def test_a_second_trip_the_same_day_carries_nothing_new_for_the_stamp(desks, tmp_path):
    county, township, v1, v2 = desks
    stick = tmp_path / "stick3"
    stick.mkdir()
    with frozen(at("2026-11-30", 9)):
        first = sd.trip(v1, township, stick)
    with frozen(at("2026-11-30", 16)):
        again = sd.trip(v1, township, stick)
    with frozen(at("2026-12-01", 8)):
        next_day = sd.trip(v1, township, stick)
    assert first.updated.get("data_stamp") == 1
    assert again.nothing_new                                    # the same day: the same stamp
    assert next_day.updated.get("data_stamp") == 1
