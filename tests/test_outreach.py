"""Training, appointments and the suggestion box."""
from __future__ import annotations

import datetime as dt

import pytest

from models.concerns import outreach
from models.concerns.villagers import register_villager
from models.core.db import db as proxy
from models.core.errors import ValidationError
from models.core.outreach_schema import OUTREACH_TABLES, Appointment, Suggestion, SuggestionBoxOpening
from models.core.schema import Concern
from models.station import stations

D = dt.date


def test_outreach_tables_match_the_models(db):
    for model in OUTREACH_TABLES:
        columns = {r[1] for r in proxy.execute_sql(f'PRAGMA table_info("{model._meta.table_name}")')}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, model


def test_the_training_cascade_per_person(station):
    head, clerk = stations.active_staff(station)
    outreach.record_training(station, D(2026, 3, 2), "回应站工作规范", "county", [head], "县委组织部")
    outreach.record_training(station, D(2026, 3, 9), "回应站工作规范（转训）", "township", [head, clerk])
    outreach.record_training(station, D(2026, 3, 16), "台账登记", "village", [clerk], head.name)
    assert [(r.level, r.topic) for r in outreach.training_of(head)] == [
        ("县级培训", "回应站工作规范"), ("乡镇培训", "回应站工作规范（转训）")]
    assert [r.level for r in outreach.training_of(clerk)] == ["乡镇培训", "村级培训"]
    with pytest.raises(ValidationError, match="至少选择一名"):
        outreach.record_training(station, D(2026, 3, 2), "x", "county", [])


def _concern(station, summary="村道修缮需县交通局解决", rule="escalate_visit"):
    from models.concerns.intake import receive_visit
    from models.concerns.workflow import ConcernInput

    v = register_villager(station, "蒙大伯", "13912345678")
    _, (c,) = receive_visit(station, "walk_in", [v], [ConcernInput(v, "proxy_service", rule, summary)],
                            at=dt.datetime(2026, 11, 10, 10, 0))
    return c


def test_an_appointment_with_its_concerns_shows_on_its_day(station):
    c = _concern(station)
    outreach.book_appointment(station, "reception", "韦科长", "县交通运输局", "county",
                              D(2026, 11, 25), "上午9:00", [c], today=D(2026, 11, 20))
    outreach.book_appointment(station, "research", "陆干事", "城中镇党政办", "township",
                              D(2026, 11, 25), "下午", today=D(2026, 11, 20))
    rows = outreach.appointments_on(station, D(2026, 11, 25))
    assert [r.kind_label for r in rows] == ["下访接待", "下站调研"]
    assert rows[0].concerns == [(c.case_number, c.summary, False)]
    assert outreach.appointments_on(station, D(2026, 11, 24)) == []
    with pytest.raises(ValidationError, match="选择要接待的事项"):
        outreach.book_appointment(station, "reception", "韦科长", "县交通运输局", "county",
                                  D(2026, 11, 26), today=D(2026, 11, 20))
    with pytest.raises(ValidationError, match="不能早于今天"):
        outreach.book_appointment(station, "research", "韦科长", "县交通运输局", "county",
                                  D(2026, 11, 1), today=D(2026, 11, 20))
    assert Appointment.select().count() == 2


def test_a_suggestion_becomes_a_concern_and_keeps_its_link(station):
    head = stations.active_staff(station)[0]
    opening = outreach.open_box(station, D(2026, 11, 16), head, "村监委会主任黄某、党员代表李某",
                                [("建议在村小门口装减速带，上学时段车速太快。", ""),
                                 ("希望多组织农技培训。", "蒙大伯")], today=D(2026, 11, 20))
    slips = list(Suggestion.select().where(Suggestion.opening == opening).order_by(Suggestion.text))
    assert len(slips) == 2
    slip = [s for s in slips if s.signed_name == ""][0]
    concern = outreach.suggestion_to_concern(slip, "time_limited", "村小门口装减速带", staff=head)
    assert concern.function == "suggestion" and concern.visit.channel == "suggestion_box"
    assert concern.details == "建议在村小门口装减速带，上学时段车速太快。"
    assert Suggestion.get_by_id(slip.id).concern_id == concern.id
    assert concern.villager.name == outreach.ANONYMOUS
    with pytest.raises(ValidationError, match="已经登记为事项"):
        outreach.suggestion_to_concern(Suggestion.get_by_id(slip.id), "time_limited")
    assert Concern.select().count() == 1


def test_an_opening_without_witnesses_is_refused(station):
    head = stations.active_staff(station)[0]
    with pytest.raises(ValidationError, match="见证人"):
        outreach.open_box(station, D(2026, 11, 16), head, " ", [("x", "")])
    assert SuggestionBoxOpening.select().count() == 0 and Suggestion.select().count() == 0


def test_the_appointments_notice_names_officials_but_no_villager(station, tmp_path):
    import subprocess

    import reports
    from models.figures import reporting

    c = _concern(station, "宅基地纠纷需县自然资源局处理")
    outreach.book_appointment(station, "reception", "韦科长", "县自然资源局", "county",
                              D(2026, 11, 25), "上午9:00", [c], today=D(2026, 11, 20))
    outreach.book_appointment(station, "research", "陆干事", "城中镇党政办", "township",
                              D(2026, 12, 2), today=D(2026, 11, 20))
    data = reporting.report_data("appointments", station, today=D(2026, 11, 20))
    assert [r.official for r in data.rows] == ["韦科长", "陆干事"]       # the coming 30 days
    path = tmp_path / "appointments.pdf"
    assert reports.render("appointments", data, path, paper="A3") == 1
    for check in (["qpdf", "--check", str(path)],):
        assert subprocess.run(check, capture_output=True).returncode == 0
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])   # every font embedded
    body = "".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                  text=True).stdout.split())
    assert "下访接待公告" in body and "韦科长" in body and "县自然资源局" in body
    assert "11月25日（周三）" in body and "已预约事项1件" in body and "下站调研" in body
    assert "蒙大伯" not in body and "宅基地" not in body
