#!/usr/bin/env bash
# leadbridge-cli undo RUN [--preview] [--json] against the built-in sandbox (docs/undo.md): a
# webinar import adds Act-On contacts; its undo's preview lists them as deletes and writes
# nothing; the undo deletes them as a new run marked "undo of" the run, and history shows it.
# Usage errors exit 2 with a sentence: no number, an unknown run, a preview, a run that wrote
# nothing. Runs inside the keyring session (ctest runs it through scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

need_session_bus

# --- usage errors before anything exists ------------------------------------------------------
run undo
expect_eq "undo without run rc" "$RC" 2
expect_contains "undo without run sentence" "$ERR" "Say which run to undo by its number"
run undo abc
expect_eq "undo not a number rc" "$RC" 2
run undo 4242
expect_eq "unknown run rc" "$RC" 2
expect_contains "unknown run sentence" "$ERR" "There is no run 4242 in the history."
run undo 4242 --json
expect_eq "unknown run json" "$(json 'd["error"]' <<<"$OUT")" \
    "There is no run 4242 in the history. Check the run's number on the History page or with leadbridge-cli history."

# --- a webinar import that adds Act-On contacts ------------------------------------------------
run sandbox
expect_eq "sandbox rc" "$RC" 0
NOW=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
sql "INSERT INTO flows (kind, name, source_account_id, target_account_id, settings, created_at,
     updated_at) VALUES ('webinar_import', 'Undo webinars',
     (SELECT id FROM accounts WHERE kind='on24'), (SELECT id FROM accounts WHERE kind='acton'),
     '{}', '$NOW', '$NOW')" >/dev/null
F1=$(sql "SELECT id FROM flows WHERE name = 'Undo webinars'")
run sync "$F1" --preview --json
expect_eq "preview rc" "$RC" 0
PREVIEW_ID=$(json 'd["id"]' <<<"$OUT")
run sync "$F1" --json
expect_eq "sync rc" "$RC" 0
RUN_ID=$(json 'd["id"]' <<<"$OUT")
# One contact per webinar list and e-mail address.
CREATED=$(sql "SELECT COUNT(*) FROM (SELECT DISTINCT object, record_key FROM record_changes
               WHERE run_id = $RUN_ID AND operation = 'create' AND object LIKE 'list:%')")
[[ "$CREATED" -gt 0 ]] || fail "the import added no contacts"

run undo "$PREVIEW_ID"
expect_eq "undo of a preview rc" "$RC" 2
expect_contains "undo of a preview sentence" "$ERR" \
    "Run $PREVIEW_ID was a preview and wrote nothing, so there is nothing to undo."

# --- the undo's preview: the plan, nothing written ---------------------------------------------
run undo "$RUN_ID" --preview --json
expect_eq "undo preview rc" "$RC" 0
expect_eq "undo preview mode" "$(json 'd["mode"]' <<<"$OUT")" preview
expect_eq "undo preview undo_of" "$(json 'd["undo_of"]' <<<"$OUT")" "$RUN_ID"
expect_eq "undo preview deletes" \
    "$(json 'len({(c["object"], c["record_key"]) for c in d["changes"] if c["operation"]=="delete"})' <<<"$OUT")" \
    "$CREATED"
expect_eq "undo preview keeps the list" \
    "$(json '[c["reason"] for c in d["changes"] if c["object"]=="list"][0]' <<<"$OUT")" \
    "Run $RUN_ID created this Act-On list. LeadBridge never deletes lists; delete it in Act-On if it should go."
UNDO_PREVIEW=$(json 'd["id"]' <<<"$OUT")
expect_eq "undo preview recorded" "$(sql "SELECT mode, undo_of FROM runs WHERE id = $UNDO_PREVIEW")" \
    "preview|$RUN_ID"
LINKS_BEFORE=$(sql "SELECT COUNT(*) FROM record_links WHERE flow_id = $F1")
CURSORS_BEFORE=$(sql "SELECT system, object, cursor FROM sync_cursors WHERE flow_id = $F1 ORDER BY 1, 2")

# --- the undo: a new run ------------------------------------------------------------------------
run undo "$RUN_ID"
expect_eq "undo rc" "$RC" 0
expect_contains "undo summary" "$OUT" ": Succeeded."
expect_contains "undo says what it undid" "$OUT" "This run is the undo of run $RUN_ID."
expect_contains "undo lists its changes" "$OUT" "The undo did this:"
expect_contains "undo deleted" "$OUT" "deleted"
UNDO_ID=$(sql "SELECT MAX(id) FROM runs WHERE undo_of = $RUN_ID")
expect_eq "undo recorded" "$(sql "SELECT mode, status, deleted FROM runs WHERE id = $UNDO_ID")" \
    "incremental|succeeded|$CREATED"
expect_eq "undo kept the cursors" \
    "$(sql "SELECT system, object, cursor FROM sync_cursors WHERE flow_id = $F1 ORDER BY 1, 2")" \
    "$CURSORS_BEFORE"
[[ "$(sql "SELECT COUNT(*) FROM record_links WHERE flow_id = $F1")" -le "$LINKS_BEFORE" ]] \
    || fail "the undo added links"
run history --json --limit 1
expect_eq "history undo_of" "$(json 'd[0]["undo_of"]' <<<"$OUT")" "$RUN_ID"
expect_eq "history other runs have none" "$(sql "SELECT COUNT(*) FROM runs WHERE undo_of IS NULL AND id = $RUN_ID")" 1

# --- undoing again: everything was changed since (by the undo) ----------------------------------
run undo "$RUN_ID" --preview --json
expect_eq "second undo rc" "$RC" 0
expect_eq "second undo deletes nothing" \
    "$(json 'len([c for c in d["changes"] if c["operation"]=="delete"])' <<<"$OUT")" 0
expect_contains "second undo reason" "$(json '[c["reason"] for c in d["changes"] if c["object"]!="list"][0]' <<<"$OUT")" \
    "by run $UNDO_ID, so it is left alone."

# --- a run that wrote nothing ---------------------------------------------------------------------
run sync "$F1" --json
EMPTY_ID=$(json 'd["id"]' <<<"$OUT")
if [[ "$(json 'd["created"]+d["updated"]+d["deleted"]' <<<"$OUT")" == 0 ]]; then
    run undo "$EMPTY_ID"
    expect_eq "undo of an empty run rc" "$RC" 2
    expect_contains "undo of an empty run" "$ERR" "Run $EMPTY_ID wrote nothing, so there is nothing to undo."
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: test_cli_undo"
