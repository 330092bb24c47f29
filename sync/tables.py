"""Which tables travel between desks, and the partition of each row.

A partition is the station a row belongs to (its ``station_id``, or its
parent row's), or ``"*"`` for the public directory that every desk may hold:
stations, staff, holidays. A desk receives a partition only if it is public
or the partition's station is the desk's own or below it.
"""
from __future__ import annotations

PUBLIC = "*"

# table -> SQL expression (evaluated on the row, table aliased as "r") giving its partition
PARTITION_SQL: dict[str, str] = {
    "station": "'*'",
    "staff": "'*'",
    "holiday_day": "'*'",
    "villager": "r.station_id",
    "visit": "r.station_id",
    "visit_visitor": "(SELECT station_id FROM visit WHERE id = r.visit_id)",
    "concern": "r.station_id",
    "concern_event": "(SELECT station_id FROM concern WHERE id = r.concern_id)",
    "supervisor": "r.station_id",
    "supervisor_rating": "(SELECT station_id FROM concern WHERE id = r.concern_id)",
    "evaluation_session": "r.station_id",
    "survey_tally": "r.station_id",
    "staff_leave": "r.station_id",
    "duty_roster": "r.station_id",
    "duty_shift": "(SELECT station_id FROM duty_roster WHERE id = r.roster_id)",
    "duty_swap": "(SELECT station_id FROM duty_roster WHERE id = r.roster_id)",
    "duty_attendance": "r.station_id",
    "checklist_item": "r.station_id",
    "inspection": "r.station_id",
    "inspection_result": "(SELECT station_id FROM inspection WHERE id = r.inspection_id)",
    "training": "r.station_id",
    "training_attendee": "(SELECT station_id FROM training WHERE id = r.training_id)",
    "appointment": "r.station_id",
    "appointment_concern": "(SELECT station_id FROM appointment WHERE id = r.appointment_id)",
    "suggestion_box_opening": "r.station_id",
    "suggestion": "(SELECT station_id FROM suggestion_box_opening WHERE id = r.opening_id)",
    "data_stamp": "r.station_id",
}

SYNCED_TABLES: tuple[str, ...] = tuple(PARTITION_SQL)

# Columns that stay on the desk: a concern's state is recomputed from its
# events on every desk, an event's number is the desk's own.
LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "concern": frozenset({"function", "rule", "summary", "details", "hamlet_id", "deadline",
                          "confidential", "handler_id", "current_step", "outcome", "closed_on",
                          "satisfaction", "event_count", "follow_up_due"}),
    "concern_event": frozenset({"seq"}),
}
