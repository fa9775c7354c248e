#!/usr/bin/env bash
# The README's build command: installs what is missing, then builds the site into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift run -c release build-site "$@"
