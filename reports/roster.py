"""轮值表: the duty roster wall chart for one month, A4 or A3 landscape: a
calendar with who is on duty each day, the staff and their phones, and — while
the roster is not yet kept in the app — a note that the sheet is generated
from the active staff."""
from __future__ import annotations

from reportlab.lib import colors

from .common import (
    BLUE,
    GREY,
    INK,
    LIGHT,
    PALE,
    RED,
    TA_CENTER,
    Furniture,
    ProgressTicker,
    build,
    mm,
    page_size,
    para,
    style,
    table,
    width,
)

PAPERS = ("A4", "A3")
SCALE = {"A4": 1.0, "A3": 2 ** 0.5}


def _names_para(names, size, avail_w, avail_h, s, everyone: int):
    """The day's names, whole names to a line (never 梁/春燕 split over two
    lines), shrunk until they fit the cell; when even small type cannot hold
    them, the cell says who in a few words and the list below has them all."""
    if not names:
        return para("—", style(size, align=TA_CENTER))
    smallest = 6.5 * s
    while True:
        gap = size
        widest = max(width(n, size) for n in names)
        per_line = max(1, int((avail_w + gap) // (widest + gap)))
        lines = ["　".join(names[i:i + per_line]) for i in range(0, len(names), per_line)]
        leading = size * 1.35
        if len(lines) * leading <= avail_h:
            return para("\n".join(lines), style(size, leading=leading, align=TA_CENTER))
        if size <= smallest:
            break
        size -= 0.5 * s
    size = 9 * s
    if len(names) == everyone:
        text = f"全体在岗人员\n（{len(names)}人）"
    else:
        text = f"{'、'.join(names[:2])}\n等{len(names)}人"
    return para(text, style(size, leading=size * 1.35, align=TA_CENTER))


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 或 A3 纸打印。")
    s = SCALE[paper]
    pagesize = page_size(paper, wide=True)
    left = right = 14 * mm * s
    top, bottom = 17 * mm * s, 15 * mm * s
    avail_w = pagesize[0] - left - right
    avail_h = pagesize[1] - top - bottom
    ticker = ProgressTicker(progress, len(data.weeks) + 2)

    # staff block: up to three people a row
    per_row = 3
    staff_rows = []
    cell = style(9.5 * s, leading=13 * s)
    for i in range(0, len(data.staff), per_row):
        chunk = data.staff[i:i + per_row]
        row = []
        for p in chunk:
            kind = "专职" if p.full_time else "兼职"
            row.append(para(f"{p.name}（{p.role}，{kind}）　{p.phone or '—'}", cell))
        row += [""] * (per_row - len(row))
        staff_rows.append(row)
    if not staff_rows:
        staff_rows = [["尚未登记在岗工作人员。", "", ""]]
    staff_h = 19 * s * len(staff_rows)
    title_h = 58 * s
    note_h = (30 * s if data.note else 0) + 22 * s
    head_h = 20 * s
    grid_h = avail_h - title_h - staff_h - note_h - head_h - 14 * s
    # with many staff the list below goes on to a second sheet rather than
    # squeezing the calendar
    row_h = max(min(grid_h / max(len(data.weeks), 1), 90 * s), 52 * s)
    col_w = avail_w / 7

    rows = [[para(d, style(10.5 * s, align=TA_CENTER)) for d in data.weekdays]]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5 * s, colors.HexColor("#555555")),
            ("BOX", (0, 0), (-1, -1), 1.2 * s, INK),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("BACKGROUND", (5, 0), (6, 0), colors.HexColor("#F3DADA")),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * s), ("RIGHTPADDING", (0, 0), (-1, -1), 3 * s),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * s), ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * s)]
    day_st = style(13 * s, leading=16 * s, color=BLUE)
    day_we = style(13 * s, leading=16 * s, color=RED)
    for w, week in enumerate(data.weeks, 1):
        row = []
        for d, day in enumerate(week):
            if day is None:
                row.append("")
                cmds.append(("BACKGROUND", (d, w), (d, w), PALE))
                continue
            names = _names_para(day.names, 9 * s, col_w - 6 * s, row_h - 24 * s, s, len(data.staff))
            cell = [para(str(day.date.day), day_we if day.weekend else day_st)]
            if day.special:     # 春节 / 调休上班（春节）: from the real roster
                cell.append(para(day.special, style(7.5 * s, leading=9 * s,
                                                    color=RED if day.holiday else BLUE)))
                names = _names_para(day.names, 9 * s, col_w - 6 * s, row_h - 34 * s, s,
                                    len(data.staff))
            row.append(cell + [names])
            if day.weekend:
                cmds.append(("BACKGROUND", (d, w), (d, w), colors.HexColor("#FBF1F1")))
        rows.append(row)
        ticker.step()
    grid = table(rows, [col_w] * 7, cmds, heights=[head_h] + [row_h] * len(data.weeks))

    staff_table = table(staff_rows, [avail_w / per_row] * per_row,
                        [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                         ("LINEBELOW", (0, 0), (-1, -1), 0.3 * s, colors.HexColor("#BBBBBB")),
                         ("LEFTPADDING", (0, 0), (-1, -1), 2 * s)],
                        heights=[19 * s] * len(staff_rows))
    info = data.station
    contact = "　".join(x for x in [f"值班电话：{info.phone}" if info.phone else "",
                                   f"开放时间：{info.opening_hours}" if info.opening_hours else ""] if x)
    story = [
        para(f"{info.name}", style(13 * s, leading=18 * s, align=TA_CENTER)),
        para(f"{data.period}　{data.title}", style(22 * s, leading=30 * s, align=TA_CENTER, color=BLUE)),
        para(contact, style(9.5 * s, leading=12 * s, align=TA_CENTER, color=GREY, space_after=3 * s)),
        grid,
        para("工作人员及联系电话", style(11 * s, leading=16 * s, color=BLUE, space_before=5 * s)),
        staff_table,
    ]
    if data.note:
        story.append(para(data.note, style(9.5 * s, leading=13 * s, color=RED, space_before=4 * s)))
    furniture = Furniture(info.name, data.title, data.period, data.printed_on, scale=s)
    return build(path, story, pagesize, furniture, (left, right, top, bottom), ticker,
                 title=f"{info.name} {data.period} {data.title}")
