#!/usr/bin/env bash
# Installs what is missing, builds LeadBridge and runs the whole test suite.
# The last lines printed are ctest's own summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset debug
cmake --build --preset debug
bash scripts/check-package.sh build/debug
exec bash scripts/with-keyring.sh ctest --preset debug --parallel 2
