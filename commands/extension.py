"""``main.py extension request|decide|list``: 延期 from the command line.

At the station handling a concern, ``request`` asks for a later deadline
(before the present one passes) with a reason; ``decide`` approves or
refuses, at the desk the request names (the station head's, or for an
escalated matter the township's: there ``--station`` names the village);
``list`` shows what waits for a decision here. The slip for the villager is
``report extension --case N -o FILE.pdf``.
"""
from __future__ import annotations

import datetime as dt
import sys


def _date(value: str) -> dt.date:
    import argparse

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式不对：{value}（应为 年-月-日，如 2026-03-08）") from None


def register(sub, commands: dict) -> None:
    p = sub.add_parser(
        "extension", help="延期：在办结期限到之前申请延期（写明理由），由站长或乡镇审批",
        description="extension request --case 案件编号 --to 新期限 --reason 理由：申请延期；"
                    "extension decide --case 案件编号 [--station 站点编码] --approve 或 --refuse --note 理由：审批；"
                    "extension list：列出等本站审批的申请。批准后用 report extension --case 案件编号 -o 文件.pdf 打印延期告知书。")
    p.add_argument("action", choices=["request", "decide", "list"], metavar="request|decide|list")
    p.add_argument("--case", metavar="NUMBER", help="案件编号，如 2026-0042")
    p.add_argument("--station", metavar="CODE", help="关切所在站点的编码（乡镇审批下级站点的申请时用）")
    p.add_argument("--to", dest="new_deadline", type=_date, metavar="YYYY-MM-DD", help="延期到哪一天")
    p.add_argument("--reason", metavar="TEXT", help="延期的理由")
    decision = p.add_mutually_exclusive_group()
    decision.add_argument("--approve", action="store_true", help="同意延期")
    decision.add_argument("--refuse", action="store_true", help="不同意延期")
    p.add_argument("--note", metavar="TEXT", help="审批意见（不同意时必填）")
    commands["extension"] = run


def run(args) -> int:
    from models.concerns import extensions
    from models.core.errors import ValidationError
    from models.core.schema import Station
    from models.station.stations import this_station

    from .common import open_data

    open_data(args.data_dir)
    me = this_station()
    if me is None:
        print("这台电脑还没有设置站点。", file=sys.stderr)
        return 1
    try:
        if args.action == "list":
            rows = extensions.to_decide(me)
            if not rows:
                print("没有等本站审批的延期申请。")
            for r in rows:
                print(f"{r.station_name} 案件 {r.case_number}“{r.summary[:30]}”：{r.old_deadline:%Y-%m-%d} → "
                      f"{r.new_deadline:%Y-%m-%d}，{r.asked_on:%Y-%m-%d} 申请（{r.asked_by or '—'}）：{r.reason}")
            return 0
        if not args.case:
            raise ValidationError("请用 --case 写明案件编号，如 --case 2026-0042。", "case")
        station = me
        if args.station:
            station = Station.get_or_none(Station.code == args.station.strip())
            if station is None:
                raise ValidationError(f"没有编码为 {args.station} 的站点。", "station")
        concern = extensions.find(args.case, station)
        if args.action == "request":
            extensions.request_extension(concern, args.new_deadline, args.reason or "")
            row = extensions.for_concern(concern)[-1]
            where = ("随下一个同步包报乡镇回应中心审批" if row.approver == "township" else "请站长审批")
            print(f"已申请把案件 {concern.case_number} 的办结期限从 {row.old_deadline:%Y-%m-%d} 延到 "
                  f"{row.new_deadline:%Y-%m-%d}：{where}。")
            return 0
        if not (args.approve or args.refuse):
            raise ValidationError("请写明 --approve（同意）或 --refuse（不同意）。", "decision")
        pending = extensions.pending_request(concern)
        if pending is None:
            raise ValidationError(f"案件 {concern.case_number} 没有等审批的延期申请。", "case")
        extensions.decide_extension(pending.id, bool(args.approve), args.note or "")
        row = extensions.request_row(pending.id)
        print(f"已同意：案件 {concern.case_number} 的办结期限延到 {row.new_deadline:%Y-%m-%d}。"
              if row.approved else f"已不同意延期：案件 {concern.case_number} 的办结期限仍是 {row.old_deadline:%Y-%m-%d}。")
        return 0
    except ValidationError as e:
        print(e.message, file=sys.stderr)
        return 2
