#!/usr/bin/env bash
# Owner review benchmark: `trustmap sample` writes an estate of N identities (3,000 owners at 100,000), `trustmap
# quarterly` assesses it (with a larger heap: it is not what is measured), then `review send` writes the campaign
# under HEAP, and `review collect` reads every workbook back (each returned as sent, so every row is read and
# checked) under HEAP. Not part of the test run.
#   bench/review.sh [IDENTITIES] [HEAP]      e.g. bench/review.sh 100000 512m
set -euo pipefail
identities="${1:-100000}"
heap="${2:-512m}"
source "$(dirname "$0")/lib.sh"

java -jar "$jar" sample --identities "$identities" --period 2026-Q2 --out "$work/inputs" >/dev/null
java -Xmx2g -jar "$jar" quarterly --period 2026-Q2 --inputs "$work/inputs" --out "$work/q2" >/dev/null 2>&1
read -r send_wall send_cpu send_rss < <(measure send env TRUSTMAP_JAVA_OPTS="-Xmx$heap" "$root/trustmap" review send \
  --assessment "$work/q2" --out "$work/campaign" --programme-owner iam@example.com)
workbooks=$(ls "$work/campaign/workbooks" | wc -l)
read -r collect_wall collect_cpu collect_rss < <(measure collect env TRUSTMAP_JAVA_OPTS="-Xmx$heap" \
  "$root/trustmap" review collect \
  --campaign "$work/campaign" --returns "$work/campaign/workbooks" --out "$work/collected" --as-of 2026-07-25)
printf "| identities | workbooks | heap | step | wall | CPU | peak RSS |\n|---|---|---|---|---|---|---|\n"
printf "| %d | %d | %s | review send | %s s | %s s | %s MB |\n" "$identities" "$workbooks" "$heap" "$send_wall" \
  "$send_cpu" "$send_rss"
printf "| %d | %d | %s | review collect | %s s | %s s | %s MB |\n" "$identities" "$workbooks" "$heap" \
  "$collect_wall" "$collect_cpu" "$collect_rss"
