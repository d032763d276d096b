#!/usr/bin/env bash
# Fresh machine, one command: set up .venv with the test extras, Debian's chromium for the
# browser test, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
# The NLI path is tested with a tiny model the test builds; torch's CPU wheel must come first
# (any other torch resolution pulls gigabytes of CUDA packages).
.venv/bin/python -m pip install -q --disable-pip-version-check "torch==2.13.0" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[nli]" 2>&1 | grep -v "^WARNING: Location" || true
if [[ -f scripts/install-browser.sh ]]; then
  bash scripts/install-browser.sh
fi
exec .venv/bin/python -m pytest "$@"
