<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DataAge</name>
    <message>
        <location filename="../../../ui/age_labels.py" line="13" />
        <source>Entered here</source>
        <translation>本机录入</translation>
    </message>
    <message>
        <location filename="../../../ui/age_labels.py" line="15" />
        <source>Nothing received yet</source>
        <translation>还没有收到数据</translation>
    </message>
    <message>
        <location filename="../../../ui/age_labels.py" line="17" />
        <source>%1/%2</source>
        <comment>month/day</comment>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <location filename="../../../ui/age_labels.py" line="21" />
        <source>later than this computer's date</source>
        <translation>晚于本机日期，请核对电脑日期</translation>
    </message>
    <message>
        <location filename="../../../ui/age_labels.py" line="23" />
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../../ui/age_labels.py" line="25" />
        <source>%1 day(s) ago</source>
        <translation>%1天前</translation>
    </message>
    <message>
        <location filename="../../../ui/age_labels.py" line="26" />
        <location filename="../../../ui/age_labels.py" line="34" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/age_labels.py" line="28" />
        <source> · incomplete</source>
        <translation> · 数据不全</translation>
    </message>
</context>
</TS>
