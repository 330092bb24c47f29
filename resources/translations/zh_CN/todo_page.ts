<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TodoPage</name>
    <message>
        <location filename="../../../ui/todo_page.py" line="34" />
        <source>To do: every open concern, soonest deadline first</source>
        <translation>待办：所有正在办理的关切（期限最近的在前）</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="42" />
        <source>This desk's open concerns</source>
        <translation>本站待办</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="48" />
        <source>Overdue and due soon at the stations below</source>
        <translation>下属站点逾期和即将到期</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="54" />
        <source>Follow-up calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="59" />
        <source>&amp;Handling rule:</source>
        <translation>处理方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="61" />
        <source>All handling rules</source>
        <translation>全部处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="63" />
        <source>&amp;Only overdue</source>
        <translation>只看已超期的(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="78" />
        <source>Press Enter or double-click a line to open it.</source>
        <translation>选中一行，按回车键或双击，就能打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="111" />
        <source>Reading the open concerns…</source>
        <translation>正在读取正在办理的关切…</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="123" />
        <source>Nothing to do: there are no open concerns.</source>
        <translation>没有待办：所有关切都已办结。</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="125" />
        <source>No open concern matches these choices.</source>
        <translation>没有符合这些条件的待办关切。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/todo_page.py" line="127" />
        <source>%n open concern(s)</source>
        <translation>
            <numerusform>共 %n 件正在办理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/todo_page.py" line="129" />
        <source>, %n of them overdue (in red)</source>
        <translation>
            <numerusform>，其中 %n 件已超期（红色显示）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="131" />
        <source>Showing %1 of %2 open concerns.</source>
        <translation>显示 %1 件（正在办理的共 %2 件）。</translation>
    </message>
    <message>
        <location filename="../../../ui/todo_page.py" line="136" />
        <source>The list could not be read: %1</source>
        <translation>读取列表时出错：%1</translation>
    </message>
</context>
</TS>
