"""Staff sign-in secrets: PINs and passwords, kept only as slow salted hashes;
failed attempts and lock-outs; the head resetting someone's PIN; and the
first PINs of a station that has none yet (an upgraded database, or a first
run where nobody chose one).

A secret is 4–8 digits (a PIN) or a password of at least 6 characters with a
letter or sign in it. It is stored as ``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>``
(hashlib.scrypt, n=2**14, r=8, p=1, a fresh 16-byte salt each time): the
parameters travel with the hash, so they can be raised later; a hash made
with weaker ones is re-made at the next good sign-in. The secret itself is
never stored. Credentials stay on this desk (no sync triggers).

Five wrong secrets in a row lock that person out for 5 minutes; each further
lock-out doubles it, up to an hour (5, 10, 20, 40, 60). A good sign-in clears
the count. Times are passed in (``now``, UTC) so tests need not sleep.

A lock-out is measured so that the PC's clock cannot stretch or cut it: the
desk that locked someone counts the wait on ``clock.monotonic`` (which a
clock moved by hand does not move), and a desk started later counts from
the stored end, but never waits longer than the lock-out's own length — a
clock moved back (2035 → 2026) does not lock anyone out for years; the wait
starts again from the corrected clock instead.

Who may set a PIN when (the upgrade flow, docs/roles.md):

1. While no active staff member of the station has a PIN, the station head
   sets theirs first on the sign-in screen; if the station has no active
   head, the first person to set a PIN becomes its head (and is told so).
2. Once anyone has a PIN, a person without one is given one by the head
   (settings → staff), and must choose their own at their next sign-in.
3. A station with no staff at all: the first person registers on the
   sign-in screen with a PIN and becomes its head.
4. ``main.py reset-pin NAME`` (the command line, which acts as SYSTEM) sets a
   PIN when the only head has forgotten theirs.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os

import peewee as pw

from models.core import access, clock
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import BaseModel, Staff, Station, utcnow

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32

MAX_FAILURES = 5
FIRST_LOCKOUT = dt.timedelta(minutes=5)
LONGEST_LOCKOUT = dt.timedelta(minutes=60)


class Credential(BaseModel):
    staff = pw.ForeignKeyField(Staff, primary_key=True, on_delete="RESTRICT",
                               column_name="staff_id")
    secret_hash = pw.TextField()
    kind = pw.CharField()                     # "pin" or "password"
    must_change = pw.BooleanField(default=False)
    set_at = pw.DateTimeField(default=utcnow)
    set_by = pw.CharField(default="")         # who set it (name), "" for the person themself
    failures = pw.IntegerField(default=0)
    lockouts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    last_sign_in = pw.DateTimeField(null=True)

    class Meta:
        table_name = "staff_credential"


class SignInRefused(ValidationError):
    """A wrong secret, a locked account or an inactive person; says which in
    plain Chinese. ``locked_for`` is the time left when the account is locked."""

    def __init__(self, message: str, locked_for: dt.timedelta | None = None):
        super().__init__(message, "secret")
        self.locked_for = locked_for


# ---------------------------------------------------------------- hashing

_EASY = {"123456", "654321", "12345678", "87654321", "1234567", "7654321", "123123", "111111"}


def check_secret(secret: str) -> str:
    """The kind of a new secret (``pin`` or ``password``), or a refusal."""
    secret = secret or ""
    if secret != secret.strip():
        raise ValidationError("密码前后不要有空格。", "secret")
    if not secret:
        raise ValidationError("请输入密码（4到8位数字）。", "secret")
    if secret.isascii() and secret.isdigit():
        if not 4 <= len(secret) <= 8:
            raise ValidationError("数字密码要4到8位。", "secret")
        steps = {int(b) - int(a) for a, b in zip(secret, secret[1:])}
        if len(set(secret)) == 1 or steps in ({1}, {-1}) or secret in _EASY:
            raise ValidationError("这个密码太容易被猜到了（像1234、0000这样），请换一个。", "secret")
        return "pin"
    if len(secret) < 6:
        raise ValidationError("密码如果不全是数字，至少要6位。", "secret")
    if len(secret) > 64:
        raise ValidationError("密码太长了，最多64位。", "secret")
    return "password"


def hash_secret(secret: str, salt: bytes | None = None, n: int = SCRYPT_N, r: int = SCRYPT_R,
                p: int = SCRYPT_P) -> str:
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                         maxmem=256 * 1024 * 1024, dklen=KEY_BYTES)
    return f"scrypt${n}${r}${p}${salt.hex()}${key.hex()}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    scheme, n, r, p, salt, key = stored.split("$")
    if scheme != "scrypt":
        raise ValueError(f"unknown hash scheme {scheme!r}")
    return int(n), int(r), int(p), bytes.fromhex(salt), bytes.fromhex(key)


def verify_hash(secret: str, stored: str) -> bool:
    n, r, p, salt, key = _parse(stored)
    again = hashlib.scrypt((secret or "").encode("utf-8"), salt=salt, n=n, r=r, p=p,
                           maxmem=256 * 1024 * 1024, dklen=len(key))
    return hmac.compare_digest(again, key)


def needs_rehash(stored: str) -> bool:
    n, r, p, salt, key = _parse(stored)
    return (n, r, p) < (SCRYPT_N, SCRYPT_R, SCRYPT_P) or len(salt) < SALT_BYTES


# ---------------------------------------------------------------- state

def credential(staff: Staff) -> Credential | None:
    return Credential.get_or_none(Credential.staff == staff.id)


def has_secret(staff: Staff) -> bool:
    return credential(staff) is not None


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or utcnow()).replace(microsecond=0)


# staff id -> (the stored end of a lock-out this process started, the
# monotonic reading when it started): the wait counted by a clock no one moves
_locks_seen: dict[str, tuple[dt.datetime, float]] = {}


def _lock_left(cred: Credential, now: dt.datetime, own_clock: bool) -> tuple[dt.timedelta | None, bool]:
    """(the wait left or None, whether the stored end must be moved because
    the wall clock went back before the lock-out began). ``own_clock``: the
    desk's clock is asked (no ``now`` passed in), so a lock-out this process
    began is counted on the monotonic clock."""
    if cred.locked_until is None:
        return None, False
    length = _lockout_length(max(cred.lockouts or 0, 1))
    seen = _locks_seen.get(cred.staff_id)
    if own_clock and seen is not None and seen[0] == cred.locked_until:
        left = length - dt.timedelta(seconds=clock.monotonic() - seen[1])
        moved = False
    elif now < cred.locked_until - length:  # the clock was moved back since
        left, moved = length, True
    else:
        left, moved = cred.locked_until - now, False
    left = min(left, length)
    if left <= dt.timedelta(0):
        return None, False
    return left, moved


def _count_lock_from_now(staff_id: str, until: dt.datetime) -> None:
    _locks_seen[staff_id] = (until, clock.monotonic())


def locked_for(staff: Staff, now: dt.datetime | None = None) -> dt.timedelta | None:
    """How long this person must still wait, or None."""
    cred = credential(staff)
    if cred is None:
        return None
    return _lock_left(cred, _now(now), now is None)[0]


def minutes_text(left: dt.timedelta) -> str:
    minutes = max(1, -(-int(left.total_seconds()) // 60))  # round up: never say "0 minutes"
    return f"{minutes}分钟"


def _lockout_length(lockouts: int) -> dt.timedelta:
    return min(FIRST_LOCKOUT * (2 ** max(lockouts - 1, 0)), LONGEST_LOCKOUT)


def authenticate(staff: Staff, secret: str, now: dt.datetime | None = None) -> None:
    """Check the secret; count a failure, lock after ``MAX_FAILURES``. Raises
    ``SignInRefused`` with what to do; returns quietly when it is right."""
    own_clock = now is None
    now = _now(now)
    staff = Staff.get_by_id(staff.id)  # as it is now (active, role)
    if not staff.active:
        raise SignInRefused(f"{staff.name}已不在本站工作，不能登录。")
    cred = credential(staff)
    if cred is None:
        raise SignInRefused(f"{staff.name}还没有设置密码。请站长在“设置→工作人员”里为您设置。")
    left, moved = _lock_left(cred, now, own_clock)
    if left is not None:
        if moved:  # count the rest from the corrected clock, and this process on
            until = now + left
            with db.atomic():
                Credential.update(locked_until=until).where(Credential.staff == staff.id).execute()
            _count_lock_from_now(staff.id, until)
        raise SignInRefused(f"密码输错次数太多，{staff.name}的账号暂时锁定。"
                            f"请{minutes_text(left)}后再试，或请站长重设密码。", left)
    if not verify_hash(secret, cred.secret_hash):
        # counted first (its own transaction), refused after: a refusal
        # raised inside the transaction would roll the count back
        failures = (cred.failures or 0) + 1
        if cred.locked_until is not None:  # an earlier lock-out has run out: count afresh
            failures = 1
        if failures >= MAX_FAILURES:
            lockouts = (cred.lockouts or 0) + 1
            left = _lockout_length(lockouts)
            with db.atomic():
                Credential.update(failures=failures, lockouts=lockouts, locked_until=now + left) \
                    .where(Credential.staff == staff.id).execute()
            _count_lock_from_now(staff.id, now + left)
            raise SignInRefused(f"密码连续输错{failures}次，{staff.name}的账号锁定"
                                f"{minutes_text(left)}。请{minutes_text(left)}后再试，"
                                "或请站长重设密码。", left)
        with db.atomic():
            Credential.update(failures=failures, locked_until=None) \
                .where(Credential.staff == staff.id).execute()
        raise SignInRefused(f"密码不对。还可以再试{MAX_FAILURES - failures}次，"
                            f"输错{MAX_FAILURES}次账号会锁定一段时间。")
    changes = dict(failures=0, lockouts=0, locked_until=None, last_sign_in=now)
    if needs_rehash(cred.secret_hash):
        changes["secret_hash"] = hash_secret(secret)
    with db.atomic():
        Credential.update(**changes).where(Credential.staff == staff.id).execute()


def _store(staff: Staff, secret: str, must_change: bool, set_by: str,
           now: dt.datetime | None) -> Credential:
    kind = check_secret(secret)
    fields = dict(secret_hash=hash_secret(secret), kind=kind, must_change=must_change,
                  set_at=_now(now), set_by=set_by, failures=0, lockouts=0, locked_until=None)
    with db.atomic():
        if credential(staff) is None:
            Credential.insert(staff=staff.id, **fields).execute()
        else:
            Credential.update(**fields).where(Credential.staff == staff.id).execute()
    return credential(staff)


def must_change(staff: Staff) -> bool:
    cred = credential(staff)
    return bool(cred and cred.must_change)


def change_own_secret(staff: Staff, old: str, new: str, now: dt.datetime | None = None) -> None:
    """The signed-in person chooses a new secret (after a reset, or any time)."""
    actor = access.current()
    if actor.staff_id != staff.id:
        raise access.NotAllowed("只能改自己的密码。别人的密码请站长在“设置→工作人员”里重设。",
                                "staff.manage")
    authenticate(staff, old, now)
    if old == new:
        raise ValidationError("新密码不能和原来的一样。", "secret")
    _store(staff, new, False, "", now)


def reset_secret(staff: Staff, secret: str, now: dt.datetime | None = None) -> None:
    """The station head (``staff.manage``) sets or resets someone's PIN; it
    clears any lock-out, and the person chooses their own at the next sign-in.
    Setting one's own this way needs no change afterwards."""
    actor = access.require("staff.manage")
    if not staff.active:
        raise ValidationError(f"{staff.name}已不在本站工作，不用设密码。", "staff")
    _store(staff, secret, actor.staff_id != staff.id, actor.name, now)


# ---------------------------------------------------------------- first PINs

def _station_staff(station: Station):
    return Staff.select().where((Staff.station == station) & Staff.active)


def anyone_has_secret(station: Station) -> bool:
    return (Credential.select().join(Staff)
            .where((Staff.station == station) & Staff.active).exists())


def may_set_first_secret(staff: Staff) -> bool:
    """May this person choose their own first PIN on the sign-in screen? Only
    while nobody active at the station has one, and only the head (or anyone,
    if the station has no active head)."""
    staff = Staff.get_by_id(staff.id)
    if not staff.active or has_secret(staff) or anyone_has_secret(staff.station):
        return False
    heads = _station_staff(staff.station).where(Staff.role == "head")
    return staff.role == "head" or not heads.exists()


def set_first_secret(staff: Staff, secret: str, now: dt.datetime | None = None) -> Staff:
    """The first PIN of a station that has none (see ``may_set_first_secret``).
    Someone who is not yet the head becomes it. Returns the staff member."""
    if not may_set_first_secret(staff):
        raise ValidationError("已经有人设了密码，您的密码请站长在“设置→工作人员”里设置。", "secret")
    check_secret(secret)
    with db.atomic():
        if staff.role != "head":
            Staff.update(role="head").where(Staff.id == staff.id).execute()
            staff.role = "head"
        _store(staff, secret, False, "", now)
    return staff


def register_first_person(station: Station, name: str, secret: str, phone: str = "",
                          now: dt.datetime | None = None) -> Staff:
    """A station with no active staff: the first person registers with a PIN
    and becomes its head."""
    from models.station import stations

    if _station_staff(station).exists():
        raise ValidationError("本站已经有工作人员了，请选自己的名字登录。", "name")
    check_secret(secret)
    with db.atomic(), access.acting_as(access.SETUP):
        staff = stations.add_staff(station, name, phone, "head", full_time=True)
        _store(staff, secret, False, "", now)
    return staff


# ---------------------------------------------------------------- the sign-in list

READY, SET_FIRST, ASK_HEAD = "ready", "set_first", "ask_head"


def sign_in_list(station: Station) -> list[tuple[Staff, str]]:
    """The active staff as the sign-in screen lists them, each with what
    happens when picked: ``ready`` (type the PIN), ``set_first`` (choose a
    first PIN), ``ask_head`` (no PIN yet: the head must give one)."""
    from models.station.stations import active_staff

    people = active_staff(station)
    with_secret = {c.staff_id for c in Credential.select(Credential.staff)
                   .where(Credential.staff.in_([s.id for s in people]))} if people else set()
    nobody_yet = not with_secret
    has_head = any(s.role == "head" for s in people)
    out = []
    for s in people:
        if s.id in with_secret:
            out.append((s, READY))
        elif nobody_yet and (s.role == "head" or not has_head):
            out.append((s, SET_FIRST))
        else:
            out.append((s, ASK_HEAD))
    return out


def set_up_desk(pin: str = "", **station_fields) -> Station:
    """The first-run screen: ``stations.set_up_this_station(**station_fields)``
    and, when the officer setting up chose a PIN, that PIN — the officer
    becomes the station head. All or nothing."""
    from models.station import stations

    if pin:
        check_secret(pin)
        if not (station_fields.get("officer_name") or "").strip():
            raise ValidationError("要设密码，请先填写您的姓名。", "officer_name")
    with db.atomic():
        station = stations.set_up_this_station(**station_fields)
        if pin:
            officer = (Staff.select().where(Staff.station == station)
                       .order_by(Staff.created_at.desc()).first())
            set_first_secret(officer, pin)
    return station


# ---------------------------------------------------------------- signing in

def sign_in(staff: Staff, secret: str, now: dt.datetime | None = None) -> access.Actor:
    """Check ``staff``'s PIN or password (``authenticate``: refusals,
    lock-outs) and make them the actor (``models.core.access``)."""
    authenticate(staff, secret, now)
    return access.become(Staff.get_by_id(staff.id))  # as saved now (a first PIN may make a head)
