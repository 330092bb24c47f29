"""Fonts and sizes for people of sixty: a base of 13 pt (16 pt with large
text), big buttons, the bundled CJK font so Chinese renders on any PC; and
every window capped to the screen (ui/fit.py)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from models.core.paths import resource_path

FONT_DIR = resource_path("fonts")
BASE_PT = 13
LARGE_PT = 16

_family: str | None = None


def load_fonts() -> str:
    """Register the bundled font with Qt (once) and return its family name."""
    global _family
    if _family is None:
        _family = "Sans Serif"
        for path in sorted(FONT_DIR.glob("*.tt[fc]")):
            fid = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
            if families:
                _family = families[0]
                break
    return _family


def apply(app: QApplication, large: bool = False) -> None:
    family = load_fonts()
    pt = LARGE_PT if large else BASE_PT
    font = QFont(family, pt)
    app.setFont(font)
    app.setStyleSheet(stylesheet(pt))
    from . import fit

    fit.install(app)  # every window no larger than the screen


def stylesheet(pt: int) -> str:
    big = pt + 3
    return f"""
    QPushButton[big="true"] {{ font-size: {big}pt; font-weight: bold; padding: 8px 14px;
                               min-height: 44px; min-width: 110px; }}
    QPushButton[nav="true"] {{ padding: 8px 6px; min-width: 90px; }}
    QLabel[role="title"] {{ font-size: {pt + 8}pt; font-weight: bold; }}
    QLabel[role="heading"] {{ font-size: {pt + 3}pt; font-weight: bold; margin-top: 6px; }}
    QLabel[role="figure"] {{ font-size: {pt + 10}pt; font-weight: bold; color: #14508c; }}
    QLabel[role="warning"] {{ color: #b00020; font-weight: bold; }}
    QLabel[role="error"] {{ color: #b00020; font-weight: bold; background: #fdecee; padding: 6px; }}
    QTableView {{ gridline-color: #d0d0d0; }}
    QHeaderView::section {{ font-weight: bold; padding: 4px; }}
    """


def error_label():
    """The red line a screen shows a refusal in: word-wrapped, hidden until used."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def heading(text: str):
    """A heading over a part of a screen ("1. The visit")."""
    from PySide6.QtWidgets import QLabel

    label = QLabel(text)
    label.setProperty("role", "heading")
    return label


def nav_button(button) -> None:
    """A big button of the main window's two rows of pages: less padding
    beside the words, so six fit a 1024-pixel screen with large text."""
    big_button(button)
    button.setProperty("nav", True)


def big_button(button) -> None:
    button.setProperty("big", True)
