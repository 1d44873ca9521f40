#!/usr/bin/env bash
# Installs what is missing, builds LeadBridge and runs the whole test suite.
# The last lines printed are ctest's own summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset debug
cmake --build --preset debug
bash scripts/check-package.sh build/debug
# The third-party client check (jsforce against the Salesforce emulator) must run, not skip.
bash scripts/install-jsforce.sh
export LEADBRIDGE_REQUIRE_JSFORCE=1
exec bash scripts/with-keyring.sh ctest --preset debug --parallel 2
