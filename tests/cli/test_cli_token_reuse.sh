#!/usr/bin/env bash
# Sign-in tokens survive the process: `leadbridge-cli sync` run again and again (as cron does)
# against one `leadbridge-sandbox` process, within one emulator hour. Act-On allows 5 sign-ins
# per hour; every run used to sign in with the password, so the sixth run failed. Now each
# process keeps the access token, its expiry and the rotated refresh token in the keychain and
# the next process uses them: 8 runs, two of them after the emulator expired every access token
# (a refresh grant, whose rotated refresh token the following runs must have), and the
# emulator counts exactly one password grant (the one of `accounts link`).
# Runs inside the keyring session (ctest is run by scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
need_session_bus

# One sandbox process for every run (its tokens and its sign-in count live as long as it does).
start_sandbox on24,acton --size 40
ON24_URL=$(url_of on24)
ACTON_URL=$(url_of acton)
[[ -n "$ON24_URL" && -n "$ACTON_URL" ]] || { fail "sandbox did not start: $(cat "$WORK/sandbox.err")"; exit 1; }
counters() { curl -s -m 10 "$ACTON_URL/_sandbox/counters"; }

run_stdin "tokenKey=$(field on24 accessTokenKey)
tokenSecret=$(field on24 accessTokenSecret)
" accounts link on24 --name "Webinars" --setting clientId="$(field on24 clientIds | cut -d, -f1)" \
    --setting baseUrl="$ON24_URL"
expect_eq "link on24 rc" "$RC" 0
run_stdin "password=$(field acton password)
clientSecret=$(field acton clientSecret)
" accounts link acton --name "Marketing" --setting username="$(field acton username)" \
    --setting clientId="$(field acton clientId)" --setting baseUrl="$ACTON_URL"
expect_eq "link acton rc" "$RC" 0
[[ $RC == 0 ]] || echo "$ERR" >&2
expect_eq "link signed in once" "$(counters | json 'd["limits"]["passwordGrants"]')" 1

NOW=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
sql "INSERT INTO flows (kind, name, source_account_id, target_account_id, settings, created_at,
     updated_at) VALUES ('webinar_import', 'Webinar import',
     (SELECT id FROM accounts WHERE kind='on24'), (SELECT id FROM accounts WHERE kind='acton'),
     '{}', '$NOW', '$NOW')" >/dev/null

CLIENT_ID=$(field on24 clientIds | cut -d, -f1)
EVENT=$(curl -s -m 10 "$ON24_URL/_sandbox/records/event" | json "[e['eventid'] for e in d['records'] if e['clientid']==$CLIENT_ID][0]")
new_registrant() {
    curl -s -m 10 -o /dev/null -X POST -H 'Content-Type: application/json' \
        -d "{\"eventid\": $EVENT, \"email\": \"cron-run-$1@example.com\", \"firstname\": \"Run$1\"}" \
        "$ON24_URL/_sandbox/records/registrant"
}
RUNS=8
succeeded=0
for i in $(seq 1 $RUNS); do
    if [[ $i == 4 || $i == 6 ]]; then
        # Every access token the emulator issued stops working: this run renews it with the
        # refresh token the previous process stored, and stores the rotated one.
        curl -s -m 10 -o /dev/null -X POST "$ACTON_URL/_sandbox/tokens/expire"
    fi
    # A new registrant each time, so every run has a person to write to Act-On.
    new_registrant "$i"
    "$CLI" sync "Webinar import" >"$WORK/out" 2>"$WORK/err" </dev/null; RC=$?
    cat "$WORK/out" "$WORK/err" >>"$WORK/all-output"
    if [[ $RC == 0 ]]; then
        succeeded=$((succeeded + 1))
    else
        fail "sync $i exited $RC: $(cat "$WORK/out" "$WORK/err")"
    fi
    grep -q "keychain" "$WORK/err" && fail "sync $i: keychain sentence: $(cat "$WORK/err")"
    ACTON_CALLS=$(counters | json 'd["total"]')
    [[ "$ACTON_CALLS" -gt "${LAST_CALLS:-0}" ]] || fail "sync $i made no Act-On call"
    LAST_CALLS=$ACTON_CALLS
done
C=$(counters)
PASSWORD_GRANTS=$(json 'd["limits"]["passwordGrants"]' <<<"$C")
REFRESH_GRANTS=$(json 'd["limits"]["refreshGrants"]' <<<"$C")
AUTH_LAST_HOUR=$(json 'd["limits"]["authCallsLastHour"]' <<<"$C")
echo "token reuse: $succeeded/$RUNS CLI runs succeeded; Act-On password grants $PASSWORD_GRANTS," \
    "refresh grants $REFRESH_GRANTS, /token calls in the emulator hour $AUTH_LAST_HOUR"
expect_eq "every run succeeded" "$succeeded" "$RUNS"
expect_eq "exactly one password grant (the link's)" "$PASSWORD_GRANTS" 1
expect_eq "one refresh grant per expiry" "$REFRESH_GRANTS" 2
expect_eq "runs were recorded" "$(sql "SELECT COUNT(*) FROM runs WHERE status = 'succeeded'")" "$RUNS"

# The tokens are in the keychain only: never in the journal or the log.
# (QtKeychain files entries under attribute server=LeadBridge, user=<key>, base64 values.)
# Other tests share the keyring: only entries under this account's keychain id count.
KEYCHAIN_ID=$(sql "SELECT json_extract(settings, '\$.keychainId') FROM accounts WHERE kind = 'acton'")
[[ "$KEYCHAIN_ID" == k* ]] || fail "the Act-On account has no keychain id of its own: [$KEYCHAIN_ID]"
keychain() { # keychain <secret name>: the stored values of that name for the Act-On account
    stdbuf -o0 -e0 secret-tool search --all --unlock server LeadBridge 2>&1 | python3 -c '
import base64, sys
name, key, user, value = sys.argv[1], sys.argv[2], None, None
for line in sys.stdin.read().splitlines() + ["[end]"]:
    if line.startswith("["):
        if user and user.endswith("/" + key + ":" + name) and value is not None:
            print(base64.b64decode(value).decode()[3:])
        user, value = None, None
    elif line.startswith("secret = "):
        value = line[len("secret = "):]
    elif line.startswith("attribute.user = "):
        user = line[len("attribute.user = "):]
' "$1" "$KEYCHAIN_ID"
}
# Two more runs that print everything they do (debug logging of every request and answer),
# after the tokens expired again, so fresh tokens are handed out while the log is loudest; the
# second is SIGKILLed mid-run, like a crash. Their output is scanned with the rest below.
curl -s -m 10 -o /dev/null -X POST "$ACTON_URL/_sandbox/tokens/expire"
new_registrant verbose
QT_LOGGING_RULES="leadbridge.*=true" "$CLI" --verbose sync "Webinar import" >>"$WORK/all-output" 2>&1 </dev/null \
    || fail "the verbose sync failed: $(tail -5 "$WORK/all-output")"
ROTATED_ACCESS=$(keychain accessToken)
curl -s -m 10 -o /dev/null -X POST "$ACTON_URL/_sandbox/tokens/expire"
new_registrant killed
QT_LOGGING_RULES="leadbridge.*=true" "$CLI" --verbose sync "Webinar import" >>"$WORK/all-output" 2>&1 </dev/null &
KILLED=$!
sleep 0.4
kill -KILL "$KILLED" 2>/dev/null
wait "$KILLED" 2>/dev/null
for args in "history --json" "history Webinar\ import --json" "history --run 1 --json" "info --json" \
    "flows --json" "accounts --json"; do
    eval "\"\$CLI\" $args" >>"$WORK/all-output" 2>&1 </dev/null
done
grep -q "Authorization\|/token" "$WORK/all-output" \
    || fail "the verbose output shows no sign-in, so the scan below would prove nothing"

ACCESS=$(keychain accessToken)
REFRESH=$(keychain refreshToken)
EXPIRY=$(keychain accessTokenExpiry)
[[ $(wc -w <<<"$ACCESS") == 1 && $(wc -w <<<"$REFRESH") == 1 ]] \
    || fail "the keychain should hold one Act-On access and one refresh token: [$ACCESS] [$REFRESH]"
[[ "$EXPIRY" == 20*Z ]] || fail "no access token expiry in the keychain: [$EXPIRY]"
TOKENS="$ACCESS
$REFRESH
$ROTATED_ACCESS
$(field acton password)
$(field acton clientSecret)"
for f in "$LEADBRIDGE_DATA_DIR"/journal.sqlite* "$LEADBRIDGE_DATA_DIR"/logs/* "$WORK/all-output"; do
    [[ -f "$f" ]] || continue
    while read -r t; do
        # (Values under 12 characters, such as the demo password "sandbox", are ordinary words.)
        [[ ${#t} -ge 12 ]] && grep -qF -- "$t" "$f" && fail "a secret appears in $f"
    done <<<"$TOKENS"
done

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "test_cli_token_reuse: all checks passed"
