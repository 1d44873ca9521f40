#!/usr/bin/env bash
# leadbridge-cli conflicts [FLOW] and conflicts resolve ID --keep crm|acton as an operator of a
# headless server uses them, on a journal holding conflicts held for review by two flows: the
# table (open and decided first), one flow, --json, resolving (the row becomes "resolved" with
# the side kept), and the refusals: a conflict already applied, an unknown id, a missing or
# wrong --keep, an unknown flow (exit 2 with a sentence, nothing changed).
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
sql() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=30); c.executescript(sys.argv[2]); c.commit()" "$DB" "$1"; }
query() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=30); print(c.execute(sys.argv[2]).fetchall())" "$DB" "$1"; }

run info
expect_eq "info rc" "$RC" 0

run conflicts
expect_eq "empty rc" "$RC" 0
expect_contains "empty text" "$OUT" "No conflicts held for review."

sql "
INSERT INTO flows (id, kind, name, created_at, updated_at) VALUES
 (2, 'crm_contact_sync', 'Contacts', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 (3, 'crm_contact_sync', 'Pipeliner people', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
INSERT INTO runs (id, flow_id, trigger, mode, status, started_at, finished_at) VALUES
 (7, 2, 'manual', 'incremental', 'succeeded', '2026-03-02T09:00:00.000Z', '2026-03-02T09:01:00.000Z'),
 (8, 2, 'manual', 'incremental', 'succeeded', '2026-03-03T09:00:00.000Z', '2026-03-03T09:01:00.000Z'),
 (9, 3, 'manual', 'incremental', 'succeeded', '2026-03-03T09:00:00.000Z', '2026-03-03T09:01:00.000Z');
INSERT INTO conflicts (id, flow_id, person_key, crm_system, crm_id, crm_type, acton_id, field, crm_value, acton_value, found_run_id, found_at, status, keep, decided_at, applied_run_id) VALUES
 (1, 2, 'ada@example.com', 'salesforce', '00QA', 'Lead', 'l-1:a', 'Last Name', 'Crm-Lovelace', 'ActOn-Lovelace', 7, '2026-03-02T09:00:30.000Z', 'open', NULL, NULL, NULL),
 (2, 2, 'ada@example.com', 'salesforce', '00QA', 'Lead', 'l-1:a', 'Job Title', 'CEO', 'Founder', 7, '2026-03-02T09:00:30.000Z', 'applied', 'acton', '2026-03-02T10:00:00.000Z', 8),
 (3, 3, 'bo@example.com', 'pipeliner', 'P5', 'Contact', 'l-2:b', 'Phone', '+44 1', '+44 2', 9, '2026-03-03T09:00:30.000Z', 'open', NULL, NULL, NULL);
"

# --- the table ---------------------------------------------------------------------------
run conflicts
expect_eq "table rc" "$RC" 0
expect_eq "table stderr" "$ERR" ""
expect_contains "header" "$OUT" "Act-On value"
expect_contains "ada" "$OUT" "ada@example.com"
expect_contains "values" "$OUT" "Crm-Lovelace"
expect_contains "applied" "$OUT" "applied by run 8"
expect_contains "pipeliner flow" "$OUT" "Pipeliner people"
# Open and decided first (by id), then the settled ones.
ORDER=$(echo "$OUT" | tail -n +2 | awk '{print $1}' | tr '\n' ' ')
expect_eq "order" "$ORDER" "1 3 2 "

run conflicts Contacts --json
expect_eq "json rc" "$RC" 0
expect_eq "json ids" "$(echo "$OUT" | json '[c["id"] for c in d]')" "[1, 2]"
expect_eq "json row" "$(echo "$OUT" | json '[(c["person"], c["field"], c["crm_value"], c["acton_value"], c["status"], c["keep"], c["found_run"], c["crm_type"]) for c in d if c["id"] == 1][0]')" \
    "('ada@example.com', 'Last Name', 'Crm-Lovelace', 'ActOn-Lovelace', 'open', '', 7, 'Lead')"

run conflicts "No such flow"
expect_eq "unknown flow rc" "$RC" 2
expect_eq "unknown flow stdout" "$OUT" ""

# --- resolve -----------------------------------------------------------------------------
run conflicts resolve 1 3 --keep acton
expect_eq "resolve rc" "$RC" 0
expect_contains "resolve text" "$OUT" "Keeping the Act-On value of 2 conflict"
expect_eq "resolved rows" "$(query "SELECT id, status, keep FROM conflicts ORDER BY id")" \
    "[(1, 'resolved', 'acton'), (2, 'applied', 'acton'), (3, 'resolved', 'acton')]"
run conflicts
expect_contains "resolved status" "$OUT" "keep Act-On value, applied by the next run"

# Decided but not applied yet: may be decided again.
run conflicts resolve 3 --keep crm --json
expect_eq "again rc" "$RC" 0
expect_eq "again json" "$(echo "$OUT" | json '[(c["id"], c["status"], c["keep"]) for c in d]')" "[(3, 'resolved', 'crm')]"

run conflicts resolve 2 --keep crm
expect_eq "applied rc" "$RC" 2
expect_contains "applied text" "$ERR" "Conflict 2 was already applied"
expect_eq "applied unchanged" "$(query "SELECT keep FROM conflicts WHERE id = 2")" "[('acton',)]"

run conflicts resolve 99 --keep crm
expect_eq "unknown id rc" "$RC" 2
expect_eq "unknown id text" "$ERR" "There is no conflict 99."
run conflicts resolve 1
expect_eq "missing keep rc" "$RC" 2
expect_contains "missing keep text" "$ERR" "Say which value to keep"
run conflicts resolve 1 --keep both
expect_eq "wrong keep rc" "$RC" 2
run conflicts resolve x1 --keep crm
expect_eq "bad id rc" "$RC" 2
expect_contains "bad id text" "$ERR" "“x1” is not a conflict number"
run conflicts resolve --keep crm
expect_eq "no id rc" "$RC" 2
run conflicts Contacts --keep crm
expect_eq "keep without resolve rc" "$RC" 2
expect_eq "nothing changed" "$(query "SELECT id, status, keep FROM conflicts ORDER BY id")" \
    "[(1, 'resolved', 'acton'), (2, 'applied', 'acton'), (3, 'resolved', 'crm')]"

run --help
expect_contains "help" "$OUT" "conflicts resolve ID [ID ...] --keep crm|acton"

if (( failures > 0 )); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: test_cli_conflicts"
