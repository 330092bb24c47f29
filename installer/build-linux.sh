#!/usr/bin/env bash
# Build the one-folder Linux bundle: dist/village-desk/ (run it with
# dist/village-desk/village-desk). Uses its own virtual environment,
# build/venv, made from requirements.txt and installer/requirements-build.txt
# only — so the bundle carries what the requirements say, not whatever
# happens to be in .venv. Then: installer/smoke-test.sh.
#
#   installer/build-linux.sh            build (reusing build/venv)
#   PYTHON=python3.11 installer/build-linux.sh
#
# The Python used must have its shared library (libpython3.x.so), as Debian's
# and pyenv's do; PyInstaller needs it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
venv="$root/build/venv"
py="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  echo "creating the build environment $venv" >&2
  "$py" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check \
  -r requirements.txt -r installer/requirements-build.txt

# The compiled translations are committed; refuse to bundle ones that do not
# match their .ts (compared by content: a fresh clone's file times mean nothing).
if ! "$venv/bin/python" scripts/translations.py check >&2; then
  echo "run: .venv/bin/python scripts/translations.py release (and translate what is listed)" >&2
  exit 1
fi

start=$(date +%s)
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" installer/village-desk.spec
echo "built dist/village-desk in $(( $(date +%s) - start )) s:" \
  "$(du -sh dist/village-desk | cut -f1), $(find dist/village-desk -type f | wc -l) files"
