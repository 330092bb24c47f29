<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PrintCentre</name>
    <message>
        <location filename="../../../ui/print_centre.py" line="61" />
        <source>Work ledger</source>
        <translation>工作记录（台账）</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="62" />
        <source>Public notice of results</source>
        <translation>结果公示</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="63" />
        <source>Notice of time-limited concerns</source>
        <translation>限时解决集中公示</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="64" />
        <source>Duty roster</source>
        <translation>轮值表</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="65" />
        <source>Workflow chart</source>
        <translation>工作流程图</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="66" />
        <source>Operating rules</source>
        <translation>运行制度</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="67" />
        <source>Close-to-the-people cards</source>
        <translation>亲民卡</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="68" />
        <source>Proxy service receipt</source>
        <translation>代办回执</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="69" />
        <source>Mediation record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="70" />
        <source>Notice of a deadline extension</source>
        <translation>延期告知书</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="71" />
        <source>Statistics report</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="72" />
        <source>Notice of officials' reception days</source>
        <translation>下访接待公告</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="73" />
        <source>List of USB sync trips</source>
        <translation>U盘同步记录</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="74" />
        <source>A villager's own records</source>
        <translation>村民个人记录</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="77" />
        <source>Every concern of the period, one row each, with the totals and places to sign. Kept in the drawer for the township.</source>
        <translation>这段时间的每一件关切各占一行，附合计和签字栏。留存备查，供乡镇检查。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="79" />
        <source>The results of the period, for the notice board. Names and phone numbers are masked; confidential concerns are left out.</source>
        <translation>这段时间的办理结果，张贴在公示牌上。姓名和电话已遮挡，涉密涉私的事项不公示。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="82" />
        <source>The concerns solved within a time limit, with their deadlines and results, for the notice board.</source>
        <translation>限时解决的事项及其办理期限和结果，张贴在公示牌上。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="84" />
        <source>Who is on duty each day of the month, for the wall.</source>
        <translation>本月每天由谁值班，挂在墙上。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="85" />
        <source>The seven steps and the six ways of handling a concern, as a chart for the wall.</source>
        <translation>工作流向七个步骤和六种分类处理方式，做成流程图挂在墙上。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="87" />
        <source>The station's operating rules, framed for the wall. You can change the text.</source>
        <translation>本站的运行制度，加框打印挂在墙上。内容可以修改。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="89" />
        <source>Ten small cards on a sheet, with the station's address, hours and phone numbers, to cut out and hand to villagers.</source>
        <translation>一张纸印十张小卡片，有本站地址、办公时间和电话，剪开后发给村民。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="91" />
        <source>For a proxy matter: the papers taken from the villager, the dates, and both signatures. Needs the case number.</source>
        <translation>代办事项用：收取村民的材料、日期和双方签字。需要填写案件编号。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="94" />
        <source>For a dispute: the parties, the facts, what was agreed, and the signatures. Needs the case number.</source>
        <translation>矛盾纠纷用：当事人、事实经过、达成的协议和签字。需要填写案件编号。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="96" />
        <source>For the villager: their concern's deadline was extended, to when and why, and who approved it. Needs the case number.</source>
        <translation>交给村民：他反映的事延期到哪天、为什么、谁批准的。要选案件编号。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="99" />
        <source>The period's figures with charts: visitors, concerns and their outcomes, completion and satisfaction rates, the trend, and the stations under this one ranked. For the township or county.</source>
        <translation>本期的统计数字和图表：来访人数、关切件数和办理结果、办结率和满意率、趋势，以及下属各站的排名。报送乡镇或县用。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="102" />
        <source>Which officials come to the station on which days to receive villagers or to research, for the notice board. No villager's name is printed.</source>
        <translation>哪位领导干部哪天到本站下访接待或下站调研，张贴在公示栏。不印任何村民姓名。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="105" />
        <source>Every USB sync trip of the period: when, to or from which station, the file and its checksum, what it carried, and who did it. For the township's files.</source>
        <translation>这段时间的每一趟U盘同步：时间、发给或来自哪个站点、文件名和校验码、带了什么、谁经办。交乡镇存档。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="108" />
        <source>For a villager who asks what the station holds about them: their details, every visit and concern with its case number and history. Station head only; each print is recorded. Needs the villager's name.</source>
        <translation>村民本人要求查阅本站保存的他的信息时打印：个人信息、每次来访、每件事项的案件编号和办理经过。只有站长可以打印，每次打印都留痕。需要填写村民姓名。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="114" />
        <source>A4 (ordinary sheet)</source>
        <translation>A4（普通纸）</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="115" />
        <source>A3 (large poster)</source>
        <translation>A3（大张，张贴用）</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="173" />
        <source>1. Which document</source>
        <translation>第一步：选择文书</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="200" />
        <location filename="../../../ui/print_centre.py" line="457" />
        <source>2. Period</source>
        <translation>第二步：时间段</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="206" />
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="208" />
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="217" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="218" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="219" />
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="234" />
        <location filename="../../../ui/print_centre.py" line="441" />
        <source>&amp;Case number</source>
        <translation>案件编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="243" />
        <location filename="../../../ui/print_centre.py" line="443" />
        <source>e.g. 2026-0042</source>
        <translation>如 2026-0042</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="250" />
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="257" />
        <source>Show it (Enter)</source>
        <translation>预览（回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="275" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="278" />
        <source>Print it (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="280" />
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="283" />
        <source>Save it as a PDF file (Ctrl+S)</source>
        <translation>另存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="290" />
        <source>Change the rules text…</source>
        <translation>修改运行制度内容…</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="294" />
        <source>Check a printed ledger…</source>
        <translation>核对打印过的台账…</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="297" />
        <source>Type the check code from a ledger's last page: has anything been changed since it was printed?</source>
        <translation>输入台账末页的核对码，看看打印以后记录有没有被改动。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="441" />
        <source>&amp;Villager</source>
        <translation>村民(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="442" />
        <source>the villager's name</source>
        <translation>村民姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="459" />
        <source>2. Which villager</source>
        <translation>2. 哪位村民</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="461" />
        <source>2. Which case</source>
        <translation>第二步：哪一件事项</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="463" />
        <source>2. Paper size</source>
        <translation>第二步：纸张大小</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="472" />
        <source>Type the villager's name or pick them from the list, then press Enter.</source>
        <translation>输入村民姓名，或从列表中选择，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="474" />
        <source>Type the case number or pick it from the list, then press Enter.</source>
        <translation>请输入案件编号，或从列表中选择，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="508" />
        <source>Please type the villager's name.</source>
        <translation>请填写村民姓名。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="510" />
        <source>Please type the case number.</source>
        <translation>请填写案件编号。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="514" />
        <source>The period's first day is after its last day.</source>
        <translation>开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="526" />
        <source>Making the document…</source>
        <translation>正在生成文书…</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="548" />
        <source>The document was made but cannot be shown.</source>
        <translation>文书已生成，但无法显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/print_centre.py" line="556" />
        <source>Ready: %n page(s). Check it, then print or save it.</source>
        <translation>
            <numerusform>已生成，共 %n 页。请核对后打印或保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="562" />
        <source>The document could not be made: %1</source>
        <translation>文书没能生成：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="596" />
        <source>The choice has changed: press Enter to see it.</source>
        <translation>选择已经改变，请按回车重新预览。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="628" />
        <source>Save the document</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="630" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="645" />
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="646" />
        <source>The file could not be saved:
%1

%2</source>
        <translation>文件没能保存：
%1

%2</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="649" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="670" />
        <source>Print the document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="691" />
        <source>Sending the pages to the printer…</source>
        <translation>正在把各页送到打印机……</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="706" />
        <source>Not printed</source>
        <translation>没有打印</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="707" />
        <source>The printer could not be started.</source>
        <translation>打印机无法启动。</translation>
    </message>
    <message>
        <location filename="../../../ui/print_centre.py" line="715" />
        <source>Sending page %1 of %2 to the printer…</source>
        <translation>正在送打印机：第 %1 页，共 %2 页……</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/print_centre.py" line="709" />
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已发送 %n 页到打印机。</numerusform>
        </translation>
    </message>
</context>
</TS>
