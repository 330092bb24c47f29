<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../../ui/followup.py" line="29" />
        <source>By phone</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="30" />
        <source>Home visit</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="31" />
        <source>Came to the station</source>
        <translation>来站回访</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="34" />
        <location filename="../../../ui/followup.py" line="42" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="35" />
        <location filename="../../../ui/followup.py" line="43" />
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="36" />
        <source>Dissatisfied: reopen the case</source>
        <translation>不满意（重新办理）</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="37" />
        <source>Could not reach them: try again</source>
        <translation>联系不上（下个工作日再回访）</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="44" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="45" />
        <source>Could not reach them</source>
        <translation>联系不上</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../../ui/followup.py" line="58" />
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="60" />
        <source>Resolved on %1. Ask %2 (%3) whether the matter is really settled. A dissatisfied answer reopens the case; it goes back on the to-do list.</source>
        <translation>%1 办结。请问%2（%3）这件事是否真正解决了。群众不满意的，这件事重新办理，回到待办。</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="63" />
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="67" />
        <source>How</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="69" />
        <source>Please choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="72" />
        <source>The villager's answer</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="73" />
        <source>What was said</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="74" />
        <source>Required when dissatisfied: what is still wrong</source>
        <translation>不满意时必填：还有什么没解决</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../../ui/followup.py" line="128" />
        <source>Only &amp;due today or earlier</source>
        <translation>只看今天及以前到期的(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="141" />
        <source>Enter or double-click: record the follow-up.</source>
        <translation>按回车或双击一行：登记回访。</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="144" />
        <source>Record the follow-up…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="145" />
        <source>Open the case…</source>
        <translation>打开这件事…</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="166" />
        <source>Reading the follow-ups…</source>
        <translation>正在读取回访…</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="172" />
        <source>No follow-up is due today.</source>
        <translation>今天没有到期的回访。</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="173" />
        <source>No follow-up is owed.</source>
        <translation>没有要回访的事项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/followup.py" line="175" />
        <source>%n follow-up(s) due today or earlier.</source>
        <translation>
            <numerusform>今天及以前到期的回访 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/followup.py" line="177" />
        <source>%n owed in all.</source>
        <translation>
            <numerusform>共 %n 件要回访。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="181" />
        <source>The list could not be read: %1</source>
        <translation>读取列表失败：%1</translation>
    </message>
</context>
<context>
    <name>FollowUpTable</name>
    <message>
        <location filename="../../../ui/followup.py" line="92" />
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="92" />
        <source>Villager</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="92" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="93" />
        <source>Concern</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="93" />
        <source>Resolved on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="93" />
        <source>Follow-up due</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="104" />
        <source>[Confidential] </source>
        <translation>【涉密】</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/followup.py" line="106" />
        <source>%n day(s) late</source>
        <translation>
            <numerusform>已过 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/followup.py" line="108" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/followup.py" line="112" />
        <source>not reached %n time(s)</source>
        <translation>
            <numerusform>已联系不上 %n 次</numerusform>
        </translation>
    </message>
</context>
</TS>
