<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../../ui/search_page.py" line="81" />
        <source>&amp;Find a concern</source>
        <translation>查找关切(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../ui/search_page.py" line="88" />
        <source>Case number, villager's name, pinyin initials (zs), phone, or any words</source>
        <translation>案件编号、姓名、拼音首字母（如 zs）、电话，或任何字词</translation>
    </message>
    <message>
        <location filename="../../../ui/search_page.py" line="92" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../../ui/search_page.py" line="103" />
        <source>Type to search. Enter or ↓ goes to the list; Enter on a line opens it.</source>
        <translation>边打字边查找。按回车键或↓键到结果列表；在某一行上按回车键就能打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/search_page.py" line="119" />
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../../ui/search_page.py" line="191" />
        <source>The search failed. Try again; if it fails again, restart the desk.</source>
        <translation>查找没有成功。请再试一次；如果还不行，请重新打开工作台。</translation>
    </message>
    <message>
        <location filename="../../../ui/search_page.py" line="198" />
        <source>Nothing found for “%1”. Try fewer characters, a villager's name or its pinyin initials (e.g. zs), the last digits of a phone number, or the case number (e.g. 2026-0012).</source>
        <translation>没有找到“%1”。可以试试：少输几个字；输入村民姓名或拼音首字母（如 zs）；电话号码的后几位；或案件编号（如 2026-0012）。</translation>
    </message>
    <message>
        <location filename="../../../ui/search_page.py" line="203" />
        <source>%1 or more found; the newest %1 are shown. Add another word to narrow it down.</source>
        <translation>找到 %1 件以上，只显示最新的 %1 件。再加一个词，可以缩小范围。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/search_page.py" line="206" />
        <source>%n found.</source>
        <translation>
            <numerusform>找到 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/search_page.py" line="216" />
        <source>Type a few characters above: results appear as you type.</source>
        <translation>在上面的框里输入几个字，边打字边出结果。</translation>
    </message>
</context>
</TS>
