"""``main.py [--data-dir DIR] backup [--to DIR | --list]`` and
``main.py [--data-dir DIR] restore FILE [--yes]``.

``backup`` makes a checked copy now (into the data folder's ``backups``
folder, or into ``--to DIR``); ``--list`` lists the backups there (and in the
second folder, if one was chosen). ``restore`` first says what the file holds
(station, when made, data version, villagers, visits, concerns, the newest
concern's date) and restores only after ``--yes`` or a "y" typed at its
question. The work is in ``models.safety.backup``. Exit codes: 0 done, 1 refused or
declined, 2 a command-line mistake.
"""
from __future__ import annotations

import sys
from pathlib import Path

KIND_LABELS = {"daily": "每日", "weekly": "每周", "monthly": "每月", "auto": "自动",
               "manual": "手动", "before-restore": "恢复前", "before-upgrade": "升级前"}


def register(sub, commands: dict) -> None:
    b = sub.add_parser("backup", help="备份数据：现在做一份检查过的备份，或列出已有的备份",
                       description="不加参数：备份到数据文件夹里的 backups 文件夹；--to 文件夹：备份到那里"
                                   "（如U盘）；--list：列出已有的备份。工作台每天和每次关闭时会自动备份"
                                   "（保留最近7天每天一份、4周每周一份、12个月每月一份）。")
    b.add_argument("--to", metavar="DIR", help="备份到这个文件夹（如U盘）")
    b.add_argument("--list", action="store_true", help="列出已有的备份")
    commands["backup"] = cmd_backup
    r = sub.add_parser("restore", help="从备份恢复数据（先显示备份里有什么，确认后才恢复）",
                       description="先显示备份里有什么（站点、备份时间、数据版本、村民/来访/关切件数、"
                                   "最新一件关切的日期）；加 --yes 或回答 y 才恢复。恢复前会先把现在的数据"
                                   "另存一份“恢复前”备份。工作台窗口开着时不能恢复。")
    r.add_argument("file", metavar="FILE", help="备份文件（.sqlite3）")
    r.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    commands["restore"] = cmd_restore


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def _print_list(folder: Path, title: str) -> None:
    from models.safety import backup

    found = backup.list_backups(folder)
    print(f"{title}：{folder}")
    if not found:
        print("  （没有备份）")
    for f in found:
        print(f"  {f.made_at:%Y-%m-%d %H:%M}  {KIND_LABELS.get(f.shown_kind, f.shown_kind):<4}"
              f"  {_size(f.size):>8}  {f.path.name}")


def cmd_backup(args) -> int:
    from commands.common import open_data
    from models.safety import backup

    if args.list and args.to:
        print("--list 和 --to 不能一起用。", file=sys.stderr)
        return 2
    if args.list:  # the list is what a desk with a damaged file needs most: it never opens the file
        from models.core.paths import database_path
        from models.safety.file_check import FileProblem, check_data_file

        path = database_path(args.data_dir)
        problem = None
        try:
            check_data_file(path)
        except FileProblem as exc:
            problem = exc.message
        _print_list(backup.backups_folder(path), "本机的备份")
        other = backup.second_folder(path.parent)
        if other is not None:
            if other.is_dir():
                _print_list(other, "第二份备份")
            else:
                print(f"第二份备份的文件夹现在找不到：{other}（U盘没有插上？）")
        if problem:
            print(problem, file=sys.stderr)
            return 1
        return 0
    path = open_data(args.data_dir)
    folder = None
    if args.to:
        folder = Path(args.to)
        if not folder.is_dir():
            print(f"找不到这个文件夹：{folder}（U盘没有插上？）没有备份。", file=sys.stderr)
            return 1
    try:
        result = backup.make_backup(backup.MANUAL, folder=folder)
    except backup.BackupError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    chain = _chain_of(result.path)
    if not chain.ok:
        print(f"已备份：{result.path}。但是检查发现记录链有问题，这份备份里的记录可能被改动过：", file=sys.stderr)
        for line in chain.problems[:5]:
            print("  " + line, file=sys.stderr)
        print("请运行 python main.py verify 查看，并告诉县里的技术人员；"
              "不要用这份备份去替换以前的备份。", file=sys.stderr)
        return 1
    print(f"已备份并检查无误：{result.path}（{_size(result.path.stat().st_size)}，"
          f"村民 {result.counts.get('villager', 0)} 人，关切 {result.counts.get('concern', 0)} 件）")
    if result.second_copy is not None:
        print(f"第二份：{result.second_copy}")
    if result.second_note:
        print(result.second_note)
    return 0


def _chain_of(path: Path):
    """The audit chain of the backup just made, checked read-only."""
    import sqlite3

    from models.safety import audit

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return audit.verify_chain(con)
    except sqlite3.DatabaseError as exc:
        return audit.ChainReport(False, [f"记录链读不出来（{exc}）。"])
    finally:
        con.close()


def _set_aside(path: Path) -> Path | None:
    """A data file that cannot be opened, moved out of the way (never deleted)
    so that a backup can be restored in its place."""
    from models.core.clock import local_now

    if not path.exists():
        return None
    aside = path.with_name(f"{path.name}.damaged-{local_now():%Y%m%d-%H%M%S}")
    for suffix in ("-wal", "-shm"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            extra.rename(Path(str(aside) + suffix))
    path.rename(aside)
    return aside


def describe(contents) -> str:
    """What a backup holds, in the words the confirmation uses."""
    station = (f"{contents.station_name}（{contents.station_code}）" if contents.station_name
               else "（还没有设置站点）")
    made = f"{contents.made_at:%Y-%m-%d %H:%M}" if contents.made_at else "不知道"
    newest = contents.newest_concern.isoformat() if contents.newest_concern else "（没有关切）"
    return "\n".join([
        f"备份文件：{contents.path}",
        f"站点：{station}",
        f"备份时间：{made}",
        f"数据版本：{contents.version}",
        f"村民 {contents.villagers} 人，来访 {contents.visits} 次，关切 {contents.concerns} 件",
        f"最新一件关切登记于：{newest}",
    ])


def _confirm(question: str) -> bool:
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "是")


def cmd_restore(args) -> int:
    from commands.common import open_data
    from models.core.paths import database_path
    from models.safety import backup, restore
    from models.station.stations import this_station

    try:
        contents = restore.inspect(args.file)
    except backup.BackupError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    folder = database_path(args.data_dir).parent
    from commands.common import (
        acquire_data_folder,  # the desk window's own lock on the folder
    )

    lock = acquire_data_folder(folder)
    if lock is None:
        print(f"工作台窗口正开着这份数据（{folder}），请先关闭工作台再恢复。没有恢复。", file=sys.stderr)
        return 1
    try:
        from models.safety.file_check import FileProblem, check_data_file

        live = database_path(args.data_dir)
        unusable = None
        try:
            check_data_file(live)
        except FileProblem as exc:
            if exc.kind in ("read_only", "disk_full", "folder"):
                print(exc.message, file=sys.stderr)
                return 1
            unusable = exc  # damaged, foreign, empty, newer: the backup goes in its place
        print(describe(contents))
        if unusable is None:
            open_data(args.data_dir, must_exist=False)
            here = this_station()
            if here is not None and contents.station_code and here.code != contents.station_code:
                print(f"注意：这是另一个站点的备份！本机现在是“{here.name}”（{here.code}）。")
            print("恢复后，现在的数据会被备份里的数据替换（恢复前会先另存一份“恢复前”备份）。")
        else:
            print("现在的数据文件不能用：" + unusable.message.split("。")[0] + "。"
                  "恢复时会把它改名留在原处，不会删除。")
        if not args.yes and not _confirm("确定要恢复吗？请输入 y 确认，直接回车则不恢复：[y/N] "):
            print("没有恢复，数据没有改动。")
            return 1
        if unusable is not None:
            aside = _set_aside(live)
            print(f"不能用的数据文件已改名留着：{aside}")
            open_data(args.data_dir, must_exist=False)
        try:
            result = restore.restore(args.file)
        except backup.BackupError as exc:
            print(exc.message, file=sys.stderr)
            return 1
        print(f"已恢复。恢复前的数据另存在：{result.before.path}")
        return 0
    finally:
        lock.unlock()
