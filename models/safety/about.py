"""The program's version, and what the About box (关于) shows: the app
version, the schema version, the data folder and the database's size.

``APP_VERSION`` lives here (not in main.py) so the command line, the GUI and
the installer scripts can all read it without importing main.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

APP_VERSION = "0.1.0"


@dataclass(frozen=True)
class AboutInfo:
    app_version: str
    schema_version: int      # the open database's
    latest_schema: int       # the newest this program knows
    database_path: Path
    data_folder: Path
    database_bytes: int      # the file and its write-ahead log together
    backups: int             # copies in the backups folder (models/safety/backup.py, models/safety/upgrade.py)
    python_version: str
    frozen: bool             # running as the installed bundle


def database_size(path: Path) -> int:
    """Bytes on disk of a SQLite file with its -wal and -shm companions."""
    total = 0
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            total += p.stat().st_size
        except OSError:
            pass
    return total


def human_size(n: int) -> str:
    """1536 -> '1.5 KB'; plain units a clerk can read out over the phone."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError  # unreachable


def about_info() -> AboutInfo:
    """Facts about the running program and the open database."""
    from models.core import migrations, paths
    from models.core.db import db
    from models.safety import upgrade

    path = Path(db.obj.database).resolve()
    backup_dir = path.parent / upgrade.BACKUP_DIRNAME
    return AboutInfo(
        app_version=APP_VERSION,
        schema_version=upgrade.read_version(db.obj),
        latest_schema=migrations.MIGRATIONS[-1][0],
        database_path=path,
        data_folder=path.parent,
        database_bytes=database_size(path),
        backups=len(list(backup_dir.glob("*.sqlite3"))) if backup_dir.is_dir() else 0,
        python_version=sys.version.split()[0],
        frozen=paths.is_frozen(),
    )
