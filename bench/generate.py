"""A county-scale database, built fast, for the search bench.

The default is Ningming's network: one county command, 13 township centres,
161 village stations with about a thousand hamlets among them, and ten years of visits
and concerns at each village at about the demo station's rate (170 visits a
year, ~195 concerns) — about 310,000 concerns and 1.5 million events. It is
the database a county desk would hold once every village's USB packages have
been merged into it.

The rows have the shape the app writes: the same tables (created by the app's
own migrations through ``open_database``), UUID keys, per-station-and-year
case numbers, each concern's append-only events following its handling rule's
path (the same paths as ``models.samples.demo``), the concern's state columns projected
from those events the way ``models.concerns.workflow.project`` does. Only the
speed differs: rows go in with ``executemany`` inside one transaction per
village, with ``synchronous=OFF`` while generating. The search index is then
built by the app itself (``models.concerns.search.rebuild_index``), so it holds
exactly what the app would write, keys included.

``--concerns N`` keeps the county's shape (161 villages, 10 years) and thins
the visits to about N concerns: ``--concerns 30000`` builds in a couple of
minutes for quick runs.

``--check`` builds a small database the same way and compares every concern
with what the app itself derives from it (``workflow.project``,
``workflow.missing_for_resolution``, search by case number); run it after changing
this file or the models.

    .venv/bin/python bench/generate.py /tmp/county            # 161 villages x 10 years
    .venv/bin/python bench/generate.py /tmp/county30k --concerns 30000   # same shape, ~30,000
    .venv/bin/python bench/generate.py /tmp/small --villages 5 --years 2
    .venv/bin/python bench/generate.py --check
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.concerns.villagers import pinyin_keys  # noqa: E402
from models.concerns.workflow import KIND_STEP, format_case_number  # noqa: E402
from models.core.clock import to_utc  # noqa: E402
from models.core.db import db# noqa: E402
from models.core.paths import DB_FILENAME
from models.core.validation import id_check_digit  # noqa: E402
from models.core.vocab import DEFAULT_DEADLINE_DAYS, OTHER_OUTCOMES, STEP_ORDER  # noqa: E402
from models.safety.opening import close_database, open_database  # noqa: E402
from models.samples.demo import ANSWERS, CHANNEL_WEIGHTS, DOCUMENTS, GIVEN, SURNAMES, TEMPLATES  # noqa: E402
from models.station import stations  # noqa: E402

TOWNSHIPS = ["城中镇", "爱店镇", "明江镇", "海渊镇", "亭亮镇", "桐棉镇", "那堪镇",
             "寨安乡", "峙浪乡", "东安乡", "板棍乡", "北江乡", "那楠乡"]
PLACE_1 = "那板陇弄渠派念百布驮峒叫坡谷江"
PLACE_2 = "堪烟怀邦龙良汤旺利明安江峒排兰浪美岜楼亭"
GIVEN_CHARS = "秀英桂兰美玲丽华春梅玉凤金花月娥建国志强卫东海波永福忠德才明文军光荣少锋思远家宝生有进财珍芳立新振兴旺世雪燕红霞平安勇刚"
EXTRA = ["", "", "", "已多次反映。", "希望尽快解决。", "涉及农户五户。", "去年也出现过类似情况。",
         "村民代表一同前来。", "要求给个明确答复。", "事情发生在屯口。", "靠近村小学。"]
OFFICES = ["城中镇人民政府", "宁明县自然资源局", "宁明县水利局"]
REASONS = {"withdrawn": "村民表示问题已自行解决，申请撤回。",
           "referred": "属于司法所职能，已告知并转交镇司法所办理。",
           "duplicate": "与此前反映的同一事项重复，合并办理。",
           "declined": "不属于回应站受理范围，已向村民说明依据。"}
ANALYSIS = {"answer_on_spot": "政策咨询当面答复", "mediate_on_site": "矛盾纠纷现场调解",
            "time_limited": "限时解决", "proxy_end_to_end": "全程代办",
            "escalate_visit": "超出权限，预约上级下访", "confidential": "涉密涉私专项反馈"}
STAFF_ROLES = [("head", True), ("clerk", True), ("clerk", False), ("hamlet_cadre", False),
               ("hamlet_cadre", False), ("supervisor", False)]


def _dts(value: dt.datetime) -> str:  # how the sqlite3 driver stores a peewee DateTimeField
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _json(value) -> str:  # models.core.schema.JSONField.db_value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Gen:
    def __init__(self, rng: random.Random, end: dt.date, now: dt.datetime):
        self.rng = rng
        self.end = end
        self.now = _dts(now)

    def uid(self) -> str:  # the shape of models.core.schema.new_id (uuid4 hex)
        return uuid.UUID(int=self.rng.getrandbits(128), version=4).hex

    def name(self) -> str:
        r = self.rng
        if r.random() < 0.3:
            return r.choice(SURNAMES) + r.choice(GIVEN)
        given = r.choice(GIVEN_CHARS) + (r.choice(GIVEN_CHARS) if r.random() < 0.8 else "")
        return r.choice(SURNAMES) + given

    def phone(self) -> str:
        return self.rng.choice(["138", "139", "150", "177", "185", "133"]) + f"{self.rng.randrange(10**8):08d}"

    def id_number(self) -> str:
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 365 * 60))
        first17 = "451422" + birth.strftime("%Y%m%d") + f"{self.rng.randrange(0, 1000):03d}"
        return first17 + id_check_digit(first17)


@functools.lru_cache(maxsize=None)
def _pinyin(name: str) -> tuple[str, str]:
    return pinyin_keys(name)


# ------------------------------------------------------------------ events

def concern_events(g: Gen, c: dict, clerk: str, staff: list[str], at: dt.datetime,
                   other_outcome: str | None) -> list[tuple]:
    """The events of one concern as (kind, step, staff_id, local datetime, note, data):
    reception and registration, then the rule's path as far as time allows —
    the paths of ``models.samples.demo._carry``."""
    r = g.rng
    end = g.end
    evs: list[tuple] = []

    def add(kind, staff_id, note, data, when, step=None):
        evs.append((kind, step or KIND_STEP.get(kind), staff_id, when, note, data))

    reg = {k: c[k] for k in ("function", "rule", "summary", "details", "confidential")}
    reg.update(deadline=c["deadline"].isoformat(), hamlet=c["hamlet_id"], handler=c["handler_id"])
    add("received", clerk, "", {}, at)
    add("registered", clerk, "", reg, at)
    rule = c["rule"]
    if rule == "answer_on_spot" and r.random() < 0.9:  # answered and closed in the same sitting
        add("step", clerk, r.choice(ANSWERS), {"satisfaction": "satisfied"}, at, step="feedback")
        add("closed", clerk, "当场答复，群众认可。", {"outcome": "resolved"}, at)
        return evs

    age = (end - at.date()).days
    budget = min(age, r.randrange(1, 25))
    if age < 20 and r.random() < 0.6:
        budget = r.randrange(0, max(age, 1))
    t = at
    cap = dt.datetime.combine(end, dt.time(17, 0))

    def later(days=1):
        nonlocal t
        t = min(t + dt.timedelta(days=days, hours=r.randrange(1, 5)), cap)
        return t

    handler = c["handler_id"] or clerk
    if other_outcome or r.random() < 0.02:
        outcome = other_outcome or r.choice(OTHER_OUTCOMES)
        data = {"outcome": outcome}
        if outcome == "duplicate":
            if c["seq"] == 1:
                outcome = data["outcome"] = "withdrawn"
            else:
                data["duplicate_of"] = format_case_number(c["year"], c["seq"] - 1)
        add("closed", handler, REASONS[outcome], data, later(1))
        return evs
    add("step", handler, "经分析，按" + ANALYSIS[rule] + "办理。", {}, later(0), step="analysis")
    held: list[str] = []
    if rule == "proxy_end_to_end":
        held = DOCUMENTS.get(c["summary"], ["身份证复印件"])
        add("documents_taken", handler, "当面清点，出具代办回执。", {"documents": held}, later(0))
    if budget < 2:
        return evs
    if rule == "mediate_on_site":
        agreement = "经现场调解，双方同意各让一步，签字确认。"
        add("mediation", handler, agreement,
            {"parties": [c["villager_name"], g.name()], "facts": "双方就" + c["summary"] + "各自陈述了情况。",
             "agreement": agreement}, later(2))
    elif rule == "escalate_visit":
        add("escalation_requested", handler, "超出村级权限，请求上级部门派员下访接待。",
            {"office": r.choice(OFFICES)}, later(1))
        if budget < 10 or r.random() < 0.15:
            return evs
        appointment = later(5).date()
        add("escalation_answered", handler, "上级部门派员下访，当面答复并明确办理时限。",
            {"official": "韦科长", "office": "城中镇人民政府", "appointment_date": appointment.isoformat()}, t)
    else:
        add("step", handler, "到现场查看并办理。", {}, later(2), step="on_site")
    if budget < 6 and r.random() < 0.5:
        return evs
    if r.random() < 0.3:
        add("step", staff[-1], "监督员到场见证办理过程。", {}, later(1), step="supervision")
    if rule == "proxy_end_to_end":
        add("documents_returned", handler, "材料已当面退还，村民签字确认。", {"documents": list(held)}, later(3))
    if rule == "time_limited" or (rule in ("mediate_on_site", "proxy_end_to_end") and r.random() < 0.3):
        add("step", handler, "办理结果在村务公开栏公示。", {}, later(1), step="publication")
    sat = r.choices(["satisfied", "basically", "dissatisfied"], weights=[86, 11, 3])[0]
    add("step", handler, "已将办理结果当面告知村民。" if rule != "confidential" else "已单独约谈本人反馈结果，未公开。",
        {"satisfaction": sat}, later(1), step="feedback")
    if r.random() < 0.92 or age > 40:
        add("closed", handler, "", {"outcome": "resolved"}, t)
    return evs


def project(c: dict, evs: list[tuple]) -> None:
    """The state columns from the events, as ``models.concerns.workflow.project`` derives them."""
    state: dict = {}
    steps = set()
    outcome, closed_on, satisfaction = "pending", None, None
    for kind, step, _staff, when, _note, data in evs:
        if step:
            steps.add(step)
        if kind == "registered":
            state.update(data)
        elif kind == "correction":
            state.update(data.get("fields", {}))
        elif kind == "closed":
            outcome, closed_on = data["outcome"], when.date()
        elif kind == "reopened":
            outcome, closed_on = "pending", None
        if kind == "step" and step == "feedback" and data.get("satisfaction"):
            satisfaction = data["satisfaction"]
    c.update(function=state["function"], rule=state["rule"], summary=state["summary"],
             details=state.get("details", ""), hamlet_id=state.get("hamlet"),
             handler_id=state.get("handler"),
             deadline=dt.date.fromisoformat(state["deadline"]) if state.get("deadline") else None,
             confidential=bool(state.get("confidential")) or state["rule"] == "confidential",
             current_step=max(steps, key=STEP_ORDER.index) if steps else "reception",
             outcome=outcome, closed_on=closed_on, satisfaction=satisfaction, event_count=len(evs))


# ------------------------------------------------------------------ one village

def village_rows(g: Gen, village_id: str, hamlets: list[tuple[str, str]], staff: list[str],
                 start: dt.date, years: int, visits_per_year: int) -> dict[str, list[tuple]]:
    r = g.rng
    rows: dict[str, list[tuple]] = {k: [] for k in ("villager", "visit", "visit_visitor", "concern",
                                                    "concern_event")}
    hamlet_name = dict(hamlets)
    villagers = []
    for _ in range(max(40, int(visits_per_year * years * 0.35))):
        name = g.name()
        vid, hid = g.uid(), r.choice(hamlets)[0]
        initials, full = _pinyin(name)
        phone = g.phone() if r.random() < 0.8 else ""
        idn = g.id_number() if r.random() < 0.5 else ""
        rows["villager"].append((vid, village_id, name, phone, idn, hid, initials, full, g.now))
        villagers.append((vid, name, hid))
    n_visits = int(visits_per_year * years * r.uniform(0.7, 1.3))
    span = (g.end - start).days
    days = sorted(start + dt.timedelta(days=r.randrange(0, span + 1)) for _ in range(n_visits))
    seq_by_year: dict[int, int] = {}
    for n, day in enumerate(days):
        at = dt.datetime.combine(day, dt.time(r.choice([8, 9, 10, 11, 14, 15, 16]), r.randrange(60)))
        clerk = r.choice(staff[:3])
        group = r.random() < 0.08
        visitors = r.sample(villagers, 2 if group else 1)
        headcount = r.randrange(3, 12) if group else len(visitors)
        visit_id = g.uid()
        rows["visit"].append((visit_id, village_id, _dts(to_utc(at)), day.isoformat(),
                              at.strftime("%H:%M"), _pick(r, CHANNEL_WEIGHTS), headcount, "", clerk, g.now))
        for v in visitors:
            rows["visit_visitor"].append((g.uid(), visit_id, v[0]))
        for k in range(1 if r.random() < 0.85 else 2):
            function, rule, summary, details = TEMPLATES[(n * 7 + k * 3 + r.randrange(5)) % len(TEMPLATES)]
            v0 = visitors[0]
            seq = seq_by_year[day.year] = seq_by_year.get(day.year, 0) + 1
            deadline = (day + dt.timedelta(days=r.choice([5, 7, 10, 15])) if rule == "time_limited"
                        else day + dt.timedelta(days=DEFAULT_DEADLINE_DAYS[rule]))
            c = dict(id=g.uid(), year=day.year, seq=seq, case_number=format_case_number(day.year, seq),
                     function=function, rule=rule, summary=summary,
                     details=f"{hamlet_name[v0[2]]}{v0[1]}反映：{details}{r.choice(EXTRA)}",
                     hamlet_id=v0[2], handler_id=r.choice(staff[:5]), deadline=deadline,
                     confidential=rule == "confidential", villager_name=v0[1])
            other = None
            if r.random() < 0.004:  # every other outcome turns up in every village over the years
                other = r.choice(OTHER_OUTCOMES)
            evs = concern_events(g, c, clerk, staff, at, other)
            project(c, evs)
            rows["concern"].append((
                c["id"], village_id, visit_id, v0[0], c["year"], seq, c["case_number"], day.isoformat(),
                g.now, c["function"], c["rule"], c["summary"], c["details"], c["hamlet_id"],
                c["deadline"].isoformat() if c["deadline"] else None, int(c["confidential"]),
                c["handler_id"], c["current_step"], c["outcome"],
                c["closed_on"].isoformat() if c["closed_on"] else None, c["satisfaction"],
                c["event_count"]))
            for i, (kind, step, staff_id, when, note, data) in enumerate(evs, 1):
                rows["concern_event"].append((g.uid(), c["id"], i, kind, step, staff_id,
                                              _dts(to_utc(when)), when.date().isoformat(), note, _json(data)))
    return rows


def _pick(r, pairs):
    return r.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


INSERTS = {
    "villager": 'INSERT INTO "villager" ("id","station_id","name","phone","id_number","hamlet_id",'
                '"pinyin_initials","pinyin_full","created_at") VALUES (?,?,?,?,?,?,?,?,?)',
    "visit": 'INSERT INTO "visit" ("id","station_id","at_utc","local_date","local_time","channel",'
             '"headcount","note","recorded_by_id","created_at") VALUES (?,?,?,?,?,?,?,?,?,?)',
    "visit_visitor": 'INSERT INTO "visit_visitor" ("id","visit_id","villager_id") VALUES (?,?,?)',
    "concern": 'INSERT INTO "concern" ("id","station_id","visit_id","villager_id","year","seq",'
               '"case_number","registered_on","created_at","function","rule","summary","details",'
               '"hamlet_id","deadline","confidential","handler_id","current_step","outcome",'
               '"closed_on","satisfaction","event_count") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
    "concern_event": 'INSERT INTO "concern_event" ("id","concern_id","seq","kind","step","staff_id",'
                     '"at_utc","local_date","note","data") VALUES (?,?,?,?,?,?,?,?,?,?)',
}
CONCERNS_PER_VISIT = 1.139  # what the generator's visits yield (311,691 concerns from 161 × 10 × 170)


def visits_for(concerns: int, villages: int = 161, years: int = 10) -> int:
    """Visits a year per village for about ``concerns`` concerns in all."""
    return max(1, round(concerns / (villages * years * CONCERNS_PER_VISIT)))


def build_search_index(quiet: bool = False) -> int:
    """The app's own index over every concern (``search.rebuild_index``; where
    that is not there yet, ``reindex_many``, which fills the same tables and keys)."""
    from models.concerns import search

    t0 = time.monotonic()
    rebuild = getattr(search, "rebuild_index", None)
    if rebuild is not None:
        n = rebuild()
    else:
        ids = [r[0] for r in db.execute_sql(
            "SELECT id FROM concern ORDER BY registered_on, seq, station_id").fetchall()]
        with db.atomic():
            for i in range(0, len(ids), 5000):
                search.reindex_many(ids[i:i + 5000])
        n = len(ids)
    if not quiet:
        print(f"  search index: {n} concerns, {time.monotonic() - t0:.0f} s", file=sys.stderr)
    return n


# ------------------------------------------------------------------ the county

def generate(out_dir: Path, villages: int = 161, years: int = 10, visits_per_year: int = 170,
             seed: int = 2014, end: dt.date | None = None, quiet: bool = False) -> dict:
    path = Path(out_dir) / DB_FILENAME
    if path.exists():
        raise SystemExit(f"{path} already exists; give a new folder")
    t0 = time.monotonic()
    rng = random.Random(seed)
    end = end or dt.date.today()
    start = end - dt.timedelta(days=365 * years)
    g = Gen(rng, end, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0))
    database = open_database(path)
    database.execute_sql("PRAGMA synchronous=OFF")  # generation only; the app opens it with FULL
    con = database.connection()
    with db.atomic():
        county = stations.set_up_this_station("county", "宁明县村民关切回应指挥部", "451422",
                                              address="宁明县城中镇", phone="0771-8620000")
        townships = [stations.create_station("township", name + "回应中心", f"451422{101 + i:03d}", county)
                     for i, name in enumerate(TOWNSHIPS)]
    counts = dict.fromkeys(INSERTS, 0)
    used_names: set[str] = set()
    for v in range(villages):
        township = townships[v % len(townships)]
        with db.atomic():
            while True:
                place = rng.choice(PLACE_1) + rng.choice(PLACE_2)
                if place not in used_names:
                    used_names.add(place)
                    break
            vcode = f"{township.code}{200 + v // len(townships):03d}"
            village = stations.create_station("village", f"{place}村村民关切回应站", vcode, township)
            n_hamlets = rng.randrange(4, 10)
            hamlet_names = list(dict.fromkeys(rng.choice(PLACE_1) + rng.choice(PLACE_2) + "屯"
                                              for _ in range(n_hamlets)))
            hamlets = [stations.create_station("hamlet", name, f"{vcode}-{i + 1:02d}", village)
                       for i, name in enumerate(hamlet_names)]
            staff = [stations.add_staff(village, g.name(), g.phone(), role, rng.choice(hamlets), full).id
                     for role, full in STAFF_ROLES]
            rows = village_rows(g, village.id, [(h.id, h.name) for h in hamlets], staff, start, years,
                                visits_per_year)
            for table, sql in INSERTS.items():
                con.executemany(sql, rows[table])
                counts[table] += len(rows[table])
        if not quiet and (v + 1) % 10 == 0:
            print(f"  {v + 1}/{villages} villages, {counts['concern']} concerns, "
                  f"{time.monotonic() - t0:.0f} s", file=sys.stderr)
    counts["concern_fts"] = build_search_index(quiet)
    database.execute_sql("PRAGMA optimize")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    info = {"path": str(path), "villages": villages, "years": years, "visits_per_year": visits_per_year,
            "seed": seed, "first_day": start.isoformat(), "last_day": end.isoformat(),
            "rows": counts, "file_bytes": path.stat().st_size,
            "seconds": round(time.monotonic() - t0, 1)}
    return info


# ------------------------------------------------------------------ the check

def check(villages: int = 4, years: int = 2) -> int:
    """Build a small database and compare it with what the app derives from it."""
    import tempfile

    from models.concerns import search, workflow
    from models.core.schema import Concern
    from models.figures import totals

    out = Path(tempfile.mkdtemp(prefix="desk-generate-check-"))
    info = generate(out, villages=villages, years=years, seed=7, quiet=True)
    open_database(out / DB_FILENAME)
    cols = ["function", "rule", "summary", "details", "hamlet_id", "handler_id", "deadline",
            "confidential", "current_step", "outcome", "closed_on", "satisfaction", "event_count"]
    problems = []
    n = 0
    for c in Concern.select().order_by(Concern.station, Concern.year, Concern.seq):
        n += 1
        stored = {k: getattr(c, k) for k in cols}
        with db.atomic() as txn:  # project() saves and reindexes; undo it afterwards
            workflow.project(c)
            derived = {k: getattr(c, k) for k in cols}
            txn.rollback()
        if stored != derived:
            problems.append((c.case_number, "projection", stored, derived))
        if n % 10 == 0 and c.id not in {f.id for f in search.search_concerns(c.station, c.case_number)}:
            problems.append((c.case_number, "not found by its case number"))
        if c.outcome == "resolved" and workflow.missing_for_resolution(c):
            problems.append((c.case_number, "resolved but", workflow.missing_for_resolution(c)))
    t = totals.totals(None)
    if not t.adds_up() or t.concerns != n:
        problems.append(("totals", t))
    seqs = db.execute_sql("SELECT station_id, year, COUNT(*), MAX(seq) FROM concern GROUP BY 1, 2").fetchall()
    problems += [("case numbers not 1..n", s) for s in seqs if s[2] != s[3]]
    hits = {q: len(search.search_concerns(None, q, limit=10**6)) for q in ("低保", "积水", "宅基地")}
    if not all(hits.values()):
        problems.append(("search finds nothing", hits))
    close_database()
    for p in problems[:20]:
        print("PROBLEM", p)
    print(f"checked {n} concerns in {out}: {len(problems)} problems; outcomes "
          f"resolved={t.resolved} pending={t.pending} other={t.other_outcomes}; hits {hits}")
    return 1 if problems else 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Generate a county-scale station database for bench/search.py.")
    p.add_argument("out_dir", nargs="?", help="a new folder; the database is OUT_DIR/" + DB_FILENAME)
    p.add_argument("--villages", type=int, default=161)
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--visits-per-year", type=int, default=170, help="per village (the demo has 170)")
    p.add_argument("--concerns", type=int,
                   help="about this many concerns in all: the same villages and years, fewer visits "
                        "(sets --visits-per-year; 30000 builds in a couple of minutes)")
    p.add_argument("--seed", type=int, default=2014)
    p.add_argument("--end", type=dt.date.fromisoformat, help="last day (default today)")
    p.add_argument("--check", action="store_true", help="build a small database and verify its shape")
    p.add_argument("--json", help="write what was built as JSON here")
    args = p.parse_args(argv)
    if args.check:
        return check()
    if not args.out_dir:
        p.error("give OUT_DIR (or --check)")
    visits = visits_for(args.concerns, args.villages, args.years) if args.concerns else args.visits_per_year
    info = generate(Path(args.out_dir), args.villages, args.years, visits, args.seed, args.end)
    text = json.dumps(info, ensure_ascii=False, indent=1)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
