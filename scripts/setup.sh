#!/usr/bin/env bash
# Create .venv and install reelcheck with pinned dependencies. Idempotent; safe to re-run.
# Usage: scripts/setup.sh [extra ...]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PY" -m venv .venv
fi
extras=""
if [[ $# -gt 0 ]]; then extras="[$(IFS=,; echo "$*")]"; fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}" 2>&1 \
  | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import reelcheck" || { echo "setup failed: reelcheck does not import" >&2; exit 1; }
