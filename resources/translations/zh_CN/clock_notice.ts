<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClockNotice</name>
    <message>
        <location filename="../../../ui/clock_notice.py" line="21" />
        <source>Check the computer's date</source>
        <translation>请核对电脑的日期</translation>
    </message>
    <message>
        <location filename="../../../ui/clock_notice.py" line="23" />
        <source>Case numbers carry the year, so no visit is registered until the date is right or you confirm it.</source>
        <translation>案件编号带着年份，日期改对或确认没错之前，不登记来访。</translation>
    </message>
    <message>
        <location filename="../../../ui/clock_notice.py" line="26" />
        <source>The date is right</source>
        <translation>日期没错</translation>
    </message>
    <message>
        <location filename="../../../ui/clock_notice.py" line="27" />
        <source>I will correct it first</source>
        <translation>先去改日期</translation>
    </message>
</context>
</TS>
