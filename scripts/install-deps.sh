#!/usr/bin/env bash
# Installs the C libraries the build needs (libcmark-gfm) when they are missing. Debian/Ubuntu.
set -euo pipefail
if pkg-config --exists libcmark-gfm 2>/dev/null && [ -f /usr/include/cmark-gfm-core-extensions.h ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing libcmark-gfm-dev and libcmark-gfm-extensions-dev…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev >/dev/null
