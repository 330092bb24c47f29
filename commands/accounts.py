"""``main.py [--data-dir DIR] reset-pin NAME``: give a staff member a new
PIN from the command line — the way back in when the only station head has
forgotten theirs (docs/roles.md). The command line acts as SYSTEM (whoever
can run commands on this computer's account can read the data file anyway).
The PIN is asked for twice without echo (or read from standard input, one
line, when that is not a terminal); it is never taken as an argument, so it
stays out of the shell's history. The person chooses their own at their next
sign-in.
"""
from __future__ import annotations

import getpass
import sys


def register(sub, commands: dict) -> None:
    p = sub.add_parser(
        "reset-pin", help="为工作人员重新设置登录密码（站长忘了密码时用）",
        description="为本站一名在岗工作人员设一个新的登录密码（4到8位数字）。"
                    "他下次登录时要换成自己的密码。密码不写在命令里，运行后按提示输入两遍。")
    p.add_argument("name", help="工作人员姓名")
    commands["reset-pin"] = run


def _read_pin() -> str | None:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("新密码（4到8位数字）：")
    again = getpass.getpass("再输一遍：")
    if first != again:
        print("两次输入的密码不一样，没有改动。", file=sys.stderr)
        return None
    return first


def run(args) -> int:
    from models.core.errors import ValidationError
    from models.core.schema import Staff
    from models.station import accounts, stations

    from .common import open_data

    open_data(args.data_dir)
    station = stations.this_station()
    if station is None:
        print("这台电脑还没有设置站点。", file=sys.stderr)
        return 1
    people = list(Staff.select().where((Staff.station == station) & Staff.active
                                       & (Staff.name == args.name.strip())))
    if len(people) != 1:
        names = "、".join(s.name for s in stations.active_staff(station)) or "（没有）"
        what = "没有这名在岗工作人员" if not people else "有两名同名的在岗工作人员"
        print(f"{what}：{args.name}。本站在岗的有：{names}", file=sys.stderr)
        return 1
    pin = _read_pin()
    if pin is None:
        return 1
    try:
        accounts.reset_secret(people[0], pin)
    except ValidationError as exc:
        print(exc.message + " 没有改动。", file=sys.stderr)
        return 1
    print(f"已为{people[0].name}设置新密码。他下次登录时要换成自己的密码。")
    return 0
