"""``main.py sync ...``: the township round trip from the command line.

    sync pair --code C --name N --to DIR     (parent desk) a pairing file for a child station
    sync join FILE --pass-code NNNN-NNNN     (child desk) trust the parent named in the file
    sync peers                               stations this desk exchanges packages with
    sync export --to DIR [--for CODE] [--full]
    sync import FILE... [--dry-run]
    sync history                             trips made (export and import)
    sync conflicts                           values changed on two desks, and which is shown
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import open_data


def register(sub, commands: dict) -> None:
    p = sub.add_parser("sync", help="U盘同步：配对、导出同步包、导入同步包、同步记录",
                       description="村、乡镇、县之间用U盘交换数据。先由上级为下级制作配对文件（sync pair），"
                                   "下级导入配对文件（sync join）；以后每次：导出（sync export）→ 带U盘到对方 → 导入（sync import）。")
    s = p.add_subparsers(dest="sync_command", metavar="ACTION")
    pr = s.add_parser("pair", help="（上级）为一个下级站点制作配对文件，并显示配对码")
    pr.add_argument("--code", required=True, help="下级站点的编码")
    pr.add_argument("--name", required=True, help="下级站点的名称")
    pr.add_argument("--level", choices=["township", "village", "hamlet"], help="下级站点的级别（默认按本站级别推断）")
    pr.add_argument("--to", required=True, metavar="DIR", help="配对文件保存到的文件夹（U盘）")
    j = s.add_parser("join", help="（下级）导入上级的配对文件")
    j.add_argument("file", metavar="FILE", help="配对文件")
    j.add_argument("--pass-code", required=True, metavar="NNNN-NNNN", help="上级告诉您的配对码")
    s.add_parser("peers", help="列出已配对的上级和下级站点")
    e = s.add_parser("export", help="导出同步包（只含对方还没有的记录）")
    e.add_argument("--to", required=True, metavar="DIR", help="同步包保存到的文件夹（U盘）")
    e.add_argument("--for", dest="for_code", metavar="CODE", help="发给哪个站点（站点编码；只有一个上级时可省略）")
    e.add_argument("--full", action="store_true", help="全部重新发送（不管对方已经有什么）")
    i = s.add_parser("import", help="导入一个或多个同步包")
    i.add_argument("files", nargs="+", metavar="FILE")
    i.add_argument("--dry-run", action="store_true", help="只显示将要做什么，不改动数据")
    s.add_parser("history", help="列出同步记录（每一趟导出和导入）")
    s.add_parser("conflicts", help="列出两边都改过的内容：现在显示的值和另存的值")
    commands["sync"] = lambda args: _run(args, p)


def _run(args, parser: argparse.ArgumentParser) -> int:
    from models.core.errors import ValidationError

    if not args.sync_command:
        parser.print_help()
        return 2
    open_data(args.data_dir)
    try:
        return _ACTIONS[args.sync_command](args)
    except ValidationError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"无法读写文件：{exc.strerror or exc}", file=sys.stderr)
        return 1


def _pair(args) -> int:
    from sync import pairing

    ticket = pairing.create_child_pairing(args.code, args.name, args.level, Path(args.to))
    print(f"配对文件：{ticket.path}")
    print(f"配对码：{ticket.pass_code}")
    print("请把配对文件拷给对方，配对码另外告诉对方（电话或写在纸上），不要和U盘放在一起。")
    return 0


def _join(args) -> int:
    from sync import pairing

    me = pairing.join_parent(Path(args.file), args.pass_code)
    parent = me.parent
    print(f"{me.name}（{me.code}）已和上级 {parent.name}（{parent.code}）配对。"
          "下一步：导出同步包带给上级（sync export）。")
    return 0


def _peers(args) -> int:
    from sync import peers as sync_peers

    peers = sync_peers.peers()
    if not peers:
        print("还没有配对的站点。")
        return 0
    for p in peers:
        who = "上级" if p.relation == "parent" else "下级"
        state = "已交换过同步包" if p.first_contact_at else "等待第一次同步"
        print(f"{who}\t{p.code}\t{p.name}\t配对于 {p.paired_on}\t{state}")
    return 0


def _export(args) -> int:
    from sync import engine

    result = engine.export_package(Path(args.to), args.for_code, args.full)
    kb = result.size / 1024
    print(f"已导出给 {result.receiver_name}（{result.receiver_code}）：{result.path}")
    print(f"共 {result.records} 条记录，{kb:.1f} KB" + ("（全部重新发送）" if result.full else ""))
    return 0


def _import(args) -> int:
    from models.core.errors import ValidationError
    from sync import engine

    failed = 0
    for name in args.files:
        try:
            result = engine.import_package(Path(name), dry_run=args.dry_run)
        except ValidationError as exc:
            print(f"{name}：没有导入。{exc.message}", file=sys.stderr)
            failed += 1
            continue
        verb = "导入后将会" if args.dry_run else "已导入"
        print(f"{name}：来自 {result.sender_name}（{result.sender_code}），{verb}：{result.summary()}")
    if args.dry_run:
        print("（这是预览，没有改动任何数据）")
    return 1 if failed else 0


def _history(args) -> int:
    from sync import engine

    trips = engine.history()
    if not trips:
        print("还没有同步记录。")
        return 0
    for t in trips:
        way = "导出给" if t.direction == "export" else "导入自"
        print(f"{t.at_local:%Y-%m-%d %H:%M}\t{way} {t.peer_name}（{t.peer_code}）\t{t.file_name}\t"
              f"{t.message}\t{t.staff_name}")
    return 0


def _conflicts(args) -> int:
    from sync import engine

    found = engine.conflicts()
    if not found:
        print("没有冲突。")
        return 0
    for c in found:
        print(f"{c.label} 的“{c.field_label}”：现在显示 {c.shown!r}；另存的值：{c.others!r}")
    return 0


_ACTIONS = {"pair": _pair, "join": _join, "peers": _peers, "export": _export, "import": _import,
            "history": _history, "conflicts": _conflicts}
