"""The township's 待办 over its villages (issue 17): their overdue and soon
due concerns, grouped by station, each judged as of that station's data age;
paged in SQL. Real desks, real packages: village → township → county and back."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.clock import frozen
from models.figures.overdue_below import OVERDUE, PERHAPS, SOON, BelowDeadlines

from . import sync_desks as sd


def at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour))


def register(desk, person: str, summary: str, deadline: str | None, rule: str = "time_limited") -> str:
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput

    me = desk.station()
    v = villagers.register_villager(me, person)
    spec = ConcernInput(v, "proxy_service", rule, summary,
                        deadline=dt.date.fromisoformat(deadline) if deadline else None)
    _, (c,) = intake.receive_visit(me, "walk_in", [v], [spec])
    return c.id


def withdraw(desk, concern_id: str) -> None:
    from models.concerns import workflow
    from models.core.schema import Concern

    desk.open()
    workflow.close_concern(Concern.get_by_id(concern_id), "withdrawn", None, "村民撤回")


def build(root):
    """东山 (v1) registers on 11-12 concerns due 11-20, 11-28, 12-01 and 12-20
    and sends them up on 11-25; 西河 (v2) registers one due 11-15 and sends it
    the same day, 11-12; the township goes to the county on 11-26."""
    with frozen(at("2026-11-10", 9)):
        county, township, v1, v2 = sd.build_network(root, villages=2, county=True)
    stick = root / "stick"
    ids = {}
    with frozen(at("2026-11-12")):
        v1.open()
        for name, summary, due in (("韦一", "危房改造补助", "2026-11-20"), ("韦二", "低保复核", "2026-11-28"),
                                   ("韦三", "医保报销", "2026-12-01"), ("韦四", "修路", "2026-12-20")):
            ids[summary] = register(v1, name, summary, due)
        v2.open()
        ids["水渠"] = register(v2, "黄一", "水渠", "2026-11-15")
        sd.trip(v2, township, stick)
    with frozen(at("2026-11-25")):
        sd.trip(v1, township, stick)
    with frozen(at("2026-11-26")):
        sd.trip(township, county, stick)
    sd.close()
    return (county, township, v1, v2), ids


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    return build(tmp_path_factory.mktemp("deadlines"))


@pytest.fixture
def desks(network, tmp_path):
    desks, ids = network
    yield sd.copy_network(list(desks), tmp_path / "desks"), ids
    sd.close()


def _summaries(listing, **kw):
    return [(r.station_name, r.summary, r.status) for r in listing.page(**kw).rows]


def test_the_township_sees_each_villages_deadlines_as_of_its_data(desks):
    (county, township, v1, v2), ids = desks
    township.open()
    today = dt.date(2026, 11, 30)
    listing = BelowDeadlines(township.station(), today)
    lines = {s.code: s for s in listing.stations()}
    east, west = lines[v1.code], lines[v2.code]
    assert (east.as_of, east.overdue, east.perhaps_overdue, east.soon_due) == (dt.date(2026, 11, 25), 1, 1, 1)
    assert (west.as_of, west.overdue, west.perhaps_overdue, west.soon_due) == (dt.date(2026, 11, 12), 0, 1, 0)
    assert west.age.stale and not east.age.stale
    # grouped by station (code), soonest deadline first; 修路 (12-20) is not due soon
    assert _summaries(listing) == [
        ("东山村回应站", "危房改造补助", OVERDUE),      # due 11-20, open on 11-25
        ("东山村回应站", "低保复核", PERHAPS),          # due 11-28: after 11-25, before today
        ("东山村回应站", "医保报销", SOON),             # due 12-01
        ("西河村回应站", "水渠", PERHAPS)]              # due 11-15: after its data of 11-12
    assert listing.count() == 4
    row = listing.page().rows[0]
    assert (row.as_of, row.overdue, row.overdue_days, row.case_number) == (dt.date(2026, 11, 25), True, 10, "2026-0001")
    # one station, one kind
    assert _summaries(BelowDeadlines(township.station(), today, only=v2.station_id)) == [
        ("西河村回应站", "水渠", PERHAPS)]
    assert _summaries(BelowDeadlines(township.station(), today, status=PERHAPS)) == [
        ("东山村回应站", "低保复核", PERHAPS), ("西河村回应站", "水渠", PERHAPS)]
    assert BelowDeadlines(township.station(), today, status=OVERDUE).count() == 1


def test_pages_follow_a_keyset_and_every_row_comes_once(desks):
    (county, township, v1, v2), ids = desks
    township.open()
    listing = BelowDeadlines(township.station(), dt.date(2026, 11, 30))
    seen, after = [], None
    while True:
        page = listing.page(after, limit=1)
        seen += [r.id for r in page.rows]
        if page.after is None:
            break
        after = page.after
    assert seen == [r.id for r in listing.page(limit=100).rows] == listing.ids()
    assert len(seen) == len(set(seen)) == 4


def test_the_county_groups_the_villages_of_its_townships(desks):
    (county, township, v1, v2), ids = desks
    county.open()
    listing = BelowDeadlines(county.station(), dt.date(2026, 11, 30))
    lines = {s.code: (s.overdue, s.perhaps_overdue, s.soon_due) for s in listing.stations()}
    assert lines == {township.code: (0, 0, 0), v1.code: (1, 1, 1), v2.code: (0, 1, 0)}
    assert [r.summary for r in listing.page().rows] == ["危房改造补助", "低保复核", "医保报销", "水渠"]


def test_what_the_villages_do_next_comes_back_up(desks, tmp_path):
    (county, township, v1, v2), ids = desks
    stick = tmp_path / "stick2"
    stick.mkdir()
    with frozen(at("2026-12-01")):
        withdraw(v2, ids["水渠"])
        sd.trip(v2, township, stick)
        sd.trip(township, v2, stick)             # and back down: nothing of it changes at the village
        withdraw(v1, ids["危房改造补助"])
        sd.trip(v1, township, stick)
        sd.trip(township, county, stick)
    today = dt.date(2026, 12, 2)
    for desk in (township, county):
        desk.open()
        listing = BelowDeadlines(desk.station(), today)
        assert _summaries(listing) == [
            ("东山村回应站", "低保复核", OVERDUE),      # due 11-28, still open on 12-01
            ("东山村回应站", "医保报销", PERHAPS)], desk   # due 12-01, the data's own day
        assert {s.code: s.total for s in listing.stations()}[v2.code] == 0


def test_the_command_line_lists_them_grouped_by_station(desks, capsys):
    import main

    (county, township, v1, v2), ids = desks
    sd.close()
    with frozen(at("2026-11-30")):
        assert main.main(["--data-dir", str(township.folder), "overdue"]) == 0
        text = capsys.readouterr().out
        sd.close()
        assert main.main(["--data-dir", str(county.folder), "overdue", "--station", v2.code]) == 0
        one = capsys.readouterr().out
        sd.close()
        assert main.main(["--data-dir", str(county.folder), "overdue", "--station", "0000"]) == 2
        assert "本站下面没有编码为 0000 的站点" in capsys.readouterr().err
    sd.close()
    east = text.index("东山村回应站（459901001）  数据截至 11月25日（5天前）  已逾期 1，可能已逾期 1，即将到期 1")
    west = text.index("西河村回应站（459901002）  数据截至 11月12日（18天前）  已逾期 0，可能已逾期 1，即将到期 0")
    assert east < text.index("危房改造补助  期限 2026-11-20  已逾期") < text.index("低保复核") < \
        text.index("医保报销  期限 2026-12-01  即将到期") < west < text.index("水渠  期限 2026-11-15  可能已逾期")
    assert "修路" not in text
    assert "西河村回应站" in one and "东山村回应站" not in one
