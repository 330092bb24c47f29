<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="448" />
        <source>Set PIN — %1</source>
        <translation>设置密码 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="450" />
        <source>Give %1 a PIN of 4 to 8 digits and tell it to them. At their next sign-in they choose their own. This also unlocks an account locked after wrong PINs.</source>
        <translation>给%1设一个4到8位数字的密码，并当面告诉他。他下次登录时要换成自己的密码。账号因输错密码被锁定的，设了新密码就解锁。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="458" />
        <source>&amp;PIN:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="459" />
        <source>PIN &amp;again:</source>
        <translation>再输一遍(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="464" />
        <source>Save the PIN</source>
        <translation>保存密码</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="465" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="473" />
        <source>The two PINs are not the same. Please type it again.</source>
        <translation>两次输入的密码不一样，请再输一遍。</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="69" />
        <source>Sign in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="90" />
        <source>Keys: Tab or the arrow keys go from name to name, Enter picks the name.</source>
        <translation>按键：用Tab键或方向键在名字之间移动，按回车键选中。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="98" />
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="106" />
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="110" />
        <location filename="../../../ui/sign_in_dialog.py" line="184" />
        <source>&amp;PIN:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="114" />
        <source>PIN &amp;again:</source>
        <translation>再输一遍(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="123" />
        <source>Close the program</source>
        <translation>关闭程序</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="127" />
        <location filename="../../../ui/sign_in_dialog.py" line="189" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="158" />
        <location filename="../../../ui/sign_in_dialog.py" line="355" />
        <source>The desk is locked</source>
        <translation>桌面已锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="160" />
        <source>Nobody used the desk for a while, so it locked itself. What was being typed is kept. Press your name and type your PIN to go on; someone else may sign in too.</source>
        <translation>一段时间没有人使用，桌面自动锁定了。刚才填写的内容都还在。请点自己的名字、输入密码继续；换别人登录也可以。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="163" />
        <source>Who is at the desk?</source>
        <translation>请问是谁在值班？</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="164" />
        <source>%1. Press your name, then type your PIN.</source>
        <translation>%1。请点您的名字，再输入密码。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="177" />
        <source>Press your name above.</source>
        <translation>请点上面您的名字。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="200" />
        <source>Nobody works at this station yet</source>
        <translation>本站还没有工作人员</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="202" />
        <source>Type your name and choose a PIN of 4 to 8 digits. You become the station head and can add the others in the settings.</source>
        <translation>请填写您的姓名，设一个4到8位数字的密码。您将成为站长，可以在“设置”里添加其他工作人员。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="204" />
        <source>The first person at this station</source>
        <translation>本站第一位工作人员</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="205" />
        <source>Register and sign in</source>
        <translation>登记并登录</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="213" />
        <source>%1, please type your PIN.</source>
        <translation>%1，请输入您的密码。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="216" />
        <source>Nobody at this station has a PIN yet. %1, choose yours: 4 to 8 digits, typed twice.</source>
        <translation>本站还没有人设密码。%1，请先设您自己的密码：4到8位数字，输两遍。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="219" />
        <source>The station has no head: you become the station head and give the others their PINs in the settings.</source>
        <translation>本站还没有站长：您将成为站长，在“设置”里为其他人设置密码。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="221" />
        <source>Save my PIN and sign in</source>
        <translation>保存密码并登录</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="223" />
        <source>%1 has no PIN yet. Please ask the station head to give you one (Settings → Staff → Set PIN).</source>
        <translation>%1还没有密码。请站长为您设置（设置 → 工作人员 → 设置密码）。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="262" />
        <source>The two PINs are not the same. Please type it again.</source>
        <translation>两次输入的密码不一样，请再输一遍。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="288" />
        <source>Press your name above first.</source>
        <translation>请先点上面您的名字。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="311" />
        <source>%1, your PIN was set by someone else. Choose your own now: 4 to 8 digits, typed twice.</source>
        <translation>%1，您的密码是别人替您设的。请现在换一个只有您自己知道的密码：4到8位数字，输两遍。</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="313" />
        <source>&amp;New PIN:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../ui/sign_in_dialog.py" line="314" />
        <source>Save my PIN</source>
        <translation>保存密码</translation>
    </message>
</context>
</TS>
