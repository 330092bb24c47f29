<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="87" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="108" />
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="108" />
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="108" />
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="109" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="109" />
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="110" />
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="111" />
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="116" />
        <source>The desk backs up its records by itself every day and every time it closes. It keeps one backup for each of the last 7 days, 4 weeks and 12 months; backups made by hand and before a restore are kept until you delete them.</source>
        <translation>工作台每天和每次关闭时都会自动备份数据。保留最近7天每天一份、最近4周每周一份、最近12个月每月一份；手动做的备份和恢复前的备份一直保留，除非您自己删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="122" />
        <source>Backups are kept in: %1</source>
        <translation>备份存放在：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="128" />
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="128" />
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="128" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="128" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="140" />
        <source>&amp;Back up now</source>
        <translation>现在备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="143" />
        <source>&amp;Restore the chosen backup…</source>
        <translation>用选中的备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="147" />
        <source>Restore from a &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="155" />
        <source>A second copy, on a USB stick or another folder</source>
        <translation>第二份备份：存到U盘或另一个文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="162" />
        <source>&amp;Choose a folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="164" />
        <source>&amp;Stop copying there</source>
        <translation>不再存第二份(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="169" />
        <source>Only the station head, or a township or county administrator, can restore a backup or choose the second folder.</source>
        <translation>只有站长，或乡镇、县里的管理员，才能从备份恢复数据、选择存第二份备份的地方。</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="176" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="186" />
        <source>Restore this backup?</source>
        <translation>要用这个备份恢复数据吗？</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="195" />
        <source>The records on this desk now will be replaced by the records in this backup. What was written after the backup was made will no longer be shown. Before restoring, the desk keeps a copy of today's records (a backup “before a restore”).</source>
        <translation>本机现在的数据将被这个备份里的数据替换。备份之后登记的内容将不再显示。恢复之前，工作台会先把现在的数据另存一份（“恢复前”备份）。</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="203" />
        <source>&amp;No, go back</source>
        <translation>不恢复，返回(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="207" />
        <source>&amp;Yes, restore this backup</source>
        <translation>恢复这个备份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="220" />
        <source>The backup has been restored</source>
        <translation>已经用备份恢复了数据</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="229" />
        <source>Start the desk again</source>
        <translation>重新打开工作台</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="251" />
        <source>Not chosen: backups are kept on this computer only.</source>
        <translation>没有选择：备份只存在本机。</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="253" />
        <source>Each backup is also copied to: %1</source>
        <translation>每次备份还会另存一份到：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="255" />
        <source>Each backup is also copied to: %1 — not found now (is the USB stick plugged in?)</source>
        <translation>每次备份还会另存一份到：%1——现在找不到（U盘插上了吗？）</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="310" />
        <source>Backing up… the desk can be used meanwhile.</source>
        <translation>正在备份……这时工作台照常可以用。</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="317" />
        <source>Backed up and checked: %1</source>
        <translation>已备份并检查无误：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="319" />
        <source>Second copy: %1</source>
        <translation>第二份：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="332" />
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="333" />
        <source>Backups (*.sqlite3)</source>
        <translation>备份文件 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="341" />
        <source>Reading the backup…</source>
        <translation>正在读取备份……</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="348" />
        <source>%1 (code %2)</source>
        <translation>%1（编码 %2）</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="350" />
        <source>(no station set up)</source>
        <translation>（还没有设置站点）</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="352" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="353" />
        <source>Station: %1</source>
        <translation>站点：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="354" />
        <source>Made on: %1</source>
        <translation>备份时间：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="356" />
        <source>Villagers: %1    Visits: %2    Concerns: %3</source>
        <translation>村民 %1 人    来访 %2 次    关切 %3 件</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="359" />
        <source>Newest concern registered on: %1</source>
        <translation>最新一件关切登记于：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="360" />
        <source>none</source>
        <translation>没有</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="361" />
        <source>Data version: %1</source>
        <translation>数据版本：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="366" />
        <source>This is a backup of another station, not of %1!</source>
        <translation>注意：这是另一个站点的备份，不是“%1”的！</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="376" />
        <source>Restoring… please wait.</source>
        <translation>正在恢复……请稍等。</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="395" />
        <source>The records are now those of the backup made on %1.
The records as they were before are kept in the backup %2.

The desk starts again now to show the restored records.</source>
        <translation>现在的数据就是 %1 那份备份里的数据。
恢复前的数据另存在备份 %2 里。

工作台要重新打开，才能显示恢复后的数据。</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_dialog.py" line="415" />
        <source>Choose the folder or USB stick for the second copy</source>
        <translation>选择存第二份备份的文件夹或U盘</translation>
    </message>
</context>
</TS>
