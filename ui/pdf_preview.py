"""The print centre's third column: the document as it will be printed, its
pages one under another, with buttons to fit the width, see a whole page,
and zoom in and out. It shows whatever PDF is loaded into ``document``."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from . import style


class PdfPreview(QWidget):
    """See it before printing: the loaded PDF, and its zoom buttons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        col3 = QVBoxLayout(self)
        col3.setContentsMargins(0, 0, 0, 0)
        self.heading = style.heading(self.tr("3. See it before printing"))
        col3.addWidget(self.heading)
        zoom = QGridLayout()  # two rows of two: the page fits a 1024-pixel screen
        zoom.setColumnStretch(0, 1)
        self.fit_width_button = QPushButton(self.tr("Fit width"))
        self.whole_page_button = QPushButton(self.tr("Whole page"))
        self.zoom_in_button = QPushButton(self.tr("Larger"))
        self.zoom_out_button = QPushButton(self.tr("Smaller"))
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.whole_page_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(0.8))
        for i, b in enumerate(self.buttons()):
            b.setMinimumHeight(36)
            b.setFocusPolicy(Qt.TabFocus)
            zoom.addWidget(b, i // 2, 1 + i % 2)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFrameShape(QFrame.StyledPanel)
        col3.addWidget(self.view, 1)
        col3.addLayout(zoom)

    def buttons(self) -> list[QPushButton]:
        """The zoom buttons, in their order on the screen."""
        return [self.fit_width_button, self.whole_page_button, self.zoom_in_button,
                self.zoom_out_button]

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))
