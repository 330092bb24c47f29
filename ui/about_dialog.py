"""The About box (关于): which version of the program this is, which schema
version the data file is at, where the data lives and how big it is — what
the township's IT helper asks for on the phone."""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout

from models.safety.about import AboutInfo, about_info, human_size


class AboutButton(QPushButton):
    """The small "About" button for the main window's header."""

    def __init__(self, parent=None):
        super().__init__(self.tr("About"), parent)
        self.setToolTip(self.tr("Version of the program and where the data is kept"))
        self.clicked.connect(self.open_dialog)

    def open_dialog(self) -> None:
        AboutDialog(self.window()).exec()


class AboutDialog(QDialog):
    def __init__(self, parent=None, info: AboutInfo | None = None):
        super().__init__(parent)
        self.info = info or about_info()
        self.setWindowTitle(self.tr("About"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Village Concern Response Desk"))
        title.setProperty("role", "title")
        layout.addWidget(title)

        form = QFormLayout()
        i = self.info
        self.version_label = self._row(form, self.tr("Program version:"), i.app_version)
        schema = self.tr("%1 (this program knows up to %2)") \
            .replace("%1", str(i.schema_version)).replace("%2", str(i.latest_schema))
        self.schema_label = self._row(form, self.tr("Data version:"), schema)
        self.folder_label = self._row(form, self.tr("Data folder:"), str(i.data_folder))
        self.file_label = self._row(form, self.tr("Data file:"), i.database_path.name)
        self.size_label = self._row(form, self.tr("Data file size:"), human_size(i.database_bytes))
        backups = (self.tr("%1 (daily, on closing and before upgrades, in the \"backups\" folder)")
                   .replace("%1", str(i.backups)) if i.backups else self.tr("none"))
        self.backups_label = self._row(form, self.tr("Backups:"), backups)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.open_folder_button = buttons.addButton(self.tr("Open data folder"),
                                                    QDialogButtonBox.ActionRole)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ActionRole)
        self.copy_button.setToolTip(self.tr("Copy these details, to paste into a message"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.Close).setDefault(True)

    def _row(self, form: QFormLayout, label: str, value: str) -> QLabel:
        field = QLabel(value)
        field.setTextInteractionFlags(Qt.TextSelectableByMouse)
        field.setWordWrap(True)
        form.addRow(label, field)
        return field

    def details_text(self) -> str:
        rows = [(self.tr("Program version:"), self.version_label.text()),
                (self.tr("Data version:"), self.schema_label.text()),
                (self.tr("Data folder:"), self.folder_label.text()),
                (self.tr("Data file:"), self.file_label.text()),
                (self.tr("Data file size:"), self.size_label.text()),
                (self.tr("Backups:"), self.backups_label.text())]
        return "\n".join(f"{k} {v}" for k, v in rows)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.info.data_folder)))
