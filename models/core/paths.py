"""Where things are: the station's data folder and database file, and the
program's own files (the source tree when run with Python, the bundle
folder when run as the installed PyInstaller program).

Everything that reads a file under ``resources/`` (fonts, translations, the
default operating-rules text) asks ``resource_path`` instead of building a path
from its own ``__file__``, so the same code works in both. No Qt here.
"""
from __future__ import annotations

import os
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
    return Path(__file__).resolve().parents[2]  # models/core/paths.py


def resource_path(*parts: str) -> Path:
    """A path under ``resources/``, e.g. ``resource_path("fonts")``."""
    return app_root().joinpath("resources", *parts)


# ---------------------------------------------------------------- the data folder

DB_FILENAME = "station.sqlite3"


def default_data_dir() -> Path:
    """The per-user data folder (appdirs), e.g. ~/.local/share/village-desk."""
    import appdirs

    return Path(appdirs.user_data_dir("village-desk", "village-desk"))


def database_path(data_dir: os.PathLike | str | None) -> Path:
    base = Path(data_dir) if data_dir else default_data_dir()
    return base / DB_FILENAME


DEMO_DIR = "demo"


def demo_database_path(data_dir: os.PathLike | str | None) -> Path:
    """The demo station's own database, in the ``demo`` sub-folder of the
    data folder: trying the demo from the first-run screen never touches the
    real database beside it."""
    return database_path(data_dir).parent / DEMO_DIR / DB_FILENAME
