<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutButton</name>
    <message>
        <location filename="../../../ui/about_dialog.py" line="18" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="19" />
        <source>Version of the program and where the data is kept</source>
        <translation>软件版本和数据存放位置</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../ui/about_dialog.py" line="30" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="32" />
        <source>Village Concern Response Desk</source>
        <translation>村民关切回应站工作台</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="38" />
        <location filename="../../../ui/about_dialog.py" line="69" />
        <source>Program version:</source>
        <translation>软件版本：</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="39" />
        <source>%1 (this program knows up to %2)</source>
        <translation>%1（本软件最高支持 %2）</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="41" />
        <location filename="../../../ui/about_dialog.py" line="70" />
        <source>Data version:</source>
        <translation>数据版本：</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="42" />
        <location filename="../../../ui/about_dialog.py" line="71" />
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="43" />
        <location filename="../../../ui/about_dialog.py" line="72" />
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="44" />
        <location filename="../../../ui/about_dialog.py" line="73" />
        <source>Data file size:</source>
        <translation>数据文件大小：</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="45" />
        <source>%1 (daily, on closing and before upgrades, in the "backups" folder)</source>
        <translation>%1 份（每天、关闭时和升级前自动备份，在“backups”文件夹里）</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="46" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="47" />
        <location filename="../../../ui/about_dialog.py" line="74" />
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="51" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="54" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../../ui/about_dialog.py" line="55" />
        <source>Copy these details, to paste into a message</source>
        <translation>复制以上信息，方便发给技术人员</translation>
    </message>
</context>
</TS>
