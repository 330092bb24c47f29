"""Who came to a visit: find a returning villager by name, phone digits or
pinyin initials (Enter adds the highlighted one), or register a new one on
the spot (saved at once: a villager record is not a half-done visit). The
intake dialog's second column; the dialog follows its signals.

A name typed in Chinese and not found starts the new villager's form with it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.concerns import villagers
from models.core.errors import ValidationError
from models.core.schema import Villager

from . import style
from .context import DeskContext

RETURN_KEYS = (Qt.Key_Return, Qt.Key_Enter)


def _villager_text(v: Villager) -> str:
    parts = [v.name]
    if v.hamlet_id:
        parts.append(v.hamlet.name)
    if v.phone:
        parts.append(v.phone)
    return "  ·  ".join(parts)


class VisitorPicker(QWidget):
    """The visitors of one visit, found or registered; ``visitors`` is the list."""

    visitors_changed = Signal()     # a visitor was added or removed
    visitor_added = Signal(object)  # this Villager was just added (or was there already)
    error_cleared = Signal()        # registering again: the last refusal no longer stands
    refused = Signal(object)        # registering was refused: the ValidationError

    def __init__(self, ctx: DeskContext, hamlets, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.visitors: list[Villager] = []
        self._prefilled_name = ""  # a name searched for and not found, put in the new form
        self._hamlets = hamlets

        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(6)
        left.addWidget(style.heading(self.tr("2. Who came")))
        find_label = QLabel(self.tr("&Find a villager who came before:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("name, phone digits or pinyin initials (zs)"))
        self.search_edit.setClearButtonEnabled(True)
        find_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._search)
        left.addWidget(find_label)
        left.addWidget(self.search_edit)
        self.results_list = QListWidget()
        self.results_list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.results_list.setFixedHeight(self.results_list.fontMetrics().lineSpacing() * 3 + 16)
        self.results_list.itemDoubleClicked.connect(lambda _item: self.add_current_result())
        left.addWidget(self.results_list)
        self.search_hint = QLabel(self.tr("Found people are listed here. Press Enter to add "
                                          "the highlighted one."))
        self.search_hint.setWordWrap(True)
        left.addWidget(self.search_hint)

        chosen_row = QHBoxLayout()
        chosen_row.addWidget(QLabel(self.tr("Visitors this time:")), 0, Qt.AlignTop)
        self.visitor_list = QListWidget()
        self.visitor_list.setFixedHeight(self.visitor_list.fontMetrics().lineSpacing() * 2 + 16)
        chosen_row.addWidget(self.visitor_list, 1)
        self.remove_visitor_button = QPushButton(self.tr("Remove"))
        self.remove_visitor_button.setAutoDefault(False)
        self.remove_visitor_button.clicked.connect(self.remove_current_visitor)
        chosen_row.addWidget(self.remove_visitor_button, 0, Qt.AlignTop)
        left.addLayout(chosen_row)

        new_box = QFrame()
        new_box.setFrameShape(QFrame.StyledPanel)
        new_grid = QGridLayout(new_box)
        new_grid.setColumnStretch(1, 1)
        new_grid.setVerticalSpacing(6)
        new_grid.addWidget(QLabel(self.tr("Not found? Register a new villager:")), 0, 0, 1, 2)
        self.new_name_edit = QLineEdit()
        self.new_name_edit.setMaxLength(30)
        self.new_phone_edit = QLineEdit()
        self.new_phone_edit.setPlaceholderText(self.tr("optional"))
        self.new_id_edit = QLineEdit()
        self.new_id_edit.setMaxLength(18)
        self.new_id_edit.setPlaceholderText(self.tr("optional, 18 digits"))
        self.new_hamlet_combo = QComboBox()
        self.new_hamlet_combo.addItem(self.tr("— not known —"), None)
        for h in self._hamlets:
            self.new_hamlet_combo.addItem(h.name, h)
        fields = [(self.tr("&Name:"), self.new_name_edit),
                  (self.tr("&Phone:"), self.new_phone_edit),
                  (self.tr("&ID no.:"), self.new_id_edit),
                  (self.tr("Hamle&t:"), self.new_hamlet_combo)]
        for row, (text, widget) in enumerate(fields, start=1):
            lab = QLabel(text)
            lab.setBuddy(widget)
            new_grid.addWidget(lab, row, 0)
            new_grid.addWidget(widget, row, 1)
        self.register_button = QPushButton(self.tr("Register and add to visitors"))
        self.register_button.setAutoDefault(False)
        self.register_button.setMinimumHeight(40)
        self.register_button.clicked.connect(self.register_new_villager)
        new_grid.addWidget(self.register_button, len(fields) + 1, 0, 1, 2)
        left.addWidget(new_box)
        left.addStretch(1)

        for w in (self.search_edit, self.results_list, self.visitor_list, self.new_name_edit,
                  self.new_phone_edit, self.new_id_edit, self.new_hamlet_combo):
            w.installEventFilter(self)
        self._search("")
        self._visitors_changed()

    def focus_chain(self) -> list[QWidget]:
        return [self.search_edit, self.results_list, self.visitor_list, self.remove_visitor_button,
                self.new_name_edit, self.new_phone_edit, self.new_id_edit,
                self.new_hamlet_combo, self.register_button]

    # ------------------------------------------------------------ keyboard
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.KeyPress:
            key = event.key()
            if obj in (self.search_edit, self.results_list) and key in RETURN_KEYS:
                self.add_current_result()
                return True
            if obj is self.search_edit and key == Qt.Key_Down and self.results_list.count():
                self.results_list.setFocus()
                return True
            if obj in (self.new_name_edit, self.new_phone_edit, self.new_id_edit,
                       self.new_hamlet_combo) and key in RETURN_KEYS:
                self.register_new_villager()
                return True
            if obj is self.visitor_list:
                if key == Qt.Key_Delete:
                    self.remove_current_visitor()
                    return True
                if key in RETURN_KEYS:
                    return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------ visitors
    def _search(self, text: str) -> None:
        self.results_list.clear()
        self.results_list.setFocusPolicy(Qt.NoFocus)  # no empty Tab stop
        text = text.strip()
        if not text:
            self.search_hint.setText(self.tr("Found people are listed here. Press Enter to add "
                                             "the highlighted one."))
            return
        found = villagers.find_villagers(self.ctx.station, text)
        for v in found:
            item = QListWidgetItem(_villager_text(v))
            item.setData(Qt.UserRole, v)
            self.results_list.addItem(item)
        if found:
            self.results_list.setFocusPolicy(Qt.StrongFocus)
            self.results_list.setCurrentRow(0)
            self.search_hint.setText(self.tr("%n found. Press Enter to add the highlighted one "
                                             "(arrow keys to choose).", "", len(found)))
        else:
            self.search_hint.setText(self.tr("Nobody found. Register the villager below."))
        # A name typed in Chinese and not found: start the new villager's form with it.
        name = self.new_name_edit.text().strip()
        if not found and not text.isascii() and name in ("", self._prefilled_name):
            self.new_name_edit.setText(text)
            self._prefilled_name = text
        elif found and name and name == self._prefilled_name:
            self.new_name_edit.clear()
            self._prefilled_name = ""

    def add_current_result(self) -> None:
        item = self.results_list.currentItem()
        if item is None:
            return
        self.add_visitor(item.data(Qt.UserRole))
        self.search_edit.clear()

    def add_visitor(self, villager: Villager) -> None:
        if self._prefilled_name and self.new_name_edit.text().strip() == self._prefilled_name:
            self.new_name_edit.clear()
        self._prefilled_name = ""
        if all(v.id != villager.id for v in self.visitors):
            self.visitors.append(villager)
            self.visitor_list.addItem(_villager_text(villager))
            self._visitors_changed()
        self.search_hint.setText(self.tr("Added %1. To add another visitor, search again.")
                                 .replace("%1", villager.name))
        self.visitor_added.emit(villager)

    def remove_current_visitor(self) -> None:
        row = self.visitor_list.currentRow()
        if row < 0:
            return
        self.visitor_list.takeItem(row)
        del self.visitors[row]
        self._visitors_changed()

    def _visitors_changed(self) -> None:
        self.visitor_list.setFocusPolicy(Qt.StrongFocus if self.visitors else Qt.NoFocus)
        if self.visitors and self.visitor_list.currentRow() < 0:
            self.visitor_list.setCurrentRow(0)
        self.remove_visitor_button.setEnabled(bool(self.visitors))
        self.visitors_changed.emit()

    def new_villager_typed(self) -> bool:
        return bool(self.new_name_edit.text().strip() or self.new_phone_edit.text().strip()
                    or self.new_id_edit.text().strip())

    def register_new_villager(self) -> None:
        self.error_cleared.emit()
        if not self.new_villager_typed():
            self.new_name_edit.setFocus()
            return
        try:
            villager = villagers.register_villager(
                self.ctx.station, self.new_name_edit.text(), self.new_phone_edit.text(),
                self.new_id_edit.text(), self.new_hamlet_combo.currentData())
        except ValidationError as error:
            self.refused.emit(error)
            return
        for edit in (self.new_name_edit, self.new_phone_edit, self.new_id_edit):
            edit.clear()
        self.new_hamlet_combo.setCurrentIndex(0)
        self.add_visitor(villager)
