#!/usr/bin/env bash
# Installs the pinned jsforce used by tests/sandbox/tst_jsforce (third-party
# client check of the Salesforce sandbox). Needs node >= 18 and npm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here/tests/thirdparty/jsforce"
if ! command -v npm >/dev/null 2>&1; then
    echo "npm is not installed: install Node.js 18 or newer (e.g. apt-get install nodejs npm)" >&2
    exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
echo "jsforce $(node -p "require('./node_modules/jsforce/package.json').version") installed in $PWD/node_modules"
