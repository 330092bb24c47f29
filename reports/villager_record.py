"""村民个人记录: everything the desk holds about one villager, printed for
them at their request (the access right of the Personal Information
Protection Law), A4 portrait. Built from
``models.concerns.villager_record.VillagerRecord``; the data arrives complete
and unmasked — it is the person's own — and this module only lays it out."""
from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from .common import (
    BLUE,
    GREY,
    TA_CENTER,
    TA_RIGHT,
    Furniture,
    ProgressTicker,
    build,
    cn_date,
    grid_style,
    mm,
    page_size,
    para,
    style,
    table,
)
from .receipts import _facts_table

PAPERS = ("A4",)
MARGINS = (20 * mm, 20 * mm, 20 * mm, 18 * mm)


def _avail():
    return page_size("A4")[0] - MARGINS[0] - MARGINS[1] - 12


def _events_table(events, avail):
    cell = style(9.5, leading=13)
    head = style(9.5, leading=13, align=TA_CENTER)
    rows = [[para(h, head) for h in ("时间", "办理环节", "经办人", "内容")]]
    for e in events:
        rows.append([para(e.at.strftime("%Y-%m-%d %H:%M"), cell), para(e.what, cell),
                     para(e.who or "—", cell), para(e.note or "", cell)])
    widths = [30 * mm, 24 * mm, 20 * mm, avail - 74 * mm]
    return table(rows, widths, grid_style(1, zebra=False) + [
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)],
        repeatRows=1, splitInRow=1)


def _visits_table(visits, avail):
    cell = style(9.5, leading=13)
    head = style(9.5, leading=13, align=TA_CENTER)
    rows = [[para(h, head) for h in ("来访日期", "方式", "人数", "同来的人", "登记的事项")]]
    for v in visits:
        rows.append([para(f"{cn_date(v.date)} {v.time}".strip(), cell), para(v.channel, cell),
                     para(str(v.headcount), cell), para("、".join(v.came_with) or "—", cell),
                     para("、".join(v.case_numbers) or "—", cell)])
    widths = [36 * mm, 26 * mm, 12 * mm, 40 * mm, avail - 114 * mm]
    return table(rows, widths, grid_style(1, zebra=False), repeatRows=1)


def render(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 纸打印。")
    avail = _avail()
    ticker = ProgressTicker(progress, len(data.concerns) + 2)
    h2 = style(12, leading=18, color=BLUE)
    story = [
        para(data.station_name, style(14, leading=20, align=TA_CENTER)),
        para(data.title, style(24, leading=34, align=TA_CENTER, color=BLUE)),
        para(f"应本人要求打印　{cn_date(data.printed_on)}", style(10.5, leading=16, align=TA_RIGHT, color=GREY)),
        Spacer(1, 2 * mm),
        _facts_table([
            ("姓名", data.name), ("联系电话", data.phone or "—"),
            ("身份证号", data.id_number or "—"), ("所在屯", data.hamlet or "—"),
            ("首次登记", cn_date(data.registered_on)),
            ("记录概况", f"来访 {len(data.visits)} 次，反映事项 {len(data.concerns)} 件"),
        ], avail),
        Spacer(1, 5 * mm),
        para("来访记录", h2),
        _visits_table(data.visits, avail) if data.visits else para("（没有来访记录）", style(10.5)),
        Spacer(1, 5 * mm),
    ]
    ticker.step()
    if not data.concerns:
        story.append(para("本站没有登记您反映的事项。", style(10.5)))
    for c in data.concerns:
        pairs = [
            ("案件编号", c.case_number), ("登记日期", cn_date(c.registered_on)),
            ("职能", c.function), ("处理方式", c.rule),
            ("反映事项", c.summary, True),
        ]
        if c.details:
            pairs.append(("具体情况", c.details, True))
        pairs += [
            ("所在屯", c.hamlet or "—"), ("承办人", c.handler or "—"),
            ("办结期限", cn_date(c.deadline) if c.deadline else "—"),
            ("办理结果", c.outcome + (f"（{cn_date(c.closed_on)}）" if c.closed_on else "")),
        ]
        if c.satisfaction:
            pairs.append(("满意度", c.satisfaction))
        if c.confidential:
            pairs.append(("保密", "涉密涉私事项：内容只保存在本站，上级只看到件数", True))
        if c.appointments:
            pairs.append(("预约下访", "；".join(c.appointments), True))
        if c.suggestions:
            pairs.append(("意见箱", "；".join(c.suggestions), True))
        story += [KeepTogether([para(f"反映事项　{c.case_number}", h2), _facts_table(pairs, avail)]),
                  Spacer(1, 2 * mm)]
        if c.events:
            story.append(_events_table(c.events, avail))
        story.append(Spacer(1, 5 * mm))
        ticker.step()
    story += [
        para("以上是本站保存的您的全部个人信息和办理记录。如发现有误，可以要求更正；"
             "本次打印已记入本站的操作留痕。",
             style(10, leading=16, first_indent=20)),
        Spacer(1, 6 * mm),
        para(f"打印人：{data.printed_by}　　{data.station_name}（盖章）", style(11, leading=17, align=TA_RIGHT)),
    ]
    furniture = Furniture(data.station_name, data.title, data.name, data.printed_on)
    return build(path, story, page_size("A4"), furniture, MARGINS, ticker,
                 title=f"{data.station_name} {data.title} {data.name}")
