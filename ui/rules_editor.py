"""Changing the station's operating rules, the text printed on the
framed "rules" page of the print centre."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from models.core.errors import ValidationError
from models.figures import reporting

from . import style


def default_rules_text() -> str:
    """The text the station starts with, as models/figures/reporting.py keeps it."""
    for name in ("default_rules_text", "DEFAULT_RULES_TEXT", "DEFAULT_RULES"):
        value = getattr(reporting, name, None)
        if callable(value):
            return value()
        if isinstance(value, str):
            return value
    return ""


class RulesEditor(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The station's operating rules"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This text is printed as the station's operating rules, framed, "
                               "for the wall. Start each rule on a new line with its number, and "
                               "leave an empty line between rules."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.editor = QPlainTextEdit()
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 2)
        self.editor.setFont(font)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(reporting.get_rules_text())
        self.editor.document().setModified(False)
        layout.addWidget(self.editor, 1)

        self.error_label = style.error_label()
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        self.default_button = QPushButton(self.tr("Put back the standard text"))
        self.default_button.setMinimumHeight(44)
        self.default_button.setAutoDefault(False)
        self.default_button.clicked.connect(self.restore_default)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"))
        style.big_button(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        style.big_button(self.cancel_button)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.Save, self, self.save)
        self.editor.installEventFilter(self)  # Ctrl+Enter saves; plain Enter starts a new line

        self.setTabOrder(self.editor, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.default_button)
        self.editor.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.editor and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter)
                and event.modifiers() & Qt.ControlModifier):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def restore_default(self) -> None:
        """Put the standard text in the editor; it is kept only when saved."""
        text = default_rules_text()
        if text:
            self.editor.setPlainText(text)
            self.editor.document().setModified(True)
        self.editor.setFocus()

    def save(self) -> None:
        try:
            reporting.set_rules_text(self.editor.toPlainText())
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            self.editor.setFocus()
            return
        self.editor.document().setModified(False)
        self.accept()

    def reject(self) -> None:
        if self.editor.document().isModified():
            answer = QMessageBox.question(
                self, self.tr("Leave without saving?"),
                self.tr("The changes to the rules have not been saved. Leave without saving them?"),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return
        super().reject()
