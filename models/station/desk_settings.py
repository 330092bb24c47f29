"""The settings screen's changes, saved together: the default time limit per
handling rule, the large-text switch, new staff members and who is active,
and the station's own details (name, address, phone, opening hours).
One transaction: if anything is wrong, nothing is saved."""
from __future__ import annotations

from dataclasses import dataclass

from models.core import access, settings
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Staff, Station
from models.station import stations


@dataclass
class NewStaff:
    name: str
    phone: str = ""
    role: str = "clerk"
    full_time: bool = False
    hamlet_id: str | None = None  # the hamlet they live in, if any


def save_desk_settings(station: Station, deadline_days: dict[str, int] | None = None,
                       large_text: bool | None = None, new_staff: list[NewStaff] = (),
                       staff_active: dict[str, bool] | None = None,
                       station_details: dict[str, str] | None = None,
                       lock_minutes: int | None = None, stale_days: int | None = None,
                       extension_escalated_to_township: bool | None = None,
                       follow_up_days: int | None = None) -> None:
    """Apply the settings screen's changes. ``staff_active`` maps staff id →
    active. A station that has staff keeps at least one of them active.
    ``station_details`` holds any of name, address, phone, opening_hours
    (see stations.update_station_details); a refusal there names the field
    as ``station_<field>``."""
    access.require("settings.change")
    with db.atomic():
        for rule, days in (deadline_days or {}).items():
            settings.set_deadline_days(rule, days)
        if large_text is not None:
            settings.put(settings.LARGE_TEXT, bool(large_text))
        if lock_minutes is not None:
            settings.set_lock_minutes(lock_minutes)
        if stale_days is not None:
            settings.set_stale_days(stale_days)
        if extension_escalated_to_township is not None:
            settings.set_extension_escalated_to_township(extension_escalated_to_township)
        if follow_up_days is not None:
            settings.set_follow_up_days(follow_up_days)
        for person in new_staff:
            hamlet = None
            if person.hamlet_id:
                hamlet = Station.get_or_none((Station.id == person.hamlet_id)
                                             & (Station.parent == station))
                if hamlet is None:
                    raise ValidationError("所选的屯不属于本站，请重新选择。", "hamlet")
            stations.add_staff(station, person.name, person.phone, person.role,
                               hamlet=hamlet, full_time=person.full_time)
        for staff_id, active in (staff_active or {}).items():
            staff = Staff.get_or_none((Staff.id == staff_id) & (Staff.station == station))
            if staff is None:
                raise ValidationError("找不到这名工作人员。", "staff")
            stations.set_staff_active(staff, active)
        everyone = stations.all_staff(station)
        if everyone and not any(s.active for s in everyone):
            raise ValidationError("至少要保留一名在岗的工作人员。", "staff")
        # Last, so a refusal above leaves the station object in memory as it was.
        if station_details:
            try:
                stations.update_station_details(station, **station_details)
            except ValidationError as e:
                raise ValidationError(e.message, f"station_{e.field}") from None
