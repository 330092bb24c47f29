"""A villager's own records printed at their request (issue 16, PIPL art. 45):
everything the desk holds about one person, with the case numbers, as a real
PDF read back with pdftotext and looked at as a PNG; the station head only;
every print an entry in the audit chain; the command line prints it too."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from commands.villager_record import write_record
from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core import access, clock
from models.core.db import db as database
from models.core.errors import ValidationError
from models.core.schema import Staff
from models.safety import audit

ROOT = Path(__file__).resolve().parents[1]


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture
def person(station):
    me = register_villager(station, "覃美兰", "13977123456")
    other = register_villager(station, "黄强", "13900001111")
    _, concerns = receive_visit(station, "walk_in", [me, other], [
        ConcernInput(me, "dispute", "mediate_on_site", "宅基地边界纠纷", details="与邻居对东墙位置有争议"),
        ConcernInput(me, "emotion", "confidential", "家庭矛盾需要疏导", confidential=True),
        ConcernInput(other, "suggestion", "time_limited", "路灯坏了",
                     deadline=clock.today() + dt.timedelta(days=5))])
    workflow.record_mediation(concerns[0], None, ["覃美兰", "韦大山"], "双方陈述了东墙的位置。",
                              "重新测量后双方签字确认。")
    return me, concerns


def test_the_head_prints_everything_about_one_person_with_case_numbers(person, tmp_path):
    me, concerns = person
    head = Staff.get(Staff.role == "head")
    before = database.execute_sql("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    with access.acting_as(access.actor_for(head)):
        pages = write_record("覃美兰", tmp_path / "record.pdf")
    assert pages >= 1
    text = _text(tmp_path / "record.pdf").replace(" ", "")
    for expected in ("村民个人记录", "覃美兰", "13977123456", concerns[0].case_number, concerns[1].case_number,
                     "宅基地边界纠纷", "与邻居对东墙位置有争议", "家庭矛盾需要疏导", "重新测量后双方签字确认",
                     "黄强", "现场调解", "王站长"):
        assert expected in text, expected
    assert concerns[2].case_number not in text and "路灯坏了" not in text  # the other person's own
    # the print is in the audit chain: whose, which case numbers, by whom — and the chain holds
    rows = database.execute_sql("SELECT seq, table_name, row_key, op, data, actor_name FROM audit_log "
                                "ORDER BY seq DESC LIMIT 1").fetchall()
    (seq, table, key, op, data, actor), = rows
    assert (table, key, op, actor) == ("villager", me.id, audit.ACCESS_OP, "王站长")
    assert json.loads(data)["concerns"] == [concerns[0].case_number, concerns[1].case_number]
    assert seq == before + 1
    assert audit.verify_chain().ok
    # Chinese renders: the page as an image has ink where the title is
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(tmp_path / "record.pdf"),
                    str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    from PIL import Image

    img = Image.open(png).convert("L")
    top = img.crop((0, int(img.height * 0.05), img.width, int(img.height * 0.2)))
    assert min(top.getdata()) < 100  # dark glyphs, not empty boxes of nothing


def test_a_clerk_is_refused_in_plain_chinese_and_nothing_is_logged(person, tmp_path):
    clerk = Staff.get(Staff.role == "clerk")
    before = database.execute_sql("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    with access.acting_as(access.actor_for(clerk)):
        with pytest.raises(access.NotAllowed) as refused:
            write_record("覃美兰", tmp_path / "record.pdf")
    assert "站长" in refused.value.message or "没有" in refused.value.message
    assert not (tmp_path / "record.pdf").exists()
    assert database.execute_sql("SELECT COUNT(*) FROM audit_log").fetchone()[0] == before


def test_an_unknown_or_ambiguous_name_is_a_clear_message(person, station, tmp_path):
    with pytest.raises(ValidationError, match="没有叫“张三”的村民"):
        write_record("张三", tmp_path / "x.pdf")
    register_villager(station, "覃美兰", "13500002222")
    with pytest.raises(ValidationError, match="2 位叫“覃美兰”"):
        write_record("覃美兰", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_line_prints_it(person, db_path, tmp_path):
    from models.safety.opening import close_database

    me, concerns = person
    close_database()
    out = tmp_path / "cli.pdf"
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(db_path.parent),
                           "villager-record", "--villager", me.id, "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "已打印" in proc.stdout
    assert concerns[0].case_number in _text(out)
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(db_path.parent),
                          "villager-record", "--villager", "张三", "-o", str(tmp_path / "no.pdf")],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and "没有叫“张三”的村民" in bad.stderr
