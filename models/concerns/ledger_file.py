"""The ledger file itself: the template the desk writes, and reading a filled
one (xlsx or csv) the way stations really keep them in Excel or WPS.

Reading streams the file: rows are taken one at a time and the file is
refused as soon as it holds more than ``MAX_ROWS`` filled rows, so a huge
file costs no more memory than the first rows past the limit.

What a station's own spreadsheet may have, and how it is read:

- title rows above the header (a merged "XX村台账" line): the header is the
  first of the first ``HEADER_SEARCH`` rows that names every required column;
- a header cell merged over two columns: both columns belong to that
  heading, their cells joined with a line break; a two-row header (a merged
  "反映人" over "姓名 | 联系电话") takes the names from the lower row;
- a data cell merged down over several rows (one 所在屯 for a block of
  rows): every row in it has that value;
- line breaks inside a cell are kept (``\\r\\n`` becomes ``\\n``);
- a column the desk does not take (备注, 民族) is named in ``ignored``; the
  ID number (身份证号) is taken, checked by ``ledger_import``.

Nothing here touches the database.
"""
from __future__ import annotations

import csv
import errno
import io
import os
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from models.core.errors import ValidationError
from models.core.vocab import FUNCTIONS, OUTCOMES, RULES, SATISFACTION

HEADERS = ["登记日期", "反映人姓名", "联系电话", "所在屯", "来访人数", "回应功能", "处理方式",
           "反映事项", "详细情况", "办结期限", "办理结果", "办结日期", "满意度", "身份证号"]
REQUIRED = {"登记日期", "反映人姓名", "回应功能", "处理方式", "反映事项"}
MAX_ROWS = 5000
HEADER_SEARCH = 10           # the header is looked for in the first rows
MAX_LINE_CHARS = 1 << 20     # one csv line (or one cell) longer than this is refused
CSV_FIELD_LIMIT = 1 << 20    # csv's own default (131,072) refused a long cell with a traceback

# Headings stations write for the same column.
ALIASES = {
    "日期": "登记日期", "来访日期": "登记日期", "受理日期": "登记日期", "登记时间": "登记日期",
    "姓名": "反映人姓名", "反映人": "反映人姓名", "来访人": "反映人姓名", "来访人姓名": "反映人姓名",
    "电话": "联系电话", "联系方式": "联系电话", "手机号": "联系电话", "手机号码": "联系电话",
    "屯": "所在屯", "所属屯": "所在屯", "屯名": "所在屯",
    "人数": "来访人数",
    "反映问题": "反映事项", "事项": "反映事项", "反映的问题": "反映事项",
    "具体情况": "详细情况", "情况说明": "详细情况",
    "处理结果": "办理结果", "办结情况": "办理结果",
    "群众满意度": "满意度",
    "身份证号码": "身份证号", "身份证": "身份证号", "公民身份号码": "身份证号", "证件号码": "身份证号",
}

_XLS_LIKE = {".xls": "旧版 Excel（.xls）", ".et": "WPS 表格（.et）", ".ods": "OpenDocument（.ods）",
             ".xlsm": "带宏的 Excel（.xlsm）"}


@dataclass
class LedgerSheet:
    """What was read: (row number in the file, {heading: value}) for every
    filled row below the header, and the headings the desk does not take."""
    rows: list[tuple[int, dict]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    header_row: int = 1


# ------------------------------------------------------------------ file errors

def file_error_message(e: OSError, path, reading: bool = False) -> str:
    """Plain Chinese for a file that could not be read or written."""
    name = Path(path).name if path else ""
    if reading:
        if e.errno in (errno.EACCES, errno.EPERM):
            return f"没有权限读取“{name}”，请把它复制到“文档”里再导入。"
        return f"读不了文件“{name}”（系统错误 {e.errno}）：U盘是否拔掉了？请插好后再试。"
    if e.errno == errno.ENOSPC or e.errno == getattr(errno, "EDQUOT", -1):
        return f"磁盘满了，“{name}”没有写成。请换一个有空间的位置（或删掉不要的文件）再试。"
    if e.errno == errno.ENAMETOOLONG:
        return ("文件名太长了（这个磁盘上一个文件名最多 255 个字节，约 85 个汉字），"
                "请起一个短一点的名字。")
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"没有权限写入“{name}”：这个位置只读或被保护，请换一个文件夹（如“文档”）。"
    if e.errno == errno.ENOENT:
        return f"找不到文件夹：{Path(path).parent}"
    if e.errno == errno.EFBIG:
        return f"“{name}”超过了这个磁盘允许的文件大小，没有写成。"
    if e.errno == errno.EISDIR:
        return f"“{name}”是一个文件夹，请写一个文件名。"
    return f"无法读写文件“{name}”（系统错误 {e.errno}）。"


# ------------------------------------------------------------------ template

def _options_sheet_ref(col: int, count: int) -> str:
    letter = chr(ord("A") + col)
    return f"'选项'!${letter}$2:${letter}${count + 1}"


def write_template(path, hamlet_names: list[str] = ()) -> Path:
    """An empty ledger with the Chinese headers: .xlsx (with drop-down lists
    and a sheet of instructions) or .csv (UTF-8 with BOM, which Excel opens).

    The drop-down lists read their choices from a hidden sheet "选项", never
    from an inline list: Excel refuses (reports the file as damaged) an
    inline list longer than 255 characters or one with a `"` or `,` inside a
    choice, which a hamlet's name may have. The file is written beside its
    final name and renamed into place, so a full disk leaves no empty or
    half-written file (and an older file of that name as it was)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("模板只能保存为 .xlsx 或 .csv 文件。", "path")
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError(f"找不到文件夹：{folder}", "path")
    try:   # not mkstemp: its file would be readable by its owner only
        tmp = str(folder / f".ledger-{uuid.uuid4().hex[:12]}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as e:
        raise ValidationError(file_error_message(e, path), "path") from None
    try:
        if suffix == ".csv":
            text = io.StringIO()
            csv.writer(text).writerow(HEADERS)
            data = text.getvalue().encode("utf-8-sig")
        else:   # made in memory (a few KB): a failing write then leaves nothing half-made behind
            data = _workbook_bytes(_template_workbook(list(hamlet_names)))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise ValidationError(file_error_message(e, path), "path") from None
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def _workbook_bytes(wb) -> bytes:
    """The workbook as an .xlsx file's bytes. openpyxl's own ``save`` leaves
    its zip open when a write fails (its sheets go through temporary files);
    here it is closed either way."""
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    archive = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    finally:
        archive.close()
    return buffer.getvalue()


def _template_workbook(hamlet_names: list[str]):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [12, 10, 14, 10, 8, 14, 20, 30, 40, 12, 14, 12, 10, 21]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    # the ID number column as text: typed as a number, Excel keeps 15 digits and drops the rest
    ws.column_dimensions["N"].number_format = "@"
    for col in ("H", "I"):   # the long text columns wrap, and keep the line breaks typed in them
        for row in range(2, 202):
            ws[f"{col}{row}"].alignment = Alignment(wrap_text=True, vertical="top")
    lists = {"F": list(FUNCTIONS.values()), "G": list(RULES.values()),
             "K": [label for label in OUTCOMES.values() if label != OUTCOMES["duplicate"]],
             "M": list(SATISFACTION.values())}
    if hamlet_names:
        lists["D"] = hamlet_names
    options = wb.create_sheet("选项")
    for i, (col, values) in enumerate(lists.items()):
        options.cell(row=1, column=i + 1, value=HEADERS[ord(col) - ord("A")])
        for j, v in enumerate(values):
            options.cell(row=j + 2, column=i + 1, value=v)
        dv = DataValidation(type="list", formula1=_options_sheet_ref(i, len(values)), allow_blank=True)
        dv.add(f"{col}2:{col}{MAX_ROWS + 1}")
        ws.add_data_validation(dv)
    options.sheet_state = "hidden"
    help_ws = wb.create_sheet("填写说明")
    for line in [
        "每行填写一件关切（一次来访反映几件事就填几行）。",
        "登记日期、反映人姓名、回应功能、处理方式、反映事项必须填写。日期写成 2026-03-08。",
        "回应功能：" + "、".join(FUNCTIONS.values()),
        "处理方式：" + "、".join(RULES.values()),
        "办理结果：空着或“待处理”表示还在办；已办结的请填写办结日期。",
        "满意度：" + "、".join(SATISFACTION.values()) + "（已办结的才填）。",
        "身份证号可以不填；填了的要是18位，软件会核对出生日期和最后一位校验码。"
        "这一列已设成文本，粘贴时请用“只粘贴文本”，否则 Excel 会把号码变成数字、丢掉后几位。",
        "所在屯要和软件里登记的屯名一致" + (f"：{'、'.join(hamlet_names)}。" if hamlet_names else "。"),
        f"一个文件最多 {MAX_ROWS} 行；更多的请分成几个文件。",
        "导入前软件会逐行检查，有问题的行会列出行号和原因，确认后才导入；同一行不会重复导入。",
    ]:
        help_ws.append([line])
    help_ws.column_dimensions["A"].width = 100
    return wb


# ------------------------------------------------------------------ reading

def _heading(value) -> str:
    """A header cell as a column name: spaces, line breaks and the "*" that
    marks a required column dropped, full-width forms made plain."""
    import unicodedata

    text = unicodedata.normalize("NFKC", str(value or ""))
    text = re.sub(r"[\s*＊:：]", "", text)
    return ALIASES.get(text, text)


def _too_many() -> ValidationError:
    return ValidationError(f"这个文件超过了 {MAX_ROWS} 行。一次最多导入 {MAX_ROWS} 行，"
                           "请把文件分成几份，分几次导入。", "path")


def _empty(values) -> bool:
    return all(v is None or str(v).strip() == "" for v in values)


class _Collector:
    """Takes the file's rows one by one: finds the header among the first
    rows, keeps the filled rows after it, refuses past ``MAX_ROWS``."""

    def __init__(self):
        self.head: list[tuple[int, list]] = []       # filled rows before the header was found
        self.header_rows: list[int] = []             # one row, or two (a group heading above)
        self.data: list[tuple[int, list]] = []       # filled rows below the header
        self.filled = 0

    def add(self, n: int, values: list) -> None:
        if _empty(values):
            return
        if not self.header_rows:
            names = {_heading(v) for v in values}
            above = {_heading(v) for v in self.head[-1][1]} if self.head else set()
            self.head.append((n, values))
            if REQUIRED <= names:
                self.header_rows = [n]
            elif REQUIRED <= names | above:       # a two-row header
                self.header_rows = [self.head[-2][0], n]
            elif len(self.head) >= HEADER_SEARCH:
                raise self.missing()
            return
        if len(self.header_rows) == 1 and not self.data and _all_headings(values):
            self.header_rows.append(n)                # names under a merged group heading
            self.head.append((n, values))
            return
        self.filled += 1
        if self.filled > MAX_ROWS:
            raise _too_many()
        self.data.append((n, values))

    def missing(self) -> ValidationError:
        if not self.head:
            return ValidationError("文件是空的。", "path")
        # the row that looks most like a header
        best_n, best = max(self.head, key=lambda r: len(REQUIRED & {_heading(v) for v in r[1]}))
        names = {_heading(v) for v in best}
        missing = [h for h in HEADERS if h in REQUIRED - names]
        return ValidationError(f"第{best_n}行的表头缺少：" + "、".join(missing)
                               + "。请使用软件导出的模板。", "path")


def _all_headings(values) -> bool:
    names = [_heading(v) for v in values if v is not None and str(v).strip()]
    return bool(names) and all(h in HEADERS for h in names)


def _finish(c: _Collector, merges: list[tuple[int, int, int, int]]) -> LedgerSheet:
    """Apply the merged cells and name the columns."""
    if not c.header_rows:
        raise c.missing()
    first, last = c.header_rows[0], c.header_rows[-1]
    block = {n: list(v) for n, v in c.head if first <= n <= last}
    by_n = {n: list(v) for n, v in c.data}
    width = max([len(v) for v in block.values()] + [len(v) for v in by_n.values()] + [0])

    def cell(rows, n, col):
        v = rows.get(n)
        return v[col] if v is not None and col < len(v) else None

    def put(rows, n, col, value):
        v = rows[n]
        if len(v) <= col:
            v.extend([None] * (col + 1 - len(v)))
        v[col] = value

    for r1, c1, r2, c2 in merges:
        if first <= r1 <= last:          # a heading: every cell of the range has its name
            top = cell(block, r1, c1 - 1)
            for n in range(r1, min(r2, last) + 1):
                for col in range(c1 - 1, c2):
                    if n in block:
                        put(block, n, col, top)
        elif r1 > last:                  # data: each filled row of the range has the value
            top = cell(by_n, r1, c1 - 1)  # (in its first column: the others are other headings)
            for n in range(r1 + 1, r2 + 1):
                if n in by_n:            # a 所在屯 merged down past the last row makes no rows
                    put(by_n, n, c1 - 1, top)
    names: list[str] = []
    for col in range(width):
        lower_first = [_heading(cell(block, n, col)) for n in sorted(block, reverse=True)]
        known = next((h for h in lower_first if h in HEADERS), None)
        names.append(known or next((h for h in lower_first if h), ""))
    ignored = list(dict.fromkeys(h for h in names if h and h not in HEADERS))
    rows = []
    for n in sorted(by_n):
        values = by_n[n]
        record: dict = {}
        for col, h in enumerate(names):
            if h not in HEADERS:
                continue
            v = values[col] if col < len(values) else None
            if v is None or str(v).strip() == "":
                record.setdefault(h, None)
            elif record.get(h) is None:
                record[h] = v
            elif str(record[h]) != str(v):   # a heading over two columns: both cells kept
                record[h] = f"{record[h]}\n{v}"
        rows.append((n, record))
    return LedgerSheet(rows, ignored, first)


def _csv_lines(f):
    """The physical lines of a csv file, refusing one so long it cannot be a
    ledger row (a file with no line breaks would otherwise be read whole)."""
    while True:
        line = f.readline(MAX_LINE_CHARS)
        if not line:
            return
        if len(line) >= MAX_LINE_CHARS and not line.endswith("\n"):
            raise ValidationError(f"文件里有一行超过了 {MAX_LINE_CHARS:,} 个字，不像是台账。"
                                  "请用软件导出的模板重新整理。", "path")
        yield line


def _read_csv(path: Path, c_factory) -> _Collector:
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    for encoding in ("utf-8-sig", "gb18030"):
        c = c_factory()
        try:
            with path.open(encoding=encoding, newline="") as f:
                reader = csv.reader(_csv_lines(f))
                try:   # a record is a row as Excel numbers them, whatever line breaks its cells hold
                    for n, values in enumerate(reader, start=1):
                        c.add(n, values)
                except csv.Error:
                    raise ValidationError(
                        f"csv 文件第{reader.line_num}行附近读不下去：可能有一个格子超过了 "
                        f"{CSV_FIELD_LIMIT:,} 个字，或引号没有成对。请用 Excel 打开检查后另存为“CSV UTF-8”。",
                        "path") from None
            return c
        except UnicodeDecodeError:
            continue
    raise ValidationError("这个 csv 文件的文字编码认不出来，请用 Excel 另存为“CSV UTF-8”。", "path")


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?"')


def _col(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _merges(archive: zipfile.ZipFile, member: str) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges (row1, col1, row2, col2; 1-based). They are
    written after the rows, so the part is scanned in chunks, never held whole."""
    found = []
    tail = b""
    with archive.open(member) as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            buf = tail + chunk
            last_end = 0
            for m in _MERGE.finditer(buf):
                a, r1, b, r2 = m.groups()
                c1, c2 = _col(a), _col(b or a)
                found.append((int(r1), c1, int(r2 or r1), c2))
                last_end = m.end()
            tail = buf[max(last_end, len(buf) - 200):]
    return sorted(set(found))


def _read_xlsx(path: Path, c: _Collector) -> list[tuple[int, int, int, int]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise ValidationError("这个文件打不开，不是有效的 Excel（.xlsx）文件。", "path") from None
    try:
        ws = wb["台账"] if "台账" in wb.sheetnames else wb.worksheets[0]
        ws.reset_dimensions()   # a sheet's recorded size may be wrong (some writers): read every cell
        for n, values in enumerate(ws.iter_rows(values_only=True), start=1):
            c.add(n, list(values))
        member = getattr(ws, "_worksheet_path", None)
        archive = getattr(wb, "_archive", None)
        if not c.header_rows or member is None or archive is None:
            return []
        return _merges(archive, member)
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        if isinstance(e, ValidationError):
            raise
        raise ValidationError("这个 Excel 文件已损坏，读不完整。请在 Excel 或 WPS 里打开后另存一份再导入。",
                              "path") from None
    finally:
        wb.close()


def read_ledger(path) -> LedgerSheet:
    path = Path(path)
    if not path.exists():
        raise ValidationError(f"找不到文件：{path}", "path")
    if path.is_dir():
        raise ValidationError(f"“{path.name}”是一个文件夹，请选一个台账文件。", "path")
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            c = _Collector()
            merges = _read_xlsx(path, c)
        elif suffix == ".csv":
            c = _read_csv(path, _Collector)
            merges = []
        elif suffix in _XLS_LIKE:
            raise ValidationError(f"这是{_XLS_LIKE[suffix]}文件。请在 Excel 或 WPS 里打开，"
                                  "“另存为” Excel 工作簿（.xlsx）后再导入。", "path")
        else:
            raise ValidationError("只能导入 .xlsx 或 .csv 文件。", "path")
    except OSError as e:
        raise ValidationError(file_error_message(e, path, reading=True), "path") from None
    return _finish(c, merges)


def read_rows(path) -> list[tuple[int, dict]]:
    """(row number, {header: value}) for every non-empty row below the header."""
    return read_ledger(path).rows
