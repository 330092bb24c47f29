"""Bringing a paper or Excel ledger (台账) into the desk.

Most stations keep their record in a notebook or a spreadsheet. The desk
writes a template (xlsx or csv, Chinese headers); the station fills one row
per concern and imports it:

1. ``read_rows(path)`` reads the file (nothing is saved);
2. ``check_rows(station, rows, today)`` checks every row and lists the bad
   ones with their row number and the reason in plain Chinese, and the rows
   already imported before (nothing is saved);
3. after the person confirms, ``import_checked(station, check, staff)``
   imports the good rows in one transaction.

Each row carries a stable import key (a hash of its station, date, villager,
hamlet, function, rule and summary), stored on the concern's history as an
"imported from the ledger" note; a row whose key is already there is never
imported again, so running the same file twice adds nothing.

An imported concern is registered like one received at the desk (visit,
villager, case number); its outcome from the paper ledger is recorded as a
close "按原台账补录", with the villager's satisfaction if the ledger gives it
— the paper does not show the steps the desk would ask for before closing.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from models.concerns import workflow
from models.concerns.intake import receive_visit
from models.concerns.villagers import register_villager
from models.concerns.workflow import ConcernInput
from models.core import access
from models.core.clock import local_now
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import ConcernEvent, Staff, Station, Villager
from models.core.validation import clean_name, clean_phone, halfwidth
from models.core.vocab import FUNCTION_SHORT, FUNCTIONS, OUTCOMES, PENDING, RULE_SHORT, RULES, SATISFACTION
from models.safety import clock_check
from models.station.stations import hamlets as station_hamlets

HEADERS = ["登记日期", "反映人姓名", "联系电话", "所在屯", "来访人数", "回应功能", "处理方式",
           "反映事项", "详细情况", "办结期限", "办理结果", "办结日期", "满意度"]
REQUIRED = {"登记日期", "反映人姓名", "回应功能", "处理方式", "反映事项"}
IMPORT_NOTE = "从台账导入（{source} 第{row}行）"
CLOSE_NOTE = "按原台账补录"
MAX_ROWS = 5000

# the printed ledger's short forms, read back
_SHORT_FUNCTIONS = {label: code for code, label in FUNCTION_SHORT.items()}
_SHORT_RULES = {label: code for code, label in RULE_SHORT.items()}
# The outcomes a paper ledger can bring in; a duplicate is merged in the desk.
IMPORTABLE_OUTCOMES = {label: code for code, label in OUTCOMES.items() if code != "duplicate"}
IMPORTABLE_OUTCOMES.update({"": PENDING, "办理中": PENDING, "正在办理": PENDING, "已办结": "resolved"})


@dataclass
class LedgerRow:
    row: int                     # the row number in the file (the header is row 1)
    registered_on: dt.date
    name: str
    phone: str
    hamlet: Station | None
    headcount: int
    function: str
    rule: str
    summary: str
    details: str
    deadline: dt.date | None
    outcome: str
    closed_on: dt.date | None
    satisfaction: str | None
    key: str


@dataclass
class LedgerCheck:
    source: str
    good: list[LedgerRow] = field(default_factory=list)
    bad: list[tuple[int, str]] = field(default_factory=list)        # (row, reason)
    already: list[int] = field(default_factory=list)                # rows imported before

    def report(self) -> str:
        lines = [f"共检查 {len(self.good) + len(self.bad) + len(self.already)} 行：可以导入 {len(self.good)} 行，"
                 f"有问题 {len(self.bad)} 行，以前已经导入过 {len(self.already)} 行。"]
        lines += [f"第{row}行：{reason}" for row, reason in self.bad]
        if self.already:
            lines.append("以前已导入、这次跳过的行：" + "、".join(str(r) for r in self.already))
        return "\n".join(lines)


# ------------------------------------------------------------------ template

def write_template(path, station: Station | None = None) -> Path:
    """An empty ledger with the Chinese headers: .xlsx (with drop-down lists
    and a sheet of instructions) or .csv (UTF-8 with BOM, which Excel opens)."""
    path = Path(path)
    suffix = path.suffix.lower()
    hamlet_names = [h.name for h in station_hamlets(station)] if station is not None else []
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerow(HEADERS)
        return path
    if suffix != ".xlsx":
        raise ValidationError("模板只能保存为 .xlsx 或 .csv 文件。", "path")
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [12, 10, 14, 10, 8, 14, 20, 30, 40, 12, 14, 12, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    lists = {"F": list(FUNCTIONS.values()), "G": list(RULES.values()),
             "K": [label for label in OUTCOMES.values() if label != OUTCOMES["duplicate"]],
             "M": list(SATISFACTION.values())}
    if hamlet_names:
        lists["D"] = hamlet_names
    for col, values in lists.items():
        dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
        dv.add(f"{col}2:{col}{MAX_ROWS + 1}")
        ws.add_data_validation(dv)
    help_ws = wb.create_sheet("填写说明")
    for line in [
        "每行填写一件关切（一次来访反映几件事就填几行）。",
        "登记日期、反映人姓名、回应功能、处理方式、反映事项必须填写。日期写成 2026-03-08。",
        "回应功能：" + "、".join(FUNCTIONS.values()),
        "处理方式：" + "、".join(RULES.values()),
        "办理结果：空着或“待处理”表示还在办；已办结的请填写办结日期。",
        "满意度：" + "、".join(SATISFACTION.values()) + "（已办结的才填）。",
        "所在屯要和软件里登记的屯名一致" + (f"：{'、'.join(hamlet_names)}。" if hamlet_names else "。"),
        "导入前软件会逐行检查，有问题的行会列出行号和原因，确认后才导入；同一行不会重复导入。",
    ]:
        help_ws.append([line])
    help_ws.column_dimensions["A"].width = 100
    wb.save(path)
    return path


# ------------------------------------------------------------------ reading

def read_rows(path) -> list[tuple[int, dict]]:
    """(row number, {header: value}) for every non-empty row below the header."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(f"找不到文件：{path}", "path")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception:
            raise ValidationError("这个文件打不开，不是有效的 Excel（.xlsx）文件。", "path") from None
        ws = wb["台账"] if "台账" in wb.sheetnames else wb.worksheets[0]
        table = [list(r) for r in ws.iter_rows(values_only=True)]
        wb.close()
    elif suffix == ".csv":
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValidationError("这个 csv 文件的文字编码认不出来，请用 Excel 另存为“CSV UTF-8”。", "path")
        table = list(csv.reader(text.splitlines()))
    else:
        raise ValidationError("只能导入 .xlsx 或 .csv 文件。", "path")
    if not table:
        raise ValidationError("文件是空的。", "path")
    header = [str(h or "").strip() for h in table[0]]
    missing = [h for h in REQUIRED if h not in header]
    if missing:
        raise ValidationError("第1行的表头缺少：" + "、".join(h for h in HEADERS if h in missing)
                              + "。请使用软件导出的模板。", "path")
    rows = []
    for n, values in enumerate(table[1:], start=2):
        record = {h: values[i] if i < len(values) else None for i, h in enumerate(header) if h}
        if all(v is None or str(v).strip() == "" for v in record.values()):
            continue
        rows.append((n, record))
    if len(rows) > MAX_ROWS:
        raise ValidationError(f"一次最多导入 {MAX_ROWS} 行，请把文件分成几份。", "path")
    return rows


# ------------------------------------------------------------------ checking

def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return halfwidth(str(value)).strip()


def _date(value, what: str) -> dt.date | None:
    if value is None or _text(value) == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", text)
    if not m:
        raise ValueError(f"{what}“{text}”看不懂，请写成 2026-03-08")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError(f"{what}“{text}”这一天不存在") from None


def _choice(value, table: dict, short: dict, what: str) -> str:
    text = _text(value)
    for code, label in table.items():
        if text in (label, code):
            return code
    if text in short:
        return short[text]
    raise ValueError(f"{what}“{text}”不对，应为：" + "、".join(table.values()) if text
                     else f"没有填写{what}")


def row_key(station: Station, registered_on: dt.date, name: str, hamlet: str, function: str,
            rule: str, summary: str) -> str:
    raw = "|".join([station.code, registered_on.isoformat(), name, hamlet, function, rule,
                    re.sub(r"\s+", "", summary)])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def _imported_keys(station: Station) -> set[str]:
    from models.core.schema import Concern
    q = (ConcernEvent.select(fn.json_extract(ConcernEvent.data, "$.import_key"))
         .join(Concern).where((Concern.station == station) & (ConcernEvent.kind == "note")
                              & fn.json_extract(ConcernEvent.data, "$.import_key").is_null(False)))
    return {k for (k,) in q.tuples()}


def _check_one(station, n, r, hamlets, today) -> LedgerRow:
    g = lambda h: r.get(h)  # noqa: E731
    registered_on = _date(g("登记日期"), "登记日期")
    if registered_on is None:
        raise ValueError("没有填写登记日期")
    if registered_on > today:
        raise ValueError(f"登记日期 {registered_on.isoformat()} 还没到")
    if registered_on.year < 2000:
        raise ValueError(f"登记日期 {registered_on.isoformat()} 太早了，请核对")
    try:
        name = clean_name(_text(g("反映人姓名")))
    except ValidationError as e:
        raise ValueError(e.message.rstrip("。")) from None
    try:
        phone = clean_phone(_text(g("联系电话")))
    except ValidationError:
        raise ValueError(f"联系电话“{_text(g('联系电话'))}”不对") from None
    hamlet_name = _text(g("所在屯"))
    hamlet = None
    if hamlet_name:
        hamlet = hamlets.get(hamlet_name)
        if hamlet is None:
            known = "、".join(hamlets) or "（本站还没有登记屯）"
            raise ValueError(f"所在屯“{hamlet_name}”本站没有，应为：{known}")
    count_text = _text(g("来访人数")) or "1"
    if not count_text.isdigit() or not 1 <= int(count_text) <= 500:
        raise ValueError(f"来访人数“{count_text}”应是1到500的整数")
    function = _choice(g("回应功能"), FUNCTIONS, _SHORT_FUNCTIONS, "回应功能")
    rule = _choice(g("处理方式"), RULES, _SHORT_RULES, "处理方式")
    summary = _text(g("反映事项"))
    if not summary:
        raise ValueError("没有填写反映事项")
    if len(summary) > 200:
        raise ValueError(f"反映事项太长了（{len(summary)}字，最多200字），详细的请写在“详细情况”")
    details = _text(g("详细情况"))
    if len(details) > 4000:
        raise ValueError("详细情况太长了（最多4000字）")
    deadline = _date(g("办结期限"), "办结期限")
    if deadline is not None and deadline < registered_on:
        raise ValueError("办结期限早于登记日期")
    if deadline is None and rule == "time_limited":
        deadline = workflow.default_deadline(rule, registered_on)
    outcome_text = _text(g("办理结果"))
    if outcome_text == OUTCOMES["duplicate"]:
        raise ValueError("“重复反映已合并”的事项请在软件里合并，不从台账导入")
    if outcome_text not in IMPORTABLE_OUTCOMES:
        raise ValueError(f"办理结果“{outcome_text}”不对，应为：" +
                         "、".join(label for label in IMPORTABLE_OUTCOMES if label))
    outcome = IMPORTABLE_OUTCOMES[outcome_text]
    closed_on = _date(g("办结日期"), "办结日期")
    if outcome == PENDING and closed_on is not None:
        raise ValueError("还在办理的事项不应有办结日期")
    if outcome != PENDING:
        if closed_on is None:
            raise ValueError("已办结的事项要填写办结日期")
        if closed_on < registered_on:
            raise ValueError("办结日期早于登记日期")
        if closed_on > today:
            raise ValueError(f"办结日期 {closed_on.isoformat()} 还没到")
    sat_text = _text(g("满意度"))
    satisfaction = None
    if sat_text:
        satisfaction = next((c for c, label in SATISFACTION.items() if label == sat_text), None)
        if satisfaction is None:
            raise ValueError(f"满意度“{sat_text}”不对，应为：" + "、".join(SATISFACTION.values()))
        if outcome != "resolved":
            raise ValueError("只有已解决的事项才填满意度")
    key = row_key(station, registered_on, name, hamlet_name, function, rule, summary)
    return LedgerRow(n, registered_on, name, phone, hamlet, int(count_text), function, rule,
                     summary, details, deadline, outcome, closed_on, satisfaction, key)


def check_rows(station: Station, rows: list[tuple[int, dict]], today: dt.date,
               source: str = "台账") -> LedgerCheck:
    """Check every row; nothing is saved."""
    hamlets = {h.name: h for h in station_hamlets(station)}
    done = _imported_keys(station)
    check = LedgerCheck(source)
    seen: dict[str, int] = {}
    for n, record in rows:
        try:
            row = _check_one(station, n, record, hamlets, today)
        except ValueError as e:
            check.bad.append((n, str(e) + "。"))
            continue
        if row.key in done:
            check.already.append(n)
        elif row.key in seen:
            check.bad.append((n, f"与第{seen[row.key]}行是同一件事（日期、反映人、事项都相同）。"))
        else:
            seen[row.key] = n
            check.good.append(row)
    return check


def check_file(station: Station, path, today: dt.date) -> LedgerCheck:
    return check_rows(station, read_rows(path), today, Path(path).name)


# ------------------------------------------------------------------ importing

def _villager(station, name, phone, hamlet) -> Villager:
    q = Villager.select().where((Villager.station == station) & (Villager.name == name))
    if phone:
        same = q.where(Villager.phone == phone).first()
        if same is not None:
            return same
    elif hamlet is not None:
        same = q.where(Villager.hamlet == hamlet).first()
        if same is not None:
            return same
    return register_villager(station, name, phone, hamlet=hamlet)


def import_checked(station: Station, check: LedgerCheck, staff: Staff | None = None) -> int:
    """Import the checked good rows, all or none; rows imported meanwhile
    (the same key) are skipped. Returns how many were imported."""
    access.require("ledger.import")
    if not check.good:
        return 0
    count = 0
    now = local_now()
    clock_check.require_plausible(now)
    with db.atomic():
        done = _imported_keys(station)
        for r in sorted(check.good, key=lambda r: (r.registered_on, r.row)):
            if r.key in done:
                continue
            # the paper gives days, not hours: registered in the morning,
            # closed at the end of the day — but never later than now
            at = min(dt.datetime.combine(r.registered_on, dt.time(9, 0)), now)
            villager = _villager(station, r.name, r.phone, r.hamlet)
            spec = ConcernInput(villager, r.function, r.rule, r.summary, r.details, hamlet=r.hamlet,
                                deadline=r.deadline if r.rule == "time_limited" or r.deadline else None)
            _, (concern,) = receive_visit(station, "walk_in", [villager], [spec], staff,
                                          headcount=r.headcount, at=at, clock_checked=True)
            closed_at = (max(at, min(dt.datetime.combine(r.closed_on, dt.time(17, 0)), now))
                         if r.outcome != PENDING else None)
            workflow.transcribe_from_paper(
                concern, staff, IMPORT_NOTE.format(source=check.source, row=r.row), r.key, at,
                outcome=r.outcome, outcome_note=CLOSE_NOTE, satisfaction=r.satisfaction or None,
                closed_at=closed_at)
            done.add(r.key)
            count += 1
    return count
