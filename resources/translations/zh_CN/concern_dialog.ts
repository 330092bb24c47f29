<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="111"/>
        <source>Confidential — never shown in public</source>
        <translation>涉密涉私 · 不得公开</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="135"/>
        <source>Villager</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="135"/>
        <location filename="../../../ui/concern_dialog.py" line="386"/>
        <source>Hamlet</source>
        <translation>所属屯</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="351"/>
        <source>Registered</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="137"/>
        <location filename="../../../ui/concern_dialog.py" line="384"/>
        <source>Function</source>
        <translation>回应功能</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="137"/>
        <location filename="../../../ui/concern_dialog.py" line="384"/>
        <source>Handling rule</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="139"/>
        <location filename="../../../ui/concern_dialog.py" line="386"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="138"/>
        <location filename="../../../ui/concern_dialog.py" line="387"/>
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="139"/>
        <source>Satisfaction</source>
        <translation>群众满意度</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="143"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="159"/>
        <source>History (oldest first; nothing is ever deleted)</source>
        <translation>办理记录（按时间先后排列，任何记录都不删除）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="164"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="164"/>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="164"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="164"/>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="385"/>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="185"/>
        <source>What to do next</source>
        <translation>下一步办理</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="207"/>
        <location filename="../../../ui/concern_dialog.py" line="353"/>
        <source>Mediation record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="208"/>
        <location filename="../../../ui/concern_dialog.py" line="354"/>
        <source>Documents taken</source>
        <translation>收取材料</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="209"/>
        <location filename="../../../ui/concern_dialog.py" line="355"/>
        <source>Documents returned</source>
        <translation>退还材料</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="210"/>
        <source>Ask the higher level</source>
        <translation>向上级预约下访</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="357"/>
        <source>Higher level answered</source>
        <translation>上级已答复</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="213"/>
        <source>Close the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="136"/>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="165"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="187"/>
        <source>Press a step to write down what was done in it.</source>
        <translation>按一下办理步骤，写明这一步办了什么。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="211"/>
        <source>Record the answer</source>
        <translation>登记上级答复</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="214"/>
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="215"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="216"/>
        <source>Correct a mistake</source>
        <translation>更正错误</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="219"/>
        <source>Every button adds a new line to the history.</source>
        <translation>每按一个按钮，都在办理记录里新加一行；原有记录不会改动。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="222"/>
        <source>Close window (Esc)</source>
        <translation>关闭窗口（Esc）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="284"/>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="285"/>
        <source>Case no. %1</source>
        <translation>案件编号 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="294"/>
        <location filename="../../../ui/concern_dialog.py" line="375"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/concern_dialog.py" line="296"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已超期%n天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="306"/>
        <source>not yet rated</source>
        <translation>还没有评价</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="316"/>
        <source>Closed: %1 (%2)</source>
        <translation>已办结：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="320"/>
        <source>same as case %1</source>
        <translation>（与案件%1重复）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="323"/>
        <source>Pending: waiting for the higher level to answer</source>
        <translation>办理中：等待上级答复</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="325"/>
        <source>Pending, OVERDUE: last step %1</source>
        <translation>已超期！办理中，已到：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="326"/>
        <source>Pending: last step %1</source>
        <translation>办理中，已到：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="350"/>
        <source>Received</source>
        <translation>接待</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="352"/>
        <source>Step done</source>
        <translation>办理步骤</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="356"/>
        <source>Asked the higher level</source>
        <translation>向上级预约下访</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="358"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="359"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="360"/>
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="361"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="367"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="377"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="377"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="379"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="385"/>
        <source>Concern</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="387"/>
        <location filename="../../../ui/concern_dialog.py" line="415"/>
        <source>Confidential</source>
        <translation>涉密涉私</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="400"/>
        <source>Concern: %1</source>
        <translation>反映事项：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="401"/>
        <source>Details: %1</source>
        <translation>详细情况：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="404"/>
        <source>Function: %1</source>
        <translation>回应功能：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="405"/>
        <source>Handling rule: %1</source>
        <translation>处理方式：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="406"/>
        <source>Deadline: %1</source>
        <translation>办结期限：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="407"/>
        <source>Hamlet: %1</source>
        <translation>所属屯：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="408"/>
        <source>Handled by: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="417"/>
        <source>Parties: %1</source>
        <translation>当事人：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="418"/>
        <source>What happened: %1</source>
        <translation>纠纷情况：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="419"/>
        <source>Agreed: %1</source>
        <translation>调解结果：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="422"/>
        <source>Documents: %1</source>
        <translation>材料：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="424"/>
        <source>Asked: %1</source>
        <translation>请求下访部门：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="425"/>
        <source>Wanted date: %1</source>
        <translation>希望下访日期：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="427"/>
        <source>Official: %1</source>
        <translation>上级来人：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="429"/>
        <source>Appointment date: %1</source>
        <translation>下访日期：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="431"/>
        <source>Why corrected: %1</source>
        <translation>更正原因：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="441"/>
        <location filename="../../../ui/concern_dialog.py" line="444"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="433"/>
        <source>%1: was %2, now %3</source>
        <translation>%1：原为%2，改为%3</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="439"/>
        <source>Outcome: %1</source>
        <translation>办结结果：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="440"/>
        <source>Same as case %1</source>
        <translation>与案件%1重复</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="452"/>
        <source>Villager&apos;s satisfaction: %1</source>
        <translation>群众满意度：%1</translation>
    </message>
</context>
<context>
    <name>StepStrip</name>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="64"/>
        <source>done</source>
        <translation>已办</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="66"/>
        <source>never published: confidential</source>
        <translation>涉密涉私，不公示</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="68"/>
        <source>not yet done</source>
        <translation>还没办</translation>
    </message>
</context>
</TS>
