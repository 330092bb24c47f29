<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../../ui/statistics_page.py" line="62" />
        <source>No concerns</source>
        <translation>没有关切</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../../ui/statistics_page.py" line="146" />
        <source>Statistics for:</source>
        <translation>统计范围：</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="150" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="150" />
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="150" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="153" />
        <source>◀ Earlier</source>
        <translation>◀ 上一期</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="156" />
        <source>Later ▶</source>
        <translation>下一期 ▶</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="161" />
        <source>Supervision and evaluations…</source>
        <translation>监督与测评…</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="164" />
        <source>Paper ledgers…</source>
        <translation>台账导入…</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="168" />
        <location filename="../../../ui/statistics_page.py" line="339" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="198" />
        <source>Visitors (persons)</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="198" />
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="199" />
        <location filename="../../../ui/statistics_page.py" line="245" />
        <source>Concerns</source>
        <translation>关切件数</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="199" />
        <location filename="../../../ui/statistics_page.py" line="246" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="200" />
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="200" />
        <source>Other outcomes</source>
        <translation>其他结果</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="201" />
        <location filename="../../../ui/statistics_page.py" line="246" />
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="201" />
        <source>On-time rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="202" />
        <location filename="../../../ui/statistics_page.py" line="246" />
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="219" />
        <source>Completion rate: concerns ended in any outcome ÷ concerns registered. On-time rate: ended on or before the deadline ÷ ended; where no deadline was written at registration (at the desk or in an imported ledger), the deadline is the handling rule's time limit from the registration date, and a concern closed after it is late; an approved extension moves the deadline; only a concern whose deadline a correction removed has none and counts as on time. Satisfaction rate: satisfied and basically satisfied ÷ concerns the villager rated.</source>
        <translation>办结率＝以任何结果办结的关切 ÷ 受理的关切。按期办结率＝在办结期限内（含当日）办结的 ÷ 已办结的；登记时（在本机或导入的台账里）没有写办结期限的，按处理方式的办理期限从登记日期算起，过了这个期限才办结的算超期；批准延期的，按延期后的期限算；只有更正时去掉了期限的事项没有期限，算按期。满意率＝（满意＋基本满意）÷ 村民作出评价的关切。</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="230" />
        <source>By response function</source>
        <translation>按回应功能</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="231" />
        <source>By handling rule</source>
        <translation>按处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="232" />
        <source>By hamlet (largest first)</source>
        <translation>按屯（多的在前）</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="233" />
        <source>Trend: concerns per period, and satisfaction rate</source>
        <translation>趋势：各期关切件数和满意率</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="240" />
        <source>Stations ranked by satisfaction (under 90% in red)</source>
        <translation>各站满意率排名（低于90%的标红）</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="245" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="245" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="245" />
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="302" />
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="304" />
        <source>First half of %1</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="304" />
        <source>Second half of %1</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="312" />
        <source>H1 %1</source>
        <translation>%1上</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="312" />
        <source>H2 %1</source>
        <translation>%1下</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="335" />
        <source>The figures could not be counted: %1</source>
        <translation>统计时出错：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="351" />
        <source>Other outcomes: %1</source>
        <translation>其他结果：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="351" />
        <location filename="../../../ui/statistics_page.py" line="403" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="355" />
        <source>Supervisors' ratings: %1 satisfied (%2 ratings); evaluation sessions: %3 (%4 sessions, anonymous ballots); June survey: %5 (%6 tally sheets).</source>
        <translation>监督员评价满意率 %1（%2 件次）；满意度测评 %3（%4 次，匿名投票）；六月满意度调查 %5（%6 张统计表）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/statistics_page.py" line="384" />
        <source>Figures incomplete: no data for more than %n day(s); not ranked.</source>
        <translation>
            <numerusform>数字不全：超过 %n 天没有收到数据，不参加排名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="398" />
        <source>%1: data as of %2</source>
        <translation>%1：数据截至 %2</translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="398" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/statistics_page.py" line="405" />
        <source> and %n more</source>
        <translation>
            <numerusform> 等，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/statistics_page.py" line="407" />
        <source>Figures incomplete: no data for more than %1 days from %2. Their figures count only up to their data's date; they are not ranked.</source>
        <translation>数字不全：%2超过 %1 天没有收到数据。这些站点的数字只到它们的数据日期，没有按当前数字计，也不参加排名。</translation>
    </message>
</context>
</TS>
