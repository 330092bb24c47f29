"""The published table reproduced: Ningming county's stations and figures,
through the same intake and workflow code as the desk, in the models, in
``stats --json`` and per township."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from models.core.schema import Staff, Station
from models.figures.periods import statistics
from models.figures.totals import totals
from models.safety.opening import close_database, open_database

from .conftest import ROOT


@pytest.fixture(scope="module")
def ningming_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("ningming")
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(d), "demo", "--ningming"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "关切 652 件（已解决 613，待处理 35，其他 4）" in proc.stdout
    return d


def test_stats_json_shows_the_published_table(ningming_dir):
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(ningming_dir),
                           "stats", "--json"], capture_output=True, text=True, timeout=120)
    t = json.loads(proc.stdout)
    assert (t["visitors"], t["concerns"], t["resolved"], t["pending"]) == (690, 652, 613, 35)
    assert t["other_outcomes"] == {"withdrawn": 1, "referred": 1, "duplicate": 1, "declined": 1}
    assert t["resolved"] + t["pending"] == 648      # the four others are shown, not hidden


def test_county_statistics_by_station(ningming_dir):
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(ningming_dir),
                           "stats", "--json", "--station", "451422"], capture_output=True, text=True,
                          timeout=120)
    d = json.loads(proc.stdout)
    assert (d["visitors"], d["concerns"], d["resolved"], d["pending"]) == (690, 652, 613, 35)
    assert sum(d["other_outcomes"].values()) == 4
    assert d["scope"] == {"name": "宁明县回应指挥部", "level": "county", "code": "451422", "stations": 302}
    assert len(d["ranking"]) == 161
    assert d["completion_rate"] == round(617 / 652, 4)
    assert any(r["flagged"] for r in d["ranking"]) and not all(r["flagged"] for r in d["ranking"])


def test_network_shape_and_townships_add_up(ningming_dir):
    open_database(ningming_dir / "station.sqlite3")
    try:
        levels = {lvl: Station.select().where(Station.level == lvl).count()
                  for lvl in ("county", "township", "village", "hamlet")}
        assert levels == {"county": 1, "township": 13, "village": 161, "hamlet": 127}
        assert Staff.select().count() == 1214
        county = Station.get(Station.level == "county")
        per_township = [statistics(t).figures.totals for t in county.children]
        assert sum(t.concerns for t in per_township) == 652
        assert sum(t.visitors for t in per_township) == 690
        assert sum(t.resolved for t in per_township) == 613
        assert totals(None).adds_up()
    finally:
        close_database()


def test_printed_stats_report_shows_the_published_figures(ningming_dir, tmp_path):
    out = tmp_path / "统计报表.pdf"
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(ningming_dir),
                           "report", "stats", "--from", "2014-01-01", "--to", "2014-12-31", "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    first = subprocess.run(["pdftotext", "-enc", "UTF-8", "-l", "1", str(out), "-"],
                           capture_output=True, text=True, check=True).stdout
    flat = "".join(first.split())
    assert "宁明县回应指挥部" in flat and "统计报表" in flat and "2014年" in flat
    assert "690612652613354" in flat          # 来访人数 来访次数 受理关切 已解决 待处理 其他结果
    assert "受理关切652件＝已解决613＋待处理35＋村民撤回1＋转交他处办理1＋重复反映已合并1＋不予受理并说明1" in flat
    whole = "".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    assert "各站排名" in whole and "▲" in whole
