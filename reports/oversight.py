"""督办通知单 / 催办通知单, A4 portrait, one page: the notice the higher level
issued (what, by when, who asks), the concern it is about, and below the
line the station's answer — printed in when it has come back, else ruled
lines to write it by hand. An internal paper between levels: no villager's
phone or ID number."""
from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from .common import BLUE, GREY, TA_CENTER, TA_RIGHT, Furniture, ProgressTicker, build, cn_date, mm
from .common import page_size, para, signature_table, style
from .receipts import _boxed, _facts_table

PAPERS = ("A4",)
MARGINS = (20 * mm, 20 * mm, 18 * mm, 16 * mm)


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 纸打印。")
    avail = page_size("A4")[0] - MARGINS[0] - MARGINS[1] - 12
    ticker = ProgressTicker(progress, 2)
    story = [
        para(data.from_station, style(14, leading=20, align=TA_CENTER)),
        para(data.title, style(24, leading=34, align=TA_CENTER, color=BLUE)),
        para(data.number, style(11, leading=16, align=TA_RIGHT, color=GREY)),
        Spacer(1, 2 * mm),
        para(f"{data.to_station}：", style(11.5, leading=18)),
        para(f"请对下列事项{data.kind_label}办理，于{cn_date(data.due_on)}前将办理情况回复{data.from_station}。",
             style(11.5, leading=18, first_indent=23)),
        Spacer(1, 3 * mm),
        _facts_table([
            ("案件编号", data.case_number), ("登记日期", cn_date(data.registered_on)),
            ("反映人", data.villager or "（不公开）"), ("处理方式", data.rule),
            ("反映事项", data.summary, True),
            ("办结期限", cn_date(data.deadline) or "—"), ("目前情况", data.state),
        ], avail),
        Spacer(1, 3 * mm),
        _boxed(f"{data.kind_label}事项", data.what, avail, min_height=34 * mm),
        Spacer(1, 2 * mm),
        _facts_table([
            ("督办人", data.asked_by), ("要求回复", cn_date(data.due_on)),
            ("发出日期", cn_date(data.issued_on)), ("登记人", data.issued_by or "—"),
        ], avail),
        Spacer(1, 3 * mm),
        para(f"{data.from_station}（盖章）", style(11, leading=17, align=TA_RIGHT)),
        Spacer(1, 4 * mm),
        para("－－－－－－－－－－－－－－ 以下由承办站点填写 －－－－－－－－－－－－－－",
             style(10, leading=16, align=TA_CENTER, color=GREY)),
        Spacer(1, 2 * mm),
    ]
    ticker.step()
    if data.answered_on:
        late = data.answered_on > data.due_on
        story += [
            _boxed("办理情况回复", data.answer, avail, min_height=34 * mm),
            Spacer(1, 2 * mm),
            _facts_table([
                ("回复日期", cn_date(data.answered_on) + ("（晚于要求日期）" if late else "")),
                ("回复人", data.answered_by or "—"),
            ], avail),
        ]
    else:
        story += [
            _boxed("办理情况回复", "\n".join(["　"] * 8), avail, min_height=48 * mm),
            Spacer(1, 6 * mm),
            KeepTogether([signature_table(["承办人（签字）", "站长（签字）"], avail)]),
        ]
    story += [Spacer(1, 3 * mm),
              para(f"{data.to_station}（盖章）", style(11, leading=17, align=TA_RIGHT))]
    furniture = Furniture(data.from_station, data.title, data.number, data.printed_on)
    return build(path, story, page_size("A4"), furniture, MARGINS, ticker,
                 title=f"{data.from_station} {data.title} {data.number}")
