"""``main.py selftest``: a check that needs no person at the screen, for the
installed program (installer/smoke-test.sh runs it on the built bundle; on a
station PC it tells the township's IT helper that everything came along).

It opens the real main window on a demo database (made in a new temporary
folder unless ``--data-dir`` is given), checks that the bundled Chinese font
and the translation were loaded, draws the window, renders one real document
(the public notice, as ``main.py report notice`` does) with reportlab, opens
that PDF with Qt's PDF module, prints one page through Qt's print support to
a PDF file, and exits: 0 when every check passed, 1 otherwise. It never
touches the user's own data folder unless asked to with ``--data-dir``.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path


class _Checks:
    def __init__(self, out):
        self.out = out
        self.failed: list[str] = []

    def __call__(self, ok: bool, what: str, detail: str = "") -> bool:
        mark = "通过" if ok else "失败"
        self.out.write(f"[{mark}] {what}{'：' + detail if detail else ''}\n")
        self.out.flush()
        if not ok:
            self.failed.append(what)
        return ok


def _pdf_complete(path: Path) -> bool:
    data = path.read_bytes() if path.exists() else b""
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def run_selftest(data_dir: str | None = None, out=None) -> int:
    out = out or sys.stdout
    started = time.perf_counter()
    check = _Checks(out)
    work = Path(tempfile.mkdtemp(prefix="village-desk-selftest-"))
    data = Path(data_dir) if data_dir else work / "data"

    from models.core import paths
    from models.core.paths import database_path
    from models.safety import about
    from models.safety.opening import close_database, open_database
    from models.station.stations import this_station

    check(True, "版本", f"{about.APP_VERSION}（{'安装版' if paths.is_frozen() else '源代码'}，"
                       f"资源文件夹 {paths.resource_path()}）")
    path = database_path(data)
    try:
        open_database(path)
    except Exception as exc:  # refused (newer version) or damaged: say so, never a dialog
        check(False, "打开数据文件", f"{path}：{exc}")
        return 1
    if this_station() is None:
        from models.samples.demo import build_demo

        station = build_demo()
        check(station is not None, "生成演示数据", str(path))
    close_database()

    from PySide6.QtCore import QCoreApplication

    from models.core import access

    from . import style
    from .app import start

    opening = time.perf_counter()
    app, window, code = start(str(data))
    if not check(window is not None and code == 0, "打开主窗口", app.platformName()):
        close_database()
        return 1
    try:
        for _ in range(5):
            app.processEvents()
        check(window.isVisible(), "主窗口已显示", window.windowTitle())
        family = style.load_fonts()
        check("WenQuanYi" in family, "内置中文字体", family)
        # looked up, not declared: a variable keeps lupdate from listing it here again
        source = "Settings"
        settings_text = QCoreApplication.translate("MainWindow", source)
        check(settings_text != source, "界面中文翻译", settings_text)
        shot = window.grab()
        check(not shot.isNull() and shot.width() > 0, "绘制主窗口",
              f"{shot.width()}×{shot.height()}")
        check(True, "打开主窗口用时", f"{time.perf_counter() - opening:.2f} 秒")

        # The window waits at its sign-in screen, as a desk does; the checks
        # below are the command line's own (it runs as SYSTEM, models/core/access.py).
        with access.acting_as(access.SYSTEM):
            pdf = work / "notice.pdf"
            pages = _render_notice(this_station(), pdf)
            check(_pdf_complete(pdf) and pages > 0, "生成 PDF（结果公示）", f"{pages} 页，{pdf}")
            _open_pdf_with_qt(pdf, check)
            _print_to_pdf(window, work / "printed.pdf", check)
    except Exception as exc:  # report it as a failed check, exit 1, never a traceback to a clerk
        check(False, "意外错误", f"{type(exc).__name__}: {exc}")
    finally:
        window.close()
        app.processEvents()
        close_database()
    if check.failed:
        out.write("自检没有通过：" + "、".join(check.failed) + f"\n（自检文件留在 {work}）\n")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    out.write(f"自检通过（{time.perf_counter() - started:.2f} 秒）。\n")
    return 0


def _render_notice(station, path: Path) -> int:
    import reports
    from models.figures.reporting import report_data

    return reports.render("notice", report_data("notice", station), path)


def _open_pdf_with_qt(path: Path, check) -> None:
    """The print centre previews with Qt's PDF module: is it in the bundle?"""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:
        check(False, "Qt PDF 模块", str(exc))
        return
    from PySide6.QtPdfWidgets import QPdfView

    doc = QPdfDocument()
    error = doc.load(str(path))
    view = QPdfView()  # the print centre's preview widget
    view.setDocument(doc)
    check(error == QPdfDocument.Error.None_ and doc.pageCount() > 0, "Qt PDF 模块打开 PDF",
          f"{doc.pageCount()} 页")
    doc.close()


def _print_to_pdf(window, path: Path, check) -> None:
    """Qt's print support, to a PDF file instead of a printer."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    painter = QPainter()
    ok = painter.begin(printer)
    if ok:
        try:
            shot = window.grab()
            size = shot.size().scaled(painter.viewport().size(), Qt.KeepAspectRatio)
            painter.drawPixmap(0, 0, size.width(), size.height(), shot)
        finally:
            painter.end()
    printers = [p.printerName() for p in QPrinterInfo.availablePrinters()]
    check(ok and _pdf_complete(path), "Qt 打印支持",
          f"打印到 PDF 文件；本机打印机 {len(printers)} 台")


def open_window_and_quit(data_dir: str | None = None) -> int:
    """Start the GUI as a duty officer does, and quit as soon as the main
    window has been shown and painted: ``time`` around it measures start-up
    (installer/smoke-test.sh). Needs a data folder with a station in it."""
    from models.core.paths import database_path
    from models.safety.opening import close_database, open_database
    from models.station.stations import this_station

    path = database_path(data_dir)
    if not path.exists():
        sys.stderr.write("没有数据文件：请用 --data-dir 指定已有数据的文件夹。\n")
        return 2
    # What would stop start() at a dialog waiting for a person: say it and exit.
    try:
        open_database(path)
        station = this_station()
    except Exception as exc:
        sys.stderr.write(f"打不开数据文件 {path}：{exc}\n")
        return 1
    finally:
        close_database()
    if station is None:
        sys.stderr.write("这个数据文件夹还没有设置站点。\n")
        return 2
    from .app import start

    app, window, code = start(data_dir)
    if window is None:
        return code or 1
    app.processEvents()
    shown = window.isVisible() and not window.grab().isNull()
    window.close()
    close_database()
    return 0 if shown else 1
