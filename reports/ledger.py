"""工作记录（台账）: the work ledger, A4 landscape, one row per concern, the
header rows repeated on every page, a totals block that adds up, and the
signature lines of the clerk (经办人) and the person in charge (负责人)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer

from .common import (
    BLUE,
    FONT,
    GREY,
    INK,
    LIGHT,
    TA_CENTER,
    Furniture,
    ProgressTicker,
    build,
    cn_date,
    fit_cell,
    grid_style,
    listing,
    mm,
    page_size,
    para,
    short_date,
    signature_table,
    style,
    table,
)

PAPERS = ("A4",)
BODY = 8.0
ROW_H = 13.5  # a one-line row, for the page estimate

# (header, width in pt); the summary column takes what is left.
FIXED = [("序号", 24), ("案件编号", 50), ("登记日期", 52), ("反映人", 40), ("所在屯", 40),
         ("回应功能", 42), ("处理方式", 42)]
TAIL = [("办结期限", 40), ("办理结果", 46), ("满意度", 40), ("经办人", 40)]
STEP_W = 30


def _header(data):
    """One header row (a spanned two-row header costs reportlab a scan of
    every cell at each page break); the step columns are headed by the
    step's short name and the title line says they hold dates."""
    return [h for h, _ in FIXED] + ["反映事项"] + [label for _, label in data.step_columns] + \
        [h for h, _ in TAIL]


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 纸（横向）打印。")
    pagesize = page_size(paper, wide=True)
    left = right = 12 * mm
    top, bottom = 18 * mm, 16 * mm
    avail = pagesize[0] - left - right
    steps = data.step_columns
    fixed_w = sum(w for _, w in FIXED) + STEP_W * len(steps) + sum(w for _, w in TAIL)
    summary_w = avail - fixed_w
    widths = [w for _, w in FIXED] + [summary_w] + [STEP_W] * len(steps) + [w for _, w in TAIL]

    rows_per_page = int((pagesize[1] - top - bottom - 40) // ROW_H)
    est_pages = max(1, len(data.rows) // max(rows_per_page, 1) + 1)
    ticker = ProgressTicker(progress, len(data.rows) + est_pages)

    cell = style(BODY, leading=10, hang_room=True)
    pad = 5.0
    head = style(8.5, leading=10, align=TA_CENTER)
    table_rows = [[para(h, head) for h in _header(data)]]
    for i, r in enumerate(data.rows):
        row = [str(r.number), r.case_number, r.registered_on.isoformat(),
               fit_cell(r.villager, cell, widths[3] - pad), fit_cell(r.hamlet, cell, widths[4] - pad),
               r.function, r.rule, fit_cell(r.summary, cell, summary_w - pad)]
        row += [short_date(r.step_dates.get(code)) for code, _ in steps]
        row += [short_date(r.deadline), fit_cell(r.outcome, cell, TAIL[1][1] - pad),
                r.satisfaction, fit_cell(r.handler, cell, TAIL[3][1] - pad)]
        table_rows.append(row)
        if i % 10 == 9:
            ticker.step(10)
    cmds = grid_style(header_rows=1, size=BODY, leading=10, vpad=False)
    cmds += [("ALIGN", (0, 1), (0, -1), "CENTER")]
    grid = listing(table_rows, widths, cmds, None if data.rows else "本期没有登记的关切。")

    story = [
        para(data.station.name, style(13, align=TA_CENTER, color=INK)),
        para(data.title, style(20, leading=28, align=TA_CENTER, color=BLUE)),
        para(f"统计期间：{data.period}　（按登记日期）　　办理情况截至：{cn_date(data.printed_on)}",
             style(9.5, align=TA_CENTER, color=GREY)),
        para("“分析、现场、监督、公示、反馈”各栏填写该步骤首次办理的日期（月-日）；"
             "接待、受理在登记当日。",
             style(8.5, align=TA_CENTER, color=GREY, space_after=3 * mm)),
        grid,
        Spacer(1, 6 * mm),
        KeepTogether(_totals(data, avail) + [Spacer(1, 8 * mm),
                                            signature_table(["经办人（签字）", "负责人（签字）"], avail * 0.75)]
                     + _chain_line(data)),
    ]
    furniture = Furniture(data.station.name, data.title, data.period, data.printed_on)
    return build(path, story, pagesize, furniture, (left, right, top, bottom), ticker,
                 title=f"{data.station.name} {data.title} {data.period}")


def _chain_line(data):
    """The audit chain's head on the last page, as a check code: the print
    centre's 核对打印过的台账 (or ``main.py verify --head SEQ:HASH``) checks
    that nothing before this printout was changed or removed. Said in the
    desk's words, not as a command a cadre cannot type."""
    if not data.chain:
        return []
    seq, digest = data.chain
    return [Spacer(1, 5 * mm),
            para(f"核对码：{seq}:{digest[:16]}　要知道这份台账打印以后记录有没有被改动或删掉："
                 f"在工作台按“打印 (F5)”，点“核对打印过的台账”，输入这个核对码。",
                 style(8.5, color=GREY))]


def _totals(data, avail):
    t = data.totals
    big = style(11, leading=17)
    terms = [f"已解决 {t.resolved} 件", f"待处理 {t.pending} 件"] + \
        [f"{label} {n} 件" for label, n in t.other_outcomes]
    equation = f"本期受理关切 {t.concerns} 件 ＝ " + " ＋ ".join(terms)
    visits = f"本期接待来访 {t.visits} 次、{t.visitors} 人（一次来访可反映多件事，集体来访按实际人数计）。"

    head = style(9.5, align=TA_CENTER)
    cell = style(9.5)

    def block(title, pairs, total_label="合计"):
        rows = [[para(title, head), para("件数", head)]]
        rows += [[para(label, cell), str(n)] for label, n in pairs]
        rows.append([para(total_label, cell), str(sum(n for _, n in pairs))])
        return rows

    outcomes = [("已解决", t.resolved), ("待处理", t.pending)] + list(t.other_outcomes)
    blocks = [block("办理结果", outcomes), block("回应功能", t.by_function),
              block("处理方式", t.by_rule)]
    height = max(len(b) for b in blocks)
    for b in blocks:
        b += [["", ""]] * (height - len(b))
    gap = 8 * mm
    col_w = (avail - 2 * gap) / 3
    rows = [b1 + [""] + b2 + [""] + b3 for b1, b2, b3 in zip(*blocks)]
    widths = [col_w - 40, 40, gap, col_w - 40, 40, gap, col_w - 40, 40]
    cmds = [("FONT", (0, 0), (-1, -1), FONT, 9.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "RIGHT"),
            ("ALIGN", (7, 0), (7, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for c0, b in zip((0, 3, 6), blocks):
        last = max(i for i, r in enumerate(b) if r[0] != "")
        cmds += [("GRID", (c0, 0), (c0 + 1, last), 0.4, colors.HexColor("#444444")),
                 ("BACKGROUND", (c0, 0), (c0 + 1, 0), LIGHT),
                 ("BACKGROUND", (c0, last), (c0 + 1, last), LIGHT)]
    block_table = table(rows, widths, cmds, hAlign="LEFT")
    check = "" if t.adds_up() else "（注意：以上各项之和与受理总数不符，请核对。）"
    return [para("本期合计", style(13, leading=18, color=BLUE)),
            para(equation + check, big), para(visits, style(9.5, color=GREY, space_after=3 * mm)),
            block_table]
