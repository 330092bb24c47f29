"""Station-wide settings kept in the database (key → JSON value)."""
from __future__ import annotations

from models.core import access
from models.core.errors import ValidationError
from models.core.schema import Setting
from models.core.vocab import DEFAULT_DEADLINE_DAYS, RULES

THIS_STATION = "this_station_id"
LARGE_TEXT = "ui.large_text"


def get(key: str, default=None):
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None else row.value


def put(key: str, value) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def deadline_days(rule: str) -> int:
    return int(get(f"deadline_days.{rule}", DEFAULT_DEADLINE_DAYS[rule]))


def set_deadline_days(rule: str, days) -> None:
    access.require("settings.change")
    if rule not in RULES:
        raise ValidationError("没有这种处理方式。", "rule")
    try:
        days = int(days)
    except (TypeError, ValueError, OverflowError):  # OverflowError: infinity
        raise ValidationError("办理期限请填写天数（整数）。", "days") from None
    if not 0 <= days <= 365:
        raise ValidationError("办理期限应在0到365天之间。", "days")
    put(f"deadline_days.{rule}", days)


LOCK_MINUTES = "desk.lock_minutes"
DEFAULT_LOCK_MINUTES = 10


def lock_minutes() -> int:
    """Minutes without a key or mouse press before the desk locks itself."""
    return int(get(LOCK_MINUTES, DEFAULT_LOCK_MINUTES))


def set_lock_minutes(minutes) -> None:
    access.require("settings.change")
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        raise ValidationError("自动锁屏时间请填写分钟数（整数）。", "lock_minutes") from None
    if not 1 <= minutes <= 120:
        raise ValidationError("自动锁屏时间应在1到120分钟之间。", "lock_minutes")
    put(LOCK_MINUTES, minutes)


STALE_DAYS = "figures.stale_days"
DEFAULT_STALE_DAYS = 14


def stale_days() -> int:
    """Days without data from a station after which its figures are marked
    incomplete on this desk's boards, rankings and printed statistics."""
    return int(get(STALE_DAYS, DEFAULT_STALE_DAYS))


def set_stale_days(days) -> None:
    access.require("settings.change")
    try:
        days = int(days)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError("多少天没收到数据算“数据不全”，请填写天数（整数）。", "stale_days") from None
    if not 1 <= days <= 365:
        raise ValidationError("多少天没收到数据算“数据不全”，应在1到365天之间。", "stale_days")
    put(STALE_DAYS, days)


# 延期: who approves a deadline extension of an escalated matter (one asked of
# the higher level, 超出权限预约下访): the township (True, the default) or the
# station head, as for every other concern (models/concerns/extensions.py).
EXTENSION_ESCALATED_TO_TOWNSHIP = "extension.escalated_to_township"


def extension_escalated_to_township() -> bool:
    return bool(get(EXTENSION_ESCALATED_TO_TOWNSHIP, True))


def set_extension_escalated_to_township(on: bool) -> None:
    access.require("settings.change")
    put(EXTENSION_ESCALATED_TO_TOWNSHIP, bool(on))


# 回访: how many working days after a concern is resolved the villager is
# called back (models/concerns/followup.py); 1, the next working day, by default.
FOLLOW_UP_DAYS = "follow_up.working_days"
DEFAULT_FOLLOW_UP_DAYS = 1


def follow_up_days() -> int:
    return int(get(FOLLOW_UP_DAYS, DEFAULT_FOLLOW_UP_DAYS))


def set_follow_up_days(days) -> None:
    access.require("settings.change")
    try:
        days = int(days)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError("办结后几个工作日回访，请填写天数（整数）。", "follow_up_days") from None
    if not 1 <= days <= 30:
        raise ValidationError("办结后回访的工作日数应在1到30之间。", "follow_up_days")
    put(FOLLOW_UP_DAYS, days)
