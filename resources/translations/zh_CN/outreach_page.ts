<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OutreachPage</name>
    <message>
        <location filename="../../../ui/outreach_page.py" line="22" />
        <source>Research visit</source>
        <translation>下站调研</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="23" />
        <source>Reception of escalated concerns</source>
        <translation>下访接待</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="24" />
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="25" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="26" />
        <source>County training</source>
        <translation>县级培训</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="27" />
        <source>Township training</source>
        <translation>乡镇培训</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="28" />
        <source>Village training</source>
        <translation>村级培训</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="59" />
        <source>Appointments, suggestion box and training</source>
        <translation>预约下站下访、意见箱和培训</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="69" />
        <source>Appointments</source>
        <translation>预约下站/下访</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="70" />
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="71" />
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="79" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="79" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="79" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="79" />
        <source>Office</source>
        <translation>来访单位</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="80" />
        <source>Official</source>
        <translation>来访领导</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="80" />
        <source>Concerns</source>
        <translation>接待事项</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="88" />
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="90" />
        <source>Official:</source>
        <translation>来访领导：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="92" />
        <source>Office:</source>
        <translation>来访单位：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="94" />
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="96" />
        <location filename="../../../ui/outreach_page.py" line="190" />
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="98" />
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="101" />
        <source>Concerns to receive (tick them):</source>
        <translation>要接待的事项（请打勾）：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="104" />
        <source>Book the appointment</source>
        <translation>登记预约</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="128" />
        <source>Opened on:</source>
        <translation>开箱日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="130" />
        <source>Opened by:</source>
        <translation>开箱人：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="132" />
        <source>Witnesses:</source>
        <translation>见证人：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="134" />
        <source>One slip a line.</source>
        <translation>每条意见写一行。</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="136" />
        <source>Slips found:</source>
        <translation>箱内意见：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="138" />
        <source>Record the opening</source>
        <translation>登记开箱</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="142" />
        <source>Opened on</source>
        <translation>开箱日期</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="142" />
        <source>Suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="143" />
        <source>Registered as</source>
        <translation>已登记为事项</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="151" />
        <source>Handling rule:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="156" />
        <source>Summary:</source>
        <translation>事项摘要：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="159" />
        <source>Register as a concern</source>
        <translation>登记为关切事项</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="178" />
        <source>Pick a suggestion in the list first.</source>
        <translation>请先在表中选一条意见。</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="192" />
        <source>Topic:</source>
        <translation>培训内容：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="194" />
        <source>Given by:</source>
        <translation>培训级别：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="196" />
        <source>Trainer:</source>
        <translation>授课人：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="199" />
        <source>Who attended:</source>
        <translation>参加人员：</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="201" />
        <source>Record the training</source>
        <translation>登记培训</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="268" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="269" />
        <source>no training recorded</source>
        <translation>尚无培训记录</translation>
    </message>
    <message>
        <location filename="../../../ui/outreach_page.py" line="270" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
</TS>
