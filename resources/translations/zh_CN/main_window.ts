<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/main_window.py" line="35" />
        <source>Village Concern Response Desk — %1</source>
        <translation>村民关切回应站工作台 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="44" />
        <source>Officer at the desk:</source>
        <translation>当班人员：</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="54" />
        <source>Lock (F12)</source>
        <translation>锁屏 (F12)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="55" />
        <source>Lock the desk when you leave it; you or someone else signs in again</source>
        <translation>离开时锁住桌面；回来后您或别人重新登录</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="61" />
        <source>Large text</source>
        <translation>大字</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="66" />
        <source>Appointments, suggestions, training</source>
        <translation>预约·意见箱·培训</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="70" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="80" />
        <source>Home (F1)</source>
        <translation>首页 (F1)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="81" />
        <source>Receive a visit (F2)</source>
        <translation>接待来访 (F2)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="82" />
        <source>To do (F3)</source>
        <translation>待办 (F3)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="83" />
        <source>Find (F4)</source>
        <translation>查找 (F4)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="84" />
        <source>Print (F5)</source>
        <translation>打印 (F5)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="91" />
        <source>Duty roster (F7)</source>
        <translation>轮值表 (F7)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="95" />
        <source>Statistics (F6)</source>
        <translation>统计 (F6)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="99" />
        <source>Eight haves (F8)</source>
        <translation>八个有 (F8)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="104" />
        <source>USB sync (F9)</source>
        <translation>U盘同步 (F9)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="108" />
        <source>Supervision and extensions</source>
        <translation>督办催办·延期</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="172" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="174" />
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="310" />
        <source>Cannot open</source>
        <translation>不能打开</translation>
    </message>
</context>
</TS>
