"""The main window: big buttons for the daily tasks across the top, the
officer at the desk, and the pages (home, to-do, search)."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.core import settings
from models.core.errors import ValidationError
from models.core.schema import Station
from models.station import stations

from . import labels, style
from .context import DeskContext
from .fit import scrolling
from .home_page import HomePage
from .search_page import SearchPage
from .todo_page import TodoPage


class PageStack(QStackedWidget):
    """The window's pages, each in its own area that scrolls up and down: the
    window is only as large as the page on show needs, and never taller than
    the screen (a tall page scrolls inside it). ``addWidget``,
    ``setCurrentWidget`` and ``currentWidget`` speak of the pages themselves."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._areas: dict[int, QWidget] = {}

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 (Qt's name)
        area = scrolling(page)
        self._areas[id(page)] = area
        return super().addWidget(area)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        super().setCurrentWidget(self._areas.get(id(page), page))
        self.updateGeometry()

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        area = super().currentWidget()
        return area.widget() if area is not None else None

    def minimumSizeHint(self):  # noqa: N802: the page on show only, not the largest ever shown
        area = super().currentWidget()
        return area.minimumSizeHint() if area is not None else super().minimumSizeHint()

    def sizeHint(self):  # noqa: N802
        area = super().currentWidget()
        return area.sizeHint() if area is not None else super().sizeHint()


class MainWindow(QMainWindow):
    def __init__(self, station: Station, ctx: DeskContext | None = None):
        super().__init__()
        self.ctx = ctx or DeskContext(station)
        self.setWindowTitle(self.tr("Village Concern Response Desk — %1").replace("%1", station.name))
        self.resize(1280, 800)

        central = QWidget()
        layout = QVBoxLayout(central)
        head = QHBoxLayout()
        self.title_label = QLabel(station.name)
        self.title_label.setProperty("role", "title")
        head.addWidget(self.title_label, 1)
        self.officer_caption = QLabel(self.tr("Officer at the desk:"))
        head.addWidget(self.officer_caption)
        self.officer_combo = QComboBox()
        self.officer_combo.setMinimumWidth(140)
        head.addWidget(self.officer_combo)
        # with sign-in (ui.app, ui.sign_in_dialog): who is signed in, and a lock button
        self.signed_in_label = QLabel()
        self.signed_in_label.setProperty("role", "heading")
        self.signed_in_label.hide()
        head.addWidget(self.signed_in_label)
        self.lock_button = QPushButton(self.tr("Lock (F12)"))
        self.lock_button.setToolTip(self.tr("Lock the desk when you leave it; "
                                            "you or someone else signs in again"))
        self.lock_button.clicked.connect(self.lock)
        self.lock_button.hide()
        head.addWidget(self.lock_button)
        self.desk_lock = None  # set by ui.app when the desk asks who is at it
        self.large_text_button = QPushButton(self.tr("Large text"))
        self.large_text_button.setCheckable(True)
        self.large_text_button.setChecked(bool(settings.get(settings.LARGE_TEXT, False)))
        self.large_text_button.toggled.connect(self.set_large_text)
        head.addWidget(self.large_text_button)
        self.outreach_page = None  # made when first opened
        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.clicked.connect(self.open_settings)
        head.addWidget(self.settings_button)
        from .about_dialog import AboutButton

        self.about_button = AboutButton(self)  # 关于: version, data folder, size
        head.addWidget(self.about_button)
        layout.addLayout(head)

        nav = QHBoxLayout()
        self.home_button = self._nav(nav, self.tr("Home (F1)"), "F1", self.show_home)
        self.intake_button = self._nav(nav, self.tr("Receive a visit (F2)"), "F2", self.receive_visit)
        self.todo_button = self._nav(nav, self.tr("To do (F3)"), "F3", self.show_todo)
        self.search_button = self._nav(nav, self.tr("Find (F4)"), "F4", self.show_search)
        self.print_button = self._nav(nav, self.tr("Print (F5)"), "F5", self.show_print)
        self.print_button.setCheckable(True)
        self.print_button.setAutoExclusive(True)
        self.print_page = None  # the print centre, made when first opened
        # a second row for the figures and the station's standard, so the
        # window fits a 1024-pixel screen (ui/fit.py), large text too
        nav2 = QHBoxLayout()
        self.stats_button = self._nav(nav2, self.tr("Statistics (F6)"), "F6", self.show_statistics)
        self.stats_button.setCheckable(True)
        self.stats_button.setAutoExclusive(True)
        self.stats_page = None  # the statistics screen, made when first opened
        self.roster_button = self._nav(nav2, self.tr("Duty roster (F7)"), "F7", self.show_roster)
        self.roster_button.setCheckable(True)
        self.roster_button.setAutoExclusive(True)
        self.roster_page = None  # the duty roster, made when first opened
        self.checklist_button = self._nav(nav2, self.tr("Eight haves (F8)"), "F8",
                                          self.show_checklist)
        self.checklist_button.setCheckable(True)
        self.checklist_button.setAutoExclusive(True)
        self.checklist_page = None  # the eight-haves checklist, made when first opened
        self.sync_button = self._nav(nav2, self.tr("USB sync (F9)"), "F9", self.show_sync)
        self.sync_button.setCheckable(True)
        self.sync_button.setAutoExclusive(True)
        self.sync_page = None  # the USB sync screen, made when first opened
        self.oversight_button = QPushButton(self.tr("Supervision and extensions"))
        style.nav_button(self.oversight_button)
        self.oversight_button.clicked.connect(self.show_oversight)
        self.oversight_button.setCheckable(True)
        self.oversight_button.setAutoExclusive(True)
        nav2.addWidget(self.oversight_button)
        self.oversight_page = None  # 督办 / 催办, made when first opened
        self.outreach_button = QPushButton(self.tr("Appointments, suggestions, training"))
        style.nav_button(self.outreach_button)
        self.outreach_button.setCheckable(True)
        self.outreach_button.setAutoExclusive(True)
        self.outreach_button.clicked.connect(self.show_outreach)
        nav2.addWidget(self.outreach_button)
        QShortcut(QKeySequence.Find, self, self.show_search)
        QShortcut(QKeySequence("F12"), self, self.lock)
        for button in (self.home_button, self.todo_button, self.search_button):
            button.setCheckable(True)  # the page on show stays pressed in
            button.setAutoExclusive(True)
        nav.addStretch(1)
        layout.addLayout(nav)
        nav2.addStretch(1)
        layout.addLayout(nav2)

        self.pages = PageStack()
        self.home_page = HomePage(self.ctx)
        self.todo_page = TodoPage(self.ctx)
        self.search_page = SearchPage(self.ctx)
        for page in (self.home_page, self.todo_page, self.search_page):
            page.opened.connect(self.open_concern)
            self.pages.addWidget(page)
        self.home_page.oversight_requested.connect(self.show_oversight)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._fill_officers()
        self.officer_combo.currentIndexChanged.connect(self._officer_changed)
        self.show_home()

    def _nav(self, layout, text: str, key: str, slot) -> QPushButton:
        button = QPushButton(text)
        style.nav_button(button)
        button.clicked.connect(slot)
        QShortcut(QKeySequence(key), self, slot)
        layout.addWidget(button)
        return button

    def _fill_officers(self) -> None:
        keep = self.ctx.officer.id if self.ctx.officer is not None else None
        self.officer_combo.blockSignals(True)
        self.officer_combo.clear()
        for staff in stations.active_staff(self.ctx.station):
            self.officer_combo.addItem(staff.name, staff)
            if staff.id == keep:
                self.officer_combo.setCurrentIndex(self.officer_combo.count() - 1)
        self.officer_combo.blockSignals(False)
        self._officer_changed()

    def _officer_changed(self, *_):
        if self.desk_lock is None:  # with sign-in, the officer is the signed-in person
            self.ctx.officer = self.officer_combo.currentData()

    # --- sign-in
    def show_signed_in(self, staff) -> None:
        """The signed-in person (None while locked) becomes the officer at the desk."""
        self.ctx.officer = staff
        for w in (self.officer_caption, self.officer_combo):
            w.hide()
        self.lock_button.show()
        self.signed_in_label.show()
        if staff is None:
            self.signed_in_label.setText(self.tr("Locked"))
            return
        self.signed_in_label.setText(self.tr("Signed in: %1 (%2)").replace("%1", staff.name)
                                     .replace("%2", labels.label(labels.STAFF_ROLES, staff.role)))
        # what a list shows depends on who looks: nothing the last person
        # looked up stays on a page for the next
        if getattr(self, "_last_signed_in", staff.id) != staff.id:
            self.search_page.query_edit.clear()
        self._last_signed_in = staff.id
        # (the home and to-do lists read themselves again whenever they are shown)
        for page in {self.search_page, self.pages.currentWidget()}:
            page.refresh()

    def lock(self) -> None:
        if self.desk_lock is not None:
            self.desk_lock.lock()

    def closeEvent(self, event) -> None:
        if self.desk_lock is not None:
            self.desk_lock.close()
        super().closeEvent(event)

    # --- pages and dialogs
    def show_home(self) -> None:
        self.home_page.refresh()
        self.pages.setCurrentWidget(self.home_page)
        self.home_button.setChecked(True)
        self.home_page.table.setFocus()

    def show_todo(self) -> None:
        self.todo_page.refresh()
        self.pages.setCurrentWidget(self.todo_page)
        self.todo_button.setChecked(True)
        self.todo_page.table.setFocus()

    def show_search(self) -> None:
        self.pages.setCurrentWidget(self.search_page)
        self.search_button.setChecked(True)
        self.search_page.focus_query()

    def show_print(self) -> None:
        if self.print_page is None:
            from .print_centre import PrintCentre

            self.print_page = PrintCentre(self.ctx)
            self.pages.addWidget(self.print_page)
        self.pages.setCurrentWidget(self.print_page)
        self.print_button.setChecked(True)
        self.print_page.refresh()
        self.print_page.focus_first()

    def show_roster(self) -> None:
        if self.roster_page is None:
            from .roster_page import RosterPage

            self.roster_page = RosterPage(self.ctx)
            self.pages.addWidget(self.roster_page)
        self.pages.setCurrentWidget(self.roster_page)
        self.roster_button.setChecked(True)
        self.roster_page.refresh()

    def show_statistics(self) -> None:
        if self.stats_page is None:
            from .statistics_page import StatisticsPage

            self.stats_page = StatisticsPage(self.ctx)
            self.pages.addWidget(self.stats_page)
        self.pages.setCurrentWidget(self.stats_page)
        self.stats_button.setChecked(True)
        self.stats_page.refresh()
        self.stats_page.focus_first()

    def show_checklist(self) -> None:
        if self.checklist_page is None:
            from .checklist_page import ChecklistPage

            self.checklist_page = ChecklistPage(self.ctx)
            self.pages.addWidget(self.checklist_page)
        self.pages.setCurrentWidget(self.checklist_page)
        self.checklist_button.setChecked(True)
        self.checklist_page.refresh()

    def show_sync(self) -> None:
        if self.sync_page is None:
            from .sync_page import SyncPage

            self.sync_page = SyncPage(self.ctx)
            self.sync_page.busy_changed.connect(self._sync_busy)
            self.pages.addWidget(self.sync_page)
        self.pages.setCurrentWidget(self.sync_page)
        self.sync_button.setChecked(True)
        self.sync_page.refresh()
        self.sync_page.focus_first()

    def show_oversight(self) -> None:
        if self.oversight_page is None:
            from .oversight_page import OversightPage

            self.oversight_page = OversightPage(self.ctx)
            self.oversight_page.opened.connect(self.open_concern)
            self.pages.addWidget(self.oversight_page)
        self.pages.setCurrentWidget(self.oversight_page)
        self.oversight_button.setChecked(True)
        self.oversight_page.refresh()
        self.oversight_page.focus_first()

    def _sync_busy(self, busy: bool) -> None:
        """While the sync page's worker writes the database, nothing else may
        (SQLite has one writer): the window's buttons and keys wait for it."""
        from PySide6.QtCore import Qt

        for shortcut in self.findChildren(QShortcut, options=Qt.FindDirectChildrenOnly):
            shortcut.setEnabled(not busy)
        for button in self.centralWidget().findChildren(QPushButton, options=Qt.FindDirectChildrenOnly):
            button.setEnabled(not busy)

    def show_outreach(self) -> None:
        if self.outreach_page is None:
            from .outreach_page import OutreachPage

            self.outreach_page = OutreachPage(self.ctx)
            self.pages.addWidget(self.outreach_page)
        self.pages.setCurrentWidget(self.outreach_page)
        self.outreach_button.setChecked(True)
        self.outreach_page.refresh()

    def receive_visit(self) -> None:
        from .intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.ctx, self)
        if dialog.exec():
            self.refresh_current()

    def open_concern(self, concern_id: str) -> None:
        from .concern_dialog import ConcernDialog

        try:
            dialog = ConcernDialog(self.ctx, concern_id, self)
        except ValidationError as e:  # a confidential concern this person may not open
            QMessageBox.information(self, self.tr("Cannot open"), e.message)
            return
        dialog.exec()
        self.refresh_current()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        old_name = self.ctx.station.name
        if SettingsDialog(self.ctx, self).exec():
            if self.ctx.station.name != old_name:  # renamed on the Station tab
                self.title_label.setText(self.ctx.station.name)
                self.setWindowTitle(self.windowTitle().replace(old_name, self.ctx.station.name))
            self._fill_officers()
            if self.desk_lock is not None:
                self.desk_lock.set_minutes(settings.lock_minutes())
            self.large_text_button.blockSignals(True)
            self.large_text_button.setChecked(bool(settings.get(settings.LARGE_TEXT, False)))
            self.large_text_button.blockSignals(False)
            self.refresh_current()

    def refresh_current(self) -> None:
        page = self.pages.currentWidget()
        page.refresh()

    def set_large_text(self, on: bool) -> None:
        settings.put(settings.LARGE_TEXT, bool(on))
        style.apply(QApplication.instance(), large=on)
