#!/usr/bin/env bash
# leadbridge-sandbox as a user runs it: flags, printed endpoints, self-check,
# serving real HTTP in the background, data files, port clashes and clean SIGTERM.
# $1 = directory of the built executables.
set -u

EXE="${1:?usage: test_sandbox_cli.sh <exe dir>}/leadbridge-sandbox"
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    rm -rf "$WORK"
}
trap cleanup EXIT

FAILURES=0
fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
pass() { echo "ok: $*"; }

# expect_exit <code> <description> -- <command...>
expect_exit() {
    local want=$1 what=$2
    shift 3
    "$@" >"$WORK/out" 2>"$WORK/err"
    local got=$?
    if [ "$got" -eq "$want" ]; then pass "$what (exit $got)"; else
        fail "$what: exit $got, wanted $want"; sed 's/^/  | /' "$WORK/err" | tail -5; fi
}

http_get() { # url [header...] -> prints "<status>\n<body>"
    local url=$1
    shift
    local args=()
    for h in "$@"; do args+=(-H "$h"); done
    curl -s -m 10 -o "$WORK/body" -w '%{http_code}' "${args[@]}" "$url"
    echo
    cat "$WORK/body"
}

# wait_lines <file> <n>: waits up to 60 s until the file has n endpoint lines.
wait_lines() {
    for _ in $(seq 1 600); do
        [ "$(grep -cE '^(on24|acton|salesforce|pipeliner) http://' "$1" 2>/dev/null)" -ge "$2" ] && return 0
        sleep 0.1
    done
    return 1
}

[ -x "$EXE" ] || { echo "FAIL: $EXE not built"; exit 1; }

# --- help and version ------------------------------------------------------
expect_exit 0 "--help" -- "$EXE" --help
grep -q -- "--port-base" "$WORK/out" && grep -q -- "--faults" "$WORK/out" \
    && pass "help lists --port-base and --faults" || fail "help text incomplete"
expect_exit 0 "--version" -- "$EXE" --version
grep -q "leadbridge-sandbox" "$WORK/out" && pass "version names the program" || fail "version output"

# --- bad flags: exit 2 with a clear message ------------------------------------
expect_exit 2 "unknown flag" -- "$EXE" --bogus
grep -q "Unknown option 'bogus'" "$WORK/err" && grep -q -- "--help" "$WORK/err" \
    && pass "unknown flag message" || fail "unknown flag message: $(cat "$WORK/err")"
expect_exit 2 "unknown emulator" -- "$EXE" --only on24,hubspot
grep -q 'Unknown emulator "hubspot"' "$WORK/err" && pass "unknown emulator message" \
    || fail "unknown emulator message: $(cat "$WORK/err")"
expect_exit 2 "non-numeric size" -- "$EXE" --size lots
grep -q -- '--size must be' "$WORK/err" && pass "size message" || fail "size message"
expect_exit 2 "port base too high" -- "$EXE" --port-base 70000
expect_exit 2 "bad fault knob" -- "$EXE" --faults "acton:speed=3"
grep -q "speed" "$WORK/err" && pass "fault message names the knob" || fail "fault message"
expect_exit 2 "fault spec without emulator" -- "$EXE" --faults "latency=5"
expect_exit 2 "stray argument" -- "$EXE" extra
expect_exit 1 "missing data file" -- "$EXE" --check --data-file "$WORK/nope.json"
grep -q "Could not open the demo data file" "$WORK/err" && pass "data file message" \
    || fail "data file message: $(cat "$WORK/err")"

# --- self-check ---------------------------------------------------------------
expect_exit 0 "--check on free ports" -- "$EXE" --check --size 60 --save-data "$WORK/world.json"
for name in on24 acton salesforce pipeliner; do
    grep -qE "^$name http://127\.0\.0\.1:[0-9]+( [A-Za-z]+=[^ ]+)+$" "$WORK/out" \
        && pass "$name endpoint line with credentials" || fail "$name endpoint line missing"
    grep -qx "check $name ok" "$WORK/out" && pass "$name healthy" || fail "$name check"
done
grep -q "clientIds=41750,41751" "$WORK/out" && pass "on24 demo client ids printed" \
    || fail "on24 client ids"
[ -s "$WORK/world.json" ] && grep -q '"leadbridge-demo-dataset"' "$WORK/world.json" \
    && pass "--save-data wrote the world" || fail "--save-data"
expect_exit 0 "--check with --data-file and --only" -- \
    "$EXE" --check --data-file "$WORK/world.json" --only acton,on24
[ "$(grep -c ' http://' "$WORK/out")" -eq 2 ] && pass "--only starts two emulators" \
    || fail "--only printed $(grep -c ' http://' "$WORK/out") endpoints"

# --- serving in the background ------------------------------------------------------
"$EXE" --size 120 --faults "acton:latency=20,seed=3;all:tokenlifetime=90" \
    >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER=$!
PIDS+=("$SERVER")
if wait_lines "$WORK/serve.out" 4; then pass "background sandbox printed 4 endpoints"; else
    fail "background sandbox did not print its endpoints"; cat "$WORK/serve.err"; fi
url_of() { awk -v n="$1" '$1 == n { print $2 }' "$WORK/serve.out"; }
cred_of() { # name key
    awk -v n="$1" -v k="$2" '$1 == n { for (i = 3; i <= NF; i++) { split($i, kv, "=");
        if (kv[1] == k) print substr($i, length(k) + 2) } }' "$WORK/serve.out"; }

for name in on24 acton salesforce pipeliner; do
    reply=$(http_get "$(url_of $name)/_sandbox/health")
    [ "$(head -1 <<<"$reply")" = 200 ] && grep -q "\"emulator\":\"$name\"" <<<"$reply" \
        && pass "curl $name /_sandbox/health" || fail "$name health: $reply"
done

# A real vendor endpoint with the printed demo credentials.
ON24=$(url_of on24)
reply=$(http_get "$ON24/v2/client/41750/event" "accessTokenKey: $(cred_of on24 accessTokenKey)" \
    "accessTokenSecret: $(cred_of on24 accessTokenSecret)")
[ "$(head -1 <<<"$reply")" = 200 ] && grep -q '"eventid"' <<<"$reply" \
    && pass "ON24 event list with the demo token" || fail "ON24 event list: ${reply:0:300}"
reply=$(http_get "$ON24/v2/client/41750/event" "accessTokenKey: wrong" "accessTokenSecret: wrong")
[ "$(head -1 <<<"$reply")" != 200 ] && pass "ON24 refuses a wrong token" || fail "ON24 accepted a wrong token"

# Faults from the flag reached the emulators.
reply=$(http_get "$(url_of acton)/_sandbox/faults")
grep -q '"latencyMs":20' <<<"$reply" && grep -q '"tokenLifetimeSeconds":90' <<<"$reply" \
    && pass "acton faults from --faults" || fail "acton faults: $reply"
reply=$(http_get "$(url_of salesforce)/_sandbox/faults")
grep -q '"latencyMs":0' <<<"$reply" && grep -q '"tokenLifetimeSeconds":90' <<<"$reply" \
    && pass "salesforce got only the 'all' faults" || fail "salesforce faults: $reply"

# A second sandbox on the same fixed ports fails clearly.
BASE=$(sed -E 's#.*:([0-9]+)$#\1#' <<<"$ON24")
expect_exit 1 "port clash" -- "$EXE" --check --port-base "$BASE" --size 10
grep -q "already in use" "$WORK/err" && grep -q "port base" "$WORK/err" \
    && pass "port clash message" || fail "port clash message: $(cat "$WORK/err")"

# Clean shutdown on SIGTERM.
kill -TERM "$SERVER"
for _ in $(seq 1 100); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$SERVER" 2>/dev/null; then fail "sandbox still running 10 s after SIGTERM"; else
    wait "$SERVER"
    rc=$?
    [ "$rc" -eq 0 ] && pass "SIGTERM exits 0" || fail "SIGTERM exit code $rc"
    grep -q "Sandbox stopped." "$WORK/serve.err" && pass "stop message" || fail "no stop message"
    curl -s -m 3 "$ON24/_sandbox/health" >/dev/null && fail "port still answers after stop" \
        || pass "port closed after stop"
fi

# SIGINT (Ctrl+C) on a fixed port base.
"$EXE" --port-base "$BASE" --size 10 --only on24 >"$WORK/int.out" 2>"$WORK/int.err" &
SERVER=$!
PIDS+=("$SERVER")
if wait_lines "$WORK/int.out" 1 && grep -q "^on24 http://127.0.0.1:$BASE " "$WORK/int.out"; then
    pass "--port-base $BASE honoured"; else fail "--port-base: $(cat "$WORK/int.out" "$WORK/int.err")"; fi
kill -INT "$SERVER"
wait "$SERVER"
rc=$?
[ "$rc" -eq 0 ] && pass "SIGINT exits 0" || fail "SIGINT exit code $rc"

if [ "$FAILURES" -ne 0 ]; then
    echo "$FAILURES check(s) failed"
    exit 1
fi
echo "all sandbox CLI checks passed"
