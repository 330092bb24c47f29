"""Bad input, fuzzed (hypothesis): every model entry point that takes what a
person typed gets arbitrary text and numbers. Nothing may fail with anything
but ``ValidationError``; every refusal is in Chinese; and a refusal changes
nothing at all (no row of any table written and kept: ``tests/write_log.py``,
itself shown able to fail below).
The command line gets random arguments: never a traceback, refusals in
Chinese."""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import re

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from models.concerns import intake, outreach, villagers, workflow
from models.concerns.workflow import ConcernInput
from models.core import settings as desk_kv
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Villager
from models.core.vocab import CHANNELS, FUNCTIONS, OUTCOMES, RULES, SATISFACTION, STEPS
from models.station import desk_settings, roster, stations, supervision
from tests import write_log
from tests.conftest import NOW, TODAY

FUZZ = settings(max_examples=60, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

CHINESE = re.compile(r"[\u3400-\u9fff]")

# What people (and cats on keyboards) type: any text, plus the awkward cases.
AWKWARD = ["", " ", "\n", "\t", "\u3000", "\x00", "王", "0", "-1", "1e999", "inf", "NaN", "١٢",
           "２０２６-０１-０１", "13800000000", "１３８００００００００", "2026-02-30", "9999-12-31",
           "Robert'); DROP TABLE concern;--", "%s %d {0}", "\u202e反", "🙂" * 3, "王" * 31,
           "事" * 201, "长" * 4001, "a\u0000b", "<b>粗</b>", "45010219900307001X"]
text = st.one_of(st.text(max_size=40), st.sampled_from(AWKWARD))
AWKWARD_NUMBERS = [None, True, 0, 1, 3, 7, -1, 2.5, 10 ** 30, -10 ** 30, 1e300, float("inf"),
                   float("-inf"), float("nan"), "", "x", "3", " 7 ", "٣", "1e3", "0x10", "2.0"]
numbers = st.one_of(st.sampled_from(AWKWARD_NUMBERS), st.sampled_from(AWKWARD_NUMBERS),
                    st.integers(), st.integers(-3, 600),
                    st.floats(allow_nan=True, allow_infinity=True), text)
dates = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
                  st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), text)


def one_of_or_text(values):
    return st.one_of(st.sampled_from(sorted(values)), text)


def attempt(fn, *args, **kw):
    """Call ``fn``: it succeeds, or refuses with a Chinese ValidationError that
    changed nothing. Anything else fails the test."""
    before = write_log.mark()
    try:
        return fn(*args, **kw)
    except ValidationError as refusal:
        assert CHINESE.search(refusal.message), refusal.message
        assert "Traceback" not in refusal.message and "Error" not in refusal.message
        written = write_log.written_since(before)
        assert not written, f"refused ({refusal.message}) but rows were saved: {written}"
        return None


@pytest.fixture
def desk(station):
    clerk = stations.active_staff(station)[1]
    zhang = villagers.register_villager(station, "张三", "13900000001")
    visit, [concern] = intake.receive_visit(
        station, "walk_in", [zhang],
        [ConcernInput(zhang, "dispute", "mediate_on_site", "宅基地纠纷")], clerk, at=NOW)
    return station, clerk, zhang, visit, concern


concern_inputs = st.builds(
    dict, function=one_of_or_text(FUNCTIONS), rule=one_of_or_text(RULES), summary=text,
    details=text, deadline=dates, confidential=st.booleans(), answer=st.one_of(st.just(""), text),
    satisfaction=st.one_of(st.none(), one_of_or_text(SATISFACTION)))


@FUZZ
@given(channel=one_of_or_text(CHANNELS), headcount=numbers, note=text,
       specs=st.lists(concern_inputs, max_size=3), with_visitor=st.booleans(),
       at=st.one_of(st.none(), st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1))))
def test_receiving_a_visit(desk, channel, headcount, note, specs, with_visitor, at):
    station, clerk, zhang, _, _ = desk
    concerns = [ConcernInput(zhang, **spec) for spec in specs]
    got = attempt(intake.receive_visit, station, channel, [zhang] if with_visitor else [], concerns,
                  clerk, headcount=headcount, note=note, at=at)
    if got is not None:  # saved: all of it
        visit, registered = got
        assert len(registered) == len(concerns)
        assert all(c.event_count >= 2 for c in registered)


@FUZZ
@given(spec=concern_inputs, today=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
def test_checking_and_registering_one_concern(desk, spec, today):
    station, clerk, zhang, visit, _ = desk
    try:
        workflow.check_concern(ConcernInput(zhang, **spec), today)
    except ValidationError as refusal:
        assert CHINESE.search(refusal.message)
    attempt(workflow.register_concern, visit, ConcernInput(zhang, **spec), clerk, NOW)


@FUZZ
@given(level=one_of_or_text({"county", "township", "village", "hamlet"}), name=text, code=text,
       under=st.booleans(), address=text, phone=text, hours=text)
def test_creating_a_station(desk, level, name, code, under, address, phone, hours):
    station = desk[0]
    attempt(stations.create_station, level, name, code, station if under else None,
            address, phone, hours)


@FUZZ
@given(name=st.one_of(st.none(), text), address=st.one_of(st.none(), text),
       phone=st.one_of(st.none(), text), hours=st.one_of(st.none(), text))
def test_changing_the_station_details(desk, name, address, phone, hours):
    attempt(stations.update_station_details, desk[0], name, address, phone, hours)


@FUZZ
@given(name=text, phone=text, role=one_of_or_text({"head", "clerk", "hamlet_cadre", "supervisor"}),
       id_number=text)
def test_staff_and_villagers(desk, name, phone, role, id_number):
    station = desk[0]
    attempt(stations.add_staff, station, name, phone, role)
    attempt(villagers.register_villager, station, name, phone, id_number)


@FUZZ
@given(rule=one_of_or_text(RULES), days=numbers, large=st.booleans(), name=text, phone=text,
       details=st.dictionaries(st.sampled_from(["name", "address", "phone", "opening_hours"]), text))
def test_settings(desk, rule, days, large, name, phone, details):
    station = desk[0]
    attempt(desk_kv.set_deadline_days, rule, days)
    attempt(desk_settings.save_desk_settings, station, deadline_days={rule: days}, large_text=large,
            new_staff=[desk_settings.NewStaff(name, phone)], station_details=details)


@FUZZ
@given(step=one_of_or_text(STEPS), note=text, satisfaction=st.one_of(st.none(), one_of_or_text(SATISFACTION)),
       outcome=one_of_or_text(OUTCOMES), duplicate_of=text, parties=st.lists(text, max_size=3),
       facts=text, agreement=text, office=text, wanted=dates, summary=text, deadline=dates)
def test_working_on_a_concern(desk, step, note, satisfaction, outcome, duplicate_of, parties,
                              facts, agreement, office, wanted, summary, deadline):
    _, clerk, _, _, concern = desk
    attempt(workflow.record_step, concern, step, clerk, note, satisfaction, at=NOW)
    attempt(workflow.add_note, concern, clerk, note, at=NOW)
    attempt(workflow.record_mediation, concern, clerk, parties, facts, agreement, at=NOW)
    attempt(workflow.request_escalation, concern, clerk, office, note, wanted, at=NOW)
    attempt(workflow.correct_concern, concern, clerk, note, at=NOW, summary=summary, deadline=deadline)
    attempt(workflow.close_concern, concern, outcome, clerk, note, duplicate_of, at=NOW)
    attempt(workflow.reopen_concern, concern, clerk, note, at=NOW)


@FUZZ
@given(per_day=numbers, per_week=numbers, weekdays=st.one_of(st.none(), st.lists(numbers, max_size=8)),
       start=dates, end=dates, reason=text)
def test_roster_inputs(desk, per_day, per_week, weekdays, start, end, reason):
    station, clerk = desk[0], desk[1]
    attempt(roster.save_rules, station, per_day, per_week, weekdays)
    attempt(roster.add_leave, station, clerk, start, end, reason)


@FUZZ
@given(day=dates, topic=text, level=text, trainer=text, kind=text, name=text, office=text,
       time_text=text, note=text, witnesses=text, slips=st.lists(st.tuples(text, text), max_size=3))
def test_outreach_inputs(desk, day, topic, level, trainer, kind, name, office, time_text, note,
                         witnesses, slips):
    station, clerk = desk[0], desk[1]
    attempt(outreach.record_training, station, day, topic, level, [clerk], trainer, today=TODAY)
    attempt(outreach.book_appointment, station, kind, name, office, level, day, time_text,
            note=note, today=TODAY)
    attempt(outreach.open_box, station, day, clerk, witnesses, slips, note, today=TODAY)


@FUZZ
@given(name=text, kind=text, start=dates, end=dates, phone=text, counts=st.lists(numbers, min_size=5, max_size=5),
       held=dates, year=numbers, sheet=text)
def test_supervision_inputs(desk, name, kind, start, end, phone, counts, held, year, sheet):
    station = desk[0]
    attempt(supervision.add_supervisor, station, name, kind, start, end, phone)
    satisfied, basically, dissatisfied, invalid, attendees = counts
    attempt(supervision.record_evaluation, station, held, satisfied, basically, dissatisfied,
            invalid, attendees, note=sheet)
    attempt(supervision.record_survey_tally, station, year, satisfied, basically, dissatisfied,
            invalid, sheet, held)


# ---------------------------------------------------------------- the command line

SAFE_TOKEN = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\\\x00"),
                     max_size=12).filter(lambda t: ".." not in t)


def _command_lines(work):
    """Random command lines within reach of the grammar (so most reach the
    commands themselves); any path stays under ``work``."""
    path = SAFE_TOKEN.map(lambda t: str(work / ("f" + t)))
    value = st.one_of(text.filter(lambda t: "\x00" not in t), st.sampled_from(
        ["2026-01-01", "2026-13-01", "month", "year", "A3", "A5", "2026-0001", "x", "-1"]))
    options = st.sampled_from(["--json", "--from", "--to", "--period", "--at", "--station", "--case",
                               "--paper", "--yes", "--list", "--file", "--head", "--for", "--full",
                               "--dry-run", "--code", "--name", "--level", "--pass-code", "-o",
                               "--output", "--seed", "--nonsense", "-x"])
    commands = st.sampled_from([["stats"], ["search"], ["report"], ["report", "ledger"],
                                ["report", "notice"], ["report", "proxy-receipt"], ["where"],
                                ["ledger", "template"], ["ledger", "import"], ["verify"],
                                ["backup"], ["backup", "--list"], ["restore"], ["sync"],
                                ["sync", "peers"], ["sync", "history"], ["sync", "export"],
                                ["sync", "import"], ["sync", "join"], ["sync", "conflicts"],
                                ["sync", "pair"], ["nonsense"]])
    pieces = st.lists(st.one_of(
        st.tuples(options, st.one_of(path, value)).map(list),
        options.map(lambda o: [o]),
        st.one_of(path, value).map(lambda v: [v])), max_size=4)
    return st.tuples(commands, pieces)


def _run_cli(argv):
    import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main.main(argv)
        except SystemExit as exc:
            if isinstance(exc.code, str):
                err.write(exc.code)
                code = 1
            else:
                code = exc.code or 0
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_data(tmp_path):
    from models.core.paths import database_path
    from models.safety.opening import close_database, open_database

    data = tmp_path / "data"
    open_database(database_path(data))
    village = stations.set_up_this_station("village", "测试村村民关切回应站", "450000001001")
    clerk = stations.add_staff(village, "李办事员", "13800000002", "clerk")
    zhang = villagers.register_villager(village, "张三")
    intake.receive_visit(village, "walk_in", [zhang],
                         [ConcernInput(zhang, "proxy_service", "proxy_end_to_end", "代办低保")], clerk)
    close_database()
    yield tmp_path, data
    close_database()


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_random_command_lines_never_crash(cli_data, data):
    from models.safety.opening import close_database

    work, folder = cli_data
    command, pieces = data.draw(_command_lines(work))
    where = data.draw(st.sampled_from([folder, folder, work / "empty"]))
    argv = ["--data-dir", str(where)] + command + [p for piece in pieces for p in piece]
    assume("--help" not in argv and "-h" not in argv)
    try:
        code, out, err = _run_cli(argv)
    finally:
        close_database()
    assert "Traceback" not in out + err
    if code != 0:
        assert CHINESE.search(err + out), (argv, code, out, err)
        # argparse's own English stays out of the refusal (the usage line aside)
        said = "\n".join(line for line in err.splitlines() if not line.startswith("usage:"))
        for token in argv:
            said = said.replace(token, "")
        assert not ARGPARSE_ENGLISH.search(said), (argv, said)


ARGPARSE_ENGLISH = re.compile(r"invalid|expected|argument|ambiguous|required|unrecognized|"
                              r"not allowed|choose from|ignored|error:", re.IGNORECASE)


@FUZZ
@given(item=text, state=text, note=text, evidence=st.one_of(st.none(), st.dates()),
       photo=st.one_of(st.none(), st.binary(max_size=64),
                       st.binary(max_size=64).map(lambda b: b"\x89PNG\r\n\x1a\n" + b),
                       st.binary(max_size=64).map(lambda b: b"\xff\xd8\xff" + b)),
       day=st.one_of(st.none(), st.dates(), text), kind=text, name=text, valid=st.booleans())
def test_checklist_and_holiday_inputs(desk, item, state, note, evidence, photo, day, kind, name, valid):
    from models.station import checklist, holidays

    station = desk[0]
    if valid:  # give the rest of the checks a chance to run
        item, state = sorted(checklist.ITEMS)[len(note) % 8], sorted(checklist.RESULT_STATES)[len(name) % 3]
    attempt(checklist.check_item, station, item, state, note, evidence, photo, today=TODAY)
    attempt(holidays.set_day, day, kind, name)


@FUZZ
@given(query=text)
def test_searching_with_any_text_finds_or_finds_nothing(desk, query):
    from models.concerns import search

    station = desk[0]
    before = write_log.mark()
    assert isinstance(search.search_concerns(station, query), list)
    assert isinstance(villagers.find_villagers(station, query), list)
    assert write_log.written_since(before) == {}


# ---------------------------------------------------------------- the check itself can fail

def _refuse_after(write):
    def refused():
        write()
        raise ValidationError("不行。")
    return refused


@pytest.mark.parametrize("kind", ["insert", "update", "delete", "search index"])
def test_a_refusal_that_kept_a_write_is_caught(desk, kind):
    station, _clerk, zhang, _visit, concern = desk
    villagers.register_villager(station, "李四")
    write = {
        "insert": lambda: villagers.register_villager(station, "王五"),
        "update": lambda: db.execute_sql("UPDATE villager SET phone = '13900000009' WHERE id = ?", (zhang.id,)),
        "delete": lambda: db.execute_sql("DELETE FROM villager WHERE name = '李四'"),
        "search index": lambda: db.execute_sql("UPDATE concern_fts SET body = '改了' WHERE concern_id = ?",
                                               (concern.id,)),
    }[kind]
    with pytest.raises(AssertionError, match="rows were saved"):
        attempt(_refuse_after(write))


def test_a_refusal_whose_writes_were_rolled_back_passes(desk):
    station = desk[0]
    counts = Villager.select().count()

    def rolled_back():
        with db.atomic():
            villagers.register_villager(station, "王五")
            raise ValidationError("不行。")

    assert attempt(rolled_back) is None
    assert Villager.select().count() == counts
