<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="35"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="36"/>
        <source>Time limits</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="37"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="50"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="64"/>
        <source>Everyone who works at this station. Untick “Working here” for someone who has left; their name stays on the old records.</source>
        <translation>本站的全部工作人员。有人不在本站工作了，就把他的“在岗”勾去掉；旧记录上仍保留他的名字。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="70"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="70"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="70"/>
        <source>Working here</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="80"/>
        <source>Add a staff member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="86"/>
        <source>mobile, 11 digits</source>
        <translation>手机号，11位数字</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="90"/>
        <source>&amp;Full-time</source>
        <translation>专职(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="91"/>
        <source>&amp;Add to the list</source>
        <translation>加入名单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="95"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="96"/>
        <source>&amp;Role:</source>
        <translation>职责(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="106"/>
        <source>New staff are saved when you press “Save”.</source>
        <translation>新添加的人员，按“保存”后才存入。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="119"/>
        <source>How many days a new concern gets, counted from the day it is registered. 0 means the same day. Each concern&apos;s own deadline can still be changed when it is registered.</source>
        <translation>新登记的关切，从登记当天算起，给多少天办理。0 表示当天办结。登记每件关切时，仍可以单独修改它的期限。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="131"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="143"/>
        <source>&amp;Large text: bigger letters everywhere</source>
        <translation>大字显示：所有文字都放大(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="164"/>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="168"/>
        <location filename="../../../ui/settings_dialog.py" line="182"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="168"/>
        <location filename="../../../ui/settings_dialog.py" line="182"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
</TS>
