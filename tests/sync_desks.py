"""Desks for the sync tests: each a data folder with its own real SQLite file.

One database is open at a time (models.core.db's proxy is global): ``Desk.open``
closes whichever desk was open and opens its own. Desks are set up and paired
through the same model functions the first-run screen and ``main.py sync``
use; packages are real files in a "stick" folder.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from models.safety.opening import close_database, open_database

_open: list["Desk | None"] = [None]

COUNTY = ("county", "测试县回应指挥部", "4599")
TOWNSHIP = ("township", "测试镇回应中心", "459901")
VILLAGES = [("village", f"{n}村回应站", f"459901{i:03d}") for i, n in
            enumerate(["东山", "西河", "南岭", "北坡", "中和"], start=1)]


@dataclass
class Desk:
    label: str
    folder: Path
    level: str
    name: str
    code: str
    station_id: str = ""
    children: list["Desk"] = field(default_factory=list)
    parent: "Desk | None" = None

    @property
    def path(self) -> Path:
        return self.folder / "station.sqlite3"

    def open(self) -> "Desk":
        if _open[0] is not self:
            close_database()
            open_database(self.path)
            _open[0] = self
        return self

    def station(self):
        from models.station.stations import this_station

        self.open()
        return this_station()

    def __repr__(self) -> str:
        return f"Desk({self.label})"


def close() -> None:
    close_database()
    _open[0] = None


def make_desk(root: Path, label: str, spec: tuple, parent: Desk | None = None) -> Desk:
    """A desk set up as a cadre does on first run: its station (and its parent
    station by name and code, as the form asks) and two staff members."""
    from models.station import stations

    level, name, code = spec
    desk = Desk(label, Path(root) / label, level, name, code, parent=parent)
    desk.folder.mkdir(parents=True, exist_ok=True)
    desk.open()
    me = stations.set_up_this_station(level, name, code,
                                      parent_name=parent.name if parent else "",
                                      parent_code=parent.code if parent else "")
    stations.add_staff(me, f"{name[:2]}站长", "13800000001", "head", full_time=True)
    stations.add_staff(me, f"{name[:2]}办事员", "13800000002", "clerk")
    desk.station_id = me.id
    if parent is not None:
        parent.children.append(desk)
    return desk


def pair(parent: Desk, child: Desk, stick: Path) -> None:
    """Pairing as the README tells it: the parent writes a pairing file, the
    child joins with the pass code, the child's first package introduces it
    to the parent."""
    from sync import pairing

    stick.mkdir(parents=True, exist_ok=True)
    parent.open()
    ticket = pairing.create_child_pairing(child.code, child.name, None, stick)
    child.open()
    me = pairing.join_parent(ticket.path, ticket.pass_code)
    child.station_id = me.id
    ticket.path.unlink()
    first = export(child, parent, stick)
    do_import(parent, first)
    first.unlink()


def export(src: Desk, dst: Desk, stick: Path, full: bool = False) -> Path:
    from sync import engine

    src.open()
    return engine.export_package(stick, dst.code, full=full).path


def do_import(desk: Desk, package: Path, dry_run: bool = False):
    from sync import engine

    desk.open()
    return engine.import_package(package, dry_run=dry_run)


def trip(src: Desk, dst: Desk, stick: Path, full: bool = False):
    """Export at ``src`` for ``dst`` and import the file at ``dst``."""
    path = export(src, dst, stick, full)
    return do_import(dst, path)


def township_round(township: Desk, stick: Path) -> None:
    """Every village to the township, then the township back to every village
    (and to and from its county, if it has one)."""
    for v in township.children:
        trip(v, township, stick)
    if township.parent is not None:
        trip(township, township.parent, stick)
        trip(township.parent, township, stick)
    for v in township.children:
        trip(township, v, stick)


def build_network(root: Path, villages: int = 3, county: bool = False) -> list[Desk]:
    """[county?, township, village...], set up and paired (first packages
    exchanged), every desk closed."""
    stick = Path(root) / "stick"
    top = make_desk(root, "county", COUNTY) if county else None
    township = make_desk(root, "township", TOWNSHIP, parent=top)
    desks = ([top] if top else []) + [township]
    if top:
        pair(top, township, stick)
    for i in range(villages):
        v = make_desk(root, f"village{i + 1}", VILLAGES[i], parent=township)
        pair(township, v, stick)
        desks.append(v)
    close()
    return desks


def copy_network(desks: list[Desk], root: Path) -> list[Desk]:
    """Copies of closed desks' folders under ``root``, with the same links."""
    close()
    mapping: dict[int, Desk] = {}
    out = []
    for d in desks:
        folder = Path(root) / d.label
        shutil.copytree(d.folder, folder)
        c = Desk(d.label, folder, d.level, d.name, d.code, d.station_id)
        mapping[id(d)] = c
        out.append(c)
    for d in desks:
        c = mapping[id(d)]
        c.parent = mapping.get(id(d.parent)) if d.parent else None
        c.children = [mapping[id(x)] for x in d.children]
    return out


# ------------------------------------------------------------ comparing

def partition_rows(desk: Desk, partitions=None, redacted_ok: bool = False) -> dict:
    """{partition: {(table, id): row}} of the synced tables as they travel
    (local columns left out). ``partitions`` limits which are read."""
    from models.core.db import db
    from sync import store
    from sync.tables import LOCAL_COLUMNS, PARTITION_SQL, SYNCED_TABLES

    desk.open()
    out: dict[str, dict] = {}
    for table in SYNCED_TABLES:
        names = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")')]
        cols = [c for c in names if c not in LOCAL_COLUMNS.get(table, ())]
        select = ", ".join(f'r."{c}"' for c in cols)
        for row in db.execute_sql(f'SELECT {PARTITION_SQL[table]}, {select} FROM "{table}" r'):
            part = row[0]
            if partitions is not None and part not in partitions:
                continue
            values = {c: store.to_json_value(v) for c, v in zip(cols, row[1:])}
            out.setdefault(part, {})[(table, values["id"])] = values
    return out


def all_rows(desk: Desk, tables=None) -> dict:
    """Every row of the given tables (default: all but the audit trail), all
    columns: what a person could ever see, and the sync bookkeeping."""
    from models.core.db import db

    desk.open()
    names = tables or [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'concern_fts%' ORDER BY name")]
    out = {}
    for t in names:
        rows = db.execute_sql(f'SELECT * FROM "{t}"').fetchall()
        out[t] = sorted(map(repr, rows))
    return out


def table_counts(desk: Desk) -> dict[str, int]:
    from models.core.db import db

    desk.open()
    names = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {n: db.execute_sql(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


def content_digest(desk: Desk) -> str:
    """A hash of every row of every table (order-free)."""
    return hashlib.sha256(json.dumps(all_rows(desk), ensure_ascii=False).encode()).hexdigest()


def file_digest(path: Path) -> str:
    """Hash of a closed database's file (and its WAL, if any)."""
    h = hashlib.sha256()
    for p in (Path(path), Path(str(path) + "-wal")):
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


def holders(desks: list[Desk], partition: str) -> list[Desk]:
    """The desks that may hold ``partition``: every desk for the public
    directory, else the partition's own station's desk and those above it."""
    if partition == "*":
        return list(desks)
    out = []
    for d in desks:
        x: Desk | None = next((e for e in desks if e.station_id == partition), None)
        while x is not None:
            if x is d:
                out.append(d)
                break
            x = x.parent
    return out
