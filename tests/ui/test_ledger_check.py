"""核对打印过的台账, as a township inspector does it at the village desk: the
check code read off a real printed ledger (pdftotext), typed into the print
centre's dialog; a mistyped code, a code the chain does not hold, and an
early record rewritten with every hash recomputed."""
from __future__ import annotations

import re
import sqlite3
import subprocess
from contextlib import closing

from PySide6.QtCore import Qt

import reports
from models.core.db import db
from models.figures import reporting
from models.safety import audit
from tests.conftest import TODAY
from ui.print_centre import PrintCentre

WAIT_MS = 60_000


def _printed_code(station, tmp_path) -> str:
    pdf = tmp_path / "台账.pdf"
    reports.render("ledger", reporting.report_data("ledger", station, TODAY.replace(month=1, day=1), TODAY),
                   pdf, paper="A4")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    m = re.search(r"核对码：(\d+:[0-9a-f]{16})", text)
    assert m, text[-300:]
    return m.group(1)


def _check(qtbot, dialog, typer, code: str) -> str:
    dialog.code_edit.clear()
    typer(dialog.code_edit, code)
    qtbot.keyClick(dialog.code_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.check_button.isEnabled(), timeout=WAIT_MS)
    return dialog.result_label.text()


def test_a_printed_ledger_checked_from_the_print_centre(qtbot, demo_ctx, typer, tmp_path):
    code = _printed_code(demo_ctx.station, tmp_path)
    centre = PrintCentre(demo_ctx)
    qtbot.addWidget(centre)
    centre.show()
    assert centre.check_ledger_button.text() == "核对打印过的台账…"
    qtbot.mouseClick(centre.check_ledger_button, Qt.LeftButton)
    dialog = centre.ledger_check
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "核对打印过的台账"
    assert dialog.focusWidget() is dialog.code_edit  # type straight away

    # a mistyped code: said in words, nothing checked
    typer(dialog.code_edit, "第五页")
    qtbot.keyClick(dialog.code_edit, Qt.Key_Return)
    assert dialog.error_label.isVisible() and dialog.error_label.text()
    assert dialog.report is None

    assert "没有被改动或删掉" in _check(qtbot, dialog, typer, code)
    assert dialog.report.ok and not dialog.error_label.isVisible()

    seq, digest = code.split(":")
    wrong = "0" * 16 if digest != "0" * 16 else "1" * 16
    said = _check(qtbot, dialog, typer, f"{seq}:{wrong}")
    assert not dialog.report.ok and "对不上" in said and "打印之前的记录被改过" in said
    said = _check(qtbot, dialog, typer, f"{int(seq) + 1000}:{digest}")
    assert "后面的记录被删掉了" in said

    # someone rewrites who made an early entry and recomputes every hash
    path = db.obj.database
    with closing(sqlite3.connect(path)) as con, con:
        audit.register_functions(con)
        con.execute("DROP TRIGGER audit_log_append_only_u")
        rows = con.execute("SELECT seq, at_utc, actor_name, actor_staff_id, table_name, row_key, op, "
                           "data FROM audit_log ORDER BY seq").fetchall()
        prev = audit.GENESIS
        for s, at, actor, staff, table, key, op, data in rows:
            if s == 5:
                actor = "别人"
            h = audit.entry_hash(prev, s, at, actor, staff, table, key, op, data)
            con.execute("UPDATE audit_log SET actor_name = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                        (actor, prev, h, s))
            prev = h
        con.execute("CREATE TRIGGER audit_log_append_only_u BEFORE UPDATE ON audit_log "
                    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    said = _check(qtbot, dialog, typer, code)
    assert not dialog.report.ok and "打印之前的记录被改过" in said
