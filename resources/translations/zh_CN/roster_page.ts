<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../../ui/roster_page.py" line="62"/>
        <source>Duty roster</source>
        <translation>轮值表</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="66"/>
        <source>&lt; Previous month</source>
        <translation>&lt; 上个月</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="70"/>
        <source>Next month &gt;</source>
        <translation>下个月 &gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="80"/>
        <source>Officers a day:</source>
        <translation>每天值班人数：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="84"/>
        <source>At most days a week per person:</source>
        <translation>每人每周最多值班天数：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="91"/>
        <source>Open on:</source>
        <translation>开放日：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="120"/>
        <source>Red columns: statutory holidays. Blue: adjusted working days (weekend days worked). Grey: the desk is closed. Yellow: changed by a swap.</source>
        <translation>红色：法定节假日放假。蓝色：调休上班（周末上班）。灰色：本站不开放。黄色：换班后有变动。</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="157"/>
        <source>Record a swap</source>
        <translation>登记换班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="139"/>
        <source>and gives back the duty on</source>
        <translation>并换回此日的班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="144"/>
        <source>Record the swap</source>
        <translation>登记换班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="146"/>
        <location filename="../../../ui/roster_page.py" line="214"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="148"/>
        <source>On duty:</source>
        <translation>原值班人：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="150"/>
        <source>Takes over:</source>
        <translation>接班人：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="154"/>
        <location filename="../../../ui/roster_page.py" line="177"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="180"/>
        <source>Record leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="169"/>
        <source>Record the leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="171"/>
        <source>Who:</source>
        <translation>请假人：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="173"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="175"/>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="199"/>
        <source>At the desk today</source>
        <translation>今日值班签到</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="187"/>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="189"/>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="224"/>
        <source>Holidays kept by hand</source>
        <translation>手工维护节假日</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="208"/>
        <source>Holiday (closed)</source>
        <translation>放假（不开放）</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="209"/>
        <source>Adjusted working day (open)</source>
        <translation>调休上班（开放）</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="210"/>
        <source>Ordinary day</source>
        <translation>正常（取消手工设置）</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="212"/>
        <source>Save the day</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="216"/>
        <source>Is:</source>
        <translation>这一天：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="218"/>
        <source>Festival:</source>
        <translation>节日名称：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="230"/>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="230"/>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="230"/>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="230"/>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="231"/>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="231"/>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="231"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="259"/>
        <source>Holidays known for: %1</source>
        <translation>已有节假日安排的年份：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="268"/>
        <source>Only the station head makes the roster and records swaps, leave and holidays.</source>
        <translation>只有站长可以排班、登记调班、请假和节假日。</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="278"/>
        <source>You can sign in and out here. %1 Ask the station head if the roster needs changing.</source>
        <translation>您可以在这里值班签到、签退。%1排班要改的话，请找站长。</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="284"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="290"/>
        <source>Make this month&apos;s roster again (the old one is kept)</source>
        <translation>重新排班（原表保留）</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="291"/>
        <source>Make this month&apos;s roster</source>
        <translation>生成本月轮值表</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="293"/>
        <source>The roster for this month. Shifts per person: %1</source>
        <translation>本月轮值表已排定。每人值班天数：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="297"/>
        <source>No roster for this month yet: every active staff member counts as on duty. Press the button to make one.</source>
        <translation>本月还没有排班：全体在岗工作人员都算值班。请按“生成本月轮值表”排班。</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="300"/>
        <source>Shifts</source>
        <translation>值班天数</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="300"/>
        <source>Signed in</source>
        <translation>已签到天数</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="300"/>
        <source>Missed</source>
        <translation>缺勤天数</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="307"/>
        <source>Hol</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="307"/>
        <source>Work</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="317"/>
        <source>On</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="319"/>
        <source>In</source>
        <translation>换入</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="321"/>
        <source>Out</source>
        <translation>换出</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="344"/>
        <source>Swaps recorded: %1</source>
        <translation>换班记录：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="344"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="349"/>
        <source>on duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="349"/>
        <source>not on the roster</source>
        <translation>未排班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="350"/>
        <source>signed in %1</source>
        <translation>已签到 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="351"/>
        <source>not signed in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="353"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="353"/>
        <source>signed out %1</source>
        <translation>已签退 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="354"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="356"/>
        <source>Nobody is on duty today.</source>
        <translation>今天没有人值班。</translation>
    </message>
</context>
</TS>
