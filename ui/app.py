"""Starting the GUI: the application object, fonts, translation, the database,
the first-run screen when this desk has no station yet, then the main window."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from commands.common import acquire_data_folder
from models.core import settings
from models.core.paths import database_path, resource_path
from models.safety import integrity
from models.safety.file_check import FileProblem, check_data_file, explain
from models.safety.opening import open_database
from models.station.stations import this_station

from . import style

TRANSLATIONS = resource_path("translations")
_translators: list[QTranslator] = []


def install_translation(app: QApplication, language: str | None = None) -> str:
    """Load the UI translation: Simplified Chinese unless DESK_LANG says otherwise."""
    language = language or os.environ.get("DESK_LANG", "zh_CN")
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    if language.startswith("en"):
        return "en"
    for qm in sorted((TRANSLATIONS / language).glob("*.qm")):
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _translators.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    QLocale.setDefault(QLocale(language))
    return language


def make_app(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName("village-desk")
    install_translation(app)
    return app


def start(data_dir: str | None = None, check_integrity: bool = False):
    """Everything ``run`` does before the event loop: the application, the
    database, the style, the first-run screen when this desk has no station
    yet, and the main window, shown. Returns ``(app, window, 0)``, or
    ``(app, None, exit_code)`` when there is nothing to run. Choosing the demo
    on the first-run screen opens the demo database (its own sub-folder) for
    this session only, and the window says so. ``check_integrity`` (the
    last session did not end cleanly, see ``run``): the database is checked
    (models.safety.integrity), the result logged and told over the window
    (``window.integrity_box``).
    bench/startup.py times this."""
    from .main_window import MainWindow

    app = make_app()
    path = database_path(data_dir)
    try:
        check_data_file(path)  # damaged, foreign, newer, 0 bytes, read-only, full: refused untouched
        open_database(path)
    except Exception as exc:  # a locked or damaged file: say so, do not crash
        if check_integrity:
            from models.safety.integrity import check_database

            from .desk_guard import _log

            _log.error("database did not open after an unclean shutdown: %s\n%s",
                       exc, check_database(path).summary())
        style.apply(app)
        said = exc.message if isinstance(exc, FileProblem) else (explain(exc, path) or str(exc))
        QMessageBox.critical(None, app.translate("App", "Cannot open the data file"),
                             app.translate("App", "The data file could not be opened:\n%1\n\n%2")
                             .replace("%1", str(path)).replace("%2", said))
        return app, None, 1
    style.apply(app, large=bool(settings.get(settings.LARGE_TEXT, False)))
    report = None
    if check_integrity:
        from models.safety.integrity import check_database

        report = check_database()
        from .desk_guard import log_integrity_report

        log_integrity_report(report)
    demo = False
    if this_station() is None:
        # Imported only here: it brings models.samples.demo and pypinyin, whose
        # dictionaries take ~0.25 s and ~55 MiB to load (bench/README.md, start-up).
        from .first_run import FirstRunDialog

        dialog = FirstRunDialog(data_dir=data_dir)
        if dialog.exec() != QDialog.Accepted:
            return app, None, 0
        demo = dialog.chose_demo
    window = MainWindow(this_station())
    if demo:
        from .demo_banner import mark_as_demo

        mark_as_demo(window)
    window.show()
    if not demo:  # the demo needs no sign-in; a real desk asks who is at it (docs/roles.md)
        ask_who_is_at_the_desk(window)
    if report is not None:
        from .desk_guard import tell_integrity_report

        window.integrity_box = tell_integrity_report(report, path.parent, window)
    from .clock_notice import tell_if_clock_doubtful

    window.clock_box = tell_if_clock_doubtful(window)
    # A database that failed its check is not copied into the backup rotation,
    # where it would push out the good copies made before the damage.
    window.backups_wanted = report is None or report.ok
    if report is None and not demo:  # the full check, in the background after every start
        from .background_check import BackgroundCheck

        window.background_check = BackgroundCheck(window, path)
    return app, window, 0


def ask_who_is_at_the_desk(window) -> None:
    """Begin the GUI session (models.core.access: nobody acts until someone signs
    in), and lock the desk: the sign-in screen over the window, which locks
    itself again after the set minutes of inactivity. The officer who has just
    set the desk up on the first-run screen is signed in already."""
    from models.core import access

    from .sign_in_dialog import DeskLock

    access.begin_gui_session()
    window.desk_lock = DeskLock(window)
    staff = access.current_staff()
    if staff is not None:
        window.desk_lock.start(staff)
    else:
        window.desk_lock.lock(locked=False)


def run(data_dir: str | None = None) -> int:
    """The desk as a person starts it: one window per data folder, unexpected
    errors logged and told; then ``start`` and the event loop."""
    from . import desk_guard

    app = make_app()
    folder = database_path(data_dir).parent
    try:
        lock = acquire_data_folder(folder)
    except FileProblem as problem:  # a read-only or full disk is not "already open"
        style.apply(app)
        QMessageBox.critical(None, app.translate("App", "Cannot open the data file"),
                             app.translate("App", "The data file could not be opened:\n%1\n\n%2")
                             .replace("%1", str(database_path(data_dir))).replace("%2", problem.message))
        return 1
    if lock is None:
        style.apply(app)
        desk_guard.tell_already_open(folder)
        return 1
    desk_guard.install_error_hook(folder / "logs")
    # A marker left by the last session means it never ended cleanly (power
    # cut, crash): start() then checks the database and says what it found.
    unclean = integrity.begin_session(folder)
    try:
        from .backup_dialog import RESTART_EXIT_CODE, AutoBackup

        while True:
            app, window, code = start(data_dir, check_integrity=unclean)
            if window is not None:
                backups = AutoBackup(window) if window.backups_wanted else None  # at start-up if none today, over midnight
                window.auto_backup = backups  # the background check pauses it if the records are damaged
                code = app.exec()
                window.close()
                if backups is not None and window.backups_wanted:
                    backups.at_exit()  # and at closing
            if window is not None and code == RESTART_EXIT_CODE:  # after a restore
                window.deleteLater()
                unclean = False
                continue
            if window is not None or code == 0:
                integrity.end_session(folder)
            return code
    finally:
        lock.unlock()
