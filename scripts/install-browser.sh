#!/usr/bin/env bash
# Install Debian's Chromium for the end-to-end browser test (tests/web/test_browser.py).
# Playwright drives this system browser via executable_path; we never run `playwright install`
# (it downloads browsers from a CDN and pins versions we do not control).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version || true
