<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../ui/home_page.py" line="44" />
        <source>Visitors today</source>
        <translation>今日来访人数</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="45" />
        <source>Concerns today</source>
        <translation>今日登记关切</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="46" />
        <source>Concerns this month</source>
        <translation>本月关切</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="47" />
        <source>Resolved this month</source>
        <translation>本月已解决</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="48" />
        <source>Open now</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="49" />
        <source>Due within 2 days</source>
        <translation>两天内到期</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="50" />
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="64" />
        <source>Nothing is waiting: every concern has been dealt with.</source>
        <translation>没有待办的事：所有关切都已办结。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="69" />
        <source>Open concerns, soonest deadline first</source>
        <translation>正在办理的关切（期限最近的在前）</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="72" />
        <source>Reading the open concerns…</source>
        <translation>正在读取正在办理的关切…</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="80" />
        <source>To open a concern: select it and press Enter, or double-click it. Someone has come in: press F2.</source>
        <translation>打开一件关切：选中后按回车键，或者双击。有人来访：按 F2。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="98" />
        <source>Today is %1, %2</source>
        <translation>今天是 %1  %2</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="105" />
        <source>The open concerns could not be read: %1</source>
        <translation>读取正在办理的关切时出错：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="110" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="111" />
        <source>On duty: %1</source>
        <translation>今日值班：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="113" />
        <source>On duty: nobody by the roster (the desk is closed today).</source>
        <translation>今日值班：按轮值表今天无人值班（本站今天不开放）。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="115" />
        <source>On duty: nobody yet. Add the staff under “Settings”.</source>
        <translation>今日值班：还没有工作人员，请在“设置”里添加。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="116" />
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2（%3 %4）</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="120" />
        <source>Appointments today: %1</source>
        <translation>今日预约：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="120" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="137" />
        <source>%n concern(s) past their deadline (shown in red).</source>
        <translation>
            <numerusform>有 %n 件已超过办结期限（红色显示），请抓紧办理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="140" />
        <source>%n concern(s) due within two days.</source>
        <translation>
            <numerusform>有 %n 件在两天内到期。</numerusform>
        </translation>
    </message>
</context>
</TS>
