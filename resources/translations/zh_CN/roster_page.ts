<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../../ui/roster_page.py" line="45"/>
        <source>Duty roster</source>
        <translation>轮值表</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="49"/>
        <source>&lt; Previous month</source>
        <translation>&lt; 上个月</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="53"/>
        <source>Next month &gt;</source>
        <translation>下个月 &gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="63"/>
        <source>Officers a day:</source>
        <translation>每天值班人数：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="67"/>
        <source>At most days a week per person:</source>
        <translation>每人每周最多值班天数：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="71"/>
        <source>Open on:</source>
        <translation>开放日：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="97"/>
        <source>Red columns: statutory holidays. Blue: adjusted working days (weekend days worked). Grey: the desk is closed. Yellow: changed by a swap.</source>
        <translation>红色：法定节假日放假。蓝色：调休上班（周末上班）。灰色：本站不开放。黄色：换班后有变动。</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="134"/>
        <source>Record a swap</source>
        <translation>登记换班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="116"/>
        <source>and gives back the duty on</source>
        <translation>并换回此日的班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="121"/>
        <source>Record the swap</source>
        <translation>登记换班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="123"/>
        <location filename="../../../ui/roster_page.py" line="191"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="125"/>
        <source>On duty:</source>
        <translation>原值班人：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="127"/>
        <source>Takes over:</source>
        <translation>接班人：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="131"/>
        <location filename="../../../ui/roster_page.py" line="154"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="157"/>
        <source>Record leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="146"/>
        <source>Record the leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="148"/>
        <source>Who:</source>
        <translation>请假人：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="150"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="152"/>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="176"/>
        <source>At the desk today</source>
        <translation>今日值班签到</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="164"/>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="166"/>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="201"/>
        <source>Holidays kept by hand</source>
        <translation>手工维护节假日</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="185"/>
        <source>Holiday (closed)</source>
        <translation>放假（不开放）</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="186"/>
        <source>Adjusted working day (open)</source>
        <translation>调休上班（开放）</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="187"/>
        <source>Ordinary day</source>
        <translation>正常（取消手工设置）</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="189"/>
        <source>Save the day</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="193"/>
        <source>Is:</source>
        <translation>这一天：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="195"/>
        <source>Festival:</source>
        <translation>节日名称：</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="207"/>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="207"/>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="207"/>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="207"/>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="208"/>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="208"/>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="208"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="234"/>
        <source>Holidays known for: %1</source>
        <translation>已有节假日安排的年份：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="239"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="245"/>
        <source>Make this month&apos;s roster again (the old one is kept)</source>
        <translation>重新排班（原表保留）</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="246"/>
        <source>Make this month&apos;s roster</source>
        <translation>生成本月轮值表</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="248"/>
        <source>The roster for this month. Shifts per person: %1</source>
        <translation>本月轮值表已排定。每人值班天数：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="252"/>
        <source>No roster for this month yet: every active staff member counts as on duty. Press the button to make one.</source>
        <translation>本月还没有排班：全体在岗工作人员都算值班。请按“生成本月轮值表”排班。</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="255"/>
        <source>Shifts</source>
        <translation>值班天数</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="255"/>
        <source>Signed in</source>
        <translation>已签到天数</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="255"/>
        <source>Missed</source>
        <translation>缺勤天数</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="262"/>
        <source>Hol</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="262"/>
        <source>Work</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="272"/>
        <source>On</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="274"/>
        <source>In</source>
        <translation>换入</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="276"/>
        <source>Out</source>
        <translation>换出</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="299"/>
        <source>Swaps recorded: %1</source>
        <translation>换班记录：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="299"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="304"/>
        <source>on duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="304"/>
        <source>not on the roster</source>
        <translation>未排班</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="305"/>
        <source>signed in %1</source>
        <translation>已签到 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="306"/>
        <source>not signed in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="308"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="308"/>
        <source>signed out %1</source>
        <translation>已签退 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="309"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../../ui/roster_page.py" line="311"/>
        <source>Nobody is on duty today.</source>
        <translation>今天没有人值班。</translation>
    </message>
</context>
</TS>
