<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../../ui/checklist_page.py" line="38"/>
        <source>An office</source>
        <translation>一间办公室</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="39"/>
        <source>A duty roster</source>
        <translation>一张轮值表</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="40"/>
        <source>A workflow chart</source>
        <translation>一张工作流程图</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="41"/>
        <source>Operating rules</source>
        <translation>一项运行制度</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="42"/>
        <source>A public notice board</source>
        <translation>一块公示牌</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="43"/>
        <source>A work record book</source>
        <translation>一本工作记录</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="44"/>
        <source>A suggestion box</source>
        <translation>一个意见箱</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="45"/>
        <source>Close-to-the-people cards</source>
        <translation>一张“亲民卡”</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="48"/>
        <source>Up to standard</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="49"/>
        <source>Needs work</source>
        <translation>需整改</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="50"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="51"/>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="80"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="100"/>
        <source>The eight haves: the station&apos;s standard</source>
        <translation>八个有：回应站建设标准</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="107"/>
        <source>Our station</source>
        <translation>本站自查</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="108"/>
        <source>Township inspection</source>
        <translation>乡镇检查</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="109"/>
        <source>Township matrix</source>
        <translation>乡镇汇总表</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="118"/>
        <location filename="../../../ui/checklist_page.py" line="200"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="118"/>
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="118"/>
        <source>Evidence</source>
        <translation>佐证说明</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="118"/>
        <source>Evidence date</source>
        <translation>佐证日期</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="119"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="119"/>
        <source>Last checked by</source>
        <translation>最近检查人</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="119"/>
        <source>Checked on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="130"/>
        <source>Item:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="132"/>
        <source>State:</source>
        <translation>情况：</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="134"/>
        <source>Evidence or problem:</source>
        <translation>佐证或问题：</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="136"/>
        <source>Evidence date:</source>
        <translation>佐证日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="138"/>
        <source>Choose a photo...</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="143"/>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="144"/>
        <source>Save this item</source>
        <translation>保存这一项</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="163"/>
        <source>A photo is kept.</source>
        <translation>已存有照片。</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="168"/>
        <source>New photo: %1</source>
        <translation>新照片：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="171"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="172"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="179"/>
        <source>Pick an item in the list first.</source>
        <translation>请先在上面的表中选一项。</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="192"/>
        <source>Station inspected:</source>
        <translation>被检查的站：</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="194"/>
        <source>Day:</source>
        <translation>检查日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="196"/>
        <source>Inspector:</source>
        <translation>检查人：</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="200"/>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="201"/>
        <source>Problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="201"/>
        <source>Fix by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="218"/>
        <source>Remarks:</source>
        <translation>总体意见：</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="220"/>
        <source>Save the inspection</source>
        <translation>保存检查结果</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="236"/>
        <source>Pick the station inspected.</source>
        <translation>请选择被检查的站。</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="258"/>
        <source>Green: up to standard. Orange: needs work. Red: missing. Grey: not inspected. Hover over a cell for the problem and the deadline.</source>
        <translation>绿色：达标。橙色：需整改。红色：缺失。灰色：未检查。鼠标停在格子上可看到问题和整改期限。</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="271"/>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="297"/>
        <source>%1: the stations × the eight items, from the township&apos;s latest inspections.</source>
        <translation>%1：各站“八个有”情况（按乡镇最近一次检查）。</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="298"/>
        <source>This desk belongs to no township.</source>
        <translation>本站不属于任何乡镇。</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="303"/>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="312"/>
        <source>Fix by %1</source>
        <translation>整改期限 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/checklist_page.py" line="316"/>
        <source>never</source>
        <translation>从未检查</translation>
    </message>
</context>
</TS>
