"""运行制度: the station's operating rules as a framed page for the wall,
A4 or A3 portrait. The text is the station's own (editable in the app); the
type is sized so the rules fill one page when they can."""
from __future__ import annotations

import re

from reportlab.platypus import Spacer

from .common import (
    BLUE,
    FONT,
    GREY,
    RED,
    TA_CENTER,
    TA_RIGHT,
    Furniture,
    ProgressTicker,
    build,
    cn_date,
    mm,
    page_size,
    para,
    style,
)

PAPERS = ("A4", "A3")
SCALE = {"A4": 1.0, "A3": 2 ** 0.5}
HEADING = re.compile(r"^\s*(第[一二三四五六七八九十百零〇\d]+[条章]|[一二三四五六七八九十]+、|\d+[、.．])")


def _story(data, s, size):
    body = style(size * s, leading=size * 1.5 * s, first_indent=2 * size * s)
    head = style((size + 1.5) * s, leading=(size + 1.5) * 1.4 * s, color=BLUE,
                 space_before=size * 0.35 * s)
    story = [
        para(data.station.name, style(15 * s, leading=22 * s, align=TA_CENTER)),
        para(data.title, style(28 * s, leading=38 * s, align=TA_CENTER, color=RED)),
        Spacer(1, 3 * mm * s),
    ]
    for line in data.text.splitlines():
        line = line.strip()
        if not line:
            continue
        story.append(para(line, head if HEADING.match(line) and len(line) <= 30 else body))
    story += [Spacer(1, 3 * mm * s),
              para(data.station.name, style(11.5 * s, leading=18 * s, align=TA_RIGHT)),
              para(cn_date(data.printed_on), style(11.5 * s, leading=18 * s, align=TA_RIGHT))]
    return story


def _height(story, avail_w):
    total = 0.0
    for f in story:
        _, h = f.wrap(avail_w, 10 ** 6)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 或 A3 纸打印。")
    s = SCALE[paper]
    pagesize = page_size(paper)
    inset = 10 * mm * s        # page edge → frame
    pad = 9 * mm * s           # frame → text
    margin = inset + pad
    avail_w = pagesize[0] - 2 * margin - 12          # the doc frame's own padding
    avail_h = pagesize[1] - 2 * margin - 12
    ticker = ProgressTicker(progress, 3)
    # the largest type, between 12 and 9 pt, that keeps the rules on one page;
    # a longer text flows on to further framed pages at 10.5 pt
    size = 10.5
    for candidate in (12, 11.5, 11, 10.5, 10, 9.5, 9):
        if _height(_story(data, s, candidate), avail_w) <= avail_h:
            size = candidate
            break
    ticker.step()

    def frame(c, doc):
        w, h = pagesize
        c.saveState()
        c.setStrokeColor(RED)
        c.setLineWidth(3 * s)
        c.rect(inset, inset, w - 2 * inset, h - 2 * inset)
        c.setLineWidth(0.8 * s)
        c.rect(inset + 4 * s, inset + 4 * s, w - 2 * inset - 8 * s, h - 2 * inset - 8 * s)
        # corner ornaments
        c.setFillColor(RED)
        for x, y in ((inset, inset), (w - inset, inset), (inset, h - inset), (w - inset, h - inset)):
            c.rect(x - 4 * s, y - 4 * s, 8 * s, 8 * s, fill=1, stroke=0)
        c.restoreState()

    def page_footer(c, doc):
        frame(c, doc)
        c.saveState()
        c.setFont(FONT, 8 * s)
        c.setFillColor(GREY)
        c.drawCentredString(pagesize[0] / 2, inset / 2 - 3 * s, f"{data.station.name}　{data.title}")
        c.restoreState()

    furniture = Furniture(data.station.name, data.title, "", data.printed_on, header=False,
                          footer="pages", scale=s)
    return build(path, _story(data, s, size), pagesize, furniture, (margin, margin, margin, margin),
                 ticker, on_page=page_footer, title=f"{data.station.name} {data.title}")
