#!/usr/bin/env bash
# leadbridge-cli schedule and run-due as an operator (or cron) uses them, against the built-in
# sandbox: the default schedules of new flows, the schedule rules (4 hours at most with
# Salesforce, an hour otherwise) with their sentences, run-due running what is due with
# trigger "schedule" and planning the next run, retries after 1, 5 and 30 minutes and
# "Needs attention" after three failed scheduled runs, a success clearing them, and the
# per-flow lock between two real processes: a flow running in one leadbridge-cli is refused
# by a second one (sync and run-due), whose start-up recovery leaves the running run alone
# (the first run is slowed down by latency faults of a leadbridge-sandbox of the test's own).
# Runs inside the keyring session (ctest is run by scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
BG_PID=""
now_iso() { date -u +%Y-%m-%dT%H:%M:%S.000Z; }
# in_window <iso> <from iso> <to iso> <seconds>: is <iso> within [from+seconds, to+seconds]?
in_window() {
    python3 - "$@" <<'PY'
import sys
from datetime import datetime, timedelta
p = lambda s: datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ")
t, a, b, d = p(sys.argv[1]), p(sys.argv[2]), p(sys.argv[3]), timedelta(seconds=int(sys.argv[4]))
print("yes" if a + d - timedelta(seconds=1) <= t <= b + d + timedelta(seconds=1) else "no: %s not in [%s, %s]" % (t, a + d, b + d))
PY
}
# wait_for <description> <sql> <expected>: polls the journal (at most 60 s).
wait_for() {
    for _ in $(seq 1 600); do
        [[ "$(sql "$2")" == "$3" ]] && return 0
        sleep 0.1
    done
    fail "$1: still [$(sql "$2")] after 60 s, expected [$3]"
    return 1
}
# sandbox_url <account kind>: the address of the in-process sandbox emulator the journal holds
# for that kind (the sandbox of the process that started one last); set_faults <url> <json>
# changes that emulator's faults (e.g. latency) while it runs.
sandbox_url() {
    python3 -c "import json,sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=30); s=json.loads(c.execute('SELECT settings FROM accounts WHERE kind=?', (sys.argv[2],)).fetchone()[0]); print(s.get('baseUrl') or s.get('loginUrl'))" "$DB" "$1"
}
set_faults() { # set_faults <url> <json>
    curl -s -m 10 -o /dev/null -X PATCH -H 'Content-Type: application/json' -d "$2" "$1/_sandbox/faults"
}
PAST="2020-01-01T00:00:00.000Z"

need_session_bus

# --- the sandbox: four demo flows, each with its kind's default schedule ----------------
run sandbox
expect_eq "sandbox rc" "$RC" 0
F1=$(sql "SELECT id FROM flows WHERE kind = 'webinar_import'")
F2=$(sql "SELECT id FROM flows WHERE kind = 'crm_contact_sync'")
F3=$(sql "SELECT id FROM flows WHERE kind = 'list_sync'")
F4=$(sql "SELECT id FROM flows WHERE kind = 'lead_handoff'")
[[ -n "$F1" && -n "$F2" && -n "$F3" && -n "$F4" ]] || { fail "demo flows missing: [$F1][$F2][$F3][$F4]"; exit 1; }
F1_NAME=$(sql "SELECT name FROM flows WHERE id = $F1")
expect_eq "default schedules" "$(sql "SELECT flow_id, kind, interval_minutes, daily_time, enabled, failures FROM schedules ORDER BY flow_id")" \
"$F1|interval|360|None|1|0
$F2|interval|240|None|1|0
$F3|daily|None|02:00|1|0
$F4|daily|None|08:00|1|0"
expect_eq "first runs planned" "$(sql "SELECT COUNT(*) FROM schedules WHERE next_run_at > '$(now_iso)'")" 4
run schedule
expect_eq "schedule list rc" "$RC" 0
expect_contains "list F1" "$OUT" "every 6 hours"
expect_contains "list F2" "$OUT" "every 4 hours"
expect_contains "list F3" "$OUT" "daily at 02:00"
expect_contains "list F4" "$OUT" "daily at 08:00"
run schedule --json
expect_eq "json schedules" "$(json 'len(d)' <<<"$OUT")" 4
expect_eq "json fields" "$(json '[s["failures"] for s in d if s["flow_id"]=='"$F1"'][0]' <<<"$OUT")" 0

# --- the rules, with the same sentences as the Flows page --------------------------------
run schedule "$F2" --every 1h
expect_eq "salesforce 1h rc" "$RC" 2
expect_eq "salesforce sentence" "$ERR" "Salesforce allows a sync at most every 4 hours. Choose 4 hours or more, or a daily time."
run schedule "$F2" --every 3h59m
expect_eq "salesforce 3h59m rc" "$RC" 2
expect_eq "refused changes nothing" "$(sql "SELECT interval_minutes FROM schedules WHERE flow_id = $F2")" 240
run schedule "$F2" --every 5h
expect_eq "salesforce 5h rc" "$RC" 0
expect_contains "salesforce 5h text" "$OUT" "every 5 hours"
expect_eq "salesforce 5h stored" "$(sql "SELECT interval_minutes FROM schedules WHERE flow_id = $F2")" 300
run schedule "$F1" --every 30m
expect_eq "30m rc" "$RC" 2
expect_contains "30m sentence" "$ERR" "Choose an interval of at least 1 hour"
run schedule "$F1" --every 90m
expect_eq "90m rc" "$RC" 0
expect_eq "90m stored" "$(sql "SELECT interval_minutes FROM schedules WHERE flow_id = $F1")" 90
expect_contains "90m text" "$OUT" "every 90 minutes"
run schedule "$F1" --every 2h30m
expect_eq "2h30m stored" "$(sql "SELECT interval_minutes FROM schedules WHERE flow_id = $F1")" 150
run schedule "$F1" --every soon
expect_eq "unreadable interval rc" "$RC" 2
expect_contains "unreadable interval sentence" "$ERR" "--every needs an interval in hours or minutes"
run schedule "$F1" --every 6h
expect_eq "6h stored" "$(sql "SELECT interval_minutes FROM schedules WHERE flow_id = $F1")" 360
run schedule "$F3" --daily 02:30
expect_eq "daily rc" "$RC" 0
expect_eq "daily stored" "$(sql "SELECT kind, daily_time FROM schedules WHERE flow_id = $F3")" "daily|02:30"

# --- run-due: nothing due ----------------------------------------------------------------
run run-due
expect_eq "nothing due rc" "$RC" 0
expect_eq "nothing due" "$OUT" "Nothing is due."
run run-due --json
expect_eq "nothing due json" "$(json 'len(d)' <<<"$OUT")" 0
run run-due extra
expect_eq "run-due takes no flow" "$RC" 2

# --- run-due runs what is due, with trigger "schedule", and plans the next run -------------
sql "UPDATE schedules SET next_run_at = '$PAST' WHERE flow_id = $F1" >/dev/null
BEFORE=$(now_iso)
run run-due
AFTER=$(now_iso)
expect_eq "due rc" "$RC" 0
expect_contains "due line" "$OUT" "“$F1_NAME”: Succeeded. Run "
expect_eq "one line per flow" "$(wc -l <<<"$OUT")" 1
expect_eq "recorded as scheduled" "$(sql "SELECT trigger, status FROM runs WHERE flow_id = $F1")" "schedule|succeeded"
expect_eq "next run planned" "$(in_window "$(sql "SELECT next_run_at FROM schedules WHERE flow_id = $F1")" "$BEFORE" "$AFTER" 21600)" yes
run run-due
expect_eq "not due twice" "$OUT" "Nothing is due."

# --- a scheduled run that fails: retries after 1, 5, 30 minutes, then Needs attention ---------
NOW=$(now_iso)
sql "INSERT INTO flows (kind, name, source_account_id, target_account_id, settings, created_at,
     updated_at) VALUES ('crm_contact_sync', 'Unmapped contacts',
     (SELECT id FROM accounts WHERE kind='salesforce'), (SELECT id FROM accounts WHERE kind='acton'),
     '{}', '$NOW', '$NOW')" >/dev/null
BAD=$(sql "SELECT id FROM flows WHERE name = 'Unmapped contacts'")
run schedule "Unmapped contacts" --every 4h
expect_eq "bad flow scheduled" "$RC" 0
sql "UPDATE schedules SET next_run_at = '$PAST' WHERE flow_id = $BAD" >/dev/null
attempt=0
for delay in 60 300 1800; do
    attempt=$((attempt + 1))
    BEFORE=$(now_iso)
    run run-due
    AFTER=$(now_iso)
    expect_eq "failure $attempt rc" "$RC" 3
    expect_contains "failure $attempt line" "$OUT" "“Unmapped contacts”: Failed."
    expect_contains "failure $attempt sentence" "$OUT" "has no field map"
    expect_contains "failure $attempt retry" "$OUT" "Retry at "
    expect_eq "failure $attempt count" "$(sql "SELECT failures FROM schedules WHERE flow_id = $BAD")" "$attempt"
    expect_eq "failure $attempt retry in $delay s" "$(in_window "$(sql "SELECT retry_at FROM schedules WHERE flow_id = $BAD")" "$BEFORE" "$AFTER" "$delay")" yes
    if [[ $attempt -lt 3 ]]; then
        expect_eq "no attention after $attempt" "$(sql "SELECT attention FROM flows WHERE id = $BAD")" None
    fi
    run run-due   # the retry is not due yet
    expect_eq "retry $attempt not due yet" "$OUT" "Nothing is due."
    sql "UPDATE schedules SET retry_at = '$PAST' WHERE flow_id = $BAD" >/dev/null
done
ATTENTION="The last 3 scheduled runs failed: This flow has no field map yet. Open the flow's Mapping page, map at least the e-mail and a score field, and save. Fix it, then click Sync Now."
expect_eq "needs attention after 3" "$(sql "SELECT attention FROM flows WHERE id = $BAD")" "$ATTENTION"
run run-due   # the 30-minute retry fails too: no more retries until the next regular run
expect_eq "failure 4 rc" "$RC" 3
expect_contains "failure 4 needs attention" "$OUT" "Needs attention."
expect_not_contains "failure 4 no retry" "$OUT" "Retry at"
expect_eq "failure 4 state" "$(sql "SELECT failures, retry_at FROM schedules WHERE flow_id = $BAD")" "4|None"
expect_contains "attention counts on" "$(sql "SELECT attention FROM flows WHERE id = $BAD")" "The last 4 scheduled runs failed: "
run run-due
expect_eq "no retry after 4" "$OUT" "Nothing is due."
expect_eq "four scheduled runs recorded" "$(sql "SELECT COUNT(*) FROM runs WHERE flow_id = $BAD AND trigger = 'schedule' AND status = 'failed'")" 4
run schedule "Unmapped contacts" --json
expect_eq "schedule json failures" "$(json 'd[0]["failures"]' <<<"$OUT")" 4
expect_contains "schedule json attention" "$(json 'd[0]["attention"]' <<<"$OUT")" "The last 4 scheduled runs failed"
run schedule "Unmapped contacts"
expect_contains "schedule text attention" "$OUT" "needs attention: The last 4"

# --- a successful run clears failures, retry and attention --------------------------------
sql "UPDATE schedules SET failures = 2, retry_at = '$PAST', next_run_at = '2099-01-01T00:00:00.000Z' WHERE flow_id = $F1" >/dev/null
sql "UPDATE flows SET attention = 'The last 3 scheduled runs failed: x. Fix it, then click Sync Now.' WHERE id = $F1" >/dev/null
run run-due --json
expect_eq "retry run rc" "$RC" 0
expect_eq "retry run json" "$(json 'len(d)' <<<"$OUT")" 1
expect_eq "retry run result" "$(json 'd[0]["result"]' <<<"$OUT")" succeeded
expect_eq "retry run trigger" "$(json 'd[0]["run"]["trigger"]' <<<"$OUT")" schedule
expect_eq "retry run failures" "$(json 'd[0]["failures"]' <<<"$OUT")" 0
expect_eq "cleared" "$(sql "SELECT s.failures, s.retry_at, f.attention FROM schedules s JOIN flows f ON f.id = s.flow_id WHERE f.id = $F1")" "0|None|None"
expect_eq "regular slot kept" "$(sql "SELECT next_run_at FROM schedules WHERE flow_id = $F1")" "2099-01-01T00:00:00.000Z"

# --- the lock: a flow running in one process is refused by another --------------------------
# A sandbox of our own (fixed addresses, faults we control) makes the first run slow from its
# first call, so the second process surely finds it running, on fast machines too.
start_sandbox on24,acton
ON24_URL=$(url_of on24)
ACTON_URL=$(url_of acton)
[[ -n "$ON24_URL" && -n "$ACTON_URL" ]] || { fail "own sandbox did not start: $(cat "$WORK/sandbox.err")"; exit 1; }
printf 'tokenKey=%s\ntokenSecret=%s\n' "$(field on24 accessTokenKey)" "$(field on24 accessTokenSecret)" \
    | "$CLI" accounts link on24 --name "Slow ON24" --setting clientId="$(field on24 clientIds | cut -d, -f1)" \
        --setting baseUrl="$ON24_URL" >/dev/null 2>"$WORK/link.err" || fail "link ON24: $(cat "$WORK/link.err")"
printf 'password=%s\nclientSecret=%s\n' "$(field acton password)" "$(field acton clientSecret)" \
    | "$CLI" accounts link acton --name "Slow Act-On" --setting username="$(field acton username)" \
        --setting clientId="$(field acton clientId)" --setting baseUrl="$ACTON_URL" >/dev/null 2>"$WORK/link.err" \
    || fail "link Act-On: $(cat "$WORK/link.err")"
NOW=$(now_iso)
sql "INSERT INTO flows (kind, name, source_account_id, target_account_id, settings, created_at,
     updated_at) VALUES ('webinar_import', 'Slow webinars',
     (SELECT id FROM accounts WHERE name='Slow ON24'), (SELECT id FROM accounts WHERE name='Slow Act-On'),
     '{}', '$NOW', '$NOW')" >/dev/null
SLOW=$(sql "SELECT id FROM flows WHERE name = 'Slow webinars'")
run schedule "$SLOW" --every 6h
expect_eq "slow flow scheduled" "$RC" 0
set_faults "$ON24_URL" '{"latencyMs": 1500}'
set_faults "$ACTON_URL" '{"latencyMs": 1500}'

"$CLI" sync "$SLOW" --full >"$WORK/bg.out" 2>"$WORK/bg.err" </dev/null &
BG_PID=$!
PIDS+=("$BG_PID")
RUNNING=0
if wait_for "first sync running" "SELECT COUNT(*) FROM runs WHERE flow_id = $SLOW AND status = 'running'" 1; then
    RUNNING=$(sql "SELECT id FROM runs WHERE flow_id = $SLOW AND status = 'running'")
    [[ -e "$WORK/data/locks/flow-$SLOW.lock" ]] || fail "no lock file while running"
    expect_eq "lock holder" "$(head -1 "$WORK/data/locks/flow-$SLOW.lock")" "$BG_PID"

    run sync "Slow webinars"
    expect_eq "second sync rc" "$RC" 3
    expect_eq "second sync sentence" "$ERR" "“Slow webinars” is already running in another LeadBridge process."
    expect_eq "second sync recorded nothing" "$(sql "SELECT COUNT(*) FROM runs WHERE flow_id = $SLOW")" 1
    expect_eq "its recovery left the running run alone" "$(sql "SELECT status FROM runs WHERE id = $RUNNING")" running

    sql "UPDATE schedules SET next_run_at = '$PAST' WHERE flow_id = $SLOW" >/dev/null
    run run-due
    expect_eq "run-due skip rc" "$RC" 0
    expect_eq "run-due skip line" "$OUT" "“Slow webinars”: Skipped. “Slow webinars” is already running in another LeadBridge process."
    expect_eq "skip is no failure" "$(sql "SELECT failures, retry_at FROM schedules WHERE flow_id = $SLOW")" "0|None"
    expect_eq "still running" "$(sql "SELECT status FROM runs WHERE id = $RUNNING")" running
    expect_eq "next run planned after the skip" "$(sql "SELECT next_run_at > '$NOW' FROM schedules WHERE flow_id = $SLOW")" 1
fi
set_faults "$ON24_URL" '{"latencyMs": 0}'
set_faults "$ACTON_URL" '{"latencyMs": 0}'
wait "$BG_PID"; RC=$?; forget_pid "$BG_PID"; BG_PID=""
expect_eq "first sync rc" "$RC" 0
expect_contains "first sync summary" "$(cat "$WORK/bg.out")" ": Succeeded."
expect_eq "first sync recorded" "$(sql "SELECT status FROM runs WHERE id = $RUNNING")" succeeded
[[ -e "$WORK/data/locks/flow-$SLOW.lock" ]] && fail "lock file left after the run"
expect_eq "nothing left running" "$(sql "SELECT COUNT(*) FROM runs WHERE status IN ('queued','running')")" 0
# Free again: the next run-due runs it.
sql "UPDATE schedules SET next_run_at = '$PAST' WHERE flow_id = $SLOW" >/dev/null
run run-due
expect_eq "after the lock rc" "$RC" 0
expect_contains "after the lock line" "$OUT" "“Slow webinars”: Succeeded."

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: test_cli_schedule"
