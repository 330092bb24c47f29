<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConcernTable</name>
    <message>
        <location filename="../../../ui/concern_table.py" line="31"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_table.py" line="31"/>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_table.py" line="32"/>
        <source>Villager</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_table.py" line="32"/>
        <source>Concern</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_table.py" line="33"/>
        <source>Handling rule</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_table.py" line="34"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_table.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_table.py" line="206"/>
        <source>[Confidential] </source>
        <translation>【涉密】</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/concern_table.py" line="214"/>
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>已超期%n天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/concern_table.py" line="217"/>
        <source>Waiting for the higher level</source>
        <translation>等待上级答复</translation>
    </message>
</context>
</TS>
