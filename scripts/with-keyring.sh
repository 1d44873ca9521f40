#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring,
# so the real QtKeychain (Secret Service) path is used, even on a headless machine.
set -euo pipefail
if [ "${LEADBRIDGE_IN_KEYRING_SESSION:-}" != "1" ]; then
    export LEADBRIDGE_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
# A throw-away keyring home keeps the developer's own keyring untouched.
keyring_home=$(mktemp -d)
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
set +e
"$@"
status=$?
set -e
rm -rf "$keyring_home"
exit $status
