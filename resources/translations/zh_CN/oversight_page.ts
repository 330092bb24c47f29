<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExtensionTable</name>
    <message>
        <location filename="../../../ui/oversight_page.py" line="92" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="92" />
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="92" />
        <source>Concern</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="92" />
        <source>Deadline now</source>
        <translation>现在的期限</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="93" />
        <source>Asked for</source>
        <translation>申请延到</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="93" />
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="93" />
        <source>Asked on</source>
        <translation>申请日期</translation>
    </message>
</context>
<context>
    <name>NoticeTable</name>
    <message>
        <location filename="../../../ui/oversight_page.py" line="44" />
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="44" />
        <source>From</source>
        <translation>发出单位</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="44" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="44" />
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="45" />
        <source>Concern</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="45" />
        <source>What is asked</source>
        <translation>督办（催办）事项</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="45" />
        <source>Reply by</source>
        <translation>要求回复</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="45" />
        <source>State</source>
        <translation>回复情况</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="62" />
        <source>Answered %1</source>
        <translation>%1 已回复</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="63" />
        <source>(late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="64" />
        <source>Not answered, past the date</source>
        <translation>未回复，已过回复日期</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="64" />
        <source>Not answered</source>
        <translation>未回复</translation>
    </message>
</context>
<context>
    <name>OversightPage</name>
    <message>
        <location filename="../../../ui/oversight_page.py" line="132" />
        <source>Supervision and extensions</source>
        <translation>督办催办·延期审批</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="134" />
        <source>A township or county sends a notice about one of a station's concerns; it comes in the USB package and waits here until the station answers. The answer goes back up in the next package. To send one: open the concern and press “Supervise / urge”. Requests for more time that this desk decides are on the last tab.</source>
        <translation>乡镇、县对下级站点的某件关切发督办或催办通知，随U盘同步包送到，在这里等承办站点回复；回复随下一个同步包报上去。要发通知：打开那件关切，按“督办 / 催办”。等本站审批的延期申请在最后一页。</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="140" />
        <source>Only those not yet answered</source>
        <translation>只看还没回复的</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="146" />
        <source>To answer here</source>
        <translation>本站要回复的</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="149" />
        <source>On the stations below</source>
        <translation>下级站点的</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="151" />
        <source>Extensions to decide</source>
        <translation>延期审批</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="164" />
        <source>Answer…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="166" />
        <source>Open the concern</source>
        <translation>打开这件事</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="168" />
        <source>Save the notice slip (PDF)…</source>
        <translation>保存督办通知单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="170" />
        <source>Decide…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="194" />
        <source>To answer here (%1 waiting)</source>
        <translation>本站要回复的（%1 件待回复）</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="197" />
        <source>On the stations below (%1 not answered)</source>
        <translation>下级站点的（%1 件未回复）</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="201" />
        <source>Extensions to decide (%1)</source>
        <translation>延期审批（%1 件）</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="223" />
        <source>%1 from %2, asked by %3, reply by %4:
%5</source>
        <translation>%1，%2，督办人 %3，要求 %4 前回复：
%5</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="227" />
        <source>Answered by %1 on %2: %3</source>
        <translation>%1 于 %2 回复：%3</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="245" />
        <location filename="../../../ui/oversight_page.py" line="259" />
        <source>Cannot open</source>
        <translation>打不开</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="272" />
        <source>Save the notice slip</source>
        <translation>保存督办通知单</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="273" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="289" />
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="289" />
        <source>The file could not be saved:
%1

%2</source>
        <translation>文件没有保存：
%1

%2</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_page.py" line="292" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
</TS>
