"""GUI test fixtures: the app with the Chinese translation and the desk's
fonts and style, as a duty officer sees it."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import NOW, TODAY
from ui import app as desk_app
from ui import style
from ui.context import DeskContext


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` as a person does: Latin letters, digits and
    punctuation as key presses; Chinese as an input method commits it (QTest's
    key clicks cannot send Chinese characters)."""
    widget.setFocus()
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    chunk = ""
    for ch in text + "\0":
        if ch != "\0" and (ord(ch) < 128) == (not chunk or ord(chunk[0]) < 128):
            chunk += ch
            continue
        if chunk and ord(chunk[0]) < 128:
            qtbot.keyClicks(target, chunk)
        elif chunk:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(target, event)
        chunk = ch if ch != "\0" else ""


@pytest.fixture
def typer(qtbot):
    """``typer(widget, text)``: type into a widget, Chinese included (see type_text)."""
    return lambda widget, text: type_text(qtbot, widget, text)


@pytest.fixture(autouse=True)
def no_one_signed_in():
    """Each test starts (and leaves) the desk outside a GUI session: the
    models act as the command line (models.core.access.SYSTEM) unless the test
    signs someone in or starts the app (which begins a session)."""
    from models.core import access

    access.end_gui_session()
    yield
    access.end_gui_session()


@pytest.fixture(autouse=True)
def desk_qapp(qapp):
    """The QApplication, translated to Simplified Chinese and styled (normal text size)."""
    desk_app.install_translation(qapp, "zh_CN")
    style.apply(qapp)
    yield qapp


def make_ctx(station) -> DeskContext:
    """A desk context on ``station`` whose clock says TODAY / NOW."""
    from models.station import stations

    staff = stations.active_staff(station)
    return DeskContext(station, staff[0] if staff else None,
                       today=lambda: TODAY, now=lambda: NOW)


@pytest.fixture
def ctx(station):
    return make_ctx(station)


@pytest.fixture
def demo_ctx(demo_station):
    """A desk context on a private copy of the demo station (a year ending on TODAY)."""
    return make_ctx(demo_station)
