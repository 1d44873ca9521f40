#!/usr/bin/env bash
# The layering check: which folder may include what, and (when switched on) how long a source
# file may grow. Fast, needs no build; ctest runs it as `layering` (tests/CMakeLists.txt).
#
# The floors, bottom to top (docs/architecture.md):
#   core/model, core/util, core/mapping → core/net, core/store, core/secrets → core/connectors
#   → core/engine → ui → app;  core/sandbox beside them (only app, ui and tests use it).
#
# Rules, one per line; adding a rule is adding a line. A reason follows "--".
#   <folder> <forbidden include prefix> ... -- <reason>
#       No .h/.cpp file under <folder> may have an `#include "<prefix>…"` line.
#   maxlines <N> <glob> ... [!<glob> ...] -- <reason>
#       No .h/.cpp file whose path (relative to the root) matches a glob, and none of the
#       !globs, may have more than <N> lines. `*` also matches "/".
# Blank lines and lines starting with # are ignored.
read -r -d '' LAYER_RULES <<'RULES'
core/util   core/store/ core/net/ core/secrets/ core/connectors/ core/engine/ core/sandbox/ ui/ app/ -- util is the lowest floor
core/model  core/store/ core/net/ core/secrets/ core/connectors/ core/engine/ core/sandbox/ ui/ app/ -- model is the lowest floor
core/store  core/connectors/ core/engine/ core/sandbox/ ui/ app/ -- the store sits below the connectors and the engine
core        ui/ app/ -- core never includes the user interface or the executables
core/engine core/sandbox/ -- the engine owns BuiltInSandbox; app/sandboxwiring plugs the emulators in
core/connectors core/sandbox/ -- connectors talk to real services, never to the emulators' code
core/net    core/sandbox/ -- the network layer knows no emulator
core/secrets core/sandbox/ -- the keychain knows no emulator
core/mapping core/sandbox/ -- mapping knows no emulator
ui          core/connectors/ core/sandbox/ -- pages talk to the engine only (AccountService, LookupService, FieldDiscovery, BrowserSignIn)
maxlines 1500 app/* core/* ui/* tests/* -- split a file by what it does before it passes 1,500 lines
RULES

set -euo pipefail

usage()
{
    cat <<'EOF'
Usage: scripts/check-layers.sh [--root DIR] [--rules FILE]
  --root DIR    the tree to check (default: the repository this script is in)
  --rules FILE  check these rules instead of the table at the top of this script
Prints each violation as "file:line: <folder> must not include <header> (<reason>)" or
"file: <n> lines, more than <N> (<reason>)", and exits 1 when there is any, 0 when none,
2 on a usage error or an unreadable rule.
EOF
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rules="$LAYER_RULES"
while [[ $# -gt 0 ]]; do
    case "$1" in
    --root)
        [[ $# -ge 2 ]] || { usage >&2; exit 2; }
        root="$2"
        shift 2
        ;;
    --rules)
        [[ $# -ge 2 && -r "$2" ]] || { echo "check-layers: cannot read the rules file" >&2; exit 2; }
        rules="$(cat "$2")"
        shift 2
        ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        usage >&2
        exit 2
        ;;
    esac
done
[[ -d "$root" ]] || { echo "check-layers: no such folder: $root" >&2; exit 2; }
cd "$root"

violations=0
declare -A reported=() # file:line already reported (by an earlier, narrower rule)
report()
{
    echo "$1"
    violations=$((violations + 1))
}

# All .h/.cpp files under the root (relative paths), without build trees and .git.
all_sources()
{
    find . -type d \( -name .git -o -name 'build*' -o -name '.*cache' \) -prune -o -type f \
        \( -name '*.h' -o -name '*.cpp' \) -print | sed 's|^\./||' | LC_ALL=C sort
}

check_includes()
{
    local folder="$1" reason="$2"
    shift 2
    [[ -d "$folder" ]] || return 0
    local hit file line text header prefix
    while IFS= read -r hit; do
        file="${hit%%:*}"
        hit="${hit#*:}"
        line="${hit%%:*}"
        text="${hit#*:}"
        header="${text#*\"}"
        header="${header%%\"*}"
        for prefix in "$@"; do
            if [[ "$header" == "$prefix"* && -z "${reported["$file:$line"]:-}" ]]; then
                reported["$file:$line"]=1
                report "$file:$line: $folder must not include $header ($reason)"
                break
            fi
        done
    done < <(grep -rnE --include='*.h' --include='*.cpp' \
                 '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$folder" | LC_ALL=C sort -t: -k1,1 -k2,2n)
}

check_maxlines()
{
    local max="$1" reason="$2"
    shift 2
    local file glob wanted lines
    while IFS= read -r file; do
        wanted=0
        for glob in "$@"; do
            if [[ "$glob" == '!'* ]]; then
                # shellcheck disable=SC2053 # the glob is meant to match
                [[ "$file" == ${glob#!} ]] && { wanted=0; break; }
            else
                # shellcheck disable=SC2053
                [[ "$file" == $glob ]] && wanted=1
            fi
        done
        [[ $wanted -eq 1 ]] || continue
        lines=$(wc -l <"$file")
        if [[ $lines -gt $max ]]; then
            report "$file: $lines lines, more than $max ($reason)"
        fi
    done < <(all_sources)
}

while IFS= read -r rule; do
    rule="${rule#"${rule%%[![:space:]]*}"}"
    [[ -z "$rule" || "$rule" == '#'* ]] && continue
    reason=""
    if [[ "$rule" == *' -- '* ]]; then
        reason="${rule#* -- }"
        rule="${rule%% -- *}"
    fi
    read -r -a words <<<"$rule"
    if [[ "${words[0]}" == maxlines ]]; then
        if [[ ${#words[@]} -lt 3 || ! "${words[1]}" =~ ^[0-9]+$ ]]; then
            echo "check-layers: a maxlines rule needs a number and at least one glob: $rule" >&2
            exit 2
        fi
        check_maxlines "${words[1]}" "${reason:-file too long}" "${words[@]:2}"
    else
        if [[ ${#words[@]} -lt 2 ]]; then
            echo "check-layers: an include rule needs a folder and at least one prefix: $rule" >&2
            exit 2
        fi
        check_includes "${words[0]}" "${reason:-layering}" "${words[@]:1}"
    fi
done <<<"$rules"

if [[ $violations -gt 0 ]]; then
    echo "check-layers: $violations violation(s)" >&2
    exit 1
fi
exit 0
