"""sync.drives without Qt: which mounted volumes are offered as USB sticks,
and which package and pairing files are found on them."""
from __future__ import annotations

from pathlib import Path

from sync.drives import Drive, Volume, files_on, removable_among, size_text


def test_only_a_ready_writable_stick_where_sticks_are_mounted_is_offered():
    volumes = [
        Volume("/", "root", "ext4", is_root=True),
        Volume("/home", "home", "ext4"),                        # holds the home folder
        Volume("/media/me/KINGSTON", "KINGSTON", "vfat", free=7_500_000_000),
        Volume("/media/me/CDROM", "CDROM", "iso9660", read_only=True),
        Volume("/media/me/GONE", "GONE", "vfat", ready=False),
        Volume("/run/media/me/RAM", "RAM", "TMPFS"),            # a memory file system
        Volume("/srv/data", "data", "ext4"),                    # not where sticks are mounted
        Volume("/mnt/stick", "", "exfat", free=10),             # no label: its mount point
    ]
    assert removable_among(volumes, "/", "/home", platform="linux") == [
        Drive("KINGSTON", Path("/media/me/KINGSTON"), 7_500_000_000),
        Drive("/mnt/stick", Path("/mnt/stick"), 10),
    ]


def test_on_windows_any_other_letter_is_offered():
    volumes = [Volume("C:/", "System", "NTFS"), Volume("E:/", "STICK", "FAT32", free=1)]
    assert removable_among(volumes, "C:/", "C:/", platform="win32") == [Drive("STICK", Path("E:/"), 1)]


def test_the_packages_and_pairing_files_on_the_drives(tmp_path):
    a, b, missing = tmp_path / "a", tmp_path / "b", tmp_path / "missing"
    a.mkdir()
    b.mkdir()
    for name in ("2.vsync", "1.vsync", "x.vpair", "notes.txt", "3.vsync.part"):
        (a / name).write_bytes(b"")
    (b / "0.vsync").mkdir()  # a folder, not a package
    (b / "4.vsync").write_bytes(b"")
    packages, pairing_files = files_on([a, missing, b])
    assert packages == [a / "1.vsync", a / "2.vsync", b / "4.vsync"]
    assert pairing_files == [a / "x.vpair"]


def test_sizes_as_people_read_them():
    assert [size_text(n) for n in (None, 2048, 5 * 1024 ** 2, 7_500_000_000)] == [
        "", "2 KB", "5 MB", "7.0 GB"]
