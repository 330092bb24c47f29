<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../../ui/pdf_preview.py" line="21" />
        <source>3. See it before printing</source>
        <translation>第三步：打印前看一看</translation>
    </message>
    <message>
        <location filename="../../../ui/pdf_preview.py" line="25" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../../ui/pdf_preview.py" line="26" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../../ui/pdf_preview.py" line="27" />
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../../ui/pdf_preview.py" line="28" />
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
</context>
</TS>
