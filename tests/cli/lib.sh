# shellcheck shell=bash disable=SC2034 # the variables are for the tests that source this
# Shared set-up of the leadbridge-cli shell tests (sourced, not a test itself: tests/CMakeLists.txt
# runs only cli/test_*.sh). Usage, first thing in a test (the second line when it uses the
# keychain):
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
#   need_session_bus
# (a test of the default data folder calls own_home instead of need_session_bus).
# $1 = directory of the executables. Sets CLI, SANDBOX (absolute paths), a scratch folder WORK
# (removed on exit, also when a test took permissions away inside it, with every process in
# PIDS killed), LEADBRIDGE_DATA_DIR and DB inside it, failures=0, and the helpers below.

BIN_DIR=${1:?usage: ${0##*/} <directory of leadbridge-cli>}
BIN_DIR=$(cd "$BIN_DIR" && pwd)
CLI="$BIN_DIR/leadbridge-cli"
SANDBOX="$BIN_DIR/leadbridge-sandbox"
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    chmod -R u+rwX "$WORK" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
export LEADBRIDGE_DATA_DIR="$WORK/data"
DB="$WORK/data/journal.sqlite"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_eq() { [[ "$2" == "$3" ]] || fail "$1: expected [$3], got [$2]"; }
expect_contains() { [[ "$2" == *"$3"* ]] || fail "$1: [$2] does not contain [$3]"; }
expect_not_contains() { [[ "$2" != *"$3"* ]] || fail "$1: [$2] contains [$3]"; }
run() { # run <args...> (stdin from /dev/null): sets OUT, ERR, RC
    OUT=$("$CLI" "$@" 2>"$WORK/stderr" </dev/null); RC=$?; ERR=$(cat "$WORK/stderr")
}
run_stdin() { # run_stdin <input> <args...>: sets OUT, ERR, RC
    local input=$1; shift
    OUT=$(printf '%s' "$input" | "$CLI" "$@" 2>"$WORK/stderr"); RC=$?; ERR=$(cat "$WORK/stderr")
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
sql() { # sql <statement>: runs it on the journal $DB, prints the rows as a|b|c
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=30); r=c.execute(sys.argv[2]).fetchall(); c.commit(); print('\n'.join('|'.join(str(v) for v in row) for row in r))" "$DB" "$1"
}

# own_home: for a test of the default data folder: no LEADBRIDGE_DATA_DIR, and HOME and
# XDG_DATA_HOME inside WORK.
own_home() {
    unset LEADBRIDGE_DATA_DIR
    export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share"
}

# need_session_bus: ends the test as skipped when there is no session bus (the keychain needs
# one; ctest runs the tests through scripts/with-keyring.sh).
need_session_bus() {
    if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
        echo "SKIP: no session bus; run through scripts/with-keyring.sh"; exit 0
    fi
}

# start_sandbox <emulators> <sandbox args...>: a sandbox of the test's own, started in the
# background (leadbridge-sandbox prints "name url key=value ..." per emulator into
# $WORK/sandbox.out); waits until all of the comma-separated <emulators> have a URL.
start_sandbox() {
    local emulators=$1; shift
    local count
    count=$(tr ',' '\n' <<<"$emulators" | wc -l)
    "$SANDBOX" --only "$emulators" "$@" >"$WORK/sandbox.out" 2>"$WORK/sandbox.err" &
    PIDS+=($!)
    for _ in $(seq 1 300); do
        [[ $(grep -c ' http://' "$WORK/sandbox.out" 2>/dev/null) -ge $count ]] && break; sleep 0.1
    done
}
field() { # field <emulator> <key>: a key=value of the started sandbox's line for <emulator>
    grep "^$1 " "$WORK/sandbox.out" | tr ' ' '\n' | sed -n "s/^$2=//p" | tr -d '"'
}
forget_pid() { # forget_pid <pid>: a background process waited for, no longer to be killed
    local keep=() pid
    for pid in "${PIDS[@]}"; do [[ "$pid" == "$1" ]] || keep+=("$pid"); done
    PIDS=("${keep[@]}")
}
url_of() { grep "^$1 " "$WORK/sandbox.out" | cut -d' ' -f2; } # url_of <emulator>
