"""Before the desk opens its data file: is it one it can open and write? (issue 14)

``check_data_file`` looks at the file without writing to it — its size, its
first 100 bytes (SQLite's header), its tables read through a read-only
connection — and at its folder (writable, space left). A file that is not
the desk's, or is damaged, from a newer version, on a read-only or full
disk, is refused with ``FileProblem``: plain Chinese saying what is wrong
and what to do (which backup to restore, how), before anything could change
it. A missing file is no problem: the desk makes a new one. A 0-byte file
is: SQLite would silently make it a new, empty desk.

``explain`` turns an SQLite or OS error met later (a damaged page in the
middle of the file, the disk filling up) into the same kind of sentence.

Cheap on any size of file (no page is read but the first); SQLite's full
check (``models.safety.integrity``) runs in the background after start-up.
"""
from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from models.core import migrations
from models.core.errors import ValidationError

MAGIC = b"SQLite format 3\x00"
MIN_FREE_BYTES = 1 << 20  # below this the desk cannot even start its write-ahead log

# tables every data file of this desk has had since its first version
_OURS = ("schema_version", "station", "concern", "visit", "villager")

KINDS = ("folder", "empty", "not_sqlite", "truncated", "foreign", "newer", "damaged",
         "read_only", "disk_full", "missing_folder")


class FileProblem(ValidationError):
    """The data file cannot be used; ``message`` says why and what to do.
    Nothing has been changed."""

    def __init__(self, kind: str, message: str):
        super().__init__(message, None)
        self.kind = kind


def _backups_hint(path: Path) -> str:
    """Which backup to restore, and how."""
    from models.safety.backup import backups_folder, list_backups

    try:
        found = [b for b in list_backups(backups_folder(path)) if b.path.stat().st_size > 0]
    except OSError:
        found = []
    if not found:
        folder = path.parent / "backups"
        return (f"这个文件夹里没有找到备份（{folder}）。如果另外存过备份（U盘上），"
                f"请用命令 python main.py --data-dir \"{path.parent}\" restore 备份文件 --yes 恢复；"
                "没有备份就请联系县里的技术人员，不要删除这个文件。")
    newest = max(found, key=lambda b: b.order)
    return (f"最新的备份是 {newest.path.name}（{newest.made_at:%Y-%m-%d %H:%M}）。"
            f"恢复它：在命令行运行 python main.py --data-dir \"{path.parent}\" restore "
            f"\"{newest.path}\" --yes（现在这个文件会先另存一份，不会丢）；"
            "拿不准就请联系县里的技术人员。")


def _refuse(kind: str, path: Path, what: str, todo: str | None = None) -> FileProblem:
    return FileProblem(kind, f"数据文件 {path} {what}。没有打开，也没有改动它。"
                             + (todo if todo is not None else _backups_hint(path)))


def _header_problem(path: Path, size: int) -> FileProblem | None:
    with open(path, "rb") as f:
        head = f.read(100)
    if len(head) < 100 or not head.startswith(MAGIC):
        return _refuse("not_sqlite", path, "不是本工作台的数据文件，也不是数据库"
                                           "（可能已经损坏，或被别的文件覆盖了）")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return _refuse("damaged", path, "的文件头已经损坏")
    pages = int.from_bytes(head[28:32], "big")
    counter_ok = head[24:28] == head[92:96]  # the page count is valid only then
    if size % page_size or (counter_ok and pages * page_size > size):
        expected = f"应有 {pages * page_size} 字节，" if counter_ok and pages else ""
        return _refuse("truncated", path, f"不完整（{expected}只有 {size} 字节）：可能拷贝时断了，或磁盘出了问题")
    return None


def read_only_uri(path: os.PathLike | str) -> str:
    """An SQLite URI that reads ``path`` and writes nothing beside it; on a
    read-only or full disk (where no lock or ``-shm`` file can be made) immutable."""
    path = Path(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    if not os.access(path.parent, os.W_OK) or _free(path.parent) < MIN_FREE_BYTES:
        uri += "&immutable=1"
    return uri


def _free(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return MIN_FREE_BYTES


def _content_problem(path: Path) -> FileProblem | None:
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        con.text_factory = lambda b: b.decode("utf-8", "replace")
    except sqlite3.Error as exc:
        return _refuse("damaged", path, f"打不开（{exc}）")
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None  # a new, empty database: the desk sets it up
        missing = [t for t in _OURS if t not in tables]
        if missing:
            shown = "、".join(sorted(tables)[:5]) + ("等" if len(tables) > 5 else "")
            return _refuse("foreign", path, f"是别的软件的数据库（里面的表是 {shown}），不是本工作台的数据",
                           "请检查是不是放错了文件：把它移走，换回本工作台的数据文件，"
                           "或者恢复一份本工作台的备份。" + _backups_hint(path))
        version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        if version > migrations.LATEST:
            return _refuse("newer", path, f"是较新版本的软件建立的（数据版本 {version}，"
                                          f"本软件只认识到 {migrations.LATEST}）",
                           "请安装新版本的工作台软件再打开；不要用旧版本恢复备份，免得丢失新版本里的记录。")
    except sqlite3.DatabaseError as exc:
        return _refuse("damaged", path, f"已经损坏，读不出来（{exc}）")
    finally:
        con.close()
    return None


def _folder_problem(path: Path) -> FileProblem | None:
    folder = path.parent
    if not folder.is_dir():
        return None  # made when the desk opens a new file
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return FileProblem("read_only", f"数据文件 {path} 所在的位置只能读、不能写（只读的磁盘、U盘或文件夹）。"
                                        "没有打开，也没有改动它。请把数据文件夹放到可以写入的磁盘上，"
                                        "或去掉只读设置（U盘上的写保护开关），再打开工作台。")
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    if free < MIN_FREE_BYTES:
        return FileProblem("disk_full", f"数据文件 {path} 所在的磁盘已经满了（只剩 {free // 1024} KB）。"
                                        "没有打开，也没有改动数据文件。请删掉这块磁盘上不要的文件"
                                        "（不要删数据文件夹里的文件），腾出空间后再打开工作台。")
    return None


def check_data_file(path: os.PathLike | str, writable: bool = True) -> None:
    """Raise ``FileProblem`` when the data file at ``path`` cannot be used
    (see the module's doc); return when it is sound or does not exist yet."""
    path = Path(path)
    if path.is_dir():
        raise FileProblem("folder", f"{path} 是一个文件夹，不是数据文件。没有改动它。"
                                    "请用 --data-dir 指定数据文件夹（里面的 station.sqlite3 是数据文件）。")
    if path.exists():
        try:
            size = path.stat().st_size
            if size == 0:
                raise _refuse("empty", path, "是空的（0 字节），里面没有任何记录；不会把它当成一个新的工作台")
            problem = _header_problem(path, size) or _content_problem(path)
        except OSError as exc:
            raise _refuse("damaged", path, f"读不出来（{exc.strerror or exc}）") from exc
        if problem is not None:
            raise problem
    if writable:
        problem = _folder_problem(path)
        if problem is not None:
            raise problem


def explain(exc: BaseException, path: os.PathLike | str | None = None) -> str | None:
    """A plain sentence for an SQLite or OS error about the data file, or
    None when ``exc`` is not one."""
    text = str(exc).lower()
    where = f"数据文件 {path}" if path else "数据文件"
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in text \
            or "database or disk is full" in text:
        return (f"磁盘已经满了，{where}写不进去。这一步没有完成，已经保存的记录没有改动。"
                "请删掉这块磁盘上不要的文件（不要删数据文件夹里的文件），腾出空间后再做一次。")
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) \
            or "readonly" in text or "read-only" in text:
        return (f"{where}所在的位置只能读、不能写。这一步没有完成，记录没有改动。"
                "请把数据文件夹放到可以写入的磁盘上，或去掉只读设置，再做一次。")
    if "malformed" in text or "not a database" in text or "corrupt" in text or "disk i/o" in text:
        hint = _backups_hint(Path(path)) if path else "请从备份恢复。"
        return f"{where}已经损坏（{exc}）。这一步没有完成。{hint}"
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.split(".")[0] == "peewee":
        return f"{where}出了问题（{exc}），这一步没有完成。请把这句话告诉县里的技术人员。"
    return None
