"""Numbered schema migrations.

Each migration is a list of SQL statements, frozen as written (or, where SQL
alone cannot do it, a function of the database, frozen the same way): later
changes to the models in ``schema.py`` add a new numbered migration and never
edit an old one. ``schema_version`` holds the number of the last one applied; each
migration runs in its own transaction together with its version bump.
"""
from __future__ import annotations

import peewee

MIGRATION_0001 = """
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "station" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "level" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "code" VARCHAR(255) NOT NULL, "parent_id" VARCHAR(255), "address" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "opening_hours" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("parent_id") REFERENCES "station" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "station_code" ON "station" ("code");
CREATE INDEX "station_parent_id" ON "station" ("parent_id");
CREATE TABLE "staff" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "role" VARCHAR(255) NOT NULL, "hamlet_id" VARCHAR(255), "full_time" INTEGER NOT NULL, "active" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("hamlet_id") REFERENCES "station" ("id") ON DELETE RESTRICT);
CREATE INDEX "staff_station_id" ON "staff" ("station_id");
CREATE INDEX "staff_hamlet_id" ON "staff" ("hamlet_id");
CREATE TABLE "villager" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "id_number" VARCHAR(255) NOT NULL, "hamlet_id" VARCHAR(255), "pinyin_initials" VARCHAR(255) NOT NULL, "pinyin_full" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("hamlet_id") REFERENCES "station" ("id") ON DELETE RESTRICT);
CREATE INDEX "villager_station_id" ON "villager" ("station_id");
CREATE INDEX "villager_hamlet_id" ON "villager" ("hamlet_id");
CREATE INDEX "villager_pinyin_initials" ON "villager" ("pinyin_initials");
CREATE TABLE "visit" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "at_utc" DATETIME NOT NULL, "local_date" DATE NOT NULL, "local_time" VARCHAR(255) NOT NULL, "channel" VARCHAR(255) NOT NULL, "headcount" INTEGER NOT NULL, "note" TEXT NOT NULL, "recorded_by_id" VARCHAR(255), "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "visit_station_id" ON "visit" ("station_id");
CREATE INDEX "visit_local_date" ON "visit" ("local_date");
CREATE INDEX "visit_recorded_by_id" ON "visit" ("recorded_by_id");
CREATE TABLE "visit_visitor" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "visit_id" VARCHAR(255) NOT NULL, "villager_id" VARCHAR(255) NOT NULL, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("villager_id") REFERENCES "villager" ("id") ON DELETE RESTRICT);
CREATE INDEX "visit_visitor_visit_id" ON "visit_visitor" ("visit_id");
CREATE INDEX "visit_visitor_villager_id" ON "visit_visitor" ("villager_id");
CREATE UNIQUE INDEX "visit_visitor_visit_id_villager_id" ON "visit_visitor" ("visit_id", "villager_id");
CREATE TABLE "concern" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "visit_id" VARCHAR(255) NOT NULL, "villager_id" VARCHAR(255) NOT NULL, "year" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "case_number" VARCHAR(255) NOT NULL, "registered_on" DATE NOT NULL, "created_at" DATETIME NOT NULL, "function" VARCHAR(255) NOT NULL, "rule" VARCHAR(255) NOT NULL, "summary" TEXT NOT NULL, "details" TEXT NOT NULL, "hamlet_id" VARCHAR(255), "deadline" DATE, "confidential" INTEGER NOT NULL, "handler_id" VARCHAR(255), "current_step" VARCHAR(255) NOT NULL, "outcome" VARCHAR(255) NOT NULL, "closed_on" DATE, "satisfaction" VARCHAR(255), "event_count" INTEGER NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("villager_id") REFERENCES "villager" ("id") ON DELETE RESTRICT, FOREIGN KEY ("hamlet_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("handler_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "concern_station_id" ON "concern" ("station_id");
CREATE INDEX "concern_visit_id" ON "concern" ("visit_id");
CREATE INDEX "concern_villager_id" ON "concern" ("villager_id");
CREATE INDEX "concern_case_number" ON "concern" ("case_number");
CREATE INDEX "concern_registered_on" ON "concern" ("registered_on");
CREATE INDEX "concern_hamlet_id" ON "concern" ("hamlet_id");
CREATE INDEX "concern_deadline" ON "concern" ("deadline");
CREATE INDEX "concern_handler_id" ON "concern" ("handler_id");
CREATE INDEX "concern_outcome" ON "concern" ("outcome");
CREATE UNIQUE INDEX "concern_station_id_year_seq" ON "concern" ("station_id", "year", "seq");
CREATE TABLE "concern_event" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "concern_id" VARCHAR(255) NOT NULL, "seq" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "step" VARCHAR(255), "staff_id" VARCHAR(255), "at_utc" DATETIME NOT NULL, "local_date" DATE NOT NULL, "note" TEXT NOT NULL, "data" TEXT NOT NULL, FOREIGN KEY ("concern_id") REFERENCES "concern" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "concern_event_concern_id" ON "concern_event" ("concern_id");
CREATE INDEX "concern_event_staff_id" ON "concern_event" ("staff_id");
CREATE UNIQUE INDEX "concern_event_concern_id_seq" ON "concern_event" ("concern_id", "seq");
-- Full-text index over each concern's case number, summary, details and
-- villager names. The trigram tokenizer serves LIKE '%...%' patterns of three
-- or more characters from the index; shorter ones (two-character words such
-- as 低保) fall back to a scan of this one compact table.
CREATE VIRTUAL TABLE concern_fts USING fts5(concern_id UNINDEXED, body, tokenize='trigram');
-- A concern's history is append-only, and concerns are never deleted.
CREATE TRIGGER concern_event_append_only_u BEFORE UPDATE ON concern_event
BEGIN SELECT RAISE(ABORT, 'concern events are append-only'); END;
CREATE TRIGGER concern_event_append_only_d BEFORE DELETE ON concern_event
BEGIN SELECT RAISE(ABORT, 'concern events are append-only'); END;
CREATE TRIGGER concern_never_deleted BEFORE DELETE ON concern
BEGIN SELECT RAISE(ABORT, 'concerns are never deleted'); END;
"""

# Looking a villager up by the start of their full pinyin ("zhang") uses an index.
MIGRATION_0002 = """
CREATE INDEX "villager_pinyin_full" ON "villager" ("pinyin_full");
"""

# Supervision (issue 7): supervisors and their terms, supervisors' ratings of
# concerns, evaluation sessions (ballot counts only: anonymous), and the
# annual June survey's paper tallies.
MIGRATION_0003 = """
CREATE TABLE "supervisor" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "term_start" DATE NOT NULL, "term_end" DATE, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT);
CREATE INDEX "supervisor_station_id" ON "supervisor" ("station_id");
CREATE TABLE "supervisor_rating" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "concern_id" VARCHAR(255) NOT NULL, "supervisor_id" VARCHAR(255) NOT NULL, "rating" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "rated_on" DATE NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("concern_id") REFERENCES "concern" ("id") ON DELETE RESTRICT, FOREIGN KEY ("supervisor_id") REFERENCES "supervisor" ("id") ON DELETE RESTRICT);
CREATE INDEX "supervisor_rating_concern_id" ON "supervisor_rating" ("concern_id");
CREATE INDEX "supervisor_rating_supervisor_id" ON "supervisor_rating" ("supervisor_id");
CREATE UNIQUE INDEX "supervisor_rating_concern_id_supervisor_id" ON "supervisor_rating" ("concern_id", "supervisor_id");
CREATE TABLE "evaluation_session" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "held_on" DATE NOT NULL, "period_from" DATE, "period_to" DATE, "attendees" INTEGER NOT NULL, "satisfied" INTEGER NOT NULL, "basically" INTEGER NOT NULL, "dissatisfied" INTEGER NOT NULL, "invalid" INTEGER NOT NULL, "note" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT);
CREATE INDEX "evaluation_session_station_id" ON "evaluation_session" ("station_id");
CREATE INDEX "evaluation_session_held_on" ON "evaluation_session" ("held_on");
CREATE TABLE "survey_tally" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "year" INTEGER NOT NULL, "sheet" VARCHAR(255) NOT NULL, "counted_on" DATE NOT NULL, "satisfied" INTEGER NOT NULL, "basically" INTEGER NOT NULL, "dissatisfied" INTEGER NOT NULL, "invalid" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT);
CREATE INDEX "survey_tally_station_id" ON "survey_tally" ("station_id");
CREATE UNIQUE INDEX "survey_tally_station_id_year_sheet" ON "survey_tally" ("station_id", "year", "sheet");
"""

# Duty roster (issue 4): hand-entered holidays and adjusted working days, staff
# leave, rosters with their planned shifts, swaps recorded on top of the plan,
# and signing in and out at the desk. Plans, swaps and sign-ins are append-only.
MIGRATION_0004 = """
CREATE TABLE "holiday_day" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "kind" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "holiday_day_day" ON "holiday_day" ("day");
CREATE TABLE "staff_leave" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "staff_id" VARCHAR(255) NOT NULL, "start" DATE NOT NULL, "end" DATE NOT NULL, "reason" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "staff_leave_station_id" ON "staff_leave" ("station_id");
CREATE INDEX "staff_leave_staff_id" ON "staff_leave" ("staff_id");
CREATE TABLE "duty_roster" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "start" DATE NOT NULL, "end" DATE NOT NULL, "officers_per_day" INTEGER NOT NULL, "max_per_week" INTEGER NOT NULL, "open_weekdays" VARCHAR(255) NOT NULL, "superseded_by_id" VARCHAR(255), "created_by_id" VARCHAR(255), "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("superseded_by_id") REFERENCES "duty_roster" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "duty_roster_station_id" ON "duty_roster" ("station_id");
CREATE INDEX "duty_roster_start" ON "duty_roster" ("start");
CREATE INDEX "duty_roster_end" ON "duty_roster" ("end");
CREATE INDEX "duty_roster_superseded_by_id" ON "duty_roster" ("superseded_by_id");
CREATE INDEX "duty_roster_created_by_id" ON "duty_roster" ("created_by_id");
CREATE TABLE "duty_shift" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "roster_id" VARCHAR(255) NOT NULL, "day" DATE NOT NULL, "staff_id" VARCHAR(255) NOT NULL, FOREIGN KEY ("roster_id") REFERENCES "duty_roster" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "duty_shift_roster_id" ON "duty_shift" ("roster_id");
CREATE INDEX "duty_shift_day" ON "duty_shift" ("day");
CREATE INDEX "duty_shift_staff_id" ON "duty_shift" ("staff_id");
CREATE UNIQUE INDEX "duty_shift_roster_id_day_staff_id" ON "duty_shift" ("roster_id", "day", "staff_id");
CREATE TABLE "duty_swap" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "roster_id" VARCHAR(255) NOT NULL, "day_a" DATE NOT NULL, "staff_a_id" VARCHAR(255) NOT NULL, "day_b" DATE, "staff_b_id" VARCHAR(255) NOT NULL, "reason" VARCHAR(255) NOT NULL, "recorded_by_id" VARCHAR(255), "at_utc" DATETIME NOT NULL, FOREIGN KEY ("roster_id") REFERENCES "duty_roster" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_a_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_b_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "duty_swap_roster_id" ON "duty_swap" ("roster_id");
CREATE INDEX "duty_swap_staff_a_id" ON "duty_swap" ("staff_a_id");
CREATE INDEX "duty_swap_staff_b_id" ON "duty_swap" ("staff_b_id");
CREATE INDEX "duty_swap_recorded_by_id" ON "duty_swap" ("recorded_by_id");
CREATE TABLE "duty_attendance" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "staff_id" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "at_utc" DATETIME NOT NULL, "local_date" DATE NOT NULL, "local_time" VARCHAR(255) NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "duty_attendance_station_id" ON "duty_attendance" ("station_id");
CREATE INDEX "duty_attendance_staff_id" ON "duty_attendance" ("staff_id");
CREATE INDEX "duty_attendance_local_date" ON "duty_attendance" ("local_date");
CREATE TRIGGER duty_shift_append_only_u BEFORE UPDATE ON duty_shift
BEGIN SELECT RAISE(ABORT, 'a roster plan is kept as made'); END;
CREATE TRIGGER duty_shift_append_only_d BEFORE DELETE ON duty_shift
BEGIN SELECT RAISE(ABORT, 'a roster plan is kept as made'); END;
CREATE TRIGGER duty_swap_append_only_u BEFORE UPDATE ON duty_swap
BEGIN SELECT RAISE(ABORT, 'swaps are append-only'); END;
CREATE TRIGGER duty_swap_append_only_d BEFORE DELETE ON duty_swap
BEGIN SELECT RAISE(ABORT, 'swaps are append-only'); END;
CREATE TRIGGER duty_attendance_append_only_u BEFORE UPDATE ON duty_attendance
BEGIN SELECT RAISE(ABORT, 'sign-ins are append-only'); END;
CREATE TRIGGER duty_attendance_append_only_d BEFORE DELETE ON duty_attendance
BEGIN SELECT RAISE(ABORT, 'sign-ins are append-only'); END;
"""

# The eight-haves checklist (issue 4): each station's record of its eight
# items (photo kept in the database), township inspections with a result for
# every item. Inspection results are not changed once recorded.
MIGRATION_0005 = """
CREATE TABLE "checklist_item" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "item" VARCHAR(255) NOT NULL, "state" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "evidence_date" DATE, "photo" BLOB, "photo_type" VARCHAR(255) NOT NULL, "checked_by_id" VARCHAR(255), "checked_by_name" VARCHAR(255) NOT NULL, "checked_on" DATE NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("checked_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "checklist_item_station_id" ON "checklist_item" ("station_id");
CREATE INDEX "checklist_item_checked_by_id" ON "checklist_item" ("checked_by_id");
CREATE UNIQUE INDEX "checklist_item_station_id_item" ON "checklist_item" ("station_id", "item");
CREATE TABLE "inspection" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "inspector_station_id" VARCHAR(255), "inspector_name" VARCHAR(255) NOT NULL, "day" DATE NOT NULL, "remarks" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("inspector_station_id") REFERENCES "station" ("id") ON DELETE RESTRICT);
CREATE INDEX "inspection_station_id" ON "inspection" ("station_id");
CREATE INDEX "inspection_inspector_station_id" ON "inspection" ("inspector_station_id");
CREATE UNIQUE INDEX "inspection_station_id_day" ON "inspection" ("station_id", "day");
CREATE TABLE "inspection_result" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "inspection_id" VARCHAR(255) NOT NULL, "item" VARCHAR(255) NOT NULL, "state" VARCHAR(255) NOT NULL, "remark" TEXT NOT NULL, "fix_by" DATE, FOREIGN KEY ("inspection_id") REFERENCES "inspection" ("id") ON DELETE RESTRICT);
CREATE INDEX "inspection_result_inspection_id" ON "inspection_result" ("inspection_id");
CREATE UNIQUE INDEX "inspection_result_inspection_id_item" ON "inspection_result" ("inspection_id", "item");
CREATE TRIGGER inspection_result_append_only_u BEFORE UPDATE ON inspection_result
BEGIN SELECT RAISE(ABORT, 'inspection results are kept as recorded'); END;
CREATE TRIGGER inspection_result_append_only_d BEFORE DELETE ON inspection_result
BEGIN SELECT RAISE(ABORT, 'inspection results are kept as recorded'); END;
"""

# Staff training, appointments of officials (下站 / 下访) and the suggestion
# box with its openings and slips (issue 4).
MIGRATION_0006 = """
CREATE TABLE "training" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "day" DATE NOT NULL, "topic" VARCHAR(255) NOT NULL, "given_by_level" VARCHAR(255) NOT NULL, "trainer" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT);
CREATE INDEX "training_station_id" ON "training" ("station_id");
CREATE TABLE "training_attendee" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "training_id" VARCHAR(255) NOT NULL, "staff_id" VARCHAR(255) NOT NULL, FOREIGN KEY ("training_id") REFERENCES "training" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "training_attendee_training_id" ON "training_attendee" ("training_id");
CREATE INDEX "training_attendee_staff_id" ON "training_attendee" ("staff_id");
CREATE UNIQUE INDEX "training_attendee_training_id_staff_id" ON "training_attendee" ("training_id", "staff_id");
CREATE TABLE "appointment" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "official_name" VARCHAR(255) NOT NULL, "office" VARCHAR(255) NOT NULL, "level" VARCHAR(255) NOT NULL, "day" DATE NOT NULL, "time_text" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT);
CREATE INDEX "appointment_station_id" ON "appointment" ("station_id");
CREATE INDEX "appointment_day" ON "appointment" ("day");
CREATE TABLE "appointment_concern" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "appointment_id" VARCHAR(255) NOT NULL, "concern_id" VARCHAR(255) NOT NULL, FOREIGN KEY ("appointment_id") REFERENCES "appointment" ("id") ON DELETE RESTRICT, FOREIGN KEY ("concern_id") REFERENCES "concern" ("id") ON DELETE RESTRICT);
CREATE INDEX "appointment_concern_appointment_id" ON "appointment_concern" ("appointment_id");
CREATE INDEX "appointment_concern_concern_id" ON "appointment_concern" ("concern_id");
CREATE UNIQUE INDEX "appointment_concern_appointment_id_concern_id" ON "appointment_concern" ("appointment_id", "concern_id");
CREATE TABLE "suggestion_box_opening" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "station_id" VARCHAR(255) NOT NULL, "day" DATE NOT NULL, "opened_by_id" VARCHAR(255) NOT NULL, "witnesses" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE RESTRICT, FOREIGN KEY ("opened_by_id") REFERENCES "staff" ("id") ON DELETE RESTRICT);
CREATE INDEX "suggestion_box_opening_station_id" ON "suggestion_box_opening" ("station_id");
CREATE INDEX "suggestion_box_opening_opened_by_id" ON "suggestion_box_opening" ("opened_by_id");
CREATE TABLE "suggestion" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "opening_id" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "signed_name" VARCHAR(255) NOT NULL, "concern_id" VARCHAR(255), "created_at" DATETIME NOT NULL, FOREIGN KEY ("opening_id") REFERENCES "suggestion_box_opening" ("id") ON DELETE RESTRICT, FOREIGN KEY ("concern_id") REFERENCES "concern" ("id") ON DELETE RESTRICT);
CREATE INDEX "suggestion_opening_id" ON "suggestion" ("opening_id");
CREATE INDEX "suggestion_concern_id" ON "suggestion" ("concern_id");
"""

# USB sync (issue 5). This desk's identity and keys; the stations it exchanges
# packages with; the record store (every travelling record's fields with their
# versions, the causal context "vv", and the dots indexed for "what changed
# since"); what this desk knows of each partition; rows changed locally since
# they were last taken into the store (marked by the triggers below); and the
# trips made. A concern event also names the event it was written after, so
# that every desk orders a concern's history the same way whatever its clock.
MIGRATION_0007 = """
CREATE TABLE sync_identity (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), instance_id TEXT NOT NULL, counter INTEGER NOT NULL, lamport INTEGER NOT NULL, sign_private BLOB NOT NULL, sign_public BLOB NOT NULL, box_private BLOB NOT NULL, box_public BLOB NOT NULL, created_at DATETIME NOT NULL);
CREATE TABLE sync_peer (station_id TEXT NOT NULL PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, relation TEXT NOT NULL, sign_public BLOB, box_public BLOB, pairing_key BLOB, paired_on DATE NOT NULL, first_contact_at DATETIME, knows TEXT NOT NULL DEFAULT '{}', sent_seq INTEGER NOT NULL DEFAULT 0, received_seq INTEGER NOT NULL DEFAULT 0);
CREATE TABLE sync_record (model TEXT NOT NULL, pk TEXT NOT NULL, partition TEXT NOT NULL, fields TEXT NOT NULL, vv TEXT NOT NULL, conflicted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (model, pk)) WITHOUT ROWID;
CREATE INDEX sync_record_conflicted ON sync_record (conflicted) WHERE conflicted = 1;
CREATE TABLE sync_dot (model TEXT NOT NULL, pk TEXT NOT NULL, instance TEXT NOT NULL, counter INTEGER NOT NULL, partition TEXT NOT NULL, PRIMARY KEY (model, pk, instance)) WITHOUT ROWID;
CREATE INDEX sync_dot_since ON sync_dot (partition, instance, counter);
CREATE TABLE sync_knowledge (partition TEXT NOT NULL, instance TEXT NOT NULL, counter INTEGER NOT NULL, PRIMARY KEY (partition, instance)) WITHOUT ROWID;
CREATE TABLE sync_dirty (model TEXT NOT NULL, pk TEXT NOT NULL, PRIMARY KEY (model, pk)) WITHOUT ROWID;
CREATE TABLE sync_trip (id TEXT NOT NULL PRIMARY KEY, direction TEXT NOT NULL, package_id TEXT, peer_station_id TEXT, peer_code TEXT NOT NULL, peer_name TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, at_utc DATETIME NOT NULL, local_date DATE NOT NULL, full INTEGER NOT NULL, counts TEXT NOT NULL, status TEXT NOT NULL, message TEXT NOT NULL, staff_name TEXT NOT NULL);
CREATE INDEX sync_trip_at ON sync_trip (at_utc);
CREATE INDEX sync_trip_package ON sync_trip (package_id);
ALTER TABLE concern_event ADD COLUMN prev_id TEXT;
DROP TRIGGER concern_event_append_only_u;
UPDATE concern_event SET prev_id = (SELECT p.id FROM concern_event p WHERE p.concern_id = concern_event.concern_id AND p.seq = concern_event.seq - 1);
CREATE TRIGGER concern_event_append_only_u BEFORE UPDATE ON concern_event
BEGIN SELECT RAISE(ABORT, 'concern events are append-only'); END;
""" + "".join(
    f"""CREATE TRIGGER sync_dirty_{t}_i AFTER INSERT ON {t} BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('{t}', NEW.{k}); END;
CREATE TRIGGER sync_dirty_{t}_u AFTER UPDATE ON {t} BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('{t}', NEW.{k}); END;
CREATE TRIGGER sync_dirty_{t}_d AFTER DELETE ON {t} BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('{t}', OLD.{k}); END;
INSERT OR IGNORE INTO sync_dirty SELECT '{t}', {k} FROM {t};
""" for t, k in (
        ("station", "id"), ("staff", "id"), ("villager", "id"), ("visit", "id"),
        ("visit_visitor", "id"), ("concern", "id"), ("concern_event", "id"),
        ("supervisor", "id"), ("supervisor_rating", "id"), ("evaluation_session", "id"),
        ("survey_tally", "id"), ("holiday_day", "id"), ("staff_leave", "id"),
        ("duty_roster", "id"), ("duty_shift", "id"), ("duty_swap", "id"),
        ("duty_attendance", "id"), ("checklist_item", "id"), ("inspection", "id"),
        ("inspection_result", "id"), ("training", "id"), ("training_attendee", "id"),
        ("appointment", "id"), ("appointment_concern", "id"),
        ("suggestion_box_opening", "id"), ("suggestion", "id"), ("setting", "key")))

# The audit trail (issue 6): every change to an application table, who made
# it and when, in a hash chain (models/safety/audit.py). The triggers that fill it
# are generated from each table's columns by models.safety.audit.ensure_triggers,
# which models.core.db.open_database runs after the migrations; the rows already
# there are logged once as a baseline then.
MIGRATION_0008 = """
CREATE TABLE audit_log (seq INTEGER NOT NULL PRIMARY KEY, at_utc TEXT NOT NULL, actor_name TEXT NOT NULL, actor_staff_id TEXT, table_name TEXT NOT NULL, row_key TEXT NOT NULL, op TEXT NOT NULL, data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TRIGGER audit_log_append_only_u BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_d BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""

# Sign-in (issue 6): each staff member's PIN or password, only as a salted
# scrypt hash with its parameters, and the failed attempts and lock-outs
# (models/station/accounts.py). Kept on this desk only: no sync triggers, so PINs
# never travel on a USB stick.
MIGRATION_0009 = """
CREATE TABLE staff_credential (staff_id TEXT NOT NULL PRIMARY KEY, secret_hash TEXT NOT NULL, kind TEXT NOT NULL, must_change INTEGER NOT NULL DEFAULT 0, set_at DATETIME NOT NULL, set_by TEXT NOT NULL DEFAULT '', failures INTEGER NOT NULL DEFAULT 0, lockouts INTEGER NOT NULL DEFAULT 0, locked_until DATETIME, last_sign_in DATETIME, FOREIGN KEY (staff_id) REFERENCES staff (id) ON DELETE RESTRICT);
"""

# The search index's row for a concern is found by a key, not by scanning:
# concern_id is UNINDEXED in the FTS5 table, so deleting a concern's old text
# read the whole table (a township or county desk with many concerns paid for
# it on every event it wrote, and a sync import quadratically).
MIGRATION_0010 = """
CREATE TABLE concern_fts_key (concern_id TEXT NOT NULL PRIMARY KEY, fts_rowid INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO concern_fts_key (concern_id, fts_rowid) SELECT concern_id, MAX(rowid) FROM concern_fts GROUP BY concern_id;
DELETE FROM concern_fts WHERE rowid NOT IN (SELECT fts_rowid FROM concern_fts_key);
"""

# Search newest-first from an index for words of any length (issue 15): the
# trigram table gets rowids in registration order and the station, and a
# second, character-per-token table answers one- and two-character words
# (models/core/search_index.py). Python, because the second table's text is
# spaced out character by character.
def MIGRATION_0011(database: peewee.SqliteDatabase) -> None:
    from models.core.search_index import migrate_to_registration_order

    migrate_to_registration_order(database)


# After a restore (issue 14): the desk's former sync instance ids and how far
# this file holds their writes (``sync_lineage``); what each peer's desk is
# now and which of its ids are gone (``sync_peer.instance_id`` / ``retired``),
# so that a peer that went back in time is believed again; the packages
# received per sender instance and number (``sync_received``: two packages
# with one number from one instance are two desks sharing one file); and the
# highest case number a station had issued before its desk was restored
# (``case_number_floor``), so that no number is issued twice.
MIGRATION_0012 = """
CREATE TABLE sync_lineage (instance_id TEXT NOT NULL PRIMARY KEY, counter INTEGER NOT NULL, retired_at DATETIME NOT NULL);
ALTER TABLE sync_peer ADD COLUMN instance_id TEXT;
ALTER TABLE sync_peer ADD COLUMN retired TEXT NOT NULL DEFAULT '[]';
CREATE TABLE sync_received (instance_id TEXT NOT NULL, seq INTEGER NOT NULL, package_id TEXT NOT NULL, peer_station_id TEXT NOT NULL, file_name TEXT NOT NULL, created TEXT NOT NULL, PRIMARY KEY (instance_id, seq));
CREATE TABLE case_number_floor (station_id TEXT NOT NULL, year INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (station_id, year));
"""

# 督办 / 催办 (issue 17): a higher level's notices on a station's concern and
# the station's answers are concern events (models/concerns/oversight.py);
# the lists of notices waiting and the notice numbers are read by kind.
MIGRATION_0013 = """
CREATE INDEX concern_event_oversight_notice ON concern_event (concern_id) WHERE kind = 'oversight_notice';
CREATE INDEX concern_event_oversight_answer ON concern_event (concern_id) WHERE kind = 'oversight_answer';
"""

# Data age (issue 17): each desk stamps its own station's row each time it
# sends a package up (``models.station.data_age.stamp``); the row travels in
# the station's partition, so a township and a county read how old each
# station's data is, even for villages they never receive a package from.
MIGRATION_0014 = """
CREATE TABLE data_stamp (id TEXT NOT NULL PRIMARY KEY, station_id TEXT NOT NULL, at_utc DATETIME NOT NULL, local_date DATE NOT NULL, local_time TEXT NOT NULL, FOREIGN KEY (station_id) REFERENCES station (id) ON DELETE RESTRICT);
CREATE TRIGGER sync_dirty_data_stamp_i AFTER INSERT ON data_stamp BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('data_stamp', NEW.id); END;
CREATE TRIGGER sync_dirty_data_stamp_u AFTER UPDATE ON data_stamp BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('data_stamp', NEW.id); END;
CREATE TRIGGER sync_dirty_data_stamp_d AFTER DELETE ON data_stamp BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('data_stamp', OLD.id); END;
"""

# 延期 (issue 17): a deadline extension asked and decided are concern events
# (models/concerns/extensions.py); the requests waiting for a decision are
# read by kind.
MIGRATION_0015 = """
CREATE INDEX concern_event_extension_requested ON concern_event (concern_id) WHERE kind = 'extension_requested';
CREATE INDEX concern_event_extension_decided ON concern_event (concern_id) WHERE kind = 'extension_decided';
"""

# County-scale counting (issue 15). The statistics read each station's
# concerns and visits of a period from one range of a covering index (no row
# of the table itself; models/figures/periods.py), and the lists' "waiting
# for the higher level" reads a concern's event kinds from the index alone.
MIGRATION_0016 = """
CREATE INDEX concern_figures ON concern (station_id, registered_on, hamlet_id, outcome, satisfaction, deadline, closed_on, function, rule);
CREATE INDEX visit_figures ON visit (station_id, local_date, headcount);
CREATE INDEX concern_event_concern_id_kind ON concern_event (concern_id, kind);
"""

# Search by a villager (issue 15): pinyin initials or phone digits find
# villagers, then their concerns and the concerns of the visits they came on;
# with these the hundreds of villagers' concerns are read from indexes alone
# (their rows of the large concern and visit_visitor tables are not read).
# They replace the single-column indexes they begin with.
MIGRATION_0017 = """
CREATE INDEX concern_villager_id_id ON concern (villager_id, id);
CREATE INDEX concern_visit_id_id ON concern (visit_id, id);
CREATE INDEX visit_visitor_villager_id_visit_id ON visit_visitor (villager_id, visit_id);
DROP INDEX concern_villager_id;
DROP INDEX concern_visit_id;
DROP INDEX visit_visitor_villager_id;
"""

# 回访 (issue 17): a resolved concern's follow-up due date, folded from its
# events (the close writes it, a follow-up that reached nobody moves it, a
# follow-up answered or a reopen clears it; models/concerns/followup.py), and
# the desk's list of follow-ups due read from this index in date order.
# Concerns resolved before this migration have none: nobody calls them back.
MIGRATION_0018 = """
ALTER TABLE concern ADD COLUMN follow_up_due DATE;
CREATE INDEX concern_follow_up_due ON concern (station_id, follow_up_due, case_number, id) WHERE follow_up_due IS NOT NULL;
"""

MIGRATIONS: list[tuple[int, object]] = [
    (1, MIGRATION_0001),
    (2, MIGRATION_0002),
    (3, MIGRATION_0003),
    (4, MIGRATION_0004),
    (5, MIGRATION_0005),
    (6, MIGRATION_0006),
    (7, MIGRATION_0007),
    (8, MIGRATION_0008),
    (9, MIGRATION_0009),
    (10, MIGRATION_0010),
    (11, MIGRATION_0011),
    (12, MIGRATION_0012),
    (13, MIGRATION_0013),
    (14, MIGRATION_0014),
    (15, MIGRATION_0015),
    (16, MIGRATION_0016),
    (17, MIGRATION_0017),
    (18, MIGRATION_0018),
]

LATEST = MIGRATIONS[-1][0]


class NewerSchemaError(RuntimeError):
    """The file was written by a newer version of the app; opening it could lose data."""


def current_version(database: peewee.SqliteDatabase) -> int:
    database.execute_sql(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
    )
    row = database.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def _statements(script: str):
    """Split a migration script into statements (trigger bodies kept whole)."""
    import sqlite3

    buf = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf.strip()
            buf = ""
    if buf.strip():
        raise ValueError("incomplete SQL statement in migration: " + buf[:80])


def migrate(database: peewee.SqliteDatabase) -> int:
    """Apply every migration newer than the database's version; return it."""
    version = current_version(database)
    if version > LATEST:
        raise NewerSchemaError(
            f"这个数据文件是较新版本的软件建立的（数据版本 {version}，本软件只认识到 {LATEST}），"
            "请安装新版本后再打开。")
    for number, script in MIGRATIONS:
        if number <= version:
            continue
        with database.atomic():
            if callable(script):
                script(database)
            else:
                for statement in _statements(script):
                    database.execute_sql(statement)
            database.execute_sql("INSERT INTO schema_version (version) VALUES (?)", (number,))
        version = number
    return version
