"""The sync package file (sync/package.py): written atomically, signed,
encrypted, and refused with a plain Chinese message (database unchanged)
when truncated, bit-flipped, forged, unknown, misaddressed or half-written.

Three real desks, each its own data folder: a township and two of its
villages, paired through real pairing files; real keys, real files."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.core.db import db
from models.core.errors import ValidationError
from models.safety.opening import close_database, open_database
from models.station import stations
from sync import crypto, identity, package, pairing
from sync import peers as sync_peers
from sync.errors import PackageRefused

TOWNSHIP = ("township", "城中镇回应中心", "451422101")
VILLAGE_A = ("village", "那堪村村民关切回应站", "451422101205")
VILLAGE_B = ("village", "板烂村村民关切回应站", "451422101206")

# A villager's details that travel in a payload and must never be readable on the stick.
VILLAGER_NAME = "韦秀英"
VILLAGER_PHONE = "13977120001"
VILLAGER_ID_NUMBER = "452128196512030021"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@contextmanager
def desk(folder: Path):
    """Open one desk's database (only one is open at a time), yield its station."""
    open_database(Path(folder) / "station.sqlite3")
    try:
        yield stations.this_station()
    finally:
        close_database()


def dump() -> str:
    """Every row and every schema object of the open database, as SQL."""
    return "\n".join(db.obj.connection().iterdump())


def set_up(folder: Path, level: str, name: str, code: str, parent: tuple | None = None) -> str:
    with desk(folder):
        station = stations.set_up_this_station(
            level, name, code,
            parent_name=parent[1] if parent else "", parent_code=parent[2] if parent else "")
        return station.id


def payload_with_villager() -> bytes:
    return json.dumps({"villager": [{"id": "v1", "name": VILLAGER_NAME, "phone": VILLAGER_PHONE,
                                     "id_number": VILLAGER_ID_NUMBER}],
                       "concern": [{"id": "c1", "summary": f"{VILLAGER_NAME}反映低保没有按时发放"}]},
                      ensure_ascii=False).encode("utf-8")


def import_into_open_desk(path: Path) -> package.Opened:
    """What the engine does with a package at the receiving desk, as far as this layer goes."""
    opened = package.open_package(path)
    with db.atomic():
        sync_peers.confirm_first_contact(opened)
    return opened


@dataclass
class Desks:
    stick: Path
    township: Path
    a: Path
    b: Path
    township_id: str
    a_id: str
    b_id: str


def pair(parent: Path, child: Path, code: str, name: str, stick: Path) -> str:
    with desk(parent):
        ticket = pairing.create_child_pairing(code, name, None, stick)
    with desk(child):
        joined = pairing.join_parent(ticket.path, ticket.pass_code)
    ticket.path.unlink()
    return joined.id


def build_desks(root: Path) -> Desks:
    """A township and two villages, each paired with the township; no package yet."""
    stick = root / "stick"
    stick.mkdir()
    township = root / "township"
    a, b = root / "village-a", root / "village-b"
    township_id = set_up(township, *TOWNSHIP, parent=("county", "宁明县回应指挥部", "451422"))
    set_up(a, *VILLAGE_A, parent=TOWNSHIP)  # with a local stand-in for the township
    set_up(b, *VILLAGE_B)                   # no parent given at first run
    a_id = pair(township, a, VILLAGE_A[2], VILLAGE_A[1], stick)
    b_id = pair(township, b, VILLAGE_B[2], VILLAGE_B[1], stick)
    return Desks(stick, township, a, b, township_id, a_id, b_id)


def exchange_first_packages(d: Desks) -> Desks:
    """Each village's first package reaches the township (keys introduced)."""
    for folder in (d.a, d.b):
        with desk(folder):
            path = package.write_package(d.stick, d.township_id, {"seq": 1}, b"first")
        with desk(d.township):
            assert import_into_open_desk(path).first_contact is not None
        path.unlink()
    return d


def copy_desks(template: Desks, root: Path) -> Desks:
    """A private copy of a set of desks (closed database files) under ``root``."""
    root.mkdir(exist_ok=True)
    moved = {}
    for field in ("stick", "township", "a", "b"):
        source = getattr(template, field)
        moved[field] = root / source.name
        shutil.copytree(source, moved[field])
    return Desks(**moved, township_id=template.township_id, a_id=template.a_id,
                 b_id=template.b_id)


@pytest.fixture(scope="session")
def desks_template(tmp_path_factory) -> Desks:
    return build_desks(tmp_path_factory.mktemp("desks"))


@pytest.fixture(scope="session")
def exchanged_template(tmp_path_factory) -> Desks:
    return exchange_first_packages(build_desks(tmp_path_factory.mktemp("exchanged")))


@pytest.fixture
def desks(desks_template, tmp_path) -> Desks:
    """Three paired desks of this test's own (copied from a session template)."""
    return copy_desks(desks_template, tmp_path / "desks")


@pytest.fixture
def exchanged(exchanged_template, tmp_path) -> Desks:
    """``desks`` after each village's first package reached the township."""
    return copy_desks(exchanged_template, tmp_path / "desks")


def assert_refused(path: Path, reasons: set[str] | str) -> PackageRefused:
    """open_package refuses ``path`` with one of ``reasons``, a Chinese message,
    and the open database is exactly as it was."""
    reasons = {reasons} if isinstance(reasons, str) else reasons
    before = dump()
    with pytest.raises(PackageRefused) as info:
        package.open_package(path)
    assert info.value.reason in reasons, (info.value.reason, info.value.message)
    assert CHINESE.search(info.value.message), info.value.message
    assert dump() == before
    return info.value


# ---------------------------------------------------------------- the round trip

def test_first_contact_then_both_ways(desks):
    body = {"knows": {"*": {"x": 3}}, "counts": {"concern": 1}, "full": False, "seq": 1}
    with desk(desks.a):
        a_identity = identity.identity()
        path = package.write_package(desks.stick, desks.township_id, body, payload_with_villager())
    assert path.suffix == ".vsync" and path.parent == desks.stick
    assert re.fullmatch(r"那堪村村民关切回应站至城中镇回应中心_\d{4}-\d\d-\d\d_\d{4}\.vsync", path.name)
    assert [p.name for p in desks.stick.iterdir()] == [path.name]  # no .part left behind

    header = package.read_header(path)  # no database needed to list a stick
    assert header["sender"] == {"station_id": desks.a_id, "code": VILLAGE_A[2], "name": VILLAGE_A[1],
                                "level": "village", "instance_id": a_identity.instance_id}
    assert header["receiver"] == {"station_id": desks.township_id, "code": TOWNSHIP[2],
                                  "name": TOWNSHIP[1]}
    assert header["format"] == package.FORMAT and len(header["package_id"]) == 32
    assert {k: header[k] for k in body} == body
    assert header["payload"]["size"] == len(payload_with_villager())
    assert header["introduce"]["sign_public"] == a_identity.sign_public.hex()

    with desk(desks.township):
        assert sync_peers.peer(desks.a_id).has_keys is False
        before = dump()
        opened = package.open_package(path)
        assert dump() == before  # opening writes nothing
        assert opened.payload == payload_with_villager()
        assert opened.manifest == header
        assert opened.size == path.stat().st_size
        assert opened.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert opened.first_contact == {"station_id": desks.a_id,
                                        "sign_public": a_identity.sign_public,
                                        "box_public": a_identity.box_public}
        with db.atomic():
            sync_peers.confirm_first_contact(opened)
        village = sync_peers.peer(desks.a_id)
        assert village.has_keys and village.first_contact_at is not None
        assert village.relation == "child" and village.code == VILLAGE_A[2]
        # importing the same package again still opens (idempotence is the engine's) and
        # no longer counts as a first contact
        assert package.open_package(path).first_contact is None
        back = package.write_package(desks.stick, desks.a_id, {"seq": 1}, b"answers")
    assert back.name.startswith("城中镇回应中心至那堪村村民关切回应站_")

    with desk(desks.a):
        assert import_into_open_desk(back).payload == b"answers"
        township = sync_peers.peer(desks.township_id)
        assert township.first_contact_at is not None
        again = package.write_package(desks.stick, desks.township_id, {"seq": 2}, b"more")
    assert "introduce" not in package.read_header(again)  # the township has our keys
    with desk(desks.township):
        assert import_into_open_desk(again).payload == b"more"


def test_two_packages_in_the_same_minute_get_two_names(exchanged):
    with desk(exchanged.a):
        first = package.write_package(exchanged.stick, exchanged.township_id, {}, b"1")
        second = package.write_package(exchanged.stick, exchanged.township_id, {}, b"2")
    assert first != second and first.exists() and second.exists()
    with desk(exchanged.township):
        assert package.open_package(first).payload == b"1"
        assert package.open_package(second).payload == b"2"


def test_engine_body_may_not_take_the_envelope_keys(exchanged):
    with desk(exchanged.a):
        with pytest.raises(ValueError):
            package.write_package(exchanged.stick, exchanged.township_id, {"sender": "x"}, b"")
    assert list(exchanged.stick.iterdir()) == []


# ---------------------------------------------------------------- who may write to whom

def test_parent_cannot_write_before_the_childs_first_package(desks):
    with desk(desks.township):
        before = dump()
        with pytest.raises(PackageRefused) as info:
            package.write_package(desks.stick, desks.a_id, {}, b"x")
        assert info.value.reason == "not_paired"
        assert VILLAGE_A[1] in info.value.message and "第一个数据包" in info.value.message
        assert dump() == before
    assert list(desks.stick.iterdir()) == []


def test_no_package_for_a_station_that_is_not_paired(exchanged):
    with desk(exchanged.a):
        with pytest.raises(PackageRefused) as info:
            package.write_package(exchanged.stick, exchanged.b_id, {}, b"x")  # a sibling village
        assert info.value.reason == "not_paired" and "配对" in info.value.message
    assert list(exchanged.stick.iterdir()) == []


# ---------------------------------------------------------------- damaged files

@pytest.fixture
def good_package(exchanged) -> Path:
    with desk(exchanged.a):
        return package.write_package(exchanged.stick, exchanged.township_id,
                                     {"counts": {"concern": 1}}, payload_with_villager())


def test_truncated_at_many_cut_points(exchanged, good_package, tmp_path):
    data = good_package.read_bytes()
    size = len(data)
    cuts = sorted(set(range(0, size, max(1, size // 97))) | {
        0, 1, 7, 8, 21, 22, 23, size - 97, size - 96, size - 33, size - 32, size - 31, size - 1})
    damaged = tmp_path / "cut.vsync"
    with desk(exchanged.township):
        for cut in cuts:
            damaged.write_bytes(data[:cut])
            refusal = assert_refused(damaged, "truncated")
            assert "不完整" in refusal.message
        damaged.write_bytes(data)
        assert package.open_package(damaged).payload == payload_with_villager()


def test_one_bit_flipped_anywhere(exchanged, good_package, tmp_path):
    data = good_package.read_bytes()
    size = len(data)
    positions = sorted(set(range(0, size, max(1, size // 151))) | set(range(0, 30)) | {
        size - 97, size - 96, size - 65, size - 64, size - 33, size - 32, size - 1})
    damaged = tmp_path / "flipped.vsync"
    with desk(exchanged.township):
        for i, position in enumerate(positions):
            flipped = bytearray(data)
            flipped[position] ^= 1 << (i % 8)
            damaged.write_bytes(bytes(flipped))
            assert_refused(damaged, {"checksum", "truncated", "not_package"})
            with pytest.raises(PackageRefused):
                package.read_header(damaged)


def test_extra_bytes_at_the_end_are_refused(exchanged, good_package, tmp_path):
    longer = tmp_path / "longer.vsync"
    longer.write_bytes(good_package.read_bytes() + b"\0")
    with desk(exchanged.township):
        assert_refused(longer, "checksum")


def test_not_a_package(exchanged, tmp_path):
    other = tmp_path / "photo.vsync"
    other.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(500))
    with desk(exchanged.township):
        assert_refused(other, "not_package")
        assert_refused(tmp_path / "missing.vsync", "not_package")
        assert_refused(tmp_path, "not_package")


def test_a_part_file_is_never_taken_for_a_package(exchanged, good_package):
    part = good_package.with_name(good_package.name + ".part")
    shutil.copyfile(good_package, part)  # even a complete copy under the .part name
    with desk(exchanged.township):
        refusal = assert_refused(part, "truncated")
        assert ".part" in refusal.message
    with pytest.raises(PackageRefused):
        package.read_header(part)


def test_an_interrupted_write_leaves_nothing(exchanged, monkeypatch):
    def pulled_out(fd):
        raise OSError(5, "Input/output error")

    with desk(exchanged.a):
        monkeypatch.setattr(os, "fsync", pulled_out)
        with pytest.raises(ValidationError) as info:
            package.write_package(exchanged.stick, exchanged.township_id, {}, payload_with_villager())
        monkeypatch.undo()
        assert "没有生成" in info.value.message
    assert list(exchanged.stick.iterdir()) == []


def test_a_write_into_a_missing_folder_is_refused_plainly(exchanged, tmp_path):
    with desk(exchanged.a):
        with pytest.raises(ValidationError) as info:
            package.write_package(tmp_path / "no-stick", exchanged.township_id, {}, b"x")
        assert "U盘" in info.value.message


# ---------------------------------------------------------------- forgery and misdirection

def forge(manifest: dict, payload: bytes, receiver_box_public: bytes, sign_private: bytes,
          folder: Path, name: str = "forged.vsync") -> Path:
    """A package built by hand, as someone holding only ``sign_private`` could."""
    eph_private, eph_public = crypto.new_ephemeral()
    nonce = os.urandom(crypto.NONCE_SIZE)
    manifest = dict(manifest, encryption={"scheme": crypto.SEAL_SCHEME,
                                          "ephemeral_public": eph_public.hex(), "nonce": nonce.hex()},
                    payload={"size": len(payload), "sha256": crypto.sha256(payload).hex()})
    mbytes = package.manifest_json(manifest)
    path = folder / name
    path.write_bytes(package.assemble(
        mbytes, crypto.seal(receiver_box_public, payload, mbytes, eph_private, nonce), sign_private))
    return path


def test_forged_by_a_key_that_is_not_paired(exchanged, good_package, tmp_path):
    header = package.read_header(good_package)
    with desk(exchanged.township):
        township_box = identity.identity().box_public
    intruder_private, intruder_public = crypto.new_sign_keys()
    forged = forge(header, b'{"concern": []}', township_box, intruder_private, tmp_path)
    # the same, claiming to introduce the intruder's key, with an HMAC made up without the secret
    intro = dict(header, introduce={"sign_public": intruder_public.hex(),
                                    "box_public": crypto.new_box_keys()[1].hex(),
                                    "hmac": os.urandom(32).hex()})
    forged_intro = forge(intro, b'{"concern": []}', township_box, intruder_private, tmp_path,
                         "forged-intro.vsync")
    with desk(exchanged.township):
        assert_refused(forged, "signature")
        refusal = assert_refused(forged_intro, "signature")
        assert VILLAGE_A[1] in refusal.message


def test_a_forged_first_contact_is_refused(desks, tmp_path):
    """Before village A's first package, someone without the pairing secret
    tries to introduce their own keys as village A."""
    with desk(desks.a):
        genuine = package.write_package(desks.stick, desks.township_id, {}, b"x")
    header = package.read_header(genuine)
    with desk(desks.township):
        township_box = identity.identity().box_public
    sign_private, sign_public = crypto.new_sign_keys()
    box_public = crypto.new_box_keys()[1]
    wrong_secret = os.urandom(32)
    intro = package.introduction_bytes(desks.a_id, desks.township_id, sign_public, box_public)
    header["introduce"] = {"sign_public": sign_public.hex(), "box_public": box_public.hex(),
                           "hmac": crypto.hmac_sha256(wrong_secret, intro).hex()}
    forged = forge(header, b"{}", township_box, sign_private, tmp_path)
    with desk(desks.township):
        assert_refused(forged, "signature")
        assert sync_peers.peer(desks.a_id).has_keys is False
        assert package.open_package(genuine).first_contact is not None


def test_a_manifest_changed_and_checksum_recomputed_is_refused(exchanged, good_package, tmp_path):
    data = good_package.read_bytes()
    header = package.read_header(good_package)
    old = package.manifest_json(header)
    assert old in data
    changed = package.manifest_json(dict(header, counts={"concern": 9}))
    assert len(changed) == len(old)
    body = data[:-32].replace(old, changed)
    tampered = tmp_path / "tampered.vsync"
    tampered.write_bytes(body + crypto.sha256(body))
    with desk(exchanged.township):
        assert_refused(tampered, "signature")


def test_addressed_to_another_station(exchanged):
    with desk(exchanged.township):
        to_a = package.write_package(exchanged.stick, exchanged.a_id, {}, payload_with_villager())
    with desk(exchanged.b):  # village B is paired with the same township
        refusal = assert_refused(to_a, "wrong_receiver")
        assert VILLAGE_A[1] in refusal.message and "带到" in refusal.message
    with desk(exchanged.township):  # nor can the sender take its own package back in
        assert_refused(to_a, "wrong_receiver")


def test_a_package_from_b_presented_at_c(exchanged):
    """Village A's package for the township, replayed at village B."""
    with desk(exchanged.a):
        a_to_township = package.write_package(exchanged.stick, exchanged.township_id, {}, b"x")
    with desk(exchanged.b):
        assert_refused(a_to_township, "wrong_receiver")
    with desk(exchanged.township):
        assert package.open_package(a_to_township).payload == b"x"


def test_unknown_sender(exchanged, tmp_path):
    """Addressed correctly to village B, signed, but from a station B never paired with."""
    with desk(exchanged.b) as b:
        header = {"format": package.FORMAT, "package_id": "0" * 32, "app_version": "0.1.0",
                  "sender": {"station_id": "f" * 32, "code": "451422102", "name": "寨安乡回应中心",
                             "level": "township", "instance_id": "e" * 32},
                  "receiver": {"station_id": b.id, "code": b.code, "name": b.name},
                  "created": "2026-11-21 10:00:00", "signature": {"scheme": "Ed25519"}}
        stranger = forge(header, b"{}", identity.identity().box_public,
                         crypto.new_sign_keys()[0], tmp_path)
        refusal = assert_refused(stranger, "unknown_sender")
        assert "寨安乡回应中心" in refusal.message


def test_a_package_for_a_desk_that_was_reinstalled_cannot_be_decrypted(exchanged):
    """The township's desk is set up again from scratch with the same station
    ids but new keys (the keys were not in the copy): the package cannot be read."""
    with desk(exchanged.a):
        path = package.write_package(exchanged.stick, exchanged.township_id, {}, b"x")
    with desk(exchanged.township):
        box_private, box_public = crypto.new_box_keys()
        db.execute_sql("UPDATE sync_identity SET box_private = ?, box_public = ?",
                       (box_private, box_public))
        assert_refused(path, "decrypt")


# ---------------------------------------------------------------- privacy

def test_villagers_details_are_not_on_the_stick_in_clear(exchanged, good_package):
    data = good_package.read_bytes()
    for secret in (VILLAGER_NAME, VILLAGER_PHONE, VILLAGER_ID_NUMBER, "低保"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
            assert secret.encode(encoding) not in data, (secret, encoding)
    header = package.read_header(good_package)
    text = json.dumps(header, ensure_ascii=False)
    assert VILLAGER_NAME not in text and VILLAGER_PHONE not in text
    # the station names, which are public, are there for the cadre to read
    assert VILLAGE_A[1].encode("utf-8") in data


def test_signing_and_sealing_primitives():
    private, public = crypto.new_sign_keys()
    assert len(private) == len(public) == 32 and crypto.sign_public_of(private) == public
    signature = crypto.sign(private, b"data")
    assert crypto.verify(public, b"data", signature)
    assert not crypto.verify(public, b"datA", signature)
    assert not crypto.verify(crypto.new_sign_keys()[1], b"data", signature)
    box_private, box_public = crypto.new_box_keys()
    assert crypto.box_public_of(box_private) == box_public
    eph_private, eph_public = crypto.new_ephemeral()
    nonce = os.urandom(12)
    sealed = crypto.seal(box_public, b"secret", b"aad", eph_private, nonce)
    assert crypto.unseal(box_private, eph_public, nonce, sealed, b"aad") == b"secret"
    with pytest.raises(crypto.CryptoError):
        crypto.unseal(box_private, eph_public, nonce, sealed, b"other aad")
    with pytest.raises(crypto.CryptoError):
        crypto.unseal(crypto.new_box_keys()[0], eph_public, nonce, sealed, b"aad")
    key = crypto.pass_code_key("12345678", b"salt" * 4, n=2 ** 10)
    assert key == crypto.pass_code_key("12345678", b"salt" * 4, n=2 ** 10) and len(key) == 32
    assert key != crypto.pass_code_key("12345679", b"salt" * 4, n=2 ** 10)
    assert crypto.decrypt(key, crypto.encrypt(key, b"x", b"h"), b"h") == b"x"
    tag = crypto.hmac_sha256(key, b"m")
    assert crypto.hmac_ok(key, b"m", tag) and not crypto.hmac_ok(key, b"n", tag)


# ---------------------------------------------------------------- a process killed mid-export

_KILLED_WRITER = r"""
import os, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from models.safety.opening import open_database
from sync import package

open_database(Path(sys.argv[2]) / "station.sqlite3")
stick, receiver = Path(sys.argv[3]), sys.argv[4]
cut = sys.argv[5]
real_write = os.write

def hang(*args, **kwargs):  # the last moment before the package would get its name
    print("ready", flush=True)
    time.sleep(600)

if cut == "before-rename":
    os.replace = hang
else:  # half the bytes are out when the process dies
    import builtins
    real_open = builtins.open
    class Half:
        def __init__(self, f): self.f = f
        def __enter__(self): return self
        def __exit__(self, *exc): return self.f.__exit__(*exc)
        def write(self, data):
            self.f.write(data[:len(data) // 2]); self.f.flush(); os.fsync(self.f.fileno())
            hang()
        def __getattr__(self, name): return getattr(self.f, name)
    def opener(path, mode="r", *a, **k):
        f = real_open(path, mode, *a, **k)
        return Half(f) if str(path).endswith(".part") else f
    builtins.open = opener
package.write_package(stick, receiver, {"seq": 9}, b"x" * 100000)
print("finished", flush=True)
"""


@pytest.mark.parametrize("cut", ["half-written", "before-rename"])
def test_an_export_killed_midway_leaves_no_package(exchanged, cut):
    """A real subprocess writing a package is killed (SIGKILL) while the bytes
    are half out, or with every byte written and fsynced but not yet renamed:
    the stick holds only a ``.part``, which is refused, never a ``.vsync``."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(root), str(exchanged.a), str(exchanged.stick),
         exchanged.township_id, cut], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "ready"
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
    left = list(exchanged.stick.iterdir())
    assert [p.suffix for p in left] == [".part"]
    assert not list(exchanged.stick.glob("*.vsync"))
    with desk(exchanged.township):
        assert_refused(left[0], "truncated")
    # the village exports again afterwards as if nothing had happened
    with desk(exchanged.a):
        again = package.write_package(exchanged.stick, exchanged.township_id, {"seq": 9}, b"y")
    with desk(exchanged.township):
        assert package.open_package(again).payload == b"y"
