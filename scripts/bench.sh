#!/usr/bin/env bash
# Runs LeadBridge benchmarks against a separate leadbridge-sandbox process and prints their
# figures (see docs/benchmarks.md).
#   scripts/bench.sh NAME [--count N] [--json] [--build-dir DIR]
#   NAME: f2-preview | f2-full | f2-incremental | f2 (all three, in that order)
# Without --build-dir it builds the release preset (the figures in docs/benchmarks.md are
# release figures). Each benchmark runs in its own leadbridge-bench process, so its peak RSS
# is the LeadBridge process's alone; the sandbox serves from its own process on loopback.
# Exit status: 0 when every benchmark ran and its result was verified record by record.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/bench.sh f2-preview|f2-full|f2-incremental|f2 [--count N] [--json] [--build-dir DIR]" >&2; exit 2; }
[ $# -ge 1 ] || usage
name=$1; shift
count=1000000 json= build=
while [ $# -gt 0 ]; do
    case $1 in
        --count) count=${2:?}; shift 2 ;;
        --json) json=--json; shift ;;
        --build-dir) build=${2:?}; shift 2 ;;
        *) usage ;;
    esac
done
case $name in
    f2-preview) plan="f2-preview" ;;
    f2-full) plan="f2-full" ;;
    f2-incremental) plan="f2-full f2-incremental f2-unchanged" ;;
    f2) plan="f2-preview f2-full f2-incremental f2-unchanged" ;;
    *) usage ;;
esac
case $count in ''|*[!0-9]*) usage ;; esac

if [ -z "$build" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target leadbridge-bench leadbridge-sandbox >&2
    build=build/release
fi
bench=$(find "$build" -name leadbridge-bench -type f -perm -u+x | head -n 1)
sandbox_bin=$(find "$build" -name leadbridge-sandbox -type f -perm -u+x | head -n 1)
[ -n "$bench" ] && [ -n "$sandbox_bin" ] || { echo "bench: build leadbridge-bench and leadbridge-sandbox in $build first" >&2; exit 2; }

work=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

echo "bench: starting leadbridge-sandbox with $count synthetic Salesforce leads" >&2
"$sandbox_bin" --only acton,salesforce --size 1 --synthetic-leads "$count" \
    >"$work/endpoints" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 1 600); do
    [ "$(grep -c ' http://' "$work/endpoints" 2>/dev/null || true)" -ge 2 ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log" >&2; exit 1; }
    sleep 0.5
done
grep -h "Seeded" "$work/sandbox.log" | sed 's/^/bench: /' >&2 || true

mkdir -p "$work/data"
status=0
for step in $plan; do
    echo "bench: $step" >&2
    "$bench" "$step" --endpoints "$work/endpoints" --data-dir "$work/data" --count "$count" $json \
        || status=1
done
exit $status
