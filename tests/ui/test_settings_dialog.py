"""The settings dialog: time limits, large text, staff. Nothing is saved
until "Save"; bad input shows the Chinese message and saves nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from models.core import settings
from models.core.schema import Staff, Station
from models.station import stations
from ui import style
from ui.settings_dialog import ACTIVE, NAME, SettingsDialog


@pytest.fixture
def dialog(qtbot, ctx):
    dialog = SettingsDialog(ctx)
    # closed unasked at the end: a test may leave it with unsaved changes
    qtbot.addWidget(dialog, before_close_func=lambda w: w.hide())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _names(dialog) -> list[str]:
    return [dialog.staff_table.item(r, NAME).text() for r in range(dialog.staff_table.rowCount())]


def _set_spin(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_shows_the_staff_and_the_current_time_limits(dialog):
    assert _names(dialog) == ["王站长", "李办事员"]
    assert dialog.staff_table.item(0, ACTIVE).checkState() == Qt.Checked
    assert dialog.deadline_spins["time_limited"].value() == settings.deadline_days("time_limited") == 10
    assert dialog.tabs.tabText(0) == "工作人员"


def test_change_a_time_limit_and_save(qtbot, dialog):
    qtbot.mouseClick(dialog.tabs.tabBar(), Qt.LeftButton,
                     pos=dialog.tabs.tabBar().tabRect(1).center())
    assert dialog.tabs.currentIndex() == 1
    _set_spin(qtbot, dialog.deadline_spins["time_limited"], "12")
    _set_spin(qtbot, dialog.deadline_spins["mediate_on_site"], "5")
    qtbot.keyClick(dialog.deadline_spins["mediate_on_site"], Qt.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.Accepted
    assert settings.deadline_days("time_limited") == 12
    assert settings.deadline_days("mediate_on_site") == 5
    assert settings.deadline_days("escalate_visit") == 30  # untouched


def test_add_a_staff_member(qtbot, typer, dialog, ctx):
    typer(dialog.staff_name_edit, "张三")
    typer(dialog.staff_phone_edit, "13912345678")
    dialog.staff_role_combo.setFocus()
    while dialog.staff_role_combo.currentData() != "hamlet_cadre":
        qtbot.keyClick(dialog.staff_role_combo, Qt.Key_Down)
    dialog.staff_hamlet_combo.setFocus()  # the hamlet the cadre lives in
    while dialog.staff_hamlet_combo.currentText() != "下屯":
        qtbot.keyClick(dialog.staff_hamlet_combo, Qt.Key_Down)
    qtbot.mouseClick(dialog.add_staff_button, Qt.LeftButton)
    assert _names(dialog)[-1] == "张三（新）"
    assert dialog.staff_hamlet_combo.currentData() is None  # reset for the next person
    assert dialog.staff_name_edit.text() == "" and dialog.staff_name_edit.hasFocus()
    assert Staff.select().count() == 2  # not yet saved

    # Enter in the name box adds that person too (it does not save the dialog).
    typer(dialog.staff_name_edit, "李四")
    qtbot.keyClick(dialog.staff_name_edit, Qt.Key_Return)
    assert dialog.isVisible() and _names(dialog)[-1] == "李四（新）"

    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    zhang = Staff.get(Staff.name == "张三")
    assert (zhang.phone, zhang.role, zhang.active, zhang.station_id, zhang.hamlet.name) == (
        "13912345678", "hamlet_cadre", True, ctx.station.id, "下屯")
    assert Staff.get(Staff.name == "李四").role == "clerk"
    assert Staff.get(Staff.name == "李四").hamlet is None


def test_a_name_typed_but_not_added_is_saved_too(qtbot, typer, dialog):
    typer(dialog.staff_name_edit, "王五")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    assert Staff.get_or_none(Staff.name == "王五") is not None


def test_mark_someone_inactive(qtbot, dialog, ctx):
    row = dialog.staff_row("李办事员")
    dialog.staff_table.setFocus()
    dialog.staff_table.setCurrentCell(row, ACTIVE)
    qtbot.keyClick(dialog.staff_table, Qt.Key_Space)
    assert dialog.staff_table.item(row, ACTIVE).checkState() == Qt.Unchecked
    assert dialog.staff_table.item(row, ACTIVE).text() == "否"
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    assert [s.name for s in stations.active_staff(ctx.station)] == ["王站长"]
    assert Staff.get(Staff.name == "李办事员").active is False  # kept, not deleted


def test_bad_phone_shows_the_message_and_saves_nothing(qtbot, typer, dialog):
    _set_spin(qtbot, dialog.deadline_spins["time_limited"], "20")
    typer(dialog.staff_name_edit, "张三")
    qtbot.keyClicks(dialog.staff_phone_edit, "12345")
    qtbot.mouseClick(dialog.add_staff_button, Qt.LeftButton)
    assert dialog.error_label.isVisible()
    assert "电话号码不对" in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == 0 and dialog.staff_phone_edit.hasFocus()
    assert _names(dialog) == ["王站长", "李办事员"]

    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)  # Save with the bad phone still there
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert "电话号码不对" in dialog.error_label.text()
    assert Staff.select().count() == 2
    assert settings.deadline_days("time_limited") == 10  # nothing saved


def test_the_last_active_person_cannot_be_unticked(qtbot, dialog):
    for name in ("王站长", "李办事员"):
        dialog.set_active(dialog.staff_row(name), False)
    _set_spin(qtbot, dialog.deadline_spins["time_limited"], "20")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "至少要保留一名在岗的工作人员。"
    assert Staff.select().where(Staff.active).count() == 2
    assert settings.deadline_days("time_limited") == 10


def test_large_text_switch(qtbot, dialog, qapp):
    dialog.tabs.setCurrentIndex(2)
    box = dialog.large_text_check
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(10, box.height() // 2))  # on the tick box
    assert box.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    assert settings.get(settings.LARGE_TEXT) is True
    assert qapp.font().pointSize() == style.LARGE_PT


@pytest.fixture
def answers(monkeypatch):
    """The "leave without saving?" question, answered without a real box."""
    class Answers:
        reply = QMessageBox.No
        asked: list[str] = []

    answers = Answers()
    answers.asked = []

    def question(parent, title, text, *args, **kwargs):
        answers.asked.append(text)
        return answers.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


def test_escape_with_new_staff_asks_first_then_saves_nothing(qtbot, typer, dialog, answers):
    typer(dialog.staff_name_edit, "张三")
    qtbot.mouseClick(dialog.add_staff_button, Qt.LeftButton)
    _set_spin(qtbot, dialog.deadline_spins["time_limited"], "3")
    qtbot.keyClick(dialog, Qt.Key_Escape)  # "No": stay, the new person still listed
    assert answers.asked == ["新加的工作人员或这一页的修改还没保存，要离开吗？"]
    assert dialog.isVisible() and "张三（新）" in _names(dialog)
    answers.reply = QMessageBox.Yes
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)  # 取消, "Yes": gone, nothing saved
    assert len(answers.asked) == 2
    assert dialog.result() == QDialog.Rejected and not dialog.isVisible()
    assert Staff.select().count() == 2
    assert settings.deadline_days("time_limited") == 10


def test_escape_on_an_untouched_settings_dialog_leaves_without_asking(qtbot, dialog, answers):
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert answers.asked == [] and dialog.result() == QDialog.Rejected


def _open_station_tab(qtbot, dialog):
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(SettingsDialog.STATION_TAB).center())
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "本站信息"


def test_station_details_are_edited_and_saved(qtbot, typer, dialog, ctx):
    _open_station_tab(qtbot, dialog)
    assert dialog.station_name_edit.text() == "测试村村民关切回应站"
    typer(dialog.station_address_edit, "测试村村委会一楼")
    typer(dialog.station_phone_edit, "0771-1234567")
    typer(dialog.station_hours_edit, "周一至周五 8:00-12:00")
    _set_spin(qtbot, dialog.deadline_spins["time_limited"], "12")
    dialog.station_hours_edit.setFocus()
    qtbot.keyClick(dialog.station_hours_edit, Qt.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.Accepted
    saved = Station.get_by_id(ctx.station.id)
    assert (saved.address, saved.phone, saved.opening_hours) == (
        "测试村村委会一楼", "0771-1234567", "周一至周五 8:00-12:00")
    assert (saved.code, saved.level) == ("450000001001", "village")
    assert ctx.station.phone == "0771-1234567"  # what the printed documents read next
    assert settings.deadline_days("time_limited") == 12


def test_bad_station_phone_shows_the_message_and_saves_nothing(qtbot, typer, dialog, ctx):
    _set_spin(qtbot, dialog.deadline_spins["time_limited"], "20")
    _open_station_tab(qtbot, dialog)
    typer(dialog.station_address_edit, "新地址")
    typer(dialog.station_phone_edit, "12345")
    dialog.tabs.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert "电话号码不对" in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == SettingsDialog.STATION_TAB
    assert dialog.station_phone_edit.hasFocus()
    saved = Station.get_by_id(ctx.station.id)
    assert (saved.address, saved.phone) == ("", "")
    assert settings.deadline_days("time_limited") == 10


def test_renaming_the_station_shows_in_the_main_window(qtbot, typer, ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    window = MainWindow(ctx.station, ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def rename():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.tabs.setCurrentIndex(SettingsDialog.STATION_TAB)
        dialog.station_name_edit.selectAll()
        typer(dialog.station_name_edit, "测试村回应站")
        qtbot.keyClick(dialog.station_name_edit, Qt.Key_Return)

    QTimer.singleShot(0, rename)
    qtbot.mouseClick(window.settings_button, Qt.LeftButton)
    assert Station.get_by_id(ctx.station.id).name == "测试村回应站"
    assert window.title_label.text() == "测试村回应站"
    assert window.windowTitle().endswith("— 测试村回应站")


def test_the_days_after_which_figures_are_incomplete(qtbot, dialog, tmp_path):
    qtbot.mouseClick(dialog.tabs.tabBar(), Qt.LeftButton,
                     pos=dialog.tabs.tabBar().tabRect(1).center())
    assert dialog.stale_days_spin.value() == settings.stale_days() == 14
    dialog.resize(1024, 728)
    import os
    from pathlib import Path
    folder = Path(os.environ.get("DESK_SHOTS", tmp_path))
    assert dialog.grab().save(str(folder / "settings-time-limits.png"))
    _set_spin(qtbot, dialog.stale_days_spin, "21")
    qtbot.keyClick(dialog.stale_days_spin, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted
    assert settings.stale_days() == 21


def test_how_many_working_days_until_the_follow_up_call(qtbot, dialog, tmp_path):
    qtbot.mouseClick(dialog.tabs.tabBar(), Qt.LeftButton,
                     pos=dialog.tabs.tabBar().tabRect(1).center())
    assert dialog.follow_up_spin.value() == settings.follow_up_days() == 1
    assert dialog.follow_up_spin.suffix() == " 个工作日"
    dialog.resize(1024, 728)
    assert dialog.grab().save(str(tmp_path / "settings-follow-up.png"))
    _set_spin(qtbot, dialog.follow_up_spin, "2")
    qtbot.keyClick(dialog.follow_up_spin, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted
    assert settings.follow_up_days() == 2
