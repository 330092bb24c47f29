<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerNoticeDialog</name>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="61"/>
        <source>Answer the higher level&apos;s notice</source>
        <translation>回复上级的督办（催办）</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="62"/>
        <source>%1 from %2, asked by %3, reply by %4:
%5</source>
        <translation>%1，%2，督办人 %3，要求 %4 前回复：
%5</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="72"/>
        <source>What was done, and where it stands</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="73"/>
        <source>e.g. The ditch was cleared on Tuesday; the villager was told and is satisfied.</source>
        <translation>例如：周二已组织清淤，水渠已通；已告知村民，村民满意。</translation>
    </message>
</context>
<context>
    <name>IssueNoticeDialog</name>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="23"/>
        <source>Supervise or urge this concern</source>
        <translation>对这件事督办或催办</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="24"/>
        <source>The notice goes to %1 in the next USB package. It stays on their home screen until they answer; the answer comes back the same way.</source>
        <translation>通知随下一个U盘同步包发给%1，在对方首页一直显示到回复为止；回复也随同步包带回来。</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="28"/>
        <source>Supervise (look into it and report back)</source>
        <translation>督办（查办并回复）</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="29"/>
        <source>Urge (it is late: hurry)</source>
        <translation>催办（已拖延，请抓紧）</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="30"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="31"/>
        <source>What is asked</source>
        <translation>督办（催办）事项</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="32"/>
        <source>e.g. Clear the ditch within three days and tell the villager.</source>
        <translation>例如：请三天内组织清淤，并告知反映人。</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="39"/>
        <source>Reply by</source>
        <translation>要求回复日期</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="41"/>
        <source>Who asks</source>
        <translation>督办人</translation>
    </message>
    <message>
        <location filename="../../../ui/oversight_dialogs.py" line="43"/>
        <source>e.g. Party secretary Li</source>
        <translation>例如：镇党委李书记</translation>
    </message>
</context>
</TS>
