"""The printed documents, read back as a reader would: every PDF passes
``qpdf --check``, embeds every font (``pdffonts``), gives back its Chinese
text (``pdftotext``), and says what it should — totals that add up and equal
models.figures.totals, masked names and phones and no confidential concern on a public
notice, headers and "第 x 页 共 y 页" on every page, the documents and parties
on the receipts. Built on the demo station (a year of data), made once per
module and copied for each test."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

import reports
from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core.errors import ValidationError
from models.core.schema import Concern, ConcernEvent, Villager
from models.core.validation import mask_name, mask_phone
from models.core.vocab import OTHER_OUTCOMES, OUTCOMES
from models.figures import reporting
from models.figures.totals import totals
from models.safety.opening import close_database, open_database
from models.station.stations import active_staff, this_station

from .conftest import NOW, ROOT, TODAY, copy_demo

TOOLS = ("qpdf", "pdftotext", "pdffonts", "pdftoppm")
MONTH = (dt.date(2026, 11, 1), TODAY)
YEAR = (TODAY - dt.timedelta(days=365), TODAY)
SECRET = "机密测试事项请勿外传"
LONG = ("村东头那条排水沟年久失修，" * 6) + "每逢下雨就漫上村道，老人小孩出行十分不便，请求尽快组织清淤并加盖板。"
NAMED = "欧阳春花"
NAMED_PHONE = "13812345678"


def _missing_tools():
    return [t for t in TOOLS if shutil.which(t) is None]


@pytest.fixture(scope="module", autouse=True)
def _tools():
    missing = _missing_tools()
    assert not missing, f"missing PDF tools {missing}: run scripts/ensure-system-tools.sh"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, demo_template):
    """A copy of the session's demo year with the odd concerns added."""
    path = copy_demo(demo_template, tmp_path_factory.mktemp("demo"))
    open_database(path)
    try:
        _add_special_concerns(this_station())
    finally:
        close_database()
    return path


def _add_special_concerns(station):
    """A confidential time-limited concern, a very long summary, and a
    villager whose name and phone are written into the summary itself."""
    staff = active_staff(station)[0]
    at = dt.datetime.combine(dt.date(2026, 11, 10), dt.time(9, 0))
    v1 = Villager.select().where(Villager.station == station).first()
    v2 = register_villager(station, NAMED, NAMED_PHONE)
    specs = [
        ConcernInput(villager=v1, function="suggestion", rule="time_limited", summary=SECRET,
                     deadline=at.date() + dt.timedelta(days=10), confidential=True, handler=staff),
        ConcernInput(villager=v1, function="suggestion", rule="time_limited", summary=LONG,
                     deadline=at.date() + dt.timedelta(days=10), handler=staff),
        ConcernInput(villager=v2, function="suggestion", rule="time_limited",
                     summary=f"{NAMED}反映路灯不亮，电话{NAMED_PHONE}", handler=staff,
                     deadline=at.date() + dt.timedelta(days=10)),
    ]
    receive_visit(station, "walk_in", [v1], specs[:2], staff, at=at)
    receive_visit(station, "walk_in", [v2], specs[2:], staff, at=at)


@pytest.fixture
def station(demo_file, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "station.sqlite3"
    shutil.copy(demo_file, path)
    open_database(path)
    yield this_station()
    close_database()


# ---------------------------------------------------------------- reading back

def run(*cmd) -> str:
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode == 0, f"{cmd[0]} failed: {out.stderr}{out.stdout}"
    return out.stdout


def text(path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return run(*args, str(path), "-")


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_pdf(path) -> int:
    """qpdf is content, every font is embedded, and the page count agrees."""
    qpdf = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    assert "No syntax or stream encoding errors" in qpdf.stdout
    lines = run("pdffonts", str(path)).splitlines()[2:]
    assert lines, "no fonts at all"
    for line in lines:
        fields = line.split()
        # name type [type2] encoding emb sub uni id gen: emb is 5th from the end
        assert fields[-5] == "yes", f"font not embedded: {line}"
    return len(PdfReader(str(path)).pages)


def overlapping_words(path) -> list:
    """Words whose boxes overlap on the page (text drawn over text: a cell
    too small for what was put in it). Boxes are trimmed a little, as a
    line's box reaches into the leading of the next."""
    html = run("pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-")
    found = []
    for number, page in enumerate(html.split("<page ")[1:], 1):
        boxes = []
        for a, b, c, d, w in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                        r'yMax="([\d.]+)">([^<]*)<', page):
            x0, y0, x1, y1 = map(float, (a, b, c, d))
            dy = (y1 - y0) * 0.2
            boxes.append((y0 + dy, y1 - dy, x0 + 0.3, x1 - 0.3, w))
        boxes.sort()
        for i, (top, bottom, left, right, w) in enumerate(boxes):
            for top2, _, left2, right2, w2 in boxes[i + 1:]:
                if top2 >= bottom:
                    break
                if left2 < right and left < right2:
                    found.append((number, w, w2))
    return found


def make(kind, station, tmp_path, paper="A4", **kw):
    data = reporting.report_data(kind, station, today=TODAY, **kw)
    path = tmp_path / f"{kind}-{paper}.pdf"
    pages = reports.render(kind, data, path, paper=paper)
    assert check_pdf(path) == pages
    assert not overlapping_words(path)[:5], "text drawn over text"
    return data, path, pages


def proxy_case(station, returned=True):
    kind = "documents_returned" if returned else "documents_taken"
    return (Concern.select().join(ConcernEvent)
            .where((Concern.station == station) & (ConcernEvent.kind == kind))
            .order_by(Concern.registered_on).first())


def mediation_case(station):
    return (Concern.select().join(ConcernEvent)
            .where((Concern.station == station) & (ConcernEvent.kind == "mediation"))
            .order_by(Concern.registered_on).first())


def extension_case(station):
    """A concern of the demo with an approved extension (the demo has none: one is asked and
    approved here, on the day the demo ends)."""
    from models.concerns import extensions

    person = register_villager(station, "覃阿婆", "13900002222")
    _, (c,) = receive_visit(station, "walk_in", [person], [ConcernInput(
        person, "proxy_service", "time_limited", "申请低保需要补交收入证明",
        deadline=TODAY + dt.timedelta(days=3))], at=NOW)
    request = extensions.request_extension(c, TODAY + dt.timedelta(days=17), "收入证明要等镇里盖章", at=NOW)
    extensions.decide_extension(request.id, True, at=NOW)
    return c


def _kwargs(kind, station):
    if kind == "extension":
        return {"case_number": extension_case(station).case_number}
    if kind == "proxy-receipt":
        return {"case_number": proxy_case(station).case_number}
    if kind == "mediation":
        return {"case_number": mediation_case(station).case_number}
    if kind == "villager-record":  # the villager of a mediated concern: a record with events
        return {"case_number": mediation_case(station).villager_id}
    if kind == "roster":
        return {"date_from": dt.date(2026, 11, 1)}
    if kind in reporting.NEEDS_PERIOD:
        return {"date_from": MONTH[0], "date_to": MONTH[1]}
    return {}


# ---------------------------------------------------------------- every document

CASES = [(k, p) for k in reporting.KINDS for p in reports.papers(k)]


@pytest.mark.parametrize("kind,paper", CASES, ids=[f"{k}-{p}" for k, p in CASES])
def test_every_document_is_valid_embedded_and_readable(station, tmp_path, kind, paper):
    data, path, pages = make(kind, station, tmp_path, paper, **_kwargs(kind, station))
    assert pages >= 1
    body = flat(text(path))
    assert flat(reporting.TITLES[kind]) in body
    assert station.name in body
    # the paper is the paper asked for (portrait or landscape)
    box = PdfReader(str(path)).pages[0].mediabox
    size = sorted((float(box.width), float(box.height)))
    expected = {"A4": [595.3, 841.9], "A3": [841.9, 1190.6]}[paper]
    assert size == pytest.approx(expected, abs=1)


def test_every_kind_has_a_title_and_comes_on_a4_and_at_most_a3():
    for kind in reporting.KINDS:
        assert "A4" in reports.papers(kind)
        assert set(reports.papers(kind)) <= {"A4", "A3"}
        assert kind in reporting.TITLES
    assert reporting.NEEDS_CASE == {"proxy-receipt", "mediation", "extension", "villager-record"}
    assert reporting.NEEDS_VILLAGER == {"villager-record"}


def test_a_paper_a_document_does_not_come_on_is_refused(station, tmp_path):
    data = reporting.report_data("ledger", station, *MONTH, today=TODAY)
    with pytest.raises(ValueError, match="A4"):
        reports.render("ledger", data, tmp_path / "x.pdf", paper="A3")
    assert not list(tmp_path.iterdir())


# ---------------------------------------------------------------- ledger

def test_ledger_totals_equal_stats_and_add_up(station, tmp_path):
    data, path, pages = make("ledger", station, tmp_path, date_from=YEAR[0], date_to=YEAR[1])
    t = totals(station, *YEAR)
    assert data.totals.concerns == t.concerns == len(data.rows)
    assert data.totals.adds_up()
    body = flat(text(path))
    terms = [f"已解决{t.resolved}件", f"待处理{t.pending}件"] + \
        [f"{OUTCOMES[o]}{t.other_outcomes.get(o, 0)}件" for o in OTHER_OUTCOMES]
    assert f"本期受理关切{t.concerns}件＝" + "＋".join(terms) in body
    assert t.concerns == t.resolved + t.pending + sum(t.other_outcomes.values())
    assert f"接待来访{t.visits}次、{t.visitors}人" in body
    # every other outcome is shown, and the demo has each of them
    for o in OTHER_OUTCOMES:
        assert t.other_outcomes[o] > 0
    assert "经办人（签字）" in body and "负责人（签字）" in body


def test_ledger_has_one_row_per_concern_and_headers_on_every_page(station, tmp_path):
    data, path, pages = make("ledger", station, tmp_path, date_from=YEAR[0], date_to=YEAR[1])
    assert pages > 3  # a year does not fit on one page: the header must repeat
    period = flat(reporting.period_text(*YEAR))
    seen = []
    for page in range(1, pages + 1):
        body = flat(text(path, page))
        assert station.name in body and period in body
        assert f"第{page}页共{pages}页" in body
        layout = run("pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
                     str(path), "-")
        numbers = re.findall(r"\b\d{4}-\d{4}\b", layout)
        if numbers:
            assert all(h in body for h in ("案件编号", "反映事项", "分析", "反馈", "办结期限", "经办人")), page
        seen += numbers
    expected = [r.case_number for r in data.rows]
    assert [n for n in seen if n in set(expected)] == expected
    assert len(set(expected)) == len(expected)


def test_ledger_withholds_confidential_summaries(station, tmp_path):
    data, path, _ = make("ledger", station, tmp_path, date_from=MONTH[0], date_to=MONTH[1])
    body = flat(text(path))
    secret_rows = [r for r in data.rows if r.confidential]
    assert secret_rows and SECRET not in body
    assert "涉密涉私事项，内容另行保管" in body


def test_long_summary_wraps_inside_its_cell(station, tmp_path):
    data, path, pages = make("ledger", station, tmp_path, date_from=MONTH[0], date_to=MONTH[1])
    html = run("pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-")
    word = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<')
    for page_html in html.split("<page ")[1:]:
        page_w = float(re.match(r'width="([\d.]+)"', page_html).group(1))
        words = [(float(a), float(b), float(c), w) for a, b, c, w in word.findall(page_html)]
        # nothing runs off the page
        for x0, _, x1, w in words:
            assert 0 <= x0 and x1 <= page_w - 20, w
        starts = [w for w in words if len(w[3]) >= 4 and LONG.startswith(w[3])]
        if not starts:
            continue
        x_left, y_top = starts[0][0], starts[0][1]
        # the summary column ends where the step columns begin
        step_x = min(x0 for x0, _, _, w in words if w == "分析")
        lines = sorted((w for w in words if w[3] and w[3] in LONG and w[0] >= x_left - 1
                        and w[1] >= y_top - 1 and w[0] < step_x), key=lambda w: w[1])
        assert len(lines) >= 4                     # wrapped over several lines
        assert all(x1 <= step_x + 0.5 for _, _, x1, _ in lines)
        assert "".join(w[3] for w in lines).startswith(flat(LONG))
        break
    else:
        pytest.fail("the long summary is not in the ledger")


def test_empty_period_still_prints(station, tmp_path):
    _, path, pages = make("ledger", station, tmp_path, date_from=dt.date(2020, 1, 1),
                          date_to=dt.date(2020, 1, 31))
    body = flat(text(path))
    assert pages == 1 and "本期没有登记的关切" in body and "本期受理关切0件" in body


# ---------------------------------------------------------------- notices

def _period_concerns(station, rule=None):
    q = Concern.select().where((Concern.station == station) & (Concern.registered_on >= MONTH[0])
                               & (Concern.registered_on <= MONTH[1]))
    if rule:
        q = q.where(Concern.rule == rule)
    return list(q)


@pytest.mark.parametrize("kind", ["notice", "time-limited"])
def test_notice_masks_people_and_leaves_out_confidential(station, tmp_path, kind):
    data, path, pages = make(kind, station, tmp_path, date_from=MONTH[0], date_to=MONTH[1])
    body = flat(text(path))
    concerns = _period_concerns(station, "time_limited" if kind == "time-limited" else None)
    secret = [c for c in concerns if c.confidential]
    public = [c for c in concerns if not c.confidential]
    assert secret and public
    for c in secret:
        assert c.summary not in body
        assert c.case_number not in body
    for c in public:
        assert c.case_number in body
        name = c.villager.name
        assert name not in body, name
        assert mask_name(name) in body
        if c.villager.phone:
            assert c.villager.phone not in body
            assert mask_phone(c.villager.phone) in body
    # a name and phone written into the summary are masked too
    assert NAMED not in body and NAMED_PHONE not in body
    assert f"{mask_name(NAMED)}反映路灯不亮" in body and "138****5678" in body
    # counts on the sheet are of what is on the sheet
    assert f"共{len(public)}件" in body
    assert len(data.rows) == len(public)
    # posting date, the end of the posting period and whom to tell about an objection
    assert f"公示期：{reporting.cn_date(TODAY)}至{reporting.cn_date(data.until)}" in body
    assert data.until == TODAY + dt.timedelta(days=reporting.NOTICE_DAYS)
    assert "异议" in body and station.phone in body
    for page in range(1, pages + 1):
        assert f"第{page}页共{pages}页" in flat(text(path, page))


def test_time_limited_notice_lists_only_time_limited_with_deadlines(station, tmp_path):
    data, path, _ = make("time-limited", station, tmp_path, date_from=MONTH[0], date_to=MONTH[1])
    body = flat(text(path))
    for c in _period_concerns(station):
        if c.rule != "time_limited":
            assert c.case_number not in body
    for r in data.rows:
        assert f"{r.deadline.month}月{r.deadline.day}日" in body
    assert "办结期限" in body


def test_notice_on_a3_is_the_same_sheet_larger(station, tmp_path):
    data, a4, _ = make("notice", station, tmp_path, "A4", date_from=MONTH[0], date_to=MONTH[1])
    _, a3, _ = make("notice", station, tmp_path, "A3", date_from=MONTH[0], date_to=MONTH[1])
    a4_body = re.sub(r"第\d+页共\d+页", "", flat(text(a4)))
    a3_body = re.sub(r"第\d+页共\d+页", "", flat(text(a3)))
    assert data.rows and all(r.case_number in a4_body for r in data.rows)  # the sheet is not empty
    assert a4_body == a3_body


# ---------------------------------------------------------------- wall papers

def test_roster_lists_the_month_and_the_active_staff(station, tmp_path):
    data, path, pages = make("roster", station, tmp_path, date_from=dt.date(2026, 2, 10))
    body = flat(text(path))
    assert pages == 1
    assert "2026年2月轮值表" in body
    days = [d for week in data.weeks for d in week if d]
    assert [d.date.day for d in days] == list(range(1, 29))
    for s in active_staff(station):
        assert s.name in body and s.phone in body
    assert "按在岗工作人员名单生成" in body


def test_workflow_chart_is_drawn_not_an_image(station, tmp_path):
    data, path, pages = make("workflow", station, tmp_path)
    body = flat(text(path))
    for step in ["热情接待", "受理登记", "分析处置", "现场办公", "接受监督", "结果公示", "反馈回应村民"]:
        assert step in body
    for rule in ["政策咨询当面答复", "矛盾纠纷现场调解", "限时解决集中公示", "代办事项全程代理",
                 "超出权限预约下访", "涉密涉私问题专项反馈"]:
        assert rule in body
    page = PdfReader(str(path)).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    assert not xobjects, "the chart should be vector drawing, not an image"


def test_rules_text_is_editable_and_printed(station, tmp_path):
    assert reporting.get_rules_text() == reporting.default_rules_text()
    assert "首问负责" in reporting.get_rules_text()
    reporting.set_rules_text("一、值班制度\n工作日有人值班。\n二、<特别>制度 & 其他\n逐件登记。")
    _, path, pages = make("rules", station, tmp_path)
    body = flat(text(path))
    assert "工作日有人值班" in body and "二、<特别>制度&其他" in body and pages == 1
    reporting.set_rules_text("")
    assert reporting.get_rules_text() == reporting.default_rules_text()
    with pytest.raises(ValidationError):
        reporting.set_rules_text("字" * (reporting.RULES_LIMIT + 1))


def test_long_rules_go_on_to_numbered_framed_pages(station, tmp_path):
    reporting.set_rules_text("\n".join(f"{n}、第{n}条\n" + "本站工作人员应当认真履行职责。" * 40
                                        for n in range(1, 13)))
    _, path, pages = make("rules", station, tmp_path)
    assert pages > 1
    for page in range(1, pages + 1):
        assert f"第{page}页共{pages}页" in flat(text(path, page))


def test_default_rules_fill_one_framed_page(station, tmp_path):
    _, path, pages = make("rules", station, tmp_path)
    assert pages == 1
    assert "十一、考评制度" in flat(text(path))


def test_cards_ten_to_a_sheet_with_staff_phones(station, tmp_path):
    _, path, pages = make("cards", station, tmp_path)
    body = flat(text(path))
    assert pages == 1
    assert body.count("亲民卡") >= 10
    assert body.count(flat(f"值班电话：{station.phone}")) == 10
    for s in active_staff(station):
        assert body.count(s.phone) == 10


# ---------------------------------------------------------------- receipts

def test_proxy_receipt_shows_documents_dates_and_signatures(station, tmp_path):
    c = proxy_case(station)
    data, path, _ = make("proxy-receipt", station, tmp_path, case_number=c.case_number)
    body = flat(text(path))
    taken = [d for e in ConcernEvent.select().where((ConcernEvent.concern == c)
                                                     & (ConcernEvent.kind == "documents_taken"))
             for d in e.data["documents"]]
    assert taken and [d.name for d in data.documents] == taken
    for d in taken:
        assert d in body
    assert c.case_number in body and c.villager.name in body and c.summary in body
    assert all(d.returned_on for d in data.documents)
    assert "村民（签字）" in body and "经办人（签字）" in body
    if c.villager.id_number:
        assert c.villager.id_number not in body


def test_proxy_receipt_of_documents_not_yet_returned(station, tmp_path):
    c = next(c for c in Concern.select().where(Concern.rule == "proxy_end_to_end")
             if workflow.documents_outstanding(c))
    data, path, _ = make("proxy-receipt", station, tmp_path, case_number=c.case_number)
    assert "尚未退还" in flat(text(path))


def test_mediation_record_shows_parties_facts_agreement(station, tmp_path):
    c = mediation_case(station)
    event = ConcernEvent.get((ConcernEvent.concern == c) & (ConcernEvent.kind == "mediation"))
    _, path, _ = make("mediation", station, tmp_path, case_number=c.case_number)
    body = flat(text(path))
    for party in event.data["parties"]:
        assert party in body
    assert flat(event.data["facts"]) in body and flat(event.data["agreement"]) in body
    assert "当事人一（签字）" in body and "当事人二（签字）" in body and "调解人（签字）" in body


def test_receipts_refuse_with_plain_messages(station):
    with pytest.raises(ValidationError, match="没有找到案件编号"):
        reporting.report_data("proxy-receipt", station, case_number="2099-0001")
    with pytest.raises(ValidationError, match="案件编号"):
        reporting.report_data("mediation", station, case_number=" ")
    other = Concern.get(Concern.rule == "answer_on_spot")
    with pytest.raises(ValidationError, match="代办事项全程代理"):
        reporting.report_data("proxy-receipt", station, case_number=other.case_number)
    with pytest.raises(ValidationError, match="矛盾纠纷现场调解"):
        reporting.report_data("mediation", station, case_number=other.case_number)
    with pytest.raises(ValidationError, match="开始日期不能晚于结束日期"):
        reporting.report_data("ledger", station, dt.date(2026, 2, 1), dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="没有这种文书"):
        reporting.report_data("poster", station)


def test_eligible_cases_are_the_ones_that_print(station):
    cases = reporting.eligible_cases("mediation", station)
    assert cases
    for number, line in cases[:5]:
        assert number in line
        reporting.report_data("mediation", station, case_number=number)


# ---------------------------------------------------------------- writing

def test_progress_is_reported_and_ends_complete(station, tmp_path):
    data = reporting.report_data("ledger", station, *YEAR, today=TODAY)
    calls = []
    reports.render("ledger", data, tmp_path / "l.pdf", progress=lambda d, t: calls.append((d, t)))
    assert len(calls) > 10
    assert all(0 <= d <= t for d, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1][0] == calls[-1][1]


def test_a_failed_render_leaves_no_file_and_keeps_the_old_one(station, tmp_path):
    data = reporting.report_data("ledger", station, *YEAR, today=TODAY)
    path = tmp_path / "ledger.pdf"
    path.write_bytes(b"old")

    def boom(done, total):
        if done > 50:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        reports.render("ledger", data, path, progress=boom)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.pdf"]


# ---------------------------------------------------------------- command line

def cli(data_dir, *args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.fixture
def data_dir(demo_file, tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(demo_file, d / "station.sqlite3")
    return d


def test_cli_writes_each_document(data_dir, tmp_path):
    open_database(data_dir / "station.sqlite3")
    try:
        case = proxy_case(this_station()).case_number
        mcase = mediation_case(this_station()).case_number
    finally:
        close_database()
    runs = [["ledger", "--from", "2026-10-01", "--to", "2026-10-31"],
            ["notice", "--from", "2026-11-01", "--to", "2026-11-20", "--paper", "A3"],
            ["time-limited", "--from", "2026-11-01", "--to", "2026-11-20"],
            ["roster", "--from", "2026-12-01"], ["workflow", "--paper", "a3"], ["rules"], ["cards"],
            ["proxy-receipt", "--case", case], ["mediation", "--case", mcase]]
    for args in runs:
        out = tmp_path / f"{args[0]}.pdf"
        r = cli(data_dir, "report", args[0], "-o", str(out), *args[1:])
        assert r.returncode == 0, r.stderr
        assert "已生成" in r.stdout and str(out) in r.stdout
        pages = check_pdf(out)
        assert f"共 {pages} 页" in r.stdout
        assert flat(reporting.TITLES[args[0]]) in flat(text(out))
    assert "2026年12月轮值表" in flat(text(tmp_path / "roster.pdf"))
    october = flat(text(tmp_path / "ledger.pdf"))
    assert "2026年10月1日至2026年10月31日" in october


@pytest.mark.parametrize("args,message", [
    ([], "请写明要打印哪种文书"),
    (["poster", "-o", "X.pdf"], "没有这种文书"),
    (["ledger"], "请用 -o 指定"),
    (["ledger", "-o", "X.txt"], ".pdf 结尾"),
    (["ledger", "-o", "X.pdf", "--paper", "A3"], "只能用 A4"),
    (["ledger", "-o", "X.pdf", "--from", "2026-02-30"], "日期格式不对"),
    (["ledger", "-o", "X.pdf", "--from", "2026-03-02", "--to", "2026-03-01"], "开始日期不能晚于结束日期"),
    (["mediation", "-o", "X.pdf"], "--case"),
    (["mediation", "-o", "X.pdf", "--case", "2099-0001"], "没有找到案件编号"),
    (["cards", "-o", "X.pdf", "--case", "2026-0001"], "不需要 --case"),
    (["rules", "-o", "X.pdf", "--from", "2026-01-01"], "不需要 --from"),
])
def test_cli_refuses_bad_arguments_plainly_and_leaves_no_file(data_dir, tmp_path, args, message):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [a.replace("X.", str(out_dir / "X.")) for a in args]
    r = cli(data_dir, "report", *args)
    assert r.returncode == 2, r.stdout + r.stderr
    assert message in r.stderr
    assert "Traceback" not in r.stderr
    assert not list(out_dir.iterdir())


def test_cli_without_a_database_says_so(tmp_path):
    r = cli(tmp_path / "empty", "report", "ledger", "-o", str(tmp_path / "l.pdf"))
    assert r.returncode != 0 and "还没有数据库" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "l.pdf").exists()


# ---------------------------------------------------------------- the extremes

def test_longest_texts_and_most_people_still_lay_out(station, tmp_path):
    """A mediation record at the longest facts and agreement the desk accepts,
    five parties; a proxy matter with two dozen documents; thirty staff on the
    roster and the cards. Each prints, nothing is cut off the page."""
    from models.station.stations import add_staff

    staff = active_staff(station)[0]
    v = Villager.select().where(Villager.station == station).first()
    at = dt.datetime(2026, 11, 12, 9, 0)
    _, (dispute, proxy) = receive_visit(station, "walk_in", [v], [
        ConcernInput(villager=v, function="dispute", rule="mediate_on_site", summary="五户共用水渠纠纷"),
        ConcernInput(villager=v, function="proxy_service", rule="proxy_end_to_end", summary="代办多项证明"),
    ], staff, at=at)
    facts = ("甲户称上游截水灌溉，下游三户无水可用；乙户称渠道原本就是自家开挖。" * 120)[:4000]
    agreement = ("各户按田亩轮流放水，每户每次六小时，由屯长监督执行。" * 160)[:4000]
    parties = ["黄大有", "农二妹", "李三哥", "梁四叔", "陆五婶"]
    workflow.record_mediation(dispute, staff, parties, facts, agreement, at=at)
    docs = [f"证明材料第{i}份（原件）" for i in range(1, 25)]
    workflow.record_documents_taken(proxy, staff, docs, at=at)
    for i in range(24):
        add_staff(station, f"测试员{i:02d}", f"139{i:08d}", "clerk")

    _, path, pages = make("mediation", station, tmp_path, case_number=dispute.case_number)
    body = flat(text(path))
    assert pages >= 2
    # every sentence of the facts and the agreement is there, across the page breaks
    assert body.count("甲户称上游截水灌溉") == facts.count("甲户称上游截水灌溉")
    assert body.count("各户按田亩轮流放水") == agreement.count("各户按田亩轮流放水")
    for p in parties:
        assert p in body
    assert "当事人五（签字）" in body

    _, path, pages = make("proxy-receipt", station, tmp_path, case_number=proxy.case_number)
    body = flat(text(path))
    for d in docs:
        assert d in body

    _, path, pages = make("roster", station, tmp_path, date_from=dt.date(2026, 11, 1))
    body = flat(text(path))
    for s in active_staff(station):
        assert s.name in body and s.phone in body

    data, path, pages = make("cards", station, tmp_path)
    body = flat(text(path))
    assert pages == 1
    assert body.count(flat(f"值班电话：{station.phone}")) == 10
    # thirty do not fit on a card: the first ones are there, in order, and the rest are counted
    assert len(data.staff) == 30
    assert body.count("……等共30人，详见轮值表") == 10
    shown = [p for p in data.staff if p.phone in body]
    assert 0 < len(shown) < 30 and shown == data.staff[:len(shown)]
    html = run("pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-")
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html)
    assert all(0 <= float(a) and float(c) <= 595.3 and 0 <= float(b) and float(d) <= 841.9
               for a, b, c, d in words)
