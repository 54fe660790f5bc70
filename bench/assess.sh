#!/usr/bin/env bash
# Assessment benchmark: import a generated inventory sheet of N identities (two credentials each), then assess the
# inventory.json it wrote, timing each step with its peak memory. Not part of the test run.
#   bench/assess.sh [IDENTITIES] [HEAP]      e.g. bench/assess.sh 1000000 3g
set -euo pipefail
identities="${1:-1000000}"
heap="${2:-3g}"
rows=$(( identities * 2 ))
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./trustmap --version >/dev/null
./mvnw -q -B -pl evidence -am test-compile >/dev/null
jar="$root/cli/target/trustmap.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java -cp "$root/evidence/target/test-classes:$jar" dev.trustmap.evidence.sheet.InventorySheetGenerator \
  "$work/inventory.csv" "$rows" >/dev/null

measure() { # label, command...: prints "seconds peak_rss_mb"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/$label.time" "$@" >/dev/null 2>"$work/$label.err" \
    || { cat "$work/$label.err" >&2; exit 1; }
  awk '{ printf "%s %d\n", $1, $2 / 1024 }' "$work/$label.time"
}

read -r import_s import_mb < <(measure import java -Xmx"$heap" -jar "$jar" import "$work/inventory.csv" \
  --as-of 2026-09-30 --out "$work/inventory.json")
read -r assess_s assess_mb < <(measure assess java -Xmx"$heap" -jar "$jar" assess "$work/inventory.json" \
  --as-of 2026-09-30 --out "$work/assessment")
findings=$(( $(wc -l < "$work/assessment/findings.csv") - 1 ))

awk -v n="$identities" -v heap="$heap" -v is="$import_s" -v im="$import_mb" -v as="$assess_s" -v am="$assess_mb" \
    -v f="$findings" 'BEGIN {
  printf "| identities | heap | import | import peak RSS | assess | assess peak RSS | findings | identities/s (assess) |\n"
  printf "|---|---|---|---|---|---|---|---|\n"
  printf "| %d | %s | %.1f s | %d MB | %.1f s | %d MB | %d | %d |\n", n, heap, is, im, as, am, f, n / as
}'
