"""Telling the officer that the PC's date looks wrong (models.safety.clock_check):
at start-up, and before a visit is registered. One box, two answers: the
date is right (remembered, not asked again) or "I will correct it"."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from models.safety import clock_check


def ask_about_clock(doubt: clock_check.ClockDoubt, parent: QWidget | None = None,
                    on_confirmed: Callable[[], None] | None = None) -> QMessageBox:
    """Open (without blocking) a box saying what was seen. "The date is
    right" confirms it (``clock_check.confirm``) and then calls
    ``on_confirmed``; the other button leaves everything as it was."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(QCoreApplication.translate("ClockNotice", "Check the computer's date"))
    box.setText(doubt.message)
    box.setInformativeText(QCoreApplication.translate(
        "ClockNotice", "Case numbers carry the year, so no visit is registered "
                       "until the date is right or you confirm it."))
    right = box.addButton(QCoreApplication.translate("ClockNotice", "The date is right"),
                          QMessageBox.AcceptRole)
    fix = box.addButton(QCoreApplication.translate("ClockNotice", "I will correct it first"),
                        QMessageBox.RejectRole)
    box.setDefaultButton(fix)
    box.setEscapeButton(fix)
    box.setWindowModality(Qt.WindowModal if parent is not None else Qt.ApplicationModal)
    box.right_button, box.fix_button = right, fix

    def done(_result) -> None:
        if box.clickedButton() is right:
            clock_check.confirm()
            if on_confirmed is not None:
                on_confirmed()

    box.finished.connect(done)
    box.open()
    return box


def tell_if_clock_doubtful(parent: QWidget | None = None) -> QMessageBox | None:
    """At start-up: the box when the clock looks wrong, else None."""
    doubt = clock_check.note_start()
    return None if doubt is None else ask_about_clock(doubt, parent)
