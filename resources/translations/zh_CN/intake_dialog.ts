<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="71" />
        <source>Receive a visit</source>
        <translation>接待来访</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="107" />
        <source>Enter saves the visit. Esc cancels.</source>
        <translation>按回车键保存，按Esc键取消。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="109" />
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="113" />
        <source>Save (Enter)</source>
        <translation>保存登记（回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="131" />
        <source>1. The visit</source>
        <translation>一、来访情况</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="143" />
        <source>&amp;When:</source>
        <translation>来访时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="151" />
        <source>(a group visit: count everyone who came)</source>
        <translation>（集体来访按实到人数填）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="145" />
        <source>How &amp;many:</source>
        <translation>来访人数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="144" />
        <source>Came h&amp;ow:</source>
        <translation>来访方式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="174" />
        <source>3. What they raised</source>
        <translation>三、反映事项</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="176" />
        <source>+ Another concern</source>
        <translation>＋ 再加一件事</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="177" />
        <source>Drop this concern</source>
        <translation>删掉这一件</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="280" />
        <source>Concern %1</source>
        <translation>第%1件</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="292" />
        <source>Concern %1: </source>
        <translation>第%1件：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="328" />
        <source>The new villager has not been added yet: press “Register and add to visitors” first.</source>
        <translation>新村民还没有加入，请先按“登记并加入来访人”。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="341" />
        <source>Please find or register the villager who came first.</source>
        <translation>请先查找或登记来访的村民。</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="374" />
        <source>Registered. Please tell the villager the case number:</source>
        <translation>已登记。请把案件编号告诉村民：</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="370" />
        <source>(answered and closed)</source>
        <translation>（已当场答复办结）</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="376" />
        <source>Registered</source>
        <translation>登记成功</translation>
    </message>
    <message>
        <location filename="../../../ui/intake_dialog.py" line="390" />
        <source>What you filled in for this visit has not been saved. Leave anyway?</source>
        <translation>这次来访填写的内容还没有保存，离开后就没有了。确定要离开吗？</translation>
    </message>
</context>
</TS>
