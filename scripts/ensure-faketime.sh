#!/usr/bin/env bash
# Install Debian's faketime (libfaketime and its wrapper) when it is missing:
# the fake-clock runs of the test suite need it (scripts/test-fake-clocks.sh).
set -euo pipefail
command -v faketime >/dev/null 2>&1 && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; else
    echo "缺少 faketime，且没有 root 权限安装；请安装 Debian 的 faketime 软件包。" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "缺少 faketime；请安装 faketime（libfaketime）。" >&2
  exit 1
fi
echo "正在安装 faketime ..." >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -q --no-install-recommends faketime >&2 ||
  { $sudo apt-get update -q >&2 && $sudo apt-get install -y -q --no-install-recommends faketime >&2; }
