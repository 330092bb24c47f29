"""Papers for one concern, A4 portrait:

- 代办回执 (proxy receipt): the documents taken from the villager for a proxy
  matter, when each was taken and returned, and both signatures;
- 调解记录 (mediation record): the parties, the facts, what was agreed, and
  the signatures of the parties, the mediator and the clerk.

These go to the people concerned, not on the notice board, so names are
written in full; the ID number stays masked.
"""
from __future__ import annotations

from reportlab.platypus import KeepTogether, PageBreak, Spacer

from .common import (
    BLUE,
    GREY,
    INK,
    LIGHT,
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
    signature_table,
    style,
    table,
)

PAPERS = ("A4",)
MARGINS = (20 * mm, 20 * mm, 20 * mm, 18 * mm)


def _avail():
    return page_size("A4")[0] - MARGINS[0] - MARGINS[1] - 12


def _title(data, number_label="编号"):
    return [
        para(data.station.name, style(14, leading=20, align=TA_CENTER)),
        para(data.title, style(24, leading=34, align=TA_CENTER, color=BLUE)),
        para(f"{number_label}：{data.case_number}", style(10.5, leading=16, align=TA_RIGHT, color=GREY)),
        Spacer(1, 2 * mm),
    ]


def _facts_table(pairs, avail):
    """Label/value pairs two to a row; a pair with a value of None takes the whole row."""
    label = style(10.5, leading=15, align=TA_CENTER)
    value = style(10.5, leading=15)
    lw = 24 * mm
    vw = (avail - 2 * lw) / 2
    rows, cmds = [], []
    pending = []
    for item in pairs:
        if item[2] if len(item) > 2 else False:
            if pending:
                rows.append(pending + ["", ""])
                cmds.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
                pending = []
            rows.append([para(item[0], label), para(item[1], value), "", ""])
            cmds.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
            continue
        pending += [para(item[0], label), para(item[1], value)]
        if len(pending) == 4:
            rows.append(pending)
            pending = []
    if pending:
        rows.append(pending + ["", ""])
        cmds.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
    cmds += grid_style(0, zebra=False) + [
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    # the second label column is shaded only where a row has a second pair
    full = {i for i, r in enumerate(rows) if r[2] == "" and r[3] == ""}
    cmds += [("BACKGROUND", (2, i), (2, i), LIGHT) for i in range(len(rows)) if i not in full]
    return table(rows, [lw, vw, lw, vw], cmds)


def _boxed(label, text, avail, min_height=0):
    """A labelled box of free text. The text row may split across pages
    (the longest facts the desk accepts run to two pages), and is at least
    ``min_height`` tall so a short text still leaves room to read."""
    st = style(10.5, leading=17)
    body = para(text or "（未填写）", st)
    height = None
    if min_height:
        _, h = body.wrap(avail - 6, 10 ** 6)
        if h + 12 < min_height:
            height = min_height
    rows = [[para(label, style(10.5, leading=15, color=BLUE))], [body]]
    return table(rows, [avail], grid_style(0, zebra=False) + [
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("VALIGN", (0, 1), (-1, -1), "TOP")],
        heights=[None, height], splitInRow=1, repeatRows=1)


def render_proxy_receipt(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 纸打印。")
    avail = _avail()
    ticker = ProgressTicker(progress, len(data.documents) + 2)
    facts = _facts_table([
        ("村民姓名", data.villager), ("联系电话", data.villager_phone or "—"),
        ("身份证号", data.villager_id or "—"), ("所在屯", data.hamlet or "—"),
        ("代办事项", data.summary, True),
        ("受理日期", cn_date(data.registered_on)), ("承诺办结", cn_date(data.deadline) or "—"),
        ("经办人", data.handler or "—"), ("经办人电话", data.handler_phone or "—"),
        ("办理情况", data.outcome, True),
    ], avail)

    cell = style(10.5, leading=15)
    cell_c = style(10.5, leading=15, align=TA_CENTER)
    rows = [[para(h, cell_c) for h in ("序号", "收取的材料", "收取日期", "退还日期", "村民签收")]]
    for i, d in enumerate(data.documents, 1):
        rows.append([str(i), para(d.name, cell), cn_date(d.taken_on),
                     cn_date(d.returned_on) if d.returned_on else "尚未退还", ""])
        ticker.step()
    widths = [14 * mm, avail - 14 * mm - 3 * 32 * mm, 32 * mm, 32 * mm, 32 * mm]
    docs = table(rows, widths, grid_style(1, zebra=False) + [
        ("FONTSIZE", (0, 0), (-1, -1), 10.5), ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (-1, -1), "CENTER"), ("TOPPADDING", (0, 1), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 7)], repeatRows=1)

    phone = data.station.phone or data.handler_phone
    statement = (f"以上材料由本站工作人员当着村民的面清点收取，仅用于代为办理“{data.summary}”，"
                 f"不收取任何费用。办结后材料当面退还本人，由本人在“村民签收”栏签字。"
                 f"本回执一式两份，村民和回应站各执一份，请妥善保管。"
                 + (f"办理期间如有疑问，请拨打{phone}。" if phone else ""))
    story = _title(data, "案件编号") + [
        facts, Spacer(1, 5 * mm),
        para("收取材料清单", style(12, leading=18, color=BLUE)), docs, Spacer(1, 4 * mm),
        para(statement, style(10.5, leading=17, first_indent=21)),
    ]
    if data.notes:
        story += [Spacer(1, 2 * mm), para("办理记录", style(10.5, leading=16, color=BLUE))]
        story += [para(n, style(9.5, leading=14, color=GREY)) for n in data.notes]
    story += [Spacer(1, 10 * mm),
              KeepTogether([signature_table(["村民（签字）", "经办人（签字）"], avail)]),
              Spacer(1, 8 * mm),
              para(f"{data.station.name}（盖章）", style(11, leading=17, align=TA_RIGHT))]
    furniture = Furniture(data.station.name, data.title, f"案件编号 {data.case_number}",
                          data.printed_on)
    return build(path, story, page_size("A4"), furniture, MARGINS, ticker,
                 title=f"{data.station.name} {data.title} {data.case_number}")


def render_mediation(data, path, paper="A4", progress=None) -> int:
    if paper not in PAPERS:
        raise ValueError(f"“{data.title}”只能用 A4 纸打印。")
    avail = _avail()
    ticker = ProgressTicker(progress, len(data.sessions) + 1)
    story = []
    for n, session in enumerate(data.sessions, 1):
        if n > 1:
            story.append(PageBreak())
        story += _title(data, "案件编号")
        if len(data.sessions) > 1:
            story.append(para(f"第{n}次调解（共{len(data.sessions)}次）",
                              style(11, leading=16, align=TA_CENTER, color=GREY)))
        parties = "；".join(f"当事人{_cn_ordinal(i)}：{p}" for i, p in enumerate(session.parties, 1))
        story += [
            _facts_table([
                ("调解时间", cn_date(session.date)), ("调解地点", session.place or "—"),
                ("调解人", session.mediator or "—"), ("登记日期", cn_date(data.registered_on)),
                ("当事人", parties, True),
                ("纠纷事由", data.summary, True),
            ], avail),
            Spacer(1, 4 * mm),
            _boxed("纠纷事实", session.facts, avail, min_height=44 * mm),
            Spacer(1, 4 * mm),
            _boxed("调解结果（双方自愿达成的协议）", session.agreement, avail, min_height=44 * mm),
            Spacer(1, 3 * mm),
            para("以上记录已向当事人宣读（或经当事人阅读），当事人确认无误。双方应自觉履行调解协议；"
                 "调解协议不影响当事人依法通过其他途径维护自身权益。",
                 style(10, leading=16, first_indent=20, color=INK)),
            Spacer(1, 8 * mm),
        ]
        labels = [f"当事人{_cn_ordinal(i)}（签字）" for i in range(1, len(session.parties) + 1)]
        labels += ["调解人（签字）", "记录人（签字）"]
        sig_rows = [labels[i:i + 2] for i in range(0, len(labels), 2)]
        story.append(KeepTogether([signature_table(r, avail if len(r) == 2 else avail / 2,
                                                   date_line=(k == len(sig_rows) - 1))
                                   for k, r in enumerate(sig_rows)]))
        ticker.step()
    furniture = Furniture(data.station.name, data.title, f"案件编号 {data.case_number}",
                          data.printed_on)
    return build(path, story, page_size("A4"), furniture, MARGINS, ticker,
                 title=f"{data.station.name} {data.title} {data.case_number}")


def _cn_ordinal(i: int) -> str:
    return "一二三四五六七八九十"[i - 1] if 1 <= i <= 10 else str(i)
