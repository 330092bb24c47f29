<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../../ui/sync_page.py" line="119" />
        <source>USB sync</source>
        <translation>U盘同步</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="122" />
        <source>Each trip: export a package onto the USB stick, carry it to the other station, and import it there. Look at the preview before importing.</source>
        <translation>每一趟：把同步包导出到U盘，带到对方站点，在那里导入。导入前先看预览。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="151" />
        <source>Send and receive</source>
        <translation>发送和接收</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="154" />
        <source>Trips made</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="157" />
        <location filename="../../../ui/sync_page.py" line="430" />
        <source>Values changed on two desks</source>
        <translation>两边都改过的内容</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="158" />
        <source>Pairing (once per station)</source>
        <translation>配对（每个站点一次）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="165" />
        <source>1. Send: export a package</source>
        <translation>一、发送：导出同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="170" />
        <source>Send to:</source>
        <translation>发给：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="176" />
        <location filename="../../../ui/sync_page.py" line="250" />
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="179" />
        <source>Look for USB drives again</source>
        <translation>重新查找U盘</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="174" />
        <location filename="../../../ui/sync_page.py" line="253" />
        <source>Save onto:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="184" />
        <source>Send everything again (not only what the other side lacks)</source>
        <translation>全部重新发送（不只是对方还没有的）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="186" />
        <source>Export sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="197" />
        <source>2. Receive: import packages</source>
        <translation>二、接收：导入同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="206" />
        <source>Packages found on the USB drive (tick the ones to import):</source>
        <translation>U盘上找到的同步包（勾选要导入的）：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="207" />
        <source>Choose package files…</source>
        <translation>选择同步包文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="218" />
        <source>Import now</source>
        <translation>确认导入</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="236" />
        <source>For a station below: make its pairing file</source>
        <translation>给下级站点制作配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="239" />
        <source>the station's code</source>
        <translation>下级站点的编码</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="240" />
        <source>Station code:</source>
        <translation>站点编码：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="242" />
        <source>Station name:</source>
        <translation>站点名称：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="254" />
        <source>Make the pairing file</source>
        <translation>制作配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="267" />
        <source>From the station above: import its pairing file</source>
        <translation>导入上级的配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="272" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="275" />
        <source>Pairing file:</source>
        <translation>配对文件：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="280" />
        <source>Pass code (told by phone):</source>
        <translation>配对码（电话告知）：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="281" />
        <source>Import the pairing file</source>
        <translation>导入配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="316" />
        <source>Above: %1 (%2)</source>
        <translation>上级：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="318" />
        <source>Below: %1 (%2)</source>
        <translation>下级：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="321" />
        <source> — waiting for its first package</source>
        <translation>（等它发来第一个同步包）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="323" />
        <source>packages exchanged</source>
        <translation>已交换过同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="324" />
        <source>no package exchanged yet</source>
        <translation>还没有交换过同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="325" />
        <source>paired on %1</source>
        <translation>配对于 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="328" />
        <source>Not paired yet: see Pairing below</source>
        <translation>还没有配对：请看下面的“配对”</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="333" />
        <source>Paired stations:</source>
        <translation>已配对的站点：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="334" />
        <source>This desk is not paired with any station yet.</source>
        <translation>这台电脑还没有和任何站点配对。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="349" />
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="397" />
        <source> — imported already</source>
        <translation>（已导入过）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="541" />
        <source>Choose where to save the pairing file ("Save onto" above the button): plug in the USB drive, or press "Choose a folder…".</source>
        <translation>请选好配对文件保存到哪里（按钮上面的“保存到”）：插上U盘，或者按“选择文件夹…”。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="625" />
        <source>From %1 (%2), made %3: %4</source>
        <translation>来自%1（%2），%3 导出：%4</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="213" />
        <source>Preview first</source>
        <translation>先预览</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="215" />
        <source>Shows what the packages would change, and changes nothing.</source>
        <translation>显示导入后会有什么变化，不改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="351" />
        <source>USB drive %1, %3 free (%2)</source>
        <translation>U盘 %1，剩余 %3（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="355" />
        <source>No USB drive found: plug one in, or choose a folder</source>
        <translation>没有找到U盘：请插上U盘，或选择一个文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="380" />
        <source>%1 — cannot be read: %2</source>
        <translation>%1 —— 读不出来：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="384" />
        <source>%1 — made here for %2: carry it there</source>
        <translation>%1 —— 本站导出给%2的，请带过去导入</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="388" />
        <source>%1 — from %2 for %3, not for this station</source>
        <translation>%1 —— %2发给%3的，不是给本站的</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="392" />
        <source>From %1, made %2 (%3)</source>
        <translation>来自 %1，%2 导出（%3）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="402" />
        <source>No package found. Plug in the USB drive, or choose the files.</source>
        <translation>没有找到同步包。请插上U盘，或选择同步包文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="416" />
        <source>sent to %1</source>
        <translation>导出给%1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="416" />
        <source>received from %1</source>
        <translation>从%1导入</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="418" />
        <source>Last trip: %1, %2. All trips are on the "Trips made" tab.</source>
        <translation>上一趟：%1，%2。每一趟都在“同步记录”里。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="421" />
        <source>No trip made yet.</source>
        <translation>还没有同步过。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="429" />
        <source>Values changed on two desks (%1)</source>
        <translation>两边都改过的内容（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="449" />
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="463" />
        <source>Choose package files</source>
        <translation>选择同步包文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="464" />
        <source>Sync packages (*.vsync)</source>
        <translation>同步包 (*.vsync)</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="470" />
        <source>Choose the pairing file</source>
        <translation>选择配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="471" />
        <source>Pairing files (*.vpair)</source>
        <translation>配对文件 (*.vpair)</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="507" />
        <source>Choose where to save the package: plug in the USB drive, or press "Choose a folder…".</source>
        <translation>请选择同步包保存到哪里：插上U盘，或点“选择文件夹…”。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="516" />
        <source>Tick the packages to import, or choose the files.</source>
        <translation>请勾选要导入的同步包，或选择同步包文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="525" />
        <source>Look at the preview first.</source>
        <translation>请先预览，看清楚再导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="537" />
        <source>Type the code and the name of the station below.</source>
        <translation>请填写下级站点的编码和名称。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="552" />
        <source>Choose the pairing file the station above gave you.</source>
        <translation>请选择上级给您的配对文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="555" />
        <source>Type the pass code the station above told you.</source>
        <translation>请填写上级告诉您的配对码。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="569" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="569" />
        <source>Reading the packages…</source>
        <translation>正在读取同步包…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="570" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="570" />
        <source>Making the pairing file…</source>
        <translation>正在制作配对文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="571" />
        <source>Importing the pairing file…</source>
        <translation>正在导入配对文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="595" />
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="599" />
        <source>Exported for %1: %2 (%3 records, %4). Carry the USB drive there and import it.</source>
        <translation>已导出给%1：%2（%3 条记录，%4）。请把U盘带过去导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="607" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="613" />
        <source>Paired with %1 (%2). Next: export a package and carry it there.</source>
        <translation>已和%1（%2）配对。下一步：导出同步包，带过去导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="634" />
        <source>Nothing has been changed yet. Press "Import now" to import.</source>
        <translation>现在还没有改动任何数据。看清楚后点“确认导入”。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="640" />
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="643" />
        <source>Not imported (nothing changed):</source>
        <translation>没有导入（数据没有改动）：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="655" />
        <source>new: %1</source>
        <translation>新的有 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="657" />
        <source>updated: %1</source>
        <translation>更新的有 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="658" />
        <source>In detail: %1.</source>
        <translation>其中%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="664" />
        <source>Not done: %1</source>
        <translation>没有完成：%1</translation>
    </message>
</context>
</TS>
