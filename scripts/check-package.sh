#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack from an already built tree, checks
# what they contain, unpacks both into temporary roots and runs the packaged
# executables from there, so a broken package fails CI.
#
# Usage: bash scripts/check-package.sh [build-dir]   (default: build/debug)
set -euo pipefail

build_dir=${1:-build/debug}
fail() {
    echo "check-package: FAIL: $*" >&2
    exit 1
}

[ -f "$build_dir/CPackConfig.cmake" ] ||
    fail "$build_dir/CPackConfig.cmake not found; configure and build first (cmake --preset debug && cmake --build --preset debug)."
build_dir=$(cd "$build_dir" && pwd)

for tool in cpack dpkg-deb tar; do
    command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is not installed (run scripts/install-deps.sh)."
done

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[ -n "$version" ] || fail "could not read the project version from $build_dir/CMakeCache.txt."
arch=$(dpkg --print-architecture)

work=$(mktemp -d "${TMPDIR:-/tmp}/leadbridge-pkg.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "check-package: packaging LeadBridge $version from $build_dir"
if ! cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    tail -n 30 "$work/cpack.log" >&2
    fail "cpack failed (log above)."
fi

deb="$work/out/leadbridge_${version}_${arch}.deb"
tgz=$(find "$work/out" -maxdepth 1 -name "leadbridge-${version}-*.tar.gz" -print -quit)
[ -f "$deb" ] || fail "expected $(basename "$deb") was not produced; cpack made: $(ls "$work/out" | grep -v _CPack_Packages | tr "\n" " ")."
[ -n "$tgz" ] || fail "expected leadbridge-${version}-*.tar.gz was not produced; cpack made: $(ls "$work/out" | grep -v _CPack_Packages | tr "\n" " ")."
printf 'check-package: built %s (%s bytes) and %s (%s bytes)\n' \
    "$(basename "$deb")" "$(stat -c %s "$deb")" "$(basename "$tgz")" "$(stat -c %s "$tgz")"

# --- .deb metadata and file list ---------------------------------------------
info=$(dpkg-deb --info "$deb")
field() { sed -n "s/^ $1: //p" <<<"$info"; }
[ "$(field Package)" = leadbridge ] || fail ".deb Package field is '$(field Package)', expected 'leadbridge'."
[ "$(field Version)" = "$version" ] || fail ".deb Version field is '$(field Version)', expected '$version'."
grep -q 'libqt6core6' <<<"$(field Depends)" || fail ".deb Depends does not list libqt6core6: '$(field Depends)'."
grep -q 'libqt6sql6-sqlite' <<<"$(field Depends)" || fail ".deb Depends does not list libqt6sql6-sqlite (SQLite driver plugin)."

expected_files=(
    bin/leadbridge
    bin/leadbridge-cli
    bin/leadbridge-sandbox
    share/applications/io.leadbridge.LeadBridge.desktop
    share/icons/hicolor/scalable/apps/io.leadbridge.LeadBridge.svg
    share/metainfo/io.leadbridge.LeadBridge.metainfo.xml
)
contents=$(dpkg-deb --contents "$deb")
for f in "${expected_files[@]}"; do
    grep -q " \./usr/$f\$" <<<"$contents" || fail ".deb does not contain /usr/$f."
done

# --- run the packaged executables ---------------------------------------------
# $1: label, $2: root holding bin/
check_run() {
    local label=$1 bin=$2/bin exe out got
    for exe in leadbridge-cli leadbridge-sandbox leadbridge; do
        [ -x "$bin/$exe" ] || fail "$label: $exe is missing or not executable."
        if ! out=$(QT_QPA_PLATFORM=offscreen timeout 20 "$bin/$exe" --version 2>"$work/stderr"); then
            cat "$work/stderr" >&2
            fail "$label: '$exe --version' exited with an error."
        fi
        got=$(printf '%s\n' "$out" | awk 'NF { v = $NF } END { print v }')
        [ "$got" = "$version" ] ||
            fail "$label: '$exe --version' printed '$out', expected version $version."
    done
    echo "check-package: $label: leadbridge, leadbridge-cli, leadbridge-sandbox --version = $version"
}

dpkg-deb -x "$deb" "$work/deb-root" || fail "could not unpack $(basename "$deb")."
check_run ".deb" "$work/deb-root/usr"

mkdir -p "$work/tgz-root"
tar -xzf "$tgz" -C "$work/tgz-root" || fail "could not unpack $(basename "$tgz")."
tgz_top="$work/tgz-root/$(basename "$tgz" .tar.gz)"
[ -d "$tgz_top" ] || fail "$(basename "$tgz") has no top directory $(basename "$tgz_top")/."
for f in "${expected_files[@]}"; do
    [ -e "$tgz_top/$f" ] || fail ".tar.gz does not contain $f."
done
check_run ".tar.gz" "$tgz_top"

# --- desktop integration files (validators are optional) ----------------------
desktop="$work/deb-root/usr/share/applications/io.leadbridge.LeadBridge.desktop"
metainfo="$work/deb-root/usr/share/metainfo/io.leadbridge.LeadBridge.metainfo.xml"
grep -q '^Exec=leadbridge' "$desktop" || fail "the .desktop file does not start 'leadbridge'."
grep -q '^Icon=io.leadbridge.LeadBridge$' "$desktop" || fail "the .desktop Icon is not io.leadbridge.LeadBridge."
grep -q "<release version=\"$version\"" "$metainfo" ||
    fail "the AppStream metainfo has no <release version=\"$version\">; add it to resources/io.leadbridge.LeadBridge.metainfo.xml."
if command -v desktop-file-validate >/dev/null 2>&1; then
    # Hints (e.g. two main categories) are advice; errors and warnings fail.
    dfv=$(desktop-file-validate "$desktop" 2>&1 | grep -v ': hint: ' || true)
    [ -z "$dfv" ] || fail "desktop-file-validate: $dfv"
    echo "check-package: desktop-file-validate passed"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$metainfo" >"$work/as.log" 2>&1 ||
        { cat "$work/as.log" >&2; fail "appstreamcli validate rejected the metainfo."; }
    echo "check-package: appstreamcli validate passed"
fi

echo "check-package: OK"
