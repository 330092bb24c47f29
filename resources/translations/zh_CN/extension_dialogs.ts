<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExtensionDecisionDialog</name>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="53" />
        <source>Decide on the extension</source>
        <translation>审批延期申请</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="54" />
        <source>%1 asks to move the deadline from %2 to %3 (asked on %4 by %5):
%6</source>
        <translation>%1申请把办结期限从 %2 延到 %3（%4，申请人 %5）：
%6</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="68" />
        <source>Approve</source>
        <translation>同意延期</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="69" />
        <source>Refuse</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="74" />
        <source>Decision</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="75" />
        <source>Remarks (the reason, if refused)</source>
        <translation>备注（不同意时写明理由）</translation>
    </message>
</context>
<context>
    <name>ExtensionRequestDialog</name>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="24" />
        <source>Ask for more time</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="26" />
        <source>This matter was escalated: the township decides. The request goes up in the next USB package; the deadline moves only when it is approved.</source>
        <translation>这件事已经上报上级，延期由乡镇回应中心审批：申请随下一个U盘同步包报上去，批准以后办结期限才改。</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="29" />
        <source>The station head decides. The deadline moves only when it is approved; then print the notice for the villager (Print, F5).</source>
        <translation>由站长审批，批准以后办结期限才改；批准后请打印延期告知书交给村民（打印，F5）。</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="31" />
        <source>Deadline now: %1</source>
        <translation>现在的办结期限：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="38" />
        <source>New deadline</source>
        <translation>延期到</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="39" />
        <source>Why more time is needed</source>
        <translation>延期的理由</translation>
    </message>
    <message>
        <location filename="../../../ui/extension_dialogs.py" line="40" />
        <source>e.g. The county office can only come next month.</source>
        <translation>例如：县住建局下个月才能派人来鉴定。</translation>
    </message>
</context>
</TS>
