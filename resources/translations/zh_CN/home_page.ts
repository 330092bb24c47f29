<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../ui/home_page.py" line="38" />
        <source>Visitors today</source>
        <translation>今日来访人数</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="39" />
        <source>Concerns today</source>
        <translation>今日登记关切</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="40" />
        <source>Concerns this month</source>
        <translation>本月关切</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="41" />
        <source>Resolved this month</source>
        <translation>本月已解决</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="42" />
        <source>Open now</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="43" />
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="58" />
        <source>Open concerns, soonest deadline first</source>
        <translation>正在办理的关切（期限最近的在前）</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="69" />
        <source>Today is %1, %2</source>
        <translation>今天是 %1  %2</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="71" />
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="72" />
        <source>On duty: %1</source>
        <translation>今日值班：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="85" />
        <source>%n concern(s) past their deadline (shown in red).</source>
        <translation><numerusform>有 %n 件已超过办结期限（红色显示），请抓紧办理。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="88" />
        <source>%n concern(s) due within two days.</source>
        <translation><numerusform>有 %n 件在两天内到期。</numerusform></translation>
    </message>
</context>
</TS>
