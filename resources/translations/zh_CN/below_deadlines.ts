<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BelowDeadlinesPanel</name>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="80" />
        <source>Open concerns of the stations below that are overdue or due within three days, judged as of each station's data: what this desk knows of a station is what its last USB package said.</source>
        <translation>下属站点已逾期或三天内到期、还没有办结的关切，按各站的数据日期判断：本机知道的，是各站最近一次U盘同步包里的情况。</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="87" />
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="89" />
        <source>Overdue and due soon</source>
        <translation>逾期和即将到期</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="90" />
        <location filename="../../../ui/below_deadlines.py" line="101" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="91" />
        <source>Perhaps overdue (due after the station's data)</source>
        <translation>可能已逾期（在该站数据日期之后到期）</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="92" />
        <source>Due within three days</source>
        <translation>三天内到期</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="101" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="101" />
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="102" />
        <source>Perhaps overdue</source>
        <translation>可能已逾期</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="102" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="132" />
        <source>Reading the stations below…</source>
        <translation>正在读取下属站点……</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="144" />
        <source>All stations below</source>
        <translation>全部下属站点</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="185" />
        <source>Nothing overdue or due soon here.</source>
        <translation>这里没有逾期或即将到期的关切。</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="187" />
        <source>%1 concern(s) listed</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="189" />
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="191" />
        <source> — this station's data is old: its figures are incomplete.</source>
        <translation>。这个站点的数据太旧，数字不全。</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="195" />
        <source>The list could not be read: %1</source>
        <translation>读取列表失败：%1</translation>
    </message>
</context>
<context>
    <name>DeadlineTable</name>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="41" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="41" />
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="41" />
        <source>Villager</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="42" />
        <source>Concern</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="42" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="43" />
        <source>As of the station's data</source>
        <translation>按该站数据日期</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="54" />
        <source>[Confidential] </source>
        <translation>【涉密】</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="60" />
        <source>Overdue (open on %1)</source>
        <translation>已逾期（%1 仍未办结）</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="62" />
        <source>Perhaps overdue: due after %1</source>
        <translation>可能已逾期：%1 以后到期</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="66" />
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../../ui/below_deadlines.py" line="67" />
        <source>Due in %1 day(s)</source>
        <translation>%1 天后到期</translation>
    </message>
</context>
</TS>
