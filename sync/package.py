"""The package: one file per trip on the stick, written atomically, opened
only after every check has passed.

Layout (all integers big-endian)::

    0   8  magic  b"VDSYNC\\x1a\\n"
    8   2  format version (1)
   10   8  total length of the file in bytes
   18   4  manifest length M
   22   M  manifest: UTF-8 JSON, plaintext, no personal data
 22+M   C  payload, encrypted to the receiver's box key
   ..  64  Ed25519 signature by the sender over every byte before it
   ..  32  SHA-256 of every byte before it

The manifest is the engine's ``body`` (knows, counts, full, seq, ...) with
what this module adds: ``format``, ``package_id``, ``app_version``,
``sender`` {station_id, code, name, level, instance_id}, ``receiver``
{station_id, code, name}, ``created`` (local time, informational),
``payload`` {size, sha256 of the plaintext}, ``encryption`` {scheme,
ephemeral_public, nonce} and, on a child's first trips to its parent,
``introduce`` {sign_public, box_public, hmac}: the sender's public keys,
vouched for by an HMAC with the pairing secret both desks hold.

The manifest bytes are the associated data of the encryption, so the
manifest and the payload cannot be taken apart and recombined.
"""
from __future__ import annotations

import json
import os
import re
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path

from models.core import clock
from models.core.db import db
from models.core.errors import ValidationError
from models.core.schema import Station
from models.safety import about
from models.station.stations import this_station

from . import crypto
from .errors import PackageRefused
from .identity import current, identity

MAGIC = b"VDSYNC\x1a\n"
FORMAT = 1
SUFFIX = ".vsync"
PART_SUFFIX = ".part"
_PREAMBLE = struct.Struct(">HQI")
HEAD_SIZE = len(MAGIC) + _PREAMBLE.size  # 22
TAIL_SIZE = crypto.SIGNATURE_SIZE + 32
MAX_MANIFEST = 16 * 1024 * 1024

# Keys of the manifest that this module writes; the engine's body must not use them.
RESERVED = frozenset({"format", "package_id", "app_version", "sender", "receiver", "created",
                      "payload", "encryption", "signature", "introduce"})


@dataclass(frozen=True)
class Opened:
    """A package that passed every check, decrypted. Nothing is written yet."""
    manifest: dict
    payload: bytes
    sha256: str                       # of the whole file, hex (what sha256sum prints)
    size: int                         # of the whole file, bytes
    first_contact: dict | None        # {station_id, sign_public, box_public} when introduced
    path: Path | None = None


# ---------------------------------------------------------------- peers' keys

def _peer_keys(station_id: str) -> dict | None:
    row = db.execute_sql(
        "SELECT station_id, code, name, relation, sign_public, box_public, pairing_key "
        "FROM sync_peer WHERE station_id = ?", (station_id,)).fetchone()
    if row is None:
        return None
    return {"station_id": row[0], "code": row[1], "name": row[2], "relation": row[3],
            "sign_public": None if row[4] is None else bytes(row[4]),
            "box_public": None if row[5] is None else bytes(row[5]),
            "pairing_key": None if row[6] is None else bytes(row[6])}


def introduction_bytes(sender_id: str, receiver_id: str, sign_public: bytes,
                       box_public: bytes) -> bytes:
    """What the pairing secret's HMAC covers when a desk introduces its keys."""
    return json.dumps({"purpose": "village-desk introduce v1", "sender": sender_id,
                       "receiver": receiver_id, "sign_public": sign_public.hex(),
                       "box_public": box_public.hex()}, sort_keys=True).encode("utf-8")


# ---------------------------------------------------------------- writing

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_name(text: str) -> str:
    """A station name usable in a file name on any stick (FAT32 too)."""
    return _UNSAFE.sub("_", text).strip(" ._") or "站点"


def atomic_write(folder: Path, filename: str, data: bytes, what: str = "数据包") -> Path:
    """Write ``data`` as ``folder/filename`` through ``filename.part``: written,
    flushed and fsynced, then renamed, then the folder fsynced. If anything
    fails the ``.part`` is removed (as far as the stick allows) and nothing
    carries the final name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError(f"找不到文件夹「{folder}」，请检查U盘是否插好。", "folder")
    final = folder / filename
    part = folder / (filename + PART_SUFFIX)
    try:
        with open(part, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if final.exists():
            raise FileExistsError(str(final))
        os.replace(part, final)
    except OSError as e:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
        raise ValidationError(
            f"没能把{what}写到「{folder}」（U盘可能已拔出、已满或者不能写），{what}没有生成。"
            "请检查U盘后重新操作。", "folder") from e
    try:  # make the rename itself durable; not possible on every system (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
    return final


def unique_stem(folder: Path, stem: str, suffix: str, extra: str) -> str:
    """``stem``, or ``stem_<extra>`` if a file of that name (or its .part) is there."""
    folder = Path(folder)
    for candidate in (stem, f"{stem}_{extra}"):
        name = candidate + suffix
        if not (folder / name).exists() and not (folder / (name + PART_SUFFIX)).exists():
            return candidate
    n = 2
    while True:
        candidate = f"{stem}_{extra}_{n}"
        if not (folder / (candidate + suffix)).exists():
            return candidate
        n += 1


def assemble(manifest_bytes: bytes, ciphertext: bytes, sign_private: bytes) -> bytes:
    """The file's bytes: preamble, manifest, payload, signature, checksum."""
    total = HEAD_SIZE + len(manifest_bytes) + len(ciphertext) + TAIL_SIZE
    signed = MAGIC + _PREAMBLE.pack(FORMAT, total, len(manifest_bytes)) + manifest_bytes + ciphertext
    body = signed + crypto.sign(sign_private, signed)
    return body + crypto.sha256(body)


def manifest_json(manifest: dict) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def write_package(folder: Path, receiver_station_id: str, body: dict, payload: bytes) -> Path:
    """Write one package for a paired peer into ``folder``; return its path.

    Refuses (PackageRefused "not_paired") when the receiver is not a paired
    peer, or when its keys have not arrived yet (a parent cannot write to a
    child before the child's first package has been imported)."""
    clash = RESERVED & set(body)
    if clash:
        raise ValueError(f"the engine's manifest body uses reserved keys: {sorted(clash)}")
    me = this_station()
    if me is None:
        raise ValidationError("这台电脑还没有设置本站，不能导出数据包。", None)
    peer = _peer_keys(receiver_station_id)
    if peer is None:
        raise PackageRefused("not_paired", "本站还没有和这个站点配对，不能给它导出数据包。请先配对。")
    if peer["box_public"] is None or peer["sign_public"] is None:
        raise PackageRefused(
            "not_paired",
            f"还没有收到「{peer['name']}」的第一个数据包，暂时不能给它导出。"
            f"请先在「{peer['name']}」的电脑上导出一个数据包，带过来导入本站，以后就可以互相导出了。")
    receiver = Station.get_or_none(Station.id == receiver_station_id)
    me_ident = identity()
    package_id = uuid.uuid4().hex
    now = clock.local_now()
    manifest = dict(body)
    manifest.update({
        "format": FORMAT,
        "package_id": package_id,
        "app_version": about.APP_VERSION,
        "sender": {"station_id": me.id, "code": me.code, "name": me.name, "level": me.level,
                   "instance_id": me_ident.instance_id},
        "receiver": {"station_id": peer["station_id"],
                     "code": receiver.code if receiver else peer["code"],
                     "name": receiver.name if receiver else peer["name"]},
        "created": now.strftime("%Y-%m-%d %H:%M:%S"),
        "payload": {"size": len(payload), "sha256": crypto.sha256(payload).hex()},
        "signature": {"scheme": crypto.SIGN_SCHEME},
    })
    eph_private, eph_public = crypto.new_ephemeral()
    nonce = os.urandom(crypto.NONCE_SIZE)
    manifest["encryption"] = {"scheme": crypto.SEAL_SCHEME, "ephemeral_public": eph_public.hex(),
                              "nonce": nonce.hex()}
    if peer["pairing_key"] is not None:  # the peer may not have our keys yet
        intro = introduction_bytes(me.id, peer["station_id"], me_ident.sign_public,
                                   me_ident.box_public)
        manifest["introduce"] = {"sign_public": me_ident.sign_public.hex(),
                                 "box_public": me_ident.box_public.hex(),
                                 "hmac": crypto.hmac_sha256(peer["pairing_key"], intro).hex()}
    mbytes = manifest_json(manifest)
    ciphertext = crypto.seal(peer["box_public"], payload, mbytes, eph_private, nonce)
    data = assemble(mbytes, ciphertext, me_ident.sign_private)
    stem = unique_stem(folder, f"{safe_name(me.name)}至{safe_name(manifest['receiver']['name'])}_"
                               f"{now:%Y-%m-%d_%H%M}", SUFFIX, package_id[:4])
    return atomic_write(Path(folder), stem + SUFFIX, data)


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class _Parsed:
    manifest: dict
    manifest_bytes: bytes
    ciphertext: bytes
    signed: bytes
    signature: bytes
    sha256: str
    size: int


def _damaged(name: str) -> PackageRefused:
    return PackageRefused("checksum", f"数据包「{name}」已经损坏（校验对不上），不能导入，本站数据没有改动。"
                                      "请从对方电脑重新拷贝，或者请对方重新导出。")


def _truncated(name: str) -> PackageRefused:
    return PackageRefused("truncated", f"数据包「{name}」不完整（比应有的短），可能是拷贝或导出时U盘被拔出，"
                                       "不能导入，本站数据没有改动。请重新拷贝，或者请对方重新导出。")


def _bad_format(name: str) -> PackageRefused:
    return PackageRefused("format", f"数据包「{name}」的内容格式不对，不能导入，本站数据没有改动。"
                                    "请对方重新导出。")


def _parse(path: Path) -> _Parsed:
    path = Path(path)
    name = path.name
    if name.endswith(PART_SUFFIX):
        raise PackageRefused("truncated", f"「{name}」是一个没有写完的文件（名字以 .part 结尾），"
                                          "不是完整的数据包，可能是导出时U盘被拔出。请在对方电脑上重新导出。")
    try:
        with open(path, "rb") as f:
            data = f.read(len(MAGIC))  # a large file of another kind is not read whole
            if data == MAGIC:
                data += f.read()
    except IsADirectoryError:
        raise PackageRefused("not_package", f"「{name}」是一个文件夹，不是数据包。") from None
    except FileNotFoundError:
        raise PackageRefused("not_package", f"找不到文件「{name}」，请检查U盘是否插好。") from None
    except PermissionError:
        raise PackageRefused("not_package", f"「{name}」打不开（是文件夹，或者没有权限读）。") from None
    except OSError:
        raise PackageRefused("not_package", f"读不出文件「{name}」，请检查U盘是否插好。") from None
    size = len(data)
    if size < len(MAGIC):
        if MAGIC.startswith(data):
            raise _truncated(name)
        raise PackageRefused("not_package", f"「{name}」不是回应站的同步数据包（数据包的文件名以 .vsync 结尾）。")
    if data[:len(MAGIC)] != MAGIC:
        raise PackageRefused("not_package", f"「{name}」不是回应站的同步数据包（数据包的文件名以 .vsync 结尾）。")
    if size < HEAD_SIZE + TAIL_SIZE:
        raise _truncated(name)
    fmt, total, mlen = _PREAMBLE.unpack_from(data, len(MAGIC))
    if size < total:
        raise _truncated(name)
    if crypto.sha256(data[:-32]) != data[-32:] or size != total:
        raise _damaged(name)
    if fmt != FORMAT:
        raise PackageRefused("format", f"数据包「{name}」是别的版本的软件做的（格式 {fmt}），本软件不认识，"
                                       "不能导入。请把两边的软件升级到同一个版本。")
    if mlen > MAX_MANIFEST or HEAD_SIZE + mlen + TAIL_SIZE > size:
        raise _bad_format(name)
    mbytes = data[HEAD_SIZE:HEAD_SIZE + mlen]
    try:
        manifest = json.loads(mbytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _bad_format(name) from None
    if not _manifest_ok(manifest):
        raise _bad_format(name)
    end = size - TAIL_SIZE
    return _Parsed(manifest, mbytes, data[HEAD_SIZE + mlen:end], data[:end],
                   data[end:end + crypto.SIGNATURE_SIZE], crypto.sha256(data).hex(), size)


def _is_hex(value, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and re.fullmatch(r"[0-9a-f]+", value) is not None


def _manifest_ok(m) -> bool:
    try:
        return (isinstance(m, dict) and m["format"] == FORMAT and _is_hex(m["package_id"], 32)
                and all(isinstance(m["sender"][k], str) for k in ("station_id", "code", "name"))
                and all(isinstance(m["receiver"][k], str) for k in ("station_id", "code", "name"))
                and isinstance(m["payload"]["size"], int) and _is_hex(m["payload"]["sha256"], 64)
                and m["encryption"]["scheme"] == crypto.SEAL_SCHEME
                and _is_hex(m["encryption"]["ephemeral_public"], 64)
                and _is_hex(m["encryption"]["nonce"], 2 * crypto.NONCE_SIZE)
                and ("introduce" not in m or (
                    _is_hex(m["introduce"]["sign_public"], 64)
                    and _is_hex(m["introduce"]["box_public"], 64)
                    and _is_hex(m["introduce"]["hmac"], 64))))
    except (KeyError, TypeError):
        return False


def read_header(path: Path) -> dict:
    """The manifest of a package, checksum checked, without decrypting and
    without the database: whose it is, for whom, when."""
    return _parse(Path(path)).manifest


def open_package(path: Path) -> Opened:
    """Check everything and decrypt; raise PackageRefused otherwise. Writes
    nothing: the engine applies the package and then calls
    ``peers.confirm_first_contact(opened)`` in its own transaction."""
    path = Path(path)
    p = _parse(path)
    m = p.manifest
    name = path.name
    sender, receiver = m["sender"], m["receiver"]
    me = this_station()
    if me is None:
        raise PackageRefused("not_paired", "这台电脑还没有设置本站，不能导入数据包。")
    if receiver["station_id"] != me.id:
        raise PackageRefused(
            "wrong_receiver",
            f"数据包「{name}」是「{sender['name']}」发给「{receiver['name']}」的，不是发给本站"
            f"（{me.name}）的，不能在这里导入，本站数据没有改动。请把它带到「{receiver['name']}」导入。")
    peer = _peer_keys(sender["station_id"])
    if peer is None:
        raise PackageRefused(
            "unknown_sender",
            f"数据包「{name}」来自「{sender['name']}」，本站没有和它配对，不能导入，本站数据没有改动。"
            "只有配对过的上级或下级站点的数据包才能导入；如需配对，请联系乡镇回应中心。")
    forged = PackageRefused(
        "signature",
        f"数据包「{name}」的签名和本站记下的「{peer['name']}」对不上，可能被改动过或者不是它做的，"
        f"不能导入，本站数据没有改动。请联系「{peer['name']}」；如果它换了电脑，请重新配对。")
    intro = m.get("introduce")
    first_contact = None
    if intro is not None:
        intro_sign = bytes.fromhex(intro["sign_public"])
        intro_box = bytes.fromhex(intro["box_public"])
    if peer["sign_public"] is not None and (
            intro is None or (intro_sign == peer["sign_public"] and intro_box == peer["box_public"])):
        if not crypto.verify(peer["sign_public"], p.signed, p.signature):
            raise forged
    elif intro is not None and peer["pairing_key"] is not None:
        vouched = introduction_bytes(sender["station_id"], receiver["station_id"], intro_sign, intro_box)
        if not crypto.hmac_ok(peer["pairing_key"], vouched, bytes.fromhex(intro["hmac"])):
            raise forged
        if not crypto.verify(intro_sign, p.signed, p.signature):
            raise forged
        first_contact = {"station_id": sender["station_id"], "sign_public": intro_sign,
                         "box_public": intro_box}
    elif peer["sign_public"] is None and intro is None:
        raise PackageRefused(
            "signature",
            f"本站已经重新给「{peer['name']}」做了配对文件，这个数据包是按旧的配对做的，不能导入，"
            f"本站数据没有改动。请「{peer['name']}」先导入新的配对文件，再重新导出数据包。")
    else:
        raise forged
    mine = current()
    enc = m["encryption"]
    undecryptable = PackageRefused(
        "decrypt",
        f"数据包「{name}」解不开（本站的密钥和做包时用的不一样，可能本站重新安装过软件），"
        f"不能导入，本站数据没有改动。请和「{sender['name']}」重新配对后再导出。")
    if mine is None:
        raise undecryptable
    try:
        payload = crypto.unseal(mine.box_private, bytes.fromhex(enc["ephemeral_public"]),
                                bytes.fromhex(enc["nonce"]), p.ciphertext, p.manifest_bytes)
    except crypto.CryptoError:
        raise undecryptable from None
    if len(payload) != m["payload"]["size"] or crypto.sha256(payload).hex() != m["payload"]["sha256"]:
        raise _damaged(name)
    return Opened(manifest=m, payload=payload, sha256=p.sha256, size=p.size,
                  first_contact=first_contact, path=path)
