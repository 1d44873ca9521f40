#!/usr/bin/env bash
# leadbridge-cli apply RUN [--json] against the built-in sandbox (docs/apply-plan.md): the demo
# F2 flow's preview is applied as a new run that writes exactly the previewed changes (JSON:
# the run, the preview it applies and its record changes; history shows "applies_preview");
# nothing previewed is held back. A later preview is applied in plain text. Refusals exit 2 with the sentence (and
# {"error": …} with --json): no number, an unknown run, a run that was not a preview, a
# preview applied already, a preview with a run of the flow after it, an F1 preview.
# Runs inside the keyring session (ctest runs it through scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
sql() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute(sys.argv[2]).fetchall(); c.commit(); print('\n'.join('|'.join(str(v) for v in row) for row in r))" "$DB" "$1"; }

need_session_bus

# --- usage errors before anything exists ------------------------------------------------------
run apply
expect_eq "apply without run rc" "$RC" 2
expect_contains "apply without run sentence" "$ERR" "Say which preview to apply by its run number"
run apply abc
expect_eq "apply not a number rc" "$RC" 2
expect_contains "apply not a number sentence" "$ERR" "“leadbridge-cli apply 42”"
run apply 1 2
expect_eq "apply two runs rc" "$RC" 2
run apply 4242 --json
expect_eq "unknown run rc" "$RC" 2
expect_eq "unknown run json" "$(json 'd["error"]' <<<"$OUT")" \
    "There is no run 4242 in the history. Check the preview's number on the History page or with leadbridge-cli history."
run --help
expect_contains "help lists apply" "$OUT" "apply RUN"

# --- the demo F2 flow: preview, then apply ----------------------------------------------------
run sandbox
expect_eq "sandbox rc" "$RC" 0
F2=$(sql "SELECT id FROM flows WHERE kind = 'crm_contact_sync' ORDER BY id LIMIT 1")
F1=$(sql "SELECT id FROM flows WHERE kind = 'webinar_import' ORDER BY id LIMIT 1")
[[ -n "$F2" && -n "$F1" ]] || { fail "the sandbox made no demo F1/F2 flows"; exit 1; }

run sync "$F2" --preview --json
expect_eq "preview rc" "$RC" 0
PREVIEW=$(json 'd["id"]' <<<"$OUT")
PLANNED=$(json 'd["created"] + d["updated"] + d["deleted"]' <<<"$OUT")
[[ "$PLANNED" -gt 0 ]] || fail "the preview planned nothing"
# Every write of the preview, as (system, record, operation, field, old, new).
PLAN=$(sql "SELECT system, record_key, operation, IFNULL(field,''), IFNULL(old_value,''), IFNULL(new_value,'')
            FROM record_changes WHERE run_id = $PREVIEW AND operation IN ('create','update','delete')
            ORDER BY 1, 2, 3, 4")
# A second preview of the same plan, for the refusal below.
run sync "$F2" --preview --json
SECOND=$(json 'd["id"]' <<<"$OUT")

run apply "$PREVIEW" --json
expect_eq "apply rc" "$RC" 0
expect_eq "apply status" "$(json 'd["status"]' <<<"$OUT")" succeeded
expect_eq "apply flow" "$(json 'd["flow_id"]' <<<"$OUT")" "$F2"
expect_eq "apply applies_preview" "$(json 'd["applies_preview"]' <<<"$OUT")" "$PREVIEW"
expect_eq "apply counts" "$(json 'd["created"] + d["updated"] + d["deleted"]' <<<"$OUT")" "$PLANNED"
# Held back are only writes the preview could not plan (a new flow's preview adds nobody to
# the list, so it cannot push the opt-outs Act-On holds for the people it adds), each with
# the reason naming the preview.
expect_eq "apply held reasons" \
    "$(json 'all(c["reason"].startswith(("Not written: this record changed after preview '"$PREVIEW"',", "Not written: preview '"$PREVIEW"' did not plan this")) for c in d["changes"] if c["reason"].startswith("Not written"))' <<<"$OUT")" True
expect_eq "apply changes are the run's" \
    "$(json 'len(d["changes"])' <<<"$OUT")" "$(sql "SELECT COUNT(*) FROM record_changes WHERE run_id = $(json 'd["id"]' <<<"$OUT")")"
APPLY=$(json 'd["id"]' <<<"$OUT")
expect_eq "apply recorded" "$(sql "SELECT mode <> 'preview', status, applies_preview FROM runs WHERE id = $APPLY")" \
    "1|succeeded|$PREVIEW"
# Creates are recorded as one row each by a run and by a preview: the same writes.
expect_eq "apply wrote the plan" \
    "$(sql "SELECT system, record_key, operation, IFNULL(field,''), IFNULL(old_value,''), IFNULL(new_value,'')
            FROM record_changes WHERE run_id = $APPLY AND operation IN ('create','update','delete')
            ORDER BY 1, 2, 3, 4")" "$PLAN"
expect_eq "apply held no previewed write" \
    "$(sql "SELECT COUNT(*) FROM record_changes a WHERE a.run_id = $APPLY AND a.reason LIKE 'Not written%'
            AND EXISTS (SELECT 1 FROM record_changes p WHERE p.run_id = $PREVIEW
                        AND p.operation IN ('create','update','delete') AND p.system = a.system
                        AND p.record_key = a.record_key AND IFNULL(p.field,'') = IFNULL(a.field,''))")" 0
run history --json --limit 1
expect_eq "history applies_preview" "$(json 'd[0]["applies_preview"]' <<<"$OUT")" "$PREVIEW"

# --- refusals -----------------------------------------------------------------------------------
run apply "$PREVIEW"
expect_eq "applied again rc" "$RC" 2
expect_eq "applied again sentence" "$ERR" "Preview $PREVIEW was applied already, by run $APPLY."
expect_eq "applied again writes nothing" "$(sql "SELECT COUNT(*) FROM runs WHERE id > $APPLY")" 0
run apply "$PREVIEW" --json
expect_eq "applied again json" "$(json 'd["error"]' <<<"$OUT")" "Preview $PREVIEW was applied already, by run $APPLY."

run apply "$SECOND"
expect_eq "ran after rc" "$RC" 2
expect_contains "ran after sentence" "$ERR" "Run $APPLY of “"
expect_contains "ran after sentence end" "$ERR" "ran after preview $SECOND, so this plan is out of date."

run apply "$APPLY"
expect_eq "not a preview rc" "$RC" 2
expect_eq "not a preview sentence" "$ERR" "Run $APPLY was not a preview. Only a preview's plan can be applied."

# --- a preview after the run, applied in plain text ---------------------------------------------
run sync "$F2" --preview --json
THIRD=$(json 'd["id"]' <<<"$OUT")
if [[ "$(json 'd["created"] + d["updated"] + d["deleted"]' <<<"$OUT")" -gt 0 ]]; then
    run apply "$THIRD"
    expect_eq "text apply rc" "$RC" 0
    expect_contains "text apply summary" "$OUT" ": Succeeded."
    expect_contains "text apply says which preview" "$OUT" "This run carried out preview $THIRD."
    expect_contains "text apply lists the changes" "$OUT" "Record by record:"
    expect_contains "text apply updated" "$OUT" "updated"
    expect_eq "text apply recorded" "$(sql "SELECT applies_preview FROM runs WHERE id = (SELECT MAX(id) FROM runs)")" "$THIRD"
else
    run apply "$THIRD"
    expect_eq "nothing planned rc" "$RC" 2
    expect_eq "nothing planned sentence" "$ERR" "Preview $THIRD planned no changes, so there is nothing to apply."
fi

run sync "$F1" --preview --json
expect_eq "F1 preview rc" "$RC" 0
F1_PREVIEW=$(json 'd["id"]' <<<"$OUT")
if [[ "$(json 'd["created"] + d["updated"]' <<<"$OUT")" -gt 0 ]]; then
    run apply "$F1_PREVIEW"
    expect_eq "F1 apply rc" "$RC" 2
    expect_contains "F1 apply sentence" "$ERR" "imports or hands over records as they come; its previews show what Sync Now would do."
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: test_cli_apply"
