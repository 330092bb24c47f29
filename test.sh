#!/usr/bin/env bash
# Run the whole test suite (setting up its Python environment the first time).
# Extra arguments go to pytest, e.g. ./test.sh tests/test_workflow.py -x
# The tests run on every core (pytest-xdist); ./test.sh -n 0 runs them in one
# process. The fake-clock runs CI adds: scripts/test-fake-clocks.sh.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/ensure-venv.sh requirements-dev.txt
bash scripts/ensure-system-tools.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -n "${DESK_TEST_WORKERS:-auto}" "$@"
