#!/usr/bin/env bash
# Run the whole test suite (setting up its Python environment the first time).
# Extra arguments go to pytest, e.g. ./test.sh tests/test_workflow.py -x
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/ensure-venv.sh requirements-dev.txt
bash scripts/ensure-system-tools.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
