"""PINs and passwords: stored only as salted scrypt hashes with their
parameters; five wrong ones lock the account for a while that grows (time
passed in, no sleeping); the head resets a PIN; the first PINs of a station
that has none (an upgraded database)."""
from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

import pytest

from models.core import access
from models.core.errors import ValidationError
from models.core.schema import Staff
from models.station import accounts, stations
from models.station.accounts import Credential, SignInRefused

T0 = dt.datetime(2026, 11, 20, 1, 0, 0)  # UTC


@pytest.fixture(autouse=True)
def fresh_actor():
    access.end_gui_session()
    yield
    access.end_gui_session()


def _people(station):
    return {s.role: s for s in stations.all_staff(station)}


def test_the_hash_is_not_the_pin_and_differs_per_salt(db_path, station):
    head = _people(station)["head"]
    accounts.reset_secret(head, "2580")
    stored = Credential.get_by_id(head.id).secret_hash
    assert "2580" not in stored
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2 ** 14, 8, 1)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(key)) == 32
    again = accounts.hash_secret("2580")
    assert again != stored and again.split("$")[4] != salt       # a fresh salt each time
    assert accounts.verify_hash("2580", again) and accounts.verify_hash("2580", stored)
    assert not accounts.verify_hash("2581", stored)
    # the same salt gives the same hash (so it is the salt that differs)
    assert accounts.hash_secret("2580", bytes.fromhex(salt)) == stored
    # nowhere in the database file is the PIN itself
    with closing(sqlite3.connect(db_path)) as con:
        rows = con.execute("SELECT * FROM staff_credential").fetchall()
    assert rows and all("2580" != str(v) for row in rows for v in row)


def test_weaker_parameters_are_raised_at_the_next_good_sign_in(station):
    head = _people(station)["head"]
    accounts.reset_secret(head, "2580")
    weak = accounts.hash_secret("2580", n=2 ** 10)
    Credential.update(secret_hash=weak).where(Credential.staff == head.id).execute()
    assert accounts.needs_rehash(weak)
    accounts.authenticate(head, "2580", T0)
    stored = Credential.get_by_id(head.id).secret_hash
    assert stored.startswith("scrypt$16384$8$1$") and accounts.verify_hash("2580", stored)


@pytest.mark.parametrize("secret, message", [
    ("", "请输入密码"), ("123", "4到8位"), ("123456789", "4到8位"), ("1234", "太容易"),
    ("0000", "太容易"), ("9876", "太容易"), ("abc12", "至少要6位"), (" 2580", "空格"),
])
def test_plain_refusals_of_bad_secrets(station, secret, message):
    head = _people(station)["head"]
    with pytest.raises(ValidationError, match=message):
        accounts.reset_secret(head, secret)
    assert not accounts.has_secret(head)


def test_a_pin_or_a_password(station):
    assert accounts.check_secret("2580") == "pin"
    assert accounts.check_secret("13572468") == "pin"
    assert accounts.check_secret("黄秀梅2014") == "password"


def test_five_wrong_pins_lock_the_account_for_a_growing_while(station):
    clerk = _people(station)["clerk"]
    accounts.reset_secret(clerk, "2580")
    now = T0
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInRefused, match=f"还可以再试{left}次"):
            accounts.authenticate(clerk, "1111", now)
    with pytest.raises(SignInRefused, match="锁定5分钟") as locked:
        accounts.authenticate(clerk, "1111", now)
    assert locked.value.locked_for == dt.timedelta(minutes=5)
    # while locked, even the right PIN is refused, with the time left
    with pytest.raises(SignInRefused, match="请3分钟后再试"):
        accounts.authenticate(clerk, "2580", now + dt.timedelta(minutes=2))
    assert accounts.locked_for(clerk, now + dt.timedelta(minutes=2)) == dt.timedelta(minutes=3)
    # once the time is up: five more tries, and the next lock-out is longer
    now += dt.timedelta(minutes=5, seconds=1)
    assert accounts.locked_for(clerk, now) is None
    for _ in range(4):
        with pytest.raises(SignInRefused, match="密码不对"):
            accounts.authenticate(clerk, "1111", now)
    with pytest.raises(SignInRefused, match="锁定10分钟"):
        accounts.authenticate(clerk, "1111", now)
    now += dt.timedelta(minutes=10)
    accounts.authenticate(clerk, "2580", now)  # right: the count starts again
    cred = Credential.get_by_id(clerk.id)
    assert (cred.failures, cred.lockouts, cred.locked_until) == (0, 0, None)
    assert cred.last_sign_in == now


def test_lockouts_stop_growing_at_an_hour(station):
    clerk = _people(station)["clerk"]
    accounts.reset_secret(clerk, "2580")
    now, lengths = T0, []
    for _ in range(7):
        for _ in range(5):
            with pytest.raises(SignInRefused):
                accounts.authenticate(clerk, "1111", now)
        lengths.append(accounts.locked_for(clerk, now))
        now += lengths[-1]
    assert [m.seconds // 60 for m in lengths] == [5, 10, 20, 40, 60, 60, 60]


def test_the_head_resets_a_pin_which_clears_a_lockout_and_must_be_changed(station):
    people = _people(station)
    head, clerk = people["head"], people["clerk"]
    accounts.set_first_secret(head, "2580")   # chosen by the head: no change asked
    accounts.reset_secret(clerk, "3691")      # set by someone else (here the command line)
    assert accounts.must_change(clerk) and not accounts.must_change(head)
    for _ in range(5):
        with pytest.raises(SignInRefused):
            accounts.authenticate(clerk, "0001", T0)
    assert accounts.locked_for(clerk, T0)
    access.begin_gui_session()
    accounts.sign_in(head, "2580", T0)
    accounts.reset_secret(clerk, "4826", T0)
    assert Credential.get_by_id(clerk.id).set_by == head.name
    assert accounts.must_change(clerk) and not accounts.must_change(head)
    accounts.sign_in(clerk, "4826", T0)  # no longer locked
    with pytest.raises(ValidationError, match="不能和原来的一样"):
        accounts.change_own_secret(clerk, "4826", "4826", T0)
    accounts.change_own_secret(clerk, "4826", "7395", T0)
    assert not accounts.must_change(clerk)
    with pytest.raises(access.NotAllowed, match="只能改自己的密码"):
        accounts.change_own_secret(head, "2580", "1397", T0)
    # a clerk may not reset anyone's PIN
    with pytest.raises(access.NotAllowed, match="不能"):
        accounts.reset_secret(head, "5555")
    assert accounts.verify_hash("2580", Credential.get_by_id(head.id).secret_hash)


def test_inactive_staff_cannot_sign_in(station):
    clerk = _people(station)["clerk"]
    accounts.reset_secret(clerk, "2580")
    stations.set_staff_active(clerk, False)
    with pytest.raises(SignInRefused, match="已不在本站工作"):
        accounts.authenticate(clerk, "2580", T0)


def test_an_upgraded_station_the_head_sets_the_first_pin_then_gives_the_others_theirs(station):
    people = _people(station)
    head, clerk = people["head"], people["clerk"]
    assert accounts.sign_in_list(station) == [(head, accounts.SET_FIRST), (clerk, accounts.ASK_HEAD)]
    with pytest.raises(ValidationError, match="请站长"):
        accounts.set_first_secret(clerk, "2580")
    with pytest.raises(SignInRefused, match="还没有设置密码"):
        accounts.authenticate(clerk, "2580", T0)
    accounts.set_first_secret(head, "2580", T0)
    assert accounts.sign_in_list(station) == [(head, accounts.READY), (clerk, accounts.ASK_HEAD)]
    # now nobody else can choose their own: the head gives it
    assert not accounts.may_set_first_secret(clerk)
    with pytest.raises(ValidationError):
        accounts.set_first_secret(clerk, "3691")
    access.begin_gui_session()
    accounts.sign_in(head, "2580", T0)
    accounts.reset_secret(clerk, "3691", T0)
    assert accounts.sign_in_list(station)[1] == (clerk, accounts.READY)


def test_a_station_without_a_head_the_first_to_set_a_pin_becomes_head(db):
    st = stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206",
                                      officer_name="黄秀梅", officer_role="clerk")
    other = stations.add_staff(st, "农志强", role="hamlet_cadre")
    first = Staff.get(Staff.name == "黄秀梅")
    assert {s.name: state for s, state in accounts.sign_in_list(st)} == \
        {"黄秀梅": accounts.SET_FIRST, "农志强": accounts.SET_FIRST}
    accounts.set_first_secret(first, "2580", T0)
    assert Staff.get_by_id(first.id).role == "head"
    assert not accounts.may_set_first_secret(other)


def test_a_station_with_no_staff_registers_its_first_person_as_head(db):
    st = stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206")
    access.begin_gui_session()  # locked desk: only this one way in
    assert accounts.sign_in_list(st) == []
    with pytest.raises(ValidationError, match="太容易"):
        accounts.register_first_person(st, "黄秀梅", "1234")
    assert Staff.select().count() == 0
    person = accounts.register_first_person(st, "黄秀梅", "2580", now=T0)
    assert person.role == "head" and accounts.has_secret(person)
    assert access.current() is access.NOBODY  # registering is not signing in
    with pytest.raises(ValidationError, match="已经有工作人员"):
        accounts.register_first_person(st, "冒名者", "3691")
    accounts.sign_in(person, "2580", T0)
    assert access.current().name == "黄秀梅" and access.current().role == "head"


def test_reset_pin_from_the_command_line_when_the_head_forgot(tmp_path):
    """A real subprocess: ``main.py reset-pin NAME`` with the PIN on standard
    input; the person then signs in with it and is asked to change it."""
    import subprocess
    import sys
    from pathlib import Path

    from models.safety.opening import close_database, open_database

    root = Path(__file__).resolve().parent.parent
    open_database(tmp_path / "station.sqlite3")
    st = stations.set_up_this_station("village", "板烟村村民关切回应站", "451422101206")
    head = stations.add_staff(st, "王站长", role="head")
    accounts.set_first_secret(head, "2580")
    close_database()

    def reset(name, pin):
        return subprocess.run([sys.executable, str(root / "main.py"), "--data-dir", str(tmp_path),
                               "reset-pin", name], input=pin + "\n", capture_output=True,
                              text=True, timeout=120)

    done = reset("王站长", "1234")
    assert done.returncode == 1 and "太容易" in done.stderr and "没有改动" in done.stderr
    done = reset("李四", "4826")
    assert done.returncode == 1 and "没有这名在岗工作人员" in done.stderr and "王站长" in done.stderr
    done = reset("王站长", "4826")
    assert done.returncode == 0, done.stderr
    assert "已为王站长设置新密码" in done.stdout
    open_database(tmp_path / "station.sqlite3")
    try:
        with pytest.raises(SignInRefused):
            accounts.authenticate(head, "2580", T0)
        accounts.authenticate(head, "4826", T0)
        assert accounts.must_change(head)
    finally:
        close_database()
