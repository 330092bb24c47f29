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

    from models.safety.file_check import check_data_file

    path = database_path(data_dir)
    if must_exist and not path.exists():
        sys.exit(f"还没有数据库：{path}\n请先运行 python main.py 设置站点，或运行 python main.py demo 生成演示数据。")
    check_data_file(path)  # FileProblem: damaged, foreign, newer, read-only, full (main.py says it)
    open_database(path)
    return path


def acquire_data_folder(folder: Path):
    """Lock ``folder`` for this process; None if another desk has it open.
    A lock left by a crashed desk (its process gone) is taken over."""
    from PySide6.QtCore import (
        QLockFile,  # QtCore only: the same lock file on Windows and Linux
    )

    from models.safety.file_check import FileProblem, explain

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileProblem("read_only", explain(exc, folder)
                          or f"数据文件夹 {folder} 建不起来（{exc.strerror or exc}），数据没有改动。") from exc
    lock = QLockFile(str(folder / "desk.lock"))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if lock.tryLock(200):
        return lock
    if lock.removeStaleLockFile() and lock.tryLock(200):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        # not another desk: the folder cannot be written (read-only, full)
        _raise_unwritable(folder)
    return None


def _raise_unwritable(folder: Path) -> None:
    import shutil

    from models.safety.file_check import MIN_FREE_BYTES, FileProblem

    try:
        full = shutil.disk_usage(folder).free < MIN_FREE_BYTES
    except OSError:
        full = False
    if full:
        raise FileProblem("disk_full", f"数据文件夹 {folder} 所在的磁盘已经满了，工作台没有打开，数据没有改动。"
                                       "请删掉这块磁盘上不要的文件（不要删数据文件夹里的文件），腾出空间后再打开。")
    raise FileProblem("read_only", f"数据文件夹 {folder} 不能写入（只读的磁盘、U盘，或没有权限），"
                                   "工作台没有打开，数据没有改动。请把数据文件夹放到可以写入的磁盘上，"
                                   "或去掉只读设置（U盘上的写保护开关），再打开。")
