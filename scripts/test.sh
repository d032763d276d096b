#!/usr/bin/env bash
# Fresh machine, one command: set up .venv with the test extras, Debian's chromium for the
# browser test, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
if [[ -f scripts/install-browser.sh ]]; then
  bash scripts/install-browser.sh
fi
exec .venv/bin/python -m pytest "$@"
