"""What every command needs: the data folder's database, opened; and the
data folder's lock, which the desk window takes too (one desk per folder)."""
from __future__ import annotations

import sys
from pathlib import Path


def open_data(data_dir, must_exist: bool = True) -> Path:
    """Open the database in ``data_dir`` (the user's data folder if None) and
    return its path; exit with a plain message if there is none yet."""
    from models.core.paths import database_path
    from models.safety.opening import open_database

    path = database_path(data_dir)
    if must_exist and not path.exists():
        sys.exit(f"还没有数据库：{path}\n请先运行 python main.py 设置站点，或运行 python main.py demo 生成演示数据。")
    open_database(path)
    return path


def acquire_data_folder(folder: Path):
    """Lock ``folder`` for this process; None if another desk has it open.
    A lock left by a crashed desk (its process gone) is taken over."""
    from PySide6.QtCore import (
        QLockFile,  # QtCore only: the same lock file on Windows and Linux
    )

    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "desk.lock"))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if lock.tryLock(200):
        return lock
    if lock.removeStaleLockFile() and lock.tryLock(200):
        return lock
    return None
