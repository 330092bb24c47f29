<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LeaveGuard</name>
    <message>
        <location filename="../../../ui/leave_guard.py" line="13" />
        <source>Leave without saving?</source>
        <translation>还没保存，要离开吗？</translation>
    </message>
    <message>
        <location filename="../../../ui/leave_guard.py" line="14" />
        <source>What you typed has not been saved. Leave anyway?</source>
        <translation>刚才填写的内容还没有保存，离开后就没有了。确定要离开吗？</translation>
    </message>
</context>
</TS>
