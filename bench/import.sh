#!/usr/bin/env bash
# Import benchmark: `trustmap import` of a generated inventory sheet against the floor, a bare parse of the same
# file with the same CSV reader. Each is run RUNS times (default 3), and the median wall time is shown, with the
# CPU and peak RSS of that run. The import runs through the launcher, as users start it; the bare parse on the
# collector the launcher gives a large job (parallel), so the ratio compares work rather than collectors. Not part of
# the test run.
#   bench/import.sh [ROWS] [HEAP]      e.g. bench/import.sh 1000000 1g
set -euo pipefail
rows="${1:-1000000}"
heap="${2:-1g}"
source "$(dirname "$0")/lib.sh"
./mvnw -q -B -pl evidence -am test-compile >/dev/null # the sheet generator lives in the evidence tests

java -cp "$root/evidence/target/test-classes:$jar" dev.trustmap.evidence.sheet.InventorySheetGenerator \
  "$work/inventory.csv" "$rows" >/dev/null
size_mb=$(( $(stat -c %s "$work/inventory.csv") / 1048576 ))
javac -nowarn -d "$work/floor" -cp "$jar" bench/CsvParseFloor.java

runs="${RUNS:-3}"
read -r floor_s _ floor_mb < <(median floor java -XX:+UseParallelGC -Xmx"$heap" \
  -cp "$work/floor:$jar" CsvParseFloor "$work/inventory.csv")
read -r import_s _ import_mb < <(median import env TRUSTMAP_JAVA_OPTS="-Xmx$heap" \
  "$root/trustmap" import "$work/inventory.csv" \
  --as-of 2026-09-30 --out "$work/inventory.json")

awk -v rows="$rows" -v mb="$size_mb" -v heap="$heap" -v fs="$floor_s" -v fm="$floor_mb" -v is="$import_s" \
    -v im="$import_mb" -v runs="$runs" 'BEGIN {
  printf "median of %d runs\n", runs
  printf "| rows | file | heap | bare parse (floor) | trustmap import | ratio | import rows/s | peak RSS |\n"
  printf "|---|---|---|---|---|---|---|---|\n"
  printf "| %d | %d MB | %s | %.1f s | %.1f s | %.2f | %d | %d MB |\n", rows, mb, heap, fs, is, is / fs, rows / is, im
}'
