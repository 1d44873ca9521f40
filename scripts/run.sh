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

echo "run: no display found, so LeadBridge runs headless."
echo "run: 1/2 starting the sandbox (ON24, Act-On, Salesforce, Pipeliner emulators with demo data) and checking each"
"$bin/leadbridge-sandbox" --check
shots=${LEADBRIDGE_SCREENSHOT_DIR:-$PWD/build/release/screenshots}
data=$(mktemp -d)
echo "run: 2/2 opening the desktop app offscreen and saving a screenshot of every page to $shots"
QT_QPA_PLATFORM=offscreen "$bin/leadbridge" --data-dir "$data" --screenshots "$shots"
rm -rf "$data"
echo "run: done. To use the app, run build/release/app/leadbridge on a machine with a display;"
echo "run: to keep the sandbox serving, run build/release/app/leadbridge-sandbox (Ctrl+C stops it)."
