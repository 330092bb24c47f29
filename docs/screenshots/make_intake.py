#!/usr/bin/env python3
"""Render the intake dialog (接待来访) to PNG, on demo data, in Simplified Chinese:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_intake.py

intake.png: a returning villager found by pinyin initials, two concerns, the
first answered on the spot. intake-error.png: the same visit with the summary
of the second concern left empty, as the officer sees the refusal.
intake-registered.png: the case numbers shown once it is saved.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = dt.datetime(2026, 11, 20, 9, 30)


def main() -> int:
    from models.safety.opening import close_database, open_database
    from models.samples.demo import build_demo
    from models.station import stations
    from ui import style
    from ui.app import make_app
    from ui.context import DeskContext
    from ui.intake_dialog import IntakeDialog

    app = make_app(sys.argv[:1])
    style.apply(app)
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "station.sqlite3")
        station = build_demo(end=NOW.date())
        officer = stations.active_staff(station)[0]
        ctx = DeskContext(station, officer, today=lambda: NOW.date(), now=lambda: NOW)

        dialog = IntakeDialog(ctx)
        dialog.resize(1240, 700)  # its size on a 1280 x 800 desk (offscreen's screen is smaller)
        dialog.show()
        first = sorted(station.villagers, key=lambda v: v.name)[0]
        dialog.search_edit.setText(first.pinyin_initials)
        dialog.add_current_result()
        form = dialog.current_form()
        form.function_combo.setCurrentIndex(form.function_combo.findData("suggestion"))
        form.rule_combo.setCurrentIndex(form.rule_combo.findData("answer_on_spot"))
        form.summary_edit.setText("问今年医保个人缴费标准")
        form.details_edit.setPlainText("家里四口人，想知道今年每人交多少、到哪里交。")
        form.answer_edit.setPlainText("今年个人缴费每人380元，12月底前到村委会或用手机缴费。")
        form.satisfaction_combo.setCurrentIndex(form.satisfaction_combo.findData("satisfied"))
        second = dialog.add_concern()
        second.function_combo.setCurrentIndex(second.function_combo.findData("suggestion"))
        second.rule_combo.setCurrentIndex(second.rule_combo.findData("time_limited"))
        second.details_edit.setPlainText("屯口水沟堵了，一下雨路上就积水。")
        dialog.tabs.setCurrentIndex(0)
        app.processEvents()
        dialog.grab().save(str(HERE / "intake.png"))

        dialog.save()  # the second concern has no summary: refused, nothing saved
        app.processEvents()
        dialog.grab().save(str(HERE / "intake-error.png"))

        second.summary_edit.setText("屯口水沟积水")
        dialog.save()  # saved: the case numbers to read out to the villager
        app.processEvents()
        dialog.confirmation.grab().save(str(HERE / "intake-registered.png"))
        dialog.confirmation.done(0)
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
