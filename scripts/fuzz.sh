#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset "fuzz": clang, -fsanitize=fuzzer,address,undefined)
# and runs each for a bounded time from its seed corpus in tests/fuzz/corpus/<target>/.
#
#   scripts/fuzz.sh [seconds-per-target] [target...]      (default: 20 s each, every target)
#
# New inputs libFuzzer finds go to build/fuzz/corpus/<target>/ (the seeds in the repository are
# only read); a crash, leak, sanitizer report or failed check stops that target and leaves
# crash-*/leak-*/timeout-* files in build/fuzz/artifacts/<target>/; copy such a file into
# tests/fuzz/corpus/<target>/ once it is fixed, so the replay test keeps it fixed.
# FUZZ_SEED=N fixes libFuzzer's random seed and Qt's hash seed; FUZZ_RUNS=N runs N inputs per
# target instead of a time (the seconds then only bound a slow machine). CI sets both, so its
# fuzz step no longer depends on how fast a machine is: it tries the same number of inputs from
# the same seed everywhere (a few coverage-guided choices still vary with address layout: two
# runs here differed by a handful of corpus entries). Time-bounded runs explore further.
# Prints, per target: executions, new corpus entries, crashes. Exits 1 if any target failed.
#
# A longer run (e.g. overnight, all cores):
#   scripts/fuzz.sh 3600
#   build/fuzz/tests/fuzz/fuzz_acton_csv -fork=$(nproc) -max_total_time=28800 \
#       build/fuzz/corpus/acton_csv tests/fuzz/corpus/acton_csv
set -uo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-20}
shift || true
if ! [[ "$SECONDS_EACH" =~ ^[0-9]+$ ]] || [[ "$SECONDS_EACH" -lt 1 ]]; then
    echo "usage: scripts/fuzz.sh [seconds-per-target] [target...]" >&2; exit 2
fi
if [[ -n "${FUZZ_RUNS:-}" ]] && ! [[ "$FUZZ_RUNS" =~ ^[1-9][0-9]*$ ]]; then
    echo "fuzz: FUZZ_RUNS must be a positive whole number" >&2; exit 2
fi
command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }

build_start=$(date +%s)
cmake --preset fuzz >/dev/null || exit 2
cmake --build --preset fuzz --parallel "${FUZZ_JOBS:-2}" || exit 2
echo "fuzz: build took $(( $(date +%s) - build_start )) s"

BIN=build/fuzz/tests/fuzz
if [[ $# -gt 0 ]]; then
    targets=("$@")
else
    targets=()
    for src in tests/fuzz/fuzz_*.cpp; do
        t=$(basename "$src" .cpp); targets+=("${t#fuzz_}")
    done
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
# Qt seeds its hashes at random; the iteration order then changes the coverage libFuzzer sees.
[[ -n "${FUZZ_SEED:-}" ]] && export QT_HASH_SEED=0
failed=0
total_execs=0
summary=()
for t in "${targets[@]}"; do
    exe="$BIN/fuzz_$t"
    seeds="tests/fuzz/corpus/$t"
    work="build/fuzz/corpus/$t"
    artifacts="build/fuzz/artifacts/$t"
    mkdir -p "$work" "$artifacts"
    before=$(find "$work" -type f | wc -l)
    log="build/fuzz/$t.log"
    "$exe" ${FUZZ_SEED:+-seed="$FUZZ_SEED"} ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "$seeds" >"$log" 2>&1
    rc=$?
    after=$(find "$work" -type f | wc -l)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=${execs:-0}
    crashes=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    total_execs=$((total_execs + execs))
    status=ok
    if [[ $rc -ne 0 ]]; then
        status="FAILED (exit $rc, see $log)"; failed=1
        grep -m5 -E 'ERROR: |SUMMARY: |fuzz check failed' "$log" >&2
    fi
    summary+=("$(printf '%-18s %10s execs  %4s new corpus entries  %2s crashes  %s' \
        "$t" "$execs" "$((after - before))" "$crashes" "$status")")
done
if [[ -n "${FUZZ_RUNS:-}" ]]; then
    echo "fuzz: $FUZZ_RUNS inputs per target (at most ${SECONDS_EACH} s)${FUZZ_SEED:+, seed $FUZZ_SEED}"
else
    echo "fuzz: ${SECONDS_EACH} s per target${FUZZ_SEED:+, seed $FUZZ_SEED}"
fi
printf '%s\n' "${summary[@]}"
echo "fuzz: $total_execs executions in total"
exit $failed
