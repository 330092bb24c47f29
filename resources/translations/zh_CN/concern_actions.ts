<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="104"/>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="132"/>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="135"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="150"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="152"/>
        <source>Ctrl+Enter saves. In a larger text box Enter starts a new line; in a one-line field Enter saves. Esc cancels.</source>
        <translation>按 Ctrl+回车 保存。在大的文字框里按回车是换行；在单行的填写栏里按回车就保存。按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="155"/>
        <source>Enter saves. Esc cancels.</source>
        <translation>回车保存，Esc 取消。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="399"/>
        <source>Close the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="404"/>
        <source>How did it end?</source>
        <translation>办结结果</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="410"/>
        <source>Original case number</source>
        <translation>原案件编号</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="412"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="428"/>
        <source>Not ready to close as resolved. Still needed:</source>
        <translation>还不能按“已解决”办结，还差：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="432"/>
        <source>Everything this handling rule asks for is done.</source>
        <translation>这条处理方式要求的都办完了。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="437"/>
        <source>Remark (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="437"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="439"/>
        <source>Why it ends this way, as you would tell the villager</source>
        <translation>为什么这样办结（照对村民说的写）</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="478"/>
        <source>Correct a mistake</source>
        <translation>更正错误</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="479"/>
        <source>Change only what was written down wrongly, and say why. Nothing is deleted: the old values stay in the history.</source>
        <translation>只改登记错了的内容，并写明原因。不会删除任何东西：原来的内容仍留在办理记录里。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="481"/>
        <source>Concern (short)</source>
        <translation>反映事项（简要）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="482"/>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="487"/>
        <source>Function</source>
        <translation>回应功能</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="491"/>
        <source>Handling rule</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="496"/>
        <source>Hamlet</source>
        <translation>所属屯</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="501"/>
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="502"/>
        <source>Has a deadline:</source>
        <translation>定了期限：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="504"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="505"/>
        <source>Confidential: never shown in public</source>
        <translation>涉密涉私：不得公开</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="508"/>
        <source>Why the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="512"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>DocumentsReturnedDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="325"/>
        <source>Documents returned to the villager</source>
        <translation>退还村民材料</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="326"/>
        <location filename="../../../ui/concern_actions.py" line="347"/>
        <source>Tick the documents you hand back.</source>
        <translation>请勾选退还给村民的材料。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="336"/>
        <source>Documents held</source>
        <translation>站里保管的材料</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="337"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="338"/>
        <source>optional, e.g. villager signed for them</source>
        <translation>可不填，例如：村民已签字领回</translation>
    </message>
</context>
<context>
    <name>DocumentsTakenDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="306"/>
        <source>Documents taken from the villager</source>
        <translation>收取村民材料</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="307"/>
        <source>List every document you take, one per line, so that each one can be handed back.</source>
        <translation>收了哪些材料，一行写一样，方便以后逐件退还。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="309"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="310"/>
        <source>e.g. household register (original)</source>
        <translation>例如：户口簿原件</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="311"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="312"/>
        <source>optional, e.g. receipt given</source>
        <translation>可不填，例如：已出具代办回执</translation>
    </message>
</context>
<context>
    <name>EscalationAnswerDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="378"/>
        <source>The higher level&apos;s answer</source>
        <translation>上级答复</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="379"/>
        <source>What they answered</source>
        <translation>上级答复内容</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="380"/>
        <source>Official</source>
        <translation>上级来人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="381"/>
        <source>e.g. Section chief Wei</source>
        <translation>例如：韦科长</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="382"/>
        <source>Office</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="383"/>
        <source>They come on:</source>
        <translation>来人日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="384"/>
        <source>Appointment</source>
        <translation>约定下访</translation>
    </message>
</context>
<context>
    <name>EscalationRequestDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="357"/>
        <source>Ask the higher level for a visit</source>
        <translation>向上级预约下访</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="358"/>
        <source>This matter is beyond the station. Ask which office should come down, and when.</source>
        <translation>这件事超出了回应站的权限。写明请哪个上级部门下来、希望哪天来。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="360"/>
        <source>Which office</source>
        <translation>请哪个部门</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="361"/>
        <source>e.g. township government</source>
        <translation>例如：镇人民政府</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="362"/>
        <source>What they need to solve</source>
        <translation>需要上级解决的问题</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="363"/>
        <source>Ask for this day:</source>
        <translation>希望这一天来：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="365"/>
        <source>Wanted date</source>
        <translation>希望下访日期</translation>
    </message>
</context>
<context>
    <name>MediationDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="285"/>
        <source>Mediation record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="286"/>
        <source>Write down both sides and what they agreed to.</source>
        <translation>写明双方当事人和调解达成的结果。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="287"/>
        <source>One party</source>
        <translation>一方当事人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="288"/>
        <source>The other party</source>
        <translation>另一方当事人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="289"/>
        <source>name of the other side</source>
        <translation>另一方的姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="290"/>
        <source>Other people involved</source>
        <translation>其他当事人</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="291"/>
        <source>optional; separate several names with commas</source>
        <translation>可不填；几个人用顿号或逗号隔开</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="292"/>
        <source>What the dispute is about</source>
        <translation>纠纷情况</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="293"/>
        <source>What both sides agreed</source>
        <translation>调解结果（双方商定的内容）</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="465"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="466"/>
        <source>Note</source>
        <translation>备注内容</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="454"/>
        <source>Reopen the case</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="455"/>
        <source>The case goes back to pending. Its history stays as it is.</source>
        <translation>这件事将重新变为“待处理”，原来的办理记录保持不变。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="456"/>
        <source>Why reopen it</source>
        <translation>重新办理的原因</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../../ui/concern_actions.py" line="245"/>
        <source>Record a step: %1</source>
        <translation>登记办理步骤：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="247"/>
        <source>What was decided</source>
        <translation>分析处置意见</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="248"/>
        <source>e.g. Checked the policy; the villager qualifies; will handle it on site on Friday.</source>
        <translation>例如：查了政策，符合条件，定于周五到现场办理。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="250"/>
        <location filename="../../../ui/concern_actions.py" line="259"/>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="251"/>
        <source>e.g. Went to the hamlet with the road team and cleared the ditch.</source>
        <translation>例如：带人到屯里把排水沟疏通了。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="252"/>
        <source>Who supervised, what they said</source>
        <translation>谁来监督、提了什么意见</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="253"/>
        <source>e.g. Supervision committee member came and checked the work.</source>
        <translation>例如：村务监督委员会成员到场查看。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="254"/>
        <source>What was published, and where</source>
        <translation>公示了什么、在哪里公示</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="255"/>
        <source>e.g. Result posted on the village notice board.</source>
        <translation>例如：办理结果已在村务公开栏张贴。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="256"/>
        <source>What the villager was told</source>
        <translation>向村民反馈的内容</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="257"/>
        <source>e.g. Told the villager the result in person.</source>
        <translation>例如：已当面告诉村民办理结果。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="261"/>
        <source>The result goes on the public notice board.</source>
        <translation>办理结果要在村务公开栏公示。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="262"/>
        <source>This is a confidential matter: tell the villager alone, not in public.</source>
        <translation>这是涉密涉私的事项：只能单独向本人反馈，不能公开。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="271"/>
        <source>(not asked)</source>
        <translation>（没有测评）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_actions.py" line="272"/>
        <source>Is the villager satisfied?</source>
        <translation>群众满意吗？</translation>
    </message>
</context>
</TS>
