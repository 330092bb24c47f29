"""The eight-haves screen as the station head and a township inspector use
it: check an item with a photo, inspect a station, see the matrix."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from models.station import checklist, stations
from tests.ui.conftest import make_ctx
from ui.main_window import MainWindow

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _window(qtbot, station):
    win = MainWindow(station, make_ctx(station))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    return win


def test_check_an_item_with_a_photo(qtbot, station, typer, tmp_path):
    win = _window(qtbot, station)
    qtbot.keyClick(win, Qt.Key_F8)
    page = win.checklist_page
    assert win.pages.currentWidget() is page
    assert page.items_table.item(0, 0).text() == "一间办公室"
    assert page.items_table.item(0, 1).text() == "未检查"
    page.items_table.selectRow(0)                       # never checked: nothing is chosen for it
    assert page.state_combo.currentData() is None and page.state_combo.currentText() == "— 请选择 —"
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "请选择这一项的情况" in page.error_label.text()
    page.state_combo.setCurrentIndex(page.state_combo.findData("ok"))
    qtbot.mouseClick(page.save_button, Qt.LeftButton)   # 达标 with nothing to show for it
    assert "也要有佐证" in page.error_label.text()
    assert page.items_table.item(0, 1).text() == "未检查"
    page.items_table.selectRow(6)                       # the suggestion box
    assert page.item_label.text() == "一个意见箱"
    page.state_combo.setCurrentIndex(page.state_combo.findData("needs_work"))
    typer(page.note_edit, "锁坏了")
    photo = tmp_path / "box.png"
    photo.write_bytes(PNG)
    page.set_photo_file(photo)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    assert page.items_table.item(6, 1).text() == "需整改"
    assert page.items_table.item(6, 2).text() == "锁坏了"
    assert page.items_table.item(6, 4).text() == "有"
    assert page.items_table.item(6, 5).text() == stations.active_staff(station)[0].name
    assert checklist.photo(station, "suggestion_box") == PNG
    # not up to standard and no word why: refused
    page.items_table.selectRow(0)
    page.state_combo.setCurrentIndex(page.state_combo.findData("missing"))
    page.note_edit.clear()
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "写明情况" in page.error_label.text()
    assert page.items_table.item(0, 1).text() == "未检查"


def test_inspect_a_station_and_see_the_matrix(qtbot, station, typer):
    stations.create_station("village", "二号村村民关切回应站", "450000001002", station.parent)
    win = _window(qtbot, station)
    win.show_checklist()
    page = win.checklist_page
    page.tabs.setCurrentIndex(1)
    assert page.insp_station.currentText() == station.name
    typer(page.insp_name, "黄乡长")
    page.insp_day.setDate(QDate(2026, 11, 19))
    page.insp_states[4].setCurrentIndex(page.insp_states[4].findData("needs_work"))   # notice board
    qtbot.mouseClick(page.insp_button, Qt.LeftButton)
    assert "请写明问题" in page.error_label.text()                 # no word what is wrong
    typer(page.insp_remarks[4], "公示内容过期")
    qtbot.mouseClick(page.insp_button, Qt.LeftButton)
    assert not page.error_label.isVisible(), page.error_label.text()
    assert page.tabs.currentIndex() == 2
    m = page.matrix
    assert m.rowCount() == 2
    assert m.verticalHeaderItem(0).text() == station.name
    assert m.item(0, 0).text() == "达标" and m.item(0, 4).text() == "需整改"
    assert "公示内容过期" in m.item(0, 4).toolTip()
    assert m.item(1, 0).text() == "未检查" and m.item(1, 8).text() == "从未检查"
    assert m.item(0, 8).text() == "2026-11-19"
