"""The data of the printed statistics report (``report stats``): the same
figures as the statistics screen and ``stats --json``
(``models.figures.periods``), as plain values for ``reports/stats.py``."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core.vocab import LEVELS
from models.figures.periods import (
    NO_HAMLET,
    ON_TIME_RULE,
    Period,
    function_rows,
    outcome_rows,
    percent,
    period_of,
    rule_rows,
    statistics,
)

TITLE = "统计报表"
HAMLET_BARS = 12


@dataclass
class StatsRankRow:
    rank: int
    name: str
    parent: str
    concerns: int
    resolved: int
    completion: str
    satisfaction: str
    flagged: bool
    data_age: str = ""      # 11月24日（9天前）; "" for data entered on this desk
    stale: bool = False     # data older than the set days: not ranked, figures incomplete


@dataclass
class StatsTrendPoint:
    label: str
    concerns: int
    resolved: int
    satisfaction_rate: float | None   # 0..1 or None


@dataclass
class StatsReportData:
    title: str
    station_name: str                 # the running header
    scope_name: str
    scope_level: str                  # 县回应指挥部 …
    stations_counted: int
    period: str
    printed_on: dt.date
    visitors: int
    visits: int
    concerns: int
    resolved: int
    pending: int
    others: int
    completion_rate: str              # 94.6%
    on_time_rate: str
    satisfaction_rate: str
    rated: int
    satisfaction_counts: list[tuple[str, int]]
    outcomes: list[tuple[str, int]]   # every outcome, resolved and pending first
    by_function: list[tuple[str, int]]
    by_rule: list[tuple[str, int]]
    by_hamlet: list[tuple[str, int]]  # the largest first, at most HAMLET_BARS
    hamlets_more: int                 # hamlets not drawn
    trend: list[StatsTrendPoint]
    ranking: list[StatsRankRow]
    flagged: int
    definitions: list[str]
    supervision_line: str = ""
    data_line: str = ""       # the scope's own data age, when it came by USB
    incomplete_note: str = "" # the stations whose data is stale ("" when complete)
    stale: int = 0

    def adds_up(self) -> bool:
        return self.concerns == sum(n for _, n in self.outcomes)


def matching_period(date_from: dt.date, date_to: dt.date, today: dt.date) -> Period | None:
    """The month, half-year or year these dates cover (a month so far counts
    as the month), or None for free dates."""
    for kind in ("month", "half", "year"):
        p = period_of(kind, date_from)
        if p.start == date_from and (p.end == date_to or (date_to == today and p.end > today)):
            return p
    return None


def stats_report_data(station, date_from: dt.date, date_to: dt.date, today: dt.date) -> StatsReportData:
    period = matching_period(date_from, date_to, today)
    s = statistics(station, period, date_from, date_to, today=today)
    f, t = s.figures, s.figures.totals
    period_text = period.label if period else f"{date_from.year}年{date_from.month}月{date_from.day}日至" \
        f"{date_to.year}年{date_to.month}月{date_to.day}日"
    if period and date_to < period.end:
        period_text += f"（截至{date_to.month}月{date_to.day}日）"
    hamlets = list(f.by_hamlet.items())
    trend_periods = []
    if period:
        p = period
        for _ in s.trend:
            trend_periods.insert(0, p)
            p = p.previous()
    return StatsReportData(
        title=TITLE, station_name=station.name, scope_name=s.scope_name,
        scope_level=LEVELS.get(s.scope_level, ""), stations_counted=s.stations_counted,
        period=period_text, printed_on=today, visitors=t.visitors, visits=t.visits,
        concerns=t.concerns, resolved=t.resolved, pending=t.pending,
        others=sum(t.other_outcomes.values()), completion_rate=percent(f.completion_rate),
        on_time_rate=percent(f.on_time_rate), satisfaction_rate=percent(f.satisfaction_rate),
        rated=f.rated,
        satisfaction_counts=[("满意", f.satisfied), ("基本满意", f.basically), ("不满意", f.dissatisfied)],
        outcomes=outcome_rows(f), by_function=function_rows(f), by_rule=rule_rows(f),
        by_hamlet=[(name.replace(NO_HAMLET, "未注明"), n) for name, n in hamlets[:HAMLET_BARS]],
        hamlets_more=max(0, len(hamlets) - HAMLET_BARS),
        trend=[StatsTrendPoint(p.short_label, tp.concerns, tp.resolved, tp.satisfaction_rate)
               for p, tp in zip(trend_periods, s.trend)],
        ranking=[StatsRankRow(r.rank, r.name, r.parent, r.concerns, r.resolved,
                              percent(r.completion_rate), percent(r.satisfaction_rate), r.flagged,
                              r.data_age.short if r.data_age and r.data_age.source != "own" else "",
                              r.stale)
                 for r in s.ranking],
        data_line=(f"{s.scope_name}{s.scope_age.text}。"
                   if s.scope_age is not None and s.scope_age.source != "own" else ""),
        incomplete_note=s.incomplete_note(), stale=len(s.stale),
        flagged=sum(r.flagged for r in s.ranking),
        supervision_line=_supervision_line(s.supervision),
        definitions=[
            "来访人数按实际来访人数计（集体来访按实际人数），来访次数按登记的来访计；关切按登记日期计入统计期间，办理结果以打印时为准。",
            "办结率＝已办结的关切（已解决及撤回、转办、合并、不予受理）÷ 本期受理的关切。",
            ON_TIME_RULE,
            "满意率＝（满意＋基本满意）÷ 村民在反馈时作出评价的关切；低于90%的站点标“▲”。",
        ])


def _supervision_line(sup) -> str:
    if sup is None:
        return ""
    return (f"监督评价：监督员评价满意率 {percent(sup.ratings.rate)}（{sup.ratings.count} 件次）；"
            f"满意度测评 {percent(sup.evaluations.rate)}（{sup.evaluations.count} 次，匿名票）；"
            f"六月满意度调查 {percent(sup.survey.rate)}（{sup.survey.count} 张统计表）。")
