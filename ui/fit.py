"""Every window fits the screen it opens on: an old office PC's 1024×768 or
1366×768, often at 125%, less the taskbar. Windows larger than the screen
are made smaller when they are shown (``install``); what is long scrolls
up and down inside them (``scrolling``), never sideways."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

TITLE_BAR = 30  # logical pixels a window's title bar takes above its contents


def available(widget: QWidget | None = None):
    """The part of the screen a window's contents may use (QRect)."""
    screen = (widget.screen() if widget is not None else None) or QApplication.primaryScreen()
    area = screen.availableGeometry()
    return area.adjusted(0, TITLE_BAR, 0, 0)


def cap(window: QWidget) -> None:
    """Make ``window`` no larger than the screen and put it on it."""
    area = available(window)
    width = min(window.width(), area.width())
    height = min(window.height(), area.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    geo = window.geometry()
    x = min(max(geo.x(), area.x()), area.right() - geo.width() + 1)
    y = min(max(geo.y(), area.y()), area.bottom() - geo.height() + 1)
    if (x, y) != (geo.x(), geo.y()):
        window.move(max(x, area.x()), max(y, area.y()))


class _Capper(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Show and isinstance(obj, QWidget) and obj.isWindow() \
                and not (obj.windowFlags() & (Qt.Popup | Qt.ToolTip) & ~Qt.Window):
            cap(obj)
        return False


_capper: _Capper | None = None


def install(app: QApplication) -> None:
    """Cap every window to the screen as it is shown (once per application)."""
    global _capper
    if _capper is None:
        _capper = _Capper(app)
        app.installEventFilter(_capper)


class VerticalScroll(QScrollArea):
    """Scrolls up and down only: as wide as its content needs (so the window
    grows sideways instead), as short as a few lines."""

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        need = content.minimumSizeHint().expandedTo(content.minimumSize())
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        return QSize(need.width() + bar + frame, min(need.height(), 120) + frame)

    def sizeHint(self):  # noqa: N802
        content = self.widget()
        if content is None:
            return super().sizeHint()
        need = content.sizeHint().expandedTo(content.minimumSizeHint())
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        return QSize(need.width() + bar + frame, need.height() + frame)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down when the
    window is shorter than it; it is never wider than the window."""
    area = VerticalScroll()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.NoFocus)
    return area
