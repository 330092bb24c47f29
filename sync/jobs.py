"""The sync screen's work, as plain functions: what a package file says it is
(from its header alone), and the jobs a worker thread runs — preview or
import packages, export one, make a pairing file, join the station above.

A job is a callable taking ``progress(done, total, text)`` and returning its
result; it opens nothing itself, so it runs on whatever database connection
its thread has. Previews and imports never raise for a refused package: each
package gives an ``Outcome``, refused ones with the reason in the engine's
plain Chinese. No Qt here.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models.core.errors import ValidationError

from . import engine, package, pairing

Progress = Callable[[int, int, str], None]
Job = Callable[[Progress], object]


# ------------------------------------------------------------------ package files

@dataclass
class FoundPackage:
    """A package file seen on a drive or chosen, with what its header says."""
    path: Path
    sender: str = ""
    receiver: str = ""
    created: str = ""
    ours: bool = False          # written by this desk (to be carried to the other side)
    for_us: bool = True
    problem: str = ""           # the header could not be read: why, in plain Chinese
    sha256: str = ""            # of the whole file, to know it again in the trip history


def describe_package(path: Path, my_station_id: str | None) -> FoundPackage:
    """Read a package's header (no database, no decryption)."""
    found = FoundPackage(Path(path))
    try:
        m = package.read_header(path)
        found.sha256 = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except ValidationError as exc:
        found.problem = exc.message
        return found
    except OSError as exc:
        found.problem = exc.strerror or str(exc)
        return found
    sender, receiver = m.get("sender", {}), m.get("receiver", {})
    found.sender, found.receiver = sender.get("name", ""), receiver.get("name", "")
    found.created = str(m.get("created", ""))[:16]
    found.ours = bool(my_station_id) and sender.get("station_id") == my_station_id
    found.for_us = not my_station_id or receiver.get("station_id") == my_station_id
    return found


# ------------------------------------------------------------------ jobs

@dataclass
class Outcome:
    """What one package did (or would do), or why it was refused."""
    path: Path
    result: object = None       # sync.engine.ImportResult
    refusal: str = ""


def _each_package(paths: list[Path], dry_run: bool, progress: Progress) -> list[Outcome]:
    outcomes = []
    n = len(paths)
    for i, path in enumerate(paths):
        part = _share_of(progress, i, n)
        try:
            outcomes.append(Outcome(path, engine.import_package(path, dry_run=dry_run, progress=part)))
        except ValidationError as exc:
            outcomes.append(Outcome(path, refusal=exc.message))
        except OSError as exc:
            outcomes.append(Outcome(path, refusal=f"{path.name}: {exc.strerror or exc}"))
    progress(n * 100, n * 100, "")
    return outcomes


def _share_of(progress: Progress, i: int, n: int) -> Progress:
    """The progress of package ``i`` of ``n`` as a share of the whole."""
    return lambda done, total, text: progress(i * 100 + done * 100 // max(total, 1), n * 100, text)


def preview_job(paths: list[Path]) -> Job:
    """What the packages would do, one ``Outcome`` each; nothing is changed."""
    return lambda progress: _each_package(paths, True, progress)


def import_job(paths: list[Path]) -> Job:
    """Import the packages, one ``Outcome`` each."""
    return lambda progress: _each_package(paths, False, progress)


def export_job(folder: Path, code: str | None, full: bool) -> Job:
    """Export a package for the peer ``code`` into ``folder``: an ``engine.ExportResult``."""
    def job(progress):
        return engine.export_package(folder, code, full, progress)
    return job


def pair_job(code: str, name: str, folder: Path) -> Job:
    """(Parent desk) the pairing file for a station below: a ``pairing.Ticket``."""
    def job(progress):
        progress(0, 1, "")
        return pairing.create_child_pairing(code, name, None, folder)
    return job


def join_job(path: Path, pass_code: str) -> Job:
    """(Child desk) trust the parent named in the pairing file: its (name, code)."""
    def job(progress):
        progress(0, 1, "")
        station = pairing.join_parent(path, pass_code)
        parent = station.parent if station.parent_id else None
        return (parent.name, parent.code) if parent is not None else ("", "")
    return job
