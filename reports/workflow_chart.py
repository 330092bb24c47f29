"""工作流程图: the workflow poster for the wall, A4 or A3 portrait, drawn
with reportlab graphics (vector shapes and text, not an image): the seven
steps as a flow, and the six handling rules branching from 分析处置."""
from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Spacer

from .common import FONT, Furniture, ProgressTicker, build, cn_date, page_size, width, wrap_lines

PAPERS = ("A4", "A3")
SCALE = {"A4": 1.0, "A3": 2 ** 0.5}

RED = colors.HexColor("#A4161A")
BLUE = colors.HexColor("#1F4E79")
STEP_FILL = colors.HexColor("#EAF1FB")
RULE_FILL = colors.HexColor("#FFF5E1")
RULE_LINE = colors.HexColor("#B86E00")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#555555")

W, H = 595.2756, 841.8898  # drawn in A4 points, scaled for A3


def _text(g, x, y, text, size, color=INK, anchor="start"):
    g.add(String(x, y, text, fontName=FONT, fontSize=size, fillColor=color, textAnchor=anchor))


def _arrow(g, x1, y1, x2, y2, color=BLUE, w=1.4, head=6):
    g.add(Line(x1, y1, x2, y2, strokeColor=color, strokeWidth=w))
    import math
    a = math.atan2(y2 - y1, x2 - x1)
    left = (x2 - head * math.cos(a - 0.4), y2 - head * math.sin(a - 0.4))
    right = (x2 - head * math.cos(a + 0.4), y2 - head * math.sin(a + 0.4))
    g.add(Polygon([x2, y2, *left, *right], fillColor=color, strokeColor=color, strokeWidth=0.5))


def _fit_lines(text, size, avail_w, max_lines, min_size=6.5):
    while True:
        lines = wrap_lines(text, size, avail_w)
        if len(lines) <= max_lines or size <= min_size:
            return lines[:max_lines], size
        size -= 0.5


def drawing(data) -> Drawing:
    d = Drawing(W, H)
    g = Group()
    d.add(g)
    info = data.station
    _text(g, W / 2, H - 62, info.name, 15, INK, "middle")
    _text(g, W / 2, H - 100, data.title, 30, RED, "middle")
    g.add(Line(60, H - 114, W - 60, H - 114, strokeColor=RED, strokeWidth=2))
    g.add(Line(60, H - 118, W - 60, H - 118, strokeColor=RED, strokeWidth=0.6))

    # the seven steps, top to bottom
    x0, bw, bh, gap = 48, 232, 58, 15
    top = H - 150
    _text(g, x0, top + 6, "工作流向（七步）", 12, BLUE)
    top -= 10
    boxes = []
    for i, step in enumerate(data.steps):
        y = top - bh - i * (bh + gap)
        boxes.append(y)
        g.add(Rect(x0, y, bw, bh, rx=8, ry=8, fillColor=STEP_FILL, strokeColor=BLUE, strokeWidth=1.3))
        g.add(Circle(x0 + 22, y + bh / 2, 14, fillColor=BLUE, strokeColor=None))
        _text(g, x0 + 22, y + bh / 2 - 5, str(i + 1), 14, colors.white, "middle")
        _text(g, x0 + 44, y + bh - 20, step.label, 14, BLUE)
        lines, size = _fit_lines(step.text, 8.5, bw - 52, 2)
        for k, line in enumerate(lines):
            _text(g, x0 + 44, y + bh - 35 - k * (size + 2.5), line, size, GREY)
        if i:
            _arrow(g, x0 + bw / 2, boxes[i - 1], x0 + bw / 2, y + bh + 1)

    # the six handling rules, branching from 分析处置 (step 3)
    rx, rw, rh, rgap = 336, 212, 56, 10
    n = len(data.rules)
    branch_y = boxes[2] + bh / 2
    block_h = n * rh + (n - 1) * rgap
    r_top = min(top - 4, branch_y + block_h / 2)
    _text(g, rx, r_top + 10, "分类处理（六种）", 12, RULE_LINE)
    bus_x = 308
    centres = []
    for j, rule in enumerate(data.rules):
        y = r_top - rh - j * (rh + rgap)
        centres.append(y + rh / 2)
        g.add(Rect(rx, y, rw, rh, rx=6, ry=6, fillColor=RULE_FILL, strokeColor=RULE_LINE, strokeWidth=1.1))
        title_size = 12.5
        while width(rule.label, title_size) > rw - 16 and title_size > 8:
            title_size -= 0.5
        _text(g, rx + 8, y + rh - 19, rule.label, title_size, INK)
        lines, size = _fit_lines(rule.path, 8.5, rw - 16, 2)
        for k, line in enumerate(lines):
            _text(g, rx + 8, y + rh - 34 - k * (size + 2.5), line, size, GREY)
        if rule.time_limit:
            _text(g, rx + rw - 8, y + rh - 19, rule.time_limit, 8.5, RULE_LINE, "end")
        _arrow(g, bus_x, y + rh / 2, rx - 1, y + rh / 2, RULE_LINE, 1.1, 5)
    g.add(Line(x0 + bw, branch_y, bus_x, branch_y, strokeColor=RULE_LINE, strokeWidth=1.4))
    g.add(Line(bus_x, max(centres + [branch_y]), bus_x, min(centres + [branch_y]),
               strokeColor=RULE_LINE, strokeWidth=1.4))
    _text(g, (x0 + bw + bus_x) / 2, branch_y + 5, "分类", 8.5, RULE_LINE, "middle")
    low = min(centres)
    note_y = low - rh / 2 - 18
    for k, line in enumerate(wrap_lines("政策咨询当面答复的，当场答复、当场反馈；"
                                        "涉密涉私问题不公示，专项反馈本人。", 8.5, rw + 12)):
        _text(g, rx - 6, note_y - k * 12, line, 8.5, GREY)

    # supervision and contact band
    band_top = boxes[-1] - 20
    text_lines = [(line, 10, INK) for line in wrap_lines(data.supervision, 10, W - 120)]
    for item in [f"地址：{info.address}" if info.address else "",
                 f"值班电话：{info.phone}" if info.phone else "",
                 f"开放时间：{info.opening_hours}" if info.opening_hours else ""]:
        if item:
            text_lines += [(line, 9.5, GREY) for line in wrap_lines(item, 9.5, W - 120)]
    band_h = min(band_top - 48, 24 + 15 * len(text_lines))
    g.add(Rect(48, band_top - band_h, W - 96, band_h, rx=6, ry=6,
               fillColor=colors.HexColor("#F6F7F8"), strokeColor=colors.HexColor("#BBBBBB"),
               strokeWidth=0.8))
    y = band_top - 20
    for line, size, color in text_lines:
        if y < band_top - band_h + 8:
            break
        _text(g, 60, y, line, size, color)
        y -= 15
    return d


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 或 A3 纸打印。")
    s = SCALE[paper]
    pagesize = page_size(paper)
    ticker = ProgressTicker(progress, 2)
    chart = drawing(data)
    chart.scale(s, s)
    chart.width, chart.height = pagesize

    def on_page(c, doc):
        renderPDF.draw(chart, c, 0, 0)
        c.setFont(FONT, 7 * s)
        c.setFillColor(GREY)
        c.drawRightString(pagesize[0] - 48 * s, 30 * s, f"打印日期：{cn_date(data.printed_on)}")

    furniture = Furniture(data.station.name, data.title, "", data.printed_on, header=False,
                          footer=False, scale=s)
    return build(path, [Spacer(1, 1)], pagesize, furniture, (0, 0, 0, 0), ticker, on_page=on_page,
                 title=f"{data.station.name} {data.title}")
