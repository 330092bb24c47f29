"""The totals a station reports: the same figures on screen, in
``stats --json`` and on paper. Concerns = resolved + pending + each other outcome."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from peewee import fn

from models.core.schema import Concern, Station, Visit
from models.core.vocab import FUNCTIONS, OTHER_OUTCOMES, PENDING, RESOLVED, RULES


@dataclass
class Totals:
    date_from: dt.date | None
    date_to: dt.date | None
    visitors: int = 0
    visits: int = 0
    concerns: int = 0
    resolved: int = 0
    pending: int = 0
    other_outcomes: dict[str, int] = field(default_factory=dict)
    by_function: dict[str, int] = field(default_factory=dict)
    by_rule: dict[str, int] = field(default_factory=dict)

    def adds_up(self) -> bool:
        return self.concerns == self.resolved + self.pending + sum(self.other_outcomes.values())

    def as_json(self) -> dict:
        d = asdict(self)
        d["from"] = self.date_from.isoformat() if self.date_from else None
        d["to"] = self.date_to.isoformat() if self.date_to else None
        del d["date_from"], d["date_to"]
        return d


def _in_range(q, column, date_from, date_to):
    if date_from:
        q = q.where(column >= date_from)
    if date_to:
        q = q.where(column <= date_to)
    return q


def totals(station: Station | list[str] | None = None, date_from: dt.date | None = None,
           date_to: dt.date | None = None) -> Totals:
    """Visits by visit date, concerns by registration date; each concern's
    outcome as it stands now. ``station`` is one station, a list of station
    ids, or None for every station in the database."""
    t = Totals(date_from, date_to)
    visits = _in_range(Visit.select(fn.COUNT(Visit.id), fn.COALESCE(fn.SUM(Visit.headcount), 0)),
                       Visit.local_date, date_from, date_to)
    concerns = _in_range(Concern.select(), Concern.registered_on, date_from, date_to)
    if isinstance(station, Station):
        visits = visits.where(Visit.station == station)
        concerns = concerns.where(Concern.station == station)
    elif station is not None:  # a set of station ids (a township's or county's stations)
        ids = list(station)
        visits = visits.where(Visit.station.in_(ids))
        concerns = concerns.where(Concern.station.in_(ids))
    t.visits, t.visitors = visits.scalar(as_tuple=True)

    def grouped(column, keys):
        counts = dict.fromkeys(keys, 0)
        q = concerns.select(column, fn.COUNT(Concern.id)).group_by(column)
        for key, n in q.tuples():
            counts[key] = counts.get(key, 0) + n
        return counts

    outcomes = grouped(Concern.outcome, [RESOLVED, PENDING, *OTHER_OUTCOMES])
    t.resolved = outcomes.pop(RESOLVED)
    t.pending = outcomes.pop(PENDING)
    t.other_outcomes = outcomes
    t.by_function = grouped(Concern.function, FUNCTIONS)
    t.by_rule = grouped(Concern.rule, RULES)
    t.concerns = sum(t.by_rule.values())
    return t
