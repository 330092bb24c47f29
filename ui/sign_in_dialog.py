"""Signing in, and the desk locking itself.

``SignInScreen``: a big screen listing the station's active staff as large
buttons; the person presses their name and types their PIN. The same screen
sets a station's first PIN (an upgraded database: the head first), registers
the first person of a station with no staff, and asks for a new PIN after
the head reset it (models.station.accounts says who may do what).

``DeskLock``: the desk starts locked; after ``settings.lock_minutes()``
without a key or mouse press it locks again. Locking puts an opaque curtain
over every open window (nothing is closed, so a half-typed form is still
there after signing in again, by the same person or another) and shows the
sign-in screen on top; ``models.core.access`` acts for nobody meanwhile.

``SetPinDialog``: the head gives or resets someone's PIN (settings → staff).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.core import access, settings
from models.core.errors import ValidationError
from models.core.schema import Staff, Station
from models.station import accounts

from . import labels, style


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.Password)
    edit.setMaxLength(64)
    edit.setMinimumWidth(260)
    font = edit.font()
    font.setPointSize(font.pointSize() + 6)
    edit.setFont(font)
    return edit


class SignInScreen(QDialog):
    """Pick your name, type your PIN. Emits ``signed_in(staff)`` and hides."""

    signed_in = Signal(object)
    COLUMNS = 4  # names a row
    _ARROWS = {Qt.Key_Left: -1, Qt.Key_Up: -1, Qt.Key_Right: 1, Qt.Key_Down: 1}

    def __init__(self, station: Station, parent=None):
        super().__init__(parent, Qt.Window)
        self.station = station
        self.locked = False          # True when the desk locked itself (not at start-up)
        self.staff: Staff | None = None
        self.state: str | None = None
        self.pending: Staff | None = None   # signed in, still to choose a new PIN
        self.setWindowModality(Qt.ApplicationModal)
        self.setWindowTitle(self.tr("Sign in — %1").replace("%1", station.name))
        self.resize(900, 620)  # smaller on a small screen (ui/fit.py): the names scroll
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "title")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)

        # the names, as big buttons
        self.people_box = QWidget()
        self.people_grid = QGridLayout(self.people_box)
        self.people_grid.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.people_box)
        scroll.setMinimumHeight(90)
        layout.addWidget(scroll, 1)
        self.keys_label = QLabel(self.tr("Keys: Tab or the arrow keys go from name to name, "
                                         "Enter picks the name."))
        self.keys_label.setWordWrap(True)
        layout.addWidget(self.keys_label)
        self.person_buttons: dict[str, QPushButton] = {}

        # a station without staff: the first person registers here
        self.first_name_edit = QLineEdit()
        self.first_name_edit.setPlaceholderText(self.tr("your name"))

        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.person_label = QLabel()
        self.person_label.setProperty("role", "heading")
        self.person_label.setWordWrap(True)
        form.addRow(self.person_label)
        self.first_name_caption = QLabel(self.tr("Your &name:"))
        self.first_name_caption.setBuddy(self.first_name_edit)
        form.addRow(self.first_name_caption, self.first_name_edit)
        self.pin_edit = _pin_edit()
        self.pin_caption = QLabel(self.tr("&PIN:"))
        self.pin_caption.setBuddy(self.pin_edit)
        form.addRow(self.pin_caption, self.pin_edit)
        self.again_edit = _pin_edit()
        self.again_caption = QLabel(self.tr("PIN &again:"))
        self.again_caption.setBuddy(self.again_edit)
        form.addRow(self.again_caption, self.again_edit)
        layout.addLayout(form)
        self.error_label = style.error_label()
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.exit_button = QPushButton(self.tr("Close the program"))
        self.exit_button.setAutoDefault(False)
        self.exit_button.clicked.connect(self._exit)
        buttons.addWidget(self.exit_button)
        self.ok_button = QPushButton(self.tr("Sign in"))
        style.big_button(self.ok_button)
        self.ok_button.setAutoDefault(False)  # Enter is handled in keyPressEvent
        self.ok_button.clicked.connect(self.submit)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.refresh()

    # ------------------------------------------------------------ filling
    def refresh(self, keep: str | None = None) -> None:
        """List the active staff again (someone may have been added)."""
        keep = keep or (self.staff.id if self.staff is not None else None)
        for button in self.person_buttons.values():
            button.deleteLater()
        self.person_buttons.clear()
        self.people = accounts.sign_in_list(self.station)
        for i, (staff, state) in enumerate(self.people):
            text = staff.name + "\n" + labels.label(labels.STAFF_ROLES, staff.role)
            button = QPushButton(text)
            style.big_button(button)
            button.setCheckable(True)  # pressed in while picked (pick); not auto-exclusive,
            button.setMinimumWidth(200)  # so Tab reaches every name, not only the pressed one
            button.clicked.connect(lambda _=False, s=staff, st=state: self.pick(s, st))
            self.people_grid.addWidget(button, i // self.COLUMNS, i % self.COLUMNS)
            self.person_buttons[staff.id] = button
        chain = list(self.person_buttons.values()) + [
            self.first_name_edit, self.pin_edit, self.again_edit, self.ok_button, self.exit_button]
        for a, b in zip(chain, chain[1:]):  # the names first, in their order, then the PIN
            QWidget.setTabOrder(a, b)
        self.keys_label.setVisible(len(self.person_buttons) > 1)
        if self.locked:
            self.title_label.setText(self.tr("The desk is locked"))
            self.intro_label.setText(self.tr(
                "Nobody used the desk for a while, so it locked itself. What was being typed is "
                "kept. Press your name and type your PIN to go on; someone else may sign in too."))
        else:
            self.title_label.setText(self.tr("Who is at the desk?"))
            self.intro_label.setText(self.tr("%1. Press your name, then type your PIN.")
                                     .replace("%1", self.station.name))
        self.pending = None
        self.staff, self.state = None, None
        if not self.people:
            self._show_first_person()
            return
        match = next(((s, st) for s, st in self.people if s.id == keep), None)
        if match is None and len(self.people) == 1:
            match = self.people[0]
        if match is not None:
            self.pick(*match)
        else:
            self._show(self.tr("Press your name above."), pin=False, again=False)

    def _show(self, text: str, pin: bool, again: bool, first_name: bool = False,
              pin_caption: str | None = None, ok: str | None = None) -> None:
        self.person_label.setText(text)
        self.first_name_caption.setVisible(first_name)
        self.first_name_edit.setVisible(first_name)
        self.pin_caption.setText(pin_caption or self.tr("&PIN:"))
        for w in (self.pin_caption, self.pin_edit):
            w.setVisible(pin)
        for w in (self.again_caption, self.again_edit):
            w.setVisible(again)
        self.ok_button.setText(ok or self.tr("Sign in"))
        self.ok_button.setEnabled(pin)
        self.pin_edit.clear()
        self.again_edit.clear()
        self.error_label.hide()
        if first_name:
            self.first_name_edit.setFocus()
        elif pin:
            self.pin_edit.setFocus()

    def _show_first_person(self) -> None:
        self.title_label.setText(self.tr("Nobody works at this station yet"))
        self.intro_label.setText(self.tr(
            "Type your name and choose a PIN of 4 to 8 digits. You become the station head "
            "and can add the others in the settings."))
        self._show(self.tr("The first person at this station"), pin=True, again=True,
                   first_name=True, ok=self.tr("Register and sign in"))

    def pick(self, staff: Staff, state: str) -> None:
        """The person pressed their name."""
        self.staff, self.state, self.pending = staff, state, None
        for sid, button in self.person_buttons.items():
            button.setChecked(sid == staff.id)
        if state == accounts.READY:
            self._show(self.tr("%1, please type your PIN.").replace("%1", staff.name),
                       pin=True, again=False)
        elif state == accounts.SET_FIRST:
            text = self.tr("Nobody at this station has a PIN yet. %1, choose yours: 4 to 8 digits, "
                           "typed twice.").replace("%1", staff.name)
            if staff.role != "head":
                text += " " + self.tr("The station has no head: you become the station head and "
                                      "give the others their PINs in the settings.")
            self._show(text, pin=True, again=True, ok=self.tr("Save my PIN and sign in"))
        else:
            self._show(self.tr("%1 has no PIN yet. Please ask the station head to give you one "
                               "(Settings → Staff → Set PIN).").replace("%1", staff.name),
                       pin=False, again=False)

    # ------------------------------------------------------------ acting
    def keyPressEvent(self, event) -> None:
        """Enter goes to the next box, and from the last one signs in; Esc does nothing.
        On a name, the arrows go to the next name and Enter picks it."""
        focus = self.focusWidget()
        names = list(self.person_buttons.values())
        if focus in names and event.key() in self._ARROWS:
            step = self._ARROWS[event.key()] * (self.COLUMNS if event.key() in
                                                (Qt.Key_Up, Qt.Key_Down) else 1)
            names[(names.index(focus) + step) % len(names)].setFocus(Qt.TabFocusReason)
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            if focus in names:
                focus.click()
            elif focus is self.first_name_edit:
                self.pin_edit.setFocus()
            elif focus is self.pin_edit and self.again_edit.isVisible():
                self.again_edit.setFocus()
            else:
                self.submit()
            return
        if event.key() == Qt.Key_Escape:
            return
        super().keyPressEvent(event)

    def _fail(self, message: str, field=None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        target = field or self.pin_edit
        target.setFocus()
        target.selectAll()

    def _same_twice(self) -> bool:
        if self.pin_edit.text() != self.again_edit.text():
            self.again_edit.clear()
            self._fail(self.tr("The two PINs are not the same. Please type it again."),
                       self.again_edit)
            return False
        return True

    def submit(self) -> None:
        pin = self.pin_edit.text()
        try:
            if self.pending is not None:                       # a new PIN after a reset
                if not self._same_twice():
                    return
                accounts.sign_in(self.pending, self._old_pin)
                try:
                    accounts.change_own_secret(self.pending, self._old_pin, pin)
                except ValidationError:
                    access.lock()  # nobody is in until the new PIN is saved
                    raise
                self._done(self.pending)
            elif not self.people:                              # the first person
                if not self._same_twice():
                    return
                staff = accounts.register_first_person(self.station, self.first_name_edit.text(),
                                                       pin)
                accounts.sign_in(staff, pin)
                self._done(staff)
            elif self.staff is None:
                self._fail(self.tr("Press your name above first."))
            elif self.state == accounts.SET_FIRST:
                if not self._same_twice():
                    return
                staff = accounts.set_first_secret(self.staff, pin)
                accounts.sign_in(staff, pin)
                self._done(staff)
            elif self.state == accounts.READY:
                if accounts.must_change(self.staff):  # checked, not yet signed in
                    accounts.authenticate(self.staff, pin)
                    self._ask_new_pin(self.staff, pin)
                else:
                    accounts.sign_in(self.staff, pin)
                    self._done(self.staff)
        except ValidationError as e:
            field = self.first_name_edit if e.field == "name" else None
            if e.field == "secret":  # a wrong or refused PIN: type it afresh
                self.pin_edit.clear()
                self.again_edit.clear()
            self._fail(e.message, field)

    def _ask_new_pin(self, staff: Staff, old: str) -> None:
        self.pending, self._old_pin = staff, old
        self._show(self.tr("%1, your PIN was set by someone else. Choose your own now: 4 to 8 "
                           "digits, typed twice.").replace("%1", staff.name),
                   pin=True, again=True, pin_caption=self.tr("&New PIN:"),
                   ok=self.tr("Save my PIN"))

    def _done(self, staff: Staff) -> None:
        self.pending = None
        self.pin_edit.clear()
        self.again_edit.clear()
        self.hide()
        self.signed_in.emit(staff)

    def _exit(self) -> None:
        QApplication.closeAllWindows()
        QApplication.quit()

    def closeEvent(self, event) -> None:
        # the window's ×: only "Close the program" ends it (so a locked desk's
        # half-typed forms are not thrown away by a stray click)
        if self.isVisible() and not getattr(self, "_closing", False):
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Esc does not get past the screen
        pass

    def show_for(self, locked: bool) -> None:
        self.locked = locked
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()


class _Curtain(QWidget):
    """An opaque cover over one window's contents while the desk is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setStyleSheet("background: #e8eef4;")
        box = QVBoxLayout(self)
        label = QLabel(QApplication.translate("SignInScreen", "The desk is locked"))
        label.setProperty("role", "title")
        label.setAlignment(Qt.AlignCenter)
        box.addWidget(label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize:
            self.setGeometry(obj.rect())
            self.raise_()
        return False


USER_INPUT = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
              QEvent.TouchBegin, QEvent.InputMethod}


class DeskLock(QObject):
    """Locks the desk (``lock``) at start-up and after inactivity; tells the
    main window who signed in (``window.show_signed_in(staff)``)."""

    def __init__(self, window, minutes: int | None = None):
        super().__init__(window)
        self.window = window
        self.screen = SignInScreen(window.ctx.station, window)
        self.screen.signed_in.connect(self._signed_in)
        self.curtains: list[_Curtain] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes if minutes is not None else settings.lock_minutes())
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(int(minutes * 60_000), 1))
        if self.timer.isActive():
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.screen.isVisible()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in USER_INPUT and not self.is_locked and self.timer.isActive():
            self.timer.start()  # someone is working: count from now
        return False

    def idle(self) -> None:
        """The timer's slot: nobody touched the desk for the set minutes."""
        self.lock(locked=True)

    def lock(self, locked: bool = True) -> None:
        """Cover every window and show the sign-in screen; the models act for nobody."""
        self.timer.stop()
        access.lock()
        if not self.curtains:
            for w in QApplication.topLevelWidgets():
                if w.isVisible() and w is not self.screen and w.isWindow():
                    self.curtains.append(_Curtain(w))
            if not self.window.isVisible():
                self.curtains.append(_Curtain(self.window))
        self.window.show_signed_in(None)
        self.screen.show_for(locked)

    def start(self, staff: Staff) -> None:
        """Someone is already signed in (the officer who set up the desk)."""
        self._signed_in(staff)

    def _signed_in(self, staff: Staff) -> None:
        for curtain in self.curtains:
            curtain.parent().removeEventFilter(curtain)
            curtain.hide()
            curtain.deleteLater()
        self.curtains = []
        self.window.show_signed_in(staff)
        self.timer.start()

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()
        self.screen._closing = True
        self.screen.close()


class SetPinDialog(QDialog):
    """The head gives ``staff`` a PIN (or resets a forgotten one)."""

    def __init__(self, staff: Staff, parent=None):
        super().__init__(parent)
        self.staff = staff
        self.setWindowTitle(self.tr("Set PIN — %1").replace("%1", staff.name))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Give %1 a PIN of 4 to 8 digits and tell it to them. At their next "
                              "sign-in they choose their own. This also unlocks an account "
                              "locked after wrong PINs.").replace("%1", staff.name))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.pin_edit = _pin_edit()
        self.again_edit = _pin_edit()
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow(self.tr("PIN &again:"), self.again_edit)
        layout.addLayout(form)
        self.error_label = style.error_label()
        layout.addWidget(self.error_label)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.button(QDialogButtonBox.Ok).setText(self.tr("Save the PIN"))
        box.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.pin_edit.setFocus()

    def save(self) -> None:
        if self.pin_edit.text() != self.again_edit.text():
            self.error_label.setText(self.tr("The two PINs are not the same. Please type it again."))
            self.error_label.show()
            self.again_edit.clear()
            self.again_edit.setFocus()
            return
        try:
            accounts.reset_secret(self.staff, self.pin_edit.text())
        except ValidationError as e:
            self.error_label.setText(e.message)
            self.error_label.show()
            self.pin_edit.setFocus()
            self.pin_edit.selectAll()
            return
        self.accept()
