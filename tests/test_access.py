"""Roles are enforced in models/ (and sync/): each role × each permission,
done through the real function that needs it (allowed and refused) — the
sync export, a backup, a restore and the audit chain's check included;
confidential concerns seen only by the head and the handler; masking; the
actor outside and inside a GUI session; docs/roles.md generated from the one
table."""
from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from models.concerns import intake, outreach, oversight, search, timeline, villagers, workflow
from models.concerns.workflow import ConcernInput
from models.core import access, settings
from models.core.errors import ValidationError
from models.core.schema import ConcernEvent, Staff
from models.figures import reporting
from models.figures.dashboard import concern_rows, open_concerns
from models.safety import audit, backup, restore
from models.station import checklist, roster, stations, supervision
from tests.conftest import NOW, TODAY

ROOT = Path(__file__).resolve().parent.parent
PHONE, ID_NUMBER = "13812345678", "450000199001011233"
MASKED_PHONE, MASKED_ID_NUMBER = "138****5678", "450000********1233"


@pytest.fixture(autouse=True)
def fresh_actor():
    access.end_gui_session()
    yield
    access.end_gui_session()


@pytest.fixture
def desk(station):
    """The test station with one person of every role, an ordinary concern,
    a confidential one handled by the clerk, and a mediation case."""
    people = {s.role: s for s in stations.all_staff(station)}
    for role in access.ROLES:
        if role not in people:
            people[role] = stations.add_staff(station, f"测试{role}"[:10], role=role)
    villager = villagers.register_villager(station, "张三", PHONE, ID_NUMBER)
    handler = stations.add_staff(station, "赵承办", role="hamlet_cadre")
    _, (plain, secret, mediation) = intake.receive_visit(station, "walk_in", [villager], [
        ConcernInput(villager, "suggestion", "time_limited", "路灯不亮", deadline=TODAY),
        ConcernInput(villager, "dispute", "confidential", "家庭纠纷", handler=handler),
        ConcernInput(villager, "dispute", "mediate_on_site", "宅基地纠纷"),
    ], at=NOW)
    workflow.record_mediation(mediation, None, ["张三", "李四"], "占地", "各退一步", at=NOW)
    sup = supervision.add_supervisor(station, "监督甲", "committee", TODAY)
    return dict(station=station, people=people, plain=plain, secret=secret, handler=handler,
                mediation=mediation, villager=villager, supervisor=sup)


_n = itertools.count()


def _new_name(prefix: str) -> str:
    return prefix + "甲乙丙丁戊己庚辛壬癸"[next(_n) % 10] + "子丑寅卯辰巳午未申酉"[next(_n) % 10]


def _do(permission: str, d: dict, me: Staff):
    """The model call that needs ``permission``, done as ``me``."""
    st, plain = d["station"], d["plain"]
    if permission == "concern.view":
        return timeline.get_concern(plain.id)
    if permission == "concern.view_confidential":
        return timeline.get_concern(d["secret"].id)
    if permission == "concern.register":
        return intake.receive_visit(st, "walk_in", [d["villager"]],
                                    [ConcernInput(d["villager"], "suggestion", "answer_on_spot",
                                                  "问低保政策")], at=NOW)
    if permission == "concern.act":
        return workflow.add_note(plain, None, "打电话问了进度", at=NOW)
    if permission == "concern.oversee":  # chasing a concern of a station below: a hamlet point's
        with access.acting_as(access.SYSTEM):
            _, (below,) = intake.receive_visit(stations.hamlets(st)[0], "walk_in", [d["villager"]], [
                ConcernInput(d["villager"], "suggestion", "time_limited", "屯里路灯不亮", deadline=TODAY)],
                at=NOW)
        return oversight.issue_notice(below, "urge", "请抓紧办理", TODAY, "村支书", at=NOW)
    if permission == "extension.approve":  # the station head decides its own station's requests
        from models.concerns import extensions

        with access.acting_as(access.SYSTEM):
            _, (asked,) = intake.receive_visit(st, "walk_in", [d["villager"]], [
                ConcernInput(d["villager"], "suggestion", "time_limited", "修村道", deadline=TODAY)], at=NOW)
            request = extensions.request_extension(asked, TODAY + dt.timedelta(days=9), "等施工队", at=NOW)
        return extensions.decide_extension(request.id, True, at=NOW)
    if permission == "person.view_phone":
        granted = me.role in access.GRANTS[permission]
        assert access.shown_phone(PHONE) == (PHONE if granted else MASKED_PHONE), me.role
        view = timeline.concern_view(timeline.get_concern(plain.id), TODAY)
        assert view.villager_phone == (PHONE if granted else MASKED_PHONE), me.role
        return access.require(permission)
    if permission == "person.view_id_number":
        granted = me.role in access.GRANTS[permission]
        assert access.shown_id_number(ID_NUMBER) == (ID_NUMBER if granted else MASKED_ID_NUMBER), me.role
        return access.require(permission)
    if permission == "staff.manage":
        return stations.add_staff(st, _new_name("新人"))
    if permission == "settings.change":
        return settings.set_deadline_days("time_limited", 9)
    if permission == "roster.edit":
        return roster.save_rules(st, 1, 3, [0, 1, 2, 3, 4])
    if permission == "roster.attend":
        return roster.sign_in(st, me, NOW)
    if permission == "checklist.record":
        return checklist.check_item(st, "office", "ok", "挂牌", today=TODAY)
    if permission == "outreach.record":
        return outreach.book_appointment(st, "research", "王科长", "民政局", "county",
                                         TODAY + dt.timedelta(days=3), today=TODAY)
    if permission == "supervision.manage":
        return supervision.add_supervisor(st, _new_name("监督"), "committee", TODAY)
    if permission == "rate":
        return supervision.rate_concern(plain, _fresh_supervisor(st), "satisfied", TODAY)
    if permission == "report.print":
        return reporting.report_data("ledger", st, TODAY.replace(day=1), TODAY, today=TODAY)
    if permission == "report.case":
        return reporting.mediation_data(st, d["mediation"].case_number, TODAY)
    if permission == "person.record":
        from models.concerns.villager_record import villager_record

        return villager_record(d["villager"], TODAY)
    if permission == "ledger.import":
        return workflow.transcribe_from_paper(plain, None, "由纸质台账转录", f"k{next(_n)}", NOW)
    if permission == "sync.run":
        from sync import engine

        try:
            return engine.export_package(backup.live_path().parent)
        except engine.SyncRefused as refused:  # past the role check: this desk has no peer to send to
            assert refused.reason == "not_paired", refused.message
            return None
    if permission == "backup.make":
        return backup.make_backup(backup.MANUAL)
    if permission == "backup.restore":
        with access.acting_as(access.SYSTEM):
            saved = backup.make_backup(backup.MANUAL)
        return restore.restore(saved.path)
    if permission == "audit.verify":
        report = audit.verify_chain()
        assert report.ok, report.problems
        return report
    raise AssertionError(f"no model call for {permission}: add one to _do")


def _fresh_supervisor(st):
    with access.acting_as(access.SYSTEM):
        return supervision.add_supervisor(st, _new_name("监督"), "committee", TODAY)


@pytest.mark.parametrize("permission", list(access.PERMISSIONS))
def test_each_role_is_allowed_or_refused_each_permission_in_the_models(desk, permission):
    for role in access.ROLES:
        me = desk["people"][role]
        granted = role in access.GRANTS[permission]
        with access.acting_as(access.actor_for(me)):
            if granted:
                _do(permission, desk, me)  # no refusal
            else:
                with pytest.raises(access.NotAllowed) as refused:
                    _do(permission, desk, me)
                message = refused.value.message
                assert me.name in message or "涉密涉私" in message
                assert "站长" in message


def test_a_refusal_saves_nothing(desk, table_counts):
    before = table_counts()
    with access.acting_as(access.actor_for(desk["people"]["supervisor"])):
        for call in (lambda: workflow.add_note(desk["plain"], None, "不该保存"),
                     lambda: stations.add_staff(desk["station"], "冒名者"),
                     lambda: settings.set_deadline_days("time_limited", 3)):
            with pytest.raises(ValidationError):
                call()
    assert table_counts() == before


def _rows() -> dict[str, list[str]]:
    """Every row of every table of the open database (what "nothing changed" means)."""
    from models.core.db import db

    names = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'concern_fts%' ORDER BY name")]
    return {t: sorted(map(repr, db.execute_sql(f'SELECT * FROM "{t}"').fetchall())) for t in names}


def _without(permission: str) -> list[str]:
    roles = [r for r in access.ROLES if r not in access.GRANTS[permission]]
    assert roles, f"every role has {permission}"
    return roles


def test_a_backup_or_a_restore_by_a_role_without_the_permission_is_refused_and_changes_nothing(desk):
    with access.acting_as(access.SYSTEM):
        saved = backup.make_backup(backup.MANUAL)
    later = workflow.add_note(desk["plain"], None, "备份之后写的", at=NOW)  # a restore would lose it
    folder = saved.path.parent
    files, rows = sorted(folder.iterdir()), _rows()
    for role in _without("backup.make"):
        with access.acting_as(access.actor_for(desk["people"][role])), \
                pytest.raises(access.NotAllowed) as refused:
            backup.make_backup(backup.MANUAL)
        assert refused.value.permission == "backup.make"
        assert desk["people"][role].name in refused.value.message
    for role in _without("backup.restore"):
        with access.acting_as(access.actor_for(desk["people"][role])):
            for attempt in (lambda: restore.restore(saved.path), lambda: restore.restore_data(saved.path)):
                with pytest.raises(access.NotAllowed) as refused:
                    attempt()
                assert refused.value.permission == "backup.restore"
    assert sorted(folder.iterdir()) == files  # no backup made, not even the one before a restore
    assert _rows() == rows
    assert ConcernEvent.get_or_none(ConcernEvent.id == later.id) is not None
    # the head may: the note written after the backup is gone
    with access.acting_as(access.actor_for(desk["people"]["head"])):
        restore.restore(saved.path)
    assert ConcernEvent.get_or_none(ConcernEvent.id == later.id) is None


def test_sync_by_a_role_without_sync_run_is_refused_and_changes_nothing(tmp_path):
    """The real export and import, between two paired desks, as a
    supervisor of each: refused, no package written, neither desk changed."""
    from sync import engine

    from . import sync_desks as sd

    township, village = sd.build_network(tmp_path / "desks", villages=1)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        package = sd.export(village, township, stick)
        people = {}
        for desk in (township, village):
            desk.open()
            people[desk.label] = {role: stations.add_staff(desk.station(), f"无权{role}"[:10], role=role)
                                  for role in _without("sync.run")}
        village.open()
        villagers.register_villager(village.station(), "韦明", "13912345678")  # something to send
        before = {d.label: sd.content_digest(d) for d in (township, village)}
        for role in _without("sync.run"):
            village.open()
            with access.acting_as(access.actor_for(people[village.label][role])):
                with pytest.raises(access.NotAllowed) as refused:
                    engine.export_package(stick, township.code)
                assert refused.value.permission == "sync.run"
            township.open()
            with access.acting_as(access.actor_for(people[township.label][role])):
                for dry_run in (True, False):
                    with pytest.raises(access.NotAllowed):
                        engine.import_package(package, dry_run=dry_run)
        assert sorted(p.name for p in stick.iterdir()) == [package.name]
        assert {d.label: sd.content_digest(d) for d in (township, village)} == before
        # a clerk may carry the stick
        for desk, other in ((village, township), (township, village)):
            desk.open()
            clerk = next(s for s in stations.all_staff(desk.station()) if s.role == "clerk")
            with access.acting_as(access.actor_for(clerk)):
                sent = engine.export_package(stick, other.code).path
            other.open()
            clerk = next(s for s in stations.all_staff(other.station()) if s.role == "clerk")
            with access.acting_as(access.actor_for(clerk)):
                assert engine.import_package(sent).applied
    finally:
        sd.close()


def test_verifying_the_audit_chain_is_refused_on_a_locked_desk(desk, table_counts):
    """Every role may check the chain (the table gives audit.verify to all):
    nobody signed in may not."""
    before = table_counts()
    access.begin_gui_session()
    with pytest.raises(access.NotAllowed, match="请先选自己的名字") as refused:
        audit.verify_chain()
    assert refused.value.permission == "audit.verify"
    assert table_counts() == before
    for role in access.ROLES:
        with access.acting_as(access.actor_for(desk["people"][role])):
            assert audit.verify_chain().ok, role


def test_the_handler_sees_and_handles_their_confidential_concern(desk):
    secret = desk["secret"]
    for role in access.ROLES:
        actor = access.actor_for(desk["people"][role])
        assert access.can_see(secret, actor) is (role == "head"), role
    handler = access.actor_for(desk["handler"])  # a hamlet cadre, handling this one
    assert access.can_see(secret, handler)
    with access.acting_as(handler):
        workflow.add_note(secret, None, "私下回访了", at=NOW)
        assert timeline.get_concern(secret.id).id == secret.id
    with access.acting_as(access.actor_for(desk["people"]["hamlet_cadre"])):
        with pytest.raises(access.NotAllowed, match="涉密涉私"):
            workflow.add_note(secret, None, "想看看")
        with pytest.raises(access.NotAllowed, match="只有站长和承办人"):
            timeline.get_concern(secret.id)


def test_lists_mask_confidential_concerns_and_search_hides_them(desk):
    st, secret = desk["station"], desk["secret"]
    for who, sees in [("hamlet_cadre", False), ("supervisor", False), ("clerk", False),
                      ("head", True), ("handler", True)]:
        person = desk["handler"] if who == "handler" else desk["people"][who]
        role = who
        with access.acting_as(access.actor_for(person)):
            rows = concern_rows(open_concerns(st), TODAY)
            assert secret.id in [r.id for r in rows]  # still counted on the home screen
            row = next(r for r in rows if r.id == secret.id)
            assert (row.summary == "家庭纠纷") is sees, role
            assert (row.villager_name == "张三") is sees, role
            if not sees:
                assert row.summary == access.CONFIDENTIAL_SUMMARY and row.villager_name == "张*"
            found = [c.id for c in search.search_concerns(st, "家庭纠纷")]
            assert (secret.id in found) is sees, role
            found = [c.id for c in search.search_concerns(st, secret.case_number)]
            assert (secret.id in found) is sees, role


def test_phones_and_id_numbers_are_masked_for_roles_that_do_not_need_them(desk):
    phone, idn = PHONE, ID_NUMBER
    for role in access.ROLES:
        actor = access.actor_for(desk["people"][role])
        shown_phone = access.shown_phone(phone, actor)
        shown_id = access.shown_id_number(idn, actor)
        if role in access.GRANTS["person.view_phone"]:
            assert shown_phone == phone
        else:
            assert shown_phone == MASKED_PHONE
        if role in access.GRANTS["person.view_id_number"]:
            assert shown_id == idn
        else:
            assert shown_id == MASKED_ID_NUMBER
    with access.acting_as(access.actor_for(desk["people"]["supervisor"])):
        view = timeline.concern_view(timeline.get_concern(desk["plain"].id), TODAY)
        assert view.villager_phone == MASKED_PHONE
    assert "supervisor" not in access.GRANTS["person.view_phone"]


def test_outside_a_gui_session_the_actor_is_the_command_line(desk):
    assert access.current() is access.SYSTEM and access.current().name == "命令行"
    for permission in access.PERMISSIONS:
        access.require(permission, desk["secret"])


def test_a_locked_gui_desk_refuses_everything(desk):
    access.begin_gui_session()
    assert access.current() is access.NOBODY
    for permission in access.PERMISSIONS:
        with pytest.raises(access.NotAllowed, match="请先选自己的名字"):
            access.require(permission)
    with pytest.raises(access.NotAllowed):
        workflow.add_note(desk["plain"], None, "锁着也想写")
    with pytest.raises(access.NotAllowed):
        timeline.get_concern(desk["plain"].id)
    assert search.search_concerns(desk["station"], "路灯") == []


def test_events_written_while_signed_in_name_the_signed_in_person(desk):
    from models.station import accounts

    clerk = desk["people"]["clerk"]
    with access.acting_as(access.SYSTEM):
        accounts.reset_secret(clerk, "2580")
    access.begin_gui_session()
    accounts.sign_in(clerk, "2580")
    event = workflow.add_note(desk["plain"], None, "回访了村民", at=NOW)
    assert event.staff_id == clerk.id
    visit, _ = intake.receive_visit(desk["station"], "walk_in", [desk["villager"]],
                                    [ConcernInput(desk["villager"], "suggestion", "answer_on_spot",
                                                  "问医保")], at=NOW)
    assert visit.recorded_by_id == clerk.id
    assert all(e.staff_id == clerk.id for e in
               ConcernEvent.select().where(ConcernEvent.concern.in_(visit.concerns)))
    from models.safety import audit

    assert audit.current_actor() == (clerk.name, clerk.id)
    access.lock()
    assert access.current() is access.NOBODY
    assert audit.current_actor()[1] is None
    with pytest.raises(access.NotAllowed):
        workflow.add_note(desk["plain"], None, "锁屏后")


def test_the_head_keeps_at_least_one_head(desk):
    head = desk["people"]["head"]
    with pytest.raises(ValidationError, match="至少要有一名在岗的站长"):
        stations.set_staff_role(head, "clerk")
    stations.set_staff_role(desk["people"]["clerk"], "head")
    stations.set_staff_role(head, "clerk")
    assert Staff.get_by_id(head.id).role == "clerk"


def test_every_permission_has_a_plain_chinese_description_and_known_roles():
    assert len(access.PERMISSIONS) == len(access.TABLE)
    for name, what, roles in access.TABLE:
        assert what and not what.isascii(), name
        assert roles <= set(access.ROLES), name
    from models.core.vocab import STAFF_ROLES

    assert set(access.ROLES) == set(STAFF_ROLES)
    assert not any(access.has(p, access.actor_for(_Staffish("supervisor")))
                   for p in ("concern.register", "concern.act", "staff.manage", "settings.change",
                             "roster.edit", "ledger.import"))  # supervisors read and rate


class _Staffish:
    def __init__(self, role):
        self.name, self.role, self.id, self.station_id = "某人", role, "x", "y"


def test_docs_roles_md_is_generated_from_the_table():
    doc = (ROOT / "docs" / "roles.md").read_text(encoding="utf-8")
    assert doc == access.roles_markdown(), \
        "docs/roles.md is out of date: run models.core.access.write_roles_doc()"
    for name in access.PERMISSIONS:
        assert f"`{name}`" in doc
