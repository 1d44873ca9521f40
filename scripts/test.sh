#!/usr/bin/env bash
# Installs what is missing, builds LeadBridge and runs the whole test suite, then runs each
# libFuzzer target over a fixed number of inputs with a fixed seed (scripts/fuzz.sh;
# LEADBRIDGE_CI_FUZZ_RUNS per target, default 100000; 0 skips it), so the step does not depend
# on the machine's speed. Measured on this project: the clang build of the fuzz preset takes about
# 950 CPU-seconds (about 8 minutes on 2 cores), the runs about 5 s per target.
# ctest's own summary is printed last, again, after the fuzz step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset debug
cmake --build --preset debug
bash scripts/check-package.sh build/debug
# The third-party client check (jsforce against the Salesforce emulator) must run, not skip.
bash scripts/install-jsforce.sh
export LEADBRIDGE_REQUIRE_JSFORCE=1
set +e
bash scripts/with-keyring.sh ctest --preset debug --parallel 2 2>&1 | tee build/debug/ctest-output.log
ctest_rc=${PIPESTATUS[0]}
fuzz_rc=0
if [[ "${LEADBRIDGE_CI_FUZZ_RUNS:-100000}" != 0 ]]; then
    FUZZ_SEED=${FUZZ_SEED:-20261206} FUZZ_RUNS=${LEADBRIDGE_CI_FUZZ_RUNS:-100000} \
        bash scripts/fuzz.sh 300
    fuzz_rc=$?
fi
set -e
# ctest's summary last, as before (the fuzz lines are above it).
sed -n '/tests passed/,$p' build/debug/ctest-output.log
[[ $fuzz_rc -eq 0 ]] || echo "fuzz: a target failed (see above)"
[[ $ctest_rc -ne 0 ]] && exit "$ctest_rc"
exit "$fuzz_rc"
