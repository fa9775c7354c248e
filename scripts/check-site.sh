#!/usr/bin/env bash
# Site quality gates, run by CI after the Swift tests (scripts/test.sh). From the repository root:
#
#   scripts/check-site.sh
#
# Installs what it needs when missing (Debian packages with apt, a Python venv in .venv-checks/
# with the pins of scripts/site_checks/requirements*.txt), then:
#   determinism  two builds of the site are byte-identical (diff -r)
#   html         Nu HTML Checker on every page (and the CSS) of the root and the sub-path build
#   links        internal links and #anchors of both builds resolve (plus the checker's self-test)
#   a11y         axe-core in headless Chromium on one page of every kind: no serious/critical
#   browser      the same pages at 390x900 and 1280x900: no console error, no horizontal
#                scrolling; site.js behaviour: mention previews and search
# Each check prints one summary line (details below it when something is wrong); the script
# exits non-zero when any check fails. Sites are served on 127.0.0.1 only.
#
# Environment: CHECK_SITE_CONFIGURATION=debug|release (swift build configuration, default debug),
# KEEP_TMP=1 keeps the temporary folder with the builds and logs.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
START=$(date +%s)
CHECKS=scripts/site_checks
VENV=.venv-checks
SUB_PATH=khrushchev
SUB_BASE_URL="https://example.org/$SUB_PATH/"
CONFIGURATION=${CHECK_SITE_CONFIGURATION:-debug}

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# ---------------------------------------------------------------------------------------------
# Setup: Debian packages, then the venv.
APT_UPDATED=0
apt_ensure() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: apt-get install ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then
    timeout 600 $SUDO apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  timeout 1200 $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# chromium's recommended fonts and Mesa come along explicitly (we install without recommends).
apt_ensure chromium chromium-driver default-jre-headless python3 python3-venv \
  fonts-liberation fonts-dejavu-core libgl1-mesa-dri ca-certificates
if [ -x scripts/install-deps.sh ]; then scripts/install-deps.sh; fi   # libcmark-gfm for the build

PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=$(command -v python3)
STAMP="$VENV/.requirements.sha256"
WANT=$( { cat "$CHECKS/requirements.txt" "$CHECKS/requirements-nodeps.txt"; "$PYTHON" --version; } | sha256sum | cut -d' ' -f1)
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ] \
   || ! "$VENV/bin/python" -c "import selenium" 2>/dev/null; then
  echo "setup: Python venv $VENV (pinned: $CHECKS/requirements*.txt)"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  timeout 600 "$VENV/bin/pip" install -q --timeout 60 --retries 3 -r "$CHECKS/requirements.txt"
  timeout 300 "$VENV/bin/pip" install -q --timeout 60 --retries 3 --no-deps -r "$CHECKS/requirements-nodeps.txt"
  echo "$WANT" >"$STAMP"
fi
PY="$VENV/bin/python"

# ---------------------------------------------------------------------------------------------
TMP=$(mktemp -d -t check-site.XXXXXX)
SERVER_PIDS=()
CHILD=""
cleanup() {
  local pid
  if [ -n "$CHILD" ]; then kill "$CHILD" 2>/dev/null || true; wait "$CHILD" 2>/dev/null || true; fi
  for pid in "${SERVER_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${SERVER_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "check-site: kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

FAILED=()
fail() { FAILED+=("$1"); }
# Runs a (long) command as a background child and waits for it, so that INT/TERM reach the
# traps at once, and cleanup stops it (timeout passes the signal on to its process group).
run() {
  local rc=0
  "$@" &
  CHILD=$!
  wait "$CHILD" || rc=$?
  CHILD=""
  return "$rc"
}

# Builds. A build that fails stops everything: there is nothing to check.
build() {  # build DIR [build-site options]; env vars before the call reach the build
  local out=$1 name
  name=$(basename "$out")
  shift
  if ! run timeout 1500 swift run -c "$CONFIGURATION" build-site --output "$out" "$@" >"$TMP/build-$name.log" 2>&1; then
    echo "build: FAILED, swift run -c $CONFIGURATION build-site --output $out $*"
    tail -n 40 "$TMP/build-$name.log" | sed 's/^/  /'
    exit 1
  fi
}
build "$TMP/site-a"
# The second build in another time zone and locale: the output must depend on neither.
TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 build "$TMP/site-b"
build "$TMP/site-sub" --base-url "$SUB_BASE_URL"

# determinism
FILES=$(find "$TMP/site-a" -type f | wc -l)
if diff -r "$TMP/site-a" "$TMP/site-b" >"$TMP/determinism.diff" 2>&1; then
  echo "determinism: 2 builds, $FILES files, identical"
else
  echo "determinism: FAILED, 2 builds differ"
  (cd "$TMP" && diff -rq site-a site-b | head -n 20 | sed 's/^/  /') || true
  head -n 40 "$TMP/determinism.diff" | cut -c1-300 | sed 's/^/  /'
  fail determinism
fi

# html (and css)
run timeout 360 "$PY" "$CHECKS/nu.py" "root=$TMP/site-a" "sub-path=$TMP/site-sub" || fail html

# links
run timeout 60 "$PY" "$CHECKS/links.py" --self-test || fail links-self-test
run timeout 120 "$PY" "$CHECKS/links.py" "$TMP/site-a" || fail links
run timeout 120 "$PY" "$CHECKS/links.py" "$TMP/site-sub" --base-url "$SUB_BASE_URL" --label " (sub-path $SUB_PATH/)" \
  || fail links-sub-path

# Serve both builds on loopback: the root build at /, the sub-path build at /khrushchev/.
mkdir -p "$TMP/serve-sub"
ln -s "$TMP/site-sub" "$TMP/serve-sub/$SUB_PATH"
serve() {  # serve DIR NAME -> prints the port
  local dir=$1 log="$TMP/server-$2.log" port="" i
  "$PY" -u -m http.server 0 --bind 127.0.0.1 --directory "$dir" >"$log" 2>&1 &
  SERVER_PIDS+=($!)
  for i in $(seq 100); do
    port=$(grep -oE 'port [0-9]+' "$log" | head -n 1 | cut -d' ' -f2 || true)
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "serve: FAILED, http.server for $dir did not start" >&2; cat "$log" >&2; return 1; }
  echo "$port"
}
# (not in $(…): the server must be a child of this shell so that cleanup can stop it)
serve "$TMP/site-a" root >"$TMP/port-root"
serve "$TMP/serve-sub" sub >"$TMP/port-sub"
ROOT_URL="http://127.0.0.1:$(cat "$TMP/port-root")/"
SUB_URL="http://127.0.0.1:$(cat "$TMP/port-sub")/$SUB_PATH/"
for url in "$ROOT_URL" "$SUB_URL"; do
  "$PY" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=10).read()' "$url" \
    || { echo "serve: FAILED, $url does not answer"; exit 1; }
done

# a11y and browser (one Chromium session; prints both summary lines)
run timeout 420 "$PY" "$CHECKS/browser.py" --site-dir "$TMP/site-a" --root-url "$ROOT_URL" --sub-url "$SUB_URL" \
  || fail a11y/browser

ELAPSED=$(( $(date +%s) - START ))
if [ ${#FAILED[@]} -eq 0 ]; then
  echo "site checks: all passed in ${ELAPSED} s"
else
  echo "site checks: FAILED (${FAILED[*]}) in ${ELAPSED} s"
  exit 1
fi
