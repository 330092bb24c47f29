"""U盘同步记录: the list of USB sync trips of a period, for the township's
files — when, which way (导出给 / 导入自), which station, the file's name and
the first 12 hex digits of its SHA-256 (so a file on a stick can be matched
to its line), what it carried or what the import did, and who was at the
desk; with places to sign. A4 or A3 landscape (file names are long)."""
from __future__ import annotations

from reportlab.platypus import Spacer

from .common import (
    GREY,
    RED,
    TA_CENTER,
    Furniture,
    ProgressTicker,
    build,
    cn_date,
    grid_style,
    listing,
    mm,
    page_size,
    para,
    signature_table,
    style,
)

PAPERS = ("A4", "A3")
SCALE = {"A4": 1.0, "A3": 2 ** 0.5}
HEADINGS = ("序号", "日期时间", "方向", "对方站点", "文件名", "校验码（前12位）", "记录/内容", "经办人")
SHARES = (0.04, 0.115, 0.065, 0.19, 0.21, 0.11, 0.19, 0.08)


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 或 A3 纸打印。")
    s = SCALE[paper]
    pagesize = page_size(paper, wide=True)
    margin = 14 * mm * s
    avail_w = pagesize[0] - 2 * margin
    ticker = ProgressTicker(progress, len(data.rows) + 2)
    cell = style(9.5 * s, leading=13 * s, hang_room=True)
    mono = style(9 * s, leading=13 * s)
    head = style(9.5 * s, leading=13 * s, align=TA_CENTER)
    widths = [w * avail_w for w in SHARES]
    rows = [[para(h, head) for h in HEADINGS]]
    for r in data.rows:
        rows.append([para(str(r.number), cell), para(f"{r.at:%Y-%m-%d %H:%M}", cell),
                     para(r.direction, cell), para(f"{r.station}\n{r.station_code}".strip(), cell),
                     para(r.file_name, cell), para(r.checksum, mono),
                     para(r.content, cell), para(r.staff, cell)])
        ticker.step()
    grid = listing(rows, widths, grid_style(1, s), None if data.rows else para("本期没有同步记录。", cell))
    info = data.station
    story = [
        para(info.name, style(13 * s, leading=19 * s, align=TA_CENTER)),
        para(data.title, style(22 * s, leading=31 * s, align=TA_CENTER, color=RED)),
        para(data.period, style(10.5 * s, leading=15 * s, align=TA_CENTER, color=GREY,
                                space_after=3 * mm * s)),
        grid,
        Spacer(1, 3 * mm * s),
        para(data.summary_line, style(10.5 * s, leading=16 * s)),
        para("每一趟同步都由软件自动记录；校验码与U盘上同步包的校验码一致，可据此核对文件。",
             style(9.5 * s, leading=14 * s, color=GREY)),
        Spacer(1, 6 * mm * s),
        signature_table(["经办人（签字）", "审核人（签字）"], avail_w, s),
    ]
    ticker.step()
    furniture = Furniture(info.name, data.title, data.period, data.printed_on, scale=s)
    return build(path, story, pagesize, furniture, (margin, margin, 18 * mm * s, 18 * mm * s), ticker,
                 title=f"{info.name} {data.title} {cn_date(data.printed_on)}")

