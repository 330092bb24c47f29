"""``main.py followup list [--due]`` / ``followup record``: 回访 from the
command line.

``list`` shows the follow-ups this station owes (``--due``: only those due
today or earlier), earliest first; ``record --case N --channel 电话 --answer
满意 [--note …]`` writes one. 不满意 reopens the concern (the note, why, is
then required); 联系不上 keeps it owed for the next working day.
"""
from __future__ import annotations

import sys


def register(sub, commands: dict) -> None:
    p = sub.add_parser(
        "followup", help="回访：列出到期要回访的已办结事项，登记群众的回访意见（不满意的重新办理）",
        description="followup list [--due]：列出本站要回访的事项（--due 只列今天及以前到期的）；"
                    "followup record --case 案件编号 --channel 电话|上门|来站 "
                    "--answer 满意|基本满意|不满意|联系不上 [--note 情况]：登记一次回访。"
                    "不满意的事项自动重新办理（须写明 --note）；联系不上的下一个工作日再回访。")
    p.add_argument("action", choices=["list", "record"], metavar="list|record")
    p.add_argument("--due", action="store_true", help="只列今天及以前到期的回访")
    p.add_argument("--case", metavar="NUMBER", help="案件编号，如 2026-0042")
    p.add_argument("--channel", metavar="电话|上门|来站", help="回访方式")
    p.add_argument("--answer", metavar="满意|基本满意|不满意|联系不上", help="回访结果")
    p.add_argument("--note", metavar="TEXT", default="", help="回访情况（不满意时必填）")
    commands["followup"] = run


def run(args) -> int:
    from models.concerns import followup
    from models.core.clock import today
    from models.core.errors import ValidationError
    from models.core.schema import Concern
    from models.station.stations import this_station

    from .common import open_data

    open_data(args.data_dir)
    me = this_station()
    if me is None:
        print("这台电脑还没有设置站点。", file=sys.stderr)
        return 1
    try:
        if args.action == "list":
            day = today()
            rows = followup.FollowUps(me, day, due_only=args.due).all_rows()
            if not rows:
                print("今天没有到期要回访的事项。" if args.due else "没有要回访的事项。")
            for r in rows:
                when = (f"已过{r.overdue_days}天" if r.overdue_days
                        else "今天" if r.due == day else f"{r.due:%Y-%m-%d}")
                tried = f"，已联系不上{r.attempts}次" if r.attempts else ""
                print(f"案件 {r.case_number} {r.villager_name} {r.villager_phone or '—'}"
                      f"“{r.summary[:30]}”：{r.closed_on:%Y-%m-%d} 办结，回访 {when}{tried}")
            print(f"共 {len(rows)} 件。")
            return 0
        if not args.case:
            raise ValidationError("请用 --case 写明案件编号，如 --case 2026-0042。", "case")
        concern = followup.find(args.case, me)
        followup.record_follow_up(concern, args.channel or "", args.answer or "", args.note)
        concern = Concern.get_by_id(concern.id)
        answer = followup.ANSWERS[followup.code_of(args.answer, followup.ANSWERS)]
        if concern.outcome == "pending":
            print(f"已登记回访：案件 {concern.case_number} 群众{answer}，已重新办理，回到待办。")
        elif concern.follow_up_due is not None:
            print(f"已登记回访：案件 {concern.case_number} {answer}，{concern.follow_up_due:%Y-%m-%d} 再回访。")
        else:
            print(f"已登记回访：案件 {concern.case_number} 群众{answer}。")
        return 0
    except ValidationError as e:
        print(e.message, file=sys.stderr)
        return 2
