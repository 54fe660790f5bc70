#!/usr/bin/env bash
# Assessment and report benchmark: import a generated inventory sheet of N identities (two credentials each), assess
# the inventory.json it wrote, then render the board (HTML; through the launcher, the median of RUNS runs, default 3)
# and the operator workbook (XLSX), timing each step with its peak memory. Not part of the test run. Each step
# streams; the reports may be given a heap of their own.
#   bench/assess.sh [IDENTITIES] [HEAP] [REPORT_HEAP]      e.g. bench/assess.sh 1000000 1g 1g
set -euo pipefail
identities="${1:-1000000}"
heap="${2:-3g}"
report_heap="${3:-$heap}"
rows=$(( identities * 2 ))
source "$(dirname "$0")/lib.sh"
./mvnw -q -B -pl evidence -am test-compile >/dev/null

java -cp "$root/evidence/target/test-classes:$jar" dev.trustmap.evidence.sheet.InventorySheetGenerator \
  "$work/inventory.csv" "$rows" >/dev/null


read -r import_s _ import_mb < <(measure import env TRUSTMAP_JAVA_OPTS="-Xmx$heap" \
  "$root/trustmap" import "$work/inventory.csv" \
  --as-of 2026-09-30 --out "$work/inventory.json")
read -r assess_s _ assess_mb < <(measure assess env TRUSTMAP_JAVA_OPTS="-Xmx$heap" \
  "$root/trustmap" assess "$work/inventory.json" \
  --as-of 2026-09-30 --out "$work/assessment")
findings=$(( $(wc -l < "$work/assessment/findings.csv") - 1 ))
# the board through the launcher, as users run it, the median of RUNS runs: it reads the tally 'assess' kept
sync # the files assess just wrote are written out first, so the board does not share the disk with their writeback
read -r board_s _ board_mb < <(TRUSTMAP_JAVA_OPTS="-Xmx$report_heap" median board "$root/trustmap" report \
  --assessment "$work/assessment" --audience board --format html --out "$work/board")
read -r xlsx_s _ xlsx_mb < <(measure xlsx env TRUSTMAP_JAVA_OPTS="-Xmx$report_heap" \
  "$root/trustmap" report --assessment "$work/assessment" \
  --audience operator --format xlsx --out "$work/operator")

awk -v n="$identities" -v heap="$heap" -v rheap="$report_heap" -v is="$import_s" -v im="$import_mb" -v as="$assess_s" -v am="$assess_mb" \
    -v f="$findings" -v bs="$board_s" -v bm="$board_mb" -v xs="$xlsx_s" -v xm="$xlsx_mb" '
function t(s) { return s == "OOM" ? "out of memory" : sprintf("%.1f s", s) }
BEGIN {
  printf "| identities | heap (import, assess / reports) | import | assess | findings | board HTML | operator XLSX | peak RSS (import/assess/board/xlsx) |\n"
  printf "|---|---|---|---|---|---|---|---|\n"
  printf "| %d | %s / %s | %s | %s | %d | %s | %s | %d / %d / %d / %d MB |\n", n, heap, rheap, t(is), t(as), f, t(bs), t(xs), im, am, bm, xm
}'
