<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../../ui/first_run.py" line="26" />
        <source>Set up this desk</source>
        <translation>设置本站</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="31" />
        <source>Welcome to the village concern response desk</source>
        <translation>欢迎使用村民关切回应站工作台</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="34" />
        <source>This computer does not know its station yet. Fill in which station this desk belongs to and press “Save and start”. Just looking? Try the program with demo data first.</source>
        <translation>这台电脑还没有设置站点。请填写本工作台属于哪个站，然后按“保存并开始”。只是想先看看？可以先用演示数据试一试。</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="44" />
        <source>1. Set up my station</source>
        <translation>一、设置我的站点</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="54" />
        <source>e.g. Nakan village concern response station</source>
        <translation>例如：那堪村村民关切回应站</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="56" />
        <source>digits, letters or dashes, e.g. 451422101205</source>
        <translation>数字、字母或短横线，例如 451422101205</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="61" />
        <source>e.g. 0771-8621234</source>
        <translation>例如：0771-8621234</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="63" />
        <source>e.g. Mon–Fri 8:00–12:00, 14:30–17:30</source>
        <translation>例如：周一至周五 8:00-12:00，14:30-17:30</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="65" />
        <source>the duty officer setting up this desk</source>
        <translation>正在设置本机的值班人员</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="72" />
        <source>&amp;Level:</source>
        <translation>站点级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="73" />
        <source>Station &amp;name:</source>
        <translation>站点名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="74" />
        <source>Station &amp;code:</source>
        <translation>站点编码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="77" />
        <source>&amp;Address (optional):</source>
        <translation>地址（可不填）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="78" />
        <source>&amp;Phone (optional):</source>
        <translation>电话（可不填）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="79" />
        <source>Opening &amp;hours (optional):</source>
        <translation>办公时间（可不填）(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="80" />
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="81" />
        <source>Your &amp;mobile (optional):</source>
        <translation>您的手机（可不填）(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="82" />
        <source>Your &amp;role:</source>
        <translation>您的职责(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="86" />
        <source>4 to 8 digits</source>
        <translation>4到8位数字</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="87" />
        <source>the same again</source>
        <translation>再输一遍</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="94" />
        <source>Your sign-in &amp;PIN:</source>
        <translation>登录密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="96" />
        <source>Whoever sets a PIN here becomes the station head and gives the others their PINs in the settings.</source>
        <translation>在这里设了密码的人成为站长，在“设置”里为其他人设置密码。</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="104" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="107" />
        <source>Save and start</source>
        <translation>保存并开始</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="121" />
        <source>2. Or: just try it</source>
        <translation>二、或者：先试一试</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="124" />
        <source>Opens a made-up village station with a year of visits, for practice and training. Not for real work. It is kept apart from your own data: this screen comes back next time, to set up your station.</source>
        <translation>打开一个虚构的村级回应站，带有一年的来访记录，供练习和培训使用，不能用于实际工作。演示数据和本站的真实数据分开保存：下次启动还会回到这个页面，再设置本站。</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="131" />
        <source>Try with &amp;demo data</source>
        <translation>用演示数据试用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="138" />
        <source>Making the demo data, this takes a few seconds. Please wait…</source>
        <translation>正在生成演示数据，需要几秒钟，请稍候……</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="176" />
        <source>Parent (%1) name:</source>
        <translation>上级（%1）名称：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="177" />
        <source>Parent (%1) code:</source>
        <translation>上级（%1）编码：</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="200" />
        <source>The two PINs are not the same. Please type it again.</source>
        <translation>两次输入的密码不一样，请再输一遍。</translation>
    </message>
    <message>
        <location filename="../../../ui/first_run.py" line="235" />
        <source>The demo data could not be made: %1</source>
        <translation>演示数据没能生成：%1</translation>
    </message>
</context>
</TS>
