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
  deadline ÷ ended concerns; a concern with no deadline counts as on time.
- satisfaction rate (满意率) = (满意 + 基本满意) ÷ concerns the villager rated
  at feedback; None when nobody rated.
- a township's or county's figures add up the stations under it in this
  database (itself, its townships, villages; hamlet points report through
  their village).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, fn

from models.core.schema import Concern, Station
from models.core.vocab import FUNCTIONS, LEVELS, OUTCOMES, PENDING, RULES, SATISFACTION
from models.figures.totals import Totals, totals
from models.station.stations import stations_under  # noqa: F401 — callers find it here too

PERIOD_KINDS = {"month": "月", "half": "半年", "year": "年"}
TREND_PERIODS = 6          # the period itself and the five before it
SATISFACTION_BAR = 0.90    # under 90%: no commendation
NO_HAMLET = "未注明屯"


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


def figures(ids: list[str] | None, date_from: dt.date | None, date_to: dt.date | None,
            with_hamlets: bool = True, prefix_village: bool = False) -> Figures:
    t = totals(ids, date_from, date_to)
    f = Figures(t)
    q = Concern.select()
    if ids is not None:
        q = q.where(Concern.station.in_(ids))
    if date_from:
        q = q.where(Concern.registered_on >= date_from)
    if date_to:
        q = q.where(Concern.registered_on <= date_to)
    closed = q.where(Concern.outcome != PENDING)
    f.closed = closed.count()
    f.on_time = closed.where(Concern.deadline.is_null()
                             | (Concern.closed_on <= Concern.deadline)).count()
    for sat, n in (q.select(Concern.satisfaction, fn.COUNT(Concern.id))
                   .where(Concern.satisfaction.is_null(False))
                   .group_by(Concern.satisfaction).tuples()):
        if sat in SATISFACTION:
            setattr(f, sat, n)
            f.rated += n
    if with_hamlets:
        Hamlet = Station.alias()
        Village = Station.alias()
        rows = (q.select(Hamlet.name, Village.name, fn.COUNT(Concern.id))
                .join(Hamlet, on=(Concern.hamlet == Hamlet.id), join_type=JOIN.LEFT_OUTER)
                .switch(Concern).join(Village, on=(Concern.station == Village.id))
                .group_by(Hamlet.id, Village.id).tuples())
        by: dict[str, int] = {}
        for hamlet, village, n in rows:
            name = hamlet or NO_HAMLET
            if prefix_village:
                name = f"{village}·{name}"
            by[name] = by.get(name, 0) + n
        f.by_hamlet = dict(sorted(by.items(), key=lambda kv: (-kv[1], kv[0])))
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
                         "flagged": r.flagged} for r in self.ranking],
        })
        if self.supervision is not None:
            d["supervision"] = self.supervision.as_json()
        return d


def ranking(villages: list[Station], date_from, date_to) -> list[RankedStation]:
    """Village stations ranked by satisfaction rate (unrated last), then
    completion rate, then concerns; a rated station under 90% is flagged."""
    rows = []
    for v in villages:
        f = figures([v.id], date_from, date_to, with_hamlets=False)
        rows.append(RankedStation(0, v.name, v.code, v.parent.name if v.parent_id else "",
                                  f.totals.concerns, f.totals.resolved, f.completion_rate,
                                  f.satisfaction_rate, f.rated,
                                  f.satisfaction_rate is not None and f.satisfaction_rate < SATISFACTION_BAR))
    rows.sort(key=lambda r: (r.satisfaction_rate is None, -(r.satisfaction_rate or 0),
                             -(r.completion_rate or 0), -r.concerns, r.code))
    for i, r in enumerate(rows, 1):
        r.rank = i
    return rows


def statistics(scope: Station | None = None, period: Period | None = None,
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               trend_periods: int = TREND_PERIODS) -> Statistics:
    """The statistics of a station (with everything under it) — or of the
    whole database when ``scope`` is None — for a period (month / half /
    year, with its trend) or for free dates."""
    if period is not None:
        date_from, date_to = period.start, period.end
    under = stations_under(scope)
    ids = None if scope is None else [s.id for s in under]
    villages = [s for s in under if s.level == "village"]
    multi = len(villages) > 1
    f = figures(ids, date_from, date_to, prefix_village=multi)
    trend: list[TrendPoint] = []
    if period is not None:
        p = period
        points = []
        for _ in range(trend_periods):
            pf = f if p == period else figures(ids, p.start, p.end, with_hamlets=False)
            points.append(TrendPoint(p.short_label, p.start, p.end, pf.totals.visitors,
                                     pf.totals.concerns, pf.totals.resolved,
                                     pf.completion_rate, pf.satisfaction_rate))
            p = p.previous()
        trend = points[::-1]
    ranked = ranking(villages, date_from, date_to) if (scope is None or scope.level in ("county", "township")) else []
    if scope is None:
        top = [s for s in under if s.parent_id is None]
        name = top[0].name if len(top) == 1 else "全部站点"
        level = top[0].level if len(top) == 1 else "all"
        code = top[0].code if len(top) == 1 else ""
    else:
        name, level, code = scope.name, scope.level, scope.code
    sup = supervision_figures(ids, date_from, date_to)
    return Statistics(name, level, code, period, date_from, date_to, f, trend, ranked, len(under), sup)


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


def supervision_figures(ids: list[str] | None, date_from: dt.date | None,
                        date_to: dt.date | None) -> Supervision:
    from models.station.supervision import EvaluationSession, SupervisorRating, SurveyTally

    ratings = Tally()
    q = SupervisorRating.select(SupervisorRating.rating, fn.COUNT(SupervisorRating.id)).join(Concern)
    if ids is not None:
        q = q.where(Concern.station.in_(ids))
    if date_from:
        q = q.where(SupervisorRating.rated_on >= date_from)
    if date_to:
        q = q.where(SupervisorRating.rated_on <= date_to)
    for rating, n in q.group_by(SupervisorRating.rating).tuples():
        if rating in SATISFACTION:
            setattr(ratings, rating, n)
            ratings.count += n

    def add_up(model, date_column, where=None):
        tally = Tally()
        q = model.select()
        if ids is not None:
            q = q.where(model.station.in_(ids))
        if where is not None:
            q = q.where(where)
        elif date_column is not None:
            if date_from:
                q = q.where(date_column >= date_from)
            if date_to:
                q = q.where(date_column <= date_to)
        for row in q:
            for k in ("satisfied", "basically", "dissatisfied", "invalid"):
                setattr(tally, k, getattr(tally, k) + getattr(row, k))
            tally.count += 1
        return tally

    evaluations = add_up(EvaluationSession, EvaluationSession.held_on)
    years = None
    if date_from or date_to:
        first = (date_from or dt.date(2000, 1, 1)).year
        last = (date_to or dt.date(2100, 1, 1)).year
        years = SurveyTally.year.between(first, last)
    survey = add_up(SurveyTally, None, years)
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
