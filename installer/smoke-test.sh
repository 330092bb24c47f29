#!/usr/bin/env bash
# Smoke-test the built Linux bundle as a fresh machine would run it: copied
# to a new folder, started with an empty environment (env -i: no PYTHONPATH,
# no virtual environment, no DISPLAY; PATH=/usr/bin:/bin; a new HOME), from
# another working directory; where the kernel allows (root, unshare), the
# source tree and the Python installation that built it are hidden behind
# empty folders too, so nothing can be read from them.
#
#   installer/smoke-test.sh [dist/village-desk] [--time N]
#
# Checks: --version and --help; `selftest` (main window offscreen on a demo
# database, bundled font and translation loaded, a notice PDF rendered with
# reportlab and opened with QtPdf, one page through QtPrintSupport); the
# bundled `demo` command makes a database in the per-user data folder of the
# new HOME; `stats --json` adds up; `report` prints PDFs that pdftotext reads
# back in Chinese with every font embedded; the Qt plugins are in the bundle.
# With --time N, it then times N start-ups to a shown main window and prints
# the median (for docs/installer.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="$root/dist/village-desk"
runs=0
while [ $# -gt 0 ]; do
  case "$1" in
    --time) runs="$2"; shift 2 ;;
    *) dist="$(cd "$1" && pwd)"; shift ;;
  esac
done
[ -x "$dist/village-desk" ] || { echo "no bundle at $dist: run installer/build-linux.sh" >&2; exit 2; }
version="$(sed -n 's/^APP_VERSION = "\(.*\)"$/\1/p' "$root/models/safety/about.py")"
pyroot="$(python3 -c 'import sys; print(sys.base_prefix)' 2>/dev/null || true)"

tmp="$(mktemp -d /tmp/village-desk-smoke.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
cp -a "$dist" "$tmp/app"
mkdir -p "$tmp/home" "$tmp/work" "$tmp/tmp" "$tmp/empty"
cd "$tmp/work"
fails=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fails=$((fails + 1)); }

# Hide the source tree and the build's Python behind empty folders, if we may.
hide=""
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
  hide="mount --bind $tmp/empty $root"
  if [ -n "$pyroot" ] && [ -d "$pyroot" ]; then hide="$hide && mount --bind $tmp/empty $pyroot"; fi
fi

# Run the bundled program with nothing of this machine's set-up around it.
desk() {
  local cmd=("$tmp/app/village-desk" "$@")
  if [ -n "$hide" ]; then
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" TMPDIR="$tmp/tmp" LANG=C.UTF-8 \
      QT_QPA_PLATFORM="${QT_QPA_PLATFORM_SMOKE:-offscreen}" ${DISPLAY_SMOKE:+DISPLAY=$DISPLAY_SMOKE} \
      unshare -m sh -c "$hide && exec \"\$0\" \"\$@\"" "${cmd[@]}"
  else
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" TMPDIR="$tmp/tmp" LANG=C.UTF-8 \
      QT_QPA_PLATFORM="${QT_QPA_PLATFORM_SMOKE:-offscreen}" ${DISPLAY_SMOKE:+DISPLAY=$DISPLAY_SMOKE} \
      "${cmd[@]}"
  fi
}

if [ -n "$hide" ]; then
  if unshare -m sh -c "$hide && [ -z \"\$(ls -A $root)\" ]"; then
    ok "source tree ($root) and build Python ($pyroot) hidden from the bundle"
  else
    bad "could not hide the source tree"; hide=""
  fi
else
  echo "note: not root or no unshare: the source tree stays visible (the bundle is still run with env -i from a copy)"
fi

# The bundle's files: Qt plugins and our resources.
in_bundle() { [ -n "$(find "$tmp/app" -path "$1" -print -quit)" ]; }
for want in "*/plugins/platforms/libqoffscreen.so" "*/plugins/platforms/libqxcb.so" \
            "*/plugins/printsupport/libcupsprintersupport.so" "*/PySide6/QtPrintSupport*" \
            "*/PySide6/QtPdf.*" "*/PySide6/QtPdfWidgets.*" \
            "*/resources/fonts/wqy-microhei.ttc" "*/resources/fonts/LICENSE_Apache2.txt" \
            "*/resources/translations/zh_CN/main_window.qm" "*/resources/rules_default.txt" \
            "*/Qt/translations/qtbase_zh_CN.qm"; do
  if in_bundle "$want"; then ok "bundled: $want"; else bad "not in the bundle: $want"; fi
done
if in_bundle "*/resources/translations/*.ts"; then bad "translation sources (.ts) bundled"; fi

# --version and --help
got="$(desk --version 2>&1)" || true
[ "$got" = "$version" ] && ok "--version: $got" || bad "--version said '$got', expected '$version'"
help="$(desk --help 2>&1)" || true
for command in demo stats report selftest; do
  grep -q "$command" <<<"$help" && ok "--help lists $command" || bad "--help does not list $command"
done

# selftest: the window, the font, the translation, a PDF, QtPdf, printing
if out="$(desk selftest 2>&1)"; then
  ok "selftest passed"
else
  bad "selftest failed"
fi
sed 's/^/       /' <<<"$out" | grep -v propagateSizeHints || true

# demo: in the per-user data folder of the new HOME (appdirs)
if out="$(desk demo 2>&1)"; then ok "demo: $(head -1 <<<"$out")"; else bad "demo failed: $out"; fi
db="$tmp/home/.local/share/village-desk/station.sqlite3"
[ -s "$db" ] && ok "database in the per-user data folder: $(du -h "$db" | cut -f1)" || bad "no database at $db"
where="$(desk where 2>&1)" || true
[ "$where" = "$db" ] && ok "where: $where" || bad "where said '$where', expected '$db'"

# stats --json adds up
if json="$(desk stats --json 2>&1)"; then
  if python3 - "$json" <<'EOF'
import json, sys
t = json.loads(sys.argv[1])
assert t["concerns"] > 0, t
assert t["concerns"] == t["resolved"] + t["pending"] + sum(t["other_outcomes"].values()), t
print(f"ok   stats --json: {t['visits']} visits, {t['visitors']} visitors, {t['concerns']} concerns add up")
EOF
  then :; else bad "stats --json does not add up: $json"; fi
else
  bad "stats --json failed: $json"
fi

# report: PDFs read back with pdftotext, fonts embedded
if grep -q "report" <<<"$help"; then
  for kind in notice ledger; do
    pdf="$tmp/work/$kind.pdf"
    if out="$(desk report "$kind" -o "$pdf" 2>&1)" && [ -s "$pdf" ]; then
      text="$(pdftotext -layout "$pdf" - 2>/dev/null || true)"
      case "$kind" in notice) want="结果公示" ;; ledger) want="台账" ;; esac
      if grep -q "$want" <<<"$text" && grep -q "回应站" <<<"$text"; then
        ok "report $kind: pdftotext reads '$want' ($(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p') pages)"
      else
        bad "report $kind: pdftotext did not find '$want' and the station name"
      fi
      if command -v pdffonts >/dev/null; then
        if pdffonts "$pdf" | awk 'NR>2 && $(NF-4)!="yes" {exit 1}'; then ok "report $kind: every font embedded"
        else bad "report $kind: a font is not embedded"; pdffonts "$pdf"; fi
      fi
    else
      bad "report $kind failed: $out"
    fi
  done
else
  bad "the bundle has no report command"
fi

# The window on a real X server too, when Xvfb is here.
if command -v Xvfb >/dev/null; then
  Xvfb :97 -screen 0 1366x768x24 >/dev/null 2>&1 &
  xpid=$!
  sleep 1
  if QT_QPA_PLATFORM_SMOKE=xcb DISPLAY_SMOKE=:97 desk selftest --window-only >/dev/null 2>"$tmp/xcb.log"; then
    ok "main window on X11 (xcb, Xvfb)"
  else
    bad "main window on X11 (xcb, Xvfb): $(tail -3 "$tmp/xcb.log")"
  fi
  kill "$xpid" 2>/dev/null || true
else
  echo "skip main window on X11: no Xvfb here (apt-get install xvfb)"
fi

echo "bundle: $(du -sh "$tmp/app" | cut -f1) in $(find "$tmp/app" -type f | wc -l) files"

if [ "$runs" -gt 0 ]; then
  times=()
  desk selftest --window-only >/dev/null 2>&1 || true   # first run: warm the disk cache
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N)
    desk selftest --window-only >/dev/null 2>&1 || bad "start-up run failed"
    e=$(date +%s.%N)
    times+=("$(awk -v s="$s" -v e="$e" 'BEGIN {printf "%.2f", e - s}')")
  done
  sorted="$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')"
  median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
  echo "start-up to a shown main window and exit, demo database, $runs runs: median ${median} s (${sorted}s)"
fi

if [ "$fails" -gt 0 ]; then
  echo "smoke test: $fails check(s) failed"
  exit 1
fi
echo "smoke test passed"
