<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="25" />
        <source>Paper and Excel ledgers</source>
        <translation>纸质和 Excel 台账</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="28" />
        <source>1. Save an empty template and fill in one row per concern. 2. Choose the filled file: every row is checked and the rows with a problem are listed. 3. Press “Import” to bring in the good rows. A row already imported is never imported twice.</source>
        <translation>1. 保存一份空白模板，每件关切填一行。2. 选择填好的文件：软件逐行检查，列出有问题的行。3. 按“导入”把检查通过的行导入。已经导入过的行不会重复导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="35" />
        <source>Save a template…</source>
        <translation>保存台账模板…</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="37" />
        <source>Check a filled ledger…</source>
        <translation>检查填好的台账…</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="51" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="53" />
        <location filename="../../../ui/ledger_dialog.py" line="108" />
        <location filename="../../../ui/ledger_dialog.py" line="121" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="72" />
        <source>Save a template</source>
        <translation>保存台账模板</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="73" />
        <source>ledger-template.xlsx</source>
        <translation>台账模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="74" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="85" />
        <source>Could not write the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="87" />
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="91" />
        <source>Check a filled ledger</source>
        <translation>检查填好的台账</translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="92" />
        <source>Ledgers (*.xlsx *.csv)</source>
        <translation>台账 (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/ledger_dialog.py" line="108" />
        <source>Import %n row(s)</source>
        <translation><numerusform>导入 %n 行</numerusform></translation>
    </message>
    <message>
        <location filename="../../../ui/ledger_dialog.py" line="109" />
        <source>Checked %1. Nothing has been imported yet.</source>
        <translation>已检查 %1，还没有导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/ledger_dialog.py" line="122" />
        <source>%n row(s) imported.</source>
        <translation><numerusform>已导入 %n 行。</numerusform></translation>
    </message>
</context>
</TS>
