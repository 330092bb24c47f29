<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../ui/home_page.py" line="38"/>
        <source>Visitors today</source>
        <translation>今日来访人数</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="39"/>
        <source>Concerns today</source>
        <translation>今日登记关切</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="40"/>
        <source>Concerns this month</source>
        <translation>本月关切</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="41"/>
        <source>Resolved this month</source>
        <translation>本月已解决</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="42"/>
        <source>Open now</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="43"/>
        <source>Due within 2 days</source>
        <translation>两天内到期</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="44"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="58"/>
        <source>Nothing is waiting: every concern has been dealt with.</source>
        <translation>没有待办的事：所有关切都已办结。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="63"/>
        <source>Open concerns, soonest deadline first</source>
        <translation>正在办理的关切（期限最近的在前）</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="69"/>
        <source>To open a concern: select it and press Enter, or double-click it. Someone has come in: press F2.</source>
        <translation>打开一件关切：选中后按回车键，或者双击。有人来访：按 F2。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="78"/>
        <source>Today is %1, %2</source>
        <translation>今天是 %1  %2</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="81"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="82"/>
        <source>On duty: %1</source>
        <translation>今日值班：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="84"/>
        <source>On duty: nobody yet. Add the staff under “Settings”.</source>
        <translation>今日值班：还没有工作人员，请在“设置”里添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="100"/>
        <source>%n concern(s) past their deadline (shown in red).</source>
        <translation>
            <numerusform>有 %n 件已超过办结期限（红色显示），请抓紧办理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="103"/>
        <source>%n concern(s) due within two days.</source>
        <translation>
            <numerusform>有 %n 件在两天内到期。</numerusform>
        </translation>
    </message>
</context>
</TS>
