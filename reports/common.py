"""Page furniture shared by every document: the bundled CJK font, paper
sizes, paragraph styles, the running header (station, title, period), the
"第 x 页 共 y 页" footer, signature lines, progress reporting and writing the
PDF atomically (a failed run never leaves half a file behind).

Everything here takes plain values; nothing touches a database or Qt.
"""
from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

FONT = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"

INK = colors.HexColor("#222222")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#444444")
LIGHT = colors.HexColor("#E9ECEF")
PALE = colors.HexColor("#F6F7F8")
RED = colors.HexColor("#A4161A")      # the red of a government notice heading
BLUE = colors.HexColor("#1F4E79")

PAPERS = {"A4": A4, "A3": A3}
# A3 is A4 scaled by √2: the same layout, every size scaled with it.
SCALE = {"A4": 1.0, "A3": 2 ** 0.5}

Progress = Callable[[int, int], None]


def fonts_dir() -> Path:
    here = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    if not here.exists() and hasattr(sys, "_MEIPASS"):  # a PyInstaller bundle
        here = Path(sys._MEIPASS) / "resources" / "fonts"
    return here


def register_fonts() -> str:
    """Register the bundled WenQuanYi Micro Hei (TrueType outlines, so it is
    embedded as a subset) once per process; returns its font name."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        path = fonts_dir() / FONT_FILE
        if not path.exists():
            raise FileNotFoundError(f"找不到中文字体文件：{path}")
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
        _chinese_line_breaking()
        # reportlab graphics start each drawing in Helvetica; ours never use
        # it, but the unembedded font would still be referenced
        from reportlab.graphics import shapes
        shapes.STATE_DEFAULTS["fontName"] = FONT
    return FONT


def _chinese_line_breaking() -> None:
    """reportlab's CJK wrapping keeps 。、） off the start of a line but not
    the full-width ，；：！？》” — add them (避头标点), so no line of a
    printed sheet starts with a comma."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        extra = "".join(c for c in "，；：！？》”’" if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START = module.ALL_CANNOT_START + extra


def page_size(paper: str, wide: bool = False) -> tuple[float, float]:
    if paper not in PAPERS:
        raise ValueError(f"不支持的纸张：{paper}（可用 A4 或 A3）")
    size = PAPERS[paper]
    return landscape(size) if wide else size


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def style(size: float = 10, leading: float | None = None, align=TA_LEFT, color=INK,
          space_before: float = 0, space_after: float = 0, indent: float = 0,
          first_indent: float = 0, name: str = "s", hang_room: bool = False) -> ParagraphStyle:
    """A paragraph style in the bundled font with Chinese line breaking.
    ``hang_room``: for table cells, keep half an em free on the right so a
    comma hung at the end of a line (避头标点) stays inside the cell."""
    return ParagraphStyle(
        name, fontName=FONT, fontSize=size, leading=leading or round(size * 1.45, 2),
        alignment=align, textColor=color, wordWrap="CJK", bulletFontName=FONT, spaceBefore=space_before,
        spaceAfter=space_after, leftIndent=indent, firstLineIndent=first_indent,
        rightIndent=size * 0.5 if hang_room else 0)


def para(text: str, st: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text or "").replace("\n", "<br/>"), st)


def fit_cell(text: str, st: ParagraphStyle, avail: float):
    """A plain string when the text fits the cell on one line (cheap to lay
    out), otherwise a wrapping paragraph."""
    text = text or ""
    if "\n" not in text:
        # no glyph of the font is wider than 1 em: a short text surely fits
        # without measuring it (a ledger has thousands of cells)
        if len(text) * st.fontSize <= avail or width(text, st.fontSize) <= avail:
            return text
    return para(text, st)


def wrap_lines(text: str, size: float, avail: float) -> list[str]:
    """Break text into lines no wider than ``avail`` (CJK: any character may
    start a line; Latin runs are kept whole where they fit)."""
    lines: list[str] = []
    for raw in (text or "").split("\n"):
        line = ""
        for ch in raw:
            if width(line + ch, size) <= avail or not line:
                line += ch
                continue
            # do not start a line with closing punctuation
            if ch in "，。、；：！？）》”’":
                line += ch
                lines.append(line)
                line = ""
                continue
            lines.append(line)
            line = ch
        lines.append(line)
    return lines


def cn_date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def short_date(d) -> str:
    return f"{d.month:02d}-{d.day:02d}" if d else ""


def md_date(d) -> str:
    return f"{d.month}月{d.day}日" if d else ""


@dataclass
class Furniture:
    """What is printed around the body of every page."""
    station: str
    title: str
    period: str = ""
    printed_on: object = None
    header: bool = True
    footer: bool | str = True   # "pages": only "第 x 页 共 y 页", and only when there are several
    scale: float = 1.0


class ProgressTicker:
    """Calls ``progress(done, total)``; total may grow, done never passes it."""

    def __init__(self, progress: Progress | None, total: int):
        self.progress = progress
        self.total = max(int(total), 1)
        self.done = 0

    def step(self, n: int = 1) -> None:
        if self.progress is None:
            return
        self.done = min(self.done + n, self.total - 1)
        self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.done = self.total
            self.progress(self.total, self.total)


def numbered_canvas(furniture: Furniture, pages: list):
    """A canvas class that holds each page until the end, so every page can
    say "第 x 页 共 y 页"; ``pages`` receives the page count."""

    class _Canvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # the canvas's opening font must be ours too, or a non-embedded
            # Helvetica is referenced on every page
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 10
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self):
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                draw_furniture(self, furniture, self._pageNumber, total)
                super().showPage()
            pages.append(total)
            super().save()

    return _Canvas


def draw_furniture(c, f: Furniture, page: int, total: int) -> None:
    w, h = c._pagesize
    s = f.scale
    c.saveState()
    c.setFillColor(GREY)
    c.setStrokeColor(colors.HexColor("#999999"))
    c.setLineWidth(0.5 * s)
    left, right = 14 * mm * s, w - 14 * mm * s
    if f.header:
        y = h - 10 * mm * s
        c.setFont(FONT, 8 * s)
        c.drawString(left, y, f.station)
        c.drawRightString(right, y, f"{f.title}　{f.period}".strip())
        c.line(left, y - 2.5 * mm * s, right, y - 2.5 * mm * s)
    if f.footer == "pages":
        if total > 1:
            c.setFont(FONT, 8 * s)
            c.drawRightString(w - 14 * mm * s, 4 * mm * s, f"第 {page} 页 共 {total} 页")
    elif f.footer:
        y = 8 * mm * s
        c.setFont(FONT, 8 * s)
        c.line(left, y + 4 * mm * s, right, y + 4 * mm * s)
        c.drawCentredString(w / 2, y, f"第 {page} 页 共 {total} 页")
        if f.printed_on:
            c.drawString(left, y, f"打印日期：{cn_date(f.printed_on)}")
        c.drawRightString(right, y, f.title)
    c.restoreState()


def build(path, story, pagesize, furniture: Furniture, margins: tuple[float, float, float, float],
          ticker: ProgressTicker | None = None, on_page=None, title: str = "",
          author: str = "", subject: str = "") -> int:
    """Lay out ``story`` and write the PDF to ``path`` atomically; returns
    the page count. ``margins`` are (left, right, top, bottom) in points."""
    register_fonts()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.stem + "-", suffix=".pdf.part", dir=path.parent)
    os.close(fd)
    pages: list[int] = []

    def page_cb(c, doc):
        if on_page is not None:
            on_page(c, doc)
        if ticker is not None:
            ticker.step()

    try:
        doc = SimpleDocTemplate(
            tmp, pagesize=pagesize, leftMargin=margins[0], rightMargin=margins[1],
            topMargin=margins[2], bottomMargin=margins[3], title=title or furniture.title,
            author=author or furniture.station, subject=subject or furniture.period,
            creator="村民关切回应站工作台", lang="zh-CN")
        doc.build(story, onFirstPage=page_cb, onLaterPages=page_cb,
                  canvasmaker=numbered_canvas(furniture, pages))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if ticker is not None:
        ticker.finish()
    return pages[0]


def signature_table(labels: list[str], avail: float, scale: float = 1.0, date_line: bool = True):
    """Signature places: "经办人（签字）：______" side by side, then a date."""
    st = style(10.5 * scale)
    cells = []
    for label in labels:
        cells.append(para(f"{label}：", st))
        cells.append("")
    n = len(labels)
    label_w = max(width(f"{l}：", 10.5 * scale) for l in labels) + 6 * scale
    line_w = (avail - n * label_w) / n
    rows = [cells]
    widths = []
    for _ in labels:
        widths += [label_w, line_w - 10 * scale]
    if date_line:
        rows.append(["", ""] * n)
        for i in range(n):
            rows[1][2 * i] = para("日期：", st)
            rows[1][2 * i + 1] = "　　　　年　　月　　日"
    cmds = [("FONTSIZE", (0, 0), (-1, -1), 10.5 * scale),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    for i in range(n):
        cmds.append(("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), 0.6 * scale, INK))
    return table(rows, widths, cmds, heights=[24 * scale] * len(rows), hAlign="LEFT")


def table(rows, widths, cmds=(), heights=None, **kw) -> Table:
    """A Table whose every cell, even an empty one, is set in our font (the
    default Helvetica would be referenced unembedded)."""
    t = Table(rows, colWidths=widths, rowHeights=heights, **kw)
    cmds = list(cmds)
    if not any(c[0] == "FONT" and c[1] == (0, 0) and c[2] == (-1, -1) for c in cmds):
        cmds.insert(0, ("FONT", (0, 0), (-1, -1), FONT))
    t.setStyle(TableStyle(cmds))
    return t


def listing(rows: list, widths, cmds, empty=None) -> Table:
    """A list under one heading row (repeated on every page). With no data
    rows, ``empty`` (a text or a cell) says so across the whole width."""
    cmds = list(cmds)
    if empty is not None:
        rows = rows + [[empty] + [""] * (len(widths) - 1)]
        cmds.append(("SPAN", (0, 1), (-1, 1)))
    return table(rows, widths, cmds, repeatRows=1)


def grid_style(header_rows: int = 1, scale: float = 1.0, zebra: bool = True,
               size: float | None = None, leading: float | None = None,
               vpad: bool = True) -> list:
    """Grid, box, paddings, header shading and zebra rows. Every command
    over the whole table is a pass over every cell, so a long table is given
    the font, size and leading in one command and may keep reportlab's
    default top and bottom padding (``vpad=False``)."""
    font = ("FONT", (0, 0), (-1, -1), FONT) + ((size, leading or size * 1.25) if size else ())
    cmds = [
        font,
        ("GRID", (0, 0), (-1, -1), 0.4 * scale, RULE),
        ("BOX", (0, 0), (-1, -1), 0.9 * scale, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * scale),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * scale),
    ]
    if vpad:
        cmds += [("TOPPADDING", (0, 0), (-1, -1), 2 * scale),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * scale)]
    if header_rows:
        cmds += [("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
                 ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER")]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, PALE]))
    return cmds


__all__ = ["FONT", "Furniture", "ProgressTicker", "build", "register_fonts", "page_size", "style",
           "para", "fit_cell", "wrap_lines", "signature_table", "grid_style", "table", "cn_date",
           "short_date", "md_date", "TA_CENTER", "TA_LEFT", "TA_RIGHT", "mm"]
