<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>VisitorPicker</name>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="63" />
        <source>2. Who came</source>
        <translation>二、来访人</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="64" />
        <source>&amp;Find a villager who came before:</source>
        <translation>查找来过的村民(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="66" />
        <source>name, phone digits or pinyin initials (zs)</source>
        <translation>输入姓名、电话号码或拼音首字母（如 zs）</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="77" />
        <location filename="../../../ui/visitor_picker.py" line="166" />
        <source>Found people are listed here. Press Enter to add the highlighted one.</source>
        <translation>找到的人列在这里，按回车键加入选中的那一位。</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="83" />
        <source>Visitors this time:</source>
        <translation>本次来访人：</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="87" />
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="98" />
        <source>Not found? Register a new villager:</source>
        <translation>查不到？登记新村民：</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="102" />
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="105" />
        <source>optional, 18 digits</source>
        <translation>可不填，18位</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="107" />
        <source>— not known —</source>
        <translation>— 不清楚 —</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="110" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="111" />
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="112" />
        <source>&amp;ID no.:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="113" />
        <source>Hamle&amp;t:</source>
        <translation>所在屯(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="119" />
        <source>Register and add to visitors</source>
        <translation>登记并加入来访人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/visitor_picker.py" line="177" />
        <source>%n found. Press Enter to add the highlighted one (arrow keys to choose).</source>
        <translation>
            <numerusform>找到%n人。按回车键加入选中的那一位（用上下键挑选）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="180" />
        <source>Nobody found. Register the villager below.</source>
        <translation>没有找到，请在下面登记新村民。</translation>
    </message>
    <message>
        <location filename="../../../ui/visitor_picker.py" line="205" />
        <source>Added %1. To add another visitor, search again.</source>
        <translation>已加入%1。还有别的来访人，请再查找。</translation>
    </message>
</context>
</TS>
