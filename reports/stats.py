"""统计报表: the statistics of a station, township or county for a period —
the figures, bar charts (reportlab graphics) by function, handling rule and
hamlet, the trend, and the stations ranked with those under 90%
satisfaction marked. A4 portrait."""
from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer

from .common import (
    BLUE,
    FONT,
    GREY,
    INK,
    LIGHT,
    RED,
    TA_CENTER,
    Furniture,
    ProgressTicker,
    build,
    grid_style,
    mm,
    page_size,
    para,
    style,
    table,
    width,
)

PAPERS = ("A4",)
BAR = colors.HexColor("#2F6FB0")
LINE = colors.HexColor("#C0392B")


def _fit(text: str, size: float, avail: float) -> str:
    if width(text, size) <= avail:
        return text
    while text and width(text + "…", size) > avail:
        text = text[:-1]
    return text + "…"


def bar_chart(title: str, rows: list[tuple[str, int]], w: float, size: float = 8.5) -> Drawing:
    """Horizontal bars: label, bar, count; the title above."""
    row_h = size * 1.9
    h = row_h * max(len(rows), 1) + size * 2.6
    d = Drawing(w, h)
    d.add(String(0, h - size * 1.2, title, fontName=FONT, fontSize=size + 1, fillColor=BLUE))
    if not rows:
        d.add(String(0, h - size * 3, "本期没有关切。", fontName=FONT, fontSize=size, fillColor=GREY))
        return d
    label_w = min(max(width(name, size) for name, _ in rows) + 6, w * 0.45)
    count_w = width("00000", size)
    bar_space = w - label_w - count_w - 6
    most = max(n for _, n in rows) or 1
    for i, (name, n) in enumerate(rows):
        y = h - size * 2.6 - (i + 1) * row_h
        d.add(String(label_w - 4, y + row_h * 0.3, _fit(name, size, label_w - 6), fontName=FONT,
                     fontSize=size, textAnchor="end", fillColor=INK))
        bw = bar_space * n / most
        if bw > 0:
            d.add(Rect(label_w, y + row_h * 0.18, bw, row_h * 0.64, fillColor=BAR, strokeColor=None))
        d.add(String(label_w + bw + 3, y + row_h * 0.3, str(n), fontName=FONT, fontSize=size,
                     fillColor=INK))
    return d


def trend_chart(title: str, points, w: float, h: float = 150, size: float = 8.0) -> Drawing:
    """Concerns per period as columns; the satisfaction rate as a line with its values."""
    d = Drawing(w, h)
    d.add(String(0, h - size * 1.3, title, fontName=FONT, fontSize=size + 1, fillColor=BLUE))
    if not points:
        return d
    bottom, top = size * 3.4, h - size * 5.2
    plot_h = top - bottom
    col_w = w / len(points)
    most = max(p.concerns for p in points) or 1
    d.add(Line(0, bottom, w, bottom, strokeColor=GREY, strokeWidth=0.5))
    line = []
    for i, p in enumerate(points):
        x = i * col_w
        bh = plot_h * p.concerns / most
        if bh > 0:
            d.add(Rect(x + col_w * 0.25, bottom, col_w * 0.5, bh, fillColor=BAR, strokeColor=None))
        d.add(String(x + col_w / 2, bottom + bh + 2, str(p.concerns), fontName=FONT, fontSize=size,
                     textAnchor="middle", fillColor=INK))
        d.add(String(x + col_w / 2, bottom - size * 1.4, p.label, fontName=FONT, fontSize=size,
                     textAnchor="middle", fillColor=INK))
        if p.satisfaction_rate is not None:
            line.append((x + col_w / 2, p.satisfaction_rate))
    # the satisfaction line runs in its own band above the columns' tallest label
    band_lo, band_hi = top + size * 1.6, h - size * 2.6
    lo = min((r for _, r in line), default=0)
    lo = min(lo, 0.8)

    def y_of(rate):
        return band_lo + (band_hi - band_lo) * (rate - lo) / ((1 - lo) or 1)
    for (x1, r1), (x2, r2) in zip(line, line[1:]):
        d.add(Line(x1, y_of(r1), x2, y_of(r2), strokeColor=LINE, strokeWidth=1.2))
    for x, r in line:
        d.add(Rect(x - 1.8, y_of(r) - 1.8, 3.6, 3.6, fillColor=LINE, strokeColor=None))
    d.add(String(w, h - size * 1.3, "柱：关切件数　折线：满意率", fontName=FONT, fontSize=size,
                 textAnchor="end", fillColor=GREY))
    rates = "　".join(f"{p.label} {p.satisfaction_rate * 100:.1f}%" for p in points
                     if p.satisfaction_rate is not None)
    if rates:
        d.add(String(0, 0, _fit("满意率：" + rates, size - 0.5, w), fontName=FONT, fontSize=size - 0.5,
                     fillColor=LINE))
    return d


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 纸打印。")
    pagesize = page_size(paper)
    left = right = 16 * mm
    top, bottom = 20 * mm, 18 * mm
    avail = pagesize[0] - left - right
    ticker = ProgressTicker(progress, 4 + len(data.ranking) // 40)

    fig_rows = [
        ["来访人数", "来访次数", "受理关切", "已解决", "待处理", "其他结果"],
        [str(data.visitors), str(data.visits), str(data.concerns), str(data.resolved),
         str(data.pending), str(data.others)],
        ["办结率", "按期办结率", "满意率", "作出评价", "满意／基本满意／不满意", ""],
        [data.completion_rate, data.on_time_rate, data.satisfaction_rate, str(data.rated),
         " / ".join(str(n) for _, n in data.satisfaction_counts), ""],
    ]
    cmds = [("FONT", (0, 0), (-1, -1), FONT, 9.5), ("FONT", (0, 1), (-1, 1), FONT, 15),
            ("FONT", (0, 3), (-1, 3), FONT, 15), ("TEXTCOLOR", (0, 1), (-1, 1), BLUE),
            ("TEXTCOLOR", (0, 3), (-1, 3), BLUE), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("BACKGROUND", (0, 2), (-1, 2), LIGHT), ("GRID", (0, 0), (-1, -1), 0.4, GREY),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("SPAN", (4, 2), (5, 2)), ("SPAN", (4, 3), (5, 3))]
    figures = table(fig_rows, [avail / 6] * 6, cmds, heights=[16, 24, 16, 24])

    terms = [f"{label} {n}" for label, n in data.outcomes]
    equation = f"受理关切 {data.concerns} 件 ＝ " + " ＋ ".join(terms)
    if not data.adds_up():
        equation += "（注意：各项之和与受理总数不符，请核对。）"

    half = (avail - 8 * mm) / 2
    charts = table([[bar_chart("按回应功能", data.by_function, half),
                     bar_chart("按处理方式", data.by_rule, half)]],
                   [half + 8 * mm, half], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    ticker.step()
    hamlet_title = "按屯（件数多的在前）" + (f"，另有 {data.hamlets_more} 个屯未画出" if data.hamlets_more else "")
    story = [
        para(data.scope_name, style(13, align=TA_CENTER, color=INK)),
        para(data.title, style(20, leading=28, align=TA_CENTER, color=BLUE)),
        para(f"统计期间：{data.period}　　统计范围：{data.scope_name}"
             + (f"及下属站点（共 {data.stations_counted} 个）" if data.stations_counted > 1 else ""),
             style(9.5, align=TA_CENTER, color=GREY, space_after=4 * mm)),
    ]
    if data.data_line:
        story.append(para(data.data_line, style(9.5, align=TA_CENTER, color=GREY, space_after=2 * mm)))
    if data.incomplete_note:
        story.append(para(data.incomplete_note, style(10, leading=14, color=RED, space_after=2 * mm)))
    story += [
        figures,
        Spacer(1, 3 * mm),
        para(equation, style(10.5, leading=15)),
        para(data.supervision_line, style(9.5, color=GREY)),
        Spacer(1, 3 * mm),
        charts,
        Spacer(1, 3 * mm),
    ]
    if data.trend:
        story += [trend_chart("趋势（本期及之前各期）", data.trend, avail), Spacer(1, 3 * mm)]
    if data.by_hamlet:
        story += [bar_chart(hamlet_title, data.by_hamlet, avail), Spacer(1, 3 * mm)]
    ticker.step()
    if data.ranking:
        story += [para("各站排名（按满意率，其次办结率）", style(12, leading=18, color=BLUE)),
                  para(f"满意率低于90%的站点标“▲”（本期 {data.flagged} 个）。"
                       "没有评价的站点排在后面。"
                       + (f"数据不全的站点（{data.stale} 个）标“数据不全”，不参加排名，列在最后。"
                          if data.stale else ""), style(9, color=GREY, space_after=2 * mm))]
        rows = [["名次", "站点", "上级", "数据截至", "关切", "已解决", "办结率", "满意率", ""]]
        flagged_rows = []
        cell = style(8.5, leading=10.5, hang_room=True)
        cell_red = style(8.5, leading=10.5, hang_room=True, color=RED)
        cell_grey = style(8, leading=10, hang_room=True, color=GREY)
        widths = [28, avail - 28 - 84 - 62 - 4 * 40 - 16, 84, 62, 40, 40, 40, 40, 16]
        for i, r in enumerate(data.ranking, 1):
            c = cell_red if r.flagged else cell
            age = para(r.data_age + ("　数据不全" if r.stale else ""), cell_red if r.stale else cell_grey)
            rows.append(["—" if r.stale else str(r.rank), para(r.name, c), para(r.parent, c), age,
                         str(r.concerns), str(r.resolved), r.completion, r.satisfaction,
                         "▲" if r.flagged else ""])
            if r.flagged:
                flagged_rows.append(i)
        cmds = grid_style(header_rows=1, size=8.5, leading=10.5, vpad=False)
        cmds += [("ALIGN", (4, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
                 ("ALIGN", (8, 1), (8, -1), "CENTER")]
        for i in flagged_rows:
            cmds += [("TEXTCOLOR", (0, i), (-1, i), RED)]
        story.append(table(rows, widths, cmds, repeatRows=1))
        story.append(Spacer(1, 3 * mm))
    story.append(KeepTogether([para("说明", style(10, color=BLUE))] +
                              [para(f"{i}. {t}", style(8.5, color=GREY)) for i, t in
                               enumerate(data.definitions, 1)]))
    furniture = Furniture(data.station_name, data.title, data.period, data.printed_on)
    return build(path, story, pagesize, furniture, (left, right, top, bottom), ticker,
                 title=f"{data.scope_name} {data.title} {data.period}")
