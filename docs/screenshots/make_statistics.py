#!/usr/bin/env python3
"""Render the statistics screen (F6) and the first page of the printed
statistics report on the Ningming county dataset (``demo --ningming``):
the county desk, the year 2014 — 690 visitors, 652 concerns, 613 resolved,
35 pending, 4 others.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_statistics.py

Writes statistics.png, statistics-ranking.png (scrolled to the stations'
ranking) and report-stats.png next to this script.
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2014, 11, 28)


def main() -> int:
    import reports
    from models.figures import reporting
    from models.safety.opening import close_database, open_database
    from models.samples.ningming import build_ningming
    from ui import style
    from ui.app import make_app
    from ui.context import DeskContext

    app = make_app(sys.argv[:1])
    style.apply(app)
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "station.sqlite3")
        county = build_ningming()
        from ui.main_window import MainWindow

        window = MainWindow(county, DeskContext(county, today=lambda: TODAY))
        window.resize(1280, 1000)
        window.show()
        window.show_statistics()
        window.stats_page.kind_combo.setCurrentIndex(2)   # the year
        app.processEvents()
        window.grab().save(str(HERE / "statistics.png"))
        from PySide6.QtWidgets import QScrollArea

        scroll = window.stats_page.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        app.processEvents()
        window.grab().save(str(HERE / "statistics-ranking.png"))
        window.close()

        data = reporting.report_data("stats", county, dt.date(2014, 1, 1), dt.date(2014, 12, 31),
                                     today=TODAY)
        pdf = Path(tmp) / "stats.pdf"
        reports.render("stats", data, pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(HERE / "report-stats")], check=True)
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
