"""``main.py oversight issue|list|answer|print``: 督办 / 催办 from the command line.

At a township or county desk, ``issue`` chases a concern of a station below
(named by the station's code and the case number, as over the phone); the
notice travels down in the next package. At the station, ``list --waiting``
shows what is to be answered and ``answer`` answers it; the answer travels up.
``print`` writes the 督办通知单 (the notice and, once it has come back, the
answer). A notice is named by the first characters of its id, as ``list`` shows.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

KIND_WORDS = {"督办": "supervise", "催办": "urge", "supervise": "supervise", "urge": "urge"}


def _date(value: str) -> dt.date:
    import argparse

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式不对：{value}（应为 年-月-日，如 2026-03-08）") from None


def register(sub, commands: dict) -> None:
    p = sub.add_parser(
        "oversight", help="督办、催办：上级对下级站点的关切发通知，承办站点回复，都随U盘同步包往来",
        description="oversight issue：在乡镇或县的电脑上，对下级站点的一件关切发督办或催办通知"
                    "（--station 站点编码 --case 案件编号 --kind 督办|催办 --what 事项 --due 回复日期 --asked-by 督办人）；"
                    "oversight list [--waiting]：列出通知（村里：本站要回复的；乡镇、县：下级站点的）；"
                    "oversight answer 通知号 --answer 回复内容：承办站点回复；"
                    "oversight print 通知号 -o 文件.pdf：打印督办通知单。")
    p.add_argument("action", choices=["issue", "list", "answer", "print"], metavar="issue|list|answer|print")
    p.add_argument("notice", nargs="?", metavar="通知号", help="通知号（oversight list 列出的前几位）")
    p.add_argument("--station", metavar="CODE", help="关切所在站点的编码")
    p.add_argument("--case", metavar="NUMBER", help="案件编号，如 2026-0042")
    p.add_argument("--kind", metavar="督办|催办", help="督办还是催办")
    p.add_argument("--what", metavar="TEXT", help="督办（催办）的事项")
    p.add_argument("--due", type=_date, metavar="YYYY-MM-DD", help="要求回复的日期")
    p.add_argument("--asked-by", dest="asked_by", metavar="NAME", help="督办人（谁要求的）")
    p.add_argument("--answer", metavar="TEXT", help="回复内容")
    p.add_argument("--waiting", action="store_true", help="只列出还没有回复的")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="督办通知单保存到")
    commands["oversight"] = run


def _find(prefix: str | None, rows) -> str:
    from models.core.errors import ValidationError

    prefix = (prefix or "").strip().lower()
    if len(prefix) < 4:
        raise ValidationError("请写明通知号（oversight list 列出的前几位，至少4位）。", "notice")
    found = [r for r in rows if r.id.startswith(prefix)]
    if not found:
        raise ValidationError(f"没有通知号以 {prefix} 开头的督办（催办）通知。", "notice")
    if len(found) > 1:
        raise ValidationError(f"通知号 {prefix} 不止一份通知，请多写几位。", "notice")
    return found[0].id


def _line(r, today: dt.date) -> str:
    state = (f"已回复（{r.answered_on:%Y-%m-%d}，{r.answered_by or '—'}）：{r.answer}" if r.answered
             else ("未回复，已超过回复日期" if r.late(today) else "未回复"))
    return (f"{r.id[:8]}  {r.number}  {r.from_station} → {r.station_name}  案件 {r.case_number}"
            f"“{r.summary[:30]}”\n          {r.kind_label}事项：{r.what}\n"
            f"          要求 {r.due_on:%Y-%m-%d} 前回复；督办人 {r.asked_by}；发出 {r.issued_on:%Y-%m-%d}；{state}")


def run(args) -> int:
    from models.concerns import oversight
    from models.core.clock import today
    from models.core.errors import ValidationError
    from models.station.stations import this_station

    from .common import open_data

    open_data(args.data_dir)
    me = this_station()
    if me is None:
        print("这台电脑还没有设置站点。", file=sys.stderr)
        return 1
    try:
        if args.action == "issue":
            if not (args.station and args.case):
                raise ValidationError("请用 --station 站点编码 和 --case 案件编号 指明是哪件事。", "case")
            kind = KIND_WORDS.get((args.kind or "").strip())
            if kind is None:
                raise ValidationError("请用 --kind 督办 或 --kind 催办 写明通知的种类。", "kind")
            concern = oversight.find_concern(args.station, args.case)
            event = oversight.issue_notice(concern, kind, args.what or "", args.due, args.asked_by or "")
            row = oversight.notice(event.id)
            print(f"已发出{row.number}（通知号 {row.id[:8]}）：{row.station_name} 案件 {row.case_number}，"
                  f"要求 {row.due_on:%Y-%m-%d} 前回复。下次导出给下级的同步包会带上它。")
            return 0
        rows = oversight.received(me) + oversight.below(me)
        if args.action == "list":
            shown = [r for r in rows if not (args.waiting and r.answered)]
            if not shown:
                print("没有还没回复的督办、催办通知。" if args.waiting else "没有督办、催办通知。")
            for r in shown:
                print(_line(r, today()))
            return 0
        notice_id = _find(args.notice, rows)
        if args.action == "answer":
            oversight.answer_notice(notice_id, args.answer or "")
            row = oversight.notice(notice_id)
            print(f"已回复{row.number}（{row.from_station}）。下次导出给上级的同步包会带上回复。")
            return 0
        if not args.output:
            raise ValidationError("请用 -o 指定保存的文件，如 -o 督办通知单.pdf。", "output")
        out = Path(args.output)
        if out.suffix.lower() != ".pdf":
            raise ValidationError(f"保存的文件名请以 .pdf 结尾：{out}", "output")
        if not out.parent.is_dir():
            raise ValidationError(f"文件夹不存在：{out.parent}", "output")
        import reports
        from models.figures.oversight_slip import slip_data

        data = slip_data(notice_id)
        pages = reports.render("oversight", data, out)
        print(f"已生成“{data.title}”：{out}（A4，共 {pages} 页）")
        return 0
    except ValidationError as e:
        print(e.message, file=sys.stderr)
        return 2
    except OSError as e:
        print(f"无法写入文件：{e.strerror or e}", file=sys.stderr)
        return 1
