"""The to-do list: every open concern, soonest deadline first, filterable by
handling rule and "only overdue". Enter or double-click opens one."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from models.figures import dashboard

from . import labels
from .concern_table import ConcernTable
from .context import DeskContext


class TodoPage(QWidget):
    opened = Signal(str)  # a concern id to open

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[dashboard.ConcernRow] = []
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("To do: every open concern, soonest deadline first"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)

        filters = QHBoxLayout()
        rule_label = QLabel(self.tr("&Handling rule:"))
        self.rule_combo = QComboBox()
        labels.fill_combo(self.rule_combo, labels.RULES, with_blank=self.tr("All handling rules"))
        rule_label.setBuddy(self.rule_combo)
        self.overdue_check = QCheckBox(self.tr("&Only overdue"))
        filters.addWidget(rule_label)
        filters.addWidget(self.rule_combo)
        filters.addSpacing(24)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.table = ConcernTable()
        self.table.opened.connect(self.opened)
        layout.addWidget(self.table, 1)
        self.hint_label = QLabel(self.tr("Press Enter or double-click a line to open it."))
        layout.addWidget(self.hint_label)

        self.setTabOrder(self.rule_combo, self.overdue_check)
        self.setTabOrder(self.overdue_check, self.table)
        self.rule_combo.currentIndexChanged.connect(self._show)
        self.overdue_check.toggled.connect(self._show)

    def refresh(self) -> None:
        """Read the open concerns again from the database."""
        today = self.ctx.today()
        self._rows = dashboard.concern_rows(dashboard.open_concerns(self.ctx.station), today)
        self._show()

    def _show(self, *_):
        rule = self.rule_combo.currentData()
        only_overdue = self.overdue_check.isChecked()
        rows = [r for r in self._rows
                if (rule is None or r.rule == rule) and (not only_overdue or r.overdue)]
        self.table.set_rows(rows)
        overdue = sum(1 for r in self._rows if r.overdue)
        if not self._rows:
            text = self.tr("Nothing to do: there are no open concerns.")
        elif not rows:
            text = self.tr("No open concern matches these choices.")
        elif len(rows) == len(self._rows):
            text = self.tr("%n open concern(s)", "", len(rows))
            if overdue:
                text += self.tr(", %n of them overdue (in red)", "", overdue)
        else:
            text = (self.tr("Showing %1 of %2 open concerns.")
                    .replace("%1", str(len(rows))).replace("%2", str(len(self._rows))))
        self.count_label.setText(text)

    def visible_ids(self) -> list[str]:
        return [self.table.concern_id_at(i) for i in range(self.table.rowCount())]
