#!/usr/bin/env bash
# Benchmarks/run.sh — build-site at scale, against Hugo and a bare libcmark-gfm loop.
#
#   Benchmarks/run.sh                 # N = 1,000 and 10,000 essays, M = 300 register entries
#   Benchmarks/run.sh --quick         # N = 200 and 1,000 (about half a minute once built)
#   Benchmarks/run.sh --sizes "500 2000" [--entries 300] [--seed 1] [--rebuild] [--media "shm disk"]
#
# For each N it generates a synthetic corpus (Benchmarks/gen_corpus.py, deterministic; kept and
# reused between runs), then measures, one run each, with /usr/bin/time -v:
#   build-site  build-site --content C --templates templates --output OUT   (release build)
#   hugo        hugo --quiet -s H -d OUT                 (the same essays as a minimal Hugo site)
#   cmark-loop  Benchmarks/cmark_loop.c: parse + render each essay with libcmark-gfm, one file each
#   rebuild     (--rebuild) build-site again into its own previous output, nothing changed
#   incremental build-site incremental-bench (when the binary has it; tmpfs only): a full build and a
#               rebuild after one essay changes, in one process, as the preview server does
# writing OUT once to tmpfs (/dev/shm) and once to disk (/tmp), reported separately. It prints a
# table (wall, CPU = user+sys, CPU/wall, peak RSS, HTML pages written, pages/s, essays/s), the
# ratios build-site/hugo wall, build-site/cmark wall, build-site/hugo peak RSS and build-site
# CPU/wall, and the count of build-site's warnings by kind. See Benchmarks/README.md.
#
# Environment:
#   BENCH_DISK   work folder on disk: corpora, disk outputs, logs (default /tmp/build-site-bench)
#   BENCH_SHM    tmpfs output folder (default /dev/shm/build-site-bench)
#   SKIP_BUILD=1 use the existing .build/release/build-site instead of running swift build
#   MATCHER_BENCH_ARGS  extra arguments for .build/release/matcher-bench (run once when it exists;
#                       it builds its own text and registers, so it does not depend on N)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

SIZES="1000 10000"
ENTRIES=300
SEED=1
REBUILD=0
MEDIA="shm disk"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) SIZES="200 1000" ;;
    --sizes) SIZES="$2"; shift ;;
    --entries) ENTRIES="$2"; shift ;;
    --seed) SEED="$2"; shift ;;
    --rebuild) REBUILD=1 ;;
    --media) MEDIA="$2"; shift ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

BENCH_DISK=${BENCH_DISK:-/tmp/build-site-bench}
BENCH_SHM=${BENCH_SHM:-/dev/shm/build-site-bench}
RUN_ID=$(date +%Y%m%d-%H%M%S)
LOGS="$BENCH_DISK/logs/$RUN_ID"
RESULTS="$LOGS/results.tsv"
mkdir -p "$LOGS" "$BENCH_SHM" || exit 1
say() { printf '\n== %s\n' "$*"; }

# --- Tools --------------------------------------------------------------------------------
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v hugo >/dev/null || missing+=(hugo)
{ pkg-config --exists libcmark-gfm && [ -f /usr/include/cmark-gfm-core-extensions.h ]; } || missing+=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev)
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]}"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null || exit 1
fi

say "Building build-site (release)"
if [ "${SKIP_BUILD:-0}" = 1 ]; then
  echo "SKIP_BUILD=1: using the existing binary"
else
  swift build -c release --product build-site 2>&1 | tail -n 20
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "swift build failed" >&2; exit 1; }
  if grep -q '"matcher-bench"' Package.swift; then
    swift build -c release --product matcher-bench 2>&1 | tail -n 5
  fi
fi
BIN_DIR="$ROOT/.build/release"
BUILD_SITE="$BIN_DIR/build-site"
[ -x "$BUILD_SITE" ] || { echo "no $BUILD_SITE" >&2; exit 1; }
CMARK_LOOP="$BENCH_DISK/cmark_loop"
cc -O2 -o "$CMARK_LOOP" Benchmarks/cmark_loop.c $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions || exit 1
echo "build-site: $BUILD_SITE ($(stat -c %y "$BUILD_SITE" | cut -d. -f1))"
echo "hugo:       $(hugo version | cut -d' ' -f1-2)"
echo "cmark-gfm:  $(pkg-config --modversion libcmark-gfm)"
echo "machine:    $(nproc) CPUs, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -r)"
echo "disk:       $(df -P "$BENCH_DISK" | awk 'NR==2{print $1}') at $BENCH_DISK ($(stat -f -c %T "$BENCH_DISK"));  tmpfs: $BENCH_SHM ($(stat -f -c %T "$BENCH_SHM"))"
echo "logs:       $LOGS"

# --- Measuring ----------------------------------------------------------------------------
printf 'n\tmedium\ttool\trc\twall\tuser\tsys\trss_kb\tpages\tout_kb\n' > "$RESULTS"

# measure N MEDIUM TOOL OUT CMD...: runs CMD once under /usr/bin/time -v; appends a row.
measure() {
  local n=$1 medium=$2 tool=$3 out=$4; shift 4
  local log="$LOGS/$tool-$n-$medium.log" tf="$LOGS/$tool-$n-$medium.time"
  sync
  local t0 t1 rc
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$tf" "$@" >"$log" 2>&1
  rc=$?
  t1=$(date +%s%N)
  local user sys rss pages wall outkb
  user=$(awk -F': ' '/User time \(seconds\)/{print $2}' "$tf")
  sys=$(awk -F': ' '/System time \(seconds\)/{print $2}' "$tf")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$tf")
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", (b-a)/1e9}')
  pages=$( [ -d "$out" ] && find "$out" -name '*.html' | wc -l || echo 0)
  outkb=$( [ -d "$out" ] && du -sk "$out" | cut -f1 || echo 0)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$medium" "$tool" "$rc" "$wall" "$user" "$sys" "$rss" "$pages" "$outkb" >> "$RESULTS"
  printf '  %-11s %-4s rc=%s wall %7ss  user %7ss  sys %6ss  peak RSS %7d KB  %6d HTML files\n' \
    "$tool" "$medium" "$rc" "$wall" "$user" "$sys" "$rss" "$pages"
  if [ "$rc" -eq 0 ] && grep -q '^Timings:' "$log"; then
    sed -n 's/^Timings: /              steps: /p' "$log"
  fi
  if [ "$rc" -ne 0 ]; then
    echo "  !! $tool failed (exit $rc); last lines of $log:"
    tail -n 30 "$log" | sed 's/^/     /'
  fi
}

# warnings LOG: build-site's warnings by kind.
warnings() {
  local log=$1
  local total
  total=$(grep -Eo '[0-9]+ warnings?\.$' "$log" | grep -Eo '^[0-9]+' || echo "?")
  echo "  build-site warnings: $total (lines with 'warning:' in the log: $(grep -c ': warning: ' "$log"))"
  grep ': warning: ' "$log" | sed -E 's/^ *[0-9-]+(:[0-9]+)?: warning: //' | sed -E \
    -e "s/^ambiguous name .*/ambiguous name (not linked)/" \
    -e "s/^(person|event|term) '.*' is not mentioned by any essay/entry not mentioned by any essay/" \
    -e "s/^'.*' looks like a name but matches no register entry/unlinked name/" \
    -e "s/^citation '.*': .*/unmatched citation/" \
    -e "s/^editorial note anchor not found.*/note anchor not found/" \
    | cut -c1-70 | sort | uniq -c | sort -rn | sed 's/^/    /'
}

for n in $SIZES; do
  corpus="$BENCH_DISK/corpus-$n-$ENTRIES-$SEED"
  stamp="$(sha1sum Benchmarks/gen_corpus.py | cut -c1-12) $n $ENTRIES $SEED"
  say "N = $n essays, M = $ENTRIES entries (seed $SEED): $corpus"
  if [ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$corpus"
    t0=$(date +%s)
    python3 Benchmarks/gen_corpus.py --essays "$n" --entries "$ENTRIES" --seed "$SEED" --out "$corpus" --hugo "$corpus/hugo" || exit 1
    echo "$stamp" > "$corpus/.stamp"
    echo "  generated in $(( $(date +%s) - t0 )) s: $(du -sh "$corpus/content/essays" | cut -f1) of essays"
  else
    echo "  reusing the corpus (same generator, N, M and seed)"
  fi
  # Read everything once so the first tool does not pay for a cold page cache.
  cat "$corpus"/content/essays/*.md "$corpus"/hugo/content/essays/*.md > /dev/null 2>&1 || \
    find "$corpus" -type f -exec cat {} + > /dev/null

  for medium in $MEDIA; do
    case "$medium" in
      shm) base="$BENCH_SHM" ;;
      disk) base="$BENCH_DISK/out" ;;
      *) echo "unknown medium $medium" >&2; exit 2 ;;
    esac
    mkdir -p "$base"
    out="$base/build-site-$n"; rm -rf "$out"
    measure "$n" "$medium" build-site "$out" "$BUILD_SITE" --content "$corpus/content" --templates templates --output "$out"
    [ "$medium" = shm ] && warnings "$LOGS/build-site-$n-shm.log"
    if [ "$REBUILD" = 1 ]; then
      measure "$n" "$medium" rebuild "$out" "$BUILD_SITE" --content "$corpus/content" --templates templates --output "$out"
    fi
    rm -rf "$out"
    out="$base/hugo-$n"; rm -rf "$out" "$corpus/hugo/resources" "$corpus/hugo/.hugo_build.lock"
    measure "$n" "$medium" hugo "$out" hugo --quiet -s "$corpus/hugo" -d "$out"
    rm -rf "$out"
    out="$base/cmark-$n"; rm -rf "$out"
    measure "$n" "$medium" cmark-loop "$out" "$CMARK_LOOP" "$corpus/content/essays" "$out"
    rm -rf "$out"
  done

  # The lead's in-process incremental benchmark (hidden subcommand), when this build has it:
  # a full build, then a rebuild after one essay changes, as the preview server does.
  if "$BUILD_SITE" incremental-bench --help >/dev/null 2>&1; then
    out="$BENCH_SHM/incremental-$n"; rm -rf "$out"
    measure "$n" shm incremental "$out" "$BUILD_SITE" incremental-bench --content "$corpus/content" --templates templates \
      --output "$out" --touch essays/essay-00001.md --quiet
    grep -v '^\[' "$LOGS/incremental-$n-shm.log" | grep -v ': warning: \|^      hint:\|^[a-z]*/.*\.md$' | sed 's/^/    /' | tail -n 6
    rm -rf "$out"
  fi
done

# The matcher benchmark (the lead's): synthetic text and registers of its own, so once per run.
if [ -x "$BIN_DIR/matcher-bench" ]; then
  say "matcher-bench ${MATCHER_BENCH_ARGS:-}"
  # shellcheck disable=SC2086
  measure 0 - matcher-bench "$LOGS/none" "$BIN_DIR/matcher-bench" ${MATCHER_BENCH_ARGS:-}
  sed 's/^/    /' "$LOGS/matcher-bench-0--.log" | tail -n 20
else
  say "no .build/release/matcher-bench: matcher benchmark skipped"
fi

# --- Report -------------------------------------------------------------------------------
say "Results ($RESULTS)"
python3 - "$RESULTS" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
def f(x):
    try: return float(x)
    except (TypeError, ValueError): return float("nan")
hdr = ["N", "output", "tool", "wall s", "CPU s", "CPU/wall", "peak RSS MB", "HTML pages", "out MB", "pages/s", "essays/s", "status"]
table = []
for r in rows:
    wall, cpu = f(r["wall"]), f(r["user"]) + f(r["sys"])
    n, pages = int(r["n"]), int(r["pages"] or 0)
    per_page = r["medium"] != "-" and r["tool"] != "incremental"
    table.append([r["n"] if r["medium"] != "-" else "-", r["medium"], r["tool"], f"{wall:.2f}", f"{cpu:.2f}", f"{cpu / wall:.2f}",
                  f"{f(r['rss_kb']) / 1024:.0f}", str(pages) if per_page else "-",
                  f"{f(r['out_kb']) / 1024:.0f}" if per_page else "-",
                  f"{pages / wall:.0f}" if per_page else "-", f"{n / wall:.0f}" if per_page else "-",
                  "ok" if r["rc"] == "0" else f"FAILED ({r['rc']})"])
w = [max(len(h), *(len(t[i]) for t in table)) if table else len(h) for i, h in enumerate(hdr)]
line = lambda cells: "  ".join(c.rjust(w[i]) if i >= 3 and i < 11 else c.ljust(w[i]) for i, c in enumerate(cells))
print(line(hdr)); print(line(["-" * x for x in w]))
for t in table: print(line(t))

print()
by = {(r["n"], r["medium"], r["tool"]): r for r in rows}
rhdr = ["N", "output", "build-site/hugo wall", "build-site/cmark wall", "build-site/hugo peak RSS", "build-site CPU/wall"]
ratios = []
seen = []
for r in rows:
    key = (r["n"], r["medium"])
    if key in seen or r["medium"] == "-" or not by.get((*key, "build-site")): continue
    seen.append(key)
    b, h, c = (by.get((*key, t)) for t in ("build-site", "hugo", "cmark-loop"))
    def ratio(x, y, field):
        if not x or not y or x["rc"] != "0" or y["rc"] != "0": return "n/a"
        return f"{f(x[field]) / f(y[field]):.1f}x"
    cw = f"{(f(b['user']) + f(b['sys'])) / f(b['wall']):.2f}" if b and b["rc"] == "0" else "n/a"
    ratios.append([key[0], key[1], ratio(b, h, "wall"), ratio(b, c, "wall"), ratio(b, h, "rss_kb"), cw])
w = [max(len(h), *(len(t[i]) for t in ratios)) if ratios else len(h) for i, h in enumerate(rhdr)]
for cells in [rhdr] + ratios:
    print("  ".join(x.rjust(w[i]) if i >= 2 else x.ljust(w[i]) for i, x in enumerate(cells)))
EOF
echo
echo "Logs, /usr/bin/time -v output and results.tsv: $LOGS"
