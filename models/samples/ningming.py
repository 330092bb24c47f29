"""A county-shaped dataset with Ningming's published figures (see DOMAIN.md):
1 county response command, 13 township centres, 161 village stations and 127
hamlet response points (of 1086 hamlets), with 2 + 26 + 805 + 381 = 1214
staff; from February 2014, 690 visitors bringing 652 concerns, of which 613
resolved, 35 pending and 4 others — one each withdrawn, referred elsewhere,
merged as a duplicate and declined.

Every visit and concern goes through the same intake and workflow functions
as the desk (receive_visit, record_step, close_concern …), so the county's
statistics are computed, not typed in. Deterministic for a seed.
"""
from __future__ import annotations

import datetime as dt
import random

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core import clock
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Staff, Station
from models.core.vocab import OTHER_OUTCOMES
from models.station import stations

PUBLISHED = {"county": 1, "townships": 13, "villages": 161, "hamlets": 1086, "hamlet_points": 127,
             "staff": 1214, "visitors": 690, "concerns": 652, "resolved": 613, "pending": 35}
STAFF_PER_LEVEL = {"county": 2, "township": 26, "village": 805, "hamlet": 381}

TOWNSHIPS = ["城中镇", "明江镇", "海渊镇", "亭亮镇", "桐棉镇", "那堪镇", "爱店镇",
             "寨安乡", "峙浪乡", "东安乡", "板棍乡", "北江乡", "那楠乡"]
FIRST = "那板陇弄派渠峒北汪古念洞岜坡逐谷"
SECOND = "堪烟怀邦廷甲隆标利良明旺安朗造西涯何丰达"
SURNAMES = "黄农李梁陆赵韦覃蒙凌何马潘莫许冯甘"
GIVEN = ["秀英", "桂兰", "美玲", "建国", "志强", "海波", "永福", "国忠", "德才", "春生",
         "明华", "文军", "少锋", "家宝", "凤英", "立新", "振华", "世荣"]

# (function, rule, summary)
TEMPLATES = [
    ("proxy_service", "answer_on_spot", "咨询新农合缴费标准"),
    ("proxy_service", "answer_on_spot", "咨询养老保险领取年龄"),
    ("suggestion", "answer_on_spot", "咨询危房改造补助政策"),
    ("emotion", "answer_on_spot", "咨询补贴发放时间"),
    ("dispute", "mediate_on_site", "邻里宅基地边界纠纷"),
    ("dispute", "mediate_on_site", "灌溉用水纠纷"),
    ("emotion", "mediate_on_site", "养殖场气味扰民"),
    ("suggestion", "time_limited", "屯内道路积水"),
    ("suggestion", "time_limited", "路灯损坏"),
    ("proxy_service", "time_limited", "自来水管破裂"),
    ("proxy_service", "proxy_end_to_end", "代办低保年审"),
    ("proxy_service", "proxy_end_to_end", "代办养老保险资格认证"),
    ("dispute", "escalate_visit", "土地承包经营权确权争议"),
    ("suggestion", "escalate_visit", "申请修建屯级水柜"),
    ("emotion", "confidential", "家庭矛盾求助"),
]

START = dt.date(2014, 2, 10)
END = dt.date(2014, 11, 28)     # the report's cut-off in this dataset
PLAUSIBLE_FROM = dt.date(2015, 1, 1)  # every event, the last ones' follow-ups too, lies before it
VISITS = 612                    # 40 of them bring two concerns: 652
TWO_CONCERN_VISITS = 40
GROUP_VISITS = 26               # of 4 people each: 612 + 26 × 3 = 690 visitors
GROUP_SIZE = 4


def _village_names(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    names = []
    while len(names) < n:
        name = rng.choice(FIRST) + rng.choice(SECOND) + "村"
        if name not in taken:
            taken.add(name)
            names.append(name)
    return names


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def build_ningming(seed: int = 2014) -> Station:
    """Fill the open, empty database with the Ningming county dataset; the
    desk becomes the county response command. Returns the county station."""
    if stations.is_set_up():
        raise RuntimeError("database already has a station")
    now = clock.today()
    if now < PLAUSIBLE_FROM:  # its visits would lie in the PC's future
        raise ValidationError(
            f"电脑的日期是{now.year}年{now.month}月{now.day}日，早于宁明县这份资料的年份"
            f"（{START.year}年{START.month}月到{END.month}月），没有生成。请先把电脑的日期改对。", "clock")
    rng = random.Random(seed)
    with db.atomic():
        county = stations.set_up_this_station(
            "county", "宁明县回应指挥部", "451422", address="宁明县城中镇", phone="0771-8620000")
        _staff(rng, county, STAFF_PER_LEVEL["county"], "head")
        townships = [stations.create_station("township", f"{t}回应中心", f"451422{101 + i}", county)
                     for i, t in enumerate(TOWNSHIPS)]
        for t in townships:
            _staff(rng, t, 2, "head")
        # 161 villages: 12 or 13 per township
        per = [161 // 13 + (1 if i < 161 % 13 else 0) for i in range(13)]
        villages: list[Station] = []
        taken: set[str] = set()
        for t, n in zip(townships, per):
            for j, name in enumerate(_village_names(rng, n, taken)):
                villages.append(stations.create_station(
                    "village", f"{name}村民关切回应站", f"{t.code}{201 + j:03d}", t))
        points: dict[str, Station] = {}
        for i, v in enumerate(villages):
            _staff(rng, v, 5, "clerk")
            if i < PUBLISHED["hamlet_points"]:
                hamlet = stations.create_station(
                    "hamlet", f"{rng.choice(FIRST)}{rng.choice(SECOND)}屯回应点", f"{v.code}-01", v)
                points[v.id] = hamlet
                _staff(rng, v, 3, "hamlet_cadre", hamlet)
        _visits(rng, villages, points)
    return county


def _staff(rng, station, n, role, hamlet=None) -> None:
    for k in range(n):
        this_role = role if (k == 0 or role == "hamlet_cadre") else "clerk"
        Staff.create(station=station, name=_person(rng), role=this_role, hamlet=hamlet,
                     full_time=k == 0)


def _visits(rng: random.Random, villages: list[Station], points: dict[str, Station]) -> None:
    days = sorted(START + dt.timedelta(days=rng.randrange((END - START).days - 40))
                  for _ in range(VISITS - 40))
    # the last 40 visits fall in the last weeks, where the pending ones are
    days += sorted(END - dt.timedelta(days=rng.randrange(0, 30)) for _ in range(40))
    doubles = set(rng.sample(range(VISITS), TWO_CONCERN_VISITS))
    groups = set(rng.sample(range(VISITS), GROUP_VISITS))
    concerns = []
    staff_of = {v.id: list(Staff.select().where((Staff.station == v) & (Staff.role != "hamlet_cadre")))
                for v in villages}
    for n, day in enumerate(days):
        village = villages[(n * 37) % len(villages)]
        hamlet = points.get(village.id)
        at = dt.datetime.combine(day, dt.time(rng.choice([8, 9, 10, 14, 15, 16]), rng.randrange(60)))
        clerk = staff_of[village.id][n % 5]
        person = register_villager(village, _person(rng), hamlet=hamlet)
        specs = []
        for k in range(2 if n in doubles else 1):
            function, rule, summary = rng.choice(TEMPLATES)
            deadline = day + dt.timedelta(days=10) if rule == "time_limited" else None
            specs.append(ConcernInput(person, function, rule, summary, hamlet=hamlet, handler=clerk,
                                      deadline=deadline))
        channel = "hamlet_relay" if hamlet is not None and n % 3 == 0 else "walk_in"
        _, made = receive_visit(village, channel, [person], specs, clerk,
                                headcount=GROUP_SIZE if n in groups else 1, at=at)
        concerns.extend((c, clerk, at) for c in made)
    # the last 35 stay pending; 4 from before them end in each other outcome
    pending = {c.id for c, _, _ in concerns[-PUBLISHED["pending"]:]}
    others: dict[str, str] = {}
    for k, outcome in enumerate(OTHER_OUTCOMES):
        # a duplicate is merged into an earlier case at its own station
        c = next(c for c, _, _ in concerns[100 * (k + 1):]
                 if outcome != "duplicate" or c.seq > 1)
        others[c.id] = outcome
    for c, clerk, at in concerns:
        if c.id in pending:
            if c.rule != "answer_on_spot":
                workflow.record_step(c, "analysis", clerk, "已分析，正在办理。", at=at)
            else:   # an open policy question: not answered on the spot yet
                workflow.add_note(c, clerk, "需查询政策文件后答复。", at=at)
            continue
        if c.id in others:
            _other(c, clerk, at, others[c.id])
            continue
        _resolve(rng, c, clerk, at)


def _other(c, clerk, at, outcome) -> None:
    dup = ""
    if outcome == "duplicate":
        if c.seq == 1:
            raise RuntimeError("a duplicate needs an earlier case at its station")
        dup = workflow.format_case_number(c.year, c.seq - 1)
    reasons = {"withdrawn": "村民表示问题已自行解决，申请撤回。",
               "referred": "属于司法所职能，已转交镇司法所办理。",
               "duplicate": "与此前反映的同一事项重复，合并办理。",
               "declined": "不属于回应站受理范围，已向村民说明依据。"}
    workflow.close_concern(c, outcome, clerk, reasons[outcome], duplicate_of=dup,
                           at=at + dt.timedelta(days=1))


def _resolve(rng, c, clerk, at) -> None:
    w = workflow
    t = at + dt.timedelta(hours=1)

    def later(days):
        nonlocal t
        t = t + dt.timedelta(days=days, minutes=10)
        return t
    rule = c.rule
    if rule == "answer_on_spot":   # answered the same day
        w.record_step(c, "analysis", clerk, "查阅政策后答复。", at=later(0))
        w.record_step(c, "feedback", clerk, "已当面答复。", satisfaction="satisfied", at=later(0))
        w.close_concern(c, "resolved", clerk, "", at=t)
        return
    elif rule == "mediate_on_site":
        w.record_mediation(c, clerk, [c.villager.name, _person(rng)], "双方各自陈述了情况。",
                           "经现场调解，双方达成一致。", at=later(2))
    elif rule == "time_limited":
        w.record_step(c, "on_site", clerk, "到现场办理。", at=later(2))
        w.record_step(c, "publication", clerk, "结果已公示。", at=later(1))
    elif rule == "proxy_end_to_end":
        w.record_documents_taken(c, clerk, ["身份证复印件"], "当面清点。", at=later(0))
        w.record_documents_returned(c, clerk, ["身份证复印件"], "已退还。", at=later(5))
    elif rule == "escalate_visit":
        w.request_escalation(c, clerk, "乡镇回应中心", "超出村级权限，请求下访。", at=later(1))
        w.record_escalation_answer(c, clerk, "上级派员下访答复。", appointment_date=later(7).date(),
                                   office="乡镇回应中心", at=t)
    else:
        w.record_step(c, "on_site", clerk, "单独约谈办理。", at=later(1))
    # one in four villages' villagers are harder to please: flagged under 90%
    strict = (c.station.code[-1] in "05")
    weights = [70, 15, 15] if strict else [88, 10, 2]
    sat = rng.choices(["satisfied", "basically", "dissatisfied"], weights=weights)[0]
    w.record_step(c, "feedback", clerk, "已将结果反馈村民。", satisfaction=sat, at=later(1))
    w.close_concern(c, "resolved", clerk, "", at=t)
