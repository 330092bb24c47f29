#!/usr/bin/env bash
# Create .venv (once) and install the given requirements file into it; runs
# pip again only when that file changes. Sourced by run.sh and test.sh.
set -euo pipefail
req="${1:-requirements.txt}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
py="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  echo "首次运行：正在创建 Python 虚拟环境 $venv ..." >&2
  "$py" -m venv "$venv"
fi
stamp="$venv/.installed-$(basename "$req")"
want="$(cat "$root/requirements.txt" "$root/$req" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "正在安装所需的软件包（$req）..." >&2
  "$venv/bin/python" -m pip install --disable-pip-version-check -q -r "$root/$req"
  echo "$want" > "$stamp"
fi
