"""``main.py villager-record --villager NAME-or-ID -o FILE.pdf``: print
everything the desk holds about one villager, for them to take home — the
access right of the Personal Information Protection Law. The station head
only (``person.record``; the command line acts as SYSTEM, see docs/roles.md);
every print is an entry in the audit chain. ``write_record`` is the same for
the desk window (ui.villager_record_dialog)."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub, commands: dict) -> None:
    p = sub.add_parser(
        "villager-record", help="应村民本人要求，打印他在本站的全部记录（PDF）",
        description="把本站保存的某位村民的个人信息、每次来访、每件反映事项（含案件编号）和办理经过"
                    "打印成一份 PDF，交给本人。只有站长可以打印，每次打印都记入留痕链。")
    p.add_argument("--villager", required=True, metavar="姓名或编号", help="村民的姓名（同名时用编号）")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="写到哪个 PDF 文件")
    commands["villager-record"] = run


def write_record(villager_or_name, path, progress=None) -> int:
    """Build and print one villager's record to ``path``; returns the page
    count. Refused (access.NotAllowed) unless the actor is the station head."""
    import reports
    from models.concerns.villager_record import find_villager, villager_record
    from models.core.errors import ValidationError
    from models.core.schema import Villager
    from models.station.stations import this_station

    station = this_station()
    if station is None:
        raise ValidationError("这台电脑还没有设置站点。", None)
    villager = villager_or_name if isinstance(villager_or_name, Villager) else \
        find_villager(station, villager_or_name)
    data = villager_record(villager)
    return reports.render("villager-record", data, Path(path), "A4", progress)


def run(args) -> int:
    from models.core.errors import ValidationError

    from .common import open_data

    open_data(args.data_dir)
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        print("输出文件要以 .pdf 结尾。", file=sys.stderr)
        return 2
    try:
        pages = write_record(args.villager, out)
    except ValidationError as exc:
        print(exc.message + " 没有打印。", file=sys.stderr)
        return 1
    print(f"已打印 {out}（{pages} 页）。请当面交给村民本人。")
    return 0
