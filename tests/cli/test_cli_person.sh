#!/usr/bin/env bash
# leadbridge-cli person EMAIL as an operator uses it, on a journal holding the changes of three
# flows (F1, F2, F4) to one person whose e-mail address changed in between: the readable
# table (newest first, linked records on top, the earlier address followed), --json
# {email, links, changes}, --limit, an unknown person (empty timeline, exit 0), a bad e-mail
# and a missing one (exit 2 with a sentence), and terminal escapes in recorded values.
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
sql() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=30); c.executescript(sys.argv[2]); c.commit()" "$DB" "$1"; }

run info
expect_eq "info rc" "$RC" 0
# Ada was old@example.com in runs 1 and 2 (F1, F2); run 3 (F2) changed her address in
# Salesforce, run 4 (F4) handed her off to Pipeliner under the new one; a preview and another
# person's rows must not appear.
sql "
INSERT INTO flows (id, kind, name, created_at, updated_at) VALUES
 (1, 'webinar_import', 'Webinars', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 (2, 'crm_contact_sync', 'Contacts', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 (4, 'lead_handoff', 'Handoff', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
INSERT INTO runs (id, flow_id, trigger, mode, status, started_at, finished_at) VALUES
 (1, 1, 'manual', 'full', 'succeeded', '2026-03-01T09:00:00.000Z', '2026-03-01T09:01:00.000Z'),
 (2, 2, 'manual', 'full', 'succeeded', '2026-03-02T09:00:00.000Z', '2026-03-02T09:01:00.000Z'),
 (3, 2, 'schedule', 'incremental', 'succeeded_with_errors', '2026-03-03T09:00:00.000Z', '2026-03-03T09:01:00.000Z'),
 (4, 4, 'cli', 'incremental', 'succeeded', '2026-03-04T09:00:00.000Z', '2026-03-04T09:01:00.000Z'),
 (5, 2, 'manual', 'preview', 'succeeded', '2026-03-05T09:00:00.000Z', '2026-03-05T09:01:00.000Z');
INSERT INTO record_changes (id, run_id, system, object, record_key, operation, field, old_value, new_value, reason) VALUES
 (1, 1, 'acton', 'list:Webinar A', 'old@example.com', 'create', 'First Name', NULL, 'Ada', NULL),
 (2, 1, 'acton', 'list:Webinar A', 'bob@example.com', 'create', 'First Name', NULL, 'Bob', NULL),
 (3, 2, 'acton', 'l-2', 'old@example.com', 'create', 'Company', NULL, 'Analytical Engines', NULL),
 (4, 3, 'acton', 'l-2', 'old@example.com', 'update', 'E-mail Address', 'old@example.com', 'ada@example.com', NULL),
 (5, 3, 'salesforce', 'Contact', 'old@example.com', 'error', NULL, NULL, NULL, 'Salesforce refused the phone number.'),
 (6, 4, 'pipeliner', 'Leads', 'ada@example.com|l-1', 'create', 'owner', NULL, 'Jo Sales', NULL),
 (7, 4, 'pipeliner', 'Contacts', 'ada@example.com', 'create', 'last_name', NULL, 'Lovelace' || char(27) || '[31m', NULL),
 (8, 5, 'acton', 'l-2', 'ada@example.com', 'update', 'Company', 'Analytical Engines', 'Preview Ltd', NULL);
INSERT INTO record_links (flow_id, email_key, on24_id, acton_id, salesforce_id, salesforce_type, pipeliner_id, updated_at) VALUES
 (1, 'old@example.com', 'R-77', 'l-1:a', NULL, NULL, NULL, '2026-03-01T09:01:00.000Z'),
 (2, 'ada@example.com', NULL, 'l-2:a', '003A', 'contact', NULL, '2026-03-03T09:01:00.000Z'),
 (4, 'ada@example.com|l-1', NULL, 'l-1:a', NULL, NULL, 'P9', '2026-03-04T09:01:00.000Z');
"

# --- the table ---------------------------------------------------------------------------
run person " ADA@example.com "
expect_eq "table rc" "$RC" 0
expect_eq "table stderr" "$ERR" ""
expect_contains "heading" "$OUT" "Person ada@example.com (also recorded as old@example.com)"
expect_contains "links" "$OUT" "Linked records:"
expect_contains "pipeliner link" "$OUT" "Pipeliner   P9"
expect_contains "salesforce link" "$OUT" "Salesforce  003A (contact)"
expect_contains "on24 link" "$OUT" "ON24        R-77"
expect_contains "changes header" "$OUT" "Changes, newest first:"
expect_contains "error reason" "$OUT" "Salesforce refused the phone number."
expect_contains "email change" "$OUT" "old@example.com → ada@example.com"
expect_not_contains "other person" "$OUT" "Bob"
expect_not_contains "preview" "$OUT" "Preview Ltd"
expect_not_contains "raw escape" "$OUT" $'\e'
# Newest first: run 4's rows, then 3, 2, 1.
ORDER=$(echo "$OUT" | sed -n '/^Run started/,$p' | tail -n +2 | awk '{print $3}' | tr '\n' ' ')
expect_eq "runs newest first" "$ORDER" "4 4 3 3 2 1 "

# --- JSON --------------------------------------------------------------------------------
run person ada@example.com --json
expect_eq "json rc" "$RC" 0
expect_eq "json email" "$(echo "$OUT" | json 'd["email"]')" "ada@example.com"
expect_eq "json links" "$(echo "$OUT" | json 'sorted(d["links"].items())')" \
    "[('acton', 'l-1:a'), ('on24', 'R-77'), ('pipeliner', 'P9'), ('salesforce', '003A')]"
expect_eq "json change ids" "$(echo "$OUT" | json '[c["id"] for c in d["changes"]]')" "[7, 6, 5, 4, 3, 1]"
expect_eq "json flows" "$(echo "$OUT" | json 'sorted({c["flow_kind"] for c in d["changes"]})')" \
    "['crm_contact_sync', 'lead_handoff', 'webinar_import']"
expect_eq "json one change" "$(echo "$OUT" | json '[(c["run"], c["flow"], c["system"], c["operation"], c["field"], c["old_value"], c["new_value"], c["run_status"], c["run_started_at"]) for c in d["changes"] if c["id"] == 4][0]')" \
    "(3, 'Contacts', 'acton', 'update', 'E-mail Address', 'old@example.com', 'ada@example.com', 'succeeded_with_errors', '2026-03-03T09:00:00.000Z')"
expect_eq "json addresses" "$(echo "$OUT" | json 'd["addresses"]')" "['ada@example.com', 'old@example.com']"
expect_eq "json truncated" "$(echo "$OUT" | json 'd["truncated"]')" "False"
expect_eq "json value kept whole" "$(echo "$OUT" | json 'repr(d["changes"][0]["new_value"])')" "'Lovelace\x1b[31m'"

run person ada@example.com --json --limit 2
expect_eq "limit rc" "$RC" 0
expect_eq "limit ids" "$(echo "$OUT" | json '[c["id"] for c in d["changes"]]')" "[7, 6]"
expect_eq "limit truncated" "$(echo "$OUT" | json 'd["truncated"]')" "True"
run person ada@example.com --limit 2
expect_contains "limit table" "$OUT" "The newest 2 changes (there are more; raise --limit):"
run person ada@example.com --limit 0
expect_eq "bad limit rc" "$RC" 2
expect_contains "bad limit" "$ERR" "--limit needs a positive whole number"

# --- nobody, bad input -----------------------------------------------------------------------
run person nobody@example.com
expect_eq "unknown rc" "$RC" 0
expect_eq "unknown text" "$OUT" "No changes recorded for nobody@example.com."
run person nobody@example.com --json
expect_eq "unknown json rc" "$RC" 0
expect_eq "unknown json" "$(echo "$OUT" | json '(d["email"], d["links"], d["changes"])')" "('nobody@example.com', {}, [])"

run person "ada at example"
expect_eq "bad email rc" "$RC" 2
expect_eq "bad email text" "$ERR" "“ada at example” is not an e-mail address. Give the person's address, for example “leadbridge-cli person ada@example.com”."
expect_eq "bad email stdout" "$OUT" ""
run person
expect_eq "missing email rc" "$RC" 2
expect_contains "missing email text" "$ERR" "Say whose changes to show, by e-mail address"
run person a@example.com b@example.com
expect_eq "two emails rc" "$RC" 2

run --help
expect_contains "help" "$OUT" "person EMAIL [--limit N]"

if (( failures > 0 )); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: test_cli_person"
