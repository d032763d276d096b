#!/usr/bin/env bash
# Fresh machine, one command: set up .venv and fact-check the bundled example article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/reelcheck check examples/anora-mixed.txt "$@"
