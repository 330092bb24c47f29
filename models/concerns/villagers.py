"""Villagers: registering a new one and finding a returning one by name,
phone or pinyin initials ("zs" finds 张三)."""
from __future__ import annotations

import re

from models.core import access
from models.core.errors import ValidationError
from models.core.schema import Station, Villager
from models.core.validation import clean_id_number, clean_name, clean_phone, halfwidth, mask_id


def pinyin_keys(name: str) -> tuple[str, str]:
    """(initials, full) in lower case, e.g. 张三 → ("zs", "zhangsan")."""
    # imported here: pypinyin's phrase dictionaries take ~0.25 s and ~55 MiB to
    # load, which start-up (the search page imports this module) need not pay
    from pypinyin import Style, lazy_pinyin

    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")).lower()
    full = "".join(lazy_pinyin(name, errors="ignore")).lower()
    return initials, full


def masked_pinyin_keys(name: str) -> tuple[str, str]:
    """The pinyin keys of a name masked to its surname (覃美兰 → ("q", "qin")):
    the surname read as it is read in the whole name."""
    from pypinyin import lazy_pinyin

    syllables = [s.lower() for s in lazy_pinyin((name or "").strip(), errors="ignore") if s]
    return (syllables[0][:1], syllables[0]) if syllables else ("", "")


def pinyin_starts_with(prefix: str):
    """Villagers whose pinyin initials or full pinyin start with ``prefix``
    (lower-case ASCII letters), as a range so SQLite uses the indexes
    (a LIKE 'zs%' is case-insensitive and cannot)."""
    end = prefix + "\x7f"
    return (((Villager.pinyin_initials >= prefix) & (Villager.pinyin_initials < end))
            | ((Villager.pinyin_full >= prefix) & (Villager.pinyin_full < end)))


def register_villager(station: Station, name: str, phone: str = "", id_number: str = "",
                      hamlet: Station | None = None) -> Villager:
    access.require("concern.register")
    name = clean_name(name)
    phone = clean_phone(phone)
    id_number = clean_id_number(id_number)
    if id_number:
        same = Villager.get_or_none((Villager.station == station) & (Villager.id_number == id_number))
        if same is not None:
            raise ValidationError(f"身份证号 {mask_id(id_number)} 已登记为 {same.name}，请直接选用。", "id_number")
    initials, full = pinyin_keys(name)
    return Villager.create(station=station, name=name, phone=phone, id_number=id_number,
                           hamlet=hamlet, pinyin_initials=initials, pinyin_full=full)


def find_villagers(station: Station, query: str, limit: int = 20) -> list[Villager]:
    """Returning villagers matching a name fragment, phone digits or pinyin."""
    q = (query or "").strip()
    if not q:
        return []
    base = Villager.select().where(Villager.station == station)
    key = halfwidth(q)  # full-width digits and letters from a Chinese input method
    if re.fullmatch(r"[0-9]{3,}", key):
        cond = Villager.phone.contains(key) | Villager.id_number.contains(key)
    elif re.fullmatch(r"[A-Za-z]+", key):
        low = key.lower()
        cond = pinyin_starts_with(low)
    else:
        cond = Villager.name.contains(q)
    return list(base.where(cond).order_by(Villager.name).limit(limit))

