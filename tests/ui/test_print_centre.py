"""The print centre, driven as the duty officer drives it: pick a document and
a period, see it, save it, print it; a bad case number; the operating rules
text; the window keeps working while a long document is laid out."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter

from models.figures import reporting
from tests.conftest import ROOT, TODAY
from ui.print_centre import KIND_NAMES, PrintCentre

WAIT_MS = 120_000


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def page(qtbot, demo_ctx):
    centre = PrintCentre(demo_ctx)
    qtbot.addWidget(centre)
    centre.resize(1280, 760)
    centre.show()
    yield centre
    centre.wait_for_worker()


def show(qtbot, centre: PrintCentre) -> None:
    """Press the big Show button and wait until the preview shows the choice."""
    qtbot.mouseClick(centre.show_button, Qt.LeftButton)
    qtbot.waitUntil(centre.is_ready, timeout=WAIT_MS)


def test_documents_are_listed_in_chinese(page):
    names = [page.kind_list.item(i).text() for i in range(page.kind_list.count())]
    assert len(names) == len(reporting.KINDS)
    assert names[0] == "工作记录（台账）"
    for kind, name in zip(reporting.KINDS, names):
        assert name != KIND_NAMES[kind], f"{kind} is not translated"
    assert page.show_button.text() == "预览（回车）"


def test_ledger_for_a_period_preview_and_save(qtbot, page, tmp_path):
    page.select_kind("ledger")
    assert page.from_edit.isVisible() and not page.case_combo.isVisible()
    assert not page.paper_combo.isVisible()  # the ledger has one paper size
    page.set_period(dt.date(2026, 1, 1), dt.date(2026, 10, 31))
    show(qtbot, page)

    assert page.document.pageCount() >= 2
    done, total = page.last_progress
    assert total > 0 and done == total
    assert page.progress.value() == page.progress.maximum()
    assert "共 %d 页" % page.document.pageCount() in page.status_label.text()
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert not page.error_label.isVisible()

    saved = page.save_to(tmp_path / "台账")
    assert saved == tmp_path / "台账.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    reader = PdfReader(str(saved))
    assert len(reader.pages) == page.document.pageCount()
    text = pdf_text(saved)
    assert page.ctx.station.name in text
    assert "2026" in page.default_file_name() and page.default_file_name().endswith(".pdf")


def test_changing_the_period_makes_the_preview_stale_then_new(qtbot, page):
    page.select_kind("ledger")
    show(qtbot, page)
    page.this_year_button.click()
    assert page.period() == (dt.date(TODAY.year, 1, 1), TODAY)
    assert not page.is_ready()
    assert not page.print_button.isEnabled()  # never print what is not chosen
    qtbot.waitUntil(page.is_ready, timeout=WAIT_MS)  # shown again by itself
    page.last_month_button.click()
    assert page.period() == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    qtbot.waitUntil(page.is_ready, timeout=WAIT_MS)


def test_period_the_wrong_way_round_is_refused(qtbot, page):
    page.select_kind("notice")
    page.set_period(dt.date(2026, 11, 10), dt.date(2026, 11, 1))
    qtbot.mouseClick(page.show_button, Qt.LeftButton)
    assert page.error_label.isVisible()
    assert "晚于" in page.error_label.text()
    assert not page.is_busy()


def test_proxy_receipt_with_a_bad_case_number_says_so_in_chinese(qtbot, page):
    page.select_kind("proxy-receipt")
    assert page.case_combo.isVisible() and not page.from_edit.isVisible()
    qtbot.keyClicks(page.case_edit, "2026-9999")
    with qtbot.waitSignal(page.failed, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(page.case_edit, Qt.Key_Return)
    message = blocker.args[0]
    assert "没有找到案件编号为 2026-9999" in message
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert page.error_label.isVisible()
    assert page.error_label.text() == message
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()


def test_proxy_receipt_picked_from_the_list(qtbot, page, tmp_path):
    page.select_kind("proxy-receipt")
    assert page.case_combo.count() > 0, "the demo has proxy matters with documents taken"
    number = page.case_combo.itemData(0)
    page.case_combo.activated.emit(0)  # as when the officer picks the first line
    qtbot.waitUntil(page.is_ready, timeout=WAIT_MS)
    assert page.case_number() == number
    saved = page.save_to(tmp_path / "receipt.pdf")
    assert number in pdf_text(saved)


def test_empty_case_number_is_asked_for(qtbot, page):
    page.select_kind("mediation")
    page.set_case_number("")
    qtbot.mouseClick(page.show_button, Qt.LeftButton)
    assert page.error_label.isVisible() and page.error_label.text()
    assert not page.is_busy()


def test_notice_on_a3(qtbot, page, tmp_path):
    page.select_kind("notice")
    assert page.paper_combo.isVisible()
    page.set_paper("A3")
    show(qtbot, page)
    saved = page.save_to(tmp_path / "notice.pdf")
    box = PdfReader(str(saved)).pages[0].mediabox
    short, long = sorted((float(box.width), float(box.height)))
    assert abs(short - 842) < 2 and abs(long - 1191) < 2  # A3 in points


def test_editing_the_rules_changes_the_rules_pdf(qtbot, page, tmp_path):
    page.select_kind("rules")
    assert page.rules_button.isVisible()
    show(qtbot, page)
    new_rule = "每月十五日为民情恳谈日测试条款"
    assert new_rule not in pdf_text(page.current_pdf())

    qtbot.mouseClick(page.rules_button, Qt.LeftButton)
    dialog = page.rules_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.editor.toPlainText() == reporting.get_rules_text()
    dialog.editor.setPlainText("本站运行制度\n一、" + new_rule + "。\n二、值班人员热情接待来访群众。")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert not dialog.isVisible()
    assert new_rule in reporting.get_rules_text()
    qtbot.waitUntil(page.is_ready, timeout=WAIT_MS)  # the preview is made again by itself
    assert new_rule in pdf_text(page.current_pdf())

    # and the standard text can be put back
    qtbot.mouseClick(page.rules_button, Qt.LeftButton)
    dialog = page.rules_dialog
    qtbot.mouseClick(dialog.default_button, Qt.LeftButton)
    assert dialog.editor.toPlainText() == reporting.default_rules_text()
    qtbot.keyClick(dialog.editor, Qt.Key_Return, Qt.ControlModifier)  # Ctrl+Enter saves
    assert not dialog.isVisible()
    assert reporting.get_rules_text() == reporting.default_rules_text()
    qtbot.waitUntil(page.is_ready, timeout=WAIT_MS)
    assert new_rule not in pdf_text(page.current_pdf())


def test_rules_editor_escape(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page.select_kind("rules")
    page.edit_rules()
    dialog = page.rules_dialog
    qtbot.keyClick(dialog.editor, Qt.Key_Escape)  # nothing changed: just closes
    assert not dialog.isVisible()

    page.edit_rules()
    dialog = page.rules_dialog
    dialog.editor.insertPlainText("改了一半")  # (QTest cannot type Chinese)
    assert dialog.editor.document().isModified()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.No)
    qtbot.keyClick(dialog.editor, Qt.Key_Escape)  # changed: asks first, and stays
    assert asked and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    qtbot.keyClick(dialog.editor, Qt.Key_Escape)
    assert not dialog.isVisible()
    assert "改了一半" not in reporting.get_rules_text()


def test_the_window_keeps_working_while_a_long_document_is_made(qtbot, page, monkeypatch):
    """The document is laid out in a worker: while the worker is still
    laying it out (it is held until the test lets it go), the click has
    returned and the GUI thread answers an event posted to it."""
    import threading

    import reports

    real_render = reports.render
    rendering, release = threading.Event(), threading.Event()

    def held_render(kind, data, path, paper="A4", progress=None):
        rendering.set()
        release.wait(WAIT_MS / 1000)  # a slow machine: the layout takes as long as the test wants
        return real_render(kind, data, path, paper=paper, progress=progress)

    monkeypatch.setattr(reports, "render", held_render)
    page.select_kind("ledger")
    page.set_period(dt.date(TODAY.year, 1, 1), TODAY, regenerate=False)
    order = []
    page.ready.connect(lambda pages: order.append("ready"))
    try:
        qtbot.mouseClick(page.show_button, Qt.LeftButton)
        assert page.is_busy()  # the click returned while the worker runs
        assert not page.show_button.isEnabled()
        qtbot.waitUntil(rendering.is_set, timeout=WAIT_MS)  # the worker is in the layout now
        QTimer.singleShot(0, lambda: order.append(("answered", page.is_busy(), release.is_set())))
        qtbot.waitUntil(lambda: bool(order), timeout=WAIT_MS)
        assert order == [("answered", True, False)], "the GUI thread did not answer while the worker ran"
    finally:
        release.set()
    qtbot.waitUntil(page.is_ready, timeout=WAIT_MS)
    assert order == [("answered", True, False), "ready"]
    assert page.document.pageCount() >= 2


def test_print_to_a_printer(qtbot, page, tmp_path):
    page.select_kind("ledger")
    show(qtbot, page)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    page._prepare_printer(printer)
    printer.setResolution(72)
    assert page.print_to(printer) == page.document.pageCount()
    # the officer saw it go page by page, to the end
    assert page.progress.maximum() == page.progress.value() == page.document.pageCount()
    reader = PdfReader(str(out))
    assert len(reader.pages) == page.document.pageCount()
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # the ledger is landscape

    # only the pages asked for in the print dialog
    again = tmp_path / "page2.pdf"
    printer.setOutputFileName(str(again))
    printer.setPrintRange(QPrinter.PageRange)
    printer.setFromTo(2, 2)
    assert page.print_to(printer) == 1
    assert len(PdfReader(str(again)).pages) == 1


def test_the_window_keeps_working_while_pages_go_to_the_printer(qtbot, page, tmp_path):
    """Pages are drawn for the printer in a worker thread: the event loop runs
    (timers fire, the progress bar moves) while a many-page ledger prints."""
    from PySide6.QtCore import QTimer

    page.select_kind("ledger")
    show(qtbot, page)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page._prepare_printer(printer)
    ticks, seen = [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    page.progress.valueChanged.connect(seen.append)
    printed = page.print_to(printer)
    timer.stop()
    assert printed == page.document.pageCount() >= 2
    assert ticks, "the GUI thread was blocked while printing"
    assert seen[-1] == printed and len(seen) >= 2
    assert page.print_button.isEnabled()


def test_keyboard_only(qtbot, page):
    """Arrow keys pick a document, Enter shows it; Tab goes on to the period."""
    page.kind_list.setFocus()
    page.kind_list.setCurrentRow(0)
    for _ in range(reporting.KINDS.index("workflow")):
        qtbot.keyClick(page.kind_list, Qt.Key_Down)
    assert page.kind() == "workflow"
    assert page.paper_combo.isVisible()  # the chart can be an A3 poster
    qtbot.keyClick(page.kind_list, Qt.Key_Return)
    assert page.is_busy()
    qtbot.waitUntil(page.is_ready, timeout=WAIT_MS)
    page.select_kind("ledger")
    page.kind_list.setFocus()
    qtbot.keyClick(page.kind_list, Qt.Key_Tab)
    assert page.from_edit.hasFocus()


def test_f5_opens_the_print_centre(qtbot, demo_ctx):
    from ui.main_window import MainWindow

    window = MainWindow(demo_ctx.station, demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key_F5)
    assert window.pages.currentWidget() is window.print_page
    assert window.print_button.text() == "打印 (F5)"
    qtbot.waitUntil(window.print_page.is_ready, timeout=WAIT_MS)
    assert window.print_page.document.pageCount() >= 1
    assert window.print_button.isChecked()
    assert window.print_page.kind_list.hasFocus()
    qtbot.keyClick(window, Qt.Key_F1)
    assert window.pages.currentWidget() is window.home_page
    window.print_page.wait_for_worker()


@pytest.mark.skipif(not os.environ.get("DESK_SCREENSHOTS"), reason="set DESK_SCREENSHOTS=1")
def test_screenshot(qtbot, demo_ctx):
    from ui.main_window import MainWindow

    window = MainWindow(demo_ctx.station, demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_print()
    page = window.print_page
    page.select_kind("ledger")
    page.set_period(dt.date(2026, 11, 1), TODAY, regenerate=False)
    show(qtbot, page)
    qtbot.wait(300)
    target = ROOT / "docs" / "screenshots" / "print-centre.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(target))




def test_a_villagers_own_records_for_the_head_and_refused_to_a_clerk(qtbot, page, tmp_path):
    """Issue 16: the station head picks the villager and prints their records;
    a clerk sees the refusal in plain Chinese and no document."""
    from models.core import access
    from models.core.schema import Concern, Staff, Villager

    page.select_kind("villager-record")
    assert page.case_combo.isVisible() and page.case_label.text() == "村民(&V)"
    assert page.case_combo.count() > 0
    villager = Villager.get_by_id(page.case_combo.itemData(0))
    numbers = [c.case_number for c in Concern.select().where(Concern.villager == villager)]
    head = Staff.get((Staff.station == page.ctx.station) & (Staff.role == "head"))
    with access.acting_as(access.actor_for(head)):
        page.case_combo.activated.emit(0)
        qtbot.waitUntil(page.is_ready, timeout=WAIT_MS)
        saved = page.save_to(tmp_path / "record.pdf")
    text = pdf_text(saved).replace(" ", "")
    assert villager.name in text and "村民个人记录" in text
    assert all(n in text for n in numbers), numbers
    assert villager.id not in page.default_file_name()
    clerk = Staff.get((Staff.station == page.ctx.station) & (Staff.role == "clerk"))
    with access.acting_as(access.actor_for(clerk)):
        page.set_case_number(villager.id)
        with qtbot.waitSignal(page.failed, timeout=WAIT_MS) as blocker:
            qtbot.mouseClick(page.show_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert "不能打印村民本人的全部记录" in blocker.args[0] and "请找站长" in blocker.args[0]
    assert page.error_label.isVisible() and not page.save_button.isEnabled()
