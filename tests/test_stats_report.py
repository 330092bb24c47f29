"""The printed statistics report carries the models' figures (read back
from the PDF), with the low-satisfaction stations marked."""
from __future__ import annotations

import datetime as dt
import re
import subprocess

import reports
from models.figures import reporting
from models.figures.periods import Period, statistics
from models.figures.stats_report import matching_period

from .test_statistics import township  # noqa: F401 (fixture)


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def test_matching_period():
    today = dt.date(2026, 11, 20)
    assert matching_period(dt.date(2026, 11, 1), today, today) == Period("month", 2026, 11)
    assert matching_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31), today) == Period("month", 2026, 3)
    assert matching_period(dt.date(2026, 1, 1), dt.date(2026, 6, 30), today) == Period("half", 2026, 1)
    assert matching_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31), today) == Period("year", 2025, 1)
    assert matching_period(dt.date(2026, 3, 2), dt.date(2026, 3, 31), today) is None


def test_township_report_figures_equal_the_models(township, tmp_path):  # noqa: F811
    t, _, _ = township
    data = reporting.report_data("stats", t, dt.date(2026, 3, 1), dt.date(2026, 3, 31),
                                 today=dt.date(2026, 11, 20))
    s = statistics(t, Period("month", 2026, 3))
    assert (data.visitors, data.visits, data.concerns, data.resolved, data.pending, data.others) == \
        (s.figures.totals.visitors, s.figures.totals.visits, 4, 3, 1, 0)
    assert (data.completion_rate, data.on_time_rate, data.satisfaction_rate) == ("75.0%", "66.7%", "66.7%")
    assert data.adds_up() and data.flagged == 1
    path = tmp_path / "stats.pdf"
    pages = reports.render("stats", data, path)
    assert pages >= 1
    body = _text(path)
    assert "T镇回应中心" in body and "统计报表" in body and "2026年3月" in body
    assert "534310" in body                                  # 来访人数 次数 关切 已解决 待处理 其他
    assert "75.0%66.7%66.7%3" in body                        # 办结率 按期 满意率 作出评价
    assert "受理关切4件＝已解决3＋待处理1＋村民撤回0" in body
    ranking = body[body.index("各站排名"):]
    assert ranking.index("A村回应站") < ranking.index("B村回应站") and "▲" in ranking
    assert "100.0%" in ranking and "0.0%▲" in ranking
    assert "监督评价：监督员评价满意率—（0件次）" in body
    assert "按回应功能" in body and "代办代理服务" in body and "趋势" in body


def test_stats_report_needs_a_station(township):  # noqa: F811
    import pytest

    from models.core.errors import ValidationError
    with pytest.raises(ValidationError):
        reporting.report_data("stats", None)
