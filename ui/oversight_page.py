"""督办 / 催办: the notices a higher level sent about this station's concerns
(to answer), and — at a township or county — those on the concerns of the
stations below (issued here or above; answered or still waiting). Select one
to answer it, open its concern, or save its 督办通知单 as a PDF. The rules are
in models.concerns.oversight; this screen only shows and asks."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.concerns import extensions, oversight
from models.concerns.timeline import get_concern
from models.core.errors import ValidationError
from models.station.stations import stations_under

from . import labels, style
from .context import DeskContext
from .extension_dialogs import ExtensionDecisionDialog
from .oversight_dialogs import AnswerNoticeDialog


class NoticeTable(QTableWidget):
    """Notices, one a row; the row's notice id in the first cell's data."""

    def __init__(self, parent=None):
        super().__init__(0, 8, parent)
        self.setHorizontalHeaderLabels([
            self.tr("Notice"), self.tr("From"), self.tr("Station"), self.tr("Case"),
            self.tr("Concern"), self.tr("What is asked"), self.tr("Reply by"), self.tr("State")])
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for col in (0, 1, 2, 3, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        header.setSectionResizeMode(7, QHeaderView.ResizeToContents)
        self.rows: list[oversight.NoticeRow] = []

    def state_text(self, r: oversight.NoticeRow, today) -> str:
        if r.answered:
            text = self.tr("Answered %1").replace("%1", labels.format_date(r.answered_on))
            return text + (" " + self.tr("(late)") if r.late(today) else "")
        return self.tr("Not answered, past the date") if r.late(today) else self.tr("Not answered")

    def fill(self, rows: list[oversight.NoticeRow], today) -> None:
        self.rows = rows
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [r.number, r.from_station, r.station_name, r.case_number, r.summary, r.what,
                      labels.format_date(r.due_on), self.state_text(r, today)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                if col == 7 and not r.answered:
                    item.setForeground(Qt.red if r.late(today) else Qt.darkYellow)
                self.setItem(i, col, item)
        self.resizeRowsToContents()

    def selected(self) -> oversight.NoticeRow | None:
        row = self.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.selectedItems() else None


class ExtensionTable(QTableWidget):
    """Extension requests waiting for this desk's decision, one a row."""

    def __init__(self, parent=None):
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels([
            self.tr("Station"), self.tr("Case"), self.tr("Concern"), self.tr("Deadline now"),
            self.tr("Asked for"), self.tr("Why"), self.tr("Asked on")])
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for col in (0, 1, 3, 4, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        self.rows: list[extensions.ExtensionRow] = []

    def fill(self, rows: list[extensions.ExtensionRow]) -> None:
        self.rows = rows
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [r.station_name, r.case_number, r.summary, labels.format_date(r.old_deadline),
                      labels.format_date(r.new_deadline), r.reason, labels.format_date(r.asked_on)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                self.setItem(i, col, item)
        self.resizeRowsToContents()

    def selected(self) -> extensions.ExtensionRow | None:
        row = self.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.selectedItems() else None


class OversightPage(QWidget):
    opened = Signal(str)  # a concern id to open

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(style.heading(self.tr("Supervision and extensions")))
        self.intro = QLabel(self.tr(
            "A township or county sends a notice about one of a station's concerns; it comes "
            "in the USB package and waits here until the station answers. The answer goes back "
            "up in the next package. To send one: open the concern and press “Supervise / urge”. "
            "Requests for more time that this desk decides are on the last tab."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.waiting_only = QCheckBox(self.tr("Only those not yet answered"))
        self.waiting_only.toggled.connect(self.refresh)
        layout.addWidget(self.waiting_only)
        self.tabs = QTabWidget()
        self.received_table = NoticeTable()
        self.below_table = NoticeTable()
        self.tabs.addTab(self.received_table, self.tr("To answer here"))
        self.has_below = len(stations_under(ctx.station)) > 1
        if self.has_below:
            self.tabs.addTab(self.below_table, self.tr("On the stations below"))
        self.extension_table = ExtensionTable()
        self.tabs.addTab(self.extension_table, self.tr("Extensions to decide"))
        for table in (self.received_table, self.below_table, self.extension_table):
            table.itemSelectionChanged.connect(self._selection_changed)
            table.cellDoubleClicked.connect(lambda *_: self.open_selected())
        self.tabs.currentChanged.connect(self._selection_changed)
        layout.addWidget(self.tabs, 1)
        self.detail_label = QLabel()  # the selected notice in full, and its answer
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.PlainText)
        self.detail_label.setStyleSheet("background: #fff4e0; border: 1px solid #e0a040; padding: 8px;")
        self.detail_label.hide()
        layout.addWidget(self.detail_label)
        buttons = QHBoxLayout()
        self.answer_button = QPushButton(self.tr("Answer…"))
        self.answer_button.clicked.connect(self.answer_selected)
        self.open_button = QPushButton(self.tr("Open the concern"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save the notice slip (PDF)…"))
        self.save_button.clicked.connect(self.save_selected)
        self.decide_button = QPushButton(self.tr("Decide…"))
        self.decide_button.clicked.connect(self.decide_selected)
        for b in (self.answer_button, self.decide_button, self.open_button, self.save_button):
            style.big_button(b)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.answer_dialog: AnswerNoticeDialog | None = None
        self.decision_dialog: ExtensionDecisionDialog | None = None

    def table(self):
        current = self.tabs.currentWidget()
        return current if current in (self.below_table, self.extension_table) else self.received_table

    def refresh(self) -> None:
        today = self.ctx.today()
        waiting = self.waiting_only.isChecked()
        self.received_table.fill(oversight.received(self.ctx.station, waiting_only=waiting), today)
        if self.has_below:
            self.below_table.fill(oversight.below(self.ctx.station, waiting_only=waiting), today)
        open_here = sum(not r.answered for r in self.received_table.rows)
        self.tabs.setTabText(0, self.tr("To answer here (%1 waiting)").replace("%1", str(open_here)))
        if self.has_below:
            open_below = sum(not r.answered for r in self.below_table.rows)
            self.tabs.setTabText(1, self.tr("On the stations below (%1 not answered)")
                                 .replace("%1", str(open_below)))
        self.extension_table.fill(extensions.to_decide(self.ctx.station))
        index = self.tabs.indexOf(self.extension_table)
        self.tabs.setTabText(index, self.tr("Extensions to decide (%1)")
                             .replace("%1", str(len(self.extension_table.rows))))
        self._selection_changed()

    def focus_first(self) -> None:
        self.table().setFocus()

    def _selection_changed(self, *_) -> None:
        r = self.table().selected()
        on_extensions = self.table() is self.extension_table
        mine = self.table() is self.received_table
        self.answer_button.setVisible(not on_extensions)
        self.save_button.setVisible(not on_extensions)
        self.decide_button.setVisible(on_extensions)
        self.decide_button.setEnabled(r is not None and on_extensions)
        self.answer_button.setEnabled(r is not None and mine and not r.answered)
        self.open_button.setEnabled(r is not None)
        self.save_button.setEnabled(r is not None and not on_extensions)
        if on_extensions:
            self.detail_label.setVisible(False)
            return
        if r is not None:
            text = (self.tr("%1 from %2, asked by %3, reply by %4:\n%5")
                    .replace("%1", r.number).replace("%2", r.from_station).replace("%3", r.asked_by)
                    .replace("%4", labels.format_date(r.due_on)).replace("%5", r.what))
            if r.answered:
                text += "\n" + (self.tr("Answered by %1 on %2: %3")
                                .replace("%1", r.answered_by or r.station_name)
                                .replace("%2", labels.format_date(r.answered_on)).replace("%3", r.answer))
            self.detail_label.setText(text)
        self.detail_label.setVisible(r is not None)

    def open_selected(self) -> None:
        r = self.table().selected()
        if r is not None:
            self.opened.emit(r.concern_id)

    def answer_selected(self) -> AnswerNoticeDialog | None:
        r = self.table().selected()
        if r is None or r.answered:
            return None
        try:
            concern = get_concern(r.concern_id)
        except ValidationError as e:
            QMessageBox.information(self, self.tr("Cannot open"), e.message)
            return None
        self.answer_dialog = AnswerNoticeDialog(self.ctx, concern, r, self)
        self.answer_dialog.accepted.connect(self.refresh)
        self.answer_dialog.open()
        return self.answer_dialog

    def decide_selected(self) -> ExtensionDecisionDialog | None:
        r = self.extension_table.selected() if self.table() is self.extension_table else None
        if r is None:
            return None
        try:
            concern = get_concern(r.concern_id)
        except ValidationError as e:
            QMessageBox.information(self, self.tr("Cannot open"), e.message)
            return None
        self.decision_dialog = ExtensionDecisionDialog(self.ctx, concern, r, self)
        self.decision_dialog.accepted.connect(self.refresh)
        self.decision_dialog.open()
        return self.decision_dialog

    def save_selected(self) -> None:
        r = self.table().selected()
        if r is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        name = "".join(c for c in f"{r.number}-{r.case_number}" if c not in '\\/:*?"<>|') + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the notice slip"),
                                              str(Path(folder) / name), self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_slip(r.id, path)

    def save_slip(self, notice_id: str, path) -> Path | None:
        """Write the notice's 督办通知单 to ``path`` (".pdf" added if missing)."""
        import reports
        from models.figures.oversight_slip import slip_data

        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            reports.render("oversight", slip_data(notice_id, self.ctx.today()), target)
        except (OSError, ValidationError) as exc:
            message = exc.message if isinstance(exc, ValidationError) else (exc.strerror or str(exc))
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The file could not be saved:\n%1\n\n%2")
                                .replace("%1", str(target)).replace("%2", message))
            return None
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return target
