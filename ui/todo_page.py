"""The to-do list: every open concern, soonest deadline first, filterable by
handling rule and "only overdue". Enter or double-click opens one. At a
township or county desk a second tab lists the stations below: their overdue
and soon due concerns, by station, as of each station's data
(``ui.below_deadlines``). The last tab lists the follow-up calls (回访)
owed on resolved concerns (``ui.followup``)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.figures.concern_list import OpenConcerns

from . import labels
from .concern_table import ConcernTable
from .context import DeskContext


class TodoPage(QWidget):
    opened = Signal(str)  # a concern id to open

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("To do: every open concern, soonest deadline first"))
        heading.setProperty("role", "heading")
        outer.addWidget(heading)
        own = QWidget()
        layout = QVBoxLayout(own)
        layout.setContentsMargins(0, 0, 0, 0)
        self.below = None   # at a township or county: the stations below, their deadlines
        self.tabs = QTabWidget()
        self.tabs.addTab(own, self.tr("This desk's open concerns"))
        if ctx.station.level in ("county", "township"):
            from .below_deadlines import BelowDeadlinesPanel

            self.below = BelowDeadlinesPanel(ctx)
            self.below.opened.connect(self.opened)
            self.tabs.addTab(self.below, self.tr("Overdue and due soon at the stations below"))
        from .followup import FollowUpPanel

        self.follow_ups = FollowUpPanel(ctx)   # 回访 owed on resolved concerns
        self.follow_ups.opened.connect(self.opened)
        self.follow_ups.recorded.connect(lambda *_: self._show())
        self.tabs.addTab(self.follow_ups, self.tr("Follow-up calls"))
        self.tabs.currentChanged.connect(lambda *_: self.refresh())
        outer.addWidget(self.tabs, 1)

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
        self.table.failed.connect(self._failed)
        layout.addWidget(self.table, 1)
        self.hint_label = QLabel(self.tr("Press Enter or double-click a line to open it."))
        layout.addWidget(self.hint_label)

        self.setTabOrder(self.rule_combo, self.overdue_check)
        self.setTabOrder(self.overdue_check, self.table)
        self.rule_combo.currentIndexChanged.connect(self._show)
        self.overdue_check.toggled.connect(self._show)

    @property
    def loading(self) -> bool:
        return (self.table.loading or (self.below is not None and self.below.loading)
                or self.follow_ups.loading)

    def refresh(self) -> None:
        """Read the open concerns again from the database (off the GUI thread,
        a page at a time), with their counts — the tab shown."""
        if self.below is not None and self.tabs.currentWidget() is self.below:
            self.below.refresh()
            return
        if self.tabs.currentWidget() is self.follow_ups:
            self.follow_ups.refresh()
            return
        self._show()

    def show_follow_ups(self) -> None:
        """Bring the 回访 tab forward (the home screen's count leads here)."""
        self.tabs.setCurrentWidget(self.follow_ups)

    def _show(self, *_):
        rule = self.rule_combo.currentData()
        only_overdue = self.overdue_check.isChecked()
        listing = OpenConcerns(self.ctx.station, self.ctx.today(), rule, only_overdue)
        filtered = rule is not None or only_overdue
        self.count_label.setText(self.tr("Reading the open concerns…"))

        def counts():
            return listing.figures(), (listing.count() if filtered else None)

        self.table.show_list(listing, counts, self._counted)

    def _counted(self, result) -> None:
        figures, shown = result
        if shown is None:
            shown = figures.open
        if not figures.open:
            text = self.tr("Nothing to do: there are no open concerns.")
        elif not shown:
            text = self.tr("No open concern matches these choices.")
        elif shown == figures.open:
            text = self.tr("%n open concern(s)", "", shown)
            if figures.overdue:
                text += self.tr(", %n of them overdue (in red)", "", figures.overdue)
        else:
            text = (self.tr("Showing %1 of %2 open concerns.")
                    .replace("%1", str(shown)).replace("%2", str(figures.open)))
        self.count_label.setText(text)

    def _failed(self, reason: str) -> None:
        self.count_label.setText(self.tr("The list could not be read: %1").replace("%1", reason))

    def visible_ids(self) -> list[str]:
        """The ids of the rows read so far."""
        return self.table.ids()
