"""The keyboard, as an officer who does not use the mouse meets it: the
first box that needs typing has the cursor in every small dialog; the
sign-in names are reached by Tab and by the arrows, and the screen says so;
Tab goes through a table and on out of it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from models.station import stations
from tests.ui.test_concern_dialog import new_concern
from ui import concern_actions as ca
from ui.sign_in_dialog import SignInScreen


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_small_dialog_opens_with_the_cursor_in_its_first_text_box(qtbot, ctx, station):
    concern = new_concern(station, "proxy_end_to_end", "proxy_service", "代办低保申请")
    for make in (lambda: ca.StepDialog(ctx, concern, "analysis"),
                 lambda: ca.StepDialog(ctx, concern, "feedback"),
                 lambda: ca.CloseDialog(ctx, concern),
                 lambda: ca.MediationDialog(ctx, concern),
                 lambda: ca.DocumentsTakenDialog(ctx, concern),
                 lambda: ca.EscalationRequestDialog(ctx, concern),
                 lambda: ca.ReopenDialog(ctx, concern),
                 lambda: ca.NoteDialog(ctx, concern)):
        dialog = _shown(qtbot, make())
        focus = dialog.focusWidget()
        assert focus is dialog.first_to_type(), type(dialog).__name__
        assert focus is not dialog.save_button and focus.isVisible()
        # what is typed lands in the box, not on 保存
        if isinstance(focus, QPlainTextEdit):
            qtbot.keyClicks(focus, "ok")
            assert focus.toPlainText() == "ok"
        dialog.done(0)


def test_the_sign_in_names_are_reached_by_tab_and_by_the_arrows(qtbot, station):
    stations.add_staff(station, "赵会计", "13800000003", "clerk")
    screen = _shown(qtbot, SignInScreen(station))
    names = list(screen.person_buttons.values())
    assert len(names) == 3
    assert screen.keys_label.isVisible() and "方向键" in screen.keys_label.text()
    names[0].setFocus()
    qtbot.keyClick(names[0], Qt.Key_Tab)
    assert screen.focusWidget() is names[1]  # Tab: the next name, not the PIN box
    qtbot.keyClick(names[1], Qt.Key_Right)
    assert screen.focusWidget() is names[2]
    qtbot.keyClick(names[2], Qt.Key_Left)
    assert screen.focusWidget() is names[1]
    qtbot.keyClick(names[1], Qt.Key_Return)  # Enter picks the name: on to the PIN
    assert names[1].isChecked() and not names[0].isChecked()
    assert screen.staff.name == names[1].text().split("\n")[0]


def test_tab_goes_through_and_out_of_the_lists(qtbot, demo_ctx):
    from ui.main_window import MainWindow

    window = _shown(qtbot, MainWindow(demo_ctx.station, demo_ctx))
    table = window.home_page.table
    qtbot.waitUntil(lambda: not table.loading and table.rowCount() > 1)  # the list is read off the GUI thread
    table.setFocus()
    row = table.currentRow()
    qtbot.keyClick(table, Qt.Key_Down)  # the arrows move in the list
    assert table.currentRow() == row + 1
    qtbot.keyClick(table, Qt.Key_Tab)  # Tab leaves it
    assert window.focusWidget() is not table

    window.show_checklist()
    page = window.checklist_page
    page.tabs.setCurrentIndex(1)  # the township's inspection: a box in every row
    page.insp_name.setFocus()
    seen = []
    for _ in range(80):  # a date box takes a Tab for each of its parts, then lets go
        qtbot.keyClick(window.focusWidget(), Qt.Key_Tab)
        if not seen or seen[-1] is not window.focusWidget():
            seen.append(window.focusWidget())
        if seen[-1] is page.insp_button:
            break
    boxes = [w for row in zip(page.insp_states, page.insp_remarks, page.insp_fix) for w in row]
    assert seen == boxes + [page.insp_overall, page.insp_button]  # through, then out
