"""The first-run screen: which station is this desk? Or try the program with
demo data. exec() returns Accepted once this desk has a station, or once the
demo is open for this session (``chose_demo``): the demo lives in its own
database (models.core.paths.demo_database_path), the real one stays without a
station, so the next start shows this screen again."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from models.core.paths import database_path
from models.core.errors import ValidationError
from models.core.vocab import PARENT_LEVEL
from models.safety.opening import open_database
from models.samples.demo import open_demo
from models.station import accounts, stations

from . import fit, labels, style


class FirstRunDialog(QDialog):
    def __init__(self, parent=None, data_dir=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.chose_demo = False  # True once the demo database is open instead
        self.setWindowTitle(self.tr("Set up this desk"))
        self.setMinimumWidth(640)
        self.resize(860, 720)  # made smaller on a small screen (ui/fit.py): the form scrolls
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        title = QLabel(self.tr("Welcome to the village concern response desk"))
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = QLabel(self.tr("This computer does not know its station yet. Fill in which station "
                               "this desk belongs to and press “Save and start”. "
                               "Just looking? Try the program with demo data first."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        # --- the real station
        form_box = QFrame()
        form_box.setFrameShape(QFrame.StyledPanel)
        box = QVBoxLayout(form_box)
        heading = QLabel(self.tr("1. Set up my station"))
        heading.setProperty("role", "heading")
        box.addWidget(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        self.level_combo = QComboBox()
        labels.fill_combo(self.level_combo, labels.LEVELS)
        self.level_combo.setCurrentIndex(self.level_combo.findData("village"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Nakan village concern response station"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("digits, letters or dashes, e.g. 451422101205"))
        self.parent_name_edit = QLineEdit()
        self.parent_code_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("e.g. 0771-8621234"))
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(self.tr("e.g. Mon–Fri 8:00–12:00, 14:30–17:30"))
        self.officer_name_edit = QLineEdit()
        self.officer_name_edit.setPlaceholderText(self.tr("the duty officer setting up this desk"))
        self.officer_phone_edit = QLineEdit()
        self.officer_role_combo = QComboBox()
        labels.fill_combo(self.officer_role_combo, labels.STAFF_ROLES)
        self.officer_role_combo.setCurrentIndex(self.officer_role_combo.findData("clerk"))
        self.parent_name_label = QLabel()
        self.parent_code_label = QLabel()
        form.addRow(self.tr("&Level:"), self.level_combo)
        form.addRow(self.tr("Station &name:"), self.name_edit)
        form.addRow(self.tr("Station &code:"), self.code_edit)
        form.addRow(self.parent_name_label, self.parent_name_edit)
        form.addRow(self.parent_code_label, self.parent_code_edit)
        form.addRow(self.tr("&Address (optional):"), self.address_edit)
        form.addRow(self.tr("&Phone (optional):"), self.phone_edit)
        form.addRow(self.tr("Opening &hours (optional):"), self.hours_edit)
        form.addRow(self.tr("&Your name:"), self.officer_name_edit)
        form.addRow(self.tr("Your &mobile (optional):"), self.officer_phone_edit)
        form.addRow(self.tr("Your &role:"), self.officer_role_combo)
        # the officer's PIN for signing in (typed twice); with it they become station head
        self.pin_edit = QLineEdit()
        self.pin_again_edit = QLineEdit()
        for edit, hint in ((self.pin_edit, self.tr("4 to 8 digits")),
                           (self.pin_again_edit, self.tr("the same again"))):
            edit.setEchoMode(QLineEdit.Password)
            edit.setMaxLength(64)
            edit.setPlaceholderText(hint)
        pins = QHBoxLayout()
        pins.addWidget(self.pin_edit)
        pins.addWidget(self.pin_again_edit)
        self.pin_label = QLabel(self.tr("Your sign-in &PIN:"))
        self.pin_label.setBuddy(self.pin_edit)
        self.pin_label.setToolTip(self.tr("Whoever sets a PIN here becomes the station head and "
                                          "gives the others their PINs in the settings."))
        form.addRow(self.pin_label, pins)
        box.addLayout(form)
        box.addStretch(1)
        layout.addWidget(fit.scrolling(form_box), 1)
        self.error_label = style.error_label()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save and start"))
        style.big_button(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        # --- or the demo
        demo_box = QFrame()
        demo_box.setFrameShape(QFrame.StyledPanel)
        demo = QHBoxLayout(demo_box)
        demo_text = QVBoxLayout()
        demo_heading = QLabel(self.tr("2. Or: just try it"))
        demo_heading.setProperty("role", "heading")
        demo_text.addWidget(demo_heading)
        demo_note = QLabel(self.tr("Opens a made-up village station with a year of visits, "
                                   "for practice and training. Not for real work. It is kept "
                                   "apart from your own data: this screen comes back next "
                                   "time, to set up your station."))
        demo_note.setWordWrap(True)
        demo_text.addWidget(demo_note)
        demo.addLayout(demo_text, 1)
        self.demo_button = QPushButton(self.tr("Try with &demo data"))
        style.big_button(self.demo_button)
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self.use_demo)
        demo.addWidget(self.demo_button)
        layout.addWidget(demo_box)

        self.wait_label = QLabel(self.tr("Making the demo data, this takes a few seconds. Please wait…"))
        self.wait_label.setProperty("role", "heading")
        self.wait_label.setAlignment(Qt.AlignCenter)
        self.wait_label.hide()
        layout.addWidget(self.wait_label)

        self._fields = {
            "level": self.level_combo, "name": self.name_edit, "code": self.code_edit,
            "parent": self.parent_name_edit, "parent_name": self.parent_name_edit,
            "parent_code": self.parent_code_edit, "phone": self.phone_edit,
            "officer_name": self.officer_name_edit, "officer_phone": self.officer_phone_edit,
            "secret": self.pin_edit, "secret_again": self.pin_again_edit,
        }
        self.setTabOrder(self.level_combo, self.name_edit)
        for a, b in zip([self.name_edit, self.code_edit, self.parent_name_edit, self.parent_code_edit,
                         self.address_edit, self.phone_edit, self.hours_edit,
                         self.officer_name_edit, self.officer_phone_edit, self.officer_role_combo,
                         self.save_button, self.cancel_button],
                        [self.code_edit, self.parent_name_edit, self.parent_code_edit,
                         self.address_edit, self.phone_edit, self.hours_edit,
                         self.officer_name_edit, self.officer_phone_edit, self.officer_role_combo,
                         self.save_button, self.cancel_button, self.demo_button]):
            self.setTabOrder(a, b)
        for a, b in ((self.officer_role_combo, self.pin_edit), (self.pin_edit, self.pin_again_edit),
                     (self.pin_again_edit, self.save_button)):
            self.setTabOrder(a, b)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self._level_changed()
        self.name_edit.setFocus()

    def _level_changed(self, *_):
        parent_level = PARENT_LEVEL.get(self.level_combo.currentData())
        has_parent = parent_level is not None
        for w in (self.parent_name_edit, self.parent_code_edit, self.parent_name_label,
                  self.parent_code_label):
            w.setVisible(has_parent)
        if has_parent:
            what = labels.label(labels.LEVELS, parent_level)
            self.parent_name_label.setText(self.tr("Parent (%1) name:").replace("%1", what))
            self.parent_code_label.setText(self.tr("Parent (%1) code:").replace("%1", what))
        else:
            self.parent_name_edit.clear()
            self.parent_code_edit.clear()

    def exec(self) -> int:
        if stations.is_set_up():  # nothing to ask
            return QDialog.Accepted
        return super().exec()

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def save(self) -> None:
        pin = self.pin_edit.text()
        if pin != self.pin_again_edit.text():
            self.pin_again_edit.clear()
            self.show_error(self.tr("The two PINs are not the same. Please type it again."),
                            "secret_again")
            return
        try:
            accounts.set_up_desk(
                pin, level=self.level_combo.currentData(), name=self.name_edit.text(),
                code=self.code_edit.text(),
                parent_name=self.parent_name_edit.text(), parent_code=self.parent_code_edit.text(),
                address=self.address_edit.text(), phone=self.phone_edit.text(),
                opening_hours=self.hours_edit.text(), officer_name=self.officer_name_edit.text(),
                officer_phone=self.officer_phone_edit.text(),
                officer_role=self.officer_role_combo.currentData())
            if pin:  # the officer who set up the desk is signed in (ui.app)
                officer = accounts.sign_in_list(stations.this_station())[0][0]
                accounts.sign_in(officer, pin)
        except ValidationError as e:
            self.show_error(e.message, e.field)
            return
        self.accept()

    def use_demo(self) -> None:
        self.error_label.hide()
        self.wait_label.show()
        for w in (self.save_button, self.demo_button, self.cancel_button):
            w.setEnabled(False)
        QApplication.setOverrideCursor(Qt.WaitCursor)
        QApplication.processEvents()
        try:
            open_demo(self.data_dir)  # made the first time, in its own folder
        except Exception as e:  # noqa: BLE001 — say what went wrong; never crash the first screen
            open_database(database_path(self.data_dir))  # back to the real one
            QApplication.restoreOverrideCursor()
            self.wait_label.hide()
            for w in (self.save_button, self.demo_button, self.cancel_button):
                w.setEnabled(True)
            self.show_error(self.tr("The demo data could not be made: %1").replace("%1", str(e)))
            return
        QApplication.restoreOverrideCursor()
        self.chose_demo = True
        self.accept()
