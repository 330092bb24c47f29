"""Backups: the list of what exists, "back up now", restore (with what the
backup holds shown and a big plain confirmation first), and the second
folder (a USB stick). Also ``AutoBackup``, the desk's automatic backups (at
start-up if none today, by a timer over midnight, at closing).

The work is in ``models.safety.backup``; every backup and restore runs in a worker
thread (on the demo database a backup takes about 0.3 s and a restore about
0.8 s, a station's database after some years several times that), so the
window keeps answering meanwhile."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core import access, clock
from models.core.errors import ValidationError
from models.safety import backup, restore

from . import style
from .backup_banner import news
from .context import DeskContext

log = logging.getLogger("village-desk")

# app.run() starts the desk again when the event loop ends with this code:
# after a restore every screen must read the restored records afresh.
RESTART_EXIT_CODE = 75

# Workers still running (see print_centre): closing the dialog never destroys one.
_LIVE: set = set()

# What the last automatic backup said about the second folder (shown in the dialog).
last_auto_note = ""


class Job(QThread):
    """Runs one function off the GUI thread; models.safety.backup opens its own
    SQLite connections, so nothing here touches the GUI thread's handle."""

    succeeded = Signal(object)
    failed = Signal(str)  # a plain Chinese message

    def __init__(self, work, parent=None):
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        try:
            self.succeeded.emit(self.work())
        except (backup.BackupError, ValidationError) as exc:  # incl. access.NotAllowed
            self.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - told plainly, logged in full
            log.exception("backup work failed")
            self.failed.emit(str(exc) or type(exc).__name__)


def start_job(work, on_done, on_failed) -> Job:
    job = Job(work)
    _LIVE.add(job)
    job.succeeded.connect(on_done)
    job.failed.connect(on_failed)
    job.finished.connect(lambda: _LIVE.discard(job))
    job.start()
    return job


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class BackupDialog(QDialog):
    LIST, CONFIRM, DONE = range(3)
    WHEN, KIND, SIZE, FILE = range(4)

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.db_path = backup.live_path()
        self.data_folder = self.db_path.parent
        self.folder = backup.backups_folder(self.db_path)
        self.job: Job | None = None
        self.contents: restore.Contents | None = None
        self.restored: restore.RestoreResult | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._list_page())
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._done_page())
        layout.addWidget(self.pages, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.error_label = style.error_label()
        layout.addWidget(self.error_label)
        self.refresh()

    # ------------------------------------------------------------ pages
    def _kind_label(self, kind: str) -> str:
        return {"daily": self.tr("Daily"), "weekly": self.tr("Weekly"), "monthly": self.tr("Monthly"),
                "auto": self.tr("Automatic"), "manual": self.tr("Made by hand"),
                "before-restore": self.tr("Before a restore"),
                "before-upgrade": self.tr("Before an upgrade")}.get(kind, kind)

    def _list_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(self.tr("The desk backs up its records by itself every day and every time it "
                              "closes. It keeps one backup for each of the last 7 days, 4 weeks and "
                              "12 months; backups made by hand and before a restore are kept until "
                              "you delete them."))
        note.setWordWrap(True)
        box.addWidget(note)
        self.where_label = QLabel(self.tr("Backups are kept in: %1").replace("%1", str(self.folder)))
        self.where_label.setWordWrap(True)
        self.where_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box.addWidget(self.where_label)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Kind"), self.tr("Size"), self.tr("File")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(self.FILE, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        box.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        style.big_button(self.backup_button)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup…"))
        style.big_button(self.restore_button)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

        heading = QLabel(self.tr("A second copy, on a USB stick or another folder"))
        heading.setProperty("role", "heading")
        box.addWidget(heading)
        second = QHBoxLayout()
        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        second.addWidget(self.second_label, 1)
        self.choose_second_button = QPushButton(self.tr("&Choose a folder…"))
        self.choose_second_button.clicked.connect(self.choose_second_folder)
        self.clear_second_button = QPushButton(self.tr("&Stop copying there"))
        self.clear_second_button.clicked.connect(self.clear_second_folder)
        second.addWidget(self.choose_second_button)
        second.addWidget(self.clear_second_button)
        box.addLayout(second)
        self.roles_label = QLabel(self.tr("Only the station head, or a township or county "
                                          "administrator, can restore a backup or choose the "
                                          "second folder."))
        self.roles_label.setWordWrap(True)
        box.addWidget(self.roles_label)
        close = QHBoxLayout()
        close.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        close.addWidget(self.close_button)
        box.addLayout(close)
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        title = QLabel(self.tr("Restore this backup?"))
        title.setProperty("role", "title")
        box.addWidget(title)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box.addWidget(self.summary_label)
        self.other_station_label = style.error_label()
        box.addWidget(self.other_station_label)
        warning = QLabel(self.tr("The records on this desk now will be replaced by the records in "
                                 "this backup. What was written after the backup was made will no "
                                 "longer be shown. Before restoring, the desk keeps a copy of "
                                 "today's records (a backup “before a restore”)."))
        warning.setWordWrap(True)
        box.addWidget(warning)
        box.addStretch(1)
        buttons = QHBoxLayout()
        self.no_button = QPushButton(self.tr("&No, go back"))
        style.big_button(self.no_button)
        self.no_button.setDefault(True)
        self.no_button.clicked.connect(self.show_list)
        self.yes_button = QPushButton(self.tr("&Yes, restore this backup"))
        style.big_button(self.yes_button)
        self.yes_button.setAutoDefault(False)
        self.yes_button.clicked.connect(self.confirm_restore)
        buttons.addWidget(self.no_button)
        buttons.addStretch(1)
        buttons.addWidget(self.yes_button)
        box.addLayout(buttons)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        title = QLabel(self.tr("The backup has been restored"))
        title.setProperty("role", "title")
        box.addWidget(title)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        box.addWidget(self.done_label)
        box.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.restart_button = QPushButton(self.tr("Start the desk again"))
        style.big_button(self.restart_button)
        self.restart_button.setDefault(True)
        self.restart_button.clicked.connect(self.restart_desk)
        buttons.addWidget(self.restart_button)
        box.addLayout(buttons)
        return page

    # ------------------------------------------------------------ the list
    def refresh(self) -> None:
        self.backups = backup.list_backups(self.folder)
        self.table.setRowCount(0)
        for b in self.backups:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in ((self.WHEN, b.made_at.strftime("%Y-%m-%d %H:%M")),
                              (self.KIND, self._kind_label(b.shown_kind)),
                              (self.SIZE, _size(b.size)), (self.FILE, b.path.name)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._selection_changed()
        other = backup.second_folder(self.data_folder)
        if other is None:
            self.second_label.setText(self.tr("Not chosen: backups are kept on this computer only."))
        elif other.is_dir():
            self.second_label.setText(self.tr("Each backup is also copied to: %1").replace("%1", str(other)))
        else:
            self.second_label.setText(self.tr("Each backup is also copied to: %1 — not found now "
                                              "(is the USB stick plugged in?)").replace("%1", str(other)))
        free = self.job is None
        self.backup_button.setEnabled(free and access.has("backup.make"))
        self.restore_file_button.setEnabled(free and access.has("backup.restore"))
        self.choose_second_button.setEnabled(free and access.has("settings.change"))
        self.clear_second_button.setEnabled(free and access.has("settings.change") and other is not None)
        self.roles_label.setVisible(not (access.has("backup.restore") and access.has("settings.change")))
        if last_auto_note and not self.status_label.text():
            self.status_label.setText(last_auto_note)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.job is None and access.has("backup.restore")
                                       and bool(self.table.selectedItems()))

    def chosen(self) -> Path | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.backups[rows.pop()].path if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def show_list(self) -> None:
        self.pages.setCurrentIndex(self.LIST)
        self.refresh()

    # ------------------------------------------------------------ work
    def _busy(self, text: str) -> None:
        self.error_label.hide()
        self.status_label.setText(text)
        self.busy.show()
        for button in (self.backup_button, self.restore_button, self.restore_file_button,
                       self.choose_second_button, self.clear_second_button, self.yes_button,
                       self.no_button, self.close_button):
            button.setEnabled(False)

    def _idle(self) -> None:
        self.job = None
        self.busy.hide()
        for button in (self.yes_button, self.no_button, self.close_button):
            button.setEnabled(True)
        self.refresh()  # the list's buttons, as the signed-in person's role allows

    def _failed(self, message: str) -> None:
        self._idle()
        self.status_label.clear()
        self.error_label.setText(message)
        self.error_label.show()

    def is_busy(self) -> bool:
        return self.job is not None

    def back_up_now(self) -> None:
        if self.job is not None:
            return
        self._busy(self.tr("Backing up… the desk can be used meanwhile."))
        path = self.db_path
        self.job = start_job(lambda: backup.make_backup(backup.MANUAL, db_path=path),
                             self._backed_up, self._failed)

    def _backed_up(self, result: backup.BackupResult) -> None:
        self._idle()
        news.changed.emit("")  # the home screen's line about a failed backup goes
        text = self.tr("Backed up and checked: %1").replace("%1", result.path.name)
        if result.second_copy is not None:
            text += "\n" + self.tr("Second copy: %1").replace("%1", str(result.second_copy))
        self.status_label.setText(text)
        if result.second_note:
            self.error_label.setText(result.second_note)
            self.error_label.show()

    # ------------------------------------------------------------ restore
    def restore_chosen(self) -> None:
        path = self.chosen()
        if path is not None:
            self.show_restore(path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup to restore"),
                                              str(self.folder), self.tr("Backups (*.sqlite3)"))
        if name:
            self.show_restore(Path(name))

    def show_restore(self, path: Path) -> None:
        """Read the backup (in the worker) and show what it holds for a yes or no."""
        if self.job is not None:
            return
        self._busy(self.tr("Reading the backup…"))
        self.job = start_job(lambda: restore.inspect(path), self._inspected, self._failed)

    def _inspected(self, contents: restore.Contents) -> None:
        self._idle()
        self.status_label.clear()
        self.contents = contents
        station = (self.tr("%1 (code %2)").replace("%1", contents.station_name)
                   .replace("%2", contents.station_code or "") if contents.station_name
                   else self.tr("(no station set up)"))
        lines = [
            self.tr("File: %1").replace("%1", contents.path.name),
            self.tr("Station: %1").replace("%1", station),
            self.tr("Made on: %1").replace(
                "%1", contents.made_at.strftime("%Y-%m-%d %H:%M") if contents.made_at else "?"),
            self.tr("Villagers: %1    Visits: %2    Concerns: %3")
            .replace("%1", str(contents.villagers)).replace("%2", str(contents.visits))
            .replace("%3", str(contents.concerns)),
            self.tr("Newest concern registered on: %1").replace(
                "%1", contents.newest_concern.isoformat() if contents.newest_concern else self.tr("none")),
            self.tr("Data version: %1").replace("%1", str(contents.version)),
        ]
        self.summary_label.setText("\n".join(lines))
        other = contents.station_code and contents.station_code != self.ctx.station.code
        self.other_station_label.setText(
            self.tr("This is a backup of another station, not of %1!").replace("%1", self.ctx.station.name)
            if other else "")
        self.other_station_label.setVisible(bool(other))
        self.pages.setCurrentIndex(self.CONFIRM)
        self.no_button.setFocus()

    def confirm_restore(self) -> None:
        if self.job is not None or self.contents is None:
            return
        path, db_path = self.contents.path, self.db_path
        self._busy(self.tr("Restoring… please wait."))
        self.job = start_job(lambda: restore.restore_data(path, db_path=db_path),
                             self._restored, self._restore_failed)

    def _restore_failed(self, message: str) -> None:
        self._failed(message)
        self.pages.setCurrentIndex(self.LIST)

    def _restored(self, result: restore.RestoreResult) -> None:
        try:
            restore.finish_restore(result)  # reopens the database: on this, its own thread
        except Exception as exc:  # noqa: BLE001
            log.exception("finishing the restore")
            self._restore_failed(str(exc))
            return
        self._idle()
        self.restored = result
        self.status_label.clear()
        self.done_label.setText(
            self.tr("The records are now those of the backup made on %1.\n"
                    "The records as they were before are kept in the backup %2.\n\n"
                    "The desk starts again now to show the restored records.")
            .replace("%1", result.contents.made_at.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", result.before.path.name))
        self.pages.setCurrentIndex(self.DONE)
        self.close_button.setEnabled(False)
        self.restart_button.setFocus()

    def restart_desk(self) -> None:
        self.accept()
        QApplication.instance().exit(RESTART_EXIT_CODE)

    def reject(self) -> None:
        if self.job is not None or self.restored is not None:
            return  # wait for the work; after a restore, only "start again"
        super().reject()

    # ------------------------------------------------------------ the second folder
    def choose_second_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder or USB stick for "
                                                                "the second copy"))
        if folder:
            self.set_second_folder(folder)

    def set_second_folder(self, folder) -> bool:
        try:
            backup.set_second_folder(self.data_folder, folder)
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        self.error_label.hide()
        self.refresh()
        return True

    def clear_second_folder(self) -> None:
        self.set_second_folder(None)


class AutoBackup(QObject):
    """The desk's automatic backups: a few seconds after start-up if there is
    none from today, then a check every ten minutes (a desk left open over
    midnight backs up the new day), in a worker thread; and at closing
    (``at_exit``, after the window is gone). Failures are logged and the last
    word about the second folder is shown in the backups dialog: never a
    dialog box."""

    CHECK_MS = 10 * 60 * 1000
    FIRST_MS = 3000

    def __init__(self, parent=None, now=clock.local_now):
        super().__init__(parent)
        self.now = now
        self.db_path = backup.live_path()
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(self.FIRST_MS, self.check)

    def check(self) -> None:
        if self.job is not None or not getattr(self.parent(), "backups_wanted", True):
            return  # paused: the background check found the records damaged
        path, now = self.db_path, self.now()
        self.job = start_job(lambda: backup.daily_backup(now, db_path=path), self._done, self._failed)

    def _done(self, result) -> None:
        self.job = None
        if result is not None:
            _note(result)
            news.changed.emit("")

    def _failed(self, message: str) -> None:
        self.job = None
        log.error("automatic backup failed: %s", message)
        news.changed.emit(message)  # on the home screen until a backup succeeds

    def at_exit(self) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.wait()
        try:
            _note(backup.make_backup(backup.AUTO, now=self.now(), db_path=self.db_path))
        except Exception:  # noqa: BLE001 - the desk is closing: log, never a dialog
            log.exception("backup at closing failed")


def _note(result: backup.BackupResult) -> None:
    global last_auto_note
    last_auto_note = result.second_note
    if result.second_note:
        log.warning("automatic backup %s: %s", result.path.name, result.second_note)
