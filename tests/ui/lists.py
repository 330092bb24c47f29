"""Waiting for a list that reads itself off the GUI thread (ui.concern_table)."""
from __future__ import annotations

TIMEOUT_MS = 20000  # a guard against hanging only


def loaded(qtbot, thing) -> None:
    """Until ``thing`` (a ConcernTable or a page with ``loading``) has shown what it read."""
    qtbot.waitUntil(lambda: not thing.loading, timeout=TIMEOUT_MS)


def read_all(qtbot, table) -> None:
    """Every page of the table's list, as scrolling to its end would read them."""
    loaded(qtbot, table)
    while table.can_fetch_more():
        table.fetch_more()
        loaded(qtbot, table)
