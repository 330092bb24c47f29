<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="76"/>
        <source>Cannot open the data file</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="77"/>
        <source>The data file could not be opened:
%1

%2</source>
        <translation>数据文件打不开：
%1

%2</translation>
    </message>
</context>
</TS>
