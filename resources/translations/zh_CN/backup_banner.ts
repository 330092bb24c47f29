<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../../ui/backup_banner.py" line="43" />
        <source>The automatic backup failed (%1): %2</source>
        <translation>自动备份没有成功（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_banner.py" line="44" />
        <source>The second copy of the backup was not made (%1): %2</source>
        <translation>第二份备份没有做成（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_banner.py" line="47" />
        <source>The automatic backup failed: %1</source>
        <translation>自动备份没有成功：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_banner.py" line="49" />
        <source>Until a backup succeeds the newest records are only in this file. Fix the cause, then make a backup: Settings → Backup → Back up now.</source>
        <translation>在备份成功以前，最新的记录只存在这一个数据文件里。请排除原因，然后再备份一次：设置 → 备份与恢复 → 现在备份。</translation>
    </message>
</context>
</TS>
