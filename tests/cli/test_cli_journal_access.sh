#!/usr/bin/env bash
# The data folder as another user on the machine sees it: a new journal, its WAL files and
# the logs are readable by their owner only, an older world-readable journal is tightened,
# and a valid journal that may not be written is reported as read-only, not as damaged.
# $1 = directory of the executables.
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
own_home

mode() { stat -c %a "$1"; }

# A fresh data folder, created by LeadBridge.
DATA="$WORK/fresh/data"
"$CLI" --data-dir "$DATA" flows >/dev/null 2>&1 || fail "flows on a fresh data folder failed"
expect_eq "data folder mode" "$(mode "$DATA")" 700
expect_eq "journal mode" "$(mode "$DATA/journal.sqlite")" 600
for f in "$DATA"/journal.sqlite-wal "$DATA"/journal.sqlite-shm; do
    [[ -e "$f" ]] && expect_eq "$(basename "$f") mode" "$(mode "$f")" 600
done
[[ -d "$DATA/logs" ]] && expect_eq "logs folder mode" "$(mode "$DATA/logs")" 700
for f in "$DATA"/logs/*; do
    [[ -f "$f" ]] && expect_eq "log $(basename "$f") mode" "$(mode "$f")" 600
done

# A journal left world-readable by an older version is tightened on the next open.
chmod 644 "$DATA/journal.sqlite"
"$CLI" --data-dir "$DATA" flows >/dev/null 2>&1 || fail "flows on an older journal failed"
expect_eq "tightened journal mode" "$(mode "$DATA/journal.sqlite")" 600

# A valid journal the user may read but not write: "read-only", never "damaged".
RO="$WORK/shared"
mkdir -p "$RO"
"$CLI" --data-dir "$RO" flows >/dev/null 2>&1 || fail "flows to create the shared journal failed"
rm -f "$RO"/journal.sqlite-wal "$RO"/journal.sqlite-shm
chmod 755 "$WORK" "$RO"
chmod 644 "$RO/journal.sqlite"
if [[ $(id -u) -eq 0 ]]; then
    # Root may write anywhere; ask as the unprivileged "nobody" user, as another user would.
    chmod 755 "$(dirname "$CLI")"
    OUT=$(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/nonexistent \
        "$CLI" --data-dir "$RO" flows 2>&1); RC=$?
else
    chmod 555 "$RO"; chmod 444 "$RO/journal.sqlite"
    OUT=$("$CLI" --data-dir "$RO" flows 2>&1); RC=$?
    chmod 755 "$RO"; chmod 644 "$RO/journal.sqlite"
fi
[[ $RC -ne 0 ]] || fail "a read-only journal was opened for writing (exit 0)"
expect_contains "read-only sentence" "$OUT" "read-only"
[[ "$OUT" == *damaged* ]] && fail "a read-only journal was called damaged: $OUT"

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "journal access checks passed"
