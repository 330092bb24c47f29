<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../../ui/sync_history.py" line="32" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="33" />
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="34" />
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="35" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="36" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="37" />
        <source>Opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="38" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="39" />
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="40" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="41" />
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="42" />
        <source>Handling rule</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="43" />
        <source>Function</source>
        <translation>回应功能</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="44" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="45" />
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="46" />
        <source>In service</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="47" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="48" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="49" />
        <source>Created at</source>
        <translation>建立时间</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="215" />
        <source>The same item was changed on two desks before either saw the other's change. Every desk shows the same value; the other values are kept here.</source>
        <translation>同一项内容在两台电脑上都改过，改的时候彼此还没有看到对方的改动。每台电脑都显示同一个值，另外的值保存在这里，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="221" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="221" />
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="221" />
        <source>Shown on every desk</source>
        <translation>现在显示的值</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="221" />
        <source>Set aside</source>
        <translation>另存的值</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="236" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="238" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="238" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TripsView</name>
    <message>
        <location filename="../../../ui/sync_history.py" line="132" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="132" />
        <source>Way</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="132" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="132" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="133" />
        <source>Checksum</source>
        <translation>校验码</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="133" />
        <source>What it carried or did</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="133" />
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/sync_history.py" line="164" />
        <source>%n trip(s) made.</source>
        <translation><numerusform>共 %n 趟。</numerusform></translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="165" />
        <source>No trip made yet.</source>
        <translation>还没有同步过。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="172" />
        <source>The trips could not be read: %1</source>
        <translation>读不出同步记录：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="195" />
        <source>Sent to</source>
        <translation>导出给</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="195" />
        <source>Received from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="198" />
        <source> (everything again)</source>
        <translation>（全部重新发送）</translation>
    </message>
</context>
</TS>
