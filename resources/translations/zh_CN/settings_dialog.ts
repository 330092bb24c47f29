<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="48" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="56" />
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="57" />
        <source>Time limits</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="58" />
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="59" />
        <source>Station</source>
        <translation>本站信息</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="65" />
        <source>Back&amp;ups…</source>
        <translation>备份与恢复(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="70" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="73" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="92" />
        <source>Everyone who works at this station. Untick “Working here” for someone who has left; their name stays on the old records.</source>
        <translation>本站的全部工作人员。有人不在本站工作了，就把他的“在岗”勾去掉；旧记录上仍保留他的名字。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="99" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="99" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="99" />
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="99" />
        <source>Working here</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="109" />
        <source>Each person signs in with their own PIN. Pick a name in the list to give them one, or a new one if they forgot it.</source>
        <translation>每个人用自己的密码登录。在上面的名单里选中一个人，可以给他设密码；忘了密码的，给他设个新的。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="113" />
        <source>Set or reset PIN…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="119" />
        <source>Add a staff member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="125" />
        <source>mobile, 11 digits</source>
        <translation>手机号，11位数字</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="130" />
        <source>— not in a hamlet —</source>
        <translation>（不填）</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="133" />
        <source>&amp;Full-time</source>
        <translation>专职(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="134" />
        <source>&amp;Add to the list</source>
        <translation>加入名单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="137" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="138" />
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="139" />
        <source>&amp;Role:</source>
        <translation>职责(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="144" />
        <source>Lives in &amp;hamlet:</source>
        <translation>住在哪个屯(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="153" />
        <source>New staff are saved when you press “Save”.</source>
        <translation>新添加的人员，按“保存”后才存入。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="167" />
        <source>How many days a new concern gets, counted from the day it is registered. 0 means the same day. Each concern's own deadline can still be changed when it is registered.</source>
        <translation>新登记的关切，从登记当天算起，给多少天办理。0 表示当天办结。登记每件关切时，仍可以单独修改它的期限。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="179" />
        <location filename="../../../ui/settings_dialog.py" line="188" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="191" />
        <source>Mark a station's figures incomplete when nothing has come from it by USB for more than:</source>
        <translation>下属站点超过这么多天没有U盘数据送来，它的数字标为“数据不全”：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="202" />
        <source> working day(s)</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="205" />
        <source>Call the villager back after a concern is resolved:</source>
        <translation>办结后过几个工作日回访群众：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="212" />
        <source>Escalated matters: the township decides requests for more time</source>
        <translation>上报上级的事项，延期由乡镇审批</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="214" />
        <source>Otherwise the station head decides them, as for every other concern.</source>
        <translation>不勾选：和其他事项一样由站长审批。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="223" />
        <source>&amp;Large text: bigger letters everywhere</source>
        <translation>大字显示：所有文字都放大(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="229" />
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="232" />
        <source>Lock the desk after no use for:</source>
        <translation>无人使用多久后自动锁屏：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="245" />
        <source>This station's details, as printed on the contact cards and notices. The station code and level cannot be changed.</source>
        <translation>本站的基本信息，会印在亲民卡和公示上。站点编码和级别不能更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="251" />
        <source>Station code:</source>
        <translation>站点编码：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="252" />
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="256" />
        <source>mobile, or landline with area code</source>
        <translation>手机号，或带区号的座机号</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="258" />
        <source>e.g. Monday to Friday 8:00–12:00, 14:30–17:30</source>
        <translation>如：周一至周五 8:00–12:00，14:30–17:30</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="259" />
        <source>Station na&amp;me:</source>
        <translation>站点名称(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="260" />
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="261" />
        <source>Station p&amp;hone:</source>
        <translation>站点电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="262" />
        <source>&amp;Opening hours:</source>
        <translation>开放时间(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="285" />
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="289" />
        <location filename="../../../ui/settings_dialog.py" line="303" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="289" />
        <location filename="../../../ui/settings_dialog.py" line="303" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="324" />
        <source>Pick a saved staff member in the list first.</source>
        <translation>请先在名单里选中一位已保存的工作人员。</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="382" />
        <source>New staff or changes on this screen have not been saved. Leave anyway?</source>
        <translation>新加的工作人员或这一页的修改还没保存，要离开吗？</translation>
    </message>
</context>
</TS>
