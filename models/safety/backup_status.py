"""Whether the last backups worked, kept beside the data file so that a
failure is seen until a backup succeeds (issue 14): the home screen shows it
(``ui/backup_banner.py``), not only the log.

``<data folder>/backup-status.json`` holds at most two failures: of the
backup on this computer (``"here"``: full disk, a file that cannot be
copied) and of the second copy (``"second"``: the USB stick not plugged in,
full). ``make_backup`` (``models.safety.backup``) records each outcome: a
failure replaces the last one of its kind, a success clears it. A setting
of this computer, like ``backup-settings.json``: restoring a backup does not
change it. If the status itself cannot be written (the disk is full), the
desk still shows the failure for the session (the banner is told directly).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

STATUS_FILE = "backup-status.json"
HERE, SECOND = "here", "second"


@dataclass(frozen=True)
class Failure:
    where: str      # HERE or SECOND
    at: str         # local time, "YYYY-MM-DD HH:MM"
    message: str    # plain Chinese, as the backup said it


def _path(data_folder: os.PathLike | str) -> Path:
    return Path(data_folder) / STATUS_FILE


def failures(data_folder: os.PathLike | str) -> list[Failure]:
    """The failures not yet followed by a success, this computer's first."""
    try:
        data = json.loads(_path(data_folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for where in (HERE, SECOND):
        item = data.get(where) if isinstance(data, dict) else None
        if isinstance(item, dict) and isinstance(item.get("message"), str):
            out.append(Failure(where, str(item.get("at", "")), item["message"]))
    return out


def record(data_folder: os.PathLike | str, where: str, message: str | None, at: str = "") -> None:
    """A failure (``message``) or a success (None) of one kind of backup.
    Never raises: the status is a help, the backup's own outcome is what counts."""
    path = _path(data_folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    if message is None:
        if where not in data:
            return
        data.pop(where)
    else:
        data[where] = {"at": at, "message": message}
    try:
        if not data:
            path.unlink(missing_ok=True)
            return
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass
