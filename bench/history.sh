#!/usr/bin/env bash
# What history costs: `trustmap quarterly` on the third of three consecutive quarters of one sample estate, with the
# two earlier packs as history and without, under the same heap. History is read as finding ids (a compact table)
# and the quarter before is streamed again to list what was resolved, so the cost should be close to reading two
# packs, not to holding them. Not part of the test run.
#   bench/history.sh [HEAP] [IDENTITIES]      e.g. bench/history.sh 1g 100000
set -euo pipefail
heap="${1:-1g}"
n="${2:-100000}"
source "$(dirname "$0")/lib.sh"

for q in 2026-Q1 2026-Q2 2026-Q3; do
  java -Xmx512m -jar "$jar" sample --identities "$n" --period "$q" --out "$work/in-$q" >/dev/null
done
# the earlier quarters, each with the ones before as history, as a team would have run them
TRUSTMAP_JAVA_OPTS="-Xmx$heap" "$root/trustmap" quarterly --period 2026-Q1 --inputs "$work/in-2026-Q1" \
  --out "$work/q1" >/dev/null 2>&1
TRUSTMAP_JAVA_OPTS="-Xmx$heap" "$root/trustmap" quarterly --period 2026-Q2 --inputs "$work/in-2026-Q2" \
  --history "$work/q1" --out "$work/q2" >/dev/null 2>&1

echo "| identities | history | wall | CPU | peak RSS | findings | resolved |"
echo "|---|---|---|---|---|---|---|"
for mode in none two; do
  rm -rf "$work/q3"
  args=()
  [ "$mode" = two ] && args=(--history "$work/q1" --history "$work/q2")
  read -r wall cpu rss < <(TRUSTMAP_JAVA_OPTS="-Xmx$heap" measure "q3-$mode" "$root/trustmap" quarterly \
    --period 2026-Q3 --inputs "$work/in-2026-Q3" "${args[@]}" --out "$work/q3")
  data="$work/q3/trustmap-2026-Q3/data"
  findings=$(( $(wc -l < "$data/findings.csv") - 1 ))
  resolved=$(( $(wc -l < "$data/resolved.csv") - 1 ))
  label=$([ "$mode" = two ] && echo "2 earlier quarters" || echo "none")
  awk -v n="$n" -v l="$label" -v w="$wall" -v c="$cpu" -v r="$rss" -v f="$findings" -v res="$resolved" 'BEGIN {
    printf "| %d | %s | %.1f s | %.1f s | %d MB | %d | %d |\n", n, l, w, c, r, f, res
  }'
done
