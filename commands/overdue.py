"""``main.py overdue [--station CODE] [--only overdue|perhaps|soon]``: at a
township or county desk, the open concerns of the stations below that are
overdue or soon due, grouped by station, each judged as of that station's
data age (``models.figures.overdue_below``) — the 待办 screen's 下属站点 tab."""
from __future__ import annotations

import sys

ONLY = {"overdue": "overdue", "perhaps": "perhaps_overdue", "soon": "soon_due"}


def register(sub, commands: dict) -> None:
    p = sub.add_parser(
        "overdue", help="乡镇、县：下属站点逾期和即将到期的关切，按站点分组，按各站的数据日期判断",
        description="overdue：列出下属各站点已逾期、可能已逾期（数据日期之后到期）和三天内到期的关切；"
                    "--station 站点编码 只看一个站点；--only overdue|perhaps|soon 只看一种。")
    p.add_argument("--station", metavar="CODE", help="只看这个站点")
    p.add_argument("--only", choices=sorted(ONLY), help="只看一种：overdue 已逾期，perhaps 可能已逾期，soon 即将到期")
    commands["overdue"] = run


def run(args) -> int:
    from models.core.clock import today
    from models.core.schema import Station
    from models.figures.overdue_below import STATUS_TEXT, BelowDeadlines
    from models.station.stations import this_station

    from .common import open_data

    open_data(args.data_dir)
    me = this_station()
    if me is None:
        print("这台电脑还没有设置站点。", file=sys.stderr)
        return 2
    only = None
    if args.station:
        found = Station.get_or_none(Station.code == args.station.strip())
        if found is None or found.id == me.id:
            print(f"本站下面没有编码为 {args.station} 的站点。", file=sys.stderr)
            return 2
        only = found.id
    listing = BelowDeadlines(me, today(), only, ONLY.get(args.only))
    lines = listing.stations()
    if only is not None and not lines:
        print(f"本站下面没有编码为 {args.station} 的站点。", file=sys.stderr)
        return 2
    if not lines:
        print("本站下面没有站点。")
        return 0
    print(f"{me.name}  下属站点的逾期和即将到期的关切（{today():%Y-%m-%d}，按各站的数据日期判断）")
    rows = iter_rows(listing)
    current = None
    by_id = {s.station_id: s for s in lines}
    for s in lines:
        if not s.total:
            print(f"{s.name}（{s.code}）  {s.age.text}  没有逾期或即将到期的关切")
    for r in rows:
        if r.station_id != current:
            current = r.station_id
            s = by_id[current]
            print(f"\n{s.name}（{s.code}）  {s.age.text}  已逾期 {s.overdue}，可能已逾期 {s.perhaps_overdue}，"
                  f"即将到期 {s.soon_due}")
        print(f"  {r.case_number}  {r.villager_name}  {r.summary[:30]}  期限 {r.deadline:%Y-%m-%d}  "
              f"{STATUS_TEXT[r.status]}")
    return 0


def iter_rows(listing):
    """Every row, a page at a time (a county's list is long)."""
    after = None
    while True:
        page = listing.page(after)
        yield from page.rows
        if page.after is None:
            return
        after = page.after
