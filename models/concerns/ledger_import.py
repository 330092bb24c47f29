"""Bringing a paper or Excel ledger (台账) into the desk.

Most stations keep their record in a notebook or a spreadsheet. The desk
writes a template (xlsx or csv, Chinese headers; ``models.concerns.ledger_file``);
the station fills one row per concern and imports it:

1. ``read_ledger(path)`` reads the file (nothing is saved; ``ledger_file``);
2. ``check_rows(station, sheet, today)`` checks every row and lists the bad
   ones with their row number and the reason in plain Chinese, the rows
   already imported before, and the columns the desk does not take
   (nothing is saved);
3. after the person confirms, ``import_checked(station, check, staff)``
   imports the good rows in one transaction.

Each row carries a stable import key (a hash of its station, date, villager,
hamlet, function, rule and summary), stored on the concern's history as an
"imported from the ledger" note; a row whose key is already there is never
imported again, so running the same file twice adds nothing.

An imported concern is registered like one received at the desk (visit,
villager, case number, the received and registered events); its outcome from
the paper ledger is recorded as a close "按原台账补录", with the villager's
satisfaction if the ledger gives it — the paper does not show the steps the
desk would ask for before closing. The rows are written table by table
(``executemany``), the state columns folded from the new events by the same
rule ``workflow.project`` applies, the search entries by ``search.reindex_many``:
the same records, events and search text as registering each row at the desk.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

import peewee as pw
from peewee import fn

from models.concerns import workflow
from models.concerns.ledger_file import (  # noqa: F401  (the template and reading, named here too)
    HEADERS, MAX_ROWS, REQUIRED, LedgerSheet, read_ledger, read_rows,
)
from models.concerns.ledger_file import write_template as _write_template
from models.concerns.workflow import ConcernInput
from models.core import access, settings
from models.core.clock import local_now, to_utc, utc_now
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import (
    Concern, ConcernEvent, JSONField, Staff, Station, Villager, Visit, VisitVisitor, new_id,
)
from models.core.validation import clean_id_number, clean_name, clean_phone, halfwidth, mask_id
from models.core.vocab import FUNCTION_SHORT, FUNCTIONS, OUTCOMES, PENDING, RULE_SHORT, RULES, SATISFACTION
from models.safety import clock_check
from models.station.stations import hamlets as station_hamlets

IMPORT_NOTE = "从台账导入（{source} 第{row}行）"
CLOSE_NOTE = "按原台账补录"
CHUNK = 250   # rows written per round (and per progress report), all in one transaction

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
    deadline_given: bool = True  # False: 办结期限 was blank, the rule's time limit taken
    id_number: str = ""          # 身份证号, checked (GB 11643 check digit); "" if blank


def row_ranges(rows: list[int]) -> str:
    """Row numbers as ranges: [2, 3, 4, 9] → "第2–4行、第9行"."""
    out, run = [], []
    for n in sorted(set(rows)):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(run)
        run = [n]
    if run:
        out.append(run)
    return "、".join(f"第{r[0]}行" if len(r) == 1 else f"第{r[0]}–{r[-1]}行" for r in out)


@dataclass
class LedgerCheck:
    source: str
    good: list[LedgerRow] = field(default_factory=list)
    bad: list[tuple[int, str]] = field(default_factory=list)        # (row, reason)
    already: list[int] = field(default_factory=list)                # rows imported before
    ignored: list[str] = field(default_factory=list)                # columns the desk does not take

    def report(self) -> str:
        already = f"以前已经导入过 {len(self.already)} 行"
        if self.already:
            already += f"（{row_ranges(self.already)}），这次跳过"
        lines = [f"共检查 {len(self.good) + len(self.bad) + len(self.already)} 行：可以导入 {len(self.good)} 行，"
                 f"有问题 {len(self.bad)} 行，{already}。"]
        if self.ignored:
            lines.append(("这一列不导入：" if len(self.ignored) == 1 else "这几列不导入：")
                         + "、".join(self.ignored))
        lines += self._blank_deadlines()
        lines += [f"第{row}行：{reason}" for row, reason in self.bad]
        return "\n".join(lines)

    def _blank_deadlines(self) -> list[str]:
        """What a blank 办结期限 means for the on-time rate (``periods.ON_TIME_RULE``):
        the handling rule's time limit from the registration date, so a row
        closed after it counts late, as the same concern registered at the desk would."""
        blank = [r for r in self.good if not r.deadline_given]
        if not blank:
            return []
        limits: dict[str, int] = {}
        for r in blank:
            limits.setdefault(r.rule, (r.deadline - r.registered_on).days)
        late = [r.row for r in blank if r.closed_on is not None and r.closed_on > r.deadline]
        text = (f"没有填写办结期限的 {len(blank)} 行（{row_ranges([r.row for r in blank])}）："
                "按处理方式的办理期限从登记日期算起（"
                + "、".join(f"{RULES[k]} {d} 天" for k, d in limits.items())
                + "），按期办结率也按这个期限算；")
        if late:
            text += f"其中 {len(late)} 行的办结日期晚于这个期限，算超期办结（{row_ranges(late)}）。"
        else:
            text += "这些行都没有超过这个期限。"
        return [text]


# ------------------------------------------------------------------ template

def write_template(path, station: Station | None = None) -> Path:
    """An empty ledger with the Chinese headers (``ledger_file.write_template``),
    the station's hamlets in the 所在屯 drop-down list."""
    names = [h.name for h in station_hamlets(station)] if station is not None else []
    return _write_template(path, names)


# ------------------------------------------------------------------ checking

def _text(value) -> str:
    """A cell as text: full-width forms made plain, line breaks kept (as \\n)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return halfwidth(str(value)).replace("\r\n", "\n").replace("\r", "\n").strip()


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


def _check_one(station, n, r, hamlets, today, limits: dict[str, int]) -> LedgerRow:
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
    id_number = _id_number(g("身份证号"))
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
    given = deadline is not None
    if deadline is None:  # the rule's time limit, as at the desk (periods.ON_TIME_RULE)
        deadline = registered_on + dt.timedelta(days=limits[rule])
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
                     summary, details, deadline, outcome, closed_on, satisfaction, key, given,
                     id_number)


def _id_number(value) -> str:
    """The 身份证号 cell, checked like one typed at the desk: 18 characters,
    a birth date that exists and is past, the last one the GB 11643 check
    digit. A cell Excel keeps as a number has lost its last digits (it holds
    15): said so, rather than a wrong check digit."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, (int, float)) or re.fullmatch(r"\s*\d(\.\d+)?[eE]\+?\d+\s*", str(value)):
        raise ValueError("身份证号被 Excel 存成了数字，后几位已经丢失：请把这一列设成“文本”，"
                         "重新填写号码后再导入")
    try:
        return clean_id_number(_text(value))
    except ValidationError as e:
        raise ValueError(e.message.rstrip("。")) from None


def check_rows(station: Station, rows, today: dt.date, source: str = "台账") -> LedgerCheck:
    """Check every row (a ``LedgerSheet``, or a list of (row, {heading: value}));
    nothing is saved."""
    ignored = []
    if isinstance(rows, LedgerSheet):
        rows, ignored = rows.rows, rows.ignored
    hamlets = {h.name: h for h in station_hamlets(station)}
    done = _imported_keys(station)
    limits = {rule: settings.deadline_days(rule) for rule in RULES}
    check = LedgerCheck(source, ignored=list(ignored))
    seen: dict[str, int] = {}
    # an ID number names one person: the villager registered with it here, or
    # the first row of the file that gives it
    holders = {number: name for number, name in db.execute_sql(
        "SELECT id_number, name FROM villager WHERE station_id = ? AND id_number <> ''", (station.id,))}
    first_with: dict[str, tuple[int, str]] = {}
    for n, record in rows:
        try:
            row = _check_one(station, n, record, hamlets, today, limits)
        except ValueError as e:
            check.bad.append((n, str(e) + "。"))
            continue
        if row.id_number:
            masked = mask_id(row.id_number)
            if holders.get(row.id_number, row.name) != row.name:
                check.bad.append((n, f"身份证号 {masked} 本站已登记为{holders[row.id_number]}，"
                                     f"和反映人姓名“{row.name}”不符，请核对。"))
                continue
            earlier = first_with.setdefault(row.id_number, (n, row.name))
            if earlier[1] != row.name:
                check.bad.append((n, f"身份证号 {masked} 和第{earlier[0]}行的一样，"
                                     f"姓名却不同（{earlier[1]}、{row.name}），请核对。"))
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
    return check_rows(station, read_ledger(path), today, Path(path).name)


# ------------------------------------------------------------------ importing

def _db_error(e: Exception) -> ValidationError:
    """A write the database refused: plain words, and nothing was saved."""
    # SQLite may have rolled back by itself (a full disk): peewee's own
    # rollback then fails, and the cause is further down the chain
    texts, seen = [], set()
    while e is not None and id(e) not in seen and len(seen) < 20:
        seen.add(id(e))
        texts.append(str(e))
        e = e.__cause__ or e.__context__
    text = " ".join(texts).lower()
    if "full" in text:
        return ValidationError("数据库所在的磁盘满了，台账没有导入（一行也没有保存）。"
                               "请删掉不要的文件、腾出磁盘空间后再导入。", None)
    if "readonly" in text or "read-only" in text:
        return ValidationError("数据库所在的磁盘只读，台账没有导入（一行也没有保存）。", None)
    if "locked" in text or "busy" in text:
        return ValidationError("数据库正被另一个程序占用，台账没有导入（一行也没有保存）。请稍后再试。", None)
    return ValidationError("保存时数据库出错，台账没有导入（一行也没有保存）。"
                           "请运行“检查数据”（verify），或从备份恢复。", None)


class _Writer:
    """The rows of one import, table by table, with ``executemany``."""

    def __init__(self, station: Station, staff: Staff | None):
        self.station_id = station.id
        self.staff_id = staff.id if staff is not None else None
        self.created = utc_now()
        self.now = local_now()
        self.cursor = db.cursor()
        # returning villagers, found as ``_villager`` in the desk's intake would:
        # by name and phone, or (no phone) by name and hamlet; the first registered wins
        # (an ID number given finds its villager first, and is written onto a
        # villager found by name who had none)
        self.by_phone: dict[tuple[str, str], str] = {}
        self.by_hamlet: dict[tuple[str, str | None], str] = {}
        self.by_id_number: dict[str, str] = {}
        self.id_number_of: dict[str, str] = {}
        for vid, name, phone, hamlet_id, id_number in self.cursor.execute(
                "SELECT id, name, phone, hamlet_id, id_number FROM villager WHERE station_id = ? "
                "ORDER BY rowid", (self.station_id,)):
            self.by_phone.setdefault((name, phone), vid)
            self.by_hamlet.setdefault((name, hamlet_id), vid)
            if id_number:
                self.by_id_number.setdefault(id_number, vid)
                self.id_number_of[vid] = id_number
        self.last_seq = dict(self.cursor.execute(
            "SELECT year, MAX(seq) FROM concern WHERE station_id = ? GROUP BY year", (self.station_id,)))
        self._sql: dict = {}
        self._days: dict[str, int] = {}
        self._pinyin: dict[str, tuple[str, str]] = {}

    def pinyin(self, name: str) -> tuple[str, str]:
        from models.concerns.villagers import pinyin_keys

        if name not in self._pinyin:
            self._pinyin[name] = pinyin_keys(name)
        return self._pinyin[name]

    def default_deadline(self, rule: str, registered_on: dt.date) -> dt.date:
        """``workflow.default_deadline``, the setting read once per rule."""
        if rule not in self._days:
            self._days[rule] = (workflow.default_deadline(rule, registered_on) - registered_on).days
        return registered_on + dt.timedelta(days=self._days[rule])

    def _insert(self, model, rows: list[dict]) -> None:
        if not rows:
            return
        if model not in self._sql:
            fields = list(model._meta.sorted_fields)
            self._sql[model] = (fields, 'INSERT INTO "{}" ({}) VALUES ({})'.format(
                model._meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields),
                ", ".join("?" * len(fields))))
        fields, sql = self._sql[model]
        # the values are built here in the types the columns take; only JSON needs converting
        convert = [f.db_value if isinstance(f, JSONField) else None for f in fields]
        names = [f.name for f in fields]
        self.cursor.executemany(sql, [[r[n] if c is None else c(r[n]) for n, c in zip(names, convert)]
                                      for r in rows])

    def write(self, rows: list[LedgerRow], source: str) -> list[str]:
        from models.concerns import search

        villagers, visits, visitors, concerns, events = [], [], [], [], []
        numbered: list[tuple[str, str]] = []  # (id number, villager) for villagers here without one
        for r in rows:
            # the paper gives days, not hours: registered in the morning,
            # closed at the end of the day — but never later than now
            at = min(dt.datetime.combine(r.registered_on, dt.time(9, 0)), self.now)
            hamlet_id = r.hamlet.id if r.hamlet is not None else None
            name = clean_name(r.name)
            phone = clean_phone(r.phone)
            vid = self.by_id_number.get(r.id_number) if r.id_number else None
            if vid is None:
                vid = (self.by_phone.get((name, phone)) if phone
                       else self.by_hamlet.get((name, hamlet_id)) if hamlet_id is not None else None)
                if vid is not None and r.id_number:
                    if self.id_number_of.get(vid):  # another person of the same name and phone
                        vid = None
                    else:
                        numbered.append((r.id_number, vid))
                        self.by_id_number[r.id_number] = vid
                        self.id_number_of[vid] = r.id_number
            if vid is None:
                vid = new_id()
                initials, full = self.pinyin(name)
                villagers.append(dict(id=vid, station=self.station_id, name=name, phone=phone,
                                      id_number=r.id_number, hamlet=hamlet_id, pinyin_initials=initials,
                                      pinyin_full=full, created_at=self.created))
                self.by_phone.setdefault((name, phone), vid)
                self.by_hamlet.setdefault((name, hamlet_id), vid)
                if r.id_number:
                    self.by_id_number[r.id_number] = vid
                    self.id_number_of[vid] = r.id_number
            visit_id = new_id()
            visits.append(dict(id=visit_id, station=self.station_id, at_utc=to_utc(at),
                               local_date=at.date(), local_time=at.strftime("%H:%M"), channel="walk_in",
                               headcount=r.headcount, note="", recorded_by=self.staff_id,
                               created_at=self.created))
            visitors.append(dict(id=new_id(), visit=visit_id, villager=vid))
            today = at.date()
            spec = ConcernInput(Villager(id=vid), r.function, r.rule, r.summary, r.details, hamlet=r.hamlet,
                                deadline=r.deadline or self.default_deadline(r.rule, today))
            fields = workflow.check_concern(spec, today)
            seq = self.last_seq.get(today.year, 0) + 1
            self.last_seq[today.year] = seq
            concern_id = new_id()
            history = [("received", None, "", {}, at),
                       ("registered", None, "", dict(fields, deadline=fields["deadline"].isoformat(),
                                                     hamlet=hamlet_id, handler=None), at),
                       ("note", None, IMPORT_NOTE.format(source=source, row=r.row),
                        {"import_key": r.key}, at)]
            if r.outcome != PENDING:
                closed_at = (max(at, min(dt.datetime.combine(r.closed_on, dt.time(17, 0)), self.now)))
                if r.satisfaction:
                    history.append(("step", "feedback", CLOSE_NOTE, {"satisfaction": r.satisfaction},
                                    closed_at))
                history.append(("closed", None, CLOSE_NOTE, {"outcome": r.outcome}, closed_at))
            evs, prev = [], None
            for i, (kind, step, note, data, when) in enumerate(history, start=1):
                eid = new_id()
                evs.append(dict(id=eid, concern=concern_id, seq=i, kind=kind,
                                step=step or workflow.KIND_STEP.get(kind), staff=self.staff_id,
                                at_utc=to_utc(when), local_date=when.date(), note=note, data=data,
                                prev_id=prev))
                prev = eid
            state = workflow.state_from_events([SimpleNamespace(**e) for e in evs])
            concerns.append(dict(
                id=concern_id, station=self.station_id, visit=visit_id, villager=vid, year=today.year,
                seq=seq, case_number=workflow.format_case_number(today.year, seq), registered_on=today,
                created_at=self.created, **state))
            events.extend(evs)
        made = {v["id"]: v for v in villagers}
        for number, vid in numbered:  # made by an earlier row of this round, without a number
            if vid in made:
                made[vid]["id_number"] = number
        self._insert(Villager, villagers)
        # a villager already here gets the number the ledger gives
        self.cursor.executemany("UPDATE villager SET id_number = ? WHERE id = ?",
                                [(number, vid) for number, vid in numbered if vid not in made])
        self._insert(Visit, visits)
        self._insert(VisitVisitor, visitors)
        self._insert(Concern, concerns)
        self._insert(ConcernEvent, events)
        ids = [c["id"] for c in concerns]
        search.reindex_many(ids)
        return ids


def import_checked(station: Station, check: LedgerCheck, staff: Staff | None = None,
                   progress: Callable[[int, int], None] | None = None) -> int:
    """Import the checked good rows, all or none; rows imported meanwhile
    (the same key) are skipped. Returns how many were imported.

    ``progress(done, total)``, if given, is called with 0 first and then
    after every ``CHUNK`` rows (from the thread doing the import; a GUI
    worker forwards it by a signal). A database that refuses the write (a
    full disk) raises ``ValidationError`` and nothing is saved."""
    access.require("ledger.import")
    access.require("concern.register")
    if not check.good:
        return 0
    if staff is None:  # the visits and events name the signed-in person
        staff = access.current_staff()
    clock_check.require_plausible(local_now())
    rows = sorted(check.good, key=lambda r: (r.registered_on, r.row))
    total = len(rows)
    count = 0
    try:
        with db.atomic():
            writer = _Writer(station, staff)
            done = _imported_keys(station)
            if progress is not None:
                progress(0, total)
            for i in range(0, total, CHUNK):
                chunk = [r for r in rows[i:i + CHUNK] if r.key not in done]
                count += len(writer.write(chunk, check.source))
                done.update(r.key for r in chunk)
                if progress is not None:
                    progress(min(i + CHUNK, total), total)
    except (pw.OperationalError, sqlite3.OperationalError) as e:
        raise _db_error(e) from None
    return count
