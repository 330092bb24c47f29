"""Where a package travels: the USB sticks plugged into this PC, and the
package and pairing files on them.

Which mounted volumes count as a USB stick is decided here, from plain
descriptions of them (``Volume``): ready, writable, not the system's own disk
nor the one holding the home folder, not a memory or virtual file system, and
on Linux and macOS mounted where sticks are mounted. Listing the mounted
volumes is the caller's part (the sync screen asks Qt's ``QStorageInfo``,
which knows every platform's). No Qt here.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .package import SUFFIX as PACKAGE_SUFFIX
from .pairing import SUFFIX as PAIRING_SUFFIX

USB_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
NOT_DRIVES = {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "ramfs", "devpts"}


@dataclass(frozen=True)
class Drive:
    """A place a package can be written to or read from."""
    name: str
    root: Path
    free: int | None = None     # bytes free; None for a folder chosen by hand
    chosen: bool = False        # chosen by hand, not detected


@dataclass(frozen=True)
class Volume:
    """A mounted volume, as the operating system describes it."""
    root: str                   # where it is mounted, e.g. "/media/me/KINGSTON" or "E:/"
    name: str = ""              # its label, if it has one
    file_system: str = ""       # e.g. "vfat", "tmpfs"
    ready: bool = True          # valid and ready to be read
    read_only: bool = False
    is_root: bool = False       # the system's root file system
    free: int | None = None     # bytes free


def removable_among(volumes: Iterable[Volume], system_root: str, home_root: str,
                    platform: str = sys.platform) -> list[Drive]:
    """The volumes a USB stick would be, as drives to offer. ``system_root``
    and ``home_root`` are the mount points of the system's disk and of the
    one holding the home folder: never offered."""
    found = []
    for v in volumes:
        if not v.ready or v.read_only or v.is_root:
            continue
        if v.root in (system_root, home_root):
            continue
        if v.file_system.lower() in NOT_DRIVES:
            continue
        if platform != "win32" and not v.root.startswith(USB_ROOTS):
            continue
        found.append(Drive(v.name or v.root, Path(v.root), v.free))
    return found


def size_text(n: int | None) -> str:
    """A drive's free space (or a package's size) as people read it: "7.0 GB"."""
    if n is None:
        return ""
    if n >= 1024 ** 3:
        return f"{n / 1024 ** 3:.1f} GB"
    if n >= 1024 ** 2:
        return f"{n / 1024 ** 2:.0f} MB"
    return f"{n / 1024:.0f} KB"


def files_on(roots: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """The package files and the pairing files in the top folder of each of
    ``roots``, sorted by name within each; a folder that cannot be read is
    passed over."""
    packages: list[Path] = []
    pairing_files: list[Path] = []
    for r in roots:
        try:
            packages += sorted(p for p in Path(r).glob("*" + PACKAGE_SUFFIX) if p.is_file())
            pairing_files += sorted(Path(r).glob("*" + PAIRING_SUFFIX))
        except OSError:
            continue
    return packages, pairing_files
