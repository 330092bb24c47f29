"""A failed automatic backup is on the home screen until a backup succeeds
(issue 14): told at once by the desk's automatic backup, and still there
after a restart (models.safety.backup_status)."""
from __future__ import annotations

from models.core.db import db
from pathlib import Path

from tests.ui.conftest import make_ctx
from ui.backup_banner import news
from ui.backup_dialog import AutoBackup
from ui.home_page import HomePage


def test_a_failed_automatic_backup_stays_on_the_home_screen_until_one_succeeds(qtbot, station, tmp_path):
    folder = Path(db.obj.database).parent / "backups"
    folder.write_text("not a folder")  # the backup cannot be made (as on a full or missing disk)
    page = HomePage(make_ctx(station))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.refresh()
    assert not page.backup_banner.isVisible()
    auto = AutoBackup(page)
    auto.timer.stop()
    with qtbot.waitSignal(news.changed, timeout=60000):
        auto.check()
    text = page.backup_banner.text()
    assert page.backup_banner.isVisible()
    assert text.startswith("自动备份没有成功") and "备份失败" in text and "现在备份" in text
    page.grab().save(str(tmp_path / "home-backup-failed.png"))

    again = HomePage(make_ctx(station))  # the next start: the status file remembers
    qtbot.addWidget(again)
    again.show()
    assert again.backup_banner.isVisible() and "自动备份没有成功" in again.backup_banner.text()

    folder.unlink()
    with qtbot.waitSignal(news.changed, timeout=60000) as told:
        auto.check()
    assert told.args == [""]
    assert not page.backup_banner.isVisible() and not again.backup_banner.isVisible()
