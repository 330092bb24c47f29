"""Settings: the station's staff, the default time limit per handling rule,
the large-text switch and the station's own details (address, phone, opening
hours, as printed on contact cards and notices). Nothing is saved until "Save"; then everything is
saved together, or, if something is wrong, nothing."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core import settings
from models.core.errors import ValidationError
from models.station import stations
from models.station.desk_settings import NewStaff, save_desk_settings

from . import labels, style
from .context import DeskContext
from .leave_guard import may_leave

NAME, PHONE, ROLE, ACTIVE = range(4)


class SettingsDialog(QDialog):
    STATION_TAB = 3

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.resize(900, 640)
        self._new_staff: list[NewStaff] = []
        self._staff_ids: list[str | None] = []   # per table row; None for one not yet saved
        self._active_at_start: dict[str, bool] = {}

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._staff_tab(), self.tr("Staff"))
        self.tabs.addTab(self._deadline_tab(), self.tr("Time limits"))
        self.tabs.addTab(self._display_tab(), self.tr("Display"))
        self.tabs.addTab(self._station_tab(), self.tr("Station"))
        layout.addWidget(self.tabs, 1)

        self.error_label = style.error_label()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.backups_button = QPushButton(self.tr("Back&ups…"))  # ui/backup_dialog.py
        self.backups_button.setAutoDefault(False)
        self.backups_button.clicked.connect(self.open_backups)
        buttons.addWidget(self.backups_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        style.big_button(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._fill_staff()
        self.staff_name_edit.setFocus()

    def open_backups(self) -> None:
        from .backup_dialog import BackupDialog

        BackupDialog(self.ctx, self).exec()

    # ------------------------------------------------------------ the tabs
    def _staff_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(self.tr("Everyone who works at this station. Untick “Working here” for "
                              "someone who has left; their name stays on the old records."))
        note.setWordWrap(True)
        box.addWidget(note)
        self.staff_table = QTableWidget(0, 4)
        self.staff_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.staff_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Phone"), self.tr("Role"), self.tr("Working here")])
        self.staff_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.staff_table.verticalHeader().setVisible(False)
        header = self.staff_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        self.staff_table.itemChanged.connect(self._active_changed)
        box.addWidget(self.staff_table, 1)
        pin_row = QHBoxLayout()
        pin_note = QLabel(self.tr("Each person signs in with their own PIN. Pick a name in the "
                                  "list to give them one, or a new one if they forgot it."))
        pin_note.setWordWrap(True)
        pin_row.addWidget(pin_note, 1)
        self.set_pin_button = QPushButton(self.tr("Set or reset PIN…"))
        self.set_pin_button.setAutoDefault(False)
        self.set_pin_button.clicked.connect(self.set_pin)
        pin_row.addWidget(self.set_pin_button)
        box.addLayout(pin_row)

        add_heading = QLabel(self.tr("Add a staff member"))
        add_heading.setProperty("role", "heading")
        box.addWidget(add_heading)
        grid = QGridLayout()
        self.staff_name_edit = QLineEdit()
        self.staff_phone_edit = QLineEdit()
        self.staff_phone_edit.setPlaceholderText(self.tr("mobile, 11 digits"))
        self.staff_role_combo = QComboBox()
        labels.fill_combo(self.staff_role_combo, labels.STAFF_ROLES)
        self.staff_role_combo.setCurrentIndex(self.staff_role_combo.findData("clerk"))
        self.staff_hamlet_combo = QComboBox()
        self.staff_hamlet_combo.addItem(self.tr("— not in a hamlet —"), None)
        for hamlet in stations.hamlets(self.ctx.station):
            self.staff_hamlet_combo.addItem(hamlet.name, hamlet.id)
        self.staff_full_time_check = QCheckBox(self.tr("&Full-time"))
        self.add_staff_button = QPushButton(self.tr("&Add to the list"))
        self.add_staff_button.setAutoDefault(False)
        self.add_staff_button.clicked.connect(self.add_staff)
        for col, (text, widget) in enumerate([(self.tr("&Name:"), self.staff_name_edit),
                                              (self.tr("&Phone:"), self.staff_phone_edit),
                                              (self.tr("&Role:"), self.staff_role_combo)]):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col * 2)
            grid.addWidget(widget, 0, col * 2 + 1)
        hamlet_label = QLabel(self.tr("Lives in &hamlet:"))
        hamlet_label.setBuddy(self.staff_hamlet_combo)
        grid.addWidget(hamlet_label, 1, 0)
        grid.addWidget(self.staff_hamlet_combo, 1, 1)
        grid.addWidget(self.staff_full_time_check, 1, 3)
        grid.addWidget(self.add_staff_button, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        box.addLayout(grid)
        hint = QLabel(self.tr("New staff are saved when you press “Save”."))
        box.addWidget(hint)
        for a, b in [(self.staff_table, self.staff_name_edit),
                     (self.staff_name_edit, self.staff_phone_edit),
                     (self.staff_phone_edit, self.staff_role_combo),
                     (self.staff_role_combo, self.staff_hamlet_combo),
                     (self.staff_hamlet_combo, self.staff_full_time_check),
                     (self.staff_full_time_check, self.add_staff_button)]:
            QWidget.setTabOrder(a, b)
        return page

    def _deadline_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(self.tr("How many days a new concern gets, counted from the day it is "
                              "registered. 0 means the same day. Each concern's own deadline can "
                              "still be changed when it is registered."))
        note.setWordWrap(True)
        box.addWidget(note)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.deadline_spins: dict[str, QSpinBox] = {}
        for rule in labels.RULES:
            spin = QSpinBox()
            spin.setRange(0, 365)
            spin.setSuffix(self.tr(" days"))
            spin.setValue(settings.deadline_days(rule))
            spin.setMinimumWidth(140)
            form.addRow(labels.label(labels.RULES, rule), spin)
            self.deadline_spins[rule] = spin
        box.addLayout(form)
        stale_row = QHBoxLayout()
        self.stale_days_spin = QSpinBox()
        self.stale_days_spin.setRange(1, 365)
        self.stale_days_spin.setSuffix(self.tr(" days"))
        self.stale_days_spin.setValue(settings.stale_days())
        self.stale_days_spin.setMinimumWidth(140)
        stale_label = QLabel(self.tr("Mark a station's figures incomplete when nothing has come "
                                     "from it by USB for more than:"))
        stale_label.setBuddy(self.stale_days_spin)
        stale_row.addWidget(stale_label)
        stale_row.addWidget(self.stale_days_spin)
        stale_row.addStretch(1)
        box.addSpacing(12)
        box.addLayout(stale_row)
        follow_row = QHBoxLayout()  # 回访: how many working days after the close
        self.follow_up_spin = QSpinBox()
        self.follow_up_spin.setRange(1, 30)
        self.follow_up_spin.setSuffix(self.tr(" working day(s)"))
        self.follow_up_spin.setValue(settings.follow_up_days())
        self.follow_up_spin.setMinimumWidth(140)
        follow_label = QLabel(self.tr("Call the villager back after a concern is resolved:"))
        follow_label.setBuddy(self.follow_up_spin)
        follow_row.addWidget(follow_label)
        follow_row.addWidget(self.follow_up_spin)
        follow_row.addStretch(1)
        box.addLayout(follow_row)
        self.extension_check = QCheckBox(self.tr(
            "Escalated matters: the township decides requests for more time"))
        self.extension_check.setToolTip(self.tr(
            "Otherwise the station head decides them, as for every other concern."))
        self.extension_check.setChecked(settings.extension_escalated_to_township())
        box.addWidget(self.extension_check)
        box.addStretch(1)
        return page

    def _display_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.large_text_check = QCheckBox(self.tr("&Large text: bigger letters everywhere"))
        self.large_text_check.setChecked(bool(settings.get(settings.LARGE_TEXT, False)))
        box.addWidget(self.large_text_check)
        lock_row = QHBoxLayout()
        self.lock_minutes_spin = QSpinBox()
        self.lock_minutes_spin.setRange(1, 120)
        self.lock_minutes_spin.setSuffix(self.tr(" minutes"))
        self.lock_minutes_spin.setValue(settings.lock_minutes())
        self.lock_minutes_spin.setMinimumWidth(140)
        lock_label = QLabel(self.tr("Lock the desk after no use for:"))
        lock_label.setBuddy(self.lock_minutes_spin)
        lock_row.addWidget(lock_label)
        lock_row.addWidget(self.lock_minutes_spin)
        lock_row.addStretch(1)
        box.addLayout(lock_row)
        box.addStretch(1)
        return page

    def _station_tab(self) -> QWidget:
        station = self.ctx.station
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(self.tr("This station's details, as printed on the contact cards and "
                              "notices. The station code and level cannot be changed."))
        note.setWordWrap(True)
        box.addWidget(note)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Station code:"), QLabel(station.code))
        form.addRow(self.tr("Level:"), QLabel(labels.label(labels.LEVELS, station.level)))
        self.station_name_edit = QLineEdit(station.name)
        self.station_address_edit = QLineEdit(station.address or "")
        self.station_phone_edit = QLineEdit(station.phone or "")
        self.station_phone_edit.setPlaceholderText(self.tr("mobile, or landline with area code"))
        self.station_hours_edit = QLineEdit(station.opening_hours or "")
        self.station_hours_edit.setPlaceholderText(self.tr("e.g. Monday to Friday 8:00–12:00, 14:30–17:30"))
        for text, widget in [(self.tr("Station na&me:"), self.station_name_edit),
                             (self.tr("A&ddress:"), self.station_address_edit),
                             (self.tr("Station p&hone:"), self.station_phone_edit),
                             (self.tr("&Opening hours:"), self.station_hours_edit)]:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        box.addLayout(form)
        box.addStretch(1)
        return page

    # ------------------------------------------------------------ staff
    def _fill_staff(self) -> None:
        self.staff_table.blockSignals(True)
        self.staff_table.setRowCount(0)
        self._staff_ids = []
        for staff in stations.all_staff(self.ctx.station):
            self._active_at_start[staff.id] = staff.active
            self._append_row(staff.name, staff.phone, staff.role, staff.active, staff.id)
        self.staff_table.blockSignals(False)

    def _append_row(self, name: str, phone: str, role: str, active: bool, staff_id: str | None) -> None:
        self.staff_table.blockSignals(True)
        row = self.staff_table.rowCount()
        self.staff_table.insertRow(row)
        if staff_id is None:
            name = self.tr("%1 (new)").replace("%1", name)
        self.staff_table.setItem(row, NAME, QTableWidgetItem(name))
        self.staff_table.setItem(row, PHONE, QTableWidgetItem(phone))
        self.staff_table.setItem(row, ROLE, QTableWidgetItem(labels.label(labels.STAFF_ROLES, role)))
        check = QTableWidgetItem(self.tr("Yes") if active else self.tr("No"))
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if staff_id is not None:
            flags |= Qt.ItemIsUserCheckable
        check.setFlags(flags)
        check.setCheckState(Qt.Checked if active else Qt.Unchecked)
        self.staff_table.setItem(row, ACTIVE, check)
        self._staff_ids.append(staff_id)
        self.staff_table.blockSignals(False)

    def _active_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != ACTIVE:
            return
        self.staff_table.blockSignals(True)
        item.setText(self.tr("Yes") if item.checkState() == Qt.Checked else self.tr("No"))
        self.staff_table.blockSignals(False)

    def set_active(self, row: int, active: bool) -> None:
        """Tick or untick "working here" on a row (as a click on its box does)."""
        self.staff_table.item(row, ACTIVE).setCheckState(Qt.Checked if active else Qt.Unchecked)

    def staff_row(self, name: str) -> int:
        for row in range(self.staff_table.rowCount()):
            if self.staff_table.item(row, NAME).text() == name:
                return row
        return -1

    def set_pin(self) -> None:
        """Give the chosen person a PIN now (the station head only, see docs/roles.md)."""
        from .sign_in_dialog import SetPinDialog

        row = self.staff_table.currentRow()
        staff_id = self._staff_ids[row] if 0 <= row < len(self._staff_ids) else None
        staff = next((s for s in stations.all_staff(self.ctx.station) if s.id == staff_id), None)
        if staff is None:
            self._show_error(self.tr("Pick a saved staff member in the list first."), None, 0)
            return
        self.pin_dialog = SetPinDialog(staff, self)
        if self.pin_dialog.exec():
            self.error_label.hide()

    def add_staff(self) -> bool:
        """Check the new staff member and put them on the list (saved with "Save")."""
        name, phone = self.staff_name_edit.text(), self.staff_phone_edit.text()
        role = self.staff_role_combo.currentData()
        try:
            name, phone, role = stations.clean_staff(name, phone, role)
        except ValidationError as e:
            self._show_error(e.message, {"name": self.staff_name_edit, "phone": self.staff_phone_edit,
                                         "role": self.staff_role_combo}.get(e.field or ""), 0)
            return False
        self._new_staff.append(NewStaff(name, phone, role, self.staff_full_time_check.isChecked(),
                                        self.staff_hamlet_combo.currentData()))
        self._append_row(name, phone, role, True, None)
        self.staff_name_edit.clear()
        self.staff_phone_edit.clear()
        self.staff_full_time_check.setChecked(False)
        self.staff_hamlet_combo.setCurrentIndex(0)
        self.staff_role_combo.setCurrentIndex(self.staff_role_combo.findData("clerk"))
        self.error_label.hide()
        self.staff_name_edit.setFocus()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the "add a staff member" boxes adds that person, not Save.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.focusWidget() in (
                self.staff_name_edit, self.staff_phone_edit, self.staff_role_combo,
                self.staff_hamlet_combo, self.staff_full_time_check):
            self.add_staff()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ leaving
    def is_dirty(self) -> bool:
        """Has anything been added, typed or ticked that Save would keep?"""
        station = self.ctx.station
        if self._new_staff or self.staff_name_edit.text().strip() \
                or self.staff_phone_edit.text().strip():
            return True
        if [self.station_name_edit.text(), self.station_address_edit.text(),
                self.station_phone_edit.text(), self.station_hours_edit.text()] != [
                station.name, station.address or "", station.phone or "",
                station.opening_hours or ""]:
            return True
        for row, staff_id in enumerate(self._staff_ids):
            if staff_id is not None and (self.staff_table.item(row, ACTIVE).checkState()
                                         == Qt.Checked) != self._active_at_start.get(staff_id):
                return True
        return False

    def reject(self) -> None:
        """Esc, Cancel or ×: leave, but ask first if new staff or changes would be lost."""
        if self.isVisible() and self.is_dirty() and not may_leave(self, self.tr(
                "New staff or changes on this screen have not been saved. Leave anyway?")):
            return
        super().reject()

    # ------------------------------------------------------------ saving
    def _show_error(self, message: str, widget=None, tab: int | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def save(self) -> None:
        # Someone typed a new name but did not press "Add": add it now.
        if self.staff_name_edit.text().strip() or self.staff_phone_edit.text().strip():
            if not self.add_staff():
                return
        active = {}
        for row, staff_id in enumerate(self._staff_ids):
            if staff_id is None:
                continue
            now = self.staff_table.item(row, ACTIVE).checkState() == Qt.Checked
            if now != self._active_at_start.get(staff_id):
                active[staff_id] = now
        large = self.large_text_check.isChecked()
        try:
            save_desk_settings(
                self.ctx.station,
                deadline_days={rule: spin.value() for rule, spin in self.deadline_spins.items()},
                large_text=large, new_staff=self._new_staff, staff_active=active,
                station_details={"name": self.station_name_edit.text(),
                                 "address": self.station_address_edit.text(),
                                 "phone": self.station_phone_edit.text(),
                                 "opening_hours": self.station_hours_edit.text()},
                lock_minutes=(self.lock_minutes_spin.value()
                              if self.lock_minutes_spin.value() != settings.lock_minutes() else None),
                stale_days=(self.stale_days_spin.value()
                            if self.stale_days_spin.value() != settings.stale_days() else None),
                extension_escalated_to_township=self.extension_check.isChecked(),
                follow_up_days=(self.follow_up_spin.value()
                                if self.follow_up_spin.value() != settings.follow_up_days() else None))
        except ValidationError as e:
            station_edits = {"station_name": self.station_name_edit,
                             "station_address": self.station_address_edit,
                             "station_phone": self.station_phone_edit,
                             "station_opening_hours": self.station_hours_edit}
            if e.field in station_edits:
                self._show_error(e.message, station_edits[e.field], self.STATION_TAB)
                return
            tab = {"staff": 0, "name": 0, "phone": 0, "role": 0, "days": 1, "rule": 1,
                   "lock_minutes": 2, "stale_days": 1, "follow_up_days": 1}.get(e.field or "")
            self._show_error(e.message, None, tab)
            return
        app = QApplication.instance()
        if app is not None:
            style.apply(app, large=large)
        self.accept()
