<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../ui/home_page.py" line="49" />
        <location filename="../../../ui/home_page.py" line="191" />
        <source>See and answer…</source>
        <translation>查看并回复…</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="63" />
        <source>Visitors today</source>
        <translation>今日来访人数</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="64" />
        <source>Concerns today</source>
        <translation>今日登记关切</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="65" />
        <source>Concerns this month</source>
        <translation>本月关切</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="66" />
        <source>Resolved this month</source>
        <translation>本月已解决</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="67" />
        <source>Open now</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="68" />
        <source>Due within 2 days</source>
        <translation>两天内到期</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="69" />
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="85" />
        <source>Nothing is waiting: every concern has been dealt with.</source>
        <translation>没有待办的事：所有关切都已办结。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="90" />
        <source>Open concerns, soonest deadline first</source>
        <translation>正在办理的关切（期限最近的在前）</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="93" />
        <source>Reading the open concerns…</source>
        <translation>正在读取正在办理的关切…</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="101" />
        <source>To open a concern: select it and press Enter, or double-click it. Someone has come in: press F2.</source>
        <translation>打开一件关切：选中后按回车键，或者双击。有人来访：按 F2。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="119" />
        <source>Today is %1, %2</source>
        <translation>今天是 %1  %2</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="130" />
        <source>The open concerns could not be read: %1</source>
        <translation>读取正在办理的关切时出错：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="135" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="136" />
        <source>On duty: %1</source>
        <translation>今日值班：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="138" />
        <source>On duty: nobody by the roster (the desk is closed today).</source>
        <translation>今日值班：按轮值表今天无人值班（本站今天不开放）。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="140" />
        <source>On duty: nobody yet. Add the staff under “Settings”.</source>
        <translation>今日值班：还没有工作人员，请在“设置”里添加。</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="141" />
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2（%3 %4）</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="145" />
        <source>Appointments today: %1</source>
        <translation>今日预约：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="145" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="163" />
        <source>%n concern(s) past their deadline (shown in red).</source>
        <translation>
            <numerusform>有 %n 件已超过办结期限（红色显示），请抓紧办理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="166" />
        <source>%n concern(s) due within two days.</source>
        <translation>
            <numerusform>有 %n 件在两天内到期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="168" />
        <source>%n follow-up call(s) due today (To do, F3: Follow-up calls).</source>
        <translation><numerusform>今天有 %n 件要回访（待办 F3 →“回访”）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="175" />
        <source>%1 from %2 on case %3 (%4): reply by %5.</source>
        <translation>%1（%2）：案件 %3「%4」，要求 %5 前回复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="180" />
        <source>%n notice(s) from above to answer:</source>
        <translation>
            <numerusform>上级督办、催办 %n 件，等本站回复：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="182" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="184" />
        <source>%n notice(s) not yet answered by the stations below.</source>
        <translation>
            <numerusform>下级站点还有 %n 件督办、催办没有回复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/home_page.py" line="187" />
        <source>%n request(s) for more time waiting for a decision here.</source>
        <translation>
            <numerusform>%n 件延期申请等本站审批。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/home_page.py" line="192" />
        <source>See the notices…</source>
        <translation>查看督办催办…</translation>
    </message>
</context>
</TS>
