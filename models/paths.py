"""Where the program's own files are: the source tree when run with Python,
the bundle folder when run as the installed (PyInstaller) program.

Everything that reads a file under ``resources/`` (fonts, translations, the
default operating-rules text) asks ``resource_path`` instead of building a path
from its own ``__file__``, so the same code works in both. No Qt here.
"""
from __future__ import annotations

import sys
from pathlib import Path


def is_frozen() -> bool:
    """True when running as the bundled program built by PyInstaller."""
    return bool(getattr(sys, "frozen", False))


def app_root() -> Path:
    """The folder that holds ``resources/``: the bundle's data folder when
    frozen (``sys._MEIPASS``, e.g. ``_internal/`` beside the .exe), else the
    source tree (the folder of main.py)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A path under ``resources/``, e.g. ``resource_path("fonts")``."""
    return app_root().joinpath("resources", *parts)
