"""亲民卡: ten contact cards on one A4 sheet (2 × 5, each 85 × 54 mm, the
size of a bank card), with cut marks in the margins: station name, address,
opening hours, duty phone, and the staff with their phones."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Spacer

from .common import FONT, Furniture, ProgressTicker, build, mm, page_size, width, wrap_lines

PAPERS = ("A4",)
CARD_W, CARD_H = 85 * mm, 54 * mm
COLS, ROWS = 2, 5
BLUE = colors.HexColor("#1F4E79")
RED = colors.HexColor("#A4161A")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#555555")


def _staff_lines(staff, size, col_w):
    entries = [f"{p.name}（{p.role}）{p.phone}" if p.phone else f"{p.name}（{p.role}）" for p in staff]
    return entries, all(width(e, size) <= col_w for e in entries)


def _card(c, x, y, data):
    """One card with its lower-left corner at (x, y)."""
    info = data.station
    inset = 3 * mm
    left, right = x + inset, x + CARD_W - inset
    top = y + CARD_H - inset
    # heading band
    band_h = 8.5 * mm
    c.setFillColor(BLUE)
    c.roundRect(left, top - band_h, right - left, band_h, 2 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(FONT, 12.5)
    c.drawString(left + 2.5 * mm, top - band_h + 2.6 * mm, data.title)
    name_size = 9.5
    while width(info.name, name_size) > right - left - 22 * mm and name_size > 6:
        name_size -= 0.5
    c.setFont(FONT, name_size)
    c.drawRightString(right - 2.5 * mm, top - band_h + 2.9 * mm, info.name)

    yy = top - band_h - 4.2 * mm
    c.setFillColor(INK)
    lines = []
    if info.address:
        lines += wrap_lines("地址：" + info.address, 7, right - left)
    if info.opening_hours:
        lines += wrap_lines("开放时间：" + info.opening_hours, 7, right - left)
    c.setFont(FONT, 7)
    for line in lines[:4]:
        c.drawString(left, yy, line)
        yy -= 3.3 * mm
    yy -= 0.6 * mm
    if info.phone or info.head_phone:
        c.setFillColor(RED)
        c.setFont(FONT, 10.5)
        c.drawString(left, yy - 0.8 * mm, f"值班电话：{info.phone or info.head_phone}")
        yy -= 5 * mm
    # staff in two columns, type shrunk to fit what room is left
    c.setFillColor(INK)
    # the four functions along the foot of the card
    foot = "　·　".join(data.functions)
    foot_size = 6.5
    while width(foot, foot_size) > right - left and foot_size > 4.5:
        foot_size -= 0.25
    c.setFont(FONT, foot_size)
    c.setFillColor(BLUE)
    c.drawCentredString((left + right) / 2, y + inset + 0.5 * mm, foot)
    c.setFillColor(INK)
    bottom = y + inset + 0.5 * mm + foot_size * 1.8
    col_w = (right - left - 2 * mm) / 2
    size = 7.6
    while True:
        entries, fits = _staff_lines(data.staff, size, col_w)
        rows = (len(entries) + 1) // 2
        line_h = size * 1.3
        if (fits and yy - (rows - 1) * line_h >= bottom) or size <= 5.0:
            break
        size -= 0.2
    # a card holds so many names; the rest are on the roster
    capacity = 2 * (int((yy - bottom) // line_h) + 1)
    if len(entries) > capacity:
        entries = entries[:capacity - 1] + [f"……等共{len(entries)}人，详见轮值表"]
    c.setFont(FONT, size)
    c.setStrokeColor(colors.HexColor("#BBBBBB"))
    c.setLineWidth(0.4)
    c.line(left, yy + size * 1.05, right, yy + size * 1.05)
    c.setFillColor(GREY)
    for i, e in enumerate(entries):
        row, col = divmod(i, 2)
        ty = yy - size * 0.5 - row * line_h
        c.drawString(left + col * (col_w + 2 * mm), ty, e)
    c.setFillColor(GREY)


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 纸打印。")
    pagesize = page_size(paper)
    ticker = ProgressTicker(progress, data.count + 1)
    x0 = (pagesize[0] - COLS * CARD_W) / 2
    y0 = (pagesize[1] - ROWS * CARD_H) / 2

    def sheet(c, doc):
        c.saveState()
        n = 0
        for r in range(ROWS):
            for k in range(COLS):
                if n >= data.count:
                    break
                _card(c, x0 + k * CARD_W, y0 + (ROWS - 1 - r) * CARD_H, data)
                n += 1
                ticker.step()
        # cut marks: short lines in the margins along every cut
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.4)
        gap, mark = 2 * mm, 6 * mm
        x1, y1 = x0 + COLS * CARD_W, y0 + ROWS * CARD_H
        for k in range(COLS + 1):
            x = x0 + k * CARD_W
            c.line(x, y1 + gap, x, y1 + gap + mark)
            c.line(x, y0 - gap, x, y0 - gap - mark)
        for r in range(ROWS + 1):
            y = y0 + r * CARD_H
            c.line(x0 - gap, y, x0 - gap - mark, y)
            c.line(x1 + gap, y, x1 + gap + mark, y)
        # faint guides where the cards meet, for scissors rather than a guillotine
        c.setStrokeColor(colors.HexColor("#CCCCCC"))
        c.setDash(1, 2)
        for k in range(1, COLS):
            c.line(x0 + k * CARD_W, y0, x0 + k * CARD_W, y1)
        for r in range(1, ROWS):
            c.line(x0, y0 + r * CARD_H, x1, y0 + r * CARD_H)
        c.setDash()
        c.setFont(FONT, 7)
        c.setFillColor(GREY)
        c.drawCentredString(pagesize[0] / 2, y0 - 12 * mm,
                            f"{data.station.name}　{data.title}　沿裁切线剪下，每张 85 × 54 毫米")
        c.restoreState()

    furniture = Furniture(data.station.name, data.title, "", None, header=False, footer=False)
    return build(path, [Spacer(1, 1)], pagesize, furniture, (0, 0, 0, 0), ticker, on_page=sheet,
                 title=f"{data.station.name} {data.title}")
