"""Pairing: the parent desk sets up a child once; the child joins from the stick.

At the parent (township, say) ``create_child_pairing`` records the child
station and writes a pairing file, encrypted with a key derived (scrypt) from
an 8-digit pass code that is told to the child's cadre by phone or on paper
and never written into the file. The file holds the parent's public keys,
the parent's station row and its ancestors', the child's station row and a
fresh 32-byte pairing secret.

At the child, ``join_parent`` opens the file with the pass code and, in one
transaction, takes in the parent chain's station rows (re-pointing every
reference from a local stand-in of the parent, or from this desk's own
station row when the parent knows it under another id), sets the parent and
records the parent as a peer. The child's first package to the parent then
introduces the child's public keys, vouched for by an HMAC with the pairing
secret (see ``package``); ``confirm_first_contact`` stores them.
"""
from __future__ import annotations

import json
import os
import secrets
import struct
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from models.core import access, clock, settings
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Station, utcnow
from models.core.vocab import LEVELS, PARENT_LEVEL
from models.station import stations

from . import crypto, engine
from .errors import PackageRefused
from .identity import identity
from .package import PART_SUFFIX, _peer_keys, atomic_write, safe_name, unique_stem
from .tables import SYNCED_TABLES

MAGIC = b"VDPAIR\x1a\n"
FORMAT = 1
SUFFIX = ".vpair"
_PREAMBLE = struct.Struct(">HQI")
HEAD_SIZE = len(MAGIC) + _PREAMBLE.size
PASS_DIGITS = 8
STATION_FIELDS = ("id", "level", "name", "code", "parent_id", "address", "phone", "opening_hours")
CHILD_LEVEL = {parent: child for child, parent in PARENT_LEVEL.items()}


@dataclass(frozen=True)
class Ticket:
    path: Path
    pass_code: str          # shown as 1234-5678; told by phone or on paper, never in the file
    notice: str = ""        # what this pairing did, in plain Chinese, to show the cadre


def _now_text() -> str:
    return utcnow().strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- pass codes

def new_pass_code() -> str:
    n = secrets.randbelow(10 ** PASS_DIGITS)
    digits = f"{n:0{PASS_DIGITS}d}"
    return f"{digits[:4]}-{digits[4:]}"


def _clean_pass_code(text: str) -> str:
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if not ch.isspace()
                     and ch not in "-—–_")
    if len(digits) != PASS_DIGITS or not digits.isdigit():
        raise PackageRefused("pairing_code", f"配对码是{PASS_DIGITS}位数字（例如 1234-5678），"
                                             "请对照乡镇给的纸条重新输入。")
    return digits


# ---------------------------------------------------------------- the file

def _seal_ticket(content: dict, pass_code: str) -> bytes:
    salt = os.urandom(16)
    header = json.dumps({"format": FORMAT, "kind": "village-desk pairing",
                         "kdf": {"scheme": crypto.KDF_SCHEME, "n": crypto.SCRYPT_N,
                                 "r": crypto.SCRYPT_R, "p": crypto.SCRYPT_P, "salt": salt.hex()},
                         "aead": "ChaCha20Poly1305"}, sort_keys=True).encode("utf-8")
    key = crypto.pass_code_key(_clean_pass_code(pass_code), salt)
    plaintext = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    sealed_len = crypto.NONCE_SIZE + len(plaintext) + 16
    total = HEAD_SIZE + len(header) + sealed_len + 32
    head = MAGIC + _PREAMBLE.pack(FORMAT, total, len(header)) + header
    body = head + crypto.encrypt(key, plaintext, head)
    assert len(body) + 32 == total
    return body + crypto.sha256(body)


def _open_ticket(path: Path, pass_code: str) -> dict:
    path = Path(path)
    name = path.name
    not_ticket = PackageRefused("not_package", f"「{name}」不是配对文件（配对文件的名字以 {SUFFIX} 结尾）。")
    if name.endswith(PART_SUFFIX):
        raise PackageRefused("truncated", f"「{name}」是一个没有写完的文件，不是完整的配对文件。"
                                          "请乡镇回应中心重新生成配对文件。")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PackageRefused("not_package", f"找不到文件「{name}」，请检查U盘是否插好。") from None
    except OSError:
        raise not_ticket from None
    truncated = PackageRefused("truncated", f"配对文件「{name}」不完整，可能是拷贝时U盘被拔出。"
                                            "请重新拷贝，或者请乡镇回应中心重新生成。")
    if data[:len(MAGIC)] != MAGIC:
        if len(data) < len(MAGIC) and MAGIC.startswith(data):
            raise truncated
        raise not_ticket
    if len(data) < HEAD_SIZE + 32:
        raise truncated
    fmt, total, hlen = _PREAMBLE.unpack_from(data, len(MAGIC))
    if len(data) < total:
        raise truncated
    if len(data) != total or crypto.sha256(data[:-32]) != data[-32:]:
        raise PackageRefused("checksum", f"配对文件「{name}」已经损坏（校验对不上）。"
                                         "请重新拷贝，或者请乡镇回应中心重新生成。")
    bad_format = PackageRefused("format", f"配对文件「{name}」的格式不对或是别的版本的软件做的，"
                                          "不能使用。请把两边的软件升级到同一个版本后重新生成。")
    if fmt != FORMAT or HEAD_SIZE + hlen + 32 > len(data):
        raise bad_format
    head = data[:HEAD_SIZE + hlen]
    try:
        header = json.loads(head[HEAD_SIZE:].decode("utf-8"))
        kdf = header["kdf"]
        salt = bytes.fromhex(kdf["salt"])
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if kdf["scheme"] != crypto.KDF_SCHEME or not (2 ** 10 <= n <= 2 ** 20 and 1 <= r <= 16
                                                      and 1 <= p <= 4):
            raise ValueError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise bad_format from None
    digits = _clean_pass_code(pass_code)
    key = crypto.pass_code_key(digits, salt, n, r, p)
    try:
        plaintext = crypto.decrypt(key, data[HEAD_SIZE + hlen:-32], head)
    except crypto.CryptoError:
        raise PackageRefused("pairing_code", "配对码不对。请对照乡镇回应中心给的纸条（8位数字）重新输入；"
                                             "如果还是不对，请他们重新生成配对文件和配对码。") from None
    try:
        content = json.loads(plaintext.decode("utf-8"))
        _check_content(content)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise bad_format from None
    return content


def _check_content(c: dict) -> None:
    if c["kind"] != "village-desk pairing" or c["format"] != FORMAT:
        raise ValueError
    chain = c["stations"]
    if not chain:
        raise ValueError
    for i, row in enumerate(chain + [c["child"]]):
        if set(row) != set(STATION_FIELDS) or row["level"] not in LEVELS:
            raise ValueError
        if not all(isinstance(row[k], str) for k in STATION_FIELDS if k != "parent_id"):
            raise ValueError
    for upper, lower in zip(chain, chain[1:] + [c["child"]]):
        if lower["parent_id"] != upper["id"] or PARENT_LEVEL.get(lower["level"]) != upper["level"]:
            raise ValueError
    for k in ("sign_public", "box_public"):
        if len(bytes.fromhex(c["parent_keys"][k])) != 32:
            raise ValueError
    if len(bytes.fromhex(c["pairing_key"])) != 32:
        raise ValueError
    if not isinstance(c.get("versions", []), list):
        raise ValueError


def _station_row(station: Station) -> dict:
    return {"id": station.id, "level": station.level, "name": station.name, "code": station.code,
            "parent_id": station.parent_id, "address": station.address, "phone": station.phone,
            "opening_hours": station.opening_hours}


# ---------------------------------------------------------------- at the parent

def create_child_pairing(code: str, name: str, level: str | None, folder: Path) -> Ticket:
    """Set up a child station for pairing and write its pairing file into
    ``folder``; the pass code in the returned ticket opens it.

    Makes the child's station row (parent = this station) unless a station
    with ``code`` is already a child of this station. A new ticket for the
    same child replaces the old one's secret; after a first contact it also
    forgets the child's keys (a replaced PC): the old PC's packages are
    refused from then on, and nothing can be written to the child until its
    first package under the new pairing has been imported. ``Ticket.notice``
    says which of these happened."""
    access.require("sync.run")
    me = stations.this_station()
    if me is None:
        raise ValidationError("这台电脑还没有设置本站，不能给下级站点配对。", None)
    expected = CHILD_LEVEL.get(me.level)
    if expected is None:
        raise ValidationError("屯回应点没有下级站点，不能给别的站点配对。", "level")
    level = level or expected
    if level != expected:
        raise ValidationError(f"本站是{LEVELS[me.level]}，下级站点只能是{LEVELS[expected]}。", "level")
    code = (code or "").strip()
    folder = Path(folder)
    pass_code = new_pass_code()
    with db.atomic():
        child = Station.get_or_none(Station.code == code)
        if child is None:
            child = stations.create_station(level, name, code, me)
        elif child.id == me.id:
            raise ValidationError(f"编码 {code} 是本站自己的编码，请填写下级站点的编码。", "code")
        elif child.parent_id != me.id:
            raise ValidationError(f"编码 {code} 已经是「{child.name}」的编码，它不是本站的下级站点，"
                                  "不能给它配对。请核对编码。", "code")
        mine = identity()
        prior = _peer_keys(child.id)
        if prior is not None and prior["relation"] != "child":
            raise ValidationError(f"「{child.name}」是本站的上级站点，不能作为下级配对。", "code")
        pairing_key = os.urandom(32)
        db.execute_sql(
            "INSERT INTO sync_peer (station_id, code, name, relation, sign_public, box_public, "
            "pairing_key, paired_on, first_contact_at) VALUES (?, ?, ?, 'child', NULL, NULL, ?, ?, NULL) "
            "ON CONFLICT (station_id) DO UPDATE SET code = excluded.code, name = excluded.name, "
            "relation = 'child', sign_public = NULL, box_public = NULL, "
            "pairing_key = excluded.pairing_key, paired_on = excluded.paired_on, first_contact_at = NULL",
            (child.id, child.code, child.name, pairing_key, clock.today().isoformat()))
        chain = []
        s = me
        while s is not None:
            chain.insert(0, _station_row(s))
            s = Station.get_or_none(Station.id == s.parent_id) if s.parent_id else None
        content = {"kind": "village-desk pairing", "format": FORMAT, "pairing_id": uuid.uuid4().hex,
                   "created": clock.local_now().strftime("%Y-%m-%d %H:%M:%S"),
                   "stations": chain, "child": _station_row(child),
                   "versions": engine.station_versions([row["id"] for row in chain] + [child.id]),
                   "parent_keys": {"sign_public": mine.sign_public.hex(),
                                   "box_public": mine.box_public.hex()},
                   "pairing_key": pairing_key.hex()}
        data = _seal_ticket(content, pass_code)
        now = clock.local_now()
        stem = unique_stem(folder, f"{safe_name(child.name)}配对文件_{now:%Y-%m-%d_%H%M}", SUFFIX,
                           content["pairing_id"][:4])
        path = atomic_write(folder, stem + SUFFIX, data, what="配对文件")
    tell = (f"请把配对码 {pass_code} 用电话或纸条告诉「{child.name}」，不要写在U盘上，"
            "也不要和U盘放在一起。")
    if prior is None:
        notice = f"已为「{child.name}」生成配对文件。" + tell
    elif prior["sign_public"] is None:
        notice = (f"已为「{child.name}」重新生成配对文件，以前给它的配对文件和配对码从现在起作废。" + tell)
    else:
        notice = (f"已为「{child.name}」重新配对（例如它换了电脑）。从现在起，它旧电脑上做的数据包本站不再接受；"
                  f"在它用新的配对文件配对、并带来第一个数据包之前，本站暂时不能给它导出数据包。" + tell)
    return Ticket(path=path, pass_code=pass_code, notice=notice)


# ---------------------------------------------------------------- at the child

def _station_fk_columns() -> list[tuple[str, str]]:
    """(table, column) of every foreign key to station, over every table."""
    tables = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    found = []
    for t in tables:
        for fk in db.execute_sql(f'PRAGMA foreign_key_list("{t}")').fetchall():
            if fk[2].lower() == "station":
                found.append((t, fk[3]))
    return found


def _repoint(old: str, new: str, fk_columns: list[tuple[str, str]]) -> None:
    """Every reference to station ``old`` now names ``new``: foreign keys and
    settings (keys such as ``roster.<station id>.…`` and values such as
    ``this_station_id``). Append-only guards on a table are lifted for the
    update and put back with their own SQL, in the same transaction."""
    for table, column in fk_columns:
        if db.execute_sql(f'SELECT 1 FROM "{table}" WHERE "{column}" = ? LIMIT 1', (old,)).fetchone() is None:
            continue
        guards = db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "AND sql LIKE '%BEFORE UPDATE%' AND sql LIKE '%RAISE%'", (table,)).fetchall()
        for trigger, _sql in guards:
            db.execute_sql(f'DROP TRIGGER "{trigger}"')
        db.execute_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (new, old))
        for _trigger, sql in guards:
            db.execute_sql(sql)
    db.execute_sql("UPDATE OR REPLACE setting SET key = replace(key, ?, ?) WHERE instr(key, ?) > 0",
                   (old, new, old))
    db.execute_sql("UPDATE setting SET value = replace(value, ?, ?) WHERE instr(value, ?) > 0",
                   (old, new, old))


def _has_exported() -> bool:
    return db.execute_sql("SELECT 1 FROM sync_trip WHERE direction = 'export' LIMIT 1").fetchone() is not None


def _upsert_station(row: dict, created_at: str) -> None:
    # Not an UPSERT: SQLite would carry its conflict handling into the
    # sync_dirty triggers' INSERT OR IGNORE.
    values = tuple(row[k] for k in STATION_FIELDS)
    if db.execute_sql("SELECT 1 FROM station WHERE id = ?", (row["id"],)).fetchone():
        db.execute_sql(
            "UPDATE station SET level = ?, name = ?, code = ?, parent_id = ?, address = ?, "
            "phone = ?, opening_hours = ? WHERE id = ?", values[1:] + (row["id"],))
    else:
        db.execute_sql(
            "INSERT INTO station (id, level, name, code, parent_id, address, phone, opening_hours, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values + (created_at,))


def join_parent(path: Path, pass_code: str) -> Station:
    """Join the parent that wrote the pairing file at ``path``; return this
    desk's station. Everything happens in one transaction; any refusal
    (PackageRefused or ValidationError, plain Chinese) changes nothing."""
    access.require("sync.run")
    me = stations.this_station()
    if me is None:
        raise ValidationError("请先完成本站的首次设置（站点名称和编码），再导入配对文件。", None)
    content = _open_ticket(Path(path), pass_code)
    chain, child = content["stations"], content["child"]
    parent = chain[-1]
    if child["code"] != me.code or child["level"] != me.level:
        raise PackageRefused(
            "wrong_receiver",
            f"这个配对文件是给「{child['name']}」（编码 {child['code']}）的，本站是「{me.name}」"
            f"（编码 {me.code}），不能用，本站数据没有改动。请核对后向「{parent['name']}」要本站的配对文件。")
    with db.atomic():
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        repoints: list[tuple[str, str]] = []
        for row in chain:
            local = Station.get_or_none(Station.code == row["code"])
            if local is not None and local.id != row["id"]:
                repoints.append((local.id, row["id"]))
        if me.id != child["id"]:
            repoints.append((me.id, child["id"]))
        if repoints and _has_exported():
            raise PackageRefused(
                "wrong_receiver",
                f"本站已经导出过数据包，站点记录不能再按这个配对文件改动（「{parent['name']}」记的本站"
                f"和本站自己记的不是同一条），本站数据没有改动。请联系「{parent['name']}」，"
                f"说明本站编码 {me.code}，请他们核对后重新生成配对文件。")
        identity()
        now = _now_text()
        for old, _new in repoints:  # free the codes for the rows from the file
            db.execute_sql("UPDATE station SET code = code || '~' || id WHERE id = ?", (old,))
        for row in chain:
            _upsert_station(row, now)
        mine = {k: getattr(me, k) for k in ("name", "address", "phone", "opening_hours")}
        _upsert_station({**child, **mine, "code": me.code, "parent_id": parent["id"]},
                        me.created_at.strftime("%Y-%m-%d %H:%M:%S"))
        if repoints:
            fk_columns = _station_fk_columns()
            for old, new in repoints:
                _repoint(old, new, fk_columns)
            # the search index names each concern's station too
            from models.concerns import search

            news = [new for _old, new in repoints]
            search.reindex_many([r[0] for r in db.execute_sql(
                f"SELECT id FROM concern WHERE station_id IN ({', '.join('?' * len(news))})", news).fetchall()])
            for old, _new in repoints:
                db.execute_sql("DELETE FROM station WHERE id = ?", (old,))
                # marks left for keys that are gone: the old station row, settings named after it
                db.execute_sql("DELETE FROM sync_dirty WHERE instr(pk, ?) > 0", (old,))
            db.execute_sql("DELETE FROM sync_record")
            db.execute_sql("DELETE FROM sync_dot")
            db.execute_sql("DELETE FROM sync_knowledge")
            for t in SYNCED_TABLES:
                db.execute_sql(f"INSERT OR IGNORE INTO sync_dirty SELECT '{t}', id FROM \"{t}\"")
        db.execute_sql("UPDATE station SET parent_id = ? WHERE id = ?", (parent["id"], child["id"]))
        # the parent's versions of these rows: this desk's own values then
        # follow them instead of competing with them
        engine.adopt_station_versions(content.get("versions", []), own_id=child["id"])
        db.execute_sql("DELETE FROM sync_peer WHERE relation = 'parent' AND station_id != ?",
                       (parent["id"],))
        db.execute_sql(
            "INSERT INTO sync_peer (station_id, code, name, relation, sign_public, box_public, "
            "pairing_key, paired_on, first_contact_at) VALUES (?, ?, ?, 'parent', ?, ?, ?, ?, NULL) "
            "ON CONFLICT (station_id) DO UPDATE SET code = excluded.code, name = excluded.name, "
            "relation = 'parent', sign_public = excluded.sign_public, box_public = excluded.box_public, "
            "pairing_key = excluded.pairing_key, paired_on = excluded.paired_on, first_contact_at = NULL",
            (parent["id"], parent["code"], parent["name"],
             bytes.fromhex(content["parent_keys"]["sign_public"]),
             bytes.fromhex(content["parent_keys"]["box_public"]),
             bytes.fromhex(content["pairing_key"]), clock.today().isoformat()))
        if settings.get(settings.THIS_STATION) != child["id"]:
            raise AssertionError("this desk's station was not re-pointed")
        broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise AssertionError(f"foreign keys broken by the re-pointing: {broken[:5]}")
    return Station.get_by_id(child["id"])
