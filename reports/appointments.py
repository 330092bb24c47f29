"""下访接待公告: the notice of coming appointments — which official of which
office comes to the station on which day, to research (下站) or to receive
villagers' concerns (下访) — for the notice board, A4 or A3 portrait. Public:
no villager's name and no concern's text appears, only how many concerns an
official comes to receive."""
from __future__ import annotations

from reportlab.platypus import Spacer

from .common import (
    BLUE,
    GREY,
    RED,
    TA_CENTER,
    TA_RIGHT,
    Furniture,
    ProgressTicker,
    build,
    cn_date,
    grid_style,
    listing,
    mm,
    page_size,
    para,
    style,
)

PAPERS = ("A4", "A3")
SCALE = {"A4": 1.0, "A3": 2 ** 0.5}


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 或 A3 纸打印。")
    s = SCALE[paper]
    pagesize = page_size(paper)
    margin = 18 * mm * s
    avail_w = pagesize[0] - 2 * margin
    ticker = ProgressTicker(progress, len(data.rows) + 2)
    cell = style(10.5 * s, leading=15 * s, hang_room=True)
    head = style(10.5 * s, leading=15 * s, align=TA_CENTER)
    widths = [w * avail_w for w in (0.17, 0.11, 0.12, 0.25, 0.13, 0.22)]
    rows = [[para(h, head) for h in ("日期", "时间", "方式", "来访单位", "来访领导", "接待内容")]]
    for r in data.rows:
        rows.append([para(r.date_text, cell), para(r.time_text or "全天", cell),
                     para(r.kind_label, cell), para(r.office, cell), para(r.official, cell),
                     para(r.content, cell)])
        ticker.step()
    grid = listing(rows, widths, grid_style(1, s), None if data.rows else para("本期暂无预约。", cell))
    info = data.station
    story = [
        para(info.name, style(14 * s, leading=21 * s, align=TA_CENTER)),
        para(data.title, style(26 * s, leading=36 * s, align=TA_CENTER, color=RED)),
        para(data.period, style(11 * s, leading=16 * s, align=TA_CENTER, color=GREY,
                                space_after=4 * mm * s)),
        para(data.intro, style(11.5 * s, leading=19 * s, first_indent=23 * s, space_after=3 * mm * s)),
        grid,
        Spacer(1, 4 * mm * s),
        para(data.contact_line, style(11 * s, leading=17 * s, color=BLUE)),
        Spacer(1, 6 * mm * s),
        para(info.name, style(11.5 * s, leading=18 * s, align=TA_RIGHT)),
        para(cn_date(data.printed_on), style(11.5 * s, leading=18 * s, align=TA_RIGHT)),
    ]
    ticker.step()
    furniture = Furniture(info.name, data.title, data.period, data.printed_on, scale=s)
    return build(path, story, pagesize, furniture, (margin, margin, margin, margin), ticker,
                 title=f"{info.name} {data.title}")
