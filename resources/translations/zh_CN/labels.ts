<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Domain</name>
    <message>
        <location filename="../../../ui/labels.py" line="11" />
        <source>County response command</source>
        <translation>县回应指挥部</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="12" />
        <source>Township response centre</source>
        <translation>乡镇回应中心</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="13" />
        <source>Village response station</source>
        <translation>村回应站</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="14" />
        <source>Hamlet response point</source>
        <translation>屯回应点</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="17" />
        <source>Proxy service</source>
        <translation>代办代理服务</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="18" />
        <source>Resolving disputes</source>
        <translation>化解矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="19" />
        <source>Calming public emotion</source>
        <translation>疏导公众情绪</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="20" />
        <source>Listening to suggestions</source>
        <translation>倾听意见建议</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="23" />
        <source>Policy question answered face to face</source>
        <translation>政策咨询当面答复</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="24" />
        <source>Dispute mediated on site</source>
        <translation>矛盾纠纷现场调解</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="25" />
        <source>Solved in a time limit, results published</source>
        <translation>限时解决集中公示</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="26" />
        <source>Proxy matter handled end to end</source>
        <translation>代办事项全程代理</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="27" />
        <source>Beyond authority: appointment for a visit</source>
        <translation>超出权限预约下访</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="28" />
        <source>Confidential matter, private feedback</source>
        <translation>涉密涉私问题专项反馈</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="31" />
        <source>Reception</source>
        <translation>热情接待</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="32" />
        <source>Registration</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="33" />
        <source>Analysis</source>
        <translation>分析处置</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="34" />
        <source>On-site handling</source>
        <translation>现场办公</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="35" />
        <source>Supervision</source>
        <translation>接受监督</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="36" />
        <source>Publication of the result</source>
        <translation>结果公示</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="37" />
        <source>Feedback to the villager</source>
        <translation>反馈回应村民</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="40" />
        <source>Came to the station</source>
        <translation>来站反映</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="41" />
        <source>By phone</source>
        <translation>电话反映</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="42" />
        <source>Relayed by a hamlet point</source>
        <translation>屯回应点转报</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="43" />
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="44" />
        <source>Open talk day</source>
        <translation>民情恳谈日</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="47" />
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="48" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="49" />
        <source>Withdrawn by the villager</source>
        <translation>村民撤回</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="50" />
        <source>Referred elsewhere</source>
        <translation>转交他处办理</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="51" />
        <source>Duplicate, merged</source>
        <translation>重复反映已合并</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="52" />
        <source>Not accepted, reason explained</source>
        <translation>不予受理并说明</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="55" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="56" />
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="57" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="60" />
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="61" />
        <source>Clerk</source>
        <translation>办事员</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="62" />
        <source>Hamlet-point cadre</source>
        <translation>屯点干部</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="63" />
        <source>Supervisor</source>
        <translation>监督员</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="64" />
        <source>Township administrator</source>
        <translation>乡镇管理员</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="65" />
        <source>County administrator</source>
        <translation>县管理员</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="67" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="67" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="68" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="68" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="69" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="69" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="70" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
</TS>
