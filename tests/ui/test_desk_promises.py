"""Promises of README.md about the window that had no test of their own
(issue "Every promise has a test that can fail"), checked on the main window
over a copy of the demo station, with keys and clicks as a person uses them:

- F2 receives a visit; F12 locks the desk at once;
- double-click or Enter on a concern row opens its page;
- 大字 makes everything larger;
- ``DESK_LANG=en`` gives an English UI;
- the desk locks itself after 10 idle minutes, or after the minutes set in
  Settings (3 here);
- ``synchronous=FULL`` on the sync page's worker thread's own connection.

How the auto-lock measures idleness (ui/sign_in_dialog.py ``DeskLock``): a
single-shot QTimer of the set minutes, started at sign-in and started again
by every key press, mouse press or move, wheel or input-method event anywhere
in the application (an application-wide event filter); its ``timeout`` locks.
It does not read the desk's clock (models/core/clock.py), so moving that clock
on does nothing: the tests check the timer's length, that input starts it
again, and fire its ``timeout`` as ten minutes of nobody would. No test here
sleeps or compares with the wall clock; the only waits are for a window to
show or a worker's signal, their timeouts a guard against hanging.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from models.core import access, clock, settings
from models.core.schema import Concern, Staff
from ui import app as desk_app
from ui import style
from ui.main_window import MainWindow

from .lists import loaded

HEAD_PIN = "2580"
MINUTE_MS = 60_000


# ------------------------------------------------------------ helpers

@pytest.fixture
def window(qtbot, demo_ctx):
    """The main window on a copy of the demo, shown and active. The desk's
    clock is left alone: the demo copy's records were written by it (the
    session's demo was built at this run's "now"), and a clock set earlier
    would make the clock check hold back the case numbers."""
    window = MainWindow(demo_ctx.station, demo_ctx)
    qtbot.addWidget(window)
    window.show()
    _activate(qtbot, window)
    loaded(qtbot, window.home_page)
    return window


def _activate(qtbot, window) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _sign_in_head(qtbot, typer, window) -> Staff:
    """The demo's staff have no PIN yet: as on an upgraded desk the station
    head presses their name and chooses one (README, "Sign-in")."""
    screen = window.desk_lock.screen
    head = next(s for s, _ in screen.people if s.role == "head")
    qtbot.mouseClick(screen.person_buttons[head.id], Qt.LeftButton)
    if screen.again_edit.isVisible():      # choosing the first PIN
        typer(screen.pin_edit, HEAD_PIN)
        typer(screen.again_edit, HEAD_PIN)
        qtbot.keyClick(screen.again_edit, Qt.Key_Return)
    else:                                  # the PIN chosen before
        typer(screen.pin_edit, HEAD_PIN)
        qtbot.keyClick(screen.pin_edit, Qt.Key_Return)
    assert not screen.isVisible(), screen.error_label.text()
    _activate(qtbot, window)
    return head


@pytest.fixture
def signed_in(qtbot, typer, window):
    """The window as ``./run.sh`` starts a real desk: locked, then the head signs in."""
    desk_app.ask_who_is_at_the_desk(window)
    assert window.desk_lock.is_locked
    _sign_in_head(qtbot, typer, window)
    assert access.current().role == "head"
    return window


def when_modal(qtbot, action, look) -> dict:
    """Do ``action`` (which opens a modal dialog and waits on it, as the desk
    does); ``look(dialog, seen)`` runs while the dialog is up, and the dialog
    is closed afterwards if ``look`` did not close it. Returns ``seen``."""
    seen: dict = {}
    tries = [0]

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries[0] < 50:   # not up yet: look again next turn
            tries[0] += 1
            QTimer.singleShot(0, run)
            return
        seen["dialog"] = dialog
        try:
            if dialog is not None:  # as a person sees it: the dialog in front, with the keys
                qtbot.waitExposed(dialog)
                dialog.activateWindow()
                qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            look(dialog, seen)
        except BaseException as exc:  # noqa: BLE001 - re-raised once the dialog is closed
            seen["error"] = exc
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.done(QDialog.Rejected)

    before = QApplication.activeWindow()
    QTimer.singleShot(0, run)
    action()
    if before is not None:  # back at the window the dialog was opened from
        _activate(qtbot, before)
    if "error" in seen:
        raise seen["error"]
    assert seen.get("dialog") is not None, "no dialog opened"
    return seen


def _choose(qtbot, combo, code) -> None:
    """Pick an entry the keyboard way: Down/Up until it shows."""
    combo.setFocus()
    target = combo.findData(code)
    assert target >= 0, code
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up)


# ------------------------------------------------------------ F2, F12

QUICK_WAY = [  # README, "The quick way": a returning villager's policy question, answered now
    ("F2", Qt.Key_F2), ("Enter", Qt.Key_Return), ("Down", Qt.Key_Down), ("Tab", Qt.Key_Tab),
    ("Down", Qt.Key_Down), ("Tab", Qt.Key_Tab), ("Tab", Qt.Key_Tab), ("Tab", Qt.Key_Tab),
    ("Down", Qt.Key_Down), ("Enter", Qt.Key_Return), ("Enter", Qt.Key_Return),
]


def test_the_quick_way_a_returning_villagers_policy_question_in_eleven_keys(qtbot, typer, window):
    """Keyboard only, from the home screen to the case number read out: the
    keys are counted (the words typed are not): at most 15, here 11."""
    from models.concerns.villagers import register_villager

    register_villager(window.ctx.station, "覃秀兰", "13977001122")  # came before
    pressed = []

    def key(k):
        pressed.append(k)
        qtbot.keyClick(QApplication.focusWidget(), k)

    def receive(dialog, seen):
        typer(QApplication.focusWidget(), "13977001122")  # the search box has the cursor
        key(Qt.Key_Return)                                # adds 覃秀兰; on to the concern
        form = dialog.current_form()
        assert QApplication.focusWidget() is form.function_combo
        key(Qt.Key_Down)                                  # 代办代理服务
        key(Qt.Key_Tab)
        key(Qt.Key_Down)                                  # 政策咨询当面答复
        key(Qt.Key_Tab)
        typer(QApplication.focusWidget(), "问医保缴费标准")
        key(Qt.Key_Tab)                                   # straight on to the answer
        typer(QApplication.focusWidget(), "每人380元，村委会代收。")
        key(Qt.Key_Tab)
        key(Qt.Key_Down)                                  # 满意
        key(Qt.Key_Return)                                # saves
        seen["told"] = dialog.confirmation.text()
        seen["ids"] = list(dialog.registered_ids)
        pressed.append(Qt.Key_Return)
        qtbot.keyClick(dialog.confirmation, Qt.Key_Return)  # OK: the case number was read out

    def f2():
        pressed.append(Qt.Key_F2)
        qtbot.keyClick(window, Qt.Key_F2)

    seen = when_modal(qtbot, f2, receive)
    assert "error" not in seen, seen.get("error")
    assert pressed == [k for _, k in QUICK_WAY] and len(pressed) <= 15
    concern = Concern.get_by_id(seen["ids"][0])
    assert (concern.villager.name, concern.function, concern.rule, concern.summary) == \
        ("覃秀兰", "proxy_service", "answer_on_spot", "问医保缴费标准")
    assert (concern.outcome, concern.satisfaction) == ("resolved", "satisfied")
    assert concern.case_number in seen["told"]



def test_f2_receives_a_visit(qtbot, typer, window):
    before = Concern.select().count()

    def receive(dialog, seen):
        seen["title"] = dialog.windowTitle()
        seen["focus_on_search"] = QApplication.focusWidget() is dialog.search_edit
        typer(dialog.search_edit, "韦新来")            # nobody of that name yet
        typer(dialog.new_phone_edit, "13912345678")
        qtbot.keyClick(dialog.new_phone_edit, Qt.Key_Return)  # adds the new villager
        form = dialog.current_form()
        _choose(qtbot, form.function_combo, "suggestion")
        _choose(qtbot, form.rule_combo, "time_limited")
        typer(form.summary_edit, "村口路灯坏了三盏")
        qtbot.keyClick(form.summary_edit, Qt.Key_Return)      # Enter saves
        box = dialog.confirmation
        seen["told"] = box.text()
        qtbot.mouseClick(box.button(QMessageBox.Ok), Qt.LeftButton)
        seen["ids"] = list(dialog.registered_ids)

    seen = when_modal(qtbot, lambda: qtbot.keyClick(window, Qt.Key_F2), receive)
    assert seen["title"] == "接待来访" and seen["focus_on_search"]
    assert "已登记" in seen["told"]
    assert Concern.select().count() == before + 1
    concern = Concern.get_by_id(seen["ids"][0])
    assert (concern.villager.name, concern.summary, concern.outcome) == \
        ("韦新来", "村口路灯坏了三盏", "pending")
    assert concern.case_number in seen["told"]
    # the home screen shows it at once (read again off the GUI thread)
    loaded(qtbot, window.home_page)
    assert concern.id in window.home_page.table._ids


def test_f12_locks_the_desk_at_once(qtbot, typer, signed_in):
    window = signed_in
    lock = window.desk_lock
    assert not lock.is_locked and window.signed_in_label.text().startswith("已登录")
    qtbot.keyClick(window, Qt.Key_F12)
    assert lock.is_locked and lock.curtains and all(c.isVisible() for c in lock.curtains)
    assert access.current() is access.NOBODY and window.ctx.officer is None
    assert window.signed_in_label.text() == "已锁定"
    assert not lock.timer.isActive()             # locked: nothing left to count
    # the lock button says the same key and does the same
    _sign_in_head(qtbot, typer, window)
    assert "F12" in window.lock_button.text()
    qtbot.mouseClick(window.lock_button, Qt.LeftButton)
    assert lock.is_locked and access.current() is access.NOBODY


# ------------------------------------------------------------ a concern's page

def _open_by(qtbot, table, how) -> tuple[str, dict]:
    def look(dialog, seen):
        seen["class"] = type(dialog).__name__
        seen["concern_id"] = getattr(dialog, "concern_id", None)
        seen["case"] = dialog.case_label.text()
    row = 2
    table.setFocus()
    table.selectRow(row)
    assert table.currentRow() == row
    expected = table.concern_id_at(row)
    case_number = table.item(row, 0).text()
    pos = table.visualRect(table.model().index(row, 3)).center()

    def action():
        if how == "enter":
            qtbot.keyClick(table, Qt.Key_Return)
        else:  # a double-click: a click, then the second press
            qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=pos)
            qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=pos)
    seen = when_modal(qtbot, action, look)
    assert seen["class"] == "ConcernDialog"
    assert seen["concern_id"] == expected
    assert case_number in seen["case"]
    return expected, seen


@pytest.mark.parametrize("how", ["enter", "double-click"])
def test_enter_or_double_click_on_a_concern_row_opens_its_page(qtbot, window, how):
    home = window.home_page.table
    assert home.rowCount() > 3
    _open_by(qtbot, home, how)
    # the to-do list (F3) too
    qtbot.keyClick(window, Qt.Key_F3)
    assert window.pages.currentWidget() is window.todo_page
    loaded(qtbot, window.todo_page)
    _open_by(qtbot, window.todo_page.table, how)


# ------------------------------------------------------------ 大字

def _sizes(window) -> dict[str, float]:
    QApplication.processEvents()
    home = window.home_page
    widgets = {
        "application": None,
        "title": window.title_label,
        "big button": window.intake_button,
        "plain button": window.settings_button,
        "figure": next(iter(home.figure_labels.values())),
        "concern list": home.table,
    }
    sizes = {}
    for name, w in widgets.items():
        if w is None:
            sizes[name] = QApplication.font().pointSizeF()
        else:
            w.ensurePolished()
            sizes[name] = w.font().pointSizeF()
    return sizes


def test_large_text_makes_everything_larger(qtbot, window):
    button = window.large_text_button
    assert button.text() == "大字" and not button.isChecked()
    normal = _sizes(window)
    assert normal["application"] == style.BASE_PT

    qtbot.mouseClick(button, Qt.LeftButton)
    try:
        assert button.isChecked()
        large = _sizes(window)
        grown = {name: (normal[name], large[name]) for name in normal if large[name] > normal[name]}
        assert grown.keys() == normal.keys(), (normal, large)
        assert large["application"] == style.LARGE_PT
        assert settings.get(settings.LARGE_TEXT) is True  # kept for the next start

        # a dialog opened now is larger too
        def look(dialog, seen):
            seen["size"] = dialog.font().pointSizeF()
            seen["save"] = dialog.save_button.font().pointSizeF()
        seen = when_modal(qtbot, lambda: qtbot.keyClick(window, Qt.Key_F2), look)
        assert seen["size"] == style.LARGE_PT and seen["save"] > style.LARGE_PT

        qtbot.mouseClick(button, Qt.LeftButton)       # and back
        assert _sizes(window) == normal
        assert settings.get(settings.LARGE_TEXT) is False
    finally:
        style.apply(QApplication.instance())


# ------------------------------------------------------------ DESK_LANG=en

def test_desk_lang_en_gives_an_english_ui(qtbot, demo_ctx, monkeypatch):
    monkeypatch.setenv("DESK_LANG", "en")
    app = desk_app.make_app()                 # what ./run.sh does first
    try:
        window = MainWindow(demo_ctx.station, demo_ctx)
        qtbot.addWidget(window)
        window.show()
        _activate(qtbot, window)
        assert window.windowTitle() == f"Village Concern Response Desk — {demo_ctx.station.name}"
        texts = {b.text() for b in window.findChildren(QPushButton) if b.isVisible()}
        assert {"Receive a visit (F2)", "To do (F3)", "Find (F4)", "Large text",
                "Settings"} <= texts
        seen = when_modal(qtbot, lambda: qtbot.keyClick(window, Qt.Key_F2),
                          lambda d, seen: seen.update(title=d.windowTitle()))
        assert seen["title"] == "Receive a visit"
        window.close()
    finally:
        monkeypatch.delenv("DESK_LANG")
        desk_app.make_app()                   # no DESK_LANG: Simplified Chinese again
    chinese = MainWindow(demo_ctx.station, demo_ctx)
    qtbot.addWidget(chinese)
    assert chinese.windowTitle() == f"村民关切回应站工作台 — {demo_ctx.station.name}"
    assert chinese.intake_button.text() == "接待来访 (F2)"
    assert app is QApplication.instance()


# ------------------------------------------------------------ the auto-lock

def _count_restarts(lock) -> list:
    """Note each time the idle timer is started again (and start it)."""
    starts = []
    real_start = lock.timer.start

    def start(*args):
        starts.append(args)
        real_start(*args)
    lock.timer.start = start
    return starts


def test_the_desk_locks_itself_after_10_idle_minutes(qtbot, typer, signed_in):
    window = signed_in
    lock = window.desk_lock
    assert settings.lock_minutes() == settings.DEFAULT_LOCK_MINUTES == 10
    timer = lock.timer
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == 10 * MINUTE_MS

    # working at the desk starts the ten minutes again: a key, a click
    starts = _count_restarts(lock)
    qtbot.keyClick(window.home_page.table, Qt.Key_Down)
    assert len(starts) >= 1
    n = len(starts)
    qtbot.mouseClick(window.todo_button, Qt.LeftButton)
    assert len(starts) > n and timer.isActive() and timer.interval() == 10 * MINUTE_MS
    # moving the desk's clock on is not input, and is not how idleness is counted
    clock.advance(9 * 60)
    assert not lock.is_locked and timer.isActive()

    # ten minutes with nobody at the desk: the timer runs out
    timer.timeout.emit()
    assert lock.is_locked and access.current() is access.NOBODY
    assert window.signed_in_label.text() == "已锁定" and lock.curtains
    assert not timer.isActive()
    # while locked, input does not start the count again
    n = len(starts)
    qtbot.keyClick(lock.screen, Qt.Key_Down)
    assert len(starts) == n and not timer.isActive()
    # signing in starts it again, at the same ten minutes
    _sign_in_head(qtbot, typer, window)
    assert timer.isActive() and timer.interval() == 10 * MINUTE_MS


def test_a_lock_time_set_before_the_desk_starts_is_honoured(qtbot, typer, window):
    settings.set_lock_minutes(3)
    desk_app.ask_who_is_at_the_desk(window)
    _sign_in_head(qtbot, typer, window)
    lock = window.desk_lock
    assert lock.timer.isActive() and lock.timer.interval() == 3 * MINUTE_MS
    lock.timer.timeout.emit()
    assert lock.is_locked and access.current() is access.NOBODY


def test_a_lock_time_changed_in_settings_is_honoured_at_once(qtbot, typer, signed_in):
    window = signed_in
    lock = window.desk_lock
    assert lock.timer.interval() == 10 * MINUTE_MS

    def change(dialog, seen):
        bar = dialog.tabs.tabBar()
        display = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "显示")
        qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(display).center())
        spin = dialog.lock_minutes_spin
        seen["shown"] = spin.value()
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "3")
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
        seen["result"] = dialog.result()

    seen = when_modal(qtbot, lambda: qtbot.mouseClick(window.settings_button, Qt.LeftButton),
                      change)
    assert seen["shown"] == 10 and seen["result"] == QDialog.Accepted
    assert settings.lock_minutes() == 3
    assert lock.timer.isActive() and lock.timer.interval() == 3 * MINUTE_MS
    lock.timer.timeout.emit()
    assert lock.is_locked and access.current() is access.NOBODY


# ------------------------------------------------------------ synchronous=FULL off the GUI thread

def test_the_sync_pages_worker_thread_writes_with_synchronous_full(qtbot, demo_station):
    """The sync page runs its jobs on a QThread with a SQLite connection of its
    own (ui/sync_worker.py); that connection is set up like the GUI thread's.
    (tests/test_promises.py checks the same on a plain thread and on a SQLite
    whose own default is not FULL.)"""
    from models.core.db import db as proxy
    from ui.sync_worker import SyncWorker

    gui_connection = proxy.connection()

    def job(progress):
        own = proxy.connection() is not gui_connection
        return own, [proxy.execute_sql(f"PRAGMA {p}").fetchone()[0]
                     for p in ("synchronous", "journal_mode", "foreign_keys")]

    worker = SyncWorker(job)
    failed = []
    worker.failed.connect(lambda message, reason: failed.append(message or reason))
    with qtbot.waitSignal(worker.succeeded, timeout=10_000) as done:
        worker.start()
    worker.wait()
    assert failed == []
    own, (synchronous, journal, foreign_keys) = done.args[0]
    assert own and (synchronous, journal, foreign_keys) == (2, "wal", 1)
