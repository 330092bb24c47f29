"""Checks on what a person types: ID numbers, phone numbers, names, dates."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from models.core.clock import today
from models.core.errors import ValidationError

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_LANDLINE = re.compile(r"0[0-9]{2,3}-?[0-9]{7,8}")


def halfwidth(value: str) -> str:
    """Full-width digits, letters and signs (a Chinese input method's
    full-width mode: １３９, Ｘ, －) as ordinary ASCII."""
    return unicodedata.normalize("NFKC", value or "")


def id_check_digit(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def clean_id_number(value: str) -> str:
    """A resident ID number (GB 11643), normalised; '' if left empty."""
    value = halfwidth(value).strip().upper().replace(" ", "")
    if not value:
        return ""
    if not re.fullmatch(r"[0-9]{17}[0-9X]", value):
        raise ValidationError("身份证号码应为18位：前17位是数字，最后一位是数字或X。", "id_number")
    try:
        born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise ValidationError("身份证号码中的出生日期不存在，请核对。", "id_number") from None
    if born > today():
        raise ValidationError("身份证号码中的出生日期还没到，请核对。", "id_number")
    if id_check_digit(value[:17]) != value[17]:
        raise ValidationError("身份证号码最后一位校验码不对，请逐位核对。", "id_number")
    return value


def clean_phone(value: str) -> str:
    """A mobile (11 digits, starting 13–19) or landline number; '' if empty."""
    value = re.sub(r"[\s()（）]", "", halfwidth(value))
    if not value:
        return ""
    if _MOBILE.fullmatch(value) or _LANDLINE.fullmatch(value):
        return value
    raise ValidationError(
        "电话号码不对：手机号是1开头的11位数字，座机号请带区号（如0771-1234567）。", "phone"
    )


def clean_name(value: str, field: str = "name") -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError("请填写姓名。", field)
    if len(value) > 30:
        raise ValidationError("姓名太长了，请只填写姓名。", field)
    return value


def clean_text(value: str, field: str, what: str, required: bool = True, limit: int = 4000) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(f"请填写{what}。", field)
    if len(value) > limit:
        raise ValidationError(f"{what}太长了（最多{limit}个字）。", field)
    return value


def parse_date(value, field: str = "date", what: str = "日期") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(f"{what}格式不对，请按 年-月-日 填写，如 2026-03-08。", field) from None


def choice(value: str, allowed, field: str, what: str) -> str:
    if value not in allowed:
        raise ValidationError(f"请选择{what}。", field)
    return value


# ---------------------------------------------------------------- masks
# How a name, phone or ID number is shown to someone who may not see it whole
# (models.core.access.shown_phone, printed notices).

def mask_name(name: str) -> str:
    return name[:1] + "*" * max(len(name) - 1, 1) if name else ""


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 11 else ("*" * len(phone))


def mask_id(id_number: str) -> str:
    return id_number[:6] + "********" + id_number[-4:] if len(id_number) == 18 else ""
