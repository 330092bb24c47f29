"""A realistic demo station: a village station with its hamlets and staff,
and a year of visits and concerns across all four functions, all six handling
rules and every outcome. Deterministic for a given seed and end date."""
from __future__ import annotations

import datetime as dt
import random

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.clock import local_now
from models.core.db import db
from models.core.schema import Station
from models.core.validation import id_check_digit
from models.core.vocab import OTHER_OUTCOMES
from models.station import stations

SURNAMES = "黄农李梁陆赵韦覃蒙凌何马潘莫许冯甘张王刘陈杨周吴邓苏卢".replace("", " ").split()
GIVEN = ("秀英 桂兰 美玲 丽华 春梅 玉凤 金花 月娥 建国 志强 卫东 海波 永福 国忠 德才 春生 "
         "明华 文军 光荣 少锋 思远 家宝 福生 有才 进财 宝珍 凤英 桂芳 立新 振华 兴旺 世荣").split()

HAMLETS = ["那堪屯", "板烟屯", "陇怀屯", "弄邦屯"]
STAFF = [("农建华", "head", True), ("黄秀梅", "clerk", True), ("李德明", "clerk", False),
         ("梁春燕", "hamlet_cadre", False), ("陆志强", "hamlet_cadre", False),
         ("赵国平", "supervisor", False)]

# (function, rule, summary, details)
TEMPLATES = [
    ("proxy_service", "answer_on_spot", "咨询新农合缴费标准", "问今年城乡居民医保每人缴多少钱，什么时候截止。"),
    ("proxy_service", "answer_on_spot", "咨询养老保险领取年龄", "本人快满六十岁，问养老金从哪个月开始领，要带什么材料。"),
    ("suggestion", "answer_on_spot", "咨询危房改造补助政策", "家里老房子开裂，问危房改造补助的条件和申请办法。"),
    ("proxy_service", "answer_on_spot", "咨询低保申请条件", "家中老人患病，问低保申请要满足什么条件。"),
    ("emotion", "answer_on_spot", "咨询耕地地力保护补贴发放时间", "补贴还没到账，担心被漏发，情绪有些着急。"),
    ("dispute", "mediate_on_site", "邻里宅基地边界纠纷", "与邻居因宅基地边界砌墙发生争执，双方各执一词。"),
    ("dispute", "mediate_on_site", "林地界址纠纷", "两户因山林界址不清，砍伐桉树时发生争吵。"),
    ("dispute", "mediate_on_site", "灌溉用水纠纷", "上下田抢水灌溉，发生口角，需要村里协调放水时间。"),
    ("dispute", "mediate_on_site", "赡养老人家庭纠纷", "兄弟之间对赡养母亲的费用分担意见不一。"),
    ("emotion", "mediate_on_site", "养殖场气味扰民", "村民对附近养猪场气味意见很大，情绪激动。"),
    ("suggestion", "time_limited", "屯内道路积水", "雨后屯口道路积水严重，小孩上学不便，希望尽快疏通排水沟。"),
    ("suggestion", "time_limited", "路灯损坏", "屯里三盏太阳能路灯不亮，晚上出行不安全。"),
    ("proxy_service", "time_limited", "自来水管破裂", "屯内主水管破裂漏水，几户人家停水。"),
    ("suggestion", "time_limited", "垃圾清运不及时", "垃圾池满了没人清运，天热有臭味。"),
    ("emotion", "time_limited", "村道路面破损", "村道坑洼，甘蔗车经过尘土飞扬，群众意见大。"),
    ("proxy_service", "proxy_end_to_end", "代办低保年审", "老人行动不便，请回应站代为办理低保年审。"),
    ("proxy_service", "proxy_end_to_end", "代办残疾证换证", "残疾证到期，需要到县残联换证。"),
    ("proxy_service", "proxy_end_to_end", "代办养老保险资格认证", "在外务工子女无法回来，代老人办理领取资格认证。"),
    ("proxy_service", "proxy_end_to_end", "代办新生儿户口登记", "孩子出生两个月，父母外出务工，委托代办上户口。"),
    ("proxy_service", "proxy_end_to_end", "代办临时救助申请", "家中失火，申请临时救助。"),
    ("dispute", "escalate_visit", "土地承包经营权确权争议", "确权面积与实际不符，涉及乡镇国土部门，村里无法定夺。"),
    ("suggestion", "escalate_visit", "申请修建屯级水柜", "屯里饮水困难，申请项目资金修建水柜，需乡镇审批。"),
    ("emotion", "escalate_visit", "征地补偿款发放疑问", "对高速公路征地补偿标准有疑问，要求相关部门当面解释。"),
    ("proxy_service", "escalate_visit", "边境贸易互市证办理", "办理边民互市证遇到问题，需县商务部门答复。"),
    ("emotion", "confidential", "家庭矛盾求助", "反映家庭内部矛盾，要求保密处理。"),
    ("dispute", "confidential", "反映个人隐私被泄露", "反映个人病情被他人传播，要求保密并予以制止。"),
    ("suggestion", "confidential", "实名反映问题线索", "实名反映有关问题线索，要求对身份保密。"),
]
DOCUMENTS = {
    "代办低保年审": ["户口簿复印件", "低保证原件", "收入情况说明"],
    "代办残疾证换证": ["残疾证原件", "一寸照片两张", "身份证复印件"],
    "代办养老保险资格认证": ["身份证原件", "社保卡"],
    "代办新生儿户口登记": ["出生医学证明原件", "父母户口簿", "结婚证复印件"],
    "代办临时救助申请": ["身份证复印件", "受灾情况照片", "银行卡复印件"],
}
ANSWERS = ["已当面解释政策，群众表示明白。", "已向群众说明办理流程和所需材料。",
           "已解答，并告知到乡镇便民服务中心办理的时间。"]
CHANNEL_WEIGHTS = [("walk_in", 55), ("phone", 15), ("hamlet_relay", 15),
                   ("suggestion_box", 5), ("talk_day", 10)]


def _pick_weighted(rng: random.Random, pairs):
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def _id_number(rng: random.Random) -> str:
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 60))
    first17 = "451422" + birth.strftime("%Y%m%d") + f"{rng.randrange(0, 1000):03d}"
    return first17 + id_check_digit(first17)


def _phone(rng: random.Random) -> str:
    return rng.choice(["138", "139", "150", "177", "185", "133"]) + f"{rng.randrange(10**8):08d}"


def build_demo(end: dt.date | None = None, seed: int = 2014, visits_count: int = 170) -> Station:
    """Create the demo station in the open (empty) database and fill it."""
    if stations.is_set_up():
        raise RuntimeError("database already has a station")
    rng = random.Random(seed)
    now = local_now()
    end = end or now.date()
    start = end - dt.timedelta(days=365)
    # Nothing in the demo happens after "now", whatever the hour: the last
    # day's office hours are cut at the clock (at 03:00 today has none yet).
    limit = min(dt.datetime.combine(end, dt.time(17, 0)), now)
    with db.atomic():
        village = stations.set_up_this_station(
            "village", "那堪村村民关切回应站", "451422101205",
            parent_name="城中镇回应中心", parent_code="451422101",
            address="宁明县城中镇那堪村村委会一楼", phone="0771-8621234",
            opening_hours="周一至周五 8:00-12:00，14:30-17:30；每月15日民情恳谈日")
        hamlets = [stations.create_station("hamlet", name, f"451422101205-{i + 1:02d}", village)
                   for i, name in enumerate(HAMLETS)]
        staff = [stations.add_staff(village, name, _phone(rng), role, rng.choice(hamlets), full)
                 for name, role, full in STAFF]
        villagers = []
        for _ in range(140):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            villagers.append(register_villager(
                village, name, _phone(rng) if rng.random() < 0.8 else "",
                _id_number(rng) if rng.random() < 0.5 else "", rng.choice(hamlets)))
        days = sorted(start + dt.timedelta(days=rng.randrange(0, 366)) for _ in range(visits_count))
        # A few visits end in each of the other outcomes, so the demo shows them all.
        # A visit whose concerns were all answered on the spot passes its
        # outcome on to the next visit.
        forced = {20 + 30 * i: outcome for i, outcome in enumerate(OTHER_OUTCOMES)}
        waiting: list[str] = []
        for n, day in enumerate(days):
            if n in forced:
                waiting.append(forced[n])
            if _demo_visit(rng, village, hamlets, staff, villagers, day, end, limit, n,
                           waiting[0] if waiting else None):
                waiting.pop(0)
    return village


def _demo_visit(rng, village, hamlets, staff, villagers, day, end, limit, n, outcome=None):
    at = dt.datetime.combine(day, dt.time(rng.choice([8, 9, 10, 11, 14, 15, 16]), rng.randrange(60)))
    while at > limit:  # office hours not reached yet today: the same hour a day earlier
        at -= dt.timedelta(days=1)
    clerk = rng.choice(staff[:3])
    group = rng.random() < 0.08
    visitors = rng.sample(villagers, 2 if group else 1)
    headcount = rng.randrange(3, 12) if group else len(visitors)
    specs = []
    for _ in range(1 if rng.random() < 0.85 else 2):
        function, rule, summary, details = TEMPLATES[(n * 7 + len(specs) * 3 + rng.randrange(5)) % len(TEMPLATES)]
        hamlet = visitors[0].hamlet
        specs.append(ConcernInput(
            villager=visitors[0], function=function, rule=rule, summary=summary,
            details=f"{hamlet.name}{visitors[0].name}反映：{details}", hamlet=hamlet,
            handler=rng.choice(staff[:5]),
            deadline=day + dt.timedelta(days=rng.choice([5, 7, 10, 15])) if rule == "time_limited" else None,
            answer=rng.choice(ANSWERS) if rule == "answer_on_spot" and rng.random() < 0.9 else "",
            satisfaction="satisfied" if rule == "answer_on_spot" else None))
    channel = _pick_weighted(rng, CHANNEL_WEIGHTS)
    _, concerns = receive_visit(village, channel, visitors, specs, clerk, headcount, at=at)
    used = False
    for concern in concerns:
        if concern.outcome == "pending":
            _carry(rng, concern, clerk, staff, at, end, limit, outcome)
            used = outcome is not None
    return used


def _carry(rng, concern, clerk, staff, at, end, limit, other_outcome=None):
    """Carry a demo concern along its rule's path as far as time allows
    (never past ``limit``, the demo's "now")."""
    age = (end - at.date()).days
    budget = min(age, rng.randrange(1, 25))
    if age < 20 and rng.random() < 0.6:
        budget = rng.randrange(0, max(age, 1))
    settled = age > 45  # a station that works: old matters are finished, a few recent ones open
    if settled:
        budget = 40
    t = at

    def later(days=1):
        """The next event: later in the same sitting, or in office hours some days on."""
        nonlocal t
        if days == 0:
            nxt = t + dt.timedelta(minutes=rng.randrange(10, 90))
        else:
            nxt = dt.datetime.combine(t.date() + dt.timedelta(days=days),
                                      dt.time(rng.choice([8, 9, 10, 11, 14, 15, 16]), rng.randrange(60)))
        t = max(t, min(nxt, limit))
        return t

    w = workflow
    handler = concern.handler or clerk
    if other_outcome or rng.random() < 0.02:  # one of the other outcomes
        outcome = other_outcome or rng.choice(OTHER_OUTCOMES)
        reasons = {"withdrawn": "村民表示问题已自行解决，申请撤回。",
                   "referred": "属于司法所职能，已告知并转交镇司法所办理。",
                   "duplicate": "与此前反映的同一事项重复，合并办理。",
                   "declined": "不属于回应站受理范围，已向村民说明依据。"}
        dup = ""
        if outcome == "duplicate":
            if concern.seq == 1:
                outcome = "withdrawn"
            else:
                dup = w.format_case_number(concern.year, concern.seq - 1)
        w.close_concern(concern, outcome, handler, reasons[outcome], duplicate_of=dup, at=later(1))
        return
    rule = concern.rule
    w.record_step(concern, "analysis", handler, "经分析，按" + {
        "answer_on_spot": "政策咨询当面答复", "mediate_on_site": "矛盾纠纷现场调解",
        "time_limited": "限时解决", "proxy_end_to_end": "全程代办",
        "escalate_visit": "超出权限，预约上级下访", "confidential": "涉密涉私专项反馈"}[rule] + "办理。",
        at=later(0))
    if rule == "proxy_end_to_end":
        docs = DOCUMENTS.get(concern.summary, ["身份证复印件"])
        w.record_documents_taken(concern, handler, docs, "当面清点，出具代办回执。", at=later(0))
    if budget < 2:
        return
    if rule == "mediate_on_site":
        w.record_mediation(concern, handler, [concern.villager.name, rng.choice(SURNAMES) + rng.choice(GIVEN)],
                           "双方就" + concern.summary + "各自陈述了情况。",
                           "经现场调解，双方同意各让一步，签字确认。", at=later(2))
    elif rule == "escalate_visit":
        office = rng.choice(["城中镇人民政府", "宁明县自然资源局", "宁明县水利局"])
        w.request_escalation(concern, handler, office, "超出村级权限，请求上级部门派员下访接待。", at=later(1),
                             level="county" if office.startswith("宁明县") else "township")
        if budget < 10 or (not settled and rng.random() < 0.15):
            return
        w.record_escalation_answer(concern, handler, "上级部门派员下访，当面答复并明确办理时限。",
                                   appointment_date=later(5).date(), official="韦科长", office="城中镇人民政府",
                                   at=t)
    else:
        w.record_step(concern, "on_site", handler, "到现场查看并办理。", at=later(2))
    if budget < 6 and rng.random() < 0.5:
        return
    if rng.random() < 0.3:
        w.record_step(concern, "supervision", staff[-1], "监督员到场见证办理过程。", at=later(1))
    if rule == "proxy_end_to_end":
        w.record_documents_returned(concern, handler, w.documents_outstanding(concern),
                                    "材料已当面退还，村民签字确认。", at=later(3))
    if rule == "time_limited" or (rule in ("mediate_on_site", "proxy_end_to_end") and rng.random() < 0.3):
        w.record_step(concern, "publication", handler, "办理结果在村务公开栏公示。", at=later(1))
    sat = rng.choices(["satisfied", "basically", "dissatisfied"], weights=[86, 11, 3])[0]
    w.record_step(concern, "feedback", handler,
                  "已将办理结果当面告知村民。" if rule != "confidential" else "已单独约谈本人反馈结果，未公开。",
                  satisfaction=sat, at=later(1))
    if rng.random() < 0.92 or age > 40:
        # 回访: only the last week's owe a follow-up call (the older ones were
        # called back before the desk kept follow-ups), so the demo's list is short
        w.close_concern(concern, "resolved", handler, "", at=t,
                        follow_up=t.date() > end - dt.timedelta(days=7))


def open_demo(data_dir=None, end: dt.date | None = None) -> tuple[Station, bool]:
    """Open the demo database kept apart from the real one (``demo`` sub-folder
    of ``data_dir``, see paths.demo_database_path), closing whatever was open,
    and build the demo there the first time. Returns (the demo station,
    whether it was built now). The real database is not touched."""
    from models.core.paths import demo_database_path
    from models.safety.opening import open_database

    open_database(demo_database_path(data_dir))
    if stations.is_set_up():
        return stations.this_station(), False
    return build_demo(end=end), True
