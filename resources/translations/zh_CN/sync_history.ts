<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../../ui/sync_history.py" line="20" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="21" />
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="22" />
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="23" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="24" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="25" />
        <source>Opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="26" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="27" />
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="28" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="29" />
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="30" />
        <source>Handling rule</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="31" />
        <source>Function</source>
        <translation>回应功能</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="32" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="33" />
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="34" />
        <source>In service</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="35" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="36" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="37" />
        <source>Created at</source>
        <translation>建立时间</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="99" />
        <source>The same item was changed on two desks before either saw the other's change. Every desk shows the same value; the other values are kept here.</source>
        <translation>同一项内容在两台电脑上都改过，改的时候彼此还没有看到对方的改动。每台电脑都显示同一个值，另外的值保存在这里，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="105" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="105" />
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="105" />
        <source>Shown on every desk</source>
        <translation>现在显示的值</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="105" />
        <source>Set aside</source>
        <translation>另存的值</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="120" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="122" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="122" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TripsView</name>
    <message>
        <location filename="../../../ui/sync_history.py" line="70" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="70" />
        <source>Way</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="70" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="70" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="71" />
        <source>Checksum</source>
        <translation>校验码</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="71" />
        <source>What it carried or did</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="71" />
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="84" />
        <source>Sent to</source>
        <translation>导出给</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="84" />
        <source>Received from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_history.py" line="87" />
        <source> (everything again)</source>
        <translation>（全部重新发送）</translation>
    </message>
</context>
</TS>
