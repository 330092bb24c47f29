#!/usr/bin/env bash
# Install the command-line PDF tools the report tests read documents back
# with (Debian's poppler-utils: pdftotext, pdffonts, pdftoppm; and qpdf),
# once: apt-get runs only when one of them is missing. Called by test.sh.
set -euo pipefail
missing=()
for tool in qpdf pdftotext pdffonts pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "缺少 PDF 检查工具：${missing[*]}。请安装 poppler-utils 和 qpdf。" >&2
  exit 0   # the report tests then fail, naming the missing tool
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; else
    echo "缺少 PDF 检查工具：${missing[*]}，且没有 root 权限安装；请安装 poppler-utils 和 qpdf。" >&2
    exit 0
  fi
fi
echo "正在安装 PDF 检查工具（poppler-utils、qpdf）..." >&2
export DEBIAN_FRONTEND=noninteractive
# a failed install does not stop the other tests; the report tests then
# fail, naming the missing tool
if ! { $sudo apt-get update -q >&2 &&
       $sudo apt-get install -y -q --no-install-recommends poppler-utils qpdf >&2; }; then
  echo "安装 poppler-utils / qpdf 失败；PDF 报表测试将无法运行。" >&2
fi
