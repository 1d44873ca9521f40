#!/usr/bin/env bash
# leadbridge-cli hot-prospects against the built-in sandbox: account choice (and the sentence
# when it is ambiguous), --json (ranked per owner, at most --limit each, scores falling),
# --owner by CRM id and by name (the same rows as in the full answer), an unknown owner
# (exit 2 with the owners named), a bad --limit, and the text table.
# Runs inside the keyring session (ctest is run by scripts/with-keyring.sh).
# $1 = directory of the executables.
set -uo pipefail

BIN_DIR=${1:?usage: test_cli_hot_prospects.sh <directory of leadbridge-cli>}
CLI="$BIN_DIR/leadbridge-cli"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export LEADBRIDGE_DATA_DIR="$WORK/data"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_eq() { [[ "$2" == "$3" ]] || fail "$1: expected [$3], got [$2]"; }
expect_contains() { [[ "$2" == *"$3"* ]] || fail "$1: [$2] does not contain [$3]"; }
run() { # run <args...> (stdin from /dev/null): sets OUT, ERR, RC
    OUT=$("$CLI" "$@" 2>"$WORK/stderr" </dev/null); RC=$?; ERR=$(cat "$WORK/stderr")
}
py() { python3 -c "$1" "${@:2}"; }

if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    echo "SKIP: no session bus; run through scripts/with-keyring.sh"; exit 0
fi

# --- no accounts ------------------------------------------------------------------------
run hot-prospects
expect_eq "no accounts rc" "$RC" 2
expect_contains "no accounts says what to do" "$ERR" "No Act-On account is linked"

run sandbox
expect_eq "sandbox rc" "$RC" 0

# --- two CRM accounts: say which ----------------------------------------------------------
run hot-prospects
expect_eq "ambiguous crm rc" "$RC" 2
expect_contains "ambiguous crm names them" "$ERR" "Several Salesforce or Pipeliner accounts are linked"
expect_contains "ambiguous crm option" "$ERR" "--crm"
run hot-prospects --crm "Sandbox ON24"
expect_eq "wrong kind rc" "$RC" 2
expect_contains "wrong kind" "$ERR" "is a ON24 account, not a Salesforce or Pipeliner account"
run hot-prospects --crm "Sandbox Pipeliner" --limit 0
expect_eq "bad limit rc" "$RC" 2

# --- JSON: per owner, ranked, at most --limit -----------------------------------------------
run hot-prospects --crm "Sandbox Pipeliner" --limit 5 --json
expect_eq "json rc" "$RC" 0
echo "$OUT" >"$WORK/all.json"
CHECK=$(py '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["crm"] == "Pipeliner", d["crm"]
assert d["limit"] == 5
assert d["lists_read"], "no lists read"
owners = [o["name"] for o in d["owners"]]
assert len(owners) >= 2, owners
by = {}
for p in d["prospects"]:
    by.setdefault(p["owner"], []).append(p)
    assert p["type"] == "Contact", p
    assert p["crm_id"] and p["email"] == p["email"].strip().lower(), p
    assert p["lists"], p
for name, rows in by.items():
    assert [p["rank"] for p in rows] == list(range(1, len(rows) + 1)), rows
    assert len(rows) <= 5, (name, len(rows))
    scores = [p["score"] for p in rows]
    assert scores == sorted(scores, reverse=True), (name, scores)
for o in d["owners"]:
    assert o["shown"] == len(by[o["name"]]) == min(5, o["scored"]), o
assert d["people_scored"] == sum(o["scored"] for o in d["owners"]) + d["not_in_crm"]
print("ok", len(d["prospects"]), d["not_in_crm"])
' "$WORK/all.json" 2>&1)
expect_contains "json is ranked per owner" "$CHECK" "ok "
echo "hot-prospects --json: $CHECK (rows, not in CRM)"

OWNER_ID=$(py 'import json,sys; print(json.load(open(sys.argv[1]))["owners"][1]["id"])' "$WORK/all.json")
OWNER_NAME=$(py 'import json,sys; print(json.load(open(sys.argv[1]))["owners"][1]["name"])' "$WORK/all.json")
EXPECTED=$(py '
import json, sys
d = json.load(open(sys.argv[1]))
print([p["email"] for p in d["prospects"] if p["owner_id"] == sys.argv[2]])' "$WORK/all.json" "$OWNER_ID")

run hot-prospects --crm "Sandbox Pipeliner" --limit 5 --json --owner "$OWNER_ID"
expect_eq "owner by id rc" "$RC" 0
GOT=$(echo "$OUT" | py 'import json,sys; d=json.load(sys.stdin); print([p["email"] for p in d["prospects"]])')
expect_eq "owner by id: that owner's rows only" "$GOT" "$EXPECTED"
OWNERS=$(echo "$OUT" | py 'import json,sys; d=json.load(sys.stdin); print(len(d["owners"]))')
expect_eq "owner by id: one owner" "$OWNERS" 1

run hot-prospects --crm "Sandbox Pipeliner" --limit 5 --json --owner "${OWNER_NAME^^}"
expect_eq "owner by name rc" "$RC" 0
GOT=$(echo "$OUT" | py 'import json,sys; d=json.load(sys.stdin); print([p["email"] for p in d["prospects"]])')
expect_eq "owner by name (any case): the same rows" "$GOT" "$EXPECTED"

run hot-prospects --crm "Sandbox Pipeliner" --owner "No Such Seller"
expect_eq "unknown owner rc" "$RC" 2
expect_contains "unknown owner sentence" "$ERR" "No sales owner “No Such Seller” has a scored person in Pipeliner. The owners are:"
expect_contains "unknown owner lists owners" "$ERR" "$OWNER_NAME ($OWNER_ID)"

# --- text table --------------------------------------------------------------------------
run hot-prospects --crm "Sandbox Pipeliner" --limit 1
expect_eq "text rc" "$RC" 0
expect_contains "text header" "$OUT" "Owner"
expect_contains "text names the owner" "$OUT" "$OWNER_NAME"
expect_contains "text counts people outside the CRM" "$OUT" "not in Pipeliner"
expect_contains "text names the lists" "$OUT" "Read "

# --- Salesforce: the flows' lists do not exist before the first run ------------------------
run hot-prospects --crm "Sandbox Salesforce"
expect_eq "flows' lists missing rc" "$RC" 4
expect_contains "flows' lists missing sentence" "$ERR" "--all-lists"
run hot-prospects --crm "Sandbox Salesforce" --all-lists --json --limit 3
expect_eq "salesforce all lists rc" "$RC" 0
TYPES=$(echo "$OUT" | py 'import json,sys; d=json.load(sys.stdin); print(sorted({p["type"] for p in d["prospects"]}))')
expect_eq "salesforce leads and contacts" "$TYPES" "['Contact', 'Lead']"

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all hot-prospects CLI checks passed"
