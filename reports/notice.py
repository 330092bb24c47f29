"""结果公示 and 限时解决集中公示: the sheets posted on the public notice
board, A4 or A3 portrait. The data arrives already masked (张**,
138****5678) and without confidential concerns; this module only lays it out.
"""
from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from .common import (
    GREY,
    RED,
    TA_CENTER,
    TA_RIGHT,
    Furniture,
    ProgressTicker,
    build,
    cn_date,
    fit_cell,
    grid_style,
    listing,
    md_date,
    mm,
    page_size,
    para,
    style,
    table,
)

PAPERS = ("A4", "A3")
SCALE = {"A4": 1.0, "A3": 2 ** 0.5}


def _columns(kind):
    """(header, width in A4 points or None for the flexible summary column)."""
    if kind == "time-limited":
        return [("案件编号", 50), ("反映人", 68), ("所在屯", 40), ("反映事项", None),
                ("办结期限", 46), ("办结日期", 46), ("办理情况", 58), ("满意度", 46)]
    return [("序号", 24), ("案件编号", 50), ("反映人", 68), ("所在屯", 40), ("反映事项", None),
            ("处理方式", 46), ("办理结果", 72), ("满意度", 46)]


def _row(kind, r):
    person = r.villager + (f"\n{r.phone}" if r.phone else "")
    if kind == "time-limited":
        return [r.case_number, person, r.hamlet, r.summary, md_date(r.deadline),
                md_date(r.closed_on) if r.closed_on else "", r.timeliness or r.result, r.satisfaction]
    return [str(r.number), r.case_number, person, r.hamlet, r.summary, r.rule,
            r.result + (f"\n（{md_date(r.closed_on)}）" if r.closed_on else ""), r.satisfaction]


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 或 A3 纸打印。")
    s = SCALE[paper]
    pagesize = page_size(paper)
    left = right = 16 * mm * s
    top, bottom = 18 * mm * s, 16 * mm * s
    avail = pagesize[0] - left - right
    cols = _columns(data.kind)
    fixed = sum(w for _, w in cols if w) * s
    widths = [w * s if w else avail - fixed for _, w in cols]

    size = 9.5 * s
    lead = 12.5 * s
    cell = style(size, leading=lead, hang_room=True)
    cell_c = style(size, leading=lead, align=TA_CENTER)
    head = style(size, leading=lead, align=TA_CENTER)
    pad = 5 * s
    summary_col = [h for h, _ in cols].index("反映事项")
    ticker = ProgressTicker(progress, len(data.rows) + max(1, len(data.rows) // 25 + 1))

    rows = [[para(h, head) for h, _ in cols]]
    for i, r in enumerate(data.rows):
        raw = _row(data.kind, r)
        row = []
        for j, text in enumerate(raw):
            st = cell if j == summary_col else cell_c
            row.append(fit_cell(text, st, widths[j] - pad))
        rows.append(row)
        if i % 10 == 9:
            ticker.step(10)
    cmds = grid_style(1, s) + [("FONTSIZE", (0, 0), (-1, -1), size), ("LEADING", (0, 0), (-1, -1), lead),
                                ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                                ("ALIGN", (summary_col, 1), (summary_col, -1), "LEFT"),
                                ("TOPPADDING", (0, 0), (-1, -1), 3 * s),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * s)]
    grid = listing(rows, widths, cmds, None if data.rows else "本期没有需要公示的事项。")

    body = style(11 * s, leading=18 * s, first_indent=22 * s)
    story = [
        para(data.station.name, style(16 * s, leading=24 * s, align=TA_CENTER, color=RED)),
        para(data.title, style(26 * s, leading=36 * s, align=TA_CENTER, color=RED)),
        Spacer(1, 1 * mm * s),
        _red_rule(avail, s),
        Spacer(1, 3 * mm * s),
        para(f"现将本站{data.period}受理的群众反映事项办理情况公示如下。{data.summary_line}", body),
        para(f"公示期：{cn_date(data.posted_on)}至{cn_date(data.until)}。",
             style(11 * s, leading=18 * s, first_indent=22 * s, space_after=3 * mm * s)),
        grid,
        Spacer(1, 4 * mm * s),
        KeepTogether([
            para(data.objection_line, body),
            para(data.privacy_line, style(10 * s, leading=16 * s, first_indent=20 * s, color=GREY)),
            para("特此公示。", style(11 * s, leading=18 * s, first_indent=22 * s, space_before=2 * mm * s)),
            Spacer(1, 8 * mm * s),
            para(data.station.name, style(12 * s, leading=18 * s, align=TA_RIGHT)),
            para(f"（盖章）　{cn_date(data.posted_on)}", style(12 * s, leading=18 * s, align=TA_RIGHT)),
        ]),
    ]
    furniture = Furniture(data.station.name, data.title, f"公示期至{cn_date(data.until)}",
                          data.posted_on, scale=s)
    return build(path, story, pagesize, furniture, (left, right, top, bottom), ticker,
                 title=f"{data.station.name} {data.title} {data.period}", subject=data.period)


def _red_rule(avail, s):
    return table([[""]], [avail], [("LINEABOVE", (0, 0), (-1, 0), 1.6 * s, RED),
                                    ("LINEBELOW", (0, 0), (-1, 0), 0.5 * s, RED)], heights=[2 * s])
