#!/usr/bin/env bash
# The README's test command: the Swift test suite, then the site checks (real tools).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
start=$(date +%s)
swift build --build-tests
swift test 2>&1 | tee /tmp/swift-test.log | grep -E "✘|Test run with|error:" || true
grep -q "Test run with .* passed" /tmp/swift-test.log || { echo "swift test failed"; exit 1; }
if [ -x scripts/check-site.sh ] && [ "${SKIP_SITE_CHECKS:-0}" != "1" ]; then
  scripts/check-site.sh
fi
echo "test suite: $(( $(date +%s) - start )) s"
