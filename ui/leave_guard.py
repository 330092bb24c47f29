"""Asking before a dialog with unsaved typing is closed (Esc, Cancel or the
window's ×): "还没保存，要离开吗？". Used by the intake dialog and the concern
page's small action dialogs, so both ask the same question the same way."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def may_leave(parent: QWidget, detail: str = "") -> bool:
    """Ask whether to leave without saving; True if the officer says yes.
    "No" is the default, so a stray Enter keeps what was typed."""
    title = QCoreApplication.translate("LeaveGuard", "Leave without saving?")
    text = detail or QCoreApplication.translate(
        "LeaveGuard", "What you typed has not been saved. Leave anyway?")
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No,
                                  QMessageBox.No)
    return answer == QMessageBox.Yes
