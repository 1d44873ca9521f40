#!/usr/bin/env bash
# What leadbridge-cli prints of user and remote text is printed literally: a name holding
# %1 … %9 is not taken for a placeholder (chained QString::arg), and control characters
# from remote data (ESC sequences, C1 controls, bidi overrides, line breaks) reach the
# terminal as visible escapes, never raw. Covers accounts link/list, flows, sync's "no such
# flow" sentence, history (runs and the record changes of one run) and run errors.
# Runs inside the keyring session (ctest is run by scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
need_session_bus

# No raw control character (C0 but LF, DEL, C1, bidi controls) anywhere in $2.
expect_no_controls() {
    python3 - "$2" <<'PY' || fail "$1: raw control characters in [$2]"
import sys
bad = [c for c in sys.argv[1] if (ord(c) < 0x20 and c != "\n") or 0x7f <= ord(c) <= 0x9f
       or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069 or ord(c) in (0x200e, 0x200f)]
sys.exit(1 if bad else 0)
PY
}
# sql <statement> [params...]: runs with Python's sqlite3 so parameters may hold any character.
sql() {
    python3 - "$DB" "$@" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=30)
params = [p.encode().decode("unicode_escape") for p in sys.argv[3:]]
rows = c.execute(sys.argv[2], params).fetchall()
c.commit()
print("\n".join("|".join(str(v) for v in r) for r in rows))
PY
}

ESC=$'\x1b'
RLO=$'\u202e'

# --- accounts link --name 'Sales %3': the confirmation names the account as given ---------
start_sandbox on24
ON24_URL=$(url_of on24)
CLIENT_ID=$(field on24 clientIds | cut -d, -f1)
[[ -n "$ON24_URL" ]] || { fail "sandbox did not start: $(cat "$WORK/sandbox.err")"; exit 1; }
export LEADBRIDGE_SECRET_TOKEN_KEY=$(field on24 accessTokenKey)
export LEADBRIDGE_SECRET_TOKEN_SECRET=$(field on24 accessTokenSecret)
run accounts link on24 --name 'Sales %3' --setting clientId="$CLIENT_ID" --setting baseUrl="$ON24_URL"
expect_eq "link rc" "$RC" 0
expect_eq "link names the account literally" "$OUT" "Linked “Sales %3” (ON24, account 1): Linked"
run accounts link on24 --name "Evil${ESC}[31m${RLO}gpj.exe" --setting clientId="$CLIENT_ID" \
    --setting baseUrl="$ON24_URL"
expect_eq "link escaped rc" "$RC" 0
expect_eq "link escapes controls" "$OUT" 'Linked “Evil\x1b[31m\u202egpj.exe” (ON24, account 2): Linked'
unset LEADBRIDGE_SECRET_TOKEN_KEY LEADBRIDGE_SECRET_TOKEN_SECRET
run accounts list
expect_contains "list names %3 literally" "$OUT" "Sales %3"
expect_contains "list escapes controls" "$OUT" 'Evil\x1b[31m\u202egpj.exe'
expect_no_controls "accounts list" "$OUT"
run accounts test "Evil${ESC}[31m${RLO}gpj.exe"
expect_contains "test escapes the name" "$OUT" 'Evil\x1b[31m\u202egpj.exe: '
expect_no_controls "accounts test" "$OUT$ERR"
# The JSON keeps the exact text (JSON escapes controls itself).
run accounts list --json
expect_eq "json keeps the name" "$(python3 -c 'import json,sys; print(ascii(sorted(a["name"] for a in json.load(sys.stdin))))' <<<"$OUT")" \
    "['Evil\\x1b[31m\\u202egpj.exe', 'Sales %3']"

# --- a flow named 'Sales %3 %1', a run of it, record changes with hostile text -------------
NOW=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
sql "INSERT INTO flows (kind, name, source_account_id, target_account_id, settings, created_at,
     updated_at) VALUES ('webinar_import', ?, 1, 2, '{}', ?, ?)" 'Sales %3 %1' "$NOW" "$NOW" >/dev/null
F=$(sql "SELECT id FROM flows WHERE name = 'Sales %3 %1'")
sql "INSERT INTO runs (flow_id, trigger, mode, status, started_at, finished_at, created, errors,
     calls_used, error_summary) VALUES (?, 'cli', 'incremental', 'succeeded_with_errors', ?, ?,
     1, 1, 7, ?)" "$F" "$NOW" "$NOW" 'ON24 said: \x1b]0;owned\x07 %1 bad' >/dev/null
RUN=$(sql "SELECT MAX(id) FROM runs")
sql "INSERT INTO record_changes (run_id, system, object, record_key, operation, field, old_value,
     new_value, reason) VALUES (?, 'acton', 'Contact', ?, 'create', 'Name', '', ?, NULL)" \
    "$RUN" 'mallory\x1b[31m@example.com' 'Eve\u202eevil\u009b2J' >/dev/null
sql "INSERT INTO record_changes (run_id, system, object, record_key, operation, reason)
     VALUES (?, 'on24', 'Attendee', ?, 'error', ?)" \
    "$RUN" '%1%2' 'Remote says\nline two\x1b[2J' >/dev/null

run flows
expect_eq "flows rc" "$RC" 0
expect_contains "flows lists the name literally" "$OUT" "Sales %3 %1"
expect_contains "flows kind column intact" "$OUT" "Webinar import"
expect_contains "flows accounts escaped" "$OUT" 'Sales %3 → Evil\x1b[31m\u202egpj.exe'
expect_no_controls "flows" "$OUT"

run sync "No such flow"
expect_eq "no such flow rc" "$RC" 2
expect_contains "no such flow lists it literally" "$ERR" "“Sales %3 %1” ($F)"
run sync "x${ESC}[2Jy"
expect_contains "unknown flow name escaped" "$ERR" 'There is no flow “x\x1b[2Jy”'
expect_no_controls "sync error" "$ERR"

run history
expect_eq "history rc" "$RC" 0
expect_contains "history flow name literal" "$OUT" "Sales %3 %1"
expect_contains "history counts intact" "$OUT" "1/0/0/0/0/1"
expect_contains "history error escaped" "$OUT" 'ON24 said: \x1b]0;owned\x07 %1 bad'
expect_no_controls "history" "$OUT"

run history --run "$RUN"
expect_eq "history run rc" "$RC" 0
expect_contains "run header literal" "$OUT" "Run $RUN of “Sales %3 %1”"
expect_contains "record key escaped" "$OUT" 'mallory\x1b[31m@example.com'
expect_contains "value escaped" "$OUT" 'Eve\u202eevil\u009b2J'
expect_contains "percent key literal" "$OUT" '%1%2'
expect_contains "reason escaped" "$OUT" 'Remote says\nline two\x1b[2J'
expect_no_controls "history run" "$OUT"

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed"; exit 1
fi
echo "all output-safety checks passed"
