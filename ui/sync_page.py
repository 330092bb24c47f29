"""The USB sync screen (U盘同步): send a package to a paired station, look at
what a package would do before importing it, pair with the station above or
below once, and see every trip made and every value changed on two desks.

The work itself is not here: the jobs (export, preview, import, pair, join)
and what a package file's header says are in ``sync.jobs``, which USB drives
to offer and which files are on them in ``sync.drives``; this screen asks Qt
for the mounted volumes and words what the officer reads. The two record
tabs (trips made, values changed on two desks) are ``ui.sync_history``.

The jobs run in a worker thread (``ui.sync_worker.SyncWorker``) with its own
SQLite connection (peewee keeps one per thread), reporting
``progress(done, total, text)`` by signals, so the window never freezes on a
large package. While a worker runs, every button of the page is disabled and
the page reads nothing from the database: the worker is the only writer.
Refusals (``models.core.errors.ValidationError`` and ``sync.errors.PackageRefused``)
are shown in the red line, in the engine's plain Chinese; nothing was changed.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QStandardPaths,
    QStorageInfo,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sync import drives
from sync.drives import Drive, size_text
from sync.jobs import (
    Outcome,
    describe_package,
    export_job,
    import_job,
    join_job,
    pair_job,
    preview_job,
)

from . import style
from .context import DeskContext
from .sync_history import ConflictsView, TripsView
from .sync_worker import LIVE, SyncWorker

# ------------------------------------------------------------------ drives

def _volume(v: QStorageInfo) -> drives.Volume:
    return drives.Volume(root=v.rootPath(), name=v.displayName(),
                         file_system=bytes(v.fileSystemType()).decode("ascii", "ignore"),
                         ready=v.isValid() and v.isReady(), read_only=v.isReadOnly(),
                         is_root=v.isRoot(), free=v.bytesFree())


def removable_drives(volumes=None) -> list[Drive]:
    """The mounted volumes (Qt's, by default all of them) that a USB stick
    would be, as ``sync.drives.removable_among`` decides."""
    volumes = QStorageInfo.mountedVolumes() if volumes is None else volumes
    return drives.removable_among([_volume(v) for v in volumes], QStorageInfo.root().rootPath(),
                                  QStorageInfo(QDir.homePath()).rootPath())


def _big(label: QLabel, points: int) -> QLabel:
    font = label.font()
    font.setPointSize(points)
    label.setFont(font)
    return label


class SyncPage(QWidget):
    """The USB sync page of the main window."""

    finished = Signal(str)  # a job ended: "export", "preview", "import", "pair" or "join"
    busy_changed = Signal(bool)  # a worker started (True) or ended (False): the window waits

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.drive_finder: Callable[[], list[Drive]] = removable_drives
        self._chosen_folders: list[Path] = []
        self._chosen_files: list[Path] = []
        self._worker: SyncWorker | None = None
        self._job = ""
        self._preview_paths: tuple[Path, ...] = ()
        self._preview_ok: list[Path] = []
        self.last_export = None
        self.last_outcomes: list[Outcome] = []
        self.last_ticket = None
        self.progress_seen: list[tuple[int, int]] = []

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait_for_worker)

        root = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(self.tr("USB sync"))
        title.setProperty("role", "title")
        head.addWidget(title)
        hint = QLabel(self.tr("Each trip: export a package onto the USB stick, carry it to the other "
                              "station, and import it there. Look at the preview before importing."))
        hint.setWordWrap(True)
        head.addWidget(hint, 1)
        root.addLayout(head)
        self.error_label = _big(style.error_label(), 15)
        root.addWidget(self.error_label)

        # the everyday tab: send and receive, side by side, with the progress bar
        work = QWidget()
        v = QVBoxLayout(work)
        # one above the other: the page fits a 1024-pixel screen and scrolls (ui/fit.py)
        v.addWidget(self._export_box())
        v.addWidget(self._import_box(), 1)
        bar = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setMinimumHeight(28)
        bar.addWidget(self.progress, 1)
        self.status_label = QLabel()
        self.status_label.setMinimumWidth(360)
        bar.addWidget(self.status_label, 1)
        v.addLayout(bar)
        self.last_trip_label = QLabel()
        self.last_trip_label.setWordWrap(True)
        v.addWidget(self.last_trip_label)

        self.tabs = QTabWidget()
        self.tabs.addTab(work, self.tr("Send and receive"))
        self.trips_view = TripsView()
        self.trips_table = self.trips_view.table
        self.tabs.addTab(self.trips_view, self.tr("Trips made"))
        self.conflicts_view = ConflictsView()
        self.conflicts_table = self.conflicts_view.table
        self.tabs.addTab(self.conflicts_view, self.tr("Values changed on two desks"))
        self.tabs.addTab(self._pairing_tab(), self.tr("Pairing (once per station)"))
        root.addWidget(self.tabs, 1)

        self._inputs = [self.export_group, self.import_group, self.pair_group, self.join_group]

    # ------------------------------------------------------------ building
    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. Send: export a package"))
        self.export_group = box
        form = QFormLayout(box)
        self.peer_combo = QComboBox()
        self.peer_combo.setMinimumWidth(300)
        form.addRow(self.tr("Send to:"), self.peer_combo)
        self.folder_combo = QComboBox()
        self.folder_combo.setMinimumWidth(260)
        self.folder_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # its words in full
        form.addRow(self.tr("Save onto:"), self.folder_combo)
        where = QHBoxLayout()
        self.choose_folder_button = QPushButton(self.tr("Choose a folder…"))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        where.addWidget(self.choose_folder_button)
        self.rescan_button = QPushButton(self.tr("Look for USB drives again"))
        self.rescan_button.clicked.connect(self.refresh_drives)
        where.addWidget(self.rescan_button)
        where.addStretch(1)
        form.addRow("", where)
        self.full_check = QCheckBox(self.tr("Send everything again (not only what the other side lacks)"))
        form.addRow("", self.full_check)
        self.export_button = QPushButton(self.tr("Export sync package"))
        style.big_button(self.export_button)
        self.export_button.clicked.connect(self.export)
        form.addRow("", self.export_button)
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.export_result.setProperty("role", "heading")
        form.addRow("", self.export_result)
        return box

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Receive: import packages"))
        self.import_group = box
        v = QVBoxLayout(box)
        self.package_list = QListWidget()
        self.package_list.setMinimumHeight(70)
        self.package_list.setWordWrap(True)
        self.package_list.itemChanged.connect(self._packages_changed)
        v.addWidget(self.package_list, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Packages found on the USB drive (tick the ones to import):")), 1)
        self.choose_files_button = QPushButton(self.tr("Choose package files…"))
        self.choose_files_button.clicked.connect(self.choose_files)
        row.addWidget(self.choose_files_button)
        v.insertLayout(0, row)
        # in the order they are used: look first, then import
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview first"))
        style.big_button(self.preview_button)
        self.preview_button.setToolTip(self.tr("Shows what the packages would change, and changes nothing."))
        self.preview_button.clicked.connect(self.preview)
        buttons.addWidget(self.preview_button)
        self.import_button = QPushButton(self.tr("Import now"))
        style.big_button(self.import_button)
        self.import_button.clicked.connect(self.import_packages)
        buttons.addWidget(self.import_button)
        v.addLayout(buttons)
        self.preview_label = _big(QLabel(), 14)
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.PlainText)
        v.addWidget(self.preview_label)
        return box

    def _pairing_tab(self) -> QWidget:
        w = QWidget()
        grid = QGridLayout(w)
        self.peers_label = QLabel()
        self.peers_label.setWordWrap(True)
        grid.addWidget(self.peers_label, 0, 0, 1, 2)

        self.pair_group = QGroupBox(self.tr("For a station below: make its pairing file"))
        form = QFormLayout(self.pair_group)
        self.child_code_edit = QLineEdit()
        self.child_code_edit.setPlaceholderText(self.tr("the station's code"))
        form.addRow(self.tr("Station code:"), self.child_code_edit)
        self.child_name_edit = QLineEdit()
        form.addRow(self.tr("Station name:"), self.child_name_edit)
        # its own "save onto", here where it is needed (the same drives and folders as
        # on the first tab, one list for both), not a pointer to a choice on another tab
        where = QHBoxLayout()
        self.pair_folder_combo = QComboBox()
        self.pair_folder_combo.setModel(self.folder_combo.model())
        self.pair_folder_combo.setMinimumWidth(220)
        where.addWidget(self.pair_folder_combo, 1)
        self.pair_choose_folder_button = QPushButton(self.tr("Choose a folder…"))
        self.pair_choose_folder_button.clicked.connect(self.choose_folder)
        where.addWidget(self.pair_choose_folder_button)
        form.addRow(self.tr("Save onto:"), where)
        self.pair_button = QPushButton(self.tr("Make the pairing file"))
        style.big_button(self.pair_button)
        self.pair_button.clicked.connect(self.make_pairing)
        form.addRow("", self.pair_button)
        self.pass_code_label = _big(QLabel(), 36)
        self.pass_code_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.pass_code_label.setStyleSheet("color: #14508c; font-weight: bold;")
        form.addRow(self.pass_code_label)
        self.pair_notice = QLabel()
        self.pair_notice.setWordWrap(True)
        form.addRow(self.pair_notice)
        grid.addWidget(self.pair_group, 1, 0)

        self.join_group = QGroupBox(self.tr("From the station above: import its pairing file"))
        form = QFormLayout(self.join_group)
        file_row = QHBoxLayout()
        self.join_file_edit = QLineEdit()
        file_row.addWidget(self.join_file_edit, 1)
        self.join_file_button = QPushButton(self.tr("Choose…"))
        self.join_file_button.clicked.connect(self.choose_pairing_file)
        file_row.addWidget(self.join_file_button)
        form.addRow(self.tr("Pairing file:"), file_row)
        self.pass_code_edit = QLineEdit()
        self.pass_code_edit.setPlaceholderText("1234-5678")
        self.pass_code_edit.setMaxLength(12)
        _big(self.pass_code_edit, 20)
        form.addRow(self.tr("Pass code (told by phone):"), self.pass_code_edit)
        self.join_button = QPushButton(self.tr("Import the pairing file"))
        style.big_button(self.join_button)
        self.join_button.clicked.connect(self.join)
        form.addRow("", self.join_button)
        self.join_result = QLabel()
        self.join_result.setWordWrap(True)
        self.join_result.setProperty("role", "heading")
        form.addRow(self.join_result)
        grid.addWidget(self.join_group, 2, 0)  # one above the other: it fits a small screen
        grid.setRowStretch(3, 1)
        return w

    # ------------------------------------------------------------ refreshing
    def refresh(self) -> None:
        """The page is opened (or a job ended): read everything again."""
        if self.is_busy():
            return
        self._fill_peers()
        self.refresh_drives()
        self._fill_trips()
        self._fill_conflicts()
        self._update_state()

    def focus_first(self) -> None:
        self.export_button.setFocus()

    def _fill_peers(self) -> None:
        from sync import peers as sync_peers

        keep = self.peer_combo.currentData()
        self.peer_combo.clear()
        peers = sync_peers.peers()
        lines = []
        for p in peers:
            if p.relation == "parent":
                text = self.tr("Above: %1 (%2)")
            else:
                text = self.tr("Below: %1 (%2)")
            text = text.replace("%1", p.name).replace("%2", p.code)
            if not p.has_keys:
                text += self.tr(" — waiting for its first package")
            self.peer_combo.addItem(text, p.code)
            state = (self.tr("packages exchanged") if p.first_contact_at
                     else self.tr("no package exchanged yet"))
            paired = self.tr("paired on %1").replace("%1", p.paired_on.isoformat())
            lines.append(f"{text}, {paired}, {state}")
        if not peers:
            self.peer_combo.addItem(self.tr("Not paired yet: see Pairing below"), None)
            self.tabs.setCurrentIndex(self.tabs.count() - 1)  # pairing comes first
        index = self.peer_combo.findData(keep)
        if index >= 0:
            self.peer_combo.setCurrentIndex(index)
        self.peers_label.setText(self.tr("Paired stations:") + "\n" + "\n".join(lines) if lines
                                 else self.tr("This desk is not paired with any station yet."))
        level = self.ctx.station.level
        self.pair_group.setVisible(level != "hamlet")
        self.join_group.setVisible(level != "county")

    def refresh_drives(self) -> None:
        """Look for USB drives again; list the drives and the packages on them."""
        keep = self.folder_combo.currentData()
        keep_pair = self.pair_folder_combo.currentData()
        self.folder_combo.clear()
        drives = list(self.drive_finder())
        for folder in self._chosen_folders:
            drives.append(Drive(folder.name or str(folder), folder, None, chosen=True))
        for d in drives:
            if d.chosen:
                text = self.tr("Folder: %1").replace("%1", str(d.root))
            else:
                text = (self.tr("USB drive %1, %3 free (%2)").replace("%1", d.name)
                        .replace("%2", str(d.root)).replace("%3", size_text(d.free)))
            self.folder_combo.addItem(text, str(d.root))
        if not drives:
            self.folder_combo.addItem(self.tr("No USB drive found: plug one in, or choose a folder"), None)
        index = self.folder_combo.findData(keep)
        if index >= 0:
            self.folder_combo.setCurrentIndex(index)
        elif self._chosen_folders:  # a folder just chosen is the one to use
            self.folder_combo.setCurrentIndex(self.folder_combo.count() - 1)
        index = self.pair_folder_combo.findData(keep_pair)
        self.pair_folder_combo.setCurrentIndex(index if index >= 0 else self.folder_combo.currentIndex())
        self._fill_packages([d.root for d in drives])

    def _fill_packages(self, roots: list[Path]) -> None:
        checked = {Path(p) for p in self.checked_packages()}
        paths, pairing_files = drives.files_on(roots)
        paths += [p for p in self._chosen_files if p not in paths]
        me = self.ctx.station.id
        from models.figures.trips_report import imported_checksums

        described = [(path, describe_package(path, me)) for path in paths]
        imported = imported_checksums([found.sha256 for _, found in described])
        self.package_list.blockSignals(True)
        self.package_list.clear()
        for path, found in described:
            item = QListWidgetItem()
            item.setData(Qt.UserRole, str(path))
            if found.problem:
                item.setText(self.tr("%1 — cannot be read: %2").replace("%1", path.name)
                             .replace("%2", found.problem))
                item.setFlags(Qt.ItemIsEnabled)
            elif found.ours:
                item.setText(self.tr("%1 — made here for %2: carry it there").replace("%1", path.name)
                             .replace("%2", found.receiver))
                item.setFlags(Qt.ItemIsEnabled)
            elif not found.for_us:
                item.setText(self.tr("%1 — from %2 for %3, not for this station").replace("%1", path.name)
                             .replace("%2", found.sender).replace("%3", found.receiver))
                item.setFlags(Qt.ItemIsEnabled)
            else:
                item.setText(self.tr("From %1, made %2 (%3)").replace("%1", found.sender)
                             .replace("%2", found.created).replace("%3", path.name))
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
                done = found.sha256 in imported
                if done:  # may be looked at again; ticked only when asked
                    item.setText(item.text() + self.tr(" — imported already"))
                item.setCheckState(Qt.Checked if path in checked or (
                    not done and (path in self._chosen_files or not checked)) else Qt.Unchecked)
            self.package_list.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("No package found. Plug in the USB drive, or choose the files."))
            item.setFlags(Qt.NoItemFlags)
            self.package_list.addItem(item)
        self.package_list.blockSignals(False)
        if pairing_files and not self.join_file_edit.text():
            self.join_file_edit.setText(str(pairing_files[0]))
        self._packages_changed()

    def _fill_trips(self) -> None:
        from sync import engine

        trips = engine.history(limit=1)
        if trips:
            t = trips[0]
            way = self.tr("sent to %1") if t.direction == "export" else self.tr("received from %1")
            self.last_trip_label.setText(
                self.tr("Last trip: %1, %2. All trips are on the \"Trips made\" tab.")
                .replace("%1", f"{t.at_local:%Y-%m-%d %H:%M}").replace("%2", way.replace("%1", t.peer_name)))
        else:
            self.last_trip_label.setText(self.tr("No trip made yet."))
        self.trips_view.load()

    def _fill_conflicts(self) -> None:
        from sync import engine

        found = engine.conflicts()
        self.conflicts_view.show_conflicts(found)
        self.tabs.setTabText(2, self.tr("Values changed on two desks (%1)").replace("%1", str(len(found)))
                             if found else self.tr("Values changed on two desks"))

    # ------------------------------------------------------------ choices
    def folder(self) -> Path | None:
        data = self.folder_combo.currentData()
        return Path(data) if data else None

    def add_folder(self, path) -> None:
        """Use this folder (as if chosen with the button)."""
        path = Path(path)
        if path not in self._chosen_folders:
            self._chosen_folders.append(path)
        self.refresh_drives()
        self.folder_combo.setCurrentIndex(self.folder_combo.findData(str(path)))
        self.pair_folder_combo.setCurrentIndex(self.folder_combo.findData(str(path)))

    def choose_folder(self) -> None:
        start = str(self.folder() or QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
                    or Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder"), start)
        if path:
            self.add_folder(path)

    def add_package_files(self, paths) -> None:
        """List these package files (as if chosen with the button), ticked."""
        for p in paths:
            p = Path(p)
            if p not in self._chosen_files:
                self._chosen_files.append(p)
        self.refresh_drives()

    def choose_files(self) -> None:
        start = str(self.folder() or Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose package files"), start,
                                                self.tr("Sync packages (*.vsync)"))
        if paths:
            self.add_package_files(paths)

    def choose_pairing_file(self) -> None:
        start = str(self.folder() or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the pairing file"), start,
                                              self.tr("Pairing files (*.vpair)"))
        if path:
            self.join_file_edit.setText(path)

    def checked_packages(self) -> list[Path]:
        out = []
        for row in range(self.package_list.count()):
            item = self.package_list.item(row)
            if item.flags() & Qt.ItemIsUserCheckable and item.checkState() == Qt.Checked:
                out.append(Path(item.data(Qt.UserRole)))
        return out

    def set_checked(self, paths) -> None:
        wanted = {Path(p) for p in paths}
        for row in range(self.package_list.count()):
            item = self.package_list.item(row)
            if item.flags() & Qt.ItemIsUserCheckable:
                item.setCheckState(Qt.Checked if Path(item.data(Qt.UserRole)) in wanted else Qt.Unchecked)

    def _packages_changed(self, *_):
        if self._preview_paths and tuple(self.checked_packages()) != self._preview_paths:
            self._preview_paths = ()
            self.preview_label.setText("")
            self._preview_ok = []
        self._update_state()

    # ------------------------------------------------------------ jobs
    def is_busy(self) -> bool:
        return self._worker is not None

    def preview_is_current(self) -> bool:
        return bool(self._preview_ok) and tuple(self.checked_packages()) == self._preview_paths

    def export(self) -> None:
        folder = self.folder()
        if folder is None:
            self._show_error(self.tr("Choose where to save the package: plug in the USB drive, "
                                     "or press \"Choose a folder…\"."))
            return
        self.export_result.setText("")
        self._start("export", export_job(folder, self.peer_combo.currentData(), self.full_check.isChecked()))

    def preview(self) -> None:
        paths = self.checked_packages()
        if not paths:
            self._show_error(self.tr("Tick the packages to import, or choose the files."))
            return
        self._preview_paths = tuple(paths)
        self._preview_ok = []
        self.preview_label.setText("")
        self._start("preview", preview_job(list(paths)))

    def import_packages(self) -> None:
        if not self.preview_is_current():
            self._show_error(self.tr("Look at the preview first."))
            return
        self._start("import", import_job(list(self._preview_ok)))

    def pair_folder(self) -> Path | None:
        data = self.pair_folder_combo.currentData()
        return Path(data) if data else None

    def make_pairing(self) -> None:
        folder = self.pair_folder()
        code, name = self.child_code_edit.text().strip(), self.child_name_edit.text().strip()
        if not code or not name:
            self._show_error(self.tr("Type the code and the name of the station below."))
            (self.child_code_edit if not code else self.child_name_edit).setFocus()
            return
        if folder is None:
            self._show_error(self.tr("Choose where to save the pairing file (\"Save onto\" above the "
                                     "button): plug in the USB drive, or press \"Choose a folder…\"."))
            self.pair_folder_combo.setFocus()
            return
        self.pass_code_label.setText("")
        self.pair_notice.setText("")
        self._start("pair", pair_job(code, name, folder))

    def join(self) -> None:
        path, code = self.join_file_edit.text().strip(), self.pass_code_edit.text().strip()
        if not path:
            self._show_error(self.tr("Choose the pairing file the station above gave you."))
            return
        if not code:
            self._show_error(self.tr("Type the pass code the station above told you."))
            self.pass_code_edit.setFocus()
            return
        self.join_result.setText("")
        self._start("join", join_job(Path(path), code))

    def _start(self, kind: str, job) -> None:
        if self._worker is not None:
            return
        self.error_label.hide()
        self._job = kind
        self.progress_seen = []
        self.progress.setRange(0, 0)  # busy until the first report
        self.status_label.setText({
            "export": self.tr("Exporting…"), "preview": self.tr("Reading the packages…"),
            "import": self.tr("Importing…"), "pair": self.tr("Making the pairing file…"),
            "join": self.tr("Importing the pairing file…")}[kind])
        worker = SyncWorker(job)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._worker_finished)
        worker.finished.connect(lambda w=worker: LIVE.discard(w))
        LIVE.add(worker)
        self._worker = worker
        self._update_state()
        self.busy_changed.emit(True)
        worker.start()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress_seen.append((done, total))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if text:
            self.status_label.setText(text)

    def _succeeded(self, result) -> None:
        kind = self._job
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status_label.setText(self.tr("Done."))
        if kind == "export":
            self.last_export = result
            self.export_result.setText(
                self.tr("Exported for %1: %2 (%3 records, %4). Carry the USB drive there and import it.")
                .replace("%1", result.receiver_name).replace("%2", result.path.name)
                .replace("%3", str(result.records)).replace("%4", size_text(result.size)))
        elif kind in ("preview", "import"):
            self._show_outcomes(kind, result)
        elif kind == "pair":
            self.last_ticket = result
            self.pass_code_label.setText(result.pass_code)
            self.pair_notice.setText(result.notice + "\n" + self.tr("File: %1").replace("%1", str(result.path)))
        elif kind == "join":
            from models.station import stations

            self.ctx.station = stations.this_station() or self.ctx.station  # its id may have moved
            self.join_result.setText(
                self.tr("Paired with %1 (%2). Next: export a package and carry it there.")
                .replace("%1", result[0]).replace("%2", result[1]))
            self.pass_code_edit.clear()

    def _show_outcomes(self, kind: str, outcomes: list[Outcome]) -> None:
        self.last_outcomes = outcomes
        lines, refusals = [], []
        for o in outcomes:
            if o.refusal:
                refusals.append(f"{o.path.name}: {o.refusal}")
                continue
            r = o.result
            lines.append(self.tr("From %1 (%2), made %3: %4").replace("%1", r.sender_name)
                         .replace("%2", r.sender_code).replace("%3", str(r.created)[:16])
                         .replace("%4", r.summary()))
            detail = self._detail(r)
            if detail:
                lines.append(detail)
        if kind == "preview":
            self._preview_ok = [o.path for o in outcomes if not o.refusal]
            if lines:
                lines.append(self.tr("Nothing has been changed yet. Press \"Import now\" to import."))
        else:
            self._preview_ok = []
            self._preview_paths = ()
            self.set_checked([])  # imported: ticked no more (the list is read again next)
            if lines:
                lines.insert(0, self.tr("Imported."))
        self.preview_label.setText("\n".join(lines))
        if refusals:
            self._show_error(self.tr("Not imported (nothing changed):") + "\n" + "\n".join(refusals))

    def _detail(self, result) -> str:
        """Which kinds of records are new or updated, by name (the summary
        counts concerns and lumps the rest together)."""
        from sync.engine import MODEL_LABELS

        def listed(counts: dict) -> str:
            return ", ".join(f"{MODEL_LABELS.get(m, m)} {n}" for m, n in sorted(counts.items()))

        parts = []
        if result.new:
            parts.append(self.tr("new: %1").replace("%1", listed(result.new)))
        if result.updated:
            parts.append(self.tr("updated: %1").replace("%1", listed(result.updated)))
        return self.tr("In detail: %1.").replace("%1", "; ".join(parts)) if parts else ""

    def _failed(self, message: str, reason: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label.setText("")
        self._show_error(message or self.tr("Not done: %1").replace("%1", reason))

    def _worker_finished(self) -> None:
        kind = self._job
        self._worker = None
        self.busy_changed.emit(False)
        self.refresh()
        self._update_state()
        self.finished.emit(kind)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _update_state(self) -> None:
        busy = self.is_busy()
        for w in self._inputs:
            w.setEnabled(not busy)
        self.preview_button.setEnabled(not busy and bool(self.checked_packages()))
        self.import_button.setEnabled(not busy and self.preview_is_current())

    def wait_for_worker(self, ms: int = 120000) -> bool:
        """Block until the worker is done (for closing down)."""
        return self._worker.wait(ms) if self._worker is not None else True

    def closeEvent(self, event) -> None:
        self.wait_for_worker()
        super().closeEvent(event)
