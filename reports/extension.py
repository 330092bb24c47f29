"""延期告知书, A4 portrait: tells the villager that the deadline of their
concern was extended, to when and why, who approved it and whom to call.
Handed to the villager (names in full; no ID number)."""
from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from .common import BLUE, GREY, TA_CENTER, TA_RIGHT, Furniture, ProgressTicker, build, cn_date, mm
from .common import page_size, para, signature_table, style
from .receipts import _boxed, _facts_table

PAPERS = ("A4",)
MARGINS = (20 * mm, 20 * mm, 20 * mm, 18 * mm)


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 纸打印。")
    avail = page_size("A4")[0] - MARGINS[0] - MARGINS[1] - 12
    ticker = ProgressTicker(progress, 1)
    phone = data.station.phone or data.handler_phone
    story = [
        para(data.station.name, style(14, leading=20, align=TA_CENTER)),
        para(data.title, style(24, leading=34, align=TA_CENTER, color=BLUE)),
        para(f"案件编号：{data.case_number}", style(10.5, leading=16, align=TA_RIGHT, color=GREY)),
        Spacer(1, 3 * mm),
        para(f"{data.villager}：", style(12, leading=20)),
        para(f"您于{cn_date(data.registered_on)}反映的“{data.summary}”，原定于{cn_date(data.old_deadline)}前办结。"
             f"因下列原因，经{data.approved_by}批准，办结期限延至{cn_date(data.new_deadline)}。"
             "给您带来不便，敬请谅解。办理期间如有疑问，请与我们联系。"
             + (f"联系电话：{phone}。" if phone else ""),
             style(12, leading=22, first_indent=24)),
        Spacer(1, 4 * mm),
        _facts_table([
            ("原办结期限", cn_date(data.old_deadline)), ("延期至", cn_date(data.new_deadline)),
            ("批准", data.approved_by), ("批准日期", cn_date(data.approved_on)),
            ("经办人", data.handler or "—"), ("经办人电话", data.handler_phone or "—"),
        ], avail),
        Spacer(1, 3 * mm),
        _boxed("延期理由", data.reason, avail, min_height=40 * mm),
        Spacer(1, 10 * mm),
        KeepTogether([signature_table(["经办人（签字）", "村民（签收）"], avail)]),
        Spacer(1, 8 * mm),
        para(f"{data.station.name}（盖章）", style(11, leading=17, align=TA_RIGHT)),
        para(cn_date(data.printed_on), style(11, leading=17, align=TA_RIGHT)),
    ]
    ticker.step()
    furniture = Furniture(data.station.name, data.title, f"案件编号 {data.case_number}", data.printed_on)
    return build(path, story, page_size("A4"), furniture, MARGINS, ticker,
                 title=f"{data.station.name} {data.title} {data.case_number}")
