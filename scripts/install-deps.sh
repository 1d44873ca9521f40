#!/usr/bin/env bash
# Installs the Debian 12 packages LeadBridge needs to build, run and test.
# Safe to run again: it only calls apt-get when something is missing.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qtkeychain-qt6-dev libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
    qt6-networkauth-dev qt6-charts-dev libgl1-mesa-dev
    qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth curl
    desktop-file-utils appstream
    # clang + its libFuzzer/sanitizer runtimes: the fuzz preset (scripts/fuzz.sh)
    clang libclang-rt-14-dev
)
# Node.js + npm drive the third-party client check of the sandbox (jsforce).
# The machine image may ship its own Node.js; only fall back to Debian's when absent.
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-deps: missing packages (${missing[*]}) and not root; run as root or install sudo" >&2
        exit 1
    fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
