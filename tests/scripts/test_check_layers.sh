#!/usr/bin/env bash
# scripts/check-layers.sh fails when it should: on tiny fake trees, a forbidden include and an
# over-long file must each exit 1 and name the file and line; clean trees must exit 0.
# $1 = the repository root (where scripts/check-layers.sh is).
set -uo pipefail

ROOT=${1:?usage: test_check_layers.sh <repository root>}
CHECK="$ROOT/scripts/check-layers.sh"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_eq() { [[ "$2" == "$3" ]] || fail "$1: expected [$3], got [$2]"; }
expect_contains() { [[ "$2" == *"$3"* ]] || fail "$1: [$2] does not contain [$3]"; }
expect_not_contains() { [[ "$2" != *"$3"* ]] || fail "$1: [$2] contains [$3]"; }
run() { # run <args...>: sets OUT, ERR, RC
    OUT=$(bash "$CHECK" "$@" 2>"$WORK/stderr"); RC=$?; ERR=$(cat "$WORK/stderr")
}
put() { # put <path> <lines...>: writes a file in the fake tree
    local path="$1"; shift
    mkdir -p "$(dirname "$path")"
    printf '%s\n' "$@" >"$path"
}

# 1. A clean fake tree passes with the built-in rules.
T="$WORK/clean"
put "$T/core/util/Good.h" '#pragma once' '#include "core/util/Other.h"' '#include <QString>'
put "$T/core/model/Thing.cpp" '#include "core/model/Thing.h"' '#include "core/mapping/CrmKind.h"'
put "$T/core/store/Repo.cpp" '#include "core/store/Repo.h"' '#include "core/model/Thing.h"' \
    '#include "core/util/Good.h"'
put "$T/core/engine/Runner.cpp" '#include "core/store/Repo.h"' '#include "core/connectors/Conn.h"'
put "$T/app/sandboxwiring/Wire.cpp" '#include "core/sandbox/Emu.h"' '#include "core/engine/Runner.h"'
put "$T/ui/Page.cpp" '#include "core/engine/Runner.h"'
run --root "$T"
expect_eq "clean tree exit" "$RC" 0
expect_eq "clean tree output" "$OUT" ""

# 2. One forbidden include: util reaches up into the engine.
T="$WORK/util-up"
cp -r "$WORK/clean" "$T"
put "$T/core/util/Bad.cpp" '#include "core/util/Bad.h"' '' '#include "core/engine/AccountService.h"'
run --root "$T"
expect_eq "util → engine exit" "$RC" 1
expect_eq "util → engine output" "$OUT" \
    "core/util/Bad.cpp:3: core/util must not include core/engine/AccountService.h (util is the lowest floor)"
expect_contains "util → engine count" "$ERR" "1 violation(s)"

# 3. The store reaching into the engine, and into ui/ (named once, by the narrowest rule).
T="$WORK/store-up"
cp -r "$WORK/clean" "$T"
put "$T/core/store/LinkRepository.h" '#pragma once' '#include "core/engine/LinkSnapshot.h"' \
    '#include "ui/MainWindow.h"'
run --root "$T"
expect_eq "store → engine exit" "$RC" 1
expect_contains "store → engine" "$OUT" \
    "core/store/LinkRepository.h:2: core/store must not include core/engine/LinkSnapshot.h"
expect_contains "store → ui" "$OUT" "core/store/LinkRepository.h:3: core/store must not include ui/MainWindow.h"
expect_eq "store → ui reported once" "$(grep -c 'LinkRepository.h:3:' <<<"$OUT")" 1

# 4. Anything in core including app/ (the command line lives there now).
T="$WORK/core-app"
cp -r "$WORK/clean" "$T"
put "$T/core/engine/Cli.cpp" '  #  include "app/cli/CommandLine.h"'
run --root "$T"
expect_eq "core → app exit" "$RC" 1
expect_contains "core → app" "$OUT" \
    "core/engine/Cli.cpp:1: core must not include app/cli/CommandLine.h (core never includes"

# 4b. The engine reaching into the emulators, and a page into a connector.
T="$WORK/engine-sandbox"
cp -r "$WORK/clean" "$T"
put "$T/core/engine/Demo.cpp" '#include "core/sandbox/Emu.h"'
put "$T/ui/Dialog.cpp" '#include "core/connectors/salesforce/SignIn.h"'
run --root "$T"
expect_eq "engine → sandbox exit" "$RC" 1
expect_contains "engine → sandbox" "$OUT" "core/engine/Demo.cpp:1: core/engine must not include core/sandbox/Emu.h"
expect_contains "ui → connectors" "$OUT" \
    "ui/Dialog.cpp:1: ui must not include core/connectors/salesforce/SignIn.h"

# 5. maxlines: an over-long file fails, files at the limit and excluded globs pass.
T="$WORK/sizes"
put "$T/core/Long.cpp" 1 2 3 4 5 6
put "$T/core/Exact.h" 1 2 3 4 5
put "$T/translations/Huge.cpp" 1 2 3 4 5 6 7 8 9
put "$T/build/debug/Generated.cpp" 1 2 3 4 5 6 7 8 9
put "$WORK/size-rules" '# size only' 'maxlines 5 *.cpp *.h !translations/* -- split the file'
run --root "$T" --rules "$WORK/size-rules"
expect_eq "maxlines exit" "$RC" 1
expect_eq "maxlines output" "$OUT" "core/Long.cpp: 6 lines, more than 5 (split the file)"
put "$WORK/size-rules-ok" 'maxlines 6 *.cpp *.h !translations/*'
run --root "$T" --rules "$WORK/size-rules-ok"
expect_eq "maxlines at the limit exit" "$RC" 0

# 6. An unreadable rule is a usage error, not a pass.
put "$WORK/bad-rules" 'maxlines many *.cpp'
run --root "$T" --rules "$WORK/bad-rules"
expect_eq "bad rule exit" "$RC" 2
expect_contains "bad rule sentence" "$ERR" "maxlines rule needs a number"

# 7. The built-in table holds for the real tree.
run --root "$ROOT"
expect_eq "repository exit" "$RC" 0
[[ $RC -eq 0 ]] || echo "$OUT" >&2

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "check-layers: all cases behaved"
