<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LedgerCheckDialog</name>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="40"/>
        <source>Check a printed ledger</source>
        <translation>核对打印过的台账</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="43"/>
        <source>The last page of a printed ledger ends with a check code (for example 1234:1a2b3c4d5e6f7a8b). Type it here: the desk says whether anything written before that ledger was printed has been changed or removed since.</source>
        <translation>打印出来的台账，最后一页末尾印着“核对码”（例如 1234:1a2b3c4d5e6f7a8b）。把它输入到这里，工作台会告诉您：这份台账打印以前登记的记录，后来有没有被改动或删掉。</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="49"/>
        <source>Check code:</source>
        <translation>核对码：</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="51"/>
        <source>as printed, e.g. 1234:1a2b3c4d5e6f7a8b</source>
        <translation>照台账上印的输入，如 1234:1a2b3c4d5e6f7a8b</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="53"/>
        <source>Check (Enter)</source>
        <translation>核对（回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="73"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="99"/>
        <source>Checking every record… (on a large desk this takes a while)</source>
        <translation>正在逐条核对记录……（记录多的话要等一会儿）</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="120"/>
        <source>Checked: nothing written before this ledger was printed has been changed or removed. The ledger and the desk agree.</source>
        <translation>核对无误：这份台账打印以前的记录，没有被改动或删掉。台账和工作台上的记录一致。</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="125"/>
        <source>The ledger and the desk do NOT agree:
%1

Keep the printed ledger and tell the township&apos;s technician.</source>
        <translation>台账和工作台上的记录对不上：
%1

请保管好这份打印的台账，并告诉乡镇的技术人员。</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_check_dialog.py" line="132"/>
        <source>The check could not be done: %1</source>
        <translation>没能核对：%1</translation>
    </message>
</context>
</TS>
