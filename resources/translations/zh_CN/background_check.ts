<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundCheck</name>
    <message>
        <location filename="../../../ui/background_check.py" line="48" />
        <source>Problems found in the records</source>
        <translation>记录检查发现问题</translation>
    </message>
    <message>
        <location filename="../../../ui/background_check.py" line="49" />
        <source>The records were checked after the desk started and these problems were found:

%1

Please do not enter new records for now and tell the township's technician. The automatic backups are paused so that the good copies are kept:
%2</source>
        <translation>工作台打开后检查了记录，发现这些问题：

%1

请先不要再录入新的记录，告诉乡镇的技术人员。自动备份已经暂停，免得好的备份被替换掉。备份在：
%2</translation>
    </message>
</context>
</TS>
