#!/usr/bin/env bash
# Sample-estate benchmark: `trustmap sample` of N identities under a small heap, timed with its peak memory. The
# generator streams, so the heap it needs does not grow with N; only the files do. Not part of the test run.
#   bench/sample.sh [IDENTITIES] [HEAP]      e.g. bench/sample.sh 1000000 64m
set -euo pipefail
identities="${1:-1000000}"
heap="${2:-64m}"
source "$(dirname "$0")/lib.sh"

/usr/bin/time -f "%e %M" -o "$work/time" env TRUSTMAP_JAVA_OPTS="-Xmx$heap" \
  "$root/trustmap" sample --identities "$identities" \
  --out "$work/estate" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
read -r seconds rss_kb < "$work/time"
size_mb=$(du -sm "$work/estate" | cut -f1)
rows=$(( $(wc -l < "$work/estate/evidence/inventory.csv") - 1 ))

awk -v n="$identities" -v heap="$heap" -v s="$seconds" -v rss="$rss_kb" -v mb="$size_mb" -v rows="$rows" 'BEGIN {
  printf "| identities | heap | time | peak RSS | estate on disk | inventory sheet rows |\n"
  printf "|---|---|---|---|---|---|\n"
  printf "| %d | %s | %.1f s | %d MB | %d MB | %d |\n", n, heap, s, rss / 1024, mb, rows
}'
