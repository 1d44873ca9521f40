#!/usr/bin/env bash
# Installs what is missing, builds LeadBridge (release) and starts it.
# With a display: opens the desktop app. Without one (a server, CI, SSH):
# starts the built-in sandbox, checks every emulator over HTTP, then runs the
# app offscreen, saves a screenshot of every page and says where they are.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target leadbridge leadbridge-cli leadbridge-sandbox
bin=build/release/app

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "run: starting LeadBridge"
    exec "$bin/leadbridge" "$@"
fi

echo "run: no display found, so LeadBridge runs headless, in a private keychain session."
shots=${LEADBRIDGE_SCREENSHOT_DIR:-$PWD/build/release/screenshots}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
bash scripts/with-keyring.sh bash -c '
set -euo pipefail
bin=$1 data=$2 shots=$3
echo "run: 1/3 starting the built-in sandbox (ON24, Act-On, Salesforce, Pipeliner emulators with demo data),"
echo "run:     linking one demo account per system, testing each connection and adding the four demo flows"
"$bin/leadbridge-cli" --data-dir "$data" sandbox
"$bin/leadbridge-cli" --data-dir "$data" flows
echo "run: 2/3 syncing Salesforce with Act-On (flow F2) on the sandbox, then the run history"
"$bin/leadbridge-cli" --data-dir "$data" sync "Demo: Salesforce ↔ Act-On contacts"
"$bin/leadbridge-cli" --data-dir "$data" history
echo "run: 3/3 opening the desktop app offscreen on the same sandbox and saving a screenshot of every page"
QT_QPA_PLATFORM=offscreen "$bin/leadbridge" --data-dir "$data" --demo --screenshots "$shots"
' _ "$bin" "$data" "$shots"
echo "run: done. Screenshots are in $shots."
echo "run: on a machine with a display, bash scripts/run.sh opens the app; click Try the sandbox on the Accounts page."
