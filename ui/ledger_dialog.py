"""Paper and Excel ledgers (台账): save an empty template (xlsx or csv, with
Chinese headers), then choose a filled one. Every row is checked first and
the bad ones are listed with their row number and reason; nothing is
imported until "Import" is pressed, and a row already imported is never
imported again (models.concerns.ledger_import)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from models.concerns import ledger_import
from models.core.errors import ValidationError

from . import style
from .context import DeskContext


class LedgerDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.check = None
        self.setWindowTitle(self.tr("Paper and Excel ledgers"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("1. Save an empty template and fill in one row per concern. "
                               "2. Choose the filled file: every row is checked and the rows with "
                               "a problem are listed. 3. Press “Import” to bring in the good rows. "
                               "A row already imported is never imported twice."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Save a template…"))
        self.template_button.clicked.connect(self.choose_template_path)
        self.choose_button = QPushButton(self.tr("Check a filled ledger…"))
        self.choose_button.clicked.connect(self.choose_ledger)
        row.addWidget(self.template_button)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.report_edit = QPlainTextEdit()
        self.report_edit.setReadOnly(True)
        layout.addWidget(self.report_edit, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.import_button = QPushButton(self.tr("Import"))
        style.big_button(self.import_button)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_rows)
        buttons.addWidget(close)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)

    def _error(self, text: str) -> None:
        self.message_label.setProperty("role", "error")
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)

    def _info(self, text: str) -> None:
        self.message_label.setProperty("role", "")
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)

    def choose_template_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a template"),
                                              self.tr("ledger-template.xlsx"),
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.save_template(path)

    def save_template(self, path) -> bool:
        try:
            ledger_import.write_template(path, self.ctx.station)
        except ValidationError as e:
            self._error(e.message)
            return False
        except OSError as e:
            self._error(self.tr("Could not write the file: %1").replace("%1", e.strerror or str(e)))
            return False
        self._info(self.tr("Template saved: %1").replace("%1", str(path)))
        return True

    def choose_ledger(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Check a filled ledger"), "",
                                              self.tr("Ledgers (*.xlsx *.csv)"))
        if path:
            self.check_ledger(path)

    def check_ledger(self, path) -> None:
        self.check = None
        self.import_button.setEnabled(False)
        try:
            self.check = ledger_import.check_file(self.ctx.station, path, self.ctx.today())
        except ValidationError as e:
            self.report_edit.setPlainText("")
            self._error(e.message)
            return
        self.report_edit.setPlainText(self.check.report())
        n = len(self.check.good)
        self.import_button.setEnabled(n > 0)
        self.import_button.setText(self.tr("Import %n row(s)", "", n) if n else self.tr("Import"))
        self._info(self.tr("Checked %1. Nothing has been imported yet.").replace("%1", Path(path).name))

    def import_rows(self) -> None:
        if self.check is None:
            return
        try:
            n = ledger_import.import_checked(self.ctx.station, self.check, self.ctx.officer)
        except ValidationError as e:
            self._error(e.message)
            return
        self.check = None
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Import"))
        self._info(self.tr("%n row(s) imported.", "", n))
