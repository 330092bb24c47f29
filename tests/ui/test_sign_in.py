"""Signing in as a person meets it: the desk starts locked, they press their
name and type their PIN; a wrong PIN says so; the desk locks itself after
inactivity without losing a half-typed form; the head gives a PIN; the
officer setting up the desk chooses theirs; an upgraded desk's head sets the
first PIN."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.core import access
from models.core.schema import Staff
from models.safety.opening import close_database, open_database
from models.station import accounts, stations
from ui import app as desk_app
from ui.sign_in_dialog import SetPinDialog

from .lists import loaded


def _make_desk(tmp_path, pins: dict[str, str]):
    open_database(tmp_path / "station.sqlite3")
    st = stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206")
    stations.add_staff(st, "王站长", "13800000001", "head", full_time=True)
    stations.add_staff(st, "李办事员", "13800000002", "clerk")
    for name, pin in pins.items():  # as if each had chosen their own already
        staff = Staff.get(Staff.name == name)
        accounts.reset_secret(staff, pin)
        accounts.Credential.update(must_change=False).where(
            accounts.Credential.staff == staff.id).execute()
    close_database()


@pytest.fixture
def started(qtbot, tmp_path):
    """``ui.app.start`` on a desk whose head (2580) and clerk (3691) have PINs."""
    _make_desk(tmp_path, {"王站长": "2580", "李办事员": "3691"})
    app, window, code = desk_app.start(str(tmp_path))
    qtbot.addWidget(window)
    yield window
    window.close()
    close_database()


def _sign_in(qtbot, typer, window, name: str, pin: str):
    screen = window.desk_lock.screen
    staff = next(s for s, _ in screen.people if s.name == name)
    qtbot.mouseClick(screen.person_buttons[staff.id], Qt.LeftButton)
    typer(screen.pin_edit, pin)
    qtbot.keyClick(screen.pin_edit, Qt.Key_Return)
    return screen


def test_the_desk_starts_locked_and_a_person_signs_in_by_name_and_pin(qtbot, typer, started):
    window = started
    screen = window.desk_lock.screen
    assert screen.isVisible() and window.desk_lock.curtains  # the window is covered
    assert access.current() is access.NOBODY
    assert [b.text().split("\n")[0] for b in screen.person_buttons.values()] == ["王站长", "李办事员"]
    assert screen.person_buttons  # big buttons, one per person
    assert "站长" in list(screen.person_buttons.values())[0].text()

    _sign_in(qtbot, typer, window, "李办事员", "1111")
    assert screen.isVisible()
    assert "密码不对" in screen.error_label.text() and "还可以再试4次" in screen.error_label.text()
    assert screen.pin_edit.text() == ""  # cleared for the next try
    assert access.current() is access.NOBODY

    typer(screen.pin_edit, "3691")
    qtbot.keyClick(screen.pin_edit, Qt.Key_Return)
    assert not screen.isVisible() and not window.desk_lock.curtains
    assert access.current().name == "李办事员"
    assert window.ctx.officer.name == "李办事员"
    assert window.signed_in_label.text() == "已登录：李办事员（办事员）"
    assert window.lock_button.isVisible() and not window.officer_combo.isVisible()


def test_five_wrong_pins_lock_the_account_and_say_for_how_long(qtbot, typer, started):
    window = started
    screen = _sign_in(qtbot, typer, window, "李办事员", "1111")
    for _ in range(4):
        typer(screen.pin_edit, "1111")
        qtbot.keyClick(screen.pin_edit, Qt.Key_Return)
    assert "锁定5分钟" in screen.error_label.text()
    typer(screen.pin_edit, "3691")  # even the right PIN waits
    qtbot.keyClick(screen.pin_edit, Qt.Key_Return)
    assert "后再试" in screen.error_label.text() and screen.isVisible()


def test_inactivity_locks_the_desk_and_a_half_typed_form_survives(qtbot, typer, started):
    from ui.intake_dialog import IntakeDialog

    window = started
    _sign_in(qtbot, typer, window, "李办事员", "3691")
    intake = IntakeDialog(window.ctx, window)
    qtbot.addWidget(intake)
    intake.show()
    typer(intake.search_edit, "黄秀梅")

    window.desk_lock.set_minutes(0.002)  # about a tenth of a second
    qtbot.waitUntil(lambda: window.desk_lock.screen.isVisible(), timeout=5000)
    screen = window.desk_lock.screen
    assert access.current() is access.NOBODY and window.ctx.officer is None
    assert window.signed_in_label.text() == "已锁定"
    assert "桌面已锁定" in screen.title_label.text()
    assert intake.isVisible() and len(window.desk_lock.curtains) >= 2  # covered, not closed
    assert all(c.isVisible() for c in window.desk_lock.curtains)

    # another person signs in; the form is as it was
    window.desk_lock.set_minutes(10)
    _sign_in(qtbot, typer, window, "王站长", "2580")
    assert not screen.isVisible() and intake.isVisible()
    assert intake.search_edit.text() == "黄秀梅"
    assert window.ctx.officer.name == "王站长" and access.current().role == "head"
    intake.done(0)  # leave without the "leave unsaved?" question


def test_the_lock_button_and_the_timer_slot_lock_at_once(qtbot, typer, started):
    window = started
    _sign_in(qtbot, typer, window, "王站长", "2580")
    qtbot.mouseClick(window.lock_button, Qt.LeftButton)
    assert window.desk_lock.screen.isVisible() and access.current() is access.NOBODY
    # the same person picks up where they were: their name is pressed already
    screen = window.desk_lock.screen
    _sign_in(qtbot, typer, window, "王站长", "2580")
    assert not screen.isVisible()
    window.desk_lock.idle()  # what the inactivity timer calls
    assert screen.isVisible()


def test_the_head_gives_a_pin_and_the_person_chooses_their_own_at_sign_in(qtbot, typer, tmp_path):
    _make_desk(tmp_path, {"王站长": "2580"})
    app, window, code = desk_app.start(str(tmp_path))
    qtbot.addWidget(window)
    try:
        screen = window.desk_lock.screen
        clerk = next(s for s, _ in screen.people if s.name == "李办事员")
        qtbot.mouseClick(screen.person_buttons[clerk.id], Qt.LeftButton)
        assert "还没有密码" in screen.person_label.text() and not screen.pin_edit.isVisible()

        _sign_in(qtbot, typer, window, "王站长", "2580")
        from ui.settings_dialog import SettingsDialog

        settings_dialog = SettingsDialog(window.ctx, window)
        qtbot.addWidget(settings_dialog)
        settings_dialog.staff_table.selectRow(settings_dialog.staff_row("李办事员"))

        def fill():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SetPinDialog)
            typer(dialog.pin_edit, "4826")
            typer(dialog.again_edit, "4862")
            dialog.save()
            assert "不一样" in dialog.error_label.text() and dialog.isVisible()
            typer(dialog.again_edit, "4826")
            dialog.save()

        QTimer.singleShot(0, fill)
        settings_dialog.set_pin()
        assert accounts.has_secret(clerk) and accounts.must_change(clerk)

        qtbot.mouseClick(window.lock_button, Qt.LeftButton)
        _sign_in(qtbot, typer, window, "李办事员", "4826")
        assert screen.isVisible() and "只有您自己知道的密码" in screen.person_label.text()
        assert access.current() is access.NOBODY  # not in until the new PIN is saved
        typer(screen.pin_edit, "1111")
        typer(screen.again_edit, "1111")
        qtbot.keyClick(screen.again_edit, Qt.Key_Return)
        assert "太容易" in screen.error_label.text() and access.current() is access.NOBODY
        typer(screen.pin_edit, "7395")
        typer(screen.again_edit, "7395")
        qtbot.keyClick(screen.again_edit, Qt.Key_Return)
        assert not screen.isVisible() and access.current().name == "李办事员"
        assert not accounts.must_change(clerk)
    finally:
        window.close()
        close_database()


def test_a_clerk_cannot_give_pins(qtbot, typer, started):
    window = started
    _sign_in(qtbot, typer, window, "李办事员", "3691")
    head = Staff.get(Staff.name == "王站长")
    dialog = SetPinDialog(head, window)
    qtbot.addWidget(dialog)
    typer(dialog.pin_edit, "4826")
    typer(dialog.again_edit, "4826")
    dialog.save()
    assert "不能" in dialog.error_label.text() and "请找站长" in dialog.error_label.text()
    assert accounts.verify_hash("2580", accounts.credential(head).secret_hash)


def test_an_upgraded_desk_asks_the_head_to_set_the_first_pin(qtbot, typer, tmp_path):
    _make_desk(tmp_path, {})
    app, window, code = desk_app.start(str(tmp_path))
    qtbot.addWidget(window)
    try:
        screen = window.desk_lock.screen
        head = next(s for s, _ in screen.people if s.name == "王站长")
        qtbot.mouseClick(screen.person_buttons[head.id], Qt.LeftButton)
        assert "还没有人设密码" in screen.person_label.text() and screen.again_edit.isVisible()
        typer(screen.pin_edit, "1234")
        typer(screen.again_edit, "1234")
        qtbot.keyClick(screen.again_edit, Qt.Key_Return)
        assert "太容易" in screen.error_label.text() and not accounts.has_secret(head)
        typer(screen.pin_edit, "2580")
        typer(screen.again_edit, "2580")
        qtbot.keyClick(screen.again_edit, Qt.Key_Return)
        assert not screen.isVisible() and access.current().name == "王站长"
    finally:
        window.close()
        close_database()


def test_the_officer_setting_up_the_desk_chooses_a_pin_and_is_signed_in(qtbot, typer, tmp_path):
    from ui.first_run import FirstRunDialog

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        typer(dialog.name_edit, "板烟村村民关切回应站")
        typer(dialog.code_edit, "451422101206")
        typer(dialog.officer_name_edit, "黄秀梅")
        typer(dialog.pin_edit, "2580")
        typer(dialog.pin_again_edit, "2581")
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
        assert "不一样" in dialog.error_label.text()
        assert dialog.focusWidget() is dialog.pin_again_edit  # the box to type again, not the first PIN
        typer(dialog.pin_again_edit, "2580")
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)

    def fill_or_close():  # a failed check must not leave the modal dialog waiting for ever
        try:
            fill()
        except BaseException:
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                dialog.reject()
            raise

    QTimer.singleShot(0, fill_or_close)
    app, window, code = desk_app.start(str(tmp_path))
    qtbot.addWidget(window)
    try:
        assert not window.desk_lock.screen.isVisible()
        officer = Staff.get(Staff.name == "黄秀梅")
        assert officer.role == "head" and accounts.has_secret(officer)
        assert access.current().staff_id == officer.id and window.ctx.officer.id == officer.id
        assert window.signed_in_label.text() == "已登录：黄秀梅（站长）"
    finally:
        window.close()
        close_database()


def test_a_desk_with_no_staff_registers_the_first_person(qtbot, typer, tmp_path):
    open_database(tmp_path / "station.sqlite3")
    stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206")
    close_database()
    app, window, code = desk_app.start(str(tmp_path))
    qtbot.addWidget(window)
    try:
        screen = window.desk_lock.screen
        assert screen.first_name_edit.isVisible() and "还没有工作人员" in screen.title_label.text()
        typer(screen.first_name_edit, "黄秀梅")
        typer(screen.pin_edit, "2580")
        typer(screen.again_edit, "2580")
        qtbot.mouseClick(screen.ok_button, Qt.LeftButton)
        assert not screen.isVisible()
        assert access.current().name == "黄秀梅" and access.current().role == "head"
    finally:
        window.close()
        close_database()


def test_a_supervisor_cannot_open_a_confidential_concern(qtbot, typer, tmp_path, monkeypatch):
    from models.concerns import intake, villagers
    from models.concerns.workflow import ConcernInput
    from ui.main_window import MainWindow

    _make_desk(tmp_path, {"王站长": "2580"})
    open_database(tmp_path / "station.sqlite3")
    try:
        st = stations.this_station()
        sup = stations.add_staff(st, "监督员甲", role="supervisor")
        accounts.reset_secret(sup, "7395")
        accounts.Credential.update(must_change=False).where(
            accounts.Credential.staff == sup.id).execute()
        v = villagers.register_villager(st, "张三")
        _, (secret,) = intake.receive_visit(st, "walk_in", [v], [
            ConcernInput(v, "dispute", "confidential", "家庭纠纷")])
        window = MainWindow(st)
        qtbot.addWidget(window)
        window.show()
        desk_app.ask_who_is_at_the_desk(window)
        _sign_in(qtbot, typer, window, "监督员甲", "7395")
        told = []
        monkeypatch.setattr(QMessageBox, "information",
                            lambda parent, title, text: told.append(text))
        window.open_concern(secret.id)
        assert told and "只有站长和承办人" in told[0]
        # the home list shows it masked (still counted)
        home = window.home_page.table
        loaded(qtbot, home)
        row = home._ids.index(secret.id)
        texts = [home.item(row, col).text() for col in range(home.columnCount())]
        assert "家庭纠纷" not in " ".join(texts) and "张*" in texts

        # the head finds it; the next person to sign in does not see the head's search
        qtbot.mouseClick(window.lock_button, Qt.LeftButton)
        _sign_in(qtbot, typer, window, "王站长", "2580")
        window.show_search()
        typer(window.search_page.query_edit, "家庭纠纷")
        with qtbot.waitSignal(window.search_page.searched, timeout=5000):
            window.search_page.run_search()
        assert window.search_page.table._ids == [secret.id]
        qtbot.mouseClick(window.lock_button, Qt.LeftButton)
        _sign_in(qtbot, typer, window, "监督员甲", "7395")
        assert window.search_page.query_edit.text() == ""
        assert window.search_page.table._ids == []
        typer(window.search_page.query_edit, "家庭纠纷")
        with qtbot.waitSignal(window.search_page.searched, timeout=5000):
            window.search_page.run_search()
        assert window.search_page.table._ids == []
        window.close()
    finally:
        close_database()
