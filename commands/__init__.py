"""Command-line commands that belong to one feature each (sync, backups,
verification, ...). ``main.py`` keeps the parser and the everyday commands;
each module named in ``MODULES`` adds its own sub-commands through
``register(sub, commands)``: ``sub`` is argparse's sub-parser collection and
``commands`` maps a command's name to its handler ``f(args) -> int``.
"""
from __future__ import annotations

import importlib

MODULES: list[str] = ["sync", "verify", "backup", "accounts", "oversight", "extension", "overdue",
                     "followup", "villager_record"]


def register_all(sub, commands: dict) -> None:
    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub, commands)
