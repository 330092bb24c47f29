"""The About box (关于), as the duty officer reaches it: the small button in
the main window's header opens it; it shows the program version, the data
version, the data folder and the data file's size, in Chinese; 复制 puts the
details on the clipboard for a message to the township."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from models.core import migrations
from models.safety.about import APP_VERSION, database_size, human_size
from ui.about_dialog import AboutDialog


def test_about_box_shows_version_schema_folder_and_size(qtbot, ctx, db_path):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "关于"
    assert dialog.version_label.text() == APP_VERSION
    assert dialog.schema_label.text() == f"{migrations.LATEST}（本软件最高支持 {migrations.LATEST}）"
    assert dialog.folder_label.text() == str(db_path.parent.resolve())
    assert dialog.file_label.text() == "station.sqlite3"
    size = database_size(db_path)
    assert size > 0
    assert dialog.size_label.text() == human_size(size)
    assert dialog.size_label.text().endswith(("KB", "MB"))
    assert dialog.backups_label.text() == "无"
    assert dialog.open_folder_button.text() == "打开数据文件夹"

    qtbot.mouseClick(dialog.copy_button, Qt.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"软件版本： {APP_VERSION}" in copied
    assert f"数据文件夹： {db_path.parent.resolve()}" in copied

    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()


def test_about_box_counts_the_backups_made_before_upgrades(qtbot, ctx, db_path):
    folder = db_path.parent / "backups"
    folder.mkdir()
    (folder / "station-v1-before-upgrade-20261120-093000.sqlite3").write_bytes(b"")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.backups_label.text().startswith("1 份")


def test_the_about_button_in_the_header_opens_the_box(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx.station, ctx)
    qtbot.addWidget(window)
    window.show()
    [button] = [b for b in window.findChildren(QPushButton) if b.text() == "关于"]
    seen = {}

    def look_and_close():
        box = QApplication.activeModalWidget()
        seen["box"] = box
        if box is not None:
            seen["version"] = box.version_label.text()
            box.reject()

    QTimer.singleShot(200, look_and_close)
    qtbot.mouseClick(button, Qt.LeftButton)
    assert isinstance(seen["box"], AboutDialog)
    assert seen["version"] == APP_VERSION
