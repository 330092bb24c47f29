"""Paper and Excel ledgers: a template with Chinese headers, every row
checked first (row number and reason), nothing saved until confirmed, and
never imported twice."""
from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from models.concerns import ledger_import as li
from models.core.errors import ValidationError
from models.core.schema import Concern, ConcernEvent, Visit
from models.figures.totals import totals

TODAY = dt.date(2026, 11, 20)

GOOD = [
    ["2026-03-08", "张三", "13912345678", "上屯", 1, "代办代理服务", "政策咨询当面答复", "咨询医保缴费",
     "", "", "已解决", "2026-03-08", "满意"],
    ["2026/4/1", "李四", "", "下屯", 3, "化解矛盾纠纷", "矛盾纠纷现场调解", "宅基地边界纠纷",
     "两家因砌墙争执", "", "", "", ""],
    [dt.datetime(2026, 5, 6), "王五", "", "", 2, "倾听意见建议", "限时解决", "路灯坏了",
     "", "2026-05-16", "村民撤回", "2026-05-07", ""],
]
BAD = [
    ["2026-13-01", "赵六", "", "", 1, "代办代理服务", "政策咨询当面答复", "问事", "", "", "", "", ""],
    ["2026-03-09", "", "", "", 1, "代办代理服务", "政策咨询当面答复", "问事", "", "", "", "", ""],
    ["2026-03-09", "钱七", "12345", "", 1, "代办代理服务", "政策咨询当面答复", "问事", "", "", "", "", ""],
    ["2026-03-09", "孙八", "", "东屯", 1, "代办代理服务", "政策咨询当面答复", "问事", "", "", "", "", ""],
    ["2026-03-09", "周九", "", "", 1, "帮忙", "政策咨询当面答复", "问事", "", "", "", "", ""],
    ["2026-03-09", "吴十", "", "", 1, "代办代理服务", "政策咨询当面答复", "问事", "", "", "已解决", "", ""],
    ["2027-01-01", "郑一", "", "", 1, "代办代理服务", "政策咨询当面答复", "问事", "", "", "", "", ""],
    ["2026-03-08", "张三", "13912345678", "上屯", 1, "代办代理服务", "政策咨询当面答复", "咨询医保缴费",
     "", "", "已解决", "2026-03-08", "满意"],     # the same as the first good row
]


def _xlsx(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(li.HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_template_has_the_chinese_headers(station, tmp_path):
    x = li.write_template(tmp_path / "台账模板.xlsx", station)
    wb = load_workbook(x)
    assert [c.value for c in wb["台账"][1]] == li.HEADERS
    assert "填写说明" in wb.sheetnames
    c = li.write_template(tmp_path / "台账模板.csv", station)
    with c.open(encoding="utf-8-sig") as f:
        assert next(csv.reader(f)) == li.HEADERS
    with pytest.raises(ValidationError):
        li.write_template(tmp_path / "台账.txt")


def test_every_row_checked_bad_rows_listed_nothing_saved(station, tmp_path, table_counts):
    path = _xlsx(tmp_path / "台账.xlsx", GOOD + BAD)
    before = table_counts()
    check = li.check_file(station, path, TODAY)
    assert table_counts() == before                       # checking saves nothing
    assert [r.row for r in check.good] == [2, 3, 4]
    reasons = dict(check.bad)
    assert sorted(reasons) == [5, 6, 7, 8, 9, 10, 11, 12]
    assert "登记日期" in reasons[5] and "不存在" in reasons[5]
    assert "姓名" in reasons[6]
    assert "联系电话" in reasons[7]
    assert "东屯" in reasons[8] and "上屯" in reasons[8]
    assert "回应功能“帮忙”不对" in reasons[9]
    assert "办结日期" in reasons[10]
    assert "还没到" in reasons[11]
    assert "与第2行是同一件事" in reasons[12]
    text = check.report()
    assert "可以导入 3 行，有问题 8 行" in text and "第8行：所在屯“东屯”本站没有" in text


def test_import_after_confirming_and_never_twice(station, tmp_path):
    path = _xlsx(tmp_path / "台账.xlsx", GOOD + BAD[:2])
    check = li.check_file(station, path, TODAY)
    assert li.import_checked(station, check) == 3
    t = totals(station)
    assert (t.concerns, t.visits, t.visitors, t.resolved, t.pending, t.other_outcomes["withdrawn"]) == \
        (3, 3, 6, 1, 1, 1)
    first = Concern.get(Concern.summary == "咨询医保缴费")
    assert (first.registered_on, first.satisfaction, first.outcome, first.closed_on) == \
        (dt.date(2026, 3, 8), "satisfied", "resolved", dt.date(2026, 3, 8))
    assert first.hamlet.name == "上屯" and first.villager.phone == "13912345678"
    assert any("从台账导入（台账.xlsx 第2行）" == e.note for e in ConcernEvent.select())
    # the same file again: everything is recognised, nothing added
    again = li.check_file(station, path, TODAY)
    assert again.good == [] and again.already == [2, 3, 4]
    assert li.import_checked(station, again) == 0
    # the old check confirmed twice: still nothing added
    assert li.import_checked(station, check) == 0
    assert Concern.select().count() == 3 and Visit.select().count() == 3


def test_csv_in_gbk_as_excel_saves_it(station, tmp_path):
    path = tmp_path / "台账.csv"
    with path.open("w", encoding="gb18030", newline="") as f:
        w = csv.writer(f)
        w.writerow(li.HEADERS)
        w.writerow(["2026-04-01", "李四", "", "下屯", "3", "化解纠纷", "现场调解", "宅基地边界纠纷",
                    "", "", "", "", ""])
    check = li.check_file(station, path, TODAY)
    assert [r.row for r in check.good] == [2] and check.bad == []
    assert li.import_checked(station, check) == 1


def test_wrong_file_is_refused_plainly(station, tmp_path):
    bad = tmp_path / "x.csv"
    bad.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="表头缺少"):
        li.check_file(station, bad, TODAY)
    with pytest.raises(ValidationError, match="找不到文件"):
        li.check_file(station, tmp_path / "none.xlsx", TODAY)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="打不开"):
        li.check_file(station, junk, TODAY)


def test_ledger_command_checks_then_imports_on_yes(station, db_path, tmp_path, capsys):
    from main import main
    from models.safety.opening import close_database
    close_database()
    d = str(db_path.parent)
    assert main(["--data-dir", d, "ledger", "template", "-o", str(tmp_path / "模板.xlsx")]) == 0
    assert "已导出台账模板" in capsys.readouterr().out
    path = _xlsx(tmp_path / "台账.xlsx", GOOD + BAD[:1])
    assert main(["--data-dir", d, "ledger", "import", str(path)]) == 1
    out = capsys.readouterr().out
    assert "第5行：登记日期" in out and "还没有导入" in out and "--yes" in out
    assert main(["--data-dir", d, "ledger", "import", str(path), "--yes"]) == 0
    assert "已导入 3 行" in capsys.readouterr().out
    assert main(["--data-dir", d, "ledger", "import", str(path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "已导入 0 行" in out and "以前已经导入过 3 行" in out
    assert main(["--data-dir", d, "ledger", "import"]) == 2
    assert "请写明要导入的台账文件" in capsys.readouterr().err


# ---------------------------------------------------------------- written in bulk, as the desk writes

def _rows_for(n):
    """n distinct rows, rotating through the good rows' shapes."""
    out = []
    for i in range(n):
        r = list(GOOD[i % 3])
        r[7] = f"{r[7]}（{i}）"
        out.append(r)
    return out


def test_bulk_import_writes_what_registering_at_the_desk_writes(station, tmp_path):
    """Every imported concern's state columns and search text are what
    projecting its events gives (workflow.project changes nothing), its
    history is received → registered → the import note → (feedback) → closed,
    and the audit chain verifies."""
    from models.concerns import search, workflow
    from models.safety import audit

    path = _xlsx(tmp_path / "台账.xlsx", _rows_for(30))
    assert li.import_checked(station, li.check_file(station, path, TODAY)) == 30
    columns = [f.name for f in Concern._meta.sorted_fields]
    for c in Concern.select():
        before = [getattr(c, n) for n in columns]
        body = search.db.execute_sql("SELECT body FROM concern_fts WHERE concern_id = ?", (c.id,)).fetchone()[0]
        workflow.project(Concern.get_by_id(c.id))
        after = Concern.get_by_id(c.id)
        assert [getattr(after, n) for n in columns] == before
        assert body == search._body(after)
        kinds = [e.kind for e in workflow.events(after)]
        expected = {"resolved": ["received", "registered", "note", "step", "closed"],
                    "pending": ["received", "registered", "note"],
                    "withdrawn": ["received", "registered", "note", "closed"]}[after.outcome]
        assert kinds == expected
        assert workflow.events(after)[2].note.startswith("从台账导入（台账.xlsx 第")
    assert audit.verify_chain().ok


def test_case_numbers_follow_the_station_s_own_and_villagers_come_back(station, tmp_path):
    from models.concerns.intake import receive_visit
    from models.concerns.villagers import register_villager
    from models.concerns.workflow import ConcernInput
    from models.core.schema import Villager

    zhang = register_villager(station, "张三", "13912345678")
    receive_visit(station, "walk_in", [zhang], [ConcernInput(zhang, "proxy_service", "answer_on_spot", "问事")],
                  at=dt.datetime(2026, 3, 1, 10, 0))
    rows = [
        ["2026-03-08", "张三", "13912345678", "", 1, "代办代理服务", "政策咨询当面答复", "一", "", "", "", "", ""],
        ["2026-03-09", "赵六", "", "上屯", 1, "代办代理服务", "政策咨询当面答复", "二", "", "", "", "", ""],
        ["2026-03-10", "赵六", "", "上屯", 1, "代办代理服务", "政策咨询当面答复", "三", "", "", "", "", ""],
        ["2026-03-11", "赵六", "", "", 1, "代办代理服务", "政策咨询当面答复", "四", "", "", "", "", ""],
        ["2025-12-30", "钱七", "", "", 1, "代办代理服务", "政策咨询当面答复", "五", "", "", "", "", ""],
    ]
    li.import_checked(station, li.check_file(station, _xlsx(tmp_path / "台账.xlsx", rows), TODAY))
    numbers = {c.summary: c.case_number for c in Concern.select()}
    assert numbers == {"问事": "2026-0001", "一": "2026-0002", "二": "2026-0003", "三": "2026-0004",
                       "四": "2026-0005", "五": "2025-0001"}
    by = {c.summary: c.villager_id for c in Concern.select()}
    assert by["一"] == zhang.id                     # the same name and phone: the villager known already
    assert by["二"] == by["三"] != by["四"]          # the same name in the same hamlet; without one, a new entry
    assert Villager.select().where(Villager.name == "赵六").count() == 2
    assert Villager.get_by_id(by["二"]).pinyin_initials == "zl"


def test_progress_is_reported_from_nothing_to_all(station, tmp_path):
    path = _xlsx(tmp_path / "台账.xlsx", _rows_for(li.CHUNK + 10))
    check = li.check_file(station, path, TODAY)
    seen = []
    assert li.import_checked(station, check, progress=lambda done, total: seen.append((done, total))) == \
        li.CHUNK + 10
    total = li.CHUNK + 10
    assert seen == [(0, total), (li.CHUNK, total), (total, total)]


def test_reimport_names_the_rows_as_ranges(station, tmp_path):
    rows = _rows_for(6)
    path = _xlsx(tmp_path / "台账.xlsx", rows)
    li.import_checked(station, li.check_file(station, path, TODAY))
    rows.insert(3, BAD[0])              # row 5 is new and bad; rows 2-4 and 6-8 came before
    again = li.check_file(station, _xlsx(tmp_path / "台账2.xlsx", rows), TODAY)
    assert again.already == [2, 3, 4, 6, 7, 8]
    assert "以前已经导入过 6 行（第2–4行、第6–8行），这次跳过" in again.report()
    assert li.row_ranges([2, 3, 4, 5, 9, 11, 12]) == "第2–5行、第9行、第11–12行"


# ---------------------------------------------------------------- a full disk, a long cell

def test_a_database_on_a_full_disk_refuses_the_import_and_saves_nothing(station, tmp_path, table_counts):
    """SQLite's own "database or disk is full" (here from max_page_count, the
    same error a full disk gives) ends in a message, not a traceback, and
    not "cannot rollback - no transaction is active"."""
    from models.core.db import db

    check = li.check_file(station, _xlsx(tmp_path / "台账.xlsx", _rows_for(300)), TODAY)
    before = table_counts()
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    try:
        with pytest.raises(ValidationError, match="磁盘满了，台账没有导入（一行也没有保存）"):
            li.import_checked(station, check)
    finally:
        db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert table_counts() == before
    assert li.import_checked(station, check) == 300       # with room again, it imports


def test_a_cell_of_200000_characters_is_a_bad_row_not_a_crash(station, tmp_path):
    path = tmp_path / "台账.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(li.HEADERS)
        w.writerow(GOOD[0][:8] + ["很" * 200_000] + GOOD[0][9:])
        w.writerow(GOOD[1])
    check = li.check_file(station, path, TODAY)
    assert [r.row for r in check.good] == [3]
    assert check.bad == [(2, "详细情况太长了（最多4000字）。")]
