<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../../ui/sync_page.py" line="43" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="44" />
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="45" />
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="46" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="47" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="48" />
        <source>Opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="49" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="50" />
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="51" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="52" />
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="53" />
        <source>Handling rule</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="54" />
        <source>Function</source>
        <translation>回应功能</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="55" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="56" />
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="57" />
        <source>In service</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="58" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="59" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="60" />
        <source>Created at</source>
        <translation>建立时间</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="290" />
        <source>USB sync</source>
        <translation>U盘同步</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="293" />
        <source>Each trip: export a package onto the USB stick, carry it to the other station, and import it there. Look at the preview before importing.</source>
        <translation>每一趟：把同步包导出到U盘，带到对方站点，在那里导入。导入前先看预览。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="323" />
        <source>Send and receive</source>
        <translation>发送和接收</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="324" />
        <source>Trips made</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="325" />
        <location filename="../../../ui/sync_page.py" line="647" />
        <source>Values changed on two desks</source>
        <translation>两边都改过的内容</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="326" />
        <source>Pairing (once per station)</source>
        <translation>配对（每个站点一次）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="333" />
        <source>1. Send: export a package</source>
        <translation>一、发送：导出同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="338" />
        <source>Send to:</source>
        <translation>发给：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="343" />
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="346" />
        <source>Look for USB drives again</source>
        <translation>重新查找U盘</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="349" />
        <source>Save onto:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="350" />
        <source>Send everything again (not only what the other side lacks)</source>
        <translation>全部重新发送（不只是对方还没有的）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="352" />
        <source>Export sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="363" />
        <source>2. Receive: import packages</source>
        <translation>二、接收：导入同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="372" />
        <source>Packages found on the USB drive (tick the ones to import):</source>
        <translation>U盘上找到的同步包（勾选要导入的）：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="373" />
        <source>Choose package files…</source>
        <translation>选择同步包文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="384" />
        <source>Import now</source>
        <translation>确认导入</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="400" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="400" />
        <source>Way</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="400" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="400" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="401" />
        <source>Checksum</source>
        <translation>校验码</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="401" />
        <source>What it carried or did</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="401" />
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="414" />
        <source>The same item was changed on two desks before either saw the other's change. Every desk shows the same value; the other values are kept here.</source>
        <translation>同一项内容在两台电脑上都改过，改的时候彼此还没有看到对方的改动。每台电脑都显示同一个值，另外的值保存在这里，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="420" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="420" />
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="420" />
        <source>Shown on every desk</source>
        <translation>现在显示的值</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="420" />
        <source>Set aside</source>
        <translation>另存的值</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="432" />
        <source>For a station below: make its pairing file</source>
        <translation>给下级站点制作配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="435" />
        <source>the station's code</source>
        <translation>下级站点的编码</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="436" />
        <source>Station code:</source>
        <translation>站点编码：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="438" />
        <source>Station name:</source>
        <translation>站点名称：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="439" />
        <source>The file is saved onto the drive or folder chosen under 1.</source>
        <translation>配对文件保存到上面第一步选的U盘或文件夹。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="440" />
        <source>Make the pairing file</source>
        <translation>制作配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="453" />
        <source>From the station above: import its pairing file</source>
        <translation>导入上级的配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="458" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="461" />
        <source>Pairing file:</source>
        <translation>配对文件：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="466" />
        <source>Pass code (told by phone):</source>
        <translation>配对码（电话告知）：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="467" />
        <source>Import the pairing file</source>
        <translation>导入配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="515" />
        <source>Above: %1 (%2)</source>
        <translation>上级：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="517" />
        <source>Below: %1 (%2)</source>
        <translation>下级：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="520" />
        <source> — waiting for its first package</source>
        <translation>（等它发来第一个同步包）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="522" />
        <source>packages exchanged</source>
        <translation>已交换过同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="523" />
        <source>no package exchanged yet</source>
        <translation>还没有交换过同步包</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="524" />
        <source>paired on %1</source>
        <translation>配对于 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="527" />
        <source>Not paired yet: see Pairing below</source>
        <translation>还没有配对：请看下面的“配对”</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="532" />
        <source>Paired stations:</source>
        <translation>已配对的站点：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="533" />
        <source>This desk is not paired with any station yet.</source>
        <translation>这台电脑还没有和任何站点配对。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="547" />
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="600" />
        <source> — imported already</source>
        <translation>（已导入过）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="843" />
        <source>From %1 (%2), made %3: %4</source>
        <translation>来自%1（%2），%3 导出：%4</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="379" />
        <source>Preview first</source>
        <translation>先预览</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="381" />
        <source>Shows what the packages would change, and changes nothing.</source>
        <translation>显示导入后会有什么变化，不改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="549" />
        <source>USB drive %1, %3 free (%2)</source>
        <translation>U盘 %1，剩余 %3（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="553" />
        <source>No USB drive found: plug one in, or choose a folder</source>
        <translation>没有找到U盘：请插上U盘，或选择一个文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="583" />
        <source>%1 — cannot be read: %2</source>
        <translation>%1 —— 读不出来：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="587" />
        <source>%1 — made here for %2: carry it there</source>
        <translation>%1 —— 本站导出给%2的，请带过去导入</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="591" />
        <source>%1 — from %2 for %3, not for this station</source>
        <translation>%1 —— %2发给%3的，不是给本站的</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="595" />
        <source>From %1, made %2 (%3)</source>
        <translation>来自 %1，%2 导出（%3）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="605" />
        <source>No package found. Plug in the USB drive, or choose the files.</source>
        <translation>没有找到同步包。请插上U盘，或选择同步包文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="619" />
        <source>sent to %1</source>
        <translation>导出给%1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="619" />
        <source>received from %1</source>
        <translation>从%1导入</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="621" />
        <source>Last trip: %1, %2. All trips are on the "Trips made" tab.</source>
        <translation>上一趟：%1，%2。每一趟都在“同步记录”里。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="624" />
        <source>No trip made yet.</source>
        <translation>还没有同步过。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="627" />
        <source>Sent to</source>
        <translation>导出给</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="627" />
        <source>Received from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="629" />
        <source> (everything again)</source>
        <translation>（全部重新发送）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="646" />
        <source>Values changed on two desks (%1)</source>
        <translation>两边都改过的内容（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="651" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="653" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="653" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="672" />
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="686" />
        <source>Choose package files</source>
        <translation>选择同步包文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="687" />
        <source>Sync packages (*.vsync)</source>
        <translation>同步包 (*.vsync)</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="693" />
        <source>Choose the pairing file</source>
        <translation>选择配对文件</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="694" />
        <source>Pairing files (*.vpair)</source>
        <translation>配对文件 (*.vpair)</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="730" />
        <source>Choose where to save the package: plug in the USB drive, or press "Choose a folder…".</source>
        <translation>请选择同步包保存到哪里：插上U盘，或点“选择文件夹…”。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="739" />
        <source>Tick the packages to import, or choose the files.</source>
        <translation>请勾选要导入的同步包，或选择同步包文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="748" />
        <source>Look at the preview first.</source>
        <translation>请先预览，看清楚再导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="756" />
        <source>Type the code and the name of the station below.</source>
        <translation>请填写下级站点的编码和名称。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="760" />
        <source>Choose where to save the pairing file under 1.: plug in the USB drive, or press "Choose a folder…".</source>
        <translation>请在第一步选择配对文件保存到哪里：插上U盘，或点“选择文件夹…”。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="770" />
        <source>Choose the pairing file the station above gave you.</source>
        <translation>请选择上级给您的配对文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="773" />
        <source>Type the pass code the station above told you.</source>
        <translation>请填写上级告诉您的配对码。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="787" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="787" />
        <source>Reading the packages…</source>
        <translation>正在读取同步包…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="788" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="788" />
        <source>Making the pairing file…</source>
        <translation>正在制作配对文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="789" />
        <source>Importing the pairing file…</source>
        <translation>正在导入配对文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="813" />
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="817" />
        <source>Exported for %1: %2 (%3 records, %4). Carry the USB drive there and import it.</source>
        <translation>已导出给%1：%2（%3 条记录，%4）。请把U盘带过去导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="825" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="831" />
        <source>Paired with %1 (%2). Next: export a package and carry it there.</source>
        <translation>已和%1（%2）配对。下一步：导出同步包，带过去导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="852" />
        <source>Nothing has been changed yet. Press "Import now" to import.</source>
        <translation>现在还没有改动任何数据。看清楚后点“确认导入”。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="858" />
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="861" />
        <source>Not imported (nothing changed):</source>
        <translation>没有导入（数据没有改动）：</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="873" />
        <source>new: %1</source>
        <translation>新的有 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="875" />
        <source>updated: %1</source>
        <translation>更新的有 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="876" />
        <source>In detail: %1.</source>
        <translation>其中%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/sync_page.py" line="882" />
        <source>Not done: %1</source>
        <translation>没有完成：%1</translation>
    </message>
</context>
</TS>
