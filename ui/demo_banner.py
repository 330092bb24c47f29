"""Marks a main window opened on the demo database: the window title and a
band across the top say 演示数据 (demo data, not for real work), so nobody
registers a real villager's concern there by mistake."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow


class DemoBanner(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setText(self.tr("Demo data — a made-up station for practice and training. "
                             "Not for real work: nothing entered here counts. Close the "
                             "program and start it again to set up your own station."))
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignCenter)
        self.setProperty("role", "error")  # the style's red band: hard to miss


def mark_as_demo(window: QMainWindow) -> DemoBanner:
    """Put the demo banner across the top of ``window`` and say so in its title."""
    banner = DemoBanner(window)
    window.setWindowTitle(QCoreApplication.translate("DemoBanner", "[Demo data, not for real work] %1")
                          .replace("%1", window.windowTitle()))
    window.centralWidget().layout().insertWidget(0, banner)
    window.demo_banner = banner
    return banner
