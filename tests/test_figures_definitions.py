"""The figures agree with their definition (issue 17): one rule for the
on-time rate — a deadline left blank is the handling rule's time limit from
the registration date, at the desk and in an imported ledger alike — said the
same by the ledger check, the statistics, the printed report and the README;
and a hamlet point's statistics count the concerns filed under it."""
from __future__ import annotations

import datetime as dt
import json

from openpyxl import Workbook

from models.concerns import ledger_import as li
from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.clock import frozen
from models.core.schema import Concern, Station
from models.figures.periods import ON_TIME_RULE, Period, statistics
from models.figures.stats_report import stats_report_data

from .conftest import ROOT, copy_demo
from .test_cli import run

TODAY = dt.date(2026, 11, 20)
MEDIATION = "矛盾纠纷现场调解"   # 7 days by default


def _ledger(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(li.HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _row(day, name, summary, deadline, closed):
    return [day, name, "", "上屯", 1, "化解矛盾纠纷", MEDIATION, summary, "", deadline,
            "已解决" if closed else "", closed, ""]


def test_a_blank_deadline_is_the_rules_limit_and_the_check_says_what_it_means(station, tmp_path):
    path = _ledger(tmp_path / "台账.xlsx", [
        _row("2026-03-02", "张一", "宅基地边界", "", "2026-03-05"),      # blank, closed in 3 days
        _row("2026-03-02", "张二", "田埂放水", "", "2026-03-22"),        # blank, closed after 20 days
        _row("2026-03-02", "张三", "邻里噪音", "2026-03-30", "2026-03-22"),  # written, on time
        _row("2026-03-02", "张四", "修路占地", "", ""),                  # blank, still pending
    ])
    check = li.check_file(station, path, TODAY)
    assert [r.deadline_given for r in check.good] == [False, False, True, False]
    assert {r.deadline for r in check.good if not r.deadline_given} == {dt.date(2026, 3, 9)}
    text = check.report()
    assert ("没有填写办结期限的 3 行（第2–3行、第5行）：按处理方式的办理期限从登记日期算起"
            "（矛盾纠纷现场调解 7 天），按期办结率也按这个期限算；"
            "其中 1 行的办结日期晚于这个期限，算超期办结（第3行）。") in text
    with frozen(dt.datetime(2026, 11, 20, 10, 0)):
        assert li.import_checked(station, check) == 4
    # the same rule as the statistics: 2 of the 3 closed on time
    f = statistics(station, Period("month", 2026, 3)).figures
    assert (f.closed, f.on_time) == (3, 2)
    assert {c.summary: c.deadline for c in Concern.select()}["田埂放水"] == dt.date(2026, 3, 9)


def test_the_same_concern_registered_at_the_desk_counts_the_same(station):
    from models.station.stations import active_staff
    staff = active_staff(station)[0]
    v = register_villager(station, "张二")
    with frozen(dt.datetime(2026, 3, 2, 9, 0)):
        _, (c,) = receive_visit(station, "walk_in", [v], [
            ConcernInput(v, "dispute", "mediate_on_site", "田埂放水")], staff)
    assert c.deadline == dt.date(2026, 3, 9)     # no deadline written: the rule's 7 days
    with frozen(dt.datetime(2026, 3, 22, 9, 0)):
        workflow.close_concern(c, "withdrawn", staff, "村民撤回")
    f = statistics(station, Period("month", 2026, 3)).figures
    assert (f.closed, f.on_time) == (1, 0)


def test_the_report_the_screen_and_the_readme_say_the_one_rule(station):
    data = stats_report_data(station, dt.date(2026, 3, 1), dt.date(2026, 3, 31), TODAY)
    assert ON_TIME_RULE in data.definitions
    assert "没有写办结期限的，按处理方式的办理期限从登记日期算起" in ON_TIME_RULE
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "no deadline\ncounts as on time" not in readme and "no deadline counts as on time" not in readme
    assert "the handling rule's time limit from the registration date" in " ".join(readme.split())
    screen = (ROOT / "ui" / "statistics_page.py").read_text(encoding="utf-8")
    assert "the deadline is the handling rule's time limit" in screen
    assert "未定期限的视为按期" not in (ROOT / "models" / "figures" / "stats_report.py").read_text("utf-8")


def test_stats_for_a_hamlet_point_counts_the_concerns_filed_under_it(tmp_path, demo_template):
    copy_demo(demo_template, tmp_path)
    from models.safety.opening import close_database, open_database
    open_database(tmp_path / "station.sqlite3")
    try:
        hamlet = Station.select().where(Station.level == "hamlet").order_by(Station.code).first()
        filed = Concern.select().where(Concern.hamlet == hamlet).count()
        code = hamlet.code
    finally:
        close_database()
    assert filed > 0
    whole = json.loads(run("--data-dir", tmp_path, "stats", "--json", "--station", code).stdout)
    assert whole["concerns"] == filed
    assert whole["scope"]["level"] == "hamlet"
    assert whole["concerns"] == whole["resolved"] + whole["pending"] + sum(whole["other_outcomes"].values())
    assert whole["visits"] > 0
    text = run("--data-dir", tmp_path, "stats", "--station", code).stdout
    assert f"关切 {filed} 件" in text and ON_TIME_RULE in text
