"""Stations (the four levels), this desk's own station, and its staff."""
from __future__ import annotations

import re
from typing import NamedTuple

from models.core import access, settings
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Staff, Station
from models.core.validation import clean_name, clean_phone, clean_text
from models.core.vocab import LEVELS, PARENT_LEVEL, STAFF_ROLES


def this_station() -> Station | None:
    """The station this desk belongs to, or None before the first-run set-up."""
    sid = settings.get(settings.THIS_STATION)
    return Station.get_or_none(Station.id == sid) if sid else None


def is_set_up() -> bool:
    return this_station() is not None


def _clean_code(code: str) -> str:
    code = (code or "").strip()
    if not re.fullmatch(r"[0-9A-Za-z\-]{2,24}", code):
        raise ValidationError("站点编码只能用数字、字母和短横线，2到24位。", "code")
    return code


def create_station(level: str, name: str, code: str, parent: Station | None = None,
                   address: str = "", phone: str = "", opening_hours: str = "") -> Station:
    access.require("settings.change")
    if level not in LEVELS:
        raise ValidationError("请选择站点级别（县、乡镇、村、屯）。", "level")
    name = clean_text(name, "name", "站点名称", limit=60)
    code = _clean_code(code)
    if Station.select().where(Station.code == code).exists():
        raise ValidationError(f"站点编码 {code} 已经有了，请换一个。", "code")
    if parent is not None and PARENT_LEVEL.get(level) != parent.level:
        raise ValidationError("上级站点的级别不对：屯属于村，村属于乡镇，乡镇属于县。", "parent")
    return Station.create(level=level, name=name, code=code, parent=parent,
                          address=address.strip(), phone=clean_phone(phone),
                          opening_hours=opening_hours.strip())


def set_up_this_station(level: str, name: str, code: str, parent_name: str = "",
                        parent_code: str = "", address: str = "", phone: str = "",
                        opening_hours: str = "", officer_name: str = "",
                        officer_phone: str = "", officer_role: str = "clerk") -> Station:
    """First-run: record which station this desk is (and its parent, if given),
    and the officer setting it up as its first staff member, if named."""
    if is_set_up():
        raise ValidationError("这台电脑已经设置过站点了。", None)
    with db.atomic():
        parent = None
        if parent_name.strip() or parent_code.strip():
            parent_level = PARENT_LEVEL.get(level)
            if parent_level is None:
                raise ValidationError("县回应指挥部没有上级站点。", "parent")
            parent = Station.get_or_none(Station.code == (parent_code or "").strip())
            if parent is None:
                try:
                    parent = create_station(parent_level, parent_name, parent_code)
                except ValidationError as e:  # name the parent's field, not this station's
                    field = f"parent_{e.field}" if e.field in ("name", "code") else "parent"
                    raise ValidationError("上级站点：" + e.message, field) from None
        station = create_station(level, name, code, parent, address, phone, opening_hours)
        if officer_name.strip() or officer_phone.strip():
            try:
                add_staff(station, officer_name, officer_phone, officer_role, full_time=True)
            except ValidationError as e:
                raise ValidationError(e.message, f"officer_{e.field}") from None
        settings.put(settings.THIS_STATION, station.id)
    return station


def update_station_details(station: Station, name: str | None = None, address: str | None = None,
                           phone: str | None = None, opening_hours: str | None = None) -> Station:
    """Change this station's name, address, phone or opening hours (what the
    contact cards and notices print); None leaves a detail as it is. The
    station's code and level never change here. Everything is checked first:
    on a refusal nothing is saved."""
    access.require("settings.change")
    changes = {}
    if name is not None:
        changes["name"] = clean_text(name, "name", "站点名称", limit=60)
    if address is not None:
        changes["address"] = clean_text(address, "address", "地址", required=False, limit=120)
    if phone is not None:
        changes["phone"] = clean_phone(phone)
    if opening_hours is not None:
        changes["opening_hours"] = clean_text(opening_hours, "opening_hours", "开放时间",
                                              required=False, limit=60)
    if changes:
        with db.atomic():
            Station.update(**changes).where(Station.id == station.id).execute()
        for key, value in changes.items():
            setattr(station, key, value)
    return station


def hamlets(station: Station) -> list[Station]:
    return list(Station.select().where((Station.parent == station) & (Station.level == "hamlet"))
                .order_by(Station.name))


def clean_staff(name: str, phone: str = "", role: str = "clerk") -> tuple[str, str, str]:
    """A staff member's name, phone and role, checked; nothing is saved."""
    if role not in STAFF_ROLES:
        raise ValidationError("请选择工作人员的职责。", "role")
    return clean_name(name), clean_phone(phone), role


def add_staff(station: Station, name: str, phone: str = "", role: str = "clerk",
              hamlet: Station | None = None, full_time: bool = False) -> Staff:
    access.require("staff.manage")
    name, phone, role = clean_staff(name, phone, role)
    return Staff.create(station=station, name=name, phone=phone,
                        role=role, hamlet=hamlet, full_time=full_time)


def all_staff(station: Station) -> list[Staff]:
    """Every staff member of the station, active ones first."""
    return list(Staff.select().where(Staff.station == station)
                .order_by(Staff.active.desc(), Staff.full_time.desc(), Staff.name))


def set_staff_active(staff: Staff, active: bool) -> None:
    """Mark a staff member as working here (active) or no longer (inactive).
    Staff are never deleted: old concerns and events still name them."""
    access.require("staff.manage")
    Staff.update(active=bool(active)).where(Staff.id == staff.id).execute()
    staff.active = bool(active)


def active_staff(station: Station) -> list[Staff]:
    return list(Staff.select().where((Staff.station == station) & Staff.active)
                .order_by(Staff.full_time.desc(), Staff.name))



# The station and every station below it, nearest first, in one query.
SUBTREE = ("WITH RECURSIVE sub(id, depth) AS (SELECT id, 0 FROM station WHERE id = ? "
           "UNION ALL SELECT s.id, sub.depth + 1 FROM station s JOIN sub ON s.parent_id = sub.id) ")


def stations_under(station: Station | None) -> list[Station]:
    """The station and every station below it, level by level (None: every
    station): one recursive query."""
    if station is None:
        return list(Station.select())
    return list(Station.raw(f"{SUBTREE}SELECT station.* FROM sub JOIN station ON station.id = sub.id "
                            "ORDER BY sub.depth, station.rowid", station.id))


class StationRow(NamedTuple):
    """A station as plain values (for counting over a county's 1,219 stations)."""
    id: str
    level: str
    name: str
    code: str
    parent_id: str | None


def station_rows_under(station: Station | None) -> list[StationRow]:
    """``stations_under(station)`` as plain rows, in the same order: one query."""
    if station is None:
        return [StationRow(*r) for r in db.execute_sql(
            "SELECT id, level, name, code, parent_id FROM station ORDER BY rowid").fetchall()]
    return [StationRow(*r) for r in db.execute_sql(
        f"{SUBTREE}SELECT s.id, s.level, s.name, s.code, s.parent_id FROM sub "
        "JOIN station s ON s.id = sub.id ORDER BY sub.depth, s.rowid", (station.id,)).fetchall()]


def station_ids_under(station: Station, hamlets: bool = True, none_if_all: bool = False) -> list[str] | None:
    """The ids of ``stations_under(station)``, in that order, without hamlet
    points unless ``hamlets``; with ``none_if_all``, None when the station
    and those under it are every station in the database (a desk holding only
    its own subtree needs no filter)."""
    rows = db.execute_sql(f"{SUBTREE}SELECT sub.id, s.level, (SELECT COUNT(*) FROM station) "
                          "FROM sub JOIN station s ON s.id = sub.id ORDER BY sub.depth, s.rowid",
                          (station.id,)).fetchall()
    if none_if_all and rows and len(rows) >= rows[0][2]:
        return None
    return [sid for sid, level, _ in rows if hamlets or level != "hamlet"] or [station.id]


def is_above(station_id: str, other_id: str) -> bool:
    """Whether station ``station_id`` is above ``other_id`` (its parent, or
    the parent's parent, ...)."""
    seen = set()
    current = Station.get_or_none(Station.id == other_id)
    while current is not None and current.parent_id and current.parent_id not in seen:
        if current.parent_id == station_id:
            return True
        seen.add(current.parent_id)
        current = Station.get_or_none(Station.id == current.parent_id)
    return False


def set_staff_role(staff: Staff, role: str) -> None:
    """Give a staff member another role (models.core.access.TABLE says what each
    may do). The station keeps at least one active head, who can give PINs."""
    access.require("staff.manage")
    if role not in STAFF_ROLES:
        raise ValidationError("请选择工作人员的职责。", "role")
    if staff.role == "head" and role != "head":
        others = Staff.select().where((Staff.station == staff.station_id) & Staff.active
                                      & (Staff.role == "head") & (Staff.id != staff.id))
        if not others.exists():
            raise ValidationError("本站至少要有一名在岗的站长（他负责为大家设置密码）。", "role")
    Staff.update(role=role).where(Staff.id == staff.id).execute()
    staff.role = role
