"""The USB sync screen, driven as a cadre does: two real desks (separate data
folders, real SQLite files), real packages on a "stick" folder, the page's
buttons clicked and what it shows read back."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QStorageInfo, Qt, QTimer

from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core import clock
from models.core.db import db
from models.station import stations
from sync.drives import Drive
from tests import sync_desks
from tests.sync_desks import TOWNSHIP, VILLAGES, make_desk, pair
from tests.ui.conftest import make_ctx
from ui.sync_page import SyncPage, removable_drives

WAIT_MS = 60_000


@pytest.fixture
def network(tmp_path):
    """A township desk and a village desk, paired (first packages exchanged)."""
    stick = tmp_path / "stick"
    township = make_desk(tmp_path, "township", TOWNSHIP)
    village = make_desk(tmp_path, "village", VILLAGES[0], parent=township)
    pair(township, village, stick)
    yield township, village, stick
    sync_desks.close()


def open_page(qtbot, desk, stick: Path | None) -> SyncPage:
    desk.open()
    page = SyncPage(make_ctx(stations.this_station()))
    qtbot.addWidget(page)
    page.drive_finder = lambda: []  # no USB drive in the test machine: folders are chosen
    page.resize(1280, 800)
    page.show()
    if stick is not None:
        page.add_folder(stick)
    page.refresh()
    qtbot.waitUntil(lambda: not page.trips_view.loading, timeout=WAIT_MS)  # the trips: off the GUI thread
    return page


def finish(qtbot, page: SyncPage, button) -> None:
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy() and not page.trips_view.loading, timeout=WAIT_MS)


def register_concerns(n: int, summary: str = "村道路灯不亮") -> None:
    me = stations.this_station()
    staff = stations.active_staff(me)[0]
    villager = register_villager(me, "张三", "13900000011")
    specs = [ConcernInput(villager=villager, function="suggestion", rule="time_limited",
                          summary=f"{summary}{i + 1}", handler=staff,
                          deadline=clock.today() + dt.timedelta(days=10)) for i in range(n)]
    receive_visit(me, "walk_in", [villager], specs, staff, headcount=1)


def concern_count() -> int:
    return db.execute_sql("SELECT COUNT(*) FROM concern").fetchone()[0]


def table_texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


# ------------------------------------------------------------ the round trip

def test_export_preview_then_import(qtbot, network):
    township, village, stick = network
    village.open()
    register_concerns(3)
    page = open_page(qtbot, village, stick)
    assert "上级：测试镇回应中心（459901）" == page.peer_combo.currentText()
    assert str(stick) in page.folder_combo.currentText()
    finish(qtbot, page, page.export_button)
    assert not page.error_label.isVisible()
    assert "已导出给测试镇回应中心" in page.export_result.text()
    package = page.last_export.path
    assert package.parent == stick and package.exists()
    # the trip is in the history, and the package on the stick is marked as ours to carry
    first = table_texts(page.trips_table)[0]
    assert first[1] == "导出给" and first[3] == package.name
    assert page.last_trip_label.text().startswith("上一趟：") and "导出给测试镇回应中心" in page.last_trip_label.text()
    listed = [page.package_list.item(i).text() for i in range(page.package_list.count())]
    assert any(package.name in t and "请带过去导入" in t for t in listed)
    assert page.checked_packages() == []
    page.close()

    # at the township: the package is found on the stick, ticked; preview first
    page = open_page(qtbot, township, stick)
    before = concern_count()
    assert page.checked_packages() == [package]
    assert not page.import_button.isEnabled()
    finish(qtbot, page, page.preview_button)
    assert "新关切 3 件" in page.preview_label.text()
    assert "冲突 0 处" in page.preview_label.text()
    assert "现在还没有改动任何数据" in page.preview_label.text()
    assert "其中新的有" in page.preview_label.text() and "关切 3" in page.preview_label.text()
    assert concern_count() == before  # the preview changed nothing
    assert page.import_button.isEnabled()
    finish(qtbot, page, page.import_button)
    assert concern_count() == before + 3
    assert page.progress_seen and page.progress_seen[-1][0] == page.progress_seen[-1][1]
    assert page.progress.value() == page.progress.maximum()
    assert page.preview_label.text().startswith("已导入")
    first = table_texts(page.trips_table)[0]
    assert first[1] == "导入自" and first[2] == "东山村回应站 (459901001)"
    assert first[4] == hashlib.sha256(package.read_bytes()).hexdigest()[:12]
    # the package stays on the stick, marked as imported and no longer ticked
    assert page.checked_packages() == []
    assert page.package_list.item(0).text().endswith("（已导入过）")
    # looked at again on purpose: nothing new, nothing changed
    page.set_checked([package])
    finish(qtbot, page, page.preview_button)
    assert "没有新内容" in page.preview_label.text()
    assert concern_count() == before + 3


def test_import_needs_a_current_preview(qtbot, network):
    township, village, stick = network
    village.open()
    register_concerns(1)
    page = open_page(qtbot, village, stick)
    finish(qtbot, page, page.export_button)
    page.close()
    page = open_page(qtbot, township, stick)
    finish(qtbot, page, page.preview_button)
    assert page.import_button.isEnabled()
    page.set_checked([])  # the choice changed: the preview no longer says what would happen
    assert page.preview_label.text() == ""
    assert not page.import_button.isEnabled()
    before = concern_count()
    page.import_packages()
    assert "请先预览" in page.error_label.text()
    assert concern_count() == before


# ------------------------------------------------------------ refusals

def test_a_damaged_package_cannot_be_ticked_and_a_tampered_one_is_refused_plainly(qtbot, network):
    township, village, stick = network
    village.open()
    register_concerns(1)
    page = open_page(qtbot, village, stick)
    finish(qtbot, page, page.export_button)
    good = page.last_export.path
    assert page.checked_packages() == []  # made here: to be carried there, not imported here
    page.close()
    data = bytearray(good.read_bytes())
    data[-32 - 64 - 5] ^= 0x01  # in the encrypted records, before the signature and checksum
    # damaged on the stick: its checksum fails; listed, with why, and not tickable
    damaged = stick / ("坏的" + good.name)
    damaged.write_bytes(bytes(data))
    # tampered with, checksum made to match: only the signature tells
    tampered = stick / ("改过的" + good.name)
    data[-32:] = hashlib.sha256(bytes(data[:-32])).digest()
    tampered.write_bytes(bytes(data))
    page = open_page(qtbot, township, stick)
    texts = {page.package_list.item(i).data(Qt.UserRole): page.package_list.item(i).text()
             for i in range(page.package_list.count())}
    assert "读不出来" in texts[str(damaged)]
    assert set(page.checked_packages()) == {good, tampered}
    page.set_checked([tampered])
    before = sync_desks.content_digest(township)
    finish(qtbot, page, page.preview_button)
    assert page.error_label.isVisible()
    assert page.error_label.text().startswith("没有导入（数据没有改动）")
    assert tampered.name in page.error_label.text()
    assert not page.import_button.isEnabled()
    assert sync_desks.content_digest(township) == before


def test_export_without_a_folder_says_what_to_do(qtbot, network):
    _, village, _ = network
    page = open_page(qtbot, village, None)
    assert page.folder() is None
    assert "没有找到U盘" in page.folder_combo.currentText()
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    assert not page.is_busy()
    assert page.error_label.isVisible() and "插上U盘" in page.error_label.text()


def test_an_unpaired_desk_is_told_to_pair_first(qtbot, tmp_path):
    lonely = make_desk(tmp_path, "lonely", VILLAGES[1])
    try:
        page = open_page(qtbot, lonely, tmp_path)
        assert "还没有配对" in page.peer_combo.currentText()
        finish(qtbot, page, page.export_button)
        assert "还没有和任何站点配对" in page.error_label.text()
        assert not list(tmp_path.glob("*.vsync"))
    finally:
        sync_desks.close()


# ------------------------------------------------------------ never freezing

def test_the_window_keeps_working_during_a_long_export(qtbot, network, monkeypatch):
    """The export runs in a worker: the click returns at once, the page's
    buttons are disabled, and while the worker is still exporting (it is held
    until the test lets it go) the GUI thread shows its progress and answers
    an event posted to it."""
    import threading

    from sync import store

    township, village, stick = network
    village.open()
    register_concerns(20)
    real = store.load_many
    loading, release = threading.Event(), threading.Event()

    def held_load_many(model, pks):
        loading.set()
        release.wait(WAIT_MS / 1000)  # a slow stick, a big database: as slow as the test wants
        return real(model, pks)

    monkeypatch.setattr(store, "load_many", held_load_many)
    page = open_page(qtbot, village, stick)
    trips_before = page.trips_table.rowCount()
    answered, finished = [], []
    page.finished.connect(finished.append)
    try:
        qtbot.mouseClick(page.export_button, Qt.LeftButton)
        assert page.is_busy()  # the click returned while the worker runs
        assert not page.export_group.isEnabled() and not page.import_group.isEnabled()
        assert not page.pair_group.isEnabled() and not page.join_group.isEnabled()
        qtbot.waitUntil(loading.is_set, timeout=WAIT_MS)  # the worker is reading the records now
        page.refresh()  # the window asks the page to refresh: it reads nothing while the worker writes
        assert page.trips_table.rowCount() == trips_before
        # the worker's first report (made before it reads the records) reaches the page meanwhile
        qtbot.waitUntil(lambda: bool(page.progress_seen), timeout=WAIT_MS)
        assert page.progress_seen[0] == (0, 100) and not release.is_set()
        QTimer.singleShot(0, lambda: answered.append((page.is_busy(), release.is_set())))
        qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)
        assert answered == [(True, False)], "the GUI thread did not answer while the export ran"
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=WAIT_MS)
    assert finished == ["export"]
    assert not page.is_busy()
    assert len(page.progress_seen) >= 3
    assert page.progress_seen[-1][0] == page.progress_seen[-1][1]
    assert page.export_group.isEnabled()
    assert "已导出给" in page.export_result.text()
    qtbot.waitUntil(lambda: not page.trips_view.loading, timeout=WAIT_MS)
    assert page.trips_table.rowCount() == trips_before + 1


# ------------------------------------------------------------ pairing

def test_pairing_through_the_page(qtbot, tmp_path, typer):
    stick = tmp_path / "stick"
    stick.mkdir()
    township = make_desk(tmp_path, "township", TOWNSHIP)
    village = make_desk(tmp_path, "village", VILLAGES[0], parent=township)
    try:
        page = open_page(qtbot, township, stick)
        assert not page.pair_group.isHidden() and not page.join_group.isHidden()
        typer(page.child_code_edit, VILLAGES[0][2])
        typer(page.child_name_edit, VILLAGES[0][1])
        # where the file goes is chosen on the pairing tab itself
        assert page.pair_folder_combo.currentData() == str(stick)
        assert page.pair_folder_combo.isVisibleTo(page.pair_group)
        finish(qtbot, page, page.pair_button)
        assert not page.error_label.isVisible(), page.error_label.text()
        code = page.pass_code_label.text()
        assert len(code) == 9 and code[4] == "-" and code.replace("-", "").isdigit()
        assert page.last_ticket.path.exists() and page.last_ticket.path.parent == stick
        assert "下级：东山村回应站（459901001）" in page.peers_label.text()
        ticket_path = page.last_ticket.path
        page.close()

        page = open_page(qtbot, village, stick)
        assert page.last_ticket is None  # this desk made no pairing file
        assert page.join_file_edit.text() == str(ticket_path)  # the township's, found on the stick
        before = sync_desks.content_digest(village)
        wrong = "0000-0000" if code != "0000-0000" else "1111-1111"
        typer(page.pass_code_edit, wrong)
        finish(qtbot, page, page.join_button)
        assert page.error_label.isVisible() and "配对码" in page.error_label.text()
        assert sync_desks.content_digest(village) == before
        page.pass_code_edit.clear()
        typer(page.pass_code_edit, code)
        finish(qtbot, page, page.join_button)
        assert not page.error_label.isVisible(), page.error_label.text()
        assert "已和测试镇回应中心（459901）配对" in page.join_result.text()
        assert page.peer_combo.currentText() == "上级：测试镇回应中心（459901）"
        assert page.ctx.station.id == stations.this_station().id
    finally:
        sync_desks.close()


def test_a_hamlet_point_has_no_stations_below(qtbot, tmp_path):
    hamlet = make_desk(tmp_path, "hamlet", ("hamlet", "上屯回应点", "459901001001"))
    try:
        page = open_page(qtbot, hamlet, None)
        assert page.pair_group.isHidden()
        assert not page.join_group.isHidden()
        assert page.tabs.currentIndex() == 3  # not paired yet: the pairing tab is open
    finally:
        sync_desks.close()


# ------------------------------------------------------------ conflicts

def test_values_changed_on_both_desks_are_listed_with_the_one_set_aside(qtbot, network):
    township, village, stick = network
    for desk, address in ((village, "东山村村委楼一楼"), (township, "东山村村部")):
        desk.open()
        db.execute_sql("UPDATE station SET address = ? WHERE code = ?", (address, VILLAGES[0][2]))
    sync_desks.trip(village, township, stick)
    sync_desks.trip(township, village, stick)
    page = open_page(qtbot, village, stick)
    rows = table_texts(page.conflicts_table)
    assert len(rows) == 1 and rows[0][1] == "地址"  # the address, and nothing else
    record, field, shown, aside = rows[0]
    assert record.startswith("站点")
    assert {shown, aside} == {"东山村村委楼一楼", "东山村村部"}
    count = page.conflicts_table.rowCount()
    assert page.tabs.tabText(2) == f"两边都改过的内容（{count}）"


# ------------------------------------------------------------ drives and the main window

def test_only_removable_drives_are_offered():
    # the system's own disk and the home folder's are never offered as a USB drive
    volumes = [QStorageInfo("/"), QStorageInfo(str(Path.home()))]
    assert removable_drives(volumes) == []


def test_a_detected_drive_is_offered_with_its_free_space_and_its_packages_listed(qtbot, network):
    township, village, stick = network
    village.open()
    register_concerns(1)
    page = open_page(qtbot, village, None)
    page.drive_finder = lambda: [Drive("KINGSTON", stick, 7_500_000_000)]
    page.refresh()
    assert page.folder_combo.currentText() == f"U盘 KINGSTON，剩余 7.0 GB（{stick}）"
    finish(qtbot, page, page.export_button)
    assert page.last_export.path.parent == stick


def test_f9_opens_the_sync_page(qtbot, network):
    from ui.main_window import MainWindow

    _, village, _ = network
    village.open()
    window = MainWindow(stations.this_station(), make_ctx(stations.this_station()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.sync_button.text() == "U盘同步 (F9)"
    qtbot.keyClick(window, Qt.Key_F9)
    assert isinstance(window.pages.currentWidget(), SyncPage)
    assert window.sync_button.isChecked()


def test_the_window_waits_while_the_sync_page_writes(qtbot, network, monkeypatch):
    """One SQLite writer: while the worker exports, the window's buttons and
    keys are disabled, so no other screen writes meanwhile."""
    import time

    from sync import store
    from ui.main_window import MainWindow

    _, village, stick = network
    village.open()
    register_concerns(10)
    real = store.load_many
    monkeypatch.setattr(store, "load_many", lambda model, pks: (time.sleep(0.1), real(model, pks))[1])
    window = MainWindow(stations.this_station(), make_ctx(stations.this_station()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.show_sync()
    page = window.sync_page
    page.drive_finder = lambda: []
    page.add_folder(stick)
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    assert page.is_busy()
    assert not window.home_button.isEnabled() and not window.intake_button.isEnabled()
    qtbot.keyClick(window, Qt.Key_F1)
    assert window.pages.currentWidget() is page  # F1 waits too
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert window.home_button.isEnabled() and window.intake_button.isEnabled()
    qtbot.keyClick(window, Qt.Key_F1)
    assert window.pages.currentWidget() is window.home_page
