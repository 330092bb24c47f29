"""The ledger dialog (from the statistics screen): save a template, check a
filled ledger (bad rows listed, nothing imported), import on the button,
and a second import adds nothing."""
from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import Qt

from models.concerns import ledger_import as li
from models.core.schema import Concern
from ui.ledger_dialog import LedgerDialog
from ui.statistics_page import StatisticsPage


def _ledger(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(li.HEADERS)
    ws.append(["2026-03-08", "张三", "13912345678", "上屯", 1, "代办代理服务", "政策咨询当面答复",
               "咨询医保缴费", "", "", "已解决", "2026-03-08", "满意"])
    ws.append(["2026-03-09", "李四", "", "东屯", 1, "代办代理服务", "政策咨询当面答复", "问事",
               "", "", "", "", ""])
    wb.save(path)
    return path


def test_check_then_import_once(qtbot, ctx, tmp_path):
    dialog = LedgerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "纸质和 Excel 台账"
    assert dialog.save_template(tmp_path / "模板.xlsx")
    assert "模板已保存" in dialog.message_label.text() and (tmp_path / "模板.xlsx").exists()
    assert not dialog.save_template(tmp_path / "模板.txt")
    assert dialog.message_label.text() == "模板只能保存为 .xlsx 或 .csv 文件。"

    path = _ledger(tmp_path / "台账.xlsx")
    dialog.check_ledger(path)
    report = dialog.report_edit.toPlainText()
    assert "可以导入 1 行，有问题 1 行" in report and "第3行：所在屯“东屯”本站没有" in report
    assert "还没有导入" in dialog.message_label.text()
    assert Concern.select().count() == 0                     # nothing until the button
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "导入 1 行"
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert dialog.message_label.text() == "已导入 1 行。"
    assert Concern.select().count() == 1 and not dialog.import_button.isEnabled()

    dialog.check_ledger(path)                                # the same file again
    assert "以前已经导入过 1 行" in dialog.report_edit.toPlainText()
    assert not dialog.import_button.isEnabled()
    assert Concern.select().count() == 1

    dialog.check_ledger(tmp_path / "none.xlsx")
    assert dialog.message_label.text().startswith("找不到文件")


def test_statistics_screen_has_the_way_in(qtbot, ctx):
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    assert page.ledger_button.text() == "台账导入…"
