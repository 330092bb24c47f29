#!/usr/bin/env bash
# Start the desk (setting up its Python environment the first time).
#   ./run.sh                 open the window
#   ./run.sh demo            fill a demo station, then ./run.sh to look at it
#   ./run.sh --help          every command
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/ensure-venv.sh requirements.txt
exec .venv/bin/python main.py "$@"
