#!/usr/bin/env python3
"""村民关切回应站 desk software.

With no command, opens the desk window. ``python main.py --help`` lists the
commands; every command takes ``--data-dir DIR`` to work on another folder.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from models.safety.about import APP_VERSION  # one place for the version (About box, installer)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式不对：{value}（应为 年-月-日，如 2026-03-08）") from None


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # plain words, exit code 2, nothing touched
        self.print_usage(sys.stderr)
        self.exit(2, f"命令有误：{_plain(message)}\n")


_ARGPARSE_PHRASES = [
    (r"^argument (\S+): ", r"参数 \1："),
    (r"(?s)^the following arguments are required: (.*)$", r"缺少参数：\1"),
    (r"(?s)^unrecognized arguments: (.*)$", r"不认识的参数：\1"),
    (r"invalid choice: (['\"])(.*?)\1 \(choose from (.*)\)", r"没有“\2”这一项（可选：\3）"),
    (r"expected one argument", r"后面要跟一个值"),
    (r"expected at least one argument", r"后面至少要跟一个值"),
    (r"invalid int value: (['\"])(.*?)\1", r"“\2”不是整数"),
    (r"^ambiguous option: (\S+) could match (.*)$", r"“\1”不明确，可能是：\2"),
    (r"ignored explicit argument (['\"])(.*?)\1", r"不用跟值（多了“\2”）"),
]


def _plain(message: str) -> str:
    """argparse's English, put into plain Chinese."""
    import re

    for pattern, chinese in _ARGPARSE_PHRASES:
        message = re.sub(pattern, chinese, message)
    return message


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="main.py", description="村民关切回应站 工作台。不带命令时打开窗口。")
    p.add_argument("--data-dir", metavar="DIR", help="数据文件夹（默认是本用户的应用数据文件夹）")
    p.add_argument("--version", action="version", version=APP_VERSION)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="打开工作台窗口（默认）")
    d = sub.add_parser("demo", help="生成一个演示用的村回应站（一年的来访和关切）")
    d.add_argument("--seed", type=int, default=2014, help=argparse.SUPPRESS)
    d.add_argument("--ningming", action="store_true",
                   help="改为生成宁明县全县的数据（1个指挥部、13个中心、161个站、127个点；"
                        "来访690人，关切652件：已解决613，待处理35，其他4）")
    s = sub.add_parser("stats", help="统计：来访人数、来访次数、关切件数及办理结果")
    s.add_argument("--json", action="store_true", help="以 JSON 输出（供乡镇脚本使用）")
    s.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    s.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    s.add_argument("--period", choices=["month", "half", "year"],
                   help="按月、半年或年统计（含前几期的趋势、办结率、按期办结率、满意率）")
    s.add_argument("--at", type=_date, metavar="YYYY-MM-DD", help="统计哪一期：这一天所在的月、半年或年（默认今天）")
    s.add_argument("--station", metavar="CODE", help="只统计这个站点及其下级站点（站点编码）")
    f = sub.add_parser("search", help="查找关切：案件编号、姓名、拼音首字母、电话或内容片段")
    f.add_argument("query", nargs="+")
    sub.add_parser("where", help="显示数据文件的位置")
    lg = sub.add_parser("ledger", help="纸质或 Excel 台账：导出模板（xlsx/csv），导入填好的台账",
                        description="ledger template -o 台账模板.xlsx：导出空白模板；"
                                    "ledger import 台账.xlsx：逐行检查并列出有问题的行；"
                                    "确认无误后加 --yes 才导入（同一行不会重复导入）。")
    lg.add_argument("action", choices=["template", "import"], metavar="template|import")
    lg.add_argument("file", nargs="?", metavar="FILE", help="要导入的台账（.xlsx 或 .csv）")
    lg.add_argument("-o", "--output", metavar="FILE", help="模板保存到（.xlsx 或 .csv）")
    lg.add_argument("--yes", action="store_true", help="确认导入检查通过的行")
    r = sub.add_parser(
        "report", help="打印文书（PDF）：台账、公示、轮值表、流程图、运行制度、亲民卡、代办回执、调解记录、统计报表、下访接待公告、U盘同步记录",
        description="生成一份文书的 PDF。KIND 可选：ledger 台账，notice 结果公示，"
                    "time-limited 限时解决集中公示，roster 轮值表，workflow 工作流程图，rules 运行制度，"
                    "cards 亲民卡，proxy-receipt 代办回执（需 --case），mediation 调解记录（需 --case），extension 延期告知书（需 --case），"
                    "stats 统计报表（本站及下属站点），sync-trips U盘同步记录（默认今年1月1日至今）。")
    r.add_argument("kind", nargs="?", metavar="KIND", help="文书种类")
    r.add_argument("-o", "--output", metavar="FILE.pdf", help="保存到的 PDF 文件")
    r.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="统计期间开始（默认本月1日）")
    r.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="统计期间结束（默认今天）")
    r.add_argument("--case", metavar="NUMBER", help="案件编号，如 2026-0042（代办回执、调解记录、延期告知书用）")
    r.add_argument("--paper", default="A4", metavar="A4|A3", help="纸张（默认 A4；公示、流程图等可用 A3）")
    t = sub.add_parser("selftest", help="自检：在演示数据上打开窗口、生成一份 PDF 后退出"
                                        "（不动本机数据，除非用 --data-dir 指定）")
    t.add_argument("--window-only", action="store_true",
                   help="只打开主窗口，显示出来就退出（测量启动时间用）")
    import commands

    commands.register_all(sub, COMMANDS)
    return p


def _open(args, must_exist: bool = True):
    from commands.common import open_data
    from models.station.stations import this_station

    path = open_data(args.data_dir, must_exist)
    return path, this_station()


def cmd_demo(args) -> int:
    from models.figures.totals import totals
    from models.samples.demo import build_demo

    path, station = _open(args, must_exist=False)
    if station is not None:
        print(f"这个数据文件夹已经有站点“{station.name}”了，没有生成演示数据：{path}\n"
              f"请用 --data-dir 指定一个新的文件夹。", file=sys.stderr)
        return 1
    if args.ningming:
        from models.core.errors import ValidationError
        from models.samples.ningming import build_ningming

        try:
            county = build_ningming(seed=args.seed)
        except ValidationError as exc:
            print(exc.message, file=sys.stderr)
            return 1
        t = totals(None)
        print(f"已生成“{county.name}”全县数据：来访 {t.visits} 次 {t.visitors} 人，关切 {t.concerns} 件"
              f"（已解决 {t.resolved}，待处理 {t.pending}，其他 {sum(t.other_outcomes.values())}）。")
        print(f"数据文件：{path}")
        return 0
    station = build_demo(seed=args.seed)
    t = totals(station)
    print(f"已生成演示站点“{station.name}”：来访 {t.visits} 次 {t.visitors} 人，关切 {t.concerns} 件。")
    print(f"数据文件：{path}")
    return 0


def cmd_stats(args) -> int:
    from models.core.vocab import FUNCTIONS, OUTCOMES, RULES
    from models.figures.totals import totals

    if args.date_from and args.date_to and args.date_from > args.date_to:
        print("开始日期不能晚于结束日期。", file=sys.stderr)
        return 2
    _, station = _open(args)
    if args.period or args.station or args.at:
        return _stats_detailed(args)
    t = totals(None, args.date_from, args.date_to)
    if args.json:
        print(json.dumps(t.as_json(), ensure_ascii=False, sort_keys=True))
        return 0
    period = f"{args.date_from or '最早'} 至 {args.date_to or '今天'}"
    print(f"{station.name if station else ''}  统计期间：{period}")
    print(f"来访 {t.visits} 次，{t.visitors} 人；关切 {t.concerns} 件："
          f"已解决 {t.resolved}，待处理 {t.pending}" +
          "".join(f"，{OUTCOMES[k]} {v}" for k, v in t.other_outcomes.items()))
    print("按回应功能：" + "，".join(f"{FUNCTIONS[k]} {v}" for k, v in t.by_function.items()))
    print("按处理方式：" + "，".join(f"{RULES[k]} {v}" for k, v in t.by_rule.items()))
    return 0


def _stats_detailed(args) -> int:
    """Statistics for a period (with its trend) or a station and those under it."""
    from models.core.clock import today
    from models.core.schema import Station
    from models.core.vocab import FUNCTIONS, OUTCOMES, RULES
    from models.figures.periods import ON_TIME_RULE, percent, period_of, statistics

    if args.period and (args.date_from or args.date_to):
        print("按期统计（--period）时不用 --from / --to。", file=sys.stderr)
        return 2
    if args.at and not args.period:
        print("--at 要和 --period 一起用，如 --period month --at 2026-03-01。", file=sys.stderr)
        return 2
    scope = None
    if args.station:
        scope = Station.get_or_none(Station.code == args.station.strip())
        if scope is None:
            print(f"没有编码为 {args.station} 的站点。", file=sys.stderr)
            return 2
    period = period_of(args.period, args.at or today()) if args.period else None
    s = statistics(scope, period, args.date_from, args.date_to)
    if args.json:
        print(json.dumps(s.as_json(), ensure_ascii=False, sort_keys=True))
        return 0
    f, t = s.figures, s.figures.totals
    when = period.label if period else f"{args.date_from or '最早'} 至 {args.date_to or '今天'}"
    print(f"{s.scope_name}（{s.stations_counted} 个站点）  统计期间：{when}")
    if s.scope_age is not None and s.scope_age.source != "own":
        print(f"{s.scope_name}：{s.scope_age.text}")
    if s.incomplete:
        print(s.incomplete_note())
    print(f"来访 {t.visits} 次，{t.visitors} 人；关切 {t.concerns} 件："
          f"已解决 {t.resolved}，待处理 {t.pending}" +
          "".join(f"，{OUTCOMES[k]} {v}" for k, v in t.other_outcomes.items()))
    print(f"办结率 {percent(f.completion_rate)}，按期办结率 {percent(f.on_time_rate)}，"
          f"满意率 {percent(f.satisfaction_rate)}（{f.rated} 件有评价）")
    print("按回应功能：" + "，".join(f"{FUNCTIONS[k]} {v}" for k, v in t.by_function.items()))
    print("按处理方式：" + "，".join(f"{RULES[k]} {v}" for k, v in t.by_rule.items()))
    if s.trend:
        print("趋势：" + "，".join(f"{p.label} {p.concerns}件" for p in s.trend))
    for r in [r for r in s.ranking if not r.stale][:20] + [r for r in s.ranking if r.stale]:
        age = f"  {r.data_age.text}" if r.data_age is not None and r.data_age.source != "own" else ""
        print(f"  {'—' if r.stale else r.rank:>3}. {r.name}  关切 {r.concerns}  满意率 {percent(r.satisfaction_rate)}"
              + ("  【低于90%】" if r.flagged else "") + age + ("  【数据不全，不参加排名】" if r.stale else ""))
    print("说明：" + ON_TIME_RULE)
    return 0


SEARCH_LIMIT = 200


def cmd_search(args) -> int:
    from models.concerns.search import search_concerns
    from models.concerns.workflow import status_text
    from models.core.clock import today
    from models.core.validation import mask_name

    _, station = _open(args)
    found = search_concerns(None, " ".join(args.query), limit=SEARCH_LIMIT)
    for c in found:
        who = mask_name(c.villager.name) if c.confidential else c.villager.name
        summary = "（涉密涉私事项）" if c.confidential else c.summary
        print(f"{c.case_number}  {c.registered_on}  {who}  {summary}  [{status_text(c, today())}]")
    if len(found) >= SEARCH_LIMIT:
        print(f"找到的太多，只列出最近的 {SEARCH_LIMIT} 件；请多加一个词缩小范围。")
    else:
        print(f"共找到 {len(found)} 件。")
    return 0


def cmd_report(args) -> int:
    """Write one printed document to a PDF; bad arguments get a plain
    message, exit code 2 and no file."""
    from models.core.errors import ValidationError
    from models.figures import reporting

    def refuse(message: str, code: int = 2) -> int:
        print(message, file=sys.stderr)
        return code

    kinds = "、".join(f"{k}（{reporting.TITLES[k]}）" for k in reporting.KINDS)
    if not args.kind:
        return refuse(f"请写明要打印哪种文书：{kinds}。")
    kind = args.kind.strip().lower()
    if kind not in reporting.KINDS:
        return refuse(f"没有这种文书：{args.kind}。可打印：{kinds}。")
    title = reporting.TITLES[kind]
    if not args.output:
        return refuse("请用 -o 指定保存的文件，如 -o 台账.pdf。")
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        return refuse(f"保存的文件名请以 .pdf 结尾：{out}")
    if out.is_dir():
        return refuse(f"{out} 是一个文件夹，请写文件名，如 {out / (title + '.pdf')}")
    if not out.parent.is_dir():
        return refuse(f"文件夹不存在：{out.parent}")
    paper = (args.paper or "A4").strip().upper()
    import reports

    allowed = reports.papers(kind)
    if paper not in allowed:
        return refuse(f"“{title}”只能用 {'、'.join(allowed)} 纸打印，不能用 {args.paper}。")
    if kind in reporting.NEEDS_CASE and not args.case:
        return refuse(f"打印“{title}”要用 --case 指定案件编号，如 --case 2026-0042。")
    if kind not in reporting.NEEDS_CASE and args.case:
        return refuse(f"“{title}”不按案件打印，不需要 --case。")
    if kind not in reporting.NEEDS_PERIOD and (args.date_from or args.date_to):
        return refuse(f"“{title}”不按日期打印，不需要 --from / --to。")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        return refuse("开始日期不能晚于结束日期。")
    _, station = _open(args)
    if station is None:
        return refuse("还没有设置站点：请先运行 python main.py 设置站点，或运行 python main.py demo 生成演示数据。")
    try:
        data = reporting.report_data(kind, station, args.date_from, args.date_to, args.case)
        pages = reports.render(kind, data, out, paper=paper)
    except ValidationError as e:
        return refuse(e.message)
    except OSError as e:
        return refuse(f"无法写入文件 {out}：{e.strerror or e}", 1)
    print(f"已生成“{title}”：{out}（{paper}，共 {pages} 页）")
    return 0


def cmd_where(args) -> int:
    from models.core.paths import database_path

    print(database_path(args.data_dir))
    return 0


def cmd_selftest(args) -> int:
    from ui.selftest import run_selftest

    if args.window_only:
        from ui.selftest import open_window_and_quit

        return open_window_and_quit(args.data_dir)
    return run_selftest(args.data_dir)


def cmd_gui(args) -> int:
    from ui.app import run

    return run(args.data_dir)


COMMANDS = {"demo": cmd_demo, "stats": cmd_stats, "search": cmd_search, "where": cmd_where,
            "gui": cmd_gui, None: cmd_gui}
COMMANDS["selftest"] = cmd_selftest
COMMANDS["report"] = cmd_report


def cmd_ledger(args) -> int:
    """Export the ledger template, or check (and with --yes import) a filled one."""
    from models.concerns import ledger_import
    from models.core.clock import today
    from models.core.errors import ValidationError

    _, station = _open(args)
    if station is None:
        print("还没有设置站点：请先运行 python main.py 设置站点。", file=sys.stderr)
        return 2
    try:
        if args.action == "template":
            if not args.output:
                print("请用 -o 指定模板保存到哪里，如 -o 台账模板.xlsx。", file=sys.stderr)
                return 2
            path = ledger_import.write_template(args.output, station)
            print(f"已导出台账模板：{path}")
            return 0
        if not args.file:
            print("请写明要导入的台账文件，如 ledger import 台账.xlsx。", file=sys.stderr)
            return 2
        check = ledger_import.check_file(station, args.file, today())
        print(check.report())
        if not args.yes:
            if check.good:
                print(f"以上是检查结果，还没有导入。确认导入这 {len(check.good)} 行，请在命令后加 --yes。")
            return 0 if not check.bad else 1
        n = ledger_import.import_checked(station, check)
        print(f"已导入 {n} 行。" + (f"有问题的 {len(check.bad)} 行没有导入，请改正后再导入。" if check.bad else ""))
        return 0
    except ValidationError as e:
        print(e.message, file=sys.stderr)
        return 2
    except OSError as e:
        print(f"无法读写文件：{e.strerror or e}", file=sys.stderr)
        return 1


COMMANDS["ledger"] = cmd_ledger


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except Exception as exc:  # a damaged, foreign or unwritable data file: words, not a traceback
        from models.core.paths import database_path
        from models.safety.file_check import FileProblem, explain

        text = exc.message if isinstance(exc, FileProblem) else explain(exc, database_path(args.data_dir))
        if text is None:
            raise
        print(text, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
