"""The home screen's line about backups that failed (issue 14): shown until
a backup succeeds, on this computer or on the second folder (USB stick).
What failed is kept by ``models.safety.backup_status`` beside the data file
(so a failure at closing is seen at the next start); ``AutoBackup`` also
tells ``news`` directly, for a failure the status file could not record
(a full disk)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from models.safety import backup, backup_status


class BackupNews(QObject):
    changed = Signal(str)  # "" after a success, else the failure in plain Chinese


news = BackupNews()


class BackupBanner(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setProperty("role", "warning")
        self.setWordWrap(True)
        self.session_failure = ""
        news.changed.connect(self._told)
        self.hide()
        self.refresh()

    def _told(self, message: str) -> None:
        self.session_failure = message
        self.refresh()

    def refresh(self) -> None:
        try:
            failures = backup_status.failures(backup.live_path().parent)
        except backup.BackupError:  # no database open
            failures = []
        lines = []
        for failure in failures:
            text = (self.tr("The automatic backup failed (%1): %2") if failure.where == backup_status.HERE
                    else self.tr("The second copy of the backup was not made (%1): %2"))
            lines.append(text.replace("%1", failure.at).replace("%2", failure.message))
        if self.session_failure and not any(f.where == backup_status.HERE for f in failures):
            lines.append(self.tr("The automatic backup failed: %1").replace("%1", self.session_failure))
        if lines:
            lines.append(self.tr("Until a backup succeeds the newest records are only in this file. "
                                 "Fix the cause, then make a backup: Settings → Backup → Back up now."))
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
