#!/usr/bin/env bash
# The built-in sandbox keeps its world in the data folder (docs/sandbox.md "Persistence"), as a
# new user meets it: "leadbridge-cli sandbox" links the four demo accounts and flows, every flow
# is synced, then new CLI processes (each one a new sandbox start on new ports) sync again and
# must create nothing: the emulators remember what the journal remembers. Then a run is
# SIGKILLed right after a committed batch (LEADBRIDGE_PHASE_MARKERS) and resumed by a new
# process: no record is created twice. A damaged state file stops the sandbox with a sentence
# (and is left as it was); "sandbox --reset" generates the world anew and the flows forget the
# old sandbox records. Finally leadbridge-sandbox: nothing kept without --state-dir, the world
# kept across a restart with it.
# Runs inside the keyring session (ctest is run by scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

BIN_DIR=${1:?usage: test_sandbox_persistence.sh <directory of leadbridge-cli>}
CLI="$BIN_DIR/leadbridge-cli"
WORK=$(mktemp -d)
BG=""
cleanup() { [[ -n "$BG" ]] && kill -9 "$BG" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
export LEADBRIDGE_DATA_DIR="$WORK/data"
DB="$WORK/data/journal.sqlite"
STATE="$WORK/data/sandbox"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
expect_eq() { if [[ "$2" == "$3" ]]; then ok "$1"; else fail "$1: expected [$3], got [$2]"; fi; }
expect_contains() { if [[ "$2" == *"$3"* ]]; then ok "$1"; else fail "$1: [$2] does not contain [$3]"; fi; }
run() { # run <args...>: sets OUT, ERR, RC
    OUT=$("$CLI" "$@" 2>"$WORK/stderr" </dev/null); RC=$?; ERR=$(cat "$WORK/stderr")
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
sql() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute(sys.argv[2]).fetchall(); print('\n'.join('|'.join(str(v) for v in row) for row in r))" "$DB" "$1"; }
# Act-On lists in the state file as "name=size" lines, by name (F1 writes three lists at once, so
# the order they are created in is not fixed), and whether any list holds an email twice
# that it did not hold twice at seeding time (seeded lists may carry the demo's duplicates).
acton_lists() {
    python3 - "$STATE/acton.json" <<'PY'
import json, sys
state = json.load(open(sys.argv[1]))["state"]
for l in sorted(state["lists"], key=lambda l: l["name"]):
    print("%s=%d" % (l["name"], len(l["rows"])))
PY
}
acton_has_email() { # acton_has_email <list id> <email>: prints the number of rows holding it
    python3 - "$STATE/acton.json" "$1" "$2" <<'PY'
import json, sys
state = json.load(open(sys.argv[1]))["state"]
n = 0
for l in state["lists"]:
    if l["id"] != sys.argv[2]:
        continue
    col = l["emailColumn"]
    for r in l["rows"]:
        data = r[3] if isinstance(r[3], str) else ""
        fields = data.split("\x1f")
        if col < len(fields) and fields[col].lower() == sys.argv[3].lower():
            n += 1
print(n)
PY
}

if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    echo "SKIP: no session bus; run through scripts/with-keyring.sh"; exit 0
fi

# --- link the sandbox: four accounts and four demo flows, the world written to disk -------
run sandbox --json
expect_eq "sandbox rc" "$RC" 0
for e in on24 acton salesforce pipeliner; do
    [[ -s "$STATE/$e.json" ]] && ok "state file $e.json written at start" \
        || fail "no state file $e.json after the sandbox started"
done
FLOWS=$(sql "SELECT id FROM flows ORDER BY id")
expect_eq "four demo flows" "$(echo "$FLOWS" | wc -l | tr -d ' ')" 4
F1=$(sql "SELECT id FROM flows WHERE kind = 'webinar_import'")
F3=$(sql "SELECT id FROM flows WHERE kind = 'list_sync'")

# --- first syncs: each flow creates records ------------------------------------------------
declare -A FIRST
LISTS_AFTER_F1=""
[[ "$(echo "$FLOWS" | head -1)" == "$F1" ]] || fail "the webinar import is not the first flow"
for f in $FLOWS; do
    run sync "$f" --json
    expect_eq "first sync of flow $f rc" "$RC" 0
    FIRST[$f]=$(echo "$OUT" | json 'd["created"]')
    [[ "${FIRST[$f]}" -gt 0 ]] && ok "first sync of flow $f created ${FIRST[$f]}" \
        || fail "first sync of flow $f created nothing: $OUT $ERR"
    [[ "$f" == "$F1" ]] && LISTS_AFTER_F1=$(acton_lists)
done
LISTS_AFTER_FIRST=$(acton_lists)
# A person the list sync (F3) created in Act-On: it must survive restarts and go on reset.
CREATED=$(sql "SELECT c.object || ' ' || c.record_key FROM record_changes c
    JOIN runs r ON r.id = c.run_id
    WHERE r.flow_id = $F3 AND c.operation = 'create' AND c.system = 'acton' LIMIT 1")
CREATED_LIST=${CREATED%% *}
CREATED_EMAIL=${CREATED#* }
[[ -n "$CREATED_EMAIL" ]] || fail "the list sync journalled no Act-On create"
expect_eq "the created person is in the saved Act-On list" \
    "$(acton_has_email "$CREATED_LIST" "$CREATED_EMAIL")" 1

# --- new processes (new sandbox starts, new ports): nothing is created again -------------
for f in $FLOWS; do
    run sync "$f" --json
    expect_eq "second sync of flow $f rc" "$RC" 0
    expect_eq "second sync of flow $f creates nothing" "$(echo "$OUT" | json 'd["created"]')" 0
done
SECOND_CREATES=$(sql "SELECT count(*) FROM record_changes c JOIN runs r ON r.id = c.run_id
    WHERE c.operation = 'create' AND r.id > (SELECT max(id) - 4 FROM runs)")
expect_eq "journal: no create rows in the second syncs" "$SECOND_CREATES" 0
expect_eq "Act-On lists unchanged by the second syncs" "$(acton_lists)" "$LISTS_AFTER_FIRST"
expect_eq "the created person is there once after restarts" \
    "$(acton_has_email "$CREATED_LIST" "$CREATED_EMAIL")" 1

# --- a damaged state file: a sentence, no silent regeneration -----------------------------
cp "$STATE/salesforce.json" "$WORK/salesforce.good"
printf '{"format":"leadbridge-sandbox-state","version":1,"emulator":"salesforce","sta' \
    >"$STATE/salesforce.json"
run sync "$F3" --json
expect_eq "sync with a damaged state file fails (rc 3)" "$RC" 3
expect_contains "the damage is named" "$OUT$ERR" "is damaged and cannot be read"
expect_contains "the way out is named" "$OUT$ERR" "leadbridge-cli sandbox --reset"
expect_eq "the damaged file is left alone" "$(head -c 40 "$STATE/salesforce.json")" \
    '{"format":"leadbridge-sandbox-state","ve'
printf '{"format":"leadbridge-sandbox-state","version":99,"emulator":"salesforce","state":{}}' \
    >"$STATE/salesforce.json"
run sync "$F3"
expect_eq "sync with a newer state file fails (rc 3)" "$RC" 3
expect_contains "a newer version is named" "$ERR" "written by a newer version of LeadBridge"
cp "$WORK/salesforce.good" "$STATE/salesforce.json"

# --- reset: the world is generated anew, flows forget the old records -----------------------
run sandbox --reset --json
expect_eq "sandbox --reset rc" "$RC" 0
expect_eq "sandbox --reset json says reset" "$(echo "$OUT" | json 'd["reset"]')" True
expect_eq "all four flows forgot the old records" \
    "$(echo "$OUT" | json 'len(d["forgotten_flows"])')" 4
expect_eq "the person the first list sync created is gone" \
    "$(acton_has_email "$CREATED_LIST" "$CREATED_EMAIL")" 0
expect_eq "no links left after reset" "$(sql "SELECT count(*) FROM record_links")" 0
expect_eq "no cursors left after reset" "$(sql "SELECT count(*) FROM sync_cursors")" 0
[[ "$(sql "SELECT count(*) FROM record_changes")" -gt 0 ]] && ok "history kept after reset" \
    || fail "reset deleted the history"

# --- SIGKILL right after a committed batch, then a new process resumes ---------------------
# The webinar import writes in many batches: kill it just after the first batch commit,
# when the answers of its creates are in the journal and (the guarantee) in the state file.
LEADBRIDGE_PHASE_MARKERS=1 "$CLI" sync "$F1" --json >"$WORK/killed.out" 2>"$WORK/killed.err" \
    </dev/null &
BG=$!
killed=0
for _ in $(seq 1 3000); do
    if grep -q '^LEADBRIDGE-PHASE commit$' "$WORK/killed.err" 2>/dev/null; then
        kill -9 "$BG" 2>/dev/null && killed=1
        break
    fi
    kill -0 "$BG" 2>/dev/null || break
    sleep 0.05
done
wait "$BG" 2>/dev/null
BG=""
expect_eq "the webinar import was SIGKILLed after a batch commit" "$killed" 1
PARTIAL=$(sql "SELECT count(*) FROM record_changes c JOIN runs r ON r.id = c.run_id
    WHERE r.flow_id = $F1 AND c.operation = 'create' AND r.id = (SELECT max(id) FROM runs)")
echo "killed run had journalled $PARTIAL create rows (an undisturbed run creates ${FIRST[$F1]} records)"
run sync "$F1" --json
expect_eq "resumed webinar import rc" "$RC" 0
RESUMED=$(echo "$OUT" | json 'd["created"]')
echo "resumed run created $RESUMED"
expect_eq "Act-On lists after kill + resume equal those of the undisturbed first import" \
    "$(acton_lists)" "$LISTS_AFTER_F1"
run sync "$F1" --json
expect_eq "one more webinar import creates nothing" "$(echo "$OUT" | json 'd["created"]')" 0

# --- leadbridge-sandbox keeps nothing unless --state-dir is given ---------------------------
SANDBOX="$BIN_DIR/leadbridge-sandbox"
serve() { # serve <out file> <args...>: starts leadbridge-sandbox, sets BG and PL_URL
    local out=$1; shift
    "$SANDBOX" --only pipeliner --size 20 "$@" >"$out" 2>"$out.err" </dev/null &
    BG=$!
    PL_URL=""
    for _ in $(seq 1 600); do
        PL_URL=$(grep -E '^pipeliner http://' "$out" 2>/dev/null | awk '{print $2}')
        [[ -n "$PL_URL" ]] && break
        sleep 0.1
    done
}
stop_serving() { kill -TERM "$BG" 2>/dev/null; wait "$BG" 2>/dev/null; BG=""; }
count_email() { curl -s -m 10 "$PL_URL/_sandbox/records/Contacts?email=$1" \
    | python3 -c "import json,sys; print(json.load(sys.stdin)['total'])"; }
cd "$WORK" || exit 1
serve "$WORK/plain.out"
[[ -n "$PL_URL" ]] || fail "leadbridge-sandbox did not start: $(cat "$WORK/plain.out.err")"
curl -s -m 10 -o /dev/null -X POST -H 'Content-Type: application/json' \
    -d '{"email1":"standalone@persist.example"}' "$PL_URL/_sandbox/records/Contacts"
expect_eq "standalone sandbox stores the record" "$(count_email standalone@persist.example)" 1
stop_serving
serve "$WORK/plain2.out"
expect_eq "without --state-dir a restart starts fresh" "$(count_email standalone@persist.example)" 0
stop_serving
serve "$WORK/kept.out" --state-dir "$WORK/standalone-state"
curl -s -m 10 -o /dev/null -X POST -H 'Content-Type: application/json' \
    -d '{"email1":"standalone@persist.example"}' "$PL_URL/_sandbox/records/Contacts"
stop_serving
[[ -s "$WORK/standalone-state/pipeliner.json" ]] && ok "--state-dir writes pipeliner.json" \
    || fail "--state-dir wrote no state file"
serve "$WORK/kept2.out" --state-dir "$WORK/standalone-state"
expect_eq "with --state-dir the record survives a restart" \
    "$(count_email standalone@persist.example)" 1
stop_serving

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all sandbox persistence checks passed"
