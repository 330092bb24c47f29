<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="20" />
        <source>Village affairs supervision committee member</source>
        <translation>村务监督委员会成员</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="21" />
        <source>Former village cadre</source>
        <translation>离任村干部</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="22" />
        <source>County or township People's Congress deputy</source>
        <translation>县乡人大代表</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="23" />
        <source>Party congress delegate</source>
        <translation>党代表</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="54" />
        <source>Supervision and evaluations</source>
        <translation>监督与测评</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="58" />
        <source>Supervisors</source>
        <translation>监督员</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="59" />
        <source>Evaluation sessions</source>
        <translation>满意度测评</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="60" />
        <source>June survey</source>
        <translation>六月满意度调查</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="66" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="90" />
        <location filename="../../../ui/supervision_dialog.py" line="102" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="90" />
        <location filename="../../../ui/supervision_dialog.py" line="103" />
        <source>Kind</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="90" />
        <location filename="../../../ui/supervision_dialog.py" line="104" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="91" />
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="101" />
        <source>leave empty while in office, or e.g. 2029-12-31</source>
        <translation>在任的不填；已卸任的填日期，如 2029-12-31</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="105" />
        <source>Term starts</source>
        <translation>任期开始</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="106" />
        <source>Term ends</source>
        <translation>任期结束</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="108" />
        <source>Add supervisor</source>
        <translation>添加监督员</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="117" />
        <source>Ballots are anonymous: only how many ballots gave each rating is kept, never who voted what.</source>
        <translation>测评票是匿名的：只记每种评价的票数，不记谁投了什么票。</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="121" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="121" />
        <source>Present</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="121" />
        <location filename="../../../ui/supervision_dialog.py" line="131" />
        <location filename="../../../ui/supervision_dialog.py" line="148" />
        <location filename="../../../ui/supervision_dialog.py" line="160" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="122" />
        <location filename="../../../ui/supervision_dialog.py" line="131" />
        <location filename="../../../ui/supervision_dialog.py" line="149" />
        <location filename="../../../ui/supervision_dialog.py" line="160" />
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="122" />
        <location filename="../../../ui/supervision_dialog.py" line="132" />
        <location filename="../../../ui/supervision_dialog.py" line="149" />
        <location filename="../../../ui/supervision_dialog.py" line="161" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="123" />
        <location filename="../../../ui/supervision_dialog.py" line="132" />
        <location filename="../../../ui/supervision_dialog.py" line="150" />
        <location filename="../../../ui/supervision_dialog.py" line="161" />
        <source>Invalid</source>
        <translation>废票</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="123" />
        <location filename="../../../ui/supervision_dialog.py" line="150" />
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="129" />
        <source>Held on</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="130" />
        <source>People present</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="135" />
        <source>Record the session</source>
        <translation>记录这次测评</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="144" />
        <source>Every June the villagers are surveyed anonymously on paper. Enter each tally sheet once (for example one per hamlet).</source>
        <translation>每年6月进行匿名满意度问卷调查。每张统计表录入一次（比如每个屯一张）。</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="148" />
        <location filename="../../../ui/supervision_dialog.py" line="158" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="148" />
        <location filename="../../../ui/supervision_dialog.py" line="159" />
        <source>Sheet</source>
        <translation>统计表</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="164" />
        <source>Enter the tally</source>
        <translation>录入统计表</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="193" />
        <source>Supervisor added.</source>
        <translation>已添加监督员。</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="203" />
        <source>Evaluation session recorded.</source>
        <translation>已记录这次测评。</translation>
    </message>
    <message>
        <location filename="../../../ui/supervision_dialog.py" line="212" />
        <source>Tally sheet entered.</source>
        <translation>已录入统计表。</translation>
    </message>
</context>
</TS>
