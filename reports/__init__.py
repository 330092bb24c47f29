"""The printed documents, laid out with reportlab from plain data.

    from models.figures.reporting import report_data
    data = report_data("ledger", station, date_from, date_to)
    pages = reports.render("ledger", data, "台账.pdf", paper="A4",
                           progress=lambda done, total: ...)

``render`` writes the PDF atomically (a temporary file, then a rename) and
returns its page count. ``progress(done, total)`` is called as rows and pages
are laid out; it may be called from a worker thread and must not touch
widgets directly. Nothing here reads the database or imports Qt.
"""
from __future__ import annotations

import importlib

# kind → module in this package; each has render(data, path, paper, progress) and PAPERS.
MODULES = {
    "ledger": "ledger",
    "notice": "notice",
    "time-limited": "notice",
    "roster": "roster",
    "workflow": "workflow_chart",
    "rules": "rules",
    "cards": "cards",
    "proxy-receipt": "receipts",
    "mediation": "receipts",
    "stats": "stats",
    "appointments": "appointments",
    "sync-trips": "sync_trips",
    "extension": "extension",   # 延期告知书
    "oversight": "oversight",   # 督办/催办通知单: printed from the notice (main.py oversight print)
    "villager-record": "villager_record",  # 村民个人记录: one person's own records, at their request
}


def _module(kind: str):
    if kind not in MODULES:
        raise ValueError(f"没有这种文书：{kind}")
    return importlib.import_module(f"{__name__}.{MODULES[kind]}")


def papers(kind: str) -> tuple[str, ...]:
    """The paper sizes a document can be printed on."""
    mod = _module(kind)
    return getattr(mod, "PAPERS_BY_KIND", {}).get(kind, mod.PAPERS)


def render(kind: str, data, path, paper: str = "A4", progress=None) -> int:
    """Write document ``kind`` built from ``data`` to ``path``; returns the page count."""
    from .common import register_fonts

    mod = _module(kind)
    register_fonts()
    if paper not in papers(kind):
        title = getattr(data, "title", kind)
        raise ValueError(f"“{title}”只能用 {'、'.join(papers(kind))} 纸打印，不能用 {paper}。")
    if kind == "proxy-receipt":
        return mod.render_proxy_receipt(data, path, paper, progress)
    if kind == "mediation":
        return mod.render_mediation(data, path, paper, progress)
    return mod.render(data, path, paper, progress)
