"""Supervision and evaluations, reached from the statistics screen: add a
supervisor, record an evaluation session, enter a June tally; bad input is
refused in plain Chinese and nothing is saved."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from models.station import supervision as sv
from ui.statistics_page import StatisticsPage
from ui.supervision_dialog import SupervisionDialog


def test_add_supervisor_evaluation_and_survey(qtbot, ctx, typer):
    dialog = SupervisionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "监督与测评"
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["监督员", "满意度测评", "六月满意度调查"]

    # a term that ends before it starts is refused, nothing saved
    typer(dialog.name_edit, "韦监督")
    dialog.kind_combo.setCurrentIndex(0)
    dialog.start_edit.setDate(QDate(2024, 1, 1))
    typer(dialog.end_edit, "2023-12-31")
    qtbot.mouseClick(dialog.add_supervisor_button, Qt.LeftButton)
    assert dialog.message_label.text() == "任期结束日期不能早于开始日期。"
    assert sv.Supervisor.select().count() == 0
    dialog.end_edit.clear()
    qtbot.mouseClick(dialog.add_supervisor_button, Qt.LeftButton)
    assert dialog.message_label.text() == "已添加监督员。"
    assert dialog.supervisor_table.rowCount() == 1
    assert dialog.supervisor_table.item(0, 1).text() == "村务监督委员会成员"
    assert dialog.name_edit.text() == ""

    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.add_evaluation_button, Qt.LeftButton)   # no ballots at all
    assert dialog.message_label.text() == "请填写测评票数。"
    for spin, n in zip(dialog.ev_counts, (12, 3, 1, 0)):
        spin.setValue(n)
    dialog.present_spin.setValue(15)                                # fewer people than ballots
    qtbot.mouseClick(dialog.add_evaluation_button, Qt.LeftButton)
    assert "比参加测评的人数" in dialog.message_label.text()
    assert sv.EvaluationSession.select().count() == 0
    dialog.present_spin.setValue(18)
    qtbot.mouseClick(dialog.add_evaluation_button, Qt.LeftButton)
    assert dialog.message_label.text() == "已记录这次测评。"
    row = [dialog.evaluation_table.item(0, c).text() for c in range(7)]
    assert row[1:] == ["18", "12", "3", "1", "0", "93.8%"]

    dialog.tabs.setCurrentIndex(2)
    dialog.year_spin.setValue(2026)
    typer(dialog.sheet_edit, "上屯")
    for spin, n in zip(dialog.sv_counts, (40, 8, 2, 1)):
        spin.setValue(n)
    qtbot.mouseClick(dialog.add_survey_button, Qt.LeftButton)
    assert dialog.message_label.text() == "已录入统计表。"
    typer(dialog.sheet_edit, "上屯")
    dialog.sv_counts[0].setValue(1)
    qtbot.mouseClick(dialog.add_survey_button, Qt.LeftButton)
    assert "已经录入过了" in dialog.message_label.text()
    assert dialog.survey_table.rowCount() == 1
    assert dialog.survey_table.item(0, 6).text() == "96.0%"


def test_statistics_screen_has_the_way_in(qtbot, ctx):
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.supervision_button.text() == "监督与测评…"
