#!/usr/bin/env bash
# Run the whole test suite again under a faked system clock (Debian's
# faketime), at instants that have broken the desk before, in China time:
# just after midnight on a leap day, the start of office hours, a minute
# before the demo's 17:00, and a New Year's Eve run that crosses midnight.
# Extra arguments go to pytest (e.g. -q, or a test file).
#   scripts/test-fake-clocks.sh -q
#   DESK_FAKE_TIMES="2030-01-01 03:00:00" scripts/test-fake-clocks.sh -q tests/test_clock.py
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-faketime.sh
export TZ=CST-8   # China time, without needing tzdata; the desk itself assumes UTC+8
IFS=$'\n' read -r -d '' -a times <<< "${DESK_FAKE_TIMES:-2028-02-29 00:30:00
2027-01-04 08:00:00
2027-06-30 16:59:00
2026-12-31 23:59:30}" || true
for t in "${times[@]}"; do
  echo "=== the suite with the clock set to ${t} (China time) ==="
  start=$(date +%s)
  # the clock starts at ${t} and runs on at the normal rate (monotonic too:
  # with DONT_FAKE_MONOTONIC Python's time.sleep fails with EINVAL)
  faketime "${t}" ./test.sh "$@"
  echo "=== ${t}: passed in $(( $(date +%s) - start )) s ==="
done
