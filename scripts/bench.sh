#!/usr/bin/env bash
# Runs LeadBridge benchmarks against a separate leadbridge-sandbox process and prints their
# figures (see docs/benchmarks.md).
#   scripts/bench.sh NAME[,NAME…] [--count N] [--webinars W] [--json] [--build-dir DIR]
#                    [--changes N] [--journal-mb M] [--flow-setting KEY=VALUE]…
#   NAME: f2-preview | f2-full | f2-incremental | f2 (all F2, in order)
#         f1-full | f1 (F1: N ON24 registrants in W webinars, default 500, into Act-On lists)
#         rate-budget (F1 with 50 ms injected into every Act-On answer: is the limiter kept busy?)
#         gui-stall (F2 of --count leads from the window) | history-open (a journal of
#         --changes record changes, default 10,000,000) | cold-start (a journal of
#         --journal-mb MB, default 1024) | gui (all three)
#   --flow-setting: a setting of the F2 flow the benchmark adds (repeatable), e.g.
#         groupsInFlight=1, to measure one setting against the default on the same build.
# Without --build-dir it builds the release preset (the figures in docs/benchmarks.md are
# release figures). Each benchmark runs in its own leadbridge-bench process, so its peak RSS
# is the LeadBridge process's alone; the sandbox serves from its own process on loopback,
# started afresh for each group with the options its benchmarks need.
# Exit status: 0 when every benchmark ran and its result was verified record by record.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    echo "usage: scripts/bench.sh f2-preview|f2-full|f2-incremental|f2|f1-full|f1|rate-budget|gui-stall|history-open|cold-start|gui[,…] [--count N] [--webinars W] [--json] [--build-dir DIR] [--changes N] [--journal-mb M] [--flow-setting KEY=VALUE]…" >&2
    exit 2
}
[ $# -ge 1 ] || usage
names=$1; shift
count=1000000 webinars=500 json= build= changes=10000000 journal_mb=1024
settings=()
while [ $# -gt 0 ]; do
    case $1 in
        --count) count=${2:?}; shift 2 ;;
        --webinars) webinars=${2:?}; shift 2 ;;
        --json) json=--json; shift ;;
        --build-dir) build=${2:?}; shift 2 ;;
        --changes) changes=${2:?}; shift 2 ;;
        --journal-mb) journal_mb=${2:?}; shift 2 ;;
        --flow-setting) settings+=(--flow-setting "${2:?}"); shift 2 ;;
        *) usage ;;
    esac
done
for n in "$count" "$webinars" "$changes" "$journal_mb"; do case $n in ''|*[!0-9]*) usage ;; esac; done

# Each group: one sandbox (its options) and the benchmarks run against it, in order.
groups=()
for name in ${names//,/ }; do
    case $name in
        f2-preview) groups+=("f2:f2-preview") ;;
        f2-full) groups+=("f2:f2-full") ;;
        f2-incremental) groups+=("f2:f2-full f2-incremental f2-unchanged") ;;
        f2) groups+=("f2:f2-preview f2-full f2-incremental f2-unchanged") ;;
        f1-full|f1) groups+=("f1:f1-full") ;;
        rate-budget) groups+=("rate:rate-budget") ;;
        gui-stall) groups+=("f2:gui-stall") ;;
        history-open|cold-start) groups+=("none:$name") ;;
        gui) groups+=("f2:gui-stall" "none:history-open cold-start") ;;
        *) usage ;;
    esac
done

if [ -z "$build" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target leadbridge-bench leadbridge-guibench leadbridge-sandbox >&2
    build=build/release
fi
bench=$(find "$build" -name leadbridge-bench -type f -perm -u+x | head -n 1)
guibench=$(find "$build" -name leadbridge-guibench -type f -perm -u+x | head -n 1)
sandbox_bin=$(find "$build" -name leadbridge-sandbox -type f -perm -u+x | head -n 1)
[ -n "$bench" ] && [ -n "$sandbox_bin" ] || { echo "bench: build leadbridge-bench and leadbridge-sandbox in $build first" >&2; exit 2; }

work=$(mktemp -d)
sandbox_pid=
stop_sandbox() {
    if [ -n "$sandbox_pid" ]; then
        kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null || true
        sandbox_pid=
    fi
}
cleanup() {
    stop_sandbox
    rm -rf "$work"
}
trap cleanup EXIT

# start_sandbox WHAT ARGS…: starts leadbridge-sandbox and waits for its two endpoint lines.
start_sandbox() {
    local what=$1; shift
    echo "bench: starting leadbridge-sandbox with $what" >&2
    "$sandbox_bin" "$@" >"$work/endpoints" 2>"$work/sandbox.log" &
    sandbox_pid=$!
    for _ in $(seq 1 600); do
        [ "$(grep -c ' http://' "$work/endpoints" 2>/dev/null || true)" -ge 2 ] && break
        kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log" >&2; exit 1; }
        sleep 0.5
    done
    grep -h "Seeded" "$work/sandbox.log" | sed 's/^/bench: /' >&2 || true
}

# The GUI benchmarks run the real main window offscreen, each step in its own process and
# (but gui-stall, which uses the F2 world's sandbox) its own fresh data folder.
run_gui_step() {
    [ -n "$guibench" ] || { echo "bench: build leadbridge-guibench in $build first" >&2; return 2; }
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    case $1 in
        gui-stall)
            # The window reads the flow's secrets from the keychain: a private one.
            bash scripts/with-keyring.sh "$guibench" gui-stall --data-dir "$work/gui-stall" \
                --endpoints "$work/endpoints" --count "$count" $json ;;
        history-open)
            "$guibench" fill-journal --data-dir "$work/history" --changes "$changes" &&
                "$guibench" history-open --data-dir "$work/history" $json
            rc=$?; rm -rf "$work/history"; return $rc ;;
        cold-start)
            "$guibench" fill-journal --data-dir "$work/cold" --size-mb "$journal_mb" &&
                "$guibench" cold-start --data-dir "$work/cold" $json
            rc=$?; rm -rf "$work/cold"; return $rc ;;
    esac
}

status=0
for group in "${groups[@]}"; do
    kind=${group%%:*}
    plan=${group#*:}
    case $kind in
        f2) start_sandbox "$count synthetic Salesforce leads" \
                --only acton,salesforce --size 1 --synthetic-leads "$count" ;;
        f1) start_sandbox "$count synthetic ON24 registrants in $webinars webinars" \
                --only acton,on24 --size 1 --synthetic-registrants "$count" \
                --synthetic-webinars "$webinars" ;;
        rate) start_sandbox "$count synthetic ON24 registrants in $webinars webinars, 50 ms Act-On latency" \
                --only acton,on24 --size 1 --synthetic-registrants "$count" \
                --synthetic-webinars "$webinars" --faults "acton:latency=50" ;;
    esac
    # A fresh data folder per group: the sandbox is new, so are its lists.
    rm -rf "$work/data"
    mkdir -p "$work/data"
    for step in $plan; do
        echo "bench: $step" >&2
        case $step in
            gui-stall|history-open|cold-start) run_gui_step "$step" || status=1 ;;
            *) "$bench" "$step" --endpoints "$work/endpoints" --data-dir "$work/data" \
                --count "$count" --webinars "$webinars" "${settings[@]}" $json || status=1 ;;
        esac
    done
    stop_sandbox
done
exit $status
