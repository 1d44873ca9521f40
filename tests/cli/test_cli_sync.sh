#!/usr/bin/env bash
# leadbridge-cli flows / sync / history as a person or cron uses them, against the built-in
# sandbox: the flow list, a preview and a real run of a webinar import, the history in text
# and JSON, the record changes of one run, exit codes (0 succeeded, 2 usage, 3 failed,
# 4 cancelled by Ctrl+C), a quiet output when piped and a progress line on a terminal.
# Runs inside the keyring session (ctest is run by scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

need_session_bus

# --- no flows yet --------------------------------------------------------------------
run flows
expect_eq "flows empty rc" "$RC" 0
expect_contains "flows empty teaches" "$OUT" "No flows set up yet"
run flows --json
expect_eq "flows empty json" "$OUT" "[
]"
run history
expect_eq "history empty rc" "$RC" 0
expect_contains "history empty" "$OUT" "No runs recorded yet"
run sync "Webinar import"
expect_eq "sync without flows rc" "$RC" 2
expect_contains "sync without flows says so" "$ERR" "no flows are set up yet"

# --- the sandbox accounts and a webinar import flow -----------------------------------
run sandbox
expect_eq "sandbox rc" "$RC" 0
NOW=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
sql "INSERT INTO flows (kind, name, source_account_id, target_account_id, settings, created_at,
     updated_at) VALUES ('webinar_import', 'Webinar import',
     (SELECT id FROM accounts WHERE kind='on24'), (SELECT id FROM accounts WHERE kind='acton'),
     '{}', '$NOW', '$NOW')" >/dev/null
# An F2 flow without a field map: its runs fail as a whole, with a sentence.
sql "INSERT INTO flows (kind, name, source_account_id, target_account_id, settings, created_at,
     updated_at) VALUES ('crm_contact_sync', 'Unmapped contacts',
     (SELECT id FROM accounts WHERE kind='salesforce'), (SELECT id FROM accounts WHERE kind='acton'),
     '{}', '$NOW', '$NOW')" >/dev/null
F1=$(sql "SELECT id FROM flows WHERE name = 'Webinar import'")

run flows
expect_eq "flows rc" "$RC" 0
expect_contains "flows header" "$OUT" "Last run"
expect_contains "flows lists F1" "$OUT" "Webinar import"
expect_contains "flows accounts" "$OUT" "Sandbox ON24 → Sandbox Act-On"
expect_contains "flows never run" "$OUT" "Never run"
run flows --json
# (the sandbox may add demo flows of its own; ours are listed among them)
expect_eq "flows json ours" "$(json 'sorted(f["name"] for f in d if f["name"] in ("Webinar import","Unmapped contacts"))' <<<"$OUT")" "['Unmapped contacts', 'Webinar import']"
expect_eq "flows json kind" "$(json '[f["kind"] for f in d if f["name"]=="Webinar import"][0]' <<<"$OUT")" webinar_import
expect_eq "flows json source" "$(json '[f["source_account"] for f in d if f["name"]=="Webinar import"][0]' <<<"$OUT")" "Sandbox ON24"

# --- usage errors: exit 2 ------------------------------------------------------------
run sync "No such flow"
expect_eq "bad flow rc" "$RC" 2
expect_contains "bad flow sentence" "$ERR" "There is no flow “No such flow”. The flows are:"
expect_contains "bad flow lists flows" "$ERR" "“Webinar import” ($F1)"
run sync
expect_eq "sync without flow rc" "$RC" 2
run history --limit zero
expect_eq "bad limit rc" "$RC" 2
run history --run abc
expect_eq "bad run rc" "$RC" 2
run history "Webinar import" --run 1
expect_eq "flow and run rc" "$RC" 2
run history --run 999
expect_eq "unknown run rc" "$RC" 2
expect_contains "unknown run sentence" "$ERR" "There is no run number 999."

# --- preview: the plan only -------------------------------------------------------------
run sync "webinar IMPORT" --preview --json     # names match in any case
expect_eq "preview rc" "$RC" 0
expect_eq "preview mode" "$(json 'd["mode"]' <<<"$OUT")" preview
expect_eq "preview status" "$(json 'd["status"]' <<<"$OUT")" succeeded
expect_eq "preview trigger" "$(json 'd["trigger"]' <<<"$OUT")" cli
PREVIEW_CREATED=$(json 'd["created"]' <<<"$OUT")
[[ "$PREVIEW_CREATED" -gt 0 ]] || fail "preview planned no creates"
PREVIEW_ID=$(json 'd["id"]' <<<"$OUT")
expect_eq "preview wrote no links" "$(sql "SELECT COUNT(*) FROM record_links WHERE flow_id = $F1")" 0
expect_eq "preview moved no cursor" "$(sql "SELECT COUNT(*) FROM sync_cursors WHERE flow_id = $F1")" 0

# --- Ctrl+C cancels cleanly: exit 4, recorded as cancelled ----------------------------------
"$CLI" sync "$F1" --full >"$WORK/out" 2>"$WORK/err" </dev/null &
PID=$!
# Ctrl+C once the journal shows the run running (bounded wait), whatever the machine's speed;
# and slow that process's sandbox first, so the run is surely still going when it lands.
running=no
for _ in $(seq 1 600); do
    if [[ "$(sql "SELECT COUNT(*) FROM runs WHERE flow_id = $F1 AND status = 'running'")" == 1 ]]; then
        running=yes; break
    fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.1
done
expect_eq "run seen running before Ctrl+C" "$running" yes
for kind in on24 acton; do
    URL=$(python3 -c "import json,sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=30); print(json.loads(c.execute('SELECT settings FROM accounts WHERE kind=?', (sys.argv[2],)).fetchone()[0])['baseUrl'])" "$DB" "$kind")
    curl -s -m 10 -o /dev/null -X PATCH -H 'Content-Type: application/json' -d '{"latencyMs": 300}' "$URL/_sandbox/faults"
done
kill -INT "$PID"
wait "$PID"; RC=$?
expect_eq "cancelled rc" "$RC" 4
expect_contains "cancelled message" "$(cat "$WORK/err")" "Cancelling the run"
expect_contains "cancelled summary" "$(cat "$WORK/out")" ": Cancelled."
run history "Webinar import" --limit 1 --json
expect_eq "cancelled recorded" "$(json 'd[0]["status"]' <<<"$OUT")" cancelled
expect_eq "cancelled mode" "$(json 'd[0]["mode"]' <<<"$OUT")" full
expect_eq "nothing left running" "$(sql "SELECT COUNT(*) FROM runs WHERE status IN ('queued','running')")" 0

# --- a real run (resuming the cancelled one), piped: one summary line, no progress noise -----------------------------
"$CLI" sync "$F1" >"$WORK/out" 2>"$WORK/err" </dev/null; RC=$?
expect_eq "sync rc" "$RC" 0
OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err")
expect_contains "sync summary" "$OUT" "of “Webinar import”"
expect_contains "sync status word" "$OUT" ": Succeeded."
expect_eq "sync summary is one line" "$(wc -l <"$WORK/out")" 1
expect_eq "sync quiet stderr when piped" "$ERR" ""
grep -q $'\r' "$WORK/out" "$WORK/err" && fail "carriage returns in piped output"
[[ "$(sql "SELECT COUNT(*) FROM record_links WHERE flow_id = $F1")" -gt 0 ]] || fail "sync linked nothing"

# --- history -----------------------------------------------------------------------------
run history --json
expect_eq "history rc" "$RC" 0
expect_eq "history runs" "$(json 'len(d)' <<<"$OUT")" 3
expect_eq "history newest first" "$(json '",".join(r["status"] for r in d)' <<<"$OUT")" \
    "succeeded,cancelled,succeeded"
expect_eq "history last is the preview" "$(json 'd[2]["mode"]' <<<"$OUT")" preview
[[ "$(json 'd[0]["created"]+d[1]["created"]' <<<"$OUT")" -le "$PREVIEW_CREATED" ]] \
    || fail "the cancelled and the resumed run created more than the preview planned"
expect_eq "history status_text" "$(json 'd[0]["status_text"]' <<<"$OUT")" Succeeded
[[ "$(json 'd[0]["calls_used"]' <<<"$OUT")" -gt 0 ]] || fail "history: no calls counted"
[[ "$(json 'd[0]["duration_ms"]' <<<"$OUT")" -ge 0 ]] || fail "history: no duration"
RUN_ID=$(json 'd[0]["id"]' <<<"$OUT")
run history "Webinar import" --limit 1 --json
expect_eq "history flow limit" "$(json 'len(d)' <<<"$OUT")" 1
run history "Webinar import"
expect_contains "history text header" "$OUT" "Cre/Upd/Del/Skp/Cnf/Err"
expect_contains "history text preview" "$OUT" "Preview"
expect_contains "history text trigger" "$OUT" "Command line"
run history --run "$RUN_ID" --json
expect_eq "run changes rc" "$RC" 0
expect_eq "run changes id" "$(json 'd["id"]' <<<"$OUT")" "$RUN_ID"
expect_eq "run changes count" "$(json 'len(d["changes"])' <<<"$OUT")" \
    "$(sql "SELECT COUNT(*) FROM record_changes WHERE run_id = $RUN_ID")"
expect_eq "run changes fields" "$(json 'sorted(d["changes"][0].keys())' <<<"$OUT")" \
    "['field', 'new_value', 'object', 'old_value', 'operation', 'reason', 'record_key', 'system']"
expect_eq "run changes system" "$(json 'd["changes"][0]["system"]' <<<"$OUT")" acton
run history --run "$RUN_ID" --limit 3
expect_contains "run changes text header" "$OUT" "Old → new"
expect_eq "run changes text limit" "$(wc -l <<<"$OUT")" 5   # summary + header + 3
run history --run "$PREVIEW_ID" --limit 1
expect_contains "preview run text" "$OUT" "Preview, Succeeded"

# --- a run that fails as a whole: exit 3 with its sentence -----------------------------------
run sync "Unmapped contacts"
expect_eq "failed run rc" "$RC" 3
expect_contains "failed run summary" "$OUT" ": Failed."
expect_contains "failed run sentence" "$ERR" "has no field map"
run history "Unmapped contacts" --json
expect_eq "failed run recorded" "$(json 'd[0]["status"]' <<<"$OUT")" failed

# --- on a terminal: one progress line rewritten in place ------------------------------------
if command -v script >/dev/null; then
    script -qec "\"$CLI\" sync \"$F1\" 2>&1" "$WORK/tty" >/dev/null </dev/null
    if grep -q $'\r\x1b\[K' "$WORK/tty"; then :; else fail "no progress line on a terminal"; fi
    expect_contains "terminal summary" "$(cat "$WORK/tty")" ": Succeeded."
fi

# --- schedules (test_cli_schedule.sh covers the rules and run-due) ------------------------------
run schedule "Webinar import"
expect_eq "no schedule yet" "$OUT" "This flow has no schedule."
run schedule "Webinar import" --every 0
expect_eq "bad interval rc" "$RC" 2
run schedule "Webinar import" --daily 25:00
expect_eq "bad time rc" "$RC" 2
run schedule "Webinar import" --every 5 --off
expect_eq "two choices rc" "$RC" 2
run schedule "Webinar import" --daily 06:30 --json
expect_eq "daily rc" "$RC" 0
expect_eq "daily kind" "$(json 'd[0]["kind"]+" "+d[0]["daily_time"]' <<<"$OUT")" "daily 06:30"
expect_eq "daily stored" "$(sql "SELECT kind, daily_time FROM schedules WHERE flow_id = $F1")" "daily|06:30"
run schedule "Webinar import" --every 45
expect_eq "under an hour rc" "$RC" 2
expect_contains "under an hour sentence" "$ERR" "Choose an interval of at least 1 hour"
run schedule "Webinar import" --every 90
expect_contains "interval text" "$OUT" "every 90 minutes"
expect_eq "interval stored" "$(sql "SELECT kind, interval_minutes FROM schedules WHERE flow_id = $F1")" "interval|90"
run schedule "Webinar import" --off
expect_eq "off rc" "$RC" 0
expect_eq "off stored" "$(sql "SELECT COUNT(*) FROM schedules WHERE flow_id = $F1")" 0

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: test_cli_sync"
