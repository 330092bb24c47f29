<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeskGuard</name>
    <message>
        <location filename="../../../ui/desk_guard.py" line="34" />
        <source>The desk is already open</source>
        <translation>工作台已经打开了</translation>
    </message>
    <message>
        <location filename="../../../ui/desk_guard.py" line="35" />
        <source>The desk is already open on this computer (look in the task bar).
One set of records can be open in only one window at a time.

%1</source>
        <translation>这台电脑上已经打开了工作台（请看屏幕下方的任务栏）。
同一份数据同时只能在一个窗口里办理。

%1</translation>
    </message>
    <message>
        <location filename="../../../ui/desk_guard.py" line="58" />
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../../ui/desk_guard.py" line="59" />
        <source>Something unexpected went wrong and the last action was not completed.
What was already saved is safe.

The details are written in:
%1
Please tell the township's technician.</source>
        <translation>出现了意外的错误，刚才这一步没有办成。
已经保存的数据不受影响。

详细情况记在：
%1
请告诉乡镇的技术人员。</translation>
    </message>
    <message>
        <location filename="../../../ui/desk_guard.py" line="89" />
        <source>The records were checked</source>
        <translation>数据已经检查过了</translation>
    </message>
    <message>
        <location filename="../../../ui/desk_guard.py" line="90" />
        <source>The desk was not closed properly last time (a power cut or a crash).
The records have been checked: everything is in order.
You can carry on working.</source>
        <translation>上次软件没有正常关闭（可能是停电或出错）。
已经把数据检查了一遍：一切正常，记录齐全。
可以照常工作。</translation>
    </message>
    <message>
        <location filename="../../../ui/desk_guard.py" line="95" />
        <source>Problems found in the records</source>
        <translation>数据检查发现问题</translation>
    </message>
    <message>
        <location filename="../../../ui/desk_guard.py" line="96" />
        <source>The desk was not closed properly last time (a power cut or a crash).
The records were checked and these problems were found:

%1

Please do not enter new records for now and tell the township's technician.
Copies of the records are kept in the backups folder:
%2</source>
        <translation>上次软件没有正常关闭（可能是停电或出错）。
已经把数据检查了一遍，发现下面的问题：

%1

请先不要录入新的记录，并告诉乡镇的技术人员。
数据的备份保存在备份文件夹里：
%2</translation>
    </message>
</context>
</TS>
