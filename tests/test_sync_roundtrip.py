"""The township round trip, as a cadre scripts it: ``python main.py
--data-dir D sync ...`` in subprocesses, a county, its township and three
villages (one of them the demo village with a year of data), the stick a
folder. What happens at a desk's window (first-run set-up, a visit, the
township's answer, a close) is done through the same model functions the
window calls; every pairing, export and import goes through the command line.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from . import sync_desks as sd
from .conftest import ROOT, copy_demo

COUNTY = ("county", "宁明县回应指挥部", "451422")
TOWNSHIP = ("township", "城中镇回应中心", "451422101")
DEMO = ("village", "那堪村村民关切回应站", "451422101205")  # what `main.py demo` sets up
VILLAGE_B = ("village", "板棍村村民关切回应站", "451422101206")
VILLAGE_C = ("village", "亭亮村村民关切回应站", "451422101207")
SECRET = "家里的私事不便公开"
SECRET_UP = "涉及本人隐私需要上级处理"
ACTIONS = ("pair", "join", "peers", "export", "import", "history", "conflicts")


def cli(desk, *args, ok: bool = True) -> subprocess.CompletedProcess:
    sd.close()  # the command opens the file itself
    proc = subprocess.run([sys.executable, "main.py", "--data-dir", str(desk.folder), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert "Traceback" not in proc.stderr, proc.stderr
    if ok:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


class Stick:
    """A folder per export, so each package is the only file in its folder."""

    def __init__(self, root: Path):
        self.root = root
        self.n = 0

    def export(self, src, dst, *extra) -> Path:
        self.n += 1
        folder = self.root / f"trip{self.n:03d}"
        folder.mkdir(parents=True)
        out = cli(src, "sync", "export", "--to", folder, "--for", dst.code, *extra).stdout
        files = list(folder.glob("*.vsync"))
        assert len(files) == 1, (out, files)
        assert str(files[0].name) in out
        return files[0]

    def trip(self, src, dst) -> str:
        path = self.export(src, dst)
        return cli(dst, "sync", "import", path).stdout


def cli_pair(parent, child, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    out = cli(parent, "sync", "pair", "--code", child.code, "--name", child.name, "--to", folder).stdout
    path = re.search(r"配对文件：(.+)", out).group(1).strip()
    code = re.search(r"配对码：(\d{4}-\d{4})", out).group(1)
    cli(child, "sync", "join", path, "--pass-code", code)
    child.station_id = sd.Desk.station(child).id


def register(desk, person: str, rule: str, summary: str, confidential: bool = False, answer: str = ""):
    """A visit with one concern, as the intake form saves it."""
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput
    from models.core.clock import today

    me = desk.station()
    v = villagers.register_villager(me, person, "13912345678")
    spec = ConcernInput(v, "proxy_service" if rule != "mediate_on_site" else "dispute", rule, summary,
                        deadline=today() + dt.timedelta(days=7) if rule == "time_limited" else None,
                        confidential=confidential, answer=answer,
                        satisfaction="satisfied" if answer else None)
    _, (concern,) = intake.receive_visit(me, "walk_in", [v], [spec])
    return concern.id


class Net:
    def __init__(self, root: Path):
        self.root = root
        self.stick = Stick(root / "stick")
        self.county = self.township = self.a = self.b = self.c = None
        self.first_package_of_a = 0
        self.escalated = self.secret = self.secret_up = ""

    @property
    def villages(self):
        return [self.a, self.b, self.c]

    @property
    def desks(self):
        return [self.county, self.township, *self.villages]

    def up(self) -> None:
        for v in self.villages:
            self.stick.trip(v, self.township)
        self.stick.trip(self.township, self.county)

    def down(self) -> None:
        self.stick.trip(self.county, self.township)
        for v in self.villages:
            self.stick.trip(self.township, v)


@pytest.fixture(scope="module")
def net(tmp_path_factory, demo_template):
    """The whole round trip, once: set-up, pairing, a first trip up and down,
    the township's answer down to the village, the village's close, a second
    trip up."""
    from models.concerns import workflow
    from models.core.schema import Concern

    root = tmp_path_factory.mktemp("roundtrip")
    n = Net(root)
    n.county = sd.make_desk(root, "county", COUNTY)
    n.township = sd.make_desk(root, "township", TOWNSHIP, parent=n.county)
    n.a = sd.Desk("village_a", root / "village_a", *DEMO)
    copy_demo(demo_template, n.a.folder)  # what `main.py demo` makes
    n.b = sd.make_desk(root, "village_b", VILLAGE_B, parent=n.township)
    n.c = sd.make_desk(root, "village_c", VILLAGE_C, parent=n.township)
    n.a.parent = n.township
    n.township.children = [n.a, n.b, n.c]
    sd.close()
    pairing = root / "pairing"
    cli_pair(n.county, n.township, pairing)
    for v in n.villages:
        cli_pair(n.township, v, pairing)
    # everyday work at the villages
    n.escalated = register(n.b, "韦明", "escalate_visit", "宅基地确权需要县里来人")
    b = Concern.get_by_id(n.escalated)
    workflow.request_escalation(b, None, "县自然资源局", "请上级预约下访")
    n.secret = register(n.b, "黄兰", "confidential", SECRET, confidential=True)
    n.secret_up = register(n.b, "陆强", "escalate_visit", SECRET_UP, confidential=True)
    workflow.request_escalation(Concern.get_by_id(n.secret_up), None, "乡镇综治办", "请上级处理")
    register(n.c, "农芳", "answer_on_spot", "养老保险怎么交", answer="当场讲清楚了")
    register(n.c, "李四", "time_limited", "路灯坏了")
    # the first trip: villages to the township, the township to the county
    first = n.stick.export(n.a, n.township)
    n.first_package_of_a = first.stat().st_size
    cli(n.township, "sync", "import", first)
    for v in (n.b, n.c):
        n.stick.trip(v, n.township)
    n.stick.trip(n.township, n.county)
    n.down()
    # the township answers the escalated concern; it goes back down
    n.township.open()
    workflow.record_escalation_answer(Concern.get_by_id(n.escalated), None, "下周三上午县局来人现场确权",
                                      appointment_date=dt.date.today() + dt.timedelta(days=5),
                                      official="黄局长", office="县自然资源局")
    n.stick.trip(n.township, n.b)
    # the village tells the villager and closes it, then the next trip up
    n.b.open()
    c = Concern.get_by_id(n.escalated)
    assert workflow.missing_for_resolution(c) == ["还没有把结果反馈给村民"]
    workflow.record_step(c, "feedback", None, "已告知韦明下访时间", satisfaction="satisfied")
    workflow.close_concern(c, "resolved", None)
    n.up()
    sd.close()
    yield n
    sd.close()


def copy_of(net: Net, tmp_path: Path, *desks) -> list:
    """Private copies of some desks, for tests that change them."""
    sd.close()
    out = []
    for d in desks:
        folder = tmp_path / d.label
        shutil.copytree(d.folder, folder)
        out.append(sd.Desk(d.label, folder, d.level, d.name, d.code, d.station_id))
    return out


def stats(desk) -> dict:
    proc = cli(desk, "stats", "--json")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def unchanged_by(desk, action) -> subprocess.CompletedProcess:
    """Run ``action()``; assert the desk's file and row counts are as before."""
    sd.close()
    digest = sd.file_digest(desk.path)
    counts = sd.table_counts(desk)
    sd.close()
    result = action()
    sd.close()
    assert sd.file_digest(desk.path) == digest
    assert sd.table_counts(desk) == counts
    sd.close()
    return result


# ------------------------------------------------------------------ tests

def test_sync_help_lists_every_action():
    proc = subprocess.run([sys.executable, "main.py", "sync", "--help"], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0
    for action in ACTIONS:
        assert re.search(rf"^\s+{action}\b", proc.stdout, re.M), action
    for action in ACTIONS:  # and each one's own help works
        sub = subprocess.run([sys.executable, "main.py", "sync", action, "--help"], cwd=ROOT,
                             capture_output=True, text=True, encoding="utf-8", timeout=120)
        assert sub.returncode == 0 and "usage" in sub.stdout, action


def test_the_county_totals_are_the_sum_of_the_villages_totals(net):
    villages = [stats(v) for v in net.villages]
    county = stats(net.county)
    township = stats(net.township)
    assert county["concerns"] > 170  # the demo year is in it
    for key in ("visits", "visitors", "concerns", "resolved", "pending"):
        assert county[key] == sum(v[key] for v in villages) == township[key], key
    for key in ("by_function", "by_rule", "other_outcomes"):
        names = set().union(*(v[key] for v in villages)) | set(county[key])
        for name in names:
            assert county[key].get(name, 0) == sum(v[key].get(name, 0) for v in villages), (key, name)
            assert township[key].get(name, 0) == county[key].get(name, 0), (key, name)
    # and, village by village, what the county counts for it is what the village counts
    for v, own in zip(net.villages, villages):
        there = json.loads(cli(net.county, "stats", "--json", "--station", v.code).stdout.strip())
        for key in ("visits", "visitors", "concerns", "resolved", "pending", "by_function", "by_rule",
                    "other_outcomes"):
            assert there[key] == own[key], (v.label, key)
    whole = json.loads(cli(net.county, "stats", "--json", "--station", TOWNSHIP[2]).stdout.strip())
    assert whole["concerns"] == county["concerns"] and whole["by_rule"] == county["by_rule"]


def test_the_escalated_concern_answered_at_the_township_is_closed_everywhere(net):
    from models.concerns import workflow
    from models.core.schema import Concern

    for d in (net.county, net.township, net.b):
        d.open()
        c = Concern.get_by_id(net.escalated)
        assert c.outcome == "resolved", d.label
        kinds = [e.kind for e in workflow.events(c)]
        assert kinds.index("escalation_requested") < kinds.index("escalation_answered") < kinds.index("closed")
        answer = next(e for e in workflow.events(c) if e.kind == "escalation_answered")
        assert answer.data["official"] == "黄局长" and "县局来人" in answer.note
    sd.close()


def test_no_station_receives_another_villages_private_data(net):
    tables = {"villager": "station_id", "visit": "station_id", "concern": "station_id"}
    for v in net.villages:
        sd.close()
        con = sqlite3.connect(f"file:{v.path}?mode=ro", uri=True)
        try:
            for table, col in tables.items():
                others = con.execute(f"SELECT COUNT(*) FROM {table} WHERE {col} != ?", (v.station_id,)).fetchone()[0]
                assert others == 0, (v.label, table)
                assert con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] > 0, (v.label, table)
            stray = con.execute("SELECT COUNT(*) FROM concern_event e JOIN concern c ON c.id = e.concern_id "
                                "WHERE c.station_id != ?", (v.station_id,)).fetchone()[0]
            assert stray == 0
            records = con.execute("SELECT DISTINCT partition FROM sync_record").fetchall()
            assert {p for (p,) in records} <= {"*", v.station_id}, v.label
        finally:
            con.close()


def test_a_confidential_concerns_words_reach_the_township_only_when_escalated_to_it(net):
    from models.core.schema import Concern

    sd.close()
    for desk in (net.township, net.county):
        raw = desk.path.read_bytes()
        assert SECRET.encode() not in raw, desk.label
        desk.open()
        assert Concern.get_by_id(net.secret).confidential
        assert SECRET not in Concern.get_by_id(net.secret).summary
        up = Concern.get_by_id(net.secret_up)
        assert Concern.get_by_id(net.secret).villager.name == "黄**"  # masked above (issue 16)
        if desk is net.township:  # escalated to the township: it handles it, reads it and the name
            assert (up.summary, up.villager.name) == (SECRET_UP, "陆强")
        else:  # and no higher
            assert SECRET_UP not in up.summary and up.villager.name == "陆**"
            assert SECRET_UP.encode() not in raw and "陆强".encode() not in raw
        sd.close()
    net.b.open()
    assert Concern.get_by_id(net.secret).summary == SECRET  # the village keeps its words
    sd.close()


def test_dry_run_changes_nothing_and_shows_what_the_import_would_do(net, tmp_path):
    township, b = copy_of(net, tmp_path, net.township, net.b)
    register(b, "覃五", "time_limited", "水渠堵了")
    stick = Stick(tmp_path / "stick")
    package = stick.export(b, township)
    proc = unchanged_by(township, lambda: cli(township, "sync", "import", package, "--dry-run"))
    assert "新关切 1 件" in proc.stdout and "预览" in proc.stdout
    before = sd.table_counts(township)["concern"]
    cli(township, "sync", "import", package)
    assert sd.table_counts(township)["concern"] == before + 1
    # importing it again changes nothing but the list of trips (which notes it)
    from sync.tables import SYNCED_TABLES

    watched = list(SYNCED_TABLES) + ["sync_record", "sync_dot", "sync_knowledge", "sync_peer"]
    before = sd.all_rows(township, watched)
    trips = sd.table_counts(township)["sync_trip"]
    again = cli(township, "sync", "import", package)
    assert "没有新内容" in again.stdout
    assert sd.all_rows(township, watched) == before
    assert sd.table_counts(township)["sync_trip"] == trips + 1
    sd.close()


def test_after_a_full_exchange_ten_new_concerns_travel_in_a_small_package(net, tmp_path):
    a, township, county = copy_of(net, tmp_path, net.a, net.township, net.county)
    assert net.first_package_of_a > 50 * 1024  # the demo year is large on the first trip
    for i in range(10):
        register(a, f"新村民{i}", "time_limited", f"第{i}件新反映的事情，写得稍微长一点，像真的一样")
    stick = Stick(tmp_path / "stick")
    package = stick.export(a, township)
    assert package.stat().st_size < 50 * 1024, package.stat().st_size
    out = cli(township, "sync", "import", package).stdout
    assert "新关切 10 件" in out
    # and on from the township to the county, which holds every village's year
    onward = stick.export(township, county)
    assert onward.stat().st_size < 50 * 1024, onward.stat().st_size
    assert "新关切 10 件" in cli(county, "sync", "import", onward).stdout
    # and "send everything" still sends everything
    full = stick.export(a, township, "--full")
    assert full.stat().st_size > 50 * 1024


def test_a_package_for_village_a_is_refused_at_village_b(net, tmp_path):
    township, a, b = copy_of(net, tmp_path, net.township, net.a, net.b)
    stick = Stick(tmp_path / "stick")
    package = stick.export(township, a)
    proc = unchanged_by(b, lambda: cli(b, "sync", "import", package, ok=False))
    assert proc.returncode == 1
    assert "不是发给本站" in proc.stderr and "没有改动" in proc.stderr
    cli(a, "sync", "import", package)  # at its own desk it is fine


def test_a_truncated_or_damaged_package_is_refused_and_nothing_changes(net, tmp_path):
    township, b = copy_of(net, tmp_path, net.township, net.b)
    register(b, "罗六", "time_limited", "桥栏杆松了")
    stick = Stick(tmp_path / "stick")
    package = stick.export(b, township)
    data = package.read_bytes()
    cut = tmp_path / "cut" / package.name
    cut.parent.mkdir()
    cut.write_bytes(data[: len(data) * 2 // 3])
    proc = unchanged_by(township, lambda: cli(township, "sync", "import", cut, ok=False))
    assert proc.returncode == 1 and "不完整" in proc.stderr, proc.stderr
    flipped = tmp_path / "flip" / package.name
    flipped.parent.mkdir()
    damaged = bytearray(data)
    damaged[len(data) // 2] ^= 0x10
    flipped.write_bytes(bytes(damaged))
    proc = unchanged_by(township, lambda: cli(township, "sync", "import", flipped, ok=False))
    assert proc.returncode == 1 and re.search(r"[\u4e00-\u9fff]", proc.stderr)
    # the good one still goes in
    assert "新关切 1 件" in cli(township, "sync", "import", package).stdout


def test_trips_are_listed_and_peers_know_each_other(net, tmp_path):
    (township,) = copy_of(net, tmp_path, net.township)
    history = cli(township, "sync", "history").stdout
    assert history.count("导出给") >= 5 and history.count("导入自") >= 5
    peers = cli(township, "sync", "peers").stdout
    for d in (net.county, *net.villages):
        assert d.code in peers
    assert "等待第一次同步" not in peers
    (b,) = copy_of(net, tmp_path / "b", net.b)
    assert "等待第一次同步" not in cli(b, "sync", "peers").stdout
    assert "没有冲突" in cli(b, "sync", "conflicts").stdout


def test_a_phone_changed_at_village_and_township_is_listed_as_a_conflict_on_both(net, tmp_path):
    from models.core.schema import Villager

    township, b = copy_of(net, tmp_path, net.township, net.b)
    b.open()
    person = Villager.get(Villager.name == "韦明")  # not confidential: its phone may travel up
    Villager.update(phone="13811112222").where(Villager.id == person.id).execute()
    township.open()
    Villager.update(phone="13833334444").where(Villager.id == person.id).execute()
    stick = Stick(tmp_path / "stick")
    up = stick.export(b, township)
    down = stick.export(township, b)
    assert "冲突 1 处" in cli(township, "sync", "import", up).stdout
    assert "冲突 1 处" in cli(b, "sync", "import", down).stdout
    listed = {}
    for d in (township, b):
        out = cli(d, "sync", "conflicts").stdout
        assert "13811112222" in out and "13833334444" in out, out
        listed[d.label] = re.search(r"现在显示 '(\d+)'", out).group(1)
    assert len(set(listed.values())) == 1  # the same value shown on both desks, the other kept
