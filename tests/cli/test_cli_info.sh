#!/usr/bin/env bash
# leadbridge-cli foundation: global options, exit codes and the `info` command,
# checked as a person or a script would see them. $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
own_home

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
sha() { sha256sum "$1" | cut -d' ' -f1; }
make_db() { # make_db <path> <sql>
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit(); c.close()' "$1" "$2"
}

# --version
run --version
expect_eq "--version exit" "$RC" 0
[[ "$OUT" =~ ^LeadBridge\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed [$OUT]"
VERSION=${OUT#LeadBridge }
# The journal schema this build writes: one migration step per versionN() in JournalSchema.cpp.
LATEST=$(grep -cE '^Migration version[0-9]+\(\)' "${LEADBRIDGE_TEST_SOURCE_DIR:?}/core/store/JournalSchema.cpp")
run --version --json
expect_eq "--version --json" "$(echo "$OUT" | json_field version)" "$VERSION"

# --help lists the commands and global options
run --help
expect_eq "--help exit" "$RC" 0
for word in info --data-dir --json --version --verbose; do expect_contains "--help" "$OUT" "$word"; done

# info, text
DATA="$WORK/data dir"
run --data-dir "$DATA" info
expect_eq "info exit" "$RC" 0
expect_eq "info stderr" "$ERR" ""
expect_eq "info text" "$OUT" "LeadBridge $VERSION
Data folder:    $DATA
Journal:        $DATA/journal.sqlite
Schema version: $LATEST (this version understands up to $LATEST)
Log folder:     $DATA/logs"
[[ -f "$DATA/journal.sqlite" ]] || fail "info did not create the journal"
[[ -d "$DATA/logs" ]] || fail "info did not create the log folder"

# info, JSON (options may follow the command too)
run info --json --data-dir "$DATA"
expect_eq "info --json exit" "$RC" 0
expect_eq "json version" "$(echo "$OUT" | json_field version)" "$VERSION"
expect_eq "json data_dir" "$(echo "$OUT" | json_field data_dir)" "$DATA"
expect_eq "json journal_path" "$(echo "$OUT" | json_field journal_path)" "$DATA/journal.sqlite"
expect_eq "json schema_version" "$(echo "$OUT" | json_field schema_version)" "$LATEST"
expect_eq "json latest_schema_version" "$(echo "$OUT" | json_field latest_schema_version)" "$LATEST"
expect_eq "json journal_mode" "$(echo "$OUT" | json_field journal_mode)" wal
expect_eq "json log_dir" "$(echo "$OUT" | json_field log_dir)" "$DATA/logs"

# LEADBRIDGE_DATA_DIR is honoured; --data-dir wins over it
OUT=$(LEADBRIDGE_DATA_DIR="$WORK/env" "$CLI" info --json); RC=$?
expect_eq "env exit" "$RC" 0
expect_eq "env data_dir" "$(echo "$OUT" | json_field data_dir)" "$WORK/env"
OUT=$(LEADBRIDGE_DATA_DIR="$WORK/env" "$CLI" --data-dir "$WORK/flag" info --json)
expect_eq "flag beats env" "$(echo "$OUT" | json_field data_dir)" "$WORK/flag"

# Default location: QStandardPaths AppDataLocation = $XDG_DATA_HOME/LeadBridge on Linux
run info --json
expect_eq "default data_dir" "$(echo "$OUT" | json_field data_dir)" "$XDG_DATA_HOME/LeadBridge"

# Usage errors exit 2 with a sentence on stderr
run
expect_eq "no command exit" "$RC" 2
expect_contains "no command" "$ERR" "No command given."
run frobnicate
expect_eq "unknown command exit" "$RC" 2
expect_contains "unknown command" "$ERR" "Unknown command “frobnicate”."
run --no-such-option info
expect_eq "unknown option exit" "$RC" 2
expect_contains "unknown option" "$ERR" "no-such-option"
run info extra
expect_eq "extra argument exit" "$RC" 2
run --data-dir
expect_eq "missing --data-dir value exit" "$RC" 2

# A journal from a newer LeadBridge (one schema step past this build's): exit 3, the sentence,
# file untouched
FUTURE=$((LATEST + 1))
NEWER="$WORK/newer"
mkdir -p "$NEWER"
make_db "$NEWER/journal.sqlite" "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, '2030-01-01T00:00:00.000Z'), ($FUTURE, '2031-01-01T00:00:00.000Z');
CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO accounts VALUES (1, 'future');"
BEFORE=$(sha "$NEWER/journal.sqlite")
run --data-dir "$NEWER" info
expect_eq "newer exit" "$RC" 3
expect_eq "newer stdout" "$OUT" ""
expect_eq "newer stderr" "$ERR" "This journal was written by a newer LeadBridge (schema $FUTURE; this version understands up to $LATEST). Install the newer version or choose another data folder."
expect_eq "newer file unchanged" "$(sha "$NEWER/journal.sqlite")" "$BEFORE"
run --verbose --data-dir "$NEWER" info
expect_eq "newer --verbose exit" "$RC" 3
expect_contains "--verbose shows the technical line" "$ERR" "leadbridge.store: Refusing"
run --data-dir "$NEWER" --json info
expect_eq "newer --json exit" "$RC" 3
expect_contains "newer --json error" "$(echo "$OUT" | json_field error)" "schema $FUTURE; this version understands up to $LATEST"
expect_eq "newer file unchanged (json)" "$(sha "$NEWER/journal.sqlite")" "$BEFORE"

# Not a database: exit 3, the sentence, file untouched
BAD="$WORK/bad"
mkdir -p "$BAD"
printf 'name,email\nAda,ada@example.com\n' > "$BAD/journal.sqlite"
BEFORE=$(sha "$BAD/journal.sqlite")
run --data-dir "$BAD" info
expect_eq "not-a-db exit" "$RC" 3
expect_eq "not-a-db stderr" "$ERR" "The file $BAD/journal.sqlite is not a LeadBridge journal or is damaged, so LeadBridge left it untouched. Move it aside or choose another data folder."
expect_eq "not-a-db file unchanged" "$(sha "$BAD/journal.sqlite")" "$BEFORE"

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "test_cli_info: all checks passed"
