"""``main.py [--data-dir DIR] verify [--head SEQ:HASH] [--file FILE]``: is the
database sound, and is its audit chain whole?

Runs ``models.safety.integrity.check_database`` and ``models.safety.audit.verify_chain`` on
a read-only connection (verifying changes nothing, not even the audit
triggers a normal start-up would put back), prints plainly what is wrong or
"数据库完好，记录链完整，共 N 条，链头 …", and exits 0 when all is well, 1
otherwise. ``--head`` takes the head printed on a ledger and checks that the
chain still holds it: nothing before the printout was changed or removed.
"""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path


def register(sub, commands: dict) -> None:
    v = sub.add_parser(
        "verify", help="核对数据库是否完好、记录链是否完整（谁在何时改了什么，删改过就查得出来）",
        description="检查数据文件，并重新计算记录链：记录被删、被改，或数据绕过记录被改，都会列出。"
                    "台账末页印着“核对码：N:链头”，可用 --head N:链头 核对打印之后记录没有被删改（窗口里：打印 → 核对打印过的台账）。"
                    "只读，不改动任何数据。")
    v.add_argument("--head", metavar="SEQ:HASH", help="台账上印的链头，如 1234:1a2b3c4d5e6f7a8b")
    v.add_argument("--file", metavar="FILE", help="核对这个数据文件（如一份备份），而不是数据文件夹里的")
    commands["verify"] = run


def run(args) -> int:
    from models.core.paths import database_path
    from models.core.errors import ValidationError
    from models.safety import audit
    from models.safety.integrity import check_database

    expect = None
    if args.head:
        try:
            expect = audit.parse_head(args.head)
        except ValidationError as exc:
            print(str(exc), file=sys.stderr)
            return 1
    path = Path(args.file) if args.file else database_path(args.data_dir)
    if not path.exists():
        print(f"找不到数据文件：{path}\n请先运行 python main.py 设置站点，或用 --data-dir 指定数据文件夹。",
              file=sys.stderr)
        return 1

    from models.safety.file_check import FileProblem, check_data_file

    unwritable = None
    try:
        check_data_file(path, writable=not args.file)
    except FileProblem as problem:
        if problem.kind not in ("read_only", "disk_full"):
            print(problem.message)
            return 1
        unwritable = problem.message  # it can still be checked, read-only; said at the end

    integrity = check_database(path)
    if not integrity.ok and "error" in integrity.details:
        # the file cannot be read at all: there is no chain to check
        print(integrity.summary())
        print(f"数据文件：{path}")
        return 1
    try:
        from models.safety.file_check import read_only_uri

        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        print(f"数据文件打不开（{exc}）：{path}")
        return 1
    try:
        chain = audit.verify_chain(conn, expect=expect)
    except sqlite3.DatabaseError as exc:
        chain = audit.ChainReport(False, [f"记录链读不出来（{exc}），数据文件可能已经损坏。"])
    finally:
        conn.close()

    ok = integrity.ok and chain.ok
    if ok:
        print(f"数据库完好，记录链完整，共 {chain.length} 条，"
              f"链头 {audit.head_text(chain.head_seq, chain.head_hash)}")
        if expect is not None:
            print(f"台账上的链头（第 {expect[0]} 条，{expect[1][:16]}）核对无误：打印之前的记录没有被删改。")
    else:
        if not integrity.ok:
            print(integrity.summary())
        if not chain.ok:
            print(f"记录链有问题（共 {chain.length} 条）：")
            for line in chain.problems:
                print("  " + line)
        elif integrity.ok is False:
            print(f"记录链完整，共 {chain.length} 条，链头 {audit.head_text(chain.head_seq, chain.head_hash)}")
    for note in chain.notes:
        print("说明：" + note)
    print(f"数据文件：{path}")
    if unwritable:
        print(unwritable)
        return 1
    return 0 if ok else 1
