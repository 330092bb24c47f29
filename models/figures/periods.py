"""The numbers a station, township or county reports upward: a month's
summary, a half-year's review, a year's appraisal (一月一汇总、半年一小结、
年终总评比), with the trend over the previous periods and, above the village
level, the stations ranked by satisfaction.

Definitions (the same on screen, in ``stats --json`` and on paper):

- visits and visitors by visit date; concerns by registration date; each
  concern's outcome as it stands now (``models.figures.totals.totals``).
- completion rate (办结率) = concerns ended in any outcome (resolved or one of
  the other outcomes: withdrawn, referred, merged duplicate, declined) ÷
  concerns registered in the period.
- on-time rate (按期办结率) = ended concerns closed on or before their
  deadline ÷ ended concerns. A concern's deadline is the one written when it
  was registered or, when none was written — at the desk or in an imported
  paper ledger alike — the handling rule's time limit from the registration
  date (``workflow.default_deadline``, Settings → 办理期限): a concern closed
  after it is late. An approved extension (延期) moves the deadline; a refused
  or pending one does not. Only a concern whose deadline a correction removed has
  none, and counts as on time (``ON_TIME_RULE``, the one sentence the
  screen, the report, the ledger check and the README say).
- satisfaction rate (满意率) = (满意 + 基本满意) ÷ concerns the villager rated;
  None when nobody rated. Each concern counts once, by its latest rating: the
  answer at feedback, or the follow-up call's (回访, models.concerns.followup)
  when one was answered — an unsatisfied 回访 also reopens the concern, so it
  counts as pending until it is closed again.
- a township's or county's figures add up the stations under it in this
  database (itself, its townships, villages; hamlet points report through
  their village).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.core.schema import Station
from models.core.vocab import (
    FUNCTIONS,
    LEVELS,
    OTHER_OUTCOMES,
    OUTCOMES,
    PENDING,
    RESOLVED,
    RULES,
    SATISFACTION,
)
from models.figures.totals import Totals
from models.station import data_age
from models.station.data_age import DataAge
from models.station.stations import StationRow, station_rows_under, stations_under  # noqa: F401 — callers find it here too

PERIOD_KINDS = {"month": "月", "half": "半年", "year": "年"}
TREND_PERIODS = 6          # the period itself and the five before it
SATISFACTION_BAR = 0.90    # under 90%: no commendation
NO_HAMLET = "未注明屯"
ON_TIME_RULE = ("按期办结率＝在办结期限内（含当日）办结的 ÷ 已办结的。登记时（在本机或导入的台账里）"
                "没有写办结期限的，按处理方式的办理期限从登记日期算起，过了这个期限才办结的算超期；"
                "批准延期的，按延期后的期限算；只有更正时去掉了期限的事项没有期限，算按期。")


# ------------------------------------------------------------------ periods

@dataclass(frozen=True)
class Period:
    kind: str       # month / half / year
    year: int
    n: int          # month 1-12, half 1-2, year 1

    @property
    def start(self) -> dt.date:
        if self.kind == "month":
            return dt.date(self.year, self.n, 1)
        if self.kind == "half":
            return dt.date(self.year, 1 if self.n == 1 else 7, 1)
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        if self.kind == "month":
            nxt = dt.date(self.year + (self.n == 12), self.n % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if self.kind == "half":
            return dt.date(self.year, 6, 30) if self.n == 1 else dt.date(self.year, 12, 31)
        return dt.date(self.year, 12, 31)

    @property
    def label(self) -> str:
        if self.kind == "month":
            return f"{self.year}年{self.n}月"
        if self.kind == "half":
            return f"{self.year}年{'上' if self.n == 1 else '下'}半年"
        return f"{self.year}年"

    @property
    def short_label(self) -> str:
        if self.kind == "month":
            return f"{self.n}月" if self.n != 1 else f"{self.year % 100:02d}年1月"
        if self.kind == "half":
            return f"{self.year % 100:02d}{'上' if self.n == 1 else '下'}"
        return f"{self.year}"

    def previous(self) -> "Period":
        if self.kind == "month":
            return Period("month", self.year - (self.n == 1), 12 if self.n == 1 else self.n - 1)
        if self.kind == "half":
            return Period("half", self.year - (self.n == 1), 2 if self.n == 1 else 1)
        return Period("year", self.year - 1, 1)


def period_of(kind: str, day: dt.date) -> Period:
    """The month, half-year or year that ``day`` falls in."""
    if kind == "month":
        return Period("month", day.year, day.month)
    if kind == "half":
        return Period("half", day.year, 1 if day.month <= 6 else 2)
    if kind == "year":
        return Period("year", day.year, 1)
    from models.core.errors import ValidationError
    raise ValidationError("统计周期只能是 月、半年 或 年。", "period")


# ------------------------------------------------------------------ scope


def _rate(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


# ------------------------------------------------------------------ figures

@dataclass
class Figures:
    """One scope over one period: the station totals and the rates."""
    totals: Totals
    closed: int = 0
    on_time: int = 0
    rated: int = 0
    satisfied: int = 0
    basically: int = 0
    dissatisfied: int = 0
    by_hamlet: dict[str, int] = field(default_factory=dict)

    @property
    def completion_rate(self) -> float | None:
        return _rate(self.closed, self.totals.concerns)

    @property
    def on_time_rate(self) -> float | None:
        return _rate(self.on_time, self.closed)

    @property
    def satisfaction_rate(self) -> float | None:
        return _rate(self.satisfied + self.basically, self.rated)


# What a span's concerns add up to, counted by SQLite (one row a group):
# concerns, resolved, pending, ended on time, and the three satisfaction
# answers. An outcome other than pending (or none) counts as ended, as in
# ``models.figures.totals``.
_SUMS = ("COUNT(*), COALESCE(SUM(c.outcome = 'resolved'), 0), COALESCE(SUM(c.outcome IS 'pending'), 0), "
         "COALESCE(SUM(c.outcome IS NOT 'pending' AND (c.deadline IS NULL OR c.closed_on <= c.deadline)), 0), "
         "COALESCE(SUM(c.satisfaction = 'satisfied'), 0), COALESCE(SUM(c.satisfaction = 'basically'), 0), "
         "COALESCE(SUM(c.satisfaction = 'dissatisfied'), 0)")


@dataclass
class _Tally:
    """One group's row of ``_SUMS``."""
    concerns: int = 0
    resolved: int = 0
    pending: int = 0
    on_time: int = 0
    satisfied: int = 0
    basically: int = 0
    dissatisfied: int = 0

    def add(self, other: "_Tally") -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))


def _span(column: str, lo: dt.date | None, hi: dt.date | None) -> tuple[str, list]:
    conds, args = [], []
    if lo:
        conds.append(f"{column} >= ?")
        args.append(lo.isoformat())
    if hi:
        conds.append(f"{column} <= ?")
        args.append(hi.isoformat())
    return " AND ".join(conds) or "1", args


# The stations a scope counts, for ``station_id IN scope``: SQLite walks the
# tree itself (the covering indexes of migration 16 start with station_id, so
# each station's rows of the span are one range of the index).
_SUBTREE = ("WITH RECURSIVE scope(id) AS (SELECT ? UNION ALL "
            "SELECT s.id FROM station s JOIN scope ON s.parent_id = scope.id) ")
_ALL = "WITH scope(id) AS (SELECT id FROM station) "


@dataclass(frozen=True)
class HamletScope:
    """A hamlet point's figures: the concerns filed under it at its village
    (``concern.hamlet_id``) and any registered at the point's own desk; the
    visits that brought them."""
    id: str


@dataclass(frozen=True)
class _Scope:
    """How the counting queries pick a scope's rows: a ``WITH`` head and the
    conditions on a concern (``c``), a visit (``v``) and a station-owned row."""
    head: str
    args: list
    concern: tuple[str, list]
    visit: tuple[str, list]
    station: tuple[str, list]


def _scope_of(scope: Station | str | list[str] | None) -> _Scope:
    """A station with everything under it (or its id), a hamlet point
    (``HamletScope``), a list of station ids (those only), or None for every
    station."""
    if isinstance(scope, (list, tuple, set, frozenset)):
        ids = list(scope) or ["-"]
        marks = ",".join("?" * len(ids))
        return _Scope("", [], (f"c.station_id IN ({marks})", ids), (f"v.station_id IN ({marks})", ids),
                      (f"station_id IN ({marks})", ids))
    if isinstance(scope, HamletScope):
        h = scope.id
        return _Scope("", [], ("(c.station_id = ? OR c.hamlet_id = ?)", [h, h]),
                      ("(v.station_id = ? OR v.id IN (SELECT visit_id FROM concern WHERE hamlet_id = ?))",
                       [h, h]), ("station_id = ?", [h]))
    inside = ("c.station_id IN scope", []), ("v.station_id IN scope", []), ("station_id IN scope", [])
    if scope is None:
        return _Scope(_ALL, [], *inside)
    return _Scope(_SUBTREE, [scope if isinstance(scope, str) else scope.id], *inside)


@dataclass
class _Counts:
    """What the counting queries read for one scope: the first span by
    (station, hamlet) and by (outcome, function, rule); each span's totals
    and visits (visits, visitors)."""
    by_place: dict[tuple[str, str | None], _Tally]
    by_kind: list[tuple[str, str, str, int]]
    spans: list[_Tally]
    visits: list[tuple[int, int]]


def _count(sc: _Scope, spans: list[tuple[dt.date | None, dt.date | None]]) -> _Counts:
    """Count the concerns and visits of a scope in each span; the first span
    in detail. Every query over a station's subtree reads a covering index, a
    range per station; the trend's earlier spans are one row each."""
    from models.core.db import db

    head, hargs = sc.head, sc.args
    (cwhere, cargs), (vwhere, vargs) = sc.concern, sc.visit
    lo, hi = spans[0]
    where, args = _span("c.registered_on", lo, hi)
    by_place: dict[tuple[str, str | None], _Tally] = {}
    for station, hamlet, *n in db.execute_sql(
            f"{head}SELECT c.station_id, c.hamlet_id, {_SUMS} FROM concern c "
            f"WHERE {cwhere} AND {where} GROUP BY 1, 2", [*hargs, *cargs, *args]).fetchall():
        by_place[(station, hamlet)] = _Tally(*n)
    by_kind = db.execute_sql(
        f"{head}SELECT c.outcome, c.function, c.rule, COUNT(*) FROM concern c "
        f"WHERE {cwhere} AND {where} GROUP BY 1, 2, 3", [*hargs, *cargs, *args]).fetchall()
    first = _Tally()
    for t in by_place.values():
        first.add(t)
    totals, visits = [first], []
    for i, (lo, hi) in enumerate(spans):
        if i:
            where, args = _span("c.registered_on", lo, hi)
            totals.append(_Tally(*db.execute_sql(
                f"{head}SELECT {_SUMS} FROM concern c WHERE {cwhere} AND {where}",
                [*hargs, *cargs, *args]).fetchone()))
        where, args = _span("v.local_date", lo, hi)
        visits.append(tuple(db.execute_sql(
            f"{head}SELECT COUNT(*), COALESCE(SUM(v.headcount), 0) FROM visit v "
            f"WHERE {vwhere} AND {where}", [*hargs, *vargs, *args]).fetchone()))
    return _Counts(by_place, by_kind, totals, visits)


def _figures(tally: _Tally, visits: tuple[int, int], date_from, date_to,
             by_kind: list[tuple[str, str, str, int]] | None = None) -> Figures:
    """The figures of one counted group; with ``by_kind`` the outcomes,
    functions and rules too (those not in the vocabulary after the known ones)."""
    t = Totals(date_from, date_to, visits=visits[0], visitors=visits[1],
               concerns=tally.concerns, resolved=tally.resolved, pending=tally.pending)
    if by_kind is not None:
        outcomes = dict.fromkeys([RESOLVED, PENDING, *OTHER_OUTCOMES], 0)
        by_function = dict.fromkeys(FUNCTIONS, 0)
        by_rule = dict.fromkeys(RULES, 0)
        extra: list[dict] = [{}, {}, {}]
        for outcome, function, rule, n in by_kind:
            for key, known, more in ((outcome, outcomes, extra[0]), (function, by_function, extra[1]),
                                     (rule, by_rule, extra[2])):
                if key in known:
                    known[key] += n
                else:
                    more[key] = more.get(key, 0) + n
        for known, more in zip((outcomes, by_function, by_rule), extra):
            for key in sorted(more, key=lambda k: (k is None, k or "")):
                known[key] = more[key]
        t.resolved = outcomes.pop(RESOLVED)
        t.pending = outcomes.pop(PENDING)
        t.other_outcomes, t.by_function, t.by_rule = outcomes, by_function, by_rule
    return Figures(t, closed=tally.concerns - tally.pending, on_time=tally.on_time,
                   rated=tally.satisfied + tally.basically + tally.dissatisfied,
                   satisfied=tally.satisfied, basically=tally.basically,
                   dissatisfied=tally.dissatisfied)


def _by_hamlet(counts: _Counts, names: dict[str, str], prefix_village: bool) -> dict[str, int]:
    hamlets: dict[str, int] = {}
    for (station, hamlet), t in counts.by_place.items():
        name = (names.get(hamlet) if hamlet else None) or NO_HAMLET
        if prefix_village:
            name = f"{names.get(station, '')}·{name}"
        hamlets[name] = hamlets.get(name, 0) + t.concerns
    return dict(sorted(hamlets.items(), key=lambda kv: (-kv[1], kv[0])))


def _names() -> dict[str, str]:
    from models.core.db import db

    return dict(db.execute_sql("SELECT id, name FROM station").fetchall())


def figures(scope: Station | list[str] | None, date_from: dt.date | None, date_to: dt.date | None,
            with_hamlets: bool = True, prefix_village: bool = False) -> Figures:
    """One scope (a station with everything under it, a list of station ids,
    or None for every station) over one span of dates."""
    counts = _count(_scope_of(scope), [(date_from, date_to)])
    f = _figures(counts.spans[0], counts.visits[0], date_from, date_to, counts.by_kind)
    if with_hamlets:
        f.by_hamlet = _by_hamlet(counts, _names(), prefix_village)
    return f


@dataclass
class RankedStation:
    rank: int
    name: str
    code: str
    parent: str
    concerns: int
    resolved: int
    completion_rate: float | None
    satisfaction_rate: float | None
    rated: int
    flagged: bool        # under 90% satisfaction
    data_age: DataAge | None = None

    @property
    def stale(self) -> bool:
        """Not heard from in more than the set days: its figures are incomplete, not ranked."""
        return self.data_age is not None and self.data_age.stale


@dataclass
class TrendPoint:
    label: str
    date_from: dt.date
    date_to: dt.date
    visitors: int
    concerns: int
    resolved: int
    completion_rate: float | None
    satisfaction_rate: float | None


@dataclass
class Statistics:
    scope_name: str
    scope_level: str             # county / township / village / hamlet / all
    scope_code: str
    period: Period | None
    date_from: dt.date | None
    date_to: dt.date | None
    figures: Figures
    trend: list[TrendPoint]
    ranking: list[RankedStation]
    stations_counted: int
    supervision: "Supervision | None" = None
    ages: dict[str, DataAge] = field(default_factory=dict)   # station id -> its data age here
    stale_after: int = 14                                    # days (settings.stale_days)
    scope_id: str = ""

    @property
    def scope_age(self) -> DataAge | None:
        return self.ages.get(self.scope_id)

    @property
    def stale(self) -> list[tuple[str, str, DataAge]]:
        """(name, code, age) of the stations counted whose data is older than
        ``stale_after`` days, or never came: these figures are incomplete."""
        return [(self.station_names.get(sid, ""), self.station_codes.get(sid, ""), a)
                for sid, a in self.ages.items() if a.stale and not self._inherited(sid)]

    @property
    def incomplete(self) -> bool:
        return bool(self.stale)

    station_names: dict[str, str] = field(default_factory=dict)
    station_codes: dict[str, str] = field(default_factory=dict)
    hamlet_ids: frozenset = frozenset()

    def _inherited(self, sid: str) -> bool:
        """A hamlet point without data of its own: said through its village."""
        return sid in self.hamlet_ids

    def incomplete_note(self) -> str:
        """One plain sentence for the CLI and the printed report ("" when complete)."""
        stale = self.stale
        if not stale:
            return ""
        names = "、".join(f"{name}（{a.text}）" for name, _, a in stale[:10])
        more = f"等 {len(stale)} 个站点" if len(stale) > 10 else ""
        return (f"数字不全：{names}{more}超过 {self.stale_after} 天没有收到数据，"
                "这些站点的数字只到它们的数据日期，没有按当前数字计，排名时不参加排名。")

    def as_json(self) -> dict:
        t = self.figures.totals
        d = t.as_json()            # the existing keys, unchanged
        f = self.figures

        def pct(x):
            return None if x is None else round(x, 4)
        d.update({
            "scope": {"name": self.scope_name, "level": self.scope_level, "code": self.scope_code,
                      "stations": self.stations_counted},
            "period": None if self.period is None else {
                "kind": self.period.kind, "label": self.period.label},
            "closed": f.closed, "on_time": f.on_time,
            "completion_rate": pct(f.completion_rate), "on_time_rate": pct(f.on_time_rate),
            "satisfaction": {"satisfied": f.satisfied, "basically": f.basically,
                             "dissatisfied": f.dissatisfied, "rated": f.rated},
            "satisfaction_rate": pct(f.satisfaction_rate),
            "by_hamlet": f.by_hamlet,
            "trend": [{"label": p.label, "from": p.date_from.isoformat(), "to": p.date_to.isoformat(),
                       "visitors": p.visitors, "concerns": p.concerns, "resolved": p.resolved,
                       "completion_rate": pct(p.completion_rate),
                       "satisfaction_rate": pct(p.satisfaction_rate)} for p in self.trend],
            "ranking": [{"rank": r.rank, "name": r.name, "code": r.code, "parent": r.parent,
                         "concerns": r.concerns, "resolved": r.resolved,
                         "completion_rate": pct(r.completion_rate),
                         "satisfaction_rate": pct(r.satisfaction_rate), "rated": r.rated,
                         "flagged": r.flagged, "stale": r.stale,
                         "data_age": r.data_age.as_json() if r.data_age else None}
                        for r in self.ranking],
            "data_age": {
                "stale_after_days": self.stale_after, "incomplete": self.incomplete,
                "scope": self.scope_age.as_json() if self.scope_age else None,
                "stale_stations": [{"name": name, "code": code, **a.as_json()}
                                   for name, code, a in self.stale]},
        })
        if self.supervision is not None:
            d["supervision"] = self.supervision.as_json()
        return d


def ranking(villages: list[StationRow], date_from, date_to, counts: _Counts,
            names: dict[str, str], ages: dict[str, DataAge] | None = None) -> list[RankedStation]:
    """Village stations ranked by satisfaction rate (unrated last), then
    completion rate, then concerns; a rated station under 90% is flagged.
    A station whose data is stale (``ages``) is listed after the ranked ones
    with rank 0: its figures are incomplete, not compared as if current.
    ``counts``: the span counted by place (``statistics``)."""
    of: dict[str, _Tally] = {}
    for (station, _hamlet), t in counts.by_place.items():
        of.setdefault(station, _Tally()).add(t)
    rows = []
    for v in villages:
        f = _figures(of.get(v.id, _Tally()), (0, 0), date_from, date_to)
        rows.append(RankedStation(0, v.name, v.code, names.get(v.parent_id, "") if v.parent_id else "",
                                  f.totals.concerns, f.totals.resolved, f.completion_rate,
                                  f.satisfaction_rate, f.rated,
                                  f.satisfaction_rate is not None and f.satisfaction_rate < SATISFACTION_BAR,
                                  (ages or {}).get(v.id)))
    rows.sort(key=lambda r: (r.stale, r.satisfaction_rate is None, -(r.satisfaction_rate or 0),
                             -(r.completion_rate or 0), -r.concerns, r.code))
    for i, r in enumerate(rows, 1):
        r.rank = 0 if r.stale else i
    return rows


def statistics(scope: Station | None = None, period: Period | None = None,
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               trend_periods: int = TREND_PERIODS, today: dt.date | None = None) -> Statistics:
    """The statistics of a station (with everything under it) — or of the
    whole database when ``scope`` is None — for a period (month / half /
    year, with its trend) or for free dates."""
    if period is not None:
        date_from, date_to = period.start, period.end
    under = station_rows_under(scope)
    sc = _scope_of(scope)
    if scope is not None and scope.level == "hamlet":
        sc = _scope_of(HamletScope(scope.id))  # its concerns are filed at its village, under its name
    villages = [s for s in under if s.level == "village"]
    multi = len(villages) > 1
    # The period in detail and the trend's periods before it (span 0 is the
    # period itself): a few queries, each over a covering index.
    periods = [period] if period is not None else []
    while period is not None and len(periods) < trend_periods:
        periods.append(periods[-1].previous())
    spans = [(p.start, p.end) for p in periods] or [(date_from, date_to)]
    counts = _count(sc, spans)
    names = _names()
    f = _figures(counts.spans[0], counts.visits[0], date_from, date_to, counts.by_kind)
    f.by_hamlet = _by_hamlet(counts, names, multi)
    trend: list[TrendPoint] = []
    for i, p in enumerate(periods):
        pf = f if i == 0 else _figures(counts.spans[i], counts.visits[i], p.start, p.end)
        trend.insert(0, TrendPoint(p.short_label, p.start, p.end, pf.totals.visitors,
                                   pf.totals.concerns, pf.totals.resolved,
                                   pf.completion_rate, pf.satisfaction_rate))
    from models.core import clock, settings

    ages = data_age.ages([s.id for s in under], today or clock.today())
    ranked = (ranking(villages, date_from, date_to, counts, names, ages)
              if (scope is None or scope.level in ("county", "township")) else [])
    if scope is None:
        top = [s for s in under if s.parent_id is None]
        name = top[0].name if len(top) == 1 else "全部站点"
        level = top[0].level if len(top) == 1 else "all"
        code = top[0].code if len(top) == 1 else ""
    else:
        name, level, code = scope.name, scope.level, scope.code
    sup = supervision_figures(sc, date_from, date_to)
    hamlet_ids = frozenset(sid for sid, a in ages.items()
                           if a.via is not None and sid != (scope.id if scope else None))
    return Statistics(name, level, code, period, date_from, date_to, f, trend, ranked, len(under), sup,
                      ages=ages, stale_after=settings.stale_days(), scope_id=scope.id if scope else "",
                      station_names={s.id: s.name for s in under},
                      station_codes={s.id: s.code for s in under}, hamlet_ids=hamlet_ids)


@dataclass
class Tally:
    satisfied: int = 0
    basically: int = 0
    dissatisfied: int = 0
    invalid: int = 0
    count: int = 0          # ratings, sessions or sheets

    @property
    def rate(self) -> float | None:
        return _rate(self.satisfied + self.basically,
                     self.satisfied + self.basically + self.dissatisfied)

    def as_json(self) -> dict:
        return {"satisfied": self.satisfied, "basically": self.basically,
                "dissatisfied": self.dissatisfied, "invalid": self.invalid, "count": self.count,
                "rate": None if self.rate is None else round(self.rate, 4)}


@dataclass
class Supervision:
    """The supervisors' side of "whether the masses are satisfied": their
    ratings of concerns (by rating date), the evaluation sessions held (by
    date; anonymous ballot counts) and the June survey of the years the
    period touches (paper tallies)."""
    ratings: Tally
    evaluations: Tally
    survey: Tally

    def as_json(self) -> dict:
        return {"supervisor_ratings": self.ratings.as_json(),
                "evaluations": self.evaluations.as_json(), "survey": self.survey.as_json()}


def supervision_figures(scope: _Scope | Station | None, date_from: dt.date | None,
                        date_to: dt.date | None) -> Supervision:
    """The supervisors' figures of a scope (a station with everything under
    it, a hamlet point, None: every station): three counting queries."""
    from models.core.db import db

    sc = scope if isinstance(scope, _Scope) else _scope_of(scope)
    head, hargs = sc.head, sc.args
    (cwhere, cargs), (swhere, sargs) = sc.concern, sc.station
    ratings = Tally()
    where, args = _span("r.rated_on", date_from, date_to)
    for rating, n in db.execute_sql(
            f"{head}SELECT r.rating, COUNT(*) FROM supervisor_rating r CROSS JOIN concern c ON c.id = r.concern_id "
            f"WHERE {cwhere} AND {where} GROUP BY 1", [*hargs, *cargs, *args]).fetchall():
        if rating in SATISFACTION:
            setattr(ratings, rating, n)
            ratings.count += n

    def add_up(table: str, where: str, args: list) -> Tally:
        row = db.execute_sql(
            f"{head}SELECT COALESCE(SUM(satisfied), 0), COALESCE(SUM(basically), 0), "
            f"COALESCE(SUM(dissatisfied), 0), COALESCE(SUM(invalid), 0), COUNT(*) FROM {table} "
            f"WHERE {swhere} AND {where}", [*hargs, *sargs, *args]).fetchone()
        return Tally(*row)

    evaluations = add_up("evaluation_session", *_span("held_on", date_from, date_to))
    years, yargs = "1", []
    if date_from or date_to:
        years = "year BETWEEN ? AND ?"
        yargs = [(date_from or dt.date(2000, 1, 1)).year, (date_to or dt.date(2100, 1, 1)).year]
    survey = add_up("survey_tally", years, yargs)
    return Supervision(ratings, evaluations, survey)


def percent(rate: float | None) -> str:
    """98.6% (one decimal), or — when there is nothing to divide by."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def outcome_rows(f: Figures) -> list[tuple[str, int]]:
    """(label, count) of every outcome, resolved and pending first; zeros too."""
    t = f.totals
    return ([(OUTCOMES["resolved"], t.resolved), (OUTCOMES[PENDING], t.pending)]
            + [(OUTCOMES[k], n) for k, n in t.other_outcomes.items()])


def function_rows(f: Figures) -> list[tuple[str, int]]:
    return [(FUNCTIONS[k], n) for k, n in f.totals.by_function.items() if k in FUNCTIONS]


def rule_rows(f: Figures) -> list[tuple[str, int]]:
    return [(RULES[k], n) for k, n in f.totals.by_rule.items() if k in RULES]


def level_name(level: str) -> str:
    return LEVELS.get(level, "")


def scope_choices(station: Station) -> list[Station]:
    """What a desk can show statistics for: its own station and, at a county
    or township desk, each station directly under it."""
    out = [station]
    if station.level in ("county", "township"):
        out += list(Station.select().where((Station.parent == station) & (Station.level != "hamlet"))
                    .order_by(Station.code))
    return out


def station_by_id(station_id: str) -> Station:
    return Station.get_by_id(station_id)


def next_period(p: Period) -> Period:
    return period_of(p.kind, p.end + dt.timedelta(days=1))
