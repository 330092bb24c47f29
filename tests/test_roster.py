"""The duty roster: fair, never on leave, holidays and 调休 in the right
place, swaps kept beside the plan."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from models.core.db import db as proxy
from models.core.duty_schema import DUTY_TABLES, DutyShift, DutySwap
from models.core.errors import ValidationError
from models.station import holidays, roster, stations

D = dt.date


@pytest.fixture
def five(station):
    """The test station with five active staff."""
    for i, name in enumerate(["赵一", "钱二", "孙三"], start=3):
        stations.add_staff(station, name, f"1380000000{i}")
    return station


def test_duty_tables_match_the_models(db):
    for model in DUTY_TABLES:
        columns = {r[1] for r in proxy.execute_sql(f'PRAGMA table_info("{model._meta.table_name}")')}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, model


def test_2026_holidays_and_adjusted_workdays_follow_the_state_council_notice(db):
    # 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）:
    # 春节 2月15日至23日放假调休，共9天；2月14日（周六）、2月28日（周六）上班。
    # 国庆节 10月1日至7日放假调休；9月20日（周日）、10月10日（周六）上班。
    days = holidays.special_days(D(2026, 1, 1), D(2026, 12, 31))
    spring = [d for d, s in days.items() if s.kind == holidays.HOLIDAY and s.name == "春节"]
    assert sorted(spring) == [D(2026, 2, 15) + dt.timedelta(days=i) for i in range(9)]
    workdays = sorted(d for d, s in days.items() if s.kind == holidays.WORKDAY)
    assert workdays == [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9),
                        D(2026, 9, 20), D(2026, 10, 10)]
    assert sum(1 for s in days.values() if s.kind == holidays.HOLIDAY) == 3 + 9 + 3 + 5 + 3 + 3 + 7
    # 国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）: 国庆中秋 10月1日至8日；
    # 9月28日（周日）、10月11日（周六）上班。
    days25 = holidays.special_days(D(2025, 9, 1), D(2025, 10, 31))
    assert sorted(d for d, s in days25.items() if s.kind == holidays.HOLIDAY) == \
        [D(2025, 10, 1) + dt.timedelta(days=i) for i in range(8)]
    assert sorted(d for d, s in days25.items() if s.kind == holidays.WORKDAY) == \
        [D(2025, 9, 28), D(2025, 10, 11)]


def test_the_roster_skips_holidays_and_works_the_adjusted_saturdays(five):
    rv, plan = roster.generate_month(five, 2026, 2)
    duty_days = set(plan.shifts)
    assert D(2026, 2, 14) in duty_days and D(2026, 2, 28) in duty_days   # Saturdays worked
    assert not duty_days & {D(2026, 2, 15) + dt.timedelta(days=i) for i in range(9)}
    assert D(2026, 2, 7) not in duty_days                                 # an ordinary Saturday
    assert D(2026, 2, 24) in duty_days                                    # back at work
    assert roster.on_duty(five, D(2026, 2, 16)) == []                   # 春节: nobody
    assert len(roster.on_duty(five, D(2026, 2, 14))) == 1


def test_later_years_are_kept_by_hand(db):
    assert holidays.day_kind(D(2027, 10, 1)) is None
    holidays.set_day(D(2027, 10, 1), "holiday", "国庆节")
    holidays.set_day(D(2027, 9, 26), "workday", "国庆节")
    assert holidays.day_kind(D(2027, 10, 1)).kind == "holiday"
    assert holidays.day_kind(D(2027, 9, 26)).kind == "workday"
    assert 2027 in holidays.known_years()
    with pytest.raises(ValidationError):
        holidays.set_day(D(2027, 10, 2), "holiday", "")


def test_the_rotation_is_fair(five):
    roster.save_rules(five, 2, 5, [0, 1, 2, 3, 4, 5, 6])
    _, plan = roster.generate_month(five, 2026, 3)      # no holidays in March 2026
    counts = Counter(s.id for people in plan.shifts.values() for s in people)
    assert len(counts) == 5 and sum(counts.values()) == 31 * 2
    assert max(counts.values()) - min(counts.values()) <= 1
    assert all(len(p) == 2 and len({s.id for s in p}) == 2 for p in plan.shifts.values())


def test_nobody_is_scheduled_on_leave_and_the_others_stay_fair(five):
    staff = stations.active_staff(five)
    away = staff[0]
    roster.add_leave(five, away, D(2026, 3, 9), D(2026, 3, 20), "探亲")
    roster.save_rules(five, 1, 5, [0, 1, 2, 3, 4])
    rv, plan = roster.generate_month(five, 2026, 3)
    for day, people in plan.shifts.items():
        if D(2026, 3, 9) <= day <= D(2026, 3, 20):
            assert away.id not in [p.id for p in people]
    # the four never away share their shifts evenly
    counts = Counter(s.id for people in plan.shifts.values() for s in people)
    others = [counts[s.id] for s in staff[1:]]
    assert max(others) - min(others) <= 1
    for day in plan.shifts:
        if D(2026, 3, 9) <= day <= D(2026, 3, 20):
            assert away not in roster.on_duty(five, day)


def test_weekly_maximum_and_short_days(station):
    roster.save_rules(station, 1, 2, [0, 1, 2, 3, 4, 5, 6])
    rv, plan = roster.generate(station, D(2026, 3, 2), D(2026, 3, 8))   # one week, two staff
    counts = Counter(s.id for people in plan.shifts.values() for s in people)
    assert all(c <= 2 for c in counts.values())
    assert len(plan.short_days) == 3


def test_on_duty_without_a_roster_is_every_active_staff_member(station):
    assert {s.name for s in roster.on_duty(station, D(2026, 11, 20))} == {"王站长", "李办事员"}


def test_a_swap_keeps_both_the_plan_and_the_change(five):
    rv, plan = roster.generate(five, D(2026, 3, 2), D(2026, 3, 8))
    a = plan.shifts[D(2026, 3, 2)][0]
    b = plan.shifts[D(2026, 3, 3)][0]
    roster.record_swap(five, D(2026, 3, 2), a, b, day_b=D(2026, 3, 3), reason="家里有事")
    assert [s.id for s in roster.on_duty(five, D(2026, 3, 2))] == [b.id]
    assert [s.id for s in roster.on_duty(five, D(2026, 3, 3))] == [a.id]
    # the plan is still there as made, and the change beside it
    assert roster.planned(rv)[D(2026, 3, 2)] == [a.id]
    assert DutySwap.select().count() == 1
    view = roster.month_view(five, 2026, 3)
    day2 = view.days[1]
    assert day2.planned == [a.name] and day2.actual == [b.name] and day2.changed
    assert "家里有事" in view.swaps[0]
    with pytest.raises(Exception):
        DutyShift.delete().execute()        # the plan cannot be deleted


def test_a_bad_swap_is_refused_and_nothing_saved(five):
    rv, plan = roster.generate(five, D(2026, 3, 2), D(2026, 3, 8))
    a = plan.shifts[D(2026, 3, 2)][0]
    with pytest.raises(ValidationError, match="不同的人"):
        roster.record_swap(five, D(2026, 3, 2), a, a)
    not_on = [s for s in stations.active_staff(five) if s.id != a.id][0]
    with pytest.raises(ValidationError, match="不值班"):
        roster.record_swap(five, D(2026, 3, 2), not_on, a)
    with pytest.raises(ValidationError, match="还没有排班"):
        roster.record_swap(five, D(2026, 4, 2), a, not_on)
    assert DutySwap.select().count() == 0


def test_a_second_roster_for_the_same_period_needs_replace_and_keeps_the_old(five):
    first, _ = roster.generate_month(five, 2026, 3)
    with pytest.raises(ValidationError, match="已经排过班"):
        roster.generate_month(five, 2026, 3)
    second, _ = roster.generate_month(five, 2026, 3, replace=True)
    assert roster.current_roster(five, D(2026, 3, 10)).id == second.id
    assert DutyShift.select().where(DutyShift.roster == first).count() > 0


def test_bad_rules_are_refused(station):
    with pytest.raises(ValidationError):
        roster.save_rules(station, 0, 5, [0])
    with pytest.raises(ValidationError):
        roster.save_rules(station, 1, 5, [])
    with pytest.raises(ValidationError):
        roster.add_leave(station, stations.active_staff(station)[0], D(2026, 3, 5), D(2026, 3, 1))
    assert roster.rules(station) == roster.RosterRules()


def test_sign_in_and_out_and_the_month_planned_against_actual(five):
    rv, plan = roster.generate_month(five, 2026, 3)
    d1, d2 = sorted(plan.shifts)[:2]
    officer = plan.shifts[d1][0]
    roster.sign_in(five, officer, dt.datetime.combine(d1, dt.time(8, 30)))
    with pytest.raises(ValidationError, match="已经签到"):
        roster.sign_in(five, officer, dt.datetime.combine(d1, dt.time(8, 40)))
    roster.sign_out(five, officer, dt.datetime.combine(d1, dt.time(17, 30)))
    rows = {r.name: r for r in roster.day_attendance(five, d1)}
    assert rows[officer.name].planned and rows[officer.name].signed_in == "08:30"
    assert rows[officer.name].signed_out == "17:30"
    # someone not on duty on d2 comes in anyway; the planned officer does not
    other = [s for s in stations.active_staff(five) if s.id != plan.shifts[d2][0].id][0]
    roster.sign_in(five, other, dt.datetime.combine(d2, dt.time(9, 0)))
    month = roster.attendance_month(five, 2026, 3, today=d2)
    people = {p.name: p for p in month.people}
    assert people[officer.name].present >= 1 and d1 not in people[officer.name].missed
    absent = plan.shifts[d2][0]
    assert d2 in people[absent.name].missed
    if other.id not in {s.id for s in plan.shifts[d2]}:
        assert d2 in people[other.name].extra
    # days after "today" are not counted as missed yet
    assert all(d <= d2 for p in month.people for d in p.missed)
    assert sum(p.planned for p in month.people) == sum(len(v) for v in plan.shifts.values())


def test_signing_out_without_signing_in_is_refused(five):
    person = stations.active_staff(five)[0]
    with pytest.raises(ValidationError, match="还没有签到"):
        roster.sign_out(five, person, dt.datetime(2026, 3, 2, 17, 0))
    from models.core.duty_schema import DutyAttendance
    assert DutyAttendance.select().count() == 0


def test_the_printed_roster_uses_the_real_roster(five, tmp_path):
    import subprocess

    import reports
    from models.figures import reporting

    rv, plan = roster.generate_month(five, 2026, 2)
    a = plan.shifts[D(2026, 2, 2)][0]
    b = [s for s in stations.active_staff(five) if s.id != a.id][0]
    roster.record_swap(five, D(2026, 2, 2), a, b, reason="看病")
    data = reporting.roster_data(five, D(2026, 2, 1), D(2026, 1, 25))
    assert not data.placeholder and data.note == ""
    days = {d.date: d for w in data.weeks for d in w if d}
    assert days[D(2026, 2, 2)].names == [b.name]                 # the swap, not the plan
    assert days[D(2026, 2, 16)].names == [] and days[D(2026, 2, 16)].special == "春节"
    assert days[D(2026, 2, 14)].special == "调休上班（春节）"
    path = tmp_path / "roster.pdf"
    pages = reports.render("roster", data, path)
    assert pages == 1
    body = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    flat = "".join(body.split())
    assert "2026年2月轮值表" in flat and "春节" in flat and "调休上班" in flat
    assert "按在岗工作人员名单生成" not in flat
    # a month without a roster keeps the placeholder
    assert reporting.roster_data(five, D(2026, 4, 1), D(2026, 3, 25)).placeholder


def test_the_weekly_maximum_holds_across_two_months_rosters(five):
    # March 2026 ends on a Tuesday; the week 30 March – 5 April is shared
    roster.save_rules(five, 2, 2, [0, 1, 2, 3, 4, 5, 6])
    roster.generate_month(five, 2026, 3)
    roster.generate_month(five, 2026, 4)
    week = [D(2026, 3, 30) + dt.timedelta(days=i) for i in range(7)]
    counts = Counter(s.id for d in week for s in roster.on_duty(five, d))
    assert counts and max(counts.values()) <= 2
