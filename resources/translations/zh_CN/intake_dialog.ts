<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConcernForm</name>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="108"/>
        <source>Raised &amp;by:</source>
        <translation>反映人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="112"/>
        <location filename="../../../ui/intake_dialog.py" line="114"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="121"/>
        <source>One short line, e.g. applying for the subsistence allowance</source>
        <translation>一句话写清楚，如：申请低保</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="124"/>
        <source>&amp;Concern:</source>
        <translation>反映事项(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="129"/>
        <source>What the villager said, in their words (may be left empty)</source>
        <translation>村民反映的具体情况（可以不填）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="132"/>
        <source>&amp;Details:</source>
        <translation>详细情况(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="138"/>
        <source>— whole village —</source>
        <translation>— 全村 —</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="142"/>
        <source>— not yet —</source>
        <translation>— 暂不指定 —</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="148"/>
        <source>&amp;Hamlet:</source>
        <translation>所在屯(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="150"/>
        <source>Handled b&amp;y:</source>
        <translation>经办人(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="115"/>
        <source>F&amp;unction:</source>
        <translation>回应功能(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="117"/>
        <source>Handlin&amp;g:</source>
        <translation>处理方式(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="162"/>
        <source>Confidential: ne&amp;ver made public</source>
        <translation>涉密涉私，不公示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="163"/>
        <source>Dead&amp;line:</source>
        <translation>办结期限(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="172"/>
        <source>Answered now? Write the answer here; saving then also closes this concern.</source>
        <translation>当场答复了？把答复内容写在这里，保存时这件事就直接办结。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="178"/>
        <source>What you told the villager</source>
        <translation>当场是怎么答复村民的</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="180"/>
        <source>&amp;Answer:</source>
        <translation>答复内容(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="183"/>
        <source>— not asked —</source>
        <translation>— 没有问 —</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="186"/>
        <source>&amp;Satisfied?</source>
        <translation>满意吗(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="278"/>
        <source>(set by the handling rule)</source>
        <translation>（选好处理方式后自动填上）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="287"/>
        <source>(default: the same day)</source>
        <translation>（默认当天办结）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/intake_dialog.py" line="289"/>
        <source>(default: %n day(s))</source>
        <translation>
            <numerusform>（默认%n天内办结）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="332"/>
        <source>Receive a visit</source>
        <translation>接待来访</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="369"/>
        <source>Enter saves the visit. Esc cancels.</source>
        <translation>按回车键保存，按Esc键取消。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="371"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="375"/>
        <source>Save (Enter)</source>
        <translation>保存登记（回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="394"/>
        <source>1. The visit</source>
        <translation>一、来访情况</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="406"/>
        <source>&amp;When:</source>
        <translation>来访时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="414"/>
        <source>(a group visit: count everyone who came)</source>
        <translation>（集体来访按实到人数填）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="408"/>
        <source>How &amp;many:</source>
        <translation>来访人数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="422"/>
        <source>2. Who came</source>
        <translation>二、来访人</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="423"/>
        <source>&amp;Find a villager who came before:</source>
        <translation>查找来过的村民(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="425"/>
        <source>name, phone digits or pinyin initials (zs)</source>
        <translation>输入姓名、电话号码或拼音首字母（如 zs）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="436"/>
        <location filename="../../../ui/intake_dialog.py" line="577"/>
        <source>Found people are listed here. Press Enter to add the highlighted one.</source>
        <translation>找到的人列在这里，按回车键加入选中的那一位。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="442"/>
        <source>Visitors this time:</source>
        <translation>本次来访人：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="446"/>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="457"/>
        <source>Not found? Register a new villager:</source>
        <translation>查不到？登记新村民：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="461"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="464"/>
        <source>optional, 18 digits</source>
        <translation>可不填，18位</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="466"/>
        <source>— not known —</source>
        <translation>— 不清楚 —</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="407"/>
        <source>Came h&amp;ow:</source>
        <translation>来访方式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="469"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="470"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="471"/>
        <source>&amp;ID no.:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="472"/>
        <source>Hamle&amp;t:</source>
        <translation>所在屯(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="478"/>
        <source>Register and add to visitors</source>
        <translation>登记并加入来访人</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="497"/>
        <source>3. What they raised</source>
        <translation>三、反映事项</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="499"/>
        <source>+ Another concern</source>
        <translation>＋ 再加一件事</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="500"/>
        <source>Drop this concern</source>
        <translation>删掉这一件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/intake_dialog.py" line="588"/>
        <source>%n found. Press Enter to add the highlighted one (arrow keys to choose).</source>
        <translation>
            <numerusform>找到%n人。按回车键加入选中的那一位（用上下键挑选）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="591"/>
        <source>Nobody found. Register the villager below.</source>
        <translation>没有找到，请在下面登记新村民。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="616"/>
        <source>Added %1. To add another visitor, search again.</source>
        <translation>已加入%1。还有别的来访人，请再查找。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="691"/>
        <source>Concern %1</source>
        <translation>第%1件</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="703"/>
        <source>Concern %1: </source>
        <translation>第%1件：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="739"/>
        <source>The new villager has not been added yet: press “Register and add to visitors” first.</source>
        <translation>新村民还没有加入，请先按“登记并加入来访人”。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="752"/>
        <source>Please find or register the villager who came first.</source>
        <translation>请先查找或登记来访的村民。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="785"/>
        <source>Registered. Please tell the villager the case number:</source>
        <translation>已登记。请把案件编号告诉村民：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="781"/>
        <source>(answered and closed)</source>
        <translation>（已当场答复办结）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="787"/>
        <source>Registered</source>
        <translation>登记成功</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="801"/>
        <source>What you filled in for this visit has not been saved. Leave anyway?</source>
        <translation>这次来访填写的内容还没有保存，离开后就没有了。确定要离开吗？</translation>
    </message>
</context>
</TS>
