#!/usr/bin/env bash
# leadbridge-cli sync FLOW --forecast [--json] against the built-in sandbox: the API calls a
# run would use per system against each system's daily allowance, without running it (no run
# is recorded); plain text and JSON with the same fields; an unknown flow (exit 2); an Act-On
# allowance nearly used by the runs of the last 24 hours (warning, exit 1).
# Runs inside the keyring session (ctest is run by scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

need_session_bus

run sandbox
expect_eq "sandbox rc" "$RC" 0
F2=$(sql "SELECT id FROM flows WHERE kind = 'crm_contact_sync' ORDER BY id LIMIT 1")
F1=$(sql "SELECT id FROM flows WHERE kind = 'webinar_import' ORDER BY id LIMIT 1")
[[ -n "$F2" && -n "$F1" ]] || fail "the sandbox made no demo F1/F2 flows"

# --- unknown flow: exit 2, like sync ------------------------------------------------
run sync "No such flow" --forecast
expect_eq "unknown flow rc" "$RC" 2
expect_contains "unknown flow sentence" "$ERR" "There is no flow “No such flow”."
run sync "No such flow" --forecast --json
expect_eq "unknown flow json rc" "$RC" 2

# --- plain text -----------------------------------------------------------------------
run sync "$F2" --forecast
expect_eq "forecast rc" "$RC" 0
expect_contains "forecast title" "$OUT" "Forecast for “"
expect_contains "forecast full first run" "$OUT" "full run"
expect_contains "forecast header" "$OUT" "Forecast"
expect_contains "forecast header used" "$OUT" "Used today"
expect_contains "forecast header allowance" "$OUT" "Daily allowance"
expect_contains "forecast salesforce row" "$OUT" "Salesforce"
expect_contains "forecast act-on row" "$OUT" "Act-On"
expect_contains "forecast act-on allowance" "$OUT" "30000"
expect_contains "forecast basis" "$OUT" "Counted before the run"
expect_eq "forecast runs nothing" "$(sql "SELECT COUNT(*) FROM runs")" 0

run sync "$F1" --forecast
expect_eq "F1 forecast rc" "$RC" 0
expect_contains "F1 forecast ON24 row" "$OUT" "ON24"
expect_contains "F1 forecast no published limit" "$OUT" "no published daily limit"

# --- JSON: the same fields --------------------------------------------------------------
run sync "$F2" --forecast --json
expect_eq "json rc" "$RC" 0
expect_eq "json flow" "$(json 'd["flow_id"]' <<<"$OUT")" "$F2"
expect_eq "json mode" "$(json 'd["mode"]' <<<"$OUT")" full
expect_eq "json systems" "$(json '[s["system"] for s in d["systems"]]' <<<"$OUT")" "['salesforce', 'acton']"
expect_eq "json fields" "$(json 'sorted(d["systems"][1].keys())' <<<"$OUT")" "['account', 'account_id', 'daily_allowance', 'forecast_calls', 'read_calls', 'records', 'remaining', 'system', 'usage_source', 'used_today', 'warning', 'warning_text', 'write_calls']"
expect_eq "json act-on allowance" "$(json 'd["systems"][1]["daily_allowance"]' <<<"$OUT")" 30000
expect_eq "json act-on used" "$(json 'd["systems"][1]["used_today"]' <<<"$OUT")" 0
expect_eq "json sum" "$(json 'd["total_calls"] == sum(s["forecast_calls"] for s in d["systems"])' <<<"$OUT")" True
expect_eq "json calls" "$(json 'all(s["forecast_calls"] == s["read_calls"] + s["write_calls"] > 0 for s in d["systems"])' <<<"$OUT")" True
expect_eq "json salesforce allowance" "$(json 'd["systems"][0]["daily_allowance"] > 0' <<<"$OUT")" True
expect_eq "json warning" "$(json 'd["warning"]' <<<"$OUT")" none
run sync "$F2" --forecast --preview --json
expect_eq "json preview mode" "$(json 'd["mode"]' <<<"$OUT")" preview
expect_eq "json preview writes nothing" "$(json 'sum(s["write_calls"] for s in d["systems"])' <<<"$OUT")" 0

# --- an Act-On allowance nearly used by today's runs: warning, exit 1 ---------------------
NOW=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
sql "INSERT INTO runs (flow_id, trigger, mode, status, started_at, finished_at, calls_used)
     VALUES ($F1, 'cli', 'full', 'succeeded', '$NOW', '$NOW', 29995)" >/dev/null
run sync "$F2" --forecast
expect_eq "exhausted rc" "$RC" 1
expect_contains "exhausted column" "$OUT" "would exhaust the allowance"
expect_contains "exhausted sentence" "$ERR" "only 5 of today's"
run sync "$F2" --forecast --json
expect_eq "exhausted json rc" "$RC" 1
expect_eq "exhausted json warning" "$(json 'd["warning"]' <<<"$OUT")" exhausts
expect_eq "exhausted json used" "$(json 'd["systems"][1]["used_today"]' <<<"$OUT")" 29995
expect_eq "exhausted json remaining" "$(json 'd["systems"][1]["remaining"]' <<<"$OUT")" 5

# --- help -------------------------------------------------------------------------------
run --help
expect_contains "help names --forecast" "$OUT" "sync FLOW --forecast"

if [[ $failures -gt 0 ]]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "PASS: test_cli_forecast"
