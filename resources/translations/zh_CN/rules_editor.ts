<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../../ui/rules_editor.py" line="30"/>
        <source>The station&apos;s operating rules</source>
        <translation>本站运行制度</translation>
    </message>
    <message>
        <location filename="../../../ui/rules_editor.py" line="33"/>
        <source>This text is printed as the station&apos;s operating rules, framed, for the wall. Start each rule on a new line with its number, and leave an empty line between rules.</source>
        <translation>这段文字会作为本站的运行制度加框打印，挂在墙上。每条制度另起一行，前面写上序号，条与条之间空一行。</translation>
    </message>
    <message>
        <location filename="../../../ui/rules_editor.py" line="55"/>
        <source>Put back the standard text</source>
        <translation>恢复标准内容</translation>
    </message>
    <message>
        <location filename="../../../ui/rules_editor.py" line="61"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/rules_editor.py" line="65"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../../ui/rules_editor.py" line="110"/>
        <source>Leave without saving?</source>
        <translation>不保存就离开吗？</translation>
    </message>
    <message>
        <location filename="../../../ui/rules_editor.py" line="111"/>
        <source>The changes to the rules have not been saved. Leave without saving them?</source>
        <translation>对运行制度的修改还没有保存。确定不保存就离开吗？</translation>
    </message>
</context>
</TS>
