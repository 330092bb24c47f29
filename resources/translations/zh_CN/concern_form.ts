<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConcernForm</name>
    <message>
        <location filename="../../../ui/concern_form.py" line="92" />
        <source>Raised &amp;by:</source>
        <translation>反映人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="96" />
        <location filename="../../../ui/concern_form.py" line="98" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="99" />
        <source>F&amp;unction:</source>
        <translation>回应功能(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="101" />
        <source>Handlin&amp;g:</source>
        <translation>处理方式(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="105" />
        <source>One short line, e.g. applying for the subsistence allowance</source>
        <translation>一句话写清楚，如：申请低保</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="108" />
        <source>&amp;Concern:</source>
        <translation>反映事项(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="113" />
        <source>What the villager said, in their words (may be left empty)</source>
        <translation>村民反映的具体情况（可以不填）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="116" />
        <source>&amp;Details:</source>
        <translation>详细情况(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="122" />
        <source>— whole village —</source>
        <translation>— 全村 —</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="126" />
        <source>— not yet —</source>
        <translation>— 暂不指定 —</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="132" />
        <source>&amp;Hamlet:</source>
        <translation>所在屯(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="134" />
        <source>Handled b&amp;y:</source>
        <translation>经办人(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="146" />
        <source>Confidential: ne&amp;ver made public</source>
        <translation>涉密涉私，不公示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="147" />
        <source>Dead&amp;line:</source>
        <translation>办结期限(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="156" />
        <source>Answered now? Write the answer here; saving then also closes this concern.</source>
        <translation>当场答复了？把答复内容写在这里，保存时这件事就直接办结。</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="162" />
        <source>What you told the villager</source>
        <translation>当场是怎么答复村民的</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="164" />
        <source>&amp;Answer:</source>
        <translation>答复内容(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="167" />
        <source>— not asked —</source>
        <translation>— 没有问 —</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="170" />
        <source>&amp;Satisfied?</source>
        <translation>满意吗(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="262" />
        <source>(set by the handling rule)</source>
        <translation>（选好处理方式后自动填上）</translation>
    </message>
    <message>
        <location filename="../../../ui/concern_form.py" line="271" />
        <source>(default: the same day)</source>
        <translation>（默认当天办结）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/concern_form.py" line="273" />
        <source>(default: %n day(s))</source>
        <translation>
            <numerusform>（默认%n天内办结）</numerusform>
        </translation>
    </message>
</context>
</TS>
