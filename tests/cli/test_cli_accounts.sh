#!/usr/bin/env bash
# leadbridge-cli accounts and sandbox commands as a person or a script uses them: list,
# link with secrets from stdin and from the environment, test, unlink, the refusal of
# secrets on the command line, no keychain, and `sandbox` (including --serve and Ctrl+C).
# Runs inside the keyring session (ctest is run by scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
need_session_bus

start_sandbox on24,pipeliner
ON24_URL=$(url_of on24)
PL_URL=$(url_of pipeliner)
TOKEN_KEY=$(field on24 accessTokenKey)
TOKEN_SECRET=$(field on24 accessTokenSecret)
CLIENT_ID=$(field on24 clientIds | cut -d, -f1)
PL_SPACE=$(field pipeliner spaceId)
PL_TOKEN=$(field pipeliner apiToken)
PL_SECRET=$(field pipeliner apiSecret)
[[ -n "$ON24_URL" && -n "$TOKEN_SECRET" && -n "$PL_SECRET" ]] || { fail "sandbox did not start: $(cat "$WORK/sandbox.err")"; exit 1; }

# Empty list
run accounts list
expect_eq "empty list exit" "$RC" 0
expect_contains "empty list" "$OUT" "No accounts linked yet."
run accounts list --json
expect_eq "empty json" "$(echo "$OUT" | json 'len(d)')" 0

# Secrets on the command line are refused, whatever the spelling; nothing is stored.
SENTENCE="LeadBridge does not take passwords, tokens or secrets on the command line"
for args in "--password hunter2" "--token-secret=abc" "--api-secret x" "--setting tokenSecret=abc" "--setting=password=abc"; do
    # shellcheck disable=SC2086
    run accounts link on24 --name Leaky --setting clientId=1 $args
    expect_eq "refuse [$args] exit" "$RC" 2
    expect_contains "refuse [$args]" "$ERR" "$SENTENCE"
    expect_not_contains "refuse [$args] does not echo" "$ERR" "hunter2"
done
run accounts list --json
expect_eq "nothing stored after refusals" "$(echo "$OUT" | json 'len(d)')" 0

# Link ON24 with secrets on stdin
run_stdin "tokenKey=$TOKEN_KEY
tokenSecret=$TOKEN_SECRET
" accounts link on24 --name "Webinars" --setting clientId="$CLIENT_ID" --setting baseUrl="$ON24_URL"
expect_eq "link stdin exit" "$RC" 0
expect_contains "link stdin" "$OUT" "Linked “Webinars” (ON24, account 1): Linked"

# Link Pipeliner with secrets from the environment
OUT=$(LEADBRIDGE_SECRET_API_TOKEN="$PL_TOKEN" LEADBRIDGE_SECRET_API_SECRET="$PL_SECRET" \
    "$CLI" accounts link pipeliner --name "CRM" --setting spaceId="$PL_SPACE" --setting baseUrl="$PL_URL" \
    --json 2>"$WORK/stderr" </dev/null); RC=$?
expect_eq "link env exit" "$RC" 0
expect_eq "link env status" "$(echo "$OUT" | json 'd["status"]')" "linked"
expect_eq "link env kind" "$(echo "$OUT" | json 'd["kind"]')" "pipeliner"

# A stdin line that is not one of the kind's secrets: refused without echoing it
run_stdin "tokenKey=$TOKEN_KEY
passwort=geheim123
" accounts link on24 --name "Typo" --setting clientId=1 --setting baseUrl="$ON24_URL"
expect_eq "bad stdin exit" "$RC" 2
expect_contains "bad stdin" "$ERR" "Line 2 of standard input is not one of this account's secrets"
expect_not_contains "bad stdin no echo" "$ERR" "geheim123"

# Missing secret: a sentence, nothing stored
run accounts link on24 --name "Half" --setting clientId=1 --setting baseUrl="$ON24_URL"
expect_eq "missing secret exit" "$RC" 4
expect_eq "missing secret" "$ERR" "Enter the ON24 access token key."

# A password inside an address: refused with a sentence, never echoed, nothing stored
run_stdin "tokenKey=$TOKEN_KEY
tokenSecret=$TOKEN_SECRET
" accounts link on24 --name "Leaky URL" --setting clientId="$CLIENT_ID" \
    --setting dataCentre=custom --setting baseUrl="http://admin:url-pass-4711@${ON24_URL#http://}"
expect_eq "user info in URL exit" "$RC" 4
expect_contains "user info in URL sentence" "$ERR" "The ON24 address must not contain a user name or password"
expect_contains "user info in URL shows the clean address" "$ERR" "Enter it as $ON24_URL"
expect_not_contains "user info in URL not echoed" "$OUT$ERR" "url-pass-4711"
run accounts list --json
expect_not_contains "user info in URL not stored" "$OUT" "Leaky URL"

# Wrong secret: linked but Needs attention, the vendor sentence, exit 4
run_stdin "tokenKey=$TOKEN_KEY
tokenSecret=wrong-secret-0815
" accounts link on24 --name "Wrong" --setting clientId="$CLIENT_ID" --setting baseUrl="$ON24_URL"
expect_eq "wrong secret exit" "$RC" 4
expect_contains "wrong secret status" "$OUT" "Needs attention"
expect_contains "wrong secret sentence" "$ERR" "ON24"
expect_contains "wrong secret names account" "$ERR" "Wrong"

# list (text and JSON)
run accounts list
expect_eq "list exit" "$RC" 0
expect_contains "list header" "$OUT" "Last successful check"
expect_contains "list webinars" "$OUT" "Webinars"
expect_contains "list needs attention" "$OUT" "Needs attention"
run accounts list --json
expect_eq "json count" "$(echo "$OUT" | json 'len(d)')" 3
expect_eq "json names" "$(echo "$OUT" | json '",".join(sorted(a["name"] for a in d))')" "CRM,Webinars,Wrong"
expect_not_contains "json has no secret" "$OUT" "$TOKEN_SECRET"

# test by name and by id
run accounts test Webinars
expect_eq "test exit" "$RC" 0
expect_contains "test" "$OUT" "Webinars: Linked"
run accounts test 2 --json
expect_eq "test id exit" "$RC" 0
expect_eq "test id status" "$(echo "$OUT" | json 'd["status"]')" "linked"
run accounts test Wrong
expect_eq "test wrong exit" "$RC" 4
expect_contains "test wrong" "$OUT" "Wrong: Needs attention"
run accounts test Nobody
expect_eq "test unknown exit" "$RC" 4
expect_contains "test unknown" "$ERR" "There is no account called “Nobody”."

# unlink: the row and the keychain entries go
# (QtKeychain files entries under attribute server=LeadBridge, user=…/<keychain id>:<name>.)
keychain_entries() { # keychain_entries <keychain id>: how many secrets that account has
    secret-tool search --all --unlock server LeadBridge 2>&1 \
        | grep -c "^attribute.user = .*/$1:" || true
}
WRONG_KID=$(python3 -c 'import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); print(json.loads(c.execute("SELECT settings FROM accounts WHERE name = ?", ("Wrong",)).fetchone()[0]).get("keychainId", ""))' "$LEADBRIDGE_DATA_DIR/journal.sqlite")
[[ "$WRONG_KID" == k* ]] || fail "the account has no keychain id of its own: [$WRONG_KID]"
if command -v secret-tool >/dev/null; then
    [[ "$(keychain_entries "$WRONG_KID")" -ge 1 ]] || fail "the account's secrets were not in the keychain before unlinking"
fi
run accounts unlink Wrong
expect_eq "unlink exit" "$RC" 0
expect_contains "unlink" "$OUT" "Unlinked “Wrong” and deleted its secrets from the system keychain."
run accounts list --json
expect_eq "after unlink" "$(echo "$OUT" | json '",".join(sorted(a["name"] for a in d))')" "CRM,Webinars"
if command -v secret-tool >/dev/null; then
    [[ "$(keychain_entries "$WRONG_KID")" -eq 0 ]] \
        || fail "keychain entries of the unlinked account are still there"
fi

# Secrets never reach the journal or the log
for f in "$LEADBRIDGE_DATA_DIR"/journal.sqlite* "$LEADBRIDGE_DATA_DIR"/logs/*; do
    [[ -f "$f" ]] || continue
    for s in "$TOKEN_SECRET" "$PL_SECRET" "wrong-secret-0815" "url-pass-4711"; do
        grep -qF -- "$s" "$f" && fail "secret found in $f"
    done
done

# Without a keychain: the keychain's sentence, nothing stored
OUT=$(printf 'tokenKey=a\ntokenSecret=b\n' | DBUS_SESSION_BUS_ADDRESS="unix:path=$WORK/no-bus" \
    "$CLI" --data-dir "$WORK/nokeychain" accounts link on24 --name "NoKeychain" \
    --setting clientId=1 --setting baseUrl="$ON24_URL" 2>"$WORK/stderr"); RC=$?
expect_eq "no keychain exit" "$RC" 4
expect_contains "no keychain sentence" "$(cat "$WORK/stderr")" "keychain"
OUT=$("$CLI" --data-dir "$WORK/nokeychain" accounts list --json </dev/null)
expect_eq "no keychain stores nothing" "$(echo "$OUT" | json 'len(d)')" 0

# Usage errors
run accounts
expect_eq "accounts alone" "$RC" 2
run accounts link frobnicator --name X
expect_eq "unknown kind" "$RC" 2
expect_contains "unknown kind" "$ERR" "Unknown kind of account “frobnicator”."
run accounts link on24
expect_eq "no name" "$RC" 2

# sandbox: starts the emulators, links and tests the four demo accounts, prints the endpoints
SB="$WORK/sb"
OUT=$("$CLI" --data-dir "$SB" sandbox --json 2>"$WORK/stderr" </dev/null); RC=$?
expect_eq "sandbox exit" "$RC" 0
expect_eq "sandbox endpoints" "$(echo "$OUT" | json '",".join(e["name"] for e in d["endpoints"])')" "on24,acton,salesforce,pipeliner"
expect_eq "sandbox accounts linked" "$(echo "$OUT" | json '",".join(sorted(a["name"]+"="+a["status"] for a in d["accounts"]))')" \
    "Sandbox Act-On=linked,Sandbox ON24=linked,Sandbox Pipeliner=linked,Sandbox Salesforce=linked"
# Again: same four accounts, re-pointed to the new ports
OUT=$("$CLI" --data-dir "$SB" sandbox 2>"$WORK/stderr" </dev/null); RC=$?
expect_eq "sandbox again exit" "$RC" 0
expect_contains "sandbox text" "$OUT" "Sandbox emulators:"
expect_contains "sandbox text accounts" "$OUT" "Sandbox Salesforce"
OUT=$("$CLI" --data-dir "$SB" accounts list --json </dev/null)
expect_eq "sandbox no duplicates" "$(echo "$OUT" | json 'len(d)')" 4

# sandbox --serve keeps serving until Ctrl+C (SIGINT)
"$CLI" --data-dir "$WORK/serve" sandbox --serve >"$WORK/serve.out" 2>"$WORK/serve.err" </dev/null &
SERVE=$!
PIDS+=($SERVE)
for _ in $(seq 1 300); do grep -q "Press Ctrl+C" "$WORK/serve.err" 2>/dev/null && break; sleep 0.1; done
URL=$(grep -E '^  pipeliner ' "$WORK/serve.out" | awk '{print $2}')
[[ -n "$URL" ]] || fail "--serve printed no pipeliner endpoint: $(cat "$WORK/serve.err")"
CODE=$(curl -s -o /dev/null -w '%{http_code}' "$URL/_sandbox/health")
expect_eq "--serve answers HTTP" "$CODE" 200
kill -INT $SERVE
wait $SERVE; RC=$?
expect_eq "--serve exits cleanly on SIGINT" "$RC" 0
expect_contains "--serve stopped" "$(cat "$WORK/serve.err")" "Sandbox stopped."

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "test_cli_accounts: all checks passed"
