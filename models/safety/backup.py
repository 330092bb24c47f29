"""Backups and restore: made without thinking, checked before they are trusted.

Every copy of the database is made the same way (``copy_database``, also used
by ``models.safety.upgrade`` before a migration):

1. one read transaction on the source: the row count of every table and the
   schema version are read, and SQLite's online backup API
   (``sqlite3.Connection.backup``) copies the pages, all from one snapshot —
   never a raw copy of the live file, which could miss what is still in the
   WAL or catch a page half-written; the desk may keep writing meanwhile,
2. the copy is written under a temporary name (``….partial``) and made one
   self-contained file (journal mode DELETE, no ``-wal`` beside it),
3. the copy is opened again and checked: ``PRAGMA integrity_check`` is ``ok``,
   the schema version and the row count of every table equal the source's,
4. it is flushed to the disk (fsync), renamed into place, and the folder is
   flushed too.

A copy that fails any check is deleted and ``BackupError`` says why in plain
Chinese; the database itself is never changed by a backup.

Where: ``<data folder>/backups/`` (the data folder is the database file's
folder), named ``<stem>-<station code>-<YYYYMMDD-HHMMSS>-<kind>-g<number>.sqlite3`` in
local time, kind ``auto``, ``manual`` or ``before-restore``; the copies made
before an upgrade keep their own name (``models.safety.upgrade.backup_path``). The
number counts the backups made into that folder (1, 2, 3, …): backups are
ordered by it, not by the time in their name, because the PC's clock may be
wrong — a desk that ran ten days at 2035 and was then corrected still knows
which backups are its newest. Names from before the number (no ``-g``)
count as older than every numbered one, and among themselves by their time.
Optionally each automatic and manual backup is also copied to a second
folder (a USB stick), chosen on the desk and kept in
``<data folder>/backup-settings.json`` — a setting of this computer, not of
the station's records, so restoring an old backup does not change it. A
missing stick is reported in one plain sentence; the backup on this computer
is made all the same.

Rotation (``retention``), applied after every automatic backup to the
automatic backups of this desk (same name prefix) in that folder — manual,
"before restore" and "before upgrade" copies are never deleted by it:

- daily: the newest automatic backup of each of the 7 most recent calendar
  days that have one;
- weekly: the newest of each of the 4 most recent ISO weeks (Monday to
  Sunday) that have one;
- monthly: the newest of each of the 12 most recent calendar months that
  have one.

A backup kept by any rule stays (at most 7 + 4 + 12 = 23 files, usually about
20 as the rules overlap); every other automatic backup is deleted. Counting
periods *that have a backup* (as restic's ``--keep-daily`` does) means a desk
left off for a month still keeps its last 7 days of work. In lists a kept
backup is called by the first rule that keeps it: daily, else weekly, else
monthly. Automatic backups are made when the desk starts if there is none
from today, by a timer if the desk stays open over midnight, and every time
the desk closes (so today's file is the newest state of today).

Restoring a backup: ``models.safety.restore``.
"""
from __future__ import annotations

import datetime as dt
import glob
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from models.core import access, clock
from models.core.errors import ValidationError
from models.safety import backup_status

BACKUP_DIRNAME = "backups"
SETTINGS_FILE = "backup-settings.json"

AUTO, MANUAL, BEFORE_RESTORE, BEFORE_UPGRADE = "auto", "manual", "before-restore", "before-upgrade"
DAILY, WEEKLY, MONTHLY = "daily", "weekly", "monthly"
KEEP = ((DAILY, 7), (WEEKLY, 4), (MONTHLY, 12))

SUFFIX = ".sqlite3"
_NAME = re.compile(r"^(?P<prefix>.+?)-(?P<stamp>\d{8}-\d{6})-(?P<kind>auto|manual|before-restore)"
                   r"(?:-(?P<n>\d+))?(?:-g(?P<gen>\d+))?\.sqlite3$")
_UPGRADE_NAME = re.compile(r"^(?P<prefix>.+)-v\d+-before-upgrade-(?P<stamp>\d{8}-\d{6})\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"

# Tables a file must have to be a backup of this app.
REQUIRED_TABLES = ("schema_version", "setting", "station", "villager", "visit", "concern")


class BackupError(RuntimeError):
    """A copy could not be made, did not check out, or a file is not a sound
    backup of this app. ``message`` is plain Chinese; nothing was changed."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# ---------------------------------------------------------------- one copy
@dataclass(frozen=True)
class Copy:
    path: Path
    version: int
    counts: dict[str, int]


def table_counts(con: sqlite3.Connection) -> dict[str, int]:
    """The row count of every ordinary table (virtual tables are counted
    through their shadow tables, which hold their data)."""
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
    return {n: con.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


def schema_version(con: sqlite3.Connection) -> int:
    """0 when the file has no schema yet."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
                   ).fetchone() is None:
        return 0
    return con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0


def _fsync(path: Path) -> None:
    with open(path, "r+b") as f:  # Windows flushes only a handle open for writing
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    try:  # POSIX: make the rename itself durable; Windows cannot open a folder
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def open_read_only(path: Path) -> sqlite3.Connection:
    # as_uri() escapes what a URI cannot hold (#, ?, %, spaces, Chinese names)
    con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    # a damaged file's text (an integrity report quoting torn bytes) is read, never a crash
    con.text_factory = lambda b: b.decode("utf-8", "replace")
    return con


def check_copy(path: Path, version: int, counts: dict[str, int]) -> list[str]:
    """What is wrong with the copy at ``path`` (empty when it is sound, at
    ``version`` and holds ``counts`` rows)."""
    con = open_read_only(path)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            return ["完整性检查没有通过：" + "; ".join(integrity)[:200]]
        problems = []
        got = schema_version(con)
        if got != version:
            problems.append(f"数据版本是 {got}，应为 {version}")
        copied = table_counts(con)
        if copied != counts:
            differ = sorted(set(copied) | set(counts))
            problems.append("行数不一致：" + "，".join(
                f"{t} {copied.get(t)}/{counts.get(t)}" for t in differ
                if copied.get(t) != counts.get(t))[:200])
        return problems
    finally:
        con.close()


def copy_database(source: sqlite3.Connection, dest: Path, expect_version: int | None = None,
                  label: str = "备份") -> Copy:
    """Copy the database open on ``source`` to ``dest`` (see the module's
    steps 1–4) and return what was copied. ``label`` names the copy in a
    refusal ("升级前备份"). Raises ``BackupError`` and leaves no file at
    ``dest`` when the copy cannot be made or is not sound."""
    dest = Path(dest)
    partial = dest.with_name(dest.name + ".partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        own_txn = not source.in_transaction
        if own_txn:
            source.execute("BEGIN")  # one snapshot for the counts and the pages
        try:
            counts = table_counts(source)
            version = schema_version(source)
            target = sqlite3.connect(str(partial))
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                target.close()
        finally:
            if own_txn:
                source.execute("ROLLBACK")  # read only: nothing to keep
        problems = check_copy(partial, version, counts)
        if expect_version is not None and version != expect_version:
            problems.append(f"数据版本是 {version}，应为 {expect_version}")
        if problems:
            _discard(partial)
            raise BackupError(f"{label}的数据检查没有通过（{'；'.join(problems)}）。数据文件没有改动。")
        _fsync(partial)
        os.replace(partial, dest)
        _fsync_dir(dest.parent)
    except (sqlite3.Error, OSError) as exc:
        _discard(partial)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise BackupError(f"{label}失败：{reason}。数据文件没有改动。") from exc
    return Copy(dest, version, counts)


# ---------------------------------------------------------------- names, lists, rotation
@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime  # local time, from the name
    kind: str             # auto, manual, before-restore, before-upgrade
    prefix: str           # which desk made it: "<stem>-<station code>"
    size: int = 0
    shown_kind: str = ""  # daily/weekly/monthly for a kept automatic backup, else ``kind``
    n: int = 0            # the second, third... backup within one second ("-1", "-2")
    gen: int = 0          # the how-manyth backup made into its folder; 0: named before numbering

    @property
    def order(self):
        """Oldest first: by the number, then the time in the name (the clock
        may have been wrong, the number never goes back)."""
        return (self.gen, self.made_at, self.n)


def parse_name(path: Path) -> BackupFile | None:
    """The backup a file's name describes, or None for any other file."""
    path = Path(path)
    m = _NAME.match(path.name)
    kind = m.group("kind") if m else BEFORE_UPGRADE
    m = m or _UPGRADE_NAME.match(path.name)
    if m is None:
        return None
    try:
        made_at = dt.datetime.strptime(m.group("stamp"), _STAMP)
    except ValueError:
        return None
    n = int(m.groupdict().get("n") or 0)
    gen = int(m.groupdict().get("gen") or 0)
    return BackupFile(path, made_at, kind, m.group("prefix"), shown_kind=kind, n=n, gen=gen)


def backups_folder(db_path: os.PathLike | str) -> Path:
    return Path(db_path).parent / BACKUP_DIRNAME


def _safe(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z_.-]", "_", text)


def desk_prefix(db_path: os.PathLike | str, station_code: str | None) -> str:
    """The start of this desk's backup names: the database file's name and
    the station's code (so backups of several desks can share a USB stick)."""
    stem = Path(db_path).stem
    return f"{stem}-{_safe(station_code)}" if station_code else stem


def backup_name(prefix: str, made_at: dt.datetime, kind: str, gen: int = 0) -> str:
    """A backup's file name; ``gen`` is its number in its folder (names
    from before the numbers, with ``-1``, ``-2`` for a second backup in one
    second, are still read by ``parse_name``)."""
    return f"{prefix}-{made_at.strftime(_STAMP)}-{kind}" + (f"-g{gen}" if gen else "") + SUFFIX


def next_number(folder: Path, prefix: str) -> int:
    """The number the next backup of this desk into ``folder`` gets."""
    return 1 + max((f.gen for f in _files(folder) if f.prefix == prefix), default=0)


def _unique(folder: Path, prefix: str, made_at: dt.datetime, kind: str) -> Path:
    gen = next_number(folder, prefix)
    while (folder / backup_name(prefix, made_at, kind, gen)).exists() or \
            (folder / (backup_name(prefix, made_at, kind, gen) + ".partial")).exists():
        gen += 1  # another backup of this desk is being made this very second
    return folder / backup_name(prefix, made_at, kind, gen)


def _files(folder: Path) -> list[BackupFile]:
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        b = parse_name(path)
        if b is not None and path.is_file():
            try:
                size = path.stat().st_size
            except OSError:
                continue
            found.append(BackupFile(b.path, b.made_at, b.kind, b.prefix, size, b.kind, b.n, b.gen))
    return found


def retention(files: list[BackupFile]) -> dict[Path, str]:
    """Which of these automatic backups are kept, and by which rule (the
    first of daily, weekly, monthly that keeps each); see the module's
    docstring for the rule."""
    newest_first = sorted((f for f in files if f.kind == AUTO),
                          key=lambda f: (f.order, f.path.name), reverse=True)
    periods = {DAILY: lambda t: t.date(),
               WEEKLY: lambda t: tuple(t.isocalendar())[:2],
               MONTHLY: lambda t: (t.year, t.month)}
    kept: dict[Path, str] = {}
    for rule, count in KEEP:
        seen = set()
        for f in newest_first:
            period = periods[rule](f.made_at)
            if period in seen:
                continue  # an older backup of a period already kept
            if len(seen) == count:
                break
            seen.add(period)
            kept.setdefault(f.path, rule)
    return kept


def list_backups(folder: os.PathLike | str) -> list[BackupFile]:
    """Every backup of this app in ``folder``, newest first, each automatic
    one named by the rule that keeps it (per desk prefix)."""
    files = _files(Path(folder))
    kept: dict[Path, str] = {}
    for prefix in {f.prefix for f in files}:
        kept.update(retention([f for f in files if f.prefix == prefix]))
    shown = [BackupFile(f.path, f.made_at, f.kind, f.prefix, f.size,
                        kept.get(f.path, f.kind) if f.kind == AUTO else f.kind, f.n, f.gen)
             for f in files]
    return sorted(shown, key=lambda f: (f.order, f.path.name), reverse=True)


def prune(folder: os.PathLike | str, prefix: str) -> list[Path]:
    """Delete the automatic backups with this prefix that no rule keeps;
    return what was deleted. Other files are never touched."""
    files = [f for f in _files(Path(folder)) if f.prefix == prefix and f.kind == AUTO]
    kept = retention(files)
    removed = []
    for f in files:
        if f.path not in kept:
            try:
                f.path.unlink()
                removed.append(f.path)
            except OSError:
                pass  # tried again after the next backup
    return removed


# ---------------------------------------------------------------- the second folder
def _settings_path(data_folder: Path) -> Path:
    return Path(data_folder) / SETTINGS_FILE


def second_folder(data_folder: os.PathLike | str) -> Path | None:
    """The second folder (USB stick) chosen on this computer, or None."""
    try:
        value = json.loads(_settings_path(Path(data_folder)).read_text(encoding="utf-8"))
        folder = value.get("second_folder") if isinstance(value, dict) else None
    except (OSError, ValueError):
        return None
    return Path(folder) if folder else None


def set_second_folder(data_folder: os.PathLike | str, folder: os.PathLike | str | None) -> None:
    """Choose (or with None, clear) the second folder. The folder must exist
    now and must not be this computer's own backups folder. Only those who
    may change the desk's settings: a copy of every villager's record goes
    wherever this points."""
    access.require("settings.change")
    data_folder = Path(data_folder)
    if folder:
        folder = Path(folder)
        if not folder.is_dir():
            raise ValidationError(f"找不到这个文件夹：{folder}", "second_folder")
        try:
            same = folder.resolve() == (data_folder / BACKUP_DIRNAME).resolve()
        except OSError:
            same = False
        if same:
            raise ValidationError("这就是本机存放备份的文件夹；第二份请选另一个文件夹或U盘。", "second_folder")
    path = _settings_path(data_folder)
    partial = path.with_name(path.name + ".partial")
    data_folder.mkdir(parents=True, exist_ok=True)
    partial.write_text(json.dumps({"second_folder": str(folder) if folder else None},
                                  ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)


def copy_to_folder(copy: Copy, folder: Path, prefix: str) -> tuple[Path | None, str]:
    """Copy a checked backup file (not a live database) to ``folder``, check
    it again, rename it into place and rotate there. Returns the new file, or
    None and one plain sentence saying why not."""
    if not folder.is_dir():
        return None, f"第二份备份没有存：找不到 {folder}（U盘没有插上？）。本机的备份已经存好。"
    made = parse_name(copy.path)
    # numbered in the order of *that* folder, which may hold older backups
    dest = (folder / copy.path.name if made is None else
            _unique(folder, made.prefix, made.made_at, made.kind))
    partial = dest.with_name(dest.name + ".partial")
    try:
        shutil.copyfile(copy.path, partial)
        _fsync(partial)
        problems = check_copy(partial, copy.version, copy.counts)
        if problems:
            _discard(partial)
            return None, f"第二份备份检查没有通过（{'；'.join(problems)}），没有存。本机的备份已经存好。"
        os.replace(partial, dest)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        _discard(partial)
        reason = getattr(exc, "strerror", None) or str(exc)
        return None, f"第二份备份没有存好：{reason}。本机的备份已经存好。"
    prune(folder, prefix)
    return dest, ""


# ---------------------------------------------------------------- backing up the desk
@dataclass
class BackupResult:
    path: Path
    version: int
    counts: dict[str, int]
    removed: list[Path] = field(default_factory=list)  # rotated away here
    second_copy: Path | None = None
    second_note: str = ""  # why there is no second copy ("" when none was wanted or it is there)


def live_path() -> Path:
    """The file of the open database."""
    from models.core.db import db

    if db.obj is None:
        raise BackupError("数据库没有打开，无法备份。")
    return Path(db.obj.database)


def connect_file(path: Path) -> sqlite3.Connection:
    """A connection of its own to the live file: usable from any thread."""
    con = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    con.execute("PRAGMA busy_timeout = 30000")
    con.execute("PRAGMA synchronous = FULL")  # a restore writes through it: as the desk does
    return con


def station_code_in(con: sqlite3.Connection) -> str | None:
    try:
        row = con.execute("SELECT value FROM setting WHERE key = 'this_station_id'").fetchone()
        if row is None:
            return None
        code = con.execute("SELECT code FROM station WHERE id = ?", (json.loads(row[0]),)).fetchone()
        return code[0] if code else None
    except (sqlite3.Error, ValueError, TypeError):
        return None


def make_backup(kind: str = MANUAL, folder: os.PathLike | str | None = None,
                now: dt.datetime | None = None, db_path: os.PathLike | str | None = None,
                second: bool | None = None) -> BackupResult:
    """Back up the database at ``db_path`` (the open one by default) into
    ``folder`` (its ``backups`` folder by default). An automatic backup is
    followed by rotation. Automatic and manual backups into the default
    folder are also copied to the second folder when one is chosen (unless
    ``second`` says otherwise). Raises ``BackupError``; a backup by hand
    needs the ``backup.make`` permission (``access.NotAllowed``), the
    automatic ones are the desk's own."""
    if kind == MANUAL:
        access.require("backup.make")
    db_path = Path(db_path) if db_path else live_path()
    now = now or clock.local_now()
    default_folder = backups_folder(db_path)
    folder = Path(folder) if folder else default_folder
    if second is None:
        second = kind in (AUTO, MANUAL) and folder == default_folder
    watched = kind in (AUTO, MANUAL) and folder == default_folder  # what the home screen shows
    at = f"{now:%Y-%m-%d %H:%M}"
    try:
        result = _make_backup(kind, folder, now, db_path, second)
    except BackupError as exc:
        if watched:
            backup_status.record(db_path.parent, backup_status.HERE, exc.message, at)
        raise
    if watched:
        backup_status.record(db_path.parent, backup_status.HERE, None)
        if second and second_folder(db_path.parent) is not None:
            backup_status.record(db_path.parent, backup_status.SECOND, result.second_note or None, at)
    return result


# the .partial files this process is writing now (a backup and the closing
# one may overlap); any other .partial in a backups folder is a killed one's
_writing: set[Path] = set()


def discard_leftovers(folder: Path, prefix: str) -> list[Path]:
    """Delete the ``.partial`` files of this desk's backups that a killed
    backup left in ``folder`` (a full-size copy would stay for ever)."""
    removed = []
    try:
        entries = list(Path(folder).glob(f"{glob.escape(prefix)}-*{SUFFIX}.partial"))
    except OSError:
        return removed
    for path in entries:
        if path not in _writing:
            _discard(path)
            if not path.exists():
                removed.append(path)
    return removed


def _make_backup(kind: str, folder: Path, now: dt.datetime, db_path: Path, second: bool) -> BackupResult:
    try:
        source = connect_file(db_path)
    except sqlite3.Error as exc:
        raise BackupError(f"备份失败：打不开数据文件（{exc}）。数据文件没有改动。") from exc
    try:
        prefix = desk_prefix(db_path, station_code_in(source))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(f"备份失败：无法建立文件夹 {folder}（{exc.strerror or exc}）。"
                              "数据文件没有改动。") from exc
        discard_leftovers(folder, prefix)
        dest = _unique(folder, prefix, now, kind)
        partial = dest.with_name(dest.name + ".partial")
        _writing.add(partial)
        try:
            copy = copy_database(source, dest)
        finally:
            _writing.discard(partial)
    finally:
        source.close()
    result = BackupResult(copy.path, copy.version, copy.counts)
    if kind == AUTO:
        result.removed = prune(folder, prefix)
    if second:
        other = second_folder(db_path.parent)
        if other is not None and other.is_dir():
            discard_leftovers(other, prefix)
        if other is not None:
            result.second_copy, result.second_note = copy_to_folder(copy, other, prefix)
    return result


def backup_due(folder: os.PathLike | str, today: dt.date) -> bool:
    """True unless the newest automatic backup in ``folder`` was made on
    ``today`` (the newest by number: after the clock was moved back, an old
    backup bearing today's date does not count)."""
    autos = [f for f in _files(Path(folder)) if f.kind == AUTO]
    if not autos:
        return True
    return max(autos, key=lambda f: f.order).made_at.date() != today


def daily_backup(now: dt.datetime | None = None,
                 db_path: os.PathLike | str | None = None) -> BackupResult | None:
    """The once-a-day automatic backup: made only if there is none from
    today yet (at start-up, and by the desk's timer after midnight)."""
    db_path = Path(db_path) if db_path else live_path()
    now = now or clock.local_now()
    if not backup_due(backups_folder(db_path), now.date()):
        return None
    return make_backup(AUTO, now=now, db_path=db_path)
