"""Open every screen and dialog of the desk on one simulated screen and list
what does not fit: a window larger than the screen (less a title bar), a
widget lying outside the part of its parents that can be seen, a button or
box whose text is cut. Run in its own process, because the screen's size
and Qt's scale are fixed when the application starts:

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json [QT_SCALE_FACTOR=1.25] \\
        python -m tests.ui.fit_check DEMO.sqlite3 OUT.json [SHOTS_DIR]

Prints nothing; writes ``{"screen": [w, h], "problems": [...], "checked": [...]}``
to OUT.json. ``tests/ui/test_screens_fit.py`` makes the screen and reads the
result. A widget inside a scroll area may lie below the visible part (it
scrolls), never beside it (a form scrolls in one direction); inside a
table or list it may lie anywhere (the table scrolls)."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 9, 30)
TITLE_BAR = 30  # logical pixels a window's title bar takes (Windows 10, any scale)


def _name(w) -> str:
    name = type(w).__name__
    text = ""
    for attr in ("text", "currentText", "title", "windowTitle"):
        if hasattr(w, attr):
            try:
                text = getattr(w, attr)()
            except TypeError:
                continue
            if text:
                break
    return f"{name}“{str(text)[:20]}”" if text else name


def _text_width(w, text: str) -> int:
    fm = w.fontMetrics()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def problems_in(top) -> list[str]:
    """What of ``top`` (shown, laid out) cannot be seen or is cut."""
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractScrollArea,
        QAbstractSpinBox,
        QComboBox,
        QLabel,
        QPushButton,
        QScrollArea,
        QTabBar,
        QWidget,
    )

    found = []
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.isWindow():
            continue
        if any(isinstance(a, QAbstractItemView) for a in _ancestors(w, top)):
            continue  # a cell widget, an editor: the table scrolls
        if isinstance(w.parentWidget(), QAbstractScrollArea) and w is not w.parentWidget().viewport():
            continue  # a scroll bar's container: the scroll area's own business
        if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the box's own line edit
        hint = w.minimumSizeHint()
        if hint.isValid():  # what a layout gives it at least (qSmartMinSize)
            hint = QSize(min(w.minimumWidth() or hint.width(), w.maximumWidth()),
                         min(w.minimumHeight() or hint.height(), w.maximumHeight()))
        if hint.isValid() and w.layout() is None and not isinstance(w, QTabBar) and (
                w.width() + 2 < hint.width() or w.height() + 2 < hint.height()):
            found.append(f"{_name(w)} squeezed to {w.width()}×{w.height()}, "
                         f"needs {hint.width()}×{hint.height()}")
            continue
        if w.width() <= 0 or w.height() <= 0:
            continue
        child = w
        rect = QRect(QPoint(0, 0), w.size())
        for a in _ancestors(w, top):
            rect = QRect(child.mapTo(a, QPoint(0, 0)), w.size()) if child is w else rect
            rect = QRect(w.mapTo(a, QPoint(0, 0)), w.size())
            outer = a.rect()
            scroll = a.parentWidget() if a.parentWidget() is not None else None
            if isinstance(scroll, QAbstractScrollArea) and scroll.viewport() is a:
                if isinstance(scroll, QScrollArea):
                    # rows below scroll into view; nothing may lie beside the view
                    if rect.left() < -1 or rect.right() > outer.right() + 1:
                        found.append(f"{_name(w)} beside the visible part of a scroll area "
                                     f"({rect.left()}..{rect.right()} of {outer.width()})")
                break
            if not outer.adjusted(-1, -1, 1, 1).contains(rect):
                found.append(f"{_name(w)} outside {_name(a)}: {rect.getRect()} in "
                             f"{outer.width()}×{outer.height()}")
                break
        if isinstance(w, QPushButton) and w.text():
            need = _text_width(w, w.text()) + 6
            if w.property("big"):  # the style sheet's padding takes its share of the width too
                need = max(need, w.sizeHint().width() - 2)
            if need > w.width():
                found.append(f"{_name(w)} cut: needs {need} px, has {w.width()} px")
        elif isinstance(w, QComboBox) and w.currentText() and not w.isEditable():
            need = _text_width(w, w.currentText()) + 24
            if need > w.width():
                found.append(f"{_name(w)} cut: text needs {need} px, box {w.width()} px")
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            if w.sizeHint().width() > w.width() + 2:
                found.append(f"{_name(w)} cut: needs {w.sizeHint().width()} px, has {w.width()} px")
    return found


def _ancestors(w, top):
    a = w.parentWidget()
    while a is not None:
        yield a
        if a is top:
            return
        a = a.parentWidget()


class Run:
    def __init__(self, app, shots: Path | None):
        self.app = app
        self.shots = shots
        screen = app.primaryScreen().availableGeometry()
        self.budget = (screen.width(), screen.height() - TITLE_BAR)
        self.problems: list[str] = []
        self.checked: list[str] = []

    def settle(self):
        """Let every pending layout request run (a label or bar just shown
        asks its layouts for room in posted events), so a check sees the
        layout the person sees a moment later."""
        from PySide6.QtCore import QCoreApplication, QEvent

        for _ in range(3):
            self.app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        self.app.processEvents()

    def check(self, name: str, top, tabs: bool = True) -> None:
        """Show ``top`` as the desk would, and check it and each of its tabs."""
        from PySide6.QtWidgets import QTabWidget

        if not top.isVisible():
            top.show()
        self.settle()
        self._check_one(name, top)
        if not tabs:
            return
        for tw in top.findChildren(QTabWidget):
            if not tw.isVisible():
                continue
            keep = tw.currentIndex()
            for i in range(tw.count()):
                if i == keep or not tw.isTabEnabled(i):
                    continue
                tw.setCurrentIndex(i)
                self.settle()
                self._check_one(f"{name}-tab{i + 1}", top)
            tw.setCurrentIndex(keep)

    def _check_one(self, name: str, top) -> None:
        w, h = self.budget
        size = top.size()
        if size.width() > w or size.height() > h:
            self.problems.append(f"{name}: the window is {size.width()}×{size.height()}, "
                                 f"the screen leaves {w}×{h}")
        for p in problems_in(top):
            self.problems.append(f"{name}: {p}")
        self.checked.append(name)
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            top.grab().save(str(self.shots / f"{name}.png"))

    def dialog(self, name: str, make) -> None:
        d = make()
        try:
            self.check(name, d)
        finally:
            d.hide()
            d.deleteLater()
            self.settle()


def run_all(app, demo_db: Path, shots: Path | None, large: bool) -> list[str]:
    from models.core.schema import Concern
    from models.safety.opening import close_database, open_database
    from models.station import stations
    from ui import style
    from ui.context import DeskContext

    style.apply(app, large=large)
    suffix = "-large" if large else ""
    run = Run(app, shots)
    tmp = Path(tempfile.mkdtemp())
    try:
        # first start: an empty database
        open_database(tmp / "empty" / "station.sqlite3")
        from ui.first_run import FirstRunDialog

        run.dialog("first-run" + suffix, FirstRunDialog)
        close_database()

        for ext in ("", "-wal"):
            if Path(str(demo_db) + ext).exists():
                shutil.copyfile(str(demo_db) + ext, str(tmp / "station.sqlite3") + ext)
        open_database(tmp / "station.sqlite3")
        st = stations.this_station()
        staff = stations.active_staff(st)
        ctx = DeskContext(st, staff[0], today=lambda: TODAY, now=lambda: NOW)

        from ui.sign_in_dialog import SetPinDialog, SignInScreen

        run.dialog("sign-in" + suffix, lambda: SignInScreen(st))
        run.dialog("set-pin" + suffix, lambda: SetPinDialog(staff[1]))

        from ui.main_window import MainWindow

        window = MainWindow(st, ctx)
        window.show_signed_in(staff[0])
        window.show()
        app_screen = app.primaryScreen().availableGeometry()
        window.resize(app_screen.width(), app_screen.height() - TITLE_BAR)
        for page, show in (("home", window.show_home), ("todo", window.show_todo),
                           ("search", window.show_search), ("print", window.show_print),
                           ("statistics", window.show_statistics), ("roster", window.show_roster),
                           ("checklist", window.show_checklist), ("sync", window.show_sync),
                           ("outreach", window.show_outreach)):
            show()
            if page == "print":  # its first preview is laid out in a worker: check it done, not half-way
                import time

                end = time.monotonic() + 60
                while window.print_page.is_busy() and time.monotonic() < end:
                    app.processEvents()
                    time.sleep(0.02)
            run.settle()
            window.resize(*run.budget)  # each page as if the window had just opened
            run.check(f"main-{page}{suffix}", window)
        window.show_home()

        from ui import concern_actions as ca
        from ui.about_dialog import AboutDialog
        from ui.backup_dialog import BackupDialog
        from ui.concern_dialog import ConcernDialog
        from ui.intake_dialog import IntakeDialog
        from ui.ledger_dialog import LedgerDialog
        from ui.rules_editor import RulesEditor
        from ui.settings_dialog import SettingsDialog
        from ui.supervision_dialog import SupervisionDialog

        run.dialog("intake" + suffix, lambda: IntakeDialog(ctx, window))
        run.dialog("settings" + suffix, lambda: SettingsDialog(ctx, window))
        run.dialog("backup" + suffix, lambda: BackupDialog(ctx, window))
        run.dialog("about" + suffix, lambda: AboutDialog(window))
        run.dialog("ledger-import" + suffix, lambda: LedgerDialog(ctx, window))
        run.dialog("supervision" + suffix, lambda: SupervisionDialog(ctx, window))
        run.dialog("rules" + suffix, lambda: RulesEditor(window))
        from models.safety.about import about_info
        from ui.ledger_check_dialog import LedgerCheckDialog

        run.dialog("ledger-check" + suffix, lambda: LedgerCheckDialog(about_info().database_path, window))
        # a concern of each handling rule (an open one where there is one) and the
        # closed one with the longest history
        by_rule = {}
        for c in Concern.select().order_by((Concern.outcome == "pending").desc(), Concern.seq):
            by_rule.setdefault(c.rule, c)
        closed = (Concern.select().where(Concern.outcome == "resolved")
                  .order_by(Concern.event_count.desc(), Concern.seq).first())
        for c in list(by_rule.values()) + [closed]:
            state = "open" if c.outcome == "pending" else "closed"
            run.dialog(f"concern-{c.rule}-{state}{suffix}" if c is not closed
                       else f"concern-longest{suffix}",
                       lambda c=c: ConcernDialog(ctx, c.id, window))
        c = next(c for c in by_rule.values() if c.outcome == "pending")
        for name, make in (("step", lambda: ca.StepDialog(ctx, c, "analysis", window)),
                           ("close", lambda: ca.CloseDialog(ctx, c, window)),
                           ("mediation", lambda: ca.MediationDialog(ctx, c, window)),
                           ("documents-taken", lambda: ca.DocumentsTakenDialog(ctx, c, window)),
                           ("documents-returned", lambda: ca.DocumentsReturnedDialog(ctx, c, window)),
                           ("escalation-request", lambda: ca.EscalationRequestDialog(ctx, c, window)),
                           ("escalation-answer", lambda: ca.EscalationAnswerDialog(ctx, c, window)),
                           ("reopen", lambda: ca.ReopenDialog(ctx, c, window)),
                           ("note", lambda: ca.NoteDialog(ctx, c, window)),
                           ("correction", lambda: ca.CorrectionDialog(ctx, c, window))):
            run.dialog(f"action-{name}{suffix}", make)
        from ui.followup import FollowUpDialog

        run.dialog(f"action-follow-up{suffix}", lambda: FollowUpDialog(ctx, closed, window))
        window.close()
        close_database()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return run.problems, run.checked


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    demo_db, out = Path(argv[0]), Path(argv[1])
    shots = Path(argv[2]) if len(argv) > 2 else None
    from ui.app import install_translation, make_app

    app = make_app(["fit_check"])
    install_translation(app, "zh_CN")
    from models.core import clock

    problems, names = [], []
    with clock.frozen(NOW):
        for large in (False, True):
            p, n = run_all(app, demo_db, shots, large)
            problems += p
            names += n
    screen = app.primaryScreen().availableGeometry()
    out.write_text(json.dumps({"screen": [screen.width(), screen.height()],
                               "problems": problems, "checked": names}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
