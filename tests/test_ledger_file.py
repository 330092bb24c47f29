"""Ledger files as stations keep them in Excel or WPS: merged cells, title
rows, line breaks in cells, columns the desk does not take; files far too
long refused early; the template's drop-down lists within Excel's limits;
a full disk or an over-long file name said in words."""
from __future__ import annotations

import csv
import datetime as dt
import errno
import resource
import signal
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from models.concerns import ledger_file as lf
from models.concerns import ledger_import as li
from models.core.errors import ValidationError
from models.core.schema import Concern
from models.station import stations

TODAY = dt.date(2026, 11, 20)
ROW = ["2026-03-08", "张三", "13912345678", "上屯", 1, "代办代理服务", "政策咨询当面答复", "咨询医保缴费",
       "", "", "已解决", "2026-03-08", "满意"]


def _csv(path, rows, header=lf.HEADERS):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


# ---------------------------------------------------------------- merged cells, title rows, line breaks

def test_a_wps_ledger_with_a_title_merged_headings_and_a_hamlet_merged_down(station, tmp_path):
    """Row 1: a title merged over the sheet. Row 2: the headings, 反映事项
    merged over two columns (the station writes on in the second). Rows 3-5:
    one 所在屯 cell merged down over the three. Rows 7-8 are empty although
    the 所在屯 merge reaches them."""
    wb = Workbook()
    ws = wb.active
    headings = ["登记日期", "反映人姓名", "联系电话", "所在屯", "来访人数", "回应功能", "处理方式",
                "反映事项", None, "详细情况", "办理结果", "办结日期", "满意度"]
    ws.append(["测试村村民关切回应站工作台账（2026年）"])
    ws.append(headings)
    ws.merge_cells("A1:M1")
    ws.merge_cells("H2:I2")
    ws.append(["2026-03-08", "张三", "", "上屯", 1, "代办代理服务", "政策咨询当面答复", "咨询医保", "缴费标准",
               "", "", "", ""])
    ws.append(["2026-03-09", "李四", "", None, 1, "化解矛盾纠纷", "矛盾纠纷现场调解", "宅基地纠纷", None,
               "第一行说明\n第二行说明", "", "", ""])
    ws.append(["2026-03-10", "王五", "", None, 1, "倾听意见建议", "政策咨询当面答复", "问路灯", None,
               "", "", "", ""])
    ws.append(["2026-03-11", "赵六", "", "下屯", 1, "倾听意见建议", "政策咨询当面答复", "问水柜", None,
               "", "", "", ""])
    ws.merge_cells("D3:D5")
    ws.merge_cells("D6:D8")
    wb.save(tmp_path / "台账.xlsx")

    sheet = lf.read_ledger(tmp_path / "台账.xlsx")
    assert sheet.header_row == 2 and sheet.ignored == []
    assert [n for n, _ in sheet.rows] == [3, 4, 5, 6]
    records = dict(sheet.rows)
    assert [records[n]["所在屯"] for n in (3, 4, 5, 6)] == ["上屯", "上屯", "上屯", "下屯"]
    assert records[3]["反映事项"] == "咨询医保\n缴费标准"
    check = li.check_rows(station, sheet, TODAY, "台账.xlsx")
    assert check.bad == [] and len(check.good) == 4
    li.import_checked(station, check)
    by = {c.villager.name: c for c in Concern.select()}
    assert by["王五"].hamlet.name == "上屯" and by["赵六"].hamlet.name == "下屯"
    assert by["李四"].details == "第一行说明\n第二行说明"      # the line break is kept


def test_a_two_row_header_takes_the_names_under_a_merged_group(station, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["登记日期", "反映人", None, "回应功能", "处理方式", "反映事项"])
    ws.append([None, "姓名", "联系电话", None, None, None])
    ws.merge_cells("B1:C1")
    for col in "ADEF":
        ws.merge_cells(f"{col}1:{col}2")
    ws.append(["2026-03-08", "张三", "13912345678", "代办代理服务", "政策咨询当面答复", "咨询医保缴费"])
    wb.save(tmp_path / "台账.xlsx")
    sheet = lf.read_ledger(tmp_path / "台账.xlsx")
    assert sheet.rows == [(3, {"登记日期": "2026-03-08", "反映人姓名": "张三", "联系电话": "13912345678",
                               "回应功能": "代办代理服务", "处理方式": "政策咨询当面答复",
                               "反映事项": "咨询医保缴费"})]


def test_line_breaks_inside_a_csv_cell_are_kept(station, tmp_path):
    row = list(ROW)
    row[8] = "第一行说明\r\n第二行说明"
    path = _csv(tmp_path / "台账.csv", [row, ["2026-04-01", "李四", "", "下屯", 1, "化解矛盾纠纷",
                                              "矛盾纠纷现场调解", "宅基地边界纠纷", "", "", "", "", ""]])
    check = li.check_file(station, path, TODAY)
    assert [r.row for r in check.good] == [2, 3] and check.bad == []
    li.import_checked(station, check)
    assert Concern.get(Concern.summary == "咨询医保缴费").details == "第一行说明\n第二行说明"


def test_a_column_the_desk_does_not_take_is_named(station, tmp_path):
    path = _csv(tmp_path / "台账.csv", [ROW + ["", "壮族", "老病号"]], header=lf.HEADERS + ["民族", "备注"])
    check = li.check_file(station, path, TODAY)
    assert check.ignored == ["民族", "备注"]
    assert "这几列不导入：民族、备注" in check.report()
    one = li.check_file(station, _csv(tmp_path / "b.csv", [ROW + ["x"]], header=lf.HEADERS[:-1] + ["备注"]),
                        TODAY)
    assert "这一列不导入：备注" in one.report() and len(one.good) == 1


def _id(first17: str) -> str:
    from models.core.validation import id_check_digit

    return first17 + id_check_digit(first17)


def test_the_id_number_is_taken_with_its_check_digit_verified(station, tmp_path):
    """身份证号 (or 身份证号码) is read: a good number is stored on the
    villager (and finds a villager registered with it, or gives its number to
    one found by name and phone who had none); a wrong check digit, a birth
    date that does not exist, a cell Excel made a number of, one number under
    two names — each is a bad row, said in words; nothing of a bad row is saved."""
    from models.concerns.villagers import register_villager
    from models.core.schema import Villager

    good, other = _id("45142219900101123"), _id("45142219851231002")
    wrong_digit = good[:17] + ("0" if good[17] != "0" else "1")
    known = register_villager(station, "李四", "13900000001")  # no ID number at the desk yet
    header = lf.HEADERS[:-1] + ["身份证号码"]
    rows = [ROW[:1] + ["张三"] + ROW[2:] + [good],                                # 2: taken
            ROW[:1] + ["王五"] + ROW[2:] + [wrong_digit],                         # 3: check digit
            ROW[:1] + ["赵六"] + ROW[2:] + ["451422199002301234"],                # 4: no 30 February
            ROW[:1] + ["钱七"] + ROW[2:7] + ["另一件事"] + ROW[8:] + [good],      # 5: 张三's number
            ["2026-03-09", "李四", "13900000001"] + ROW[3:10] + ["", "", "", other],  # 6: to 李四 here
            ["2026-03-10", "张三", "13912345678"] + ROW[3:7] + ["又来问"] + ROW[8:10]
            + ["", "", "", good]]                                                      # 7: same person
    check = li.check_file(station, _csv(tmp_path / "台账.csv", rows, header=header), TODAY)
    assert check.ignored == []
    bad = dict(check.bad)
    assert [r.row for r in check.good] == [2, 6, 7], check.report()
    assert "校验码不对" in bad[3]
    assert "出生日期不存在" in bad[4]
    assert f"身份证号 {good[:6]}********{good[-4:]} 和第2行的一样，姓名却不同（张三、钱七）" in bad[5]
    assert good not in check.report()  # the number is masked where it is shown
    li.import_checked(station, check)
    assert Villager.get(Villager.name == "张三").id_number == good
    assert Villager.select().where(Villager.name == "张三").count() == 1  # row 7 found row 2's villager
    assert Villager.get_by_id(known.id).id_number == other
    assert not Villager.select().where(Villager.name << ["王五", "赵六", "钱七"]).exists()
    # the desk's villager with that number is another person
    again = li.check_file(station, _csv(tmp_path / "c.csv", [
        ["2026-04-01", "孙八"] + ROW[2:7] + ["新的事"] + ROW[8:10] + ["", "", "", good]], header=header),
        TODAY)
    assert again.good == []
    assert "本站已登记为张三，和反映人姓名“孙八”不符" in again.bad[0][1]


def test_an_id_number_excel_kept_as_a_number_is_refused_in_words(station, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(lf.HEADERS)
    ws.append(ROW + [451422199001011230])  # what Excel does with 18 digits typed into a number cell
    ws.append(ROW[:1] + ["李四"] + ROW[2:] + ["4.51422E+17"])  # the same, saved as csv text
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    check = li.check_file(station, path, TODAY)
    assert check.good == [] and [n for n, _ in check.bad] == [2, 3]
    for _n, reason in check.bad:
        assert "身份证号被 Excel 存成了数字，后几位已经丢失" in reason and "设成“文本”" in reason


def test_the_template_keeps_the_id_number_column_as_text(tmp_path):
    path = lf.write_template(tmp_path / "模板.xlsx", ["上屯"])
    ws = load_workbook(path)["台账"]
    assert ws.cell(row=1, column=14).value == "身份证号"
    assert ws.column_dimensions["N"].number_format == "@"


def test_headings_as_stations_write_them(station, tmp_path):
    header = ["日期", "姓名", "电话", "屯", "人数", "回应功能*", "处理方式 ", "反映问题", "具体情况",
              "办结期限", "处理结果", "办结日期", "群众满意度"]
    check = li.check_file(station, _csv(tmp_path / "台账.csv", [ROW], header=header), TODAY)
    assert check.bad == [] and check.ignored == [] and check.good[0].hamlet.name == "上屯"


def test_old_excel_and_wps_files_are_asked_to_be_saved_as_xlsx(station, tmp_path):
    for suffix, what in ((".xls", "旧版 Excel"), (".et", "WPS 表格")):
        p = tmp_path / f"台账{suffix}"
        p.write_bytes(b"\xd0\xcf\x11\xe0")
        with pytest.raises(ValidationError, match=f"这是{what}.*另存为"):
            li.check_file(station, p, TODAY)


# ---------------------------------------------------------------- files far too long

def test_a_csv_past_the_limit_is_refused_without_reading_the_rest(station, tmp_path):
    """MAX_ROWS + 1 rows, a few hundred more, then bytes no encoding reads
    and a line of 2 MB: the refusal is the row limit, so the reader stopped
    before any of that."""
    path = _csv(tmp_path / "台账.csv", [ROW] * (lf.MAX_ROWS + 600))
    with path.open("ab") as f:
        f.write(b"\xff\xfe\x80\x81" * 100 + b"x" * (2 << 20) + b"\n")
    with pytest.raises(ValidationError, match=f"超过了 {lf.MAX_ROWS} 行"):
        li.check_file(station, path, TODAY)
    ok = _csv(tmp_path / "刚好.csv", [ROW] * lf.MAX_ROWS)
    assert len(lf.read_rows(ok)) == lf.MAX_ROWS


def test_an_xlsx_past_the_limit_is_refused(station, tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    ws.append(lf.HEADERS)
    for _ in range(lf.MAX_ROWS + 1):
        ws.append(ROW)
    wb.save(tmp_path / "台账.xlsx")
    with pytest.raises(ValidationError, match=f"超过了 {lf.MAX_ROWS} 行"):
        li.check_file(station, tmp_path / "台账.xlsx", TODAY)


def test_a_csv_of_one_endless_line_is_refused_plainly(station, tmp_path):
    path = tmp_path / "台账.csv"
    path.write_text(",".join(lf.HEADERS) + "\n" + "张" * (lf.MAX_LINE_CHARS + 10), encoding="utf-8")
    with pytest.raises(ValidationError, match="有一行超过了"):
        li.check_file(station, path, TODAY)


# ---------------------------------------------------------------- the template's lists

def test_template_lists_come_from_a_hidden_sheet_whatever_the_hamlets_are_called(station, tmp_path):
    """Excel reports a file as damaged if an inline list is longer than 255
    characters or a choice holds `"` or `,`: the lists are ranges of a hidden
    sheet, so hamlet names like these are fine."""
    odd = ['大"榕树"屯', "岜兰,岜团屯"] + [f"第{i}个很长名字的自然屯" for i in range(40)]
    for i, name in enumerate(odd):
        stations.create_station("hamlet", name, f"450000001001-{i + 10:02d}", station)
    path = li.write_template(tmp_path / "模板.xlsx", station)
    wb = load_workbook(path)
    assert wb["选项"].sheet_state == "hidden" and wb["台账"].sheet_state == "visible"
    assert wb.sheetnames[0] == "台账"
    validations = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in wb["台账"].data_validations.dataValidation}
    assert set(validations) == {"D2", "F2", "G2", "K2", "M2"}
    options = wb["选项"]
    for cell, formula in validations.items():
        assert len(formula) <= 255 and formula.startswith("'选项'!$") and '"' not in formula
        ref = formula.split("!")[1].replace("$", "")
        values = [c.value for (c,) in options[ref]]
        if cell == "D2":
            assert values == [h.name for h in stations.hamlets(station)]
            assert len("，".join(values)) > 255 and odd[0] in values and odd[1] in values
    # the sheet XML names the list by reference, not as a quoted inline list
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<formula1>'选项'!$" in xml and "<formula1>&quot;" not in xml


def test_template_filled_from_its_lists_imports(station, tmp_path):
    path = li.write_template(tmp_path / "模板.xlsx", station)
    wb = load_workbook(path)
    options = wb["选项"]
    ws = wb["台账"]
    ws.append(["2026-03-08", "张三", "", options["E2"].value, 1, options["A2"].value, options["B2"].value,
               "咨询医保缴费", "", "", options["C3"].value, "2026-03-08", options["D2"].value])
    wb.save(path)
    check = li.check_file(station, path, TODAY)
    assert check.bad == [] and len(check.good) == 1


# ---------------------------------------------------------------- full disk, long names

@pytest.fixture
def file_size_limit():
    """Writes past ``limit`` bytes fail (EFBIG), as on a full disk: the
    process's RLIMIT_FSIZE, put back afterwards."""
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_signal = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def limit(n):
        resource.setrlimit(resource.RLIMIT_FSIZE, (n, old_limit[1]))

    yield limit
    resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
    signal.signal(signal.SIGXFSZ, old_signal)


def test_a_template_onto_a_full_disk_leaves_no_file(station, tmp_path, file_size_limit):
    target = tmp_path / "out"
    target.mkdir()
    (target / "旧模板.xlsx").write_bytes(b"the old one")
    file_size_limit(2000)
    try:
        with pytest.raises(ValidationError) as e:
            li.write_template(target / "模板.xlsx", station)
        with pytest.raises(ValidationError):
            li.write_template(target / "旧模板.xlsx", station)
    finally:
        file_size_limit(resource.RLIM_INFINITY)
    assert "没有写成" in e.value.message
    assert sorted(p.name for p in target.iterdir()) == ["旧模板.xlsx"]          # no 0-byte or partial file
    assert (target / "旧模板.xlsx").read_bytes() == b"the old one"            # the old file as it was


def test_the_disk_full_message_names_the_file():
    assert "磁盘满了，“模板.xlsx”没有写成" in lf.file_error_message(OSError(errno.ENOSPC, "No space"), "/x/模板.xlsx")


def test_a_file_name_too_long_is_said_in_words(station, tmp_path, db_path, capsys):
    from main import main
    from models.safety.opening import close_database

    name = "台账模板" * 30 + ".xlsx"                 # 360 bytes in UTF-8: over 255
    with pytest.raises(ValidationError, match="文件名太长了"):
        li.write_template(tmp_path / name, station)
    close_database()
    assert main(["--data-dir", str(db_path.parent), "ledger", "template", "-o", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert "文件名太长了" in err and "Traceback" not in err and "OSError" not in err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ledger-")] == []
