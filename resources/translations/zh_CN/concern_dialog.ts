<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="137" />
        <source>Confidential — never shown in public</source>
        <translation>涉密涉私 · 不得公开</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="167" />
        <source>Villager</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="167" />
        <location filename="../../../ui/concern_dialog.py" line="452" />
        <source>Hamlet</source>
        <translation>所属屯</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="408" />
        <source>Registered</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="169" />
        <location filename="../../../ui/concern_dialog.py" line="450" />
        <source>Function</source>
        <translation>回应功能</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="169" />
        <location filename="../../../ui/concern_dialog.py" line="450" />
        <source>Handling rule</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="171" />
        <location filename="../../../ui/concern_dialog.py" line="452" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="170" />
        <location filename="../../../ui/concern_dialog.py" line="453" />
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="171" />
        <source>Satisfaction</source>
        <translation>群众满意度</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="175" />
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="191" />
        <source>History (oldest first; nothing is ever deleted)</source>
        <translation>办理记录（按时间先后排列，任何记录都不删除）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="197" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="197" />
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="197" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="197" />
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="451" />
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="218" />
        <source>What to do next</source>
        <translation>下一步办理</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="241" />
        <location filename="../../../ui/concern_dialog.py" line="410" />
        <source>Mediation record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="242" />
        <location filename="../../../ui/concern_dialog.py" line="411" />
        <source>Documents taken</source>
        <translation>收取材料</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="243" />
        <location filename="../../../ui/concern_dialog.py" line="412" />
        <source>Documents returned</source>
        <translation>退还材料</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="244" />
        <source>Ask the higher level</source>
        <translation>向上级预约下访</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="414" />
        <source>Higher level answered</source>
        <translation>上级已答复</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="252" />
        <source>Close the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="168" />
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="198" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="220" />
        <source>Press a step to write down what was done in it.</source>
        <translation>按一下办理步骤，写明这一步办了什么。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="245" />
        <source>Record the answer</source>
        <translation>登记上级答复</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="247" />
        <source>Answer the notice from above</source>
        <translation>回复上级督办</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="249" />
        <source>Supervise / urge</source>
        <translation>督办 / 催办</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="250" />
        <source>Ask for more time</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="251" />
        <source>Decide on the extension</source>
        <translation>审批延期</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="253" />
        <location filename="../../../ui/concern_dialog.py" line="421" />
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="254" />
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="255" />
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="256" />
        <source>Correct a mistake</source>
        <translation>更正错误</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="259" />
        <source>Every button adds a new line to the history.</source>
        <translation>每按一个按钮，都在办理记录里新加一行；原有记录不会改动。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="262" />
        <source>Close window (Esc)</source>
        <translation>关闭窗口（Esc）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="325" />
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="326" />
        <source>Case no. %1</source>
        <translation>案件编号 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="335" />
        <location filename="../../../ui/concern_dialog.py" line="441" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/concern_dialog.py" line="337" />
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已超期%n天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="347" />
        <source>not yet rated</source>
        <translation>还没有评价</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="355" />
        <source>%1 from %2 (asked by %3): %4 — reply by %5, not yet answered.</source>
        <translation>%1（%2，督办人 %3）：%4 —— 要求 %5 前回复，尚未回复。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="360" />
        <source>Asked for more time, to %1: waiting for %2 to decide.</source>
        <translation>已申请延期到 %1，等%2审批。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="362" />
        <location filename="../../../ui/concern_dialog.py" line="508" />
        <source>the township</source>
        <translation>乡镇回应中心</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="363" />
        <location filename="../../../ui/concern_dialog.py" line="509" />
        <source>the station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="370" />
        <source>Closed: %1 (%2)</source>
        <translation>已办结：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="374" />
        <source>same as case %1</source>
        <translation>（与案件%1重复）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="376" />
        <source>· follow-up call due %1</source>
        <translation>· %1 回访</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="380" />
        <source>Pending: waiting for the higher level to answer</source>
        <translation>办理中：等待上级答复</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="382" />
        <source>Pending, OVERDUE: last step %1</source>
        <translation>已超期！办理中，已到：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="383" />
        <source>Pending: last step %1</source>
        <translation>办理中，已到：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="407" />
        <source>Received</source>
        <translation>接待</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="409" />
        <source>Step done</source>
        <translation>办理步骤</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="413" />
        <source>Asked the higher level</source>
        <translation>向上级预约下访</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="415" />
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="416" />
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="417" />
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="418" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="419" />
        <source>Answered the notice</source>
        <translation>回复督办</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="420" />
        <source>Asked for more time</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="424" />
        <source>Extension approved</source>
        <translation>同意延期</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="425" />
        <source>Extension refused</source>
        <translation>不同意延期</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="427" />
        <source>Urged by the higher level</source>
        <translation>上级催办</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="428" />
        <source>Supervised by the higher level</source>
        <translation>上级督办</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="433" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="443" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="443" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="445" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="451" />
        <source>Concern</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="453" />
        <location filename="../../../ui/concern_dialog.py" line="481" />
        <source>Confidential</source>
        <translation>涉密涉私</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="466" />
        <source>Concern: %1</source>
        <translation>反映事项：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="467" />
        <source>Details: %1</source>
        <translation>详细情况：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="470" />
        <source>Function: %1</source>
        <translation>回应功能：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="471" />
        <source>Handling rule: %1</source>
        <translation>处理方式：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="472" />
        <source>Deadline: %1</source>
        <translation>办结期限：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="473" />
        <source>Hamlet: %1</source>
        <translation>所属屯：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="474" />
        <source>Handled by: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="483" />
        <source>Parties: %1</source>
        <translation>当事人：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="484" />
        <source>What happened: %1</source>
        <translation>纠纷情况：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="485" />
        <source>Agreed: %1</source>
        <translation>调解结果：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="488" />
        <source>Documents: %1</source>
        <translation>材料：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="490" />
        <source>Asked: %1</source>
        <translation>请求下访部门：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="491" />
        <source>Wanted date: %1</source>
        <translation>希望下访日期：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="493" />
        <source>Official: %1</source>
        <translation>上级来人：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="495" />
        <source>Appointment date: %1</source>
        <translation>下访日期：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="498" />
        <source>Asked by: %1</source>
        <translation>督办人：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="499" />
        <source>Reply by: %1</source>
        <translation>要求回复日期：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="501" />
        <source>Answers %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="503" />
        <source>Deadline %1 → %2</source>
        <translation>办结期限 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="507" />
        <source>Decided by: %1</source>
        <translation>审批：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="511" />
        <source>Decided at: %1</source>
        <translation>审批单位：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="513" />
        <source>Why corrected: %1</source>
        <translation>更正原因：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="523" />
        <source>Follow-up call due: %1</source>
        <translation>回访日期：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="524" />
        <location filename="../../../ui/concern_dialog.py" line="527" />
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="515" />
        <source>%1: was %2, now %3</source>
        <translation>%1：原为%2，改为%3</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="521" />
        <source>Outcome: %1</source>
        <translation>办结结果：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="522" />
        <source>Same as case %1</source>
        <translation>与案件%1重复</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="532" />
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="534" />
        <source>Try again on %1</source>
        <translation>%1 再回访</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="541" />
        <source>Villager's satisfaction: %1</source>
        <translation>群众满意度：%1</translation>
    </message>
</context>
<context>
    <name>StepStrip</name>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="90" />
        <source>done</source>
        <translation>已办</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="92" />
        <source>never published: confidential</source>
        <translation>涉密涉私，不公示</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_dialog.py" line="94" />
        <source>not yet done</source>
        <translation>还没办</translation>
    </message>
</context>
</TS>
