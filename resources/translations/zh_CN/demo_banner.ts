<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../../ui/demo_banner.py" line="13" />
        <source>Demo data — a made-up station for practice and training. Not for real work: nothing entered here counts. Close the program and start it again to set up your own station.</source>
        <translation>演示数据：这是一个虚构的站点，只供练习和培训，不能用于实际工作，在这里填写的内容都不算数。关闭程序后重新打开，就可以设置本站。</translation>
    </message>
    <message>
        <location filename="../../../ui/demo_banner.py" line="24" />
        <source>[Demo data, not for real work] %1</source>
        <translation>【演示数据，不能用于实际工作】%1</translation>
    </message>
</context>
</TS>
