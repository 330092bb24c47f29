"""Property tests of the record merge (sync.store.merge), without a database.

Desks are simulated exactly as the engine drives the store: each desk has an
instance id, one counter for all its writes and a Lamport clock; a local edit
of some fields of a record is one write with one dot ``(instance, counter)``
that replaces the siblings the desk holds for those fields (what
``store.take_local_changes`` does); a trip merges the sender's versions of
some records into the receiver's and advances the receiver's Lamport clock
past every value it received (what ``engine._apply`` does).

Beside the desks the simulation keeps the ground truth: every write, and the
writes each desk had seen when it made it. From that truth the state every
desk must hold is known without the merge: for each field, the writes no
other seen write of that field was made after (the multi-value register).
"""
from __future__ import annotations

import itertools
import os
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.store import Record, merge, order_key, winner

settings.register_profile("sync-store", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("sync-store-ci", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])

# CI=1 runs fewer examples (HYPOTHESIS_PROFILE-style switch, local to this file)
PROFILE = "sync-store-ci" if os.environ.get("CI") else "sync-store"

PKS = ("r1", "r2")
FIELDS = ("a", "b", "note", "_deleted")
SECRET = "note"  # the field a confidential history's copy may carry redacted
PARTITION = "village-1"


@dataclass(frozen=True)
class Write:
    pk: str
    field: str
    value: object
    lamport: int
    instance: str
    counter: int
    past: frozenset  # ids of the writes to this record its desk had seen

    @property
    def id(self) -> tuple:
        return (self.pk, self.instance, self.counter, self.field)

    def sibling(self) -> list:
        return [self.value, self.lamport, self.instance, self.counter]


class Desk:
    def __init__(self, instance: str):
        self.instance = instance
        self.counter = 0
        self.lamport = 0
        self.records: dict[str, Record] = {}
        self.seen: dict[str, set] = {pk: set() for pk in PKS}

    def edit(self, pk: str, values: dict, log: list[Write]) -> None:
        self.counter += 1
        self.lamport += 1
        record = self.records.get(pk) or Record("concern_event", pk, PARTITION)
        past = frozenset(self.seen[pk])
        for name, value in values.items():
            w = Write(pk, name, value, self.lamport, self.instance, self.counter, past)
            log.append(w)
            record.fields[name] = [w.sibling()]
        for name in values:
            self.seen[pk].add((pk, self.instance, self.counter, name))
        record.vv[self.instance] = self.counter
        self.records[pk] = record

    def receive(self, sender: "Desk", pks, redact: bool) -> None:
        for pk in pks:
            theirs = sender.records.get(pk)
            if theirs is None:
                continue
            if redact:
                theirs = redacted(theirs)
            self.records[pk] = merge(self.records.get(pk), theirs)
            self.lamport = max([self.lamport] + [s[1] for sibs in theirs.fields.values() for s in sibs])
            self.seen[pk] |= sender.seen[pk]


def redacted(record: Record) -> Record:
    """The copy a desk not entitled to the words receives (engine._for_receiver)."""
    fields = {k: [list(s) for s in v] for k, v in record.fields.items()}
    if SECRET in fields:
        fields[SECRET] = [["", s[1], s[2], s[3], 1] for s in fields[SECRET]]
    return Record(record.model, record.pk, record.partition, fields, dict(record.vv))


def expected(seen: set, log: list[Write], pk: str) -> tuple[dict, dict]:
    """The fields (siblings) and causal context a desk that has seen ``seen``
    must hold for record ``pk``, worked out from the writes alone."""
    writes = [w for w in log if w.pk == pk and w.id in seen]
    fields: dict[str, list] = {}
    for name in FIELDS:
        of_field = [w for w in writes if w.field == name]
        maximal = [w for w in of_field if not any(w.id in o.past for o in of_field)]
        if maximal:
            fields[name] = sorted((w.sibling() for w in maximal), key=order_key)
    vv: dict[str, int] = {}
    for w in writes:
        vv[w.instance] = max(vv.get(w.instance, 0), w.counter)
    return fields, vv


def comparable(fields: dict) -> dict:
    """Siblings by dot, the value left out where the copy was redacted."""
    return {k: [(None if len(s) > 4 and s[4] else s[0], *s[1:4]) for s in v] for k, v in fields.items()}


def same(a: Record, b: Record) -> bool:
    return a.partition == b.partition and a.fields == b.fields and a.vv == b.vv


# ------------------------------------------------------------- strategies

instance_ids = st.lists(st.text("0123456789abcdef", min_size=6, max_size=6),
                        min_size=5, max_size=5, unique=True)


@st.composite
def histories(draw):
    n = draw(st.integers(3, 5))
    edit = st.tuples(st.just("edit"), st.integers(0, n - 1), st.sampled_from(PKS),
                     st.dictionaries(st.sampled_from(FIELDS), st.integers(0, 3), min_size=1, max_size=3))
    trip = st.tuples(st.just("trip"), st.integers(0, n - 1), st.integers(0, n - 1),
                     st.sampled_from([PKS, PKS[:1], PKS[1:]]), st.booleans())
    ops = draw(st.lists(st.one_of(edit, edit, trip), min_size=1, max_size=40))
    return draw(instance_ids)[:n], ops


def run(instances, ops, check_every_step: bool = True):
    """Play ``ops``; return the desks, the log of writes, and every state any
    desk held (with the redacted copy of each) for the algebraic laws."""
    desks = [Desk(i) for i in instances]
    log: list[Write] = []
    states: dict[str, list[Record]] = {pk: [] for pk in PKS}
    for op in ops:
        if op[0] == "edit":
            _, d, pk, values = op
            desks[d].edit(pk, values, log)
            touched = [(desks[d], pk)]
        else:
            _, src, dst, pks, redact = op
            if src == dst:
                continue
            desks[dst].receive(desks[src], pks, redact)
            touched = [(desks[dst], pk) for pk in pks]
        for desk, pk in touched:
            record = desk.records.get(pk)
            if record is None:
                continue
            states[pk].append(record)
            states[pk].append(redacted(record))
            if check_every_step:
                fields, vv = expected(desk.seen[pk], log, pk)
                held = comparable(record.fields)
                want = comparable(fields)
                assert held.keys() == want.keys(), (desk.instance, pk)
                for name in held:
                    assert [s[1:] for s in held[name]] == [s[1:] for s in want[name]]
                    assert all(h[0] is None or h[0] == w[0] for h, w in zip(held[name], want[name]))
                assert record.vv == vv
    return desks, log, states


def exchange_everything(desks) -> None:
    """Full, unredacted trips until every desk has received every other's state."""
    for _ in range(2):
        for a, b in itertools.permutations(desks, 2):
            b.receive(a, PKS, redact=False)


# ------------------------------------------------------------------ tests

@settings(settings.get_profile(PROFILE))
@given(histories())
def test_every_desk_holds_exactly_the_writes_nobody_has_superseded(history):
    """At every step, every desk's record is what the writes it has seen say:
    per field, every write not followed by a later write (made after seeing
    it) — concurrent ones side by side as siblings, none lost — and a causal
    context naming the newest write seen from each desk."""
    desks, log, _ = run(*history)
    exchange_everything(desks)
    for pk in PKS:
        records = [d.records.get(pk) for d in desks]
        if records[0] is None:
            assert all(r is None for r in records)
            continue
        everything = {w.id for w in log if w.pk == pk}
        fields, vv = expected(everything, log, pk)
        for r in records:
            assert same(r, records[0])
            assert r.fields == fields  # every full copy wins over a redacted one of the same write
            assert r.vv == vv


@settings(settings.get_profile(PROFILE))
@given(histories(), st.randoms(use_true_random=False))
def test_merge_is_commutative_associative_and_idempotent(history, rnd):
    _, _, states = run(*history, check_every_step=False)
    for pk, seen in states.items():
        if not seen:
            continue
        for _ in range(25):
            a, b, c = (rnd.choice(seen) for _ in range(3))
            assert same(merge(a, a), a)
            assert same(merge(a, b), merge(b, a))
            assert same(merge(merge(a, b), c), merge(a, merge(b, c)))
            ab = merge(a, b)
            assert same(merge(ab, b), ab) and same(merge(ab, a), ab)
            assert same(merge(None, a), a)


@settings(settings.get_profile(PROFILE))
@given(histories(), st.randoms(use_true_random=False))
def test_the_result_and_the_shown_value_do_not_depend_on_order_or_duplicates(history, rnd):
    """Every final state of every desk, merged in any order with any duplicates,
    gives one record, and so one shown value per field."""
    desks, _, _ = run(*history, check_every_step=False)
    for pk in PKS:
        finals = [d.records[pk] for d in desks if pk in d.records]
        finals += [redacted(r) for r in finals]
        if not finals:
            continue
        results = []
        for _ in range(6):
            pile = finals + [rnd.choice(finals) for _ in range(rnd.randint(0, 4))]
            rnd.shuffle(pile)
            acc = None
            for r in pile:
                acc = merge(acc, r)
            results.append(acc)
        for r in results[1:]:
            assert same(r, results[0])
            assert {f: r.value(f) for f in r.fields} == {f: results[0].value(f) for f in r.fields}


@settings(settings.get_profile(PROFILE))
@given(histories())
def test_a_write_made_after_seeing_another_wins_over_it_on_every_desk(history):
    desks, log, _ = run(*history, check_every_step=False)
    by_id = {w.id: w for w in log}
    for w in log:
        for earlier_id in w.past:
            earlier = by_id[earlier_id]
            # the Lamport clock orders them the way the desks saw them, whatever any wall clock said
            assert order_key(w.sibling()) > order_key(earlier.sibling())
    exchange_everything(desks)
    for w in log:
        if any(w.id in o.past for o in log if o.pk == w.pk and o.field == w.field):
            for d in desks:  # superseded: gone everywhere, never shown
                sibs = d.records[w.pk].fields[w.field]
                assert [w.instance, w.counter] not in [s[2:4] for s in sibs]


@settings(settings.get_profile(PROFILE))
@given(st.data())
def test_concurrent_writes_are_kept_as_siblings_until_a_later_write_supersedes_both(data):
    """Two desks change the same field without seeing each other's change: after
    the trips both values are kept everywhere, the same one is shown on every
    desk; a third desk's write made after seeing both replaces both."""
    instances = data.draw(instance_ids)[:4]
    desks = [Desk(i) for i in instances]
    log: list[Write] = []
    desks[0].edit("r1", {"a": "base", "b": 0}, log)
    for d in desks[1:]:
        d.receive(desks[0], PKS, redact=False)
    # arbitrary unrelated history first, so the clocks differ
    for _ in range(data.draw(st.integers(0, 6))):
        d = data.draw(st.integers(0, 3))
        desks[d].edit("r1", {"b": data.draw(st.integers(0, 9))}, log)
        desks[data.draw(st.integers(0, 3))].receive(desks[d], PKS, redact=False)
    exchange_everything(desks)
    x, y = data.draw(st.permutations(range(4)))[:2]
    desks[x].edit("r1", {"a": "from-x"}, log)
    desks[y].edit("r1", {"a": "from-y"}, log)
    order = data.draw(st.permutations(list(itertools.permutations(range(4), 2))))
    for a, b in order + order:
        desks[b].receive(desks[a], PKS, redact=False)
    shown = {d.records["r1"].value("a") for d in desks}
    assert len(shown) == 1
    for d in desks:
        assert sorted(s[0] for s in d.records["r1"].fields["a"]) == ["from-x", "from-y"]
        assert len(d.records["r1"].fields["a"]) == 2 and d.records["r1"].conflicted
    win = winner(desks[0].records["r1"].fields["a"])
    loser = "from-y" if win[0] == "from-x" else "from-x"
    assert loser in [s[0] for s in desks[0].records["r1"].fields["a"]]
    z = data.draw(st.integers(0, 3))
    desks[z].edit("r1", {"a": "settled"}, log)
    for a, b in order:
        desks[b].receive(desks[a], PKS, redact=False)
    for a, b in order:
        desks[b].receive(desks[a], PKS, redact=False)
    for d in desks:
        assert d.records["r1"].fields["a"] == [["settled", d.records["r1"].fields["a"][0][1], instances[z],
                                                desks[z].counter]]
        assert len(d.records["r1"].fields["a"]) == 1  # the conflict on "a" is settled


def test_a_redacted_copy_never_replaces_the_words_and_the_words_replace_it():
    full = Record("concern_event", "e1", PARTITION, {"note": [["话", 3, "aa", 2]], "kind": [["x", 3, "aa", 2]]},
                  {"aa": 2})
    red = redacted(full)
    assert red.fields["note"] == [["", 3, "aa", 2, 1]]
    assert merge(full, red).fields["note"] == [["话", 3, "aa", 2]]
    assert merge(red, full).fields["note"] == [["话", 3, "aa", 2]]
    assert merge(red, red).fields["note"] == [["", 3, "aa", 2, 1]]


def test_a_field_one_version_does_not_know_is_kept():
    old = Record("concern", "c1", PARTITION, {"a": [[1, 1, "aa", 1]]}, {"aa": 1})
    new = Record("concern", "c1", PARTITION, {"a": [[1, 1, "aa", 1]], "_deleted": [[True, 2, "bb", 1]]},
                 {"aa": 1, "bb": 1})
    for m in (merge(old, new), merge(new, old)):
        assert m.deleted and m.fields["a"] == [[1, 1, "aa", 1]] and m.vv == {"aa": 1, "bb": 1}
