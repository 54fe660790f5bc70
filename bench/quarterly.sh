#!/usr/bin/env bash
# Quarterly benchmark: `trustmap quarterly` end to end on generated sample estates of N identities, under a fixed
# heap, against its floor on the same files in the same run: reading the inputs with the same parsers and nothing
# else, plus writing as many rows as the operator workbook holds to a streaming XLSX and a CSV. Not part of the test
# run.
#   bench/quarterly.sh [HEAP] [IDENTITIES...]      e.g. bench/quarterly.sh 1g 5000 10000 100000 1000000
set -euo pipefail
heap="${1:-1g}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
source "$(dirname "$0")/lib.sh"
javac -nowarn -d "$work/floor" -cp "$jar" bench/QuarterlyFloor.java

echo "| identities | end to end | CPU | floor | ratio | identities/s | peak RSS | findings | workbook rows |"
echo "|---|---|---|---|---|---|---|---|---|"
first_per_id=""
for n in "${sizes[@]}"; do
  rm -rf "$work/estate" "$work/out" "$work/floor-out"
  java -Xmx256m -jar "$jar" sample --identities "$n" --out "$work/estate" >/dev/null
  # through the launcher, as users run it: its class archive and its choice of compiler are part of the cost
  read -r wall cpu rss < <(TRUSTMAP_JAVA_OPTS="-Xmx$heap" measure "q$n" "$root/trustmap" quarterly \
    --period 2026-Q3 --inputs "$work/estate" --out "$work/out")
  if [ "$wall" = "OOM" ]; then
    echo "| $n | out of memory at -Xmx$heap | | | | | | | |"
    continue
  fi
  data="$work/out/trustmap-2026-Q3/data"
  findings=$(( $(wc -l < "$data/findings.csv") - 1 ))
  rows=$(( findings + $(wc -l < "$data/identities.csv") - 1 + $(wc -l < "$data/credentials.csv") - 1 ))
  read -r fwall fcpu frss < <(measure "f$n" java -Xmx"$heap" -cp "$jar:$work/floor" QuarterlyFloor "$work/estate" \
    "$rows" 17 "$work/floor-out")
  awk -v n="$n" -v w="$wall" -v c="$cpu" -v f="$fwall" -v r="$rss" -v fi="$findings" -v rows="$rows" 'BEGIN {
    printf "| %d | %.1f s | %.1f s | %.1f s | %.2f | %d | %d MB | %d | %d |\n", n, w, c, f, w / f, n / w, r, fi, rows
  }'
  per_id=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.2f", w * 1000000 / n }')
  # the line below compares with 10,000 identities when that size ran (the scale target's baseline), else the first
  if [ -z "$first_per_id" ] || { [ "$n" = 10000 ] && [ "$first_n" != 10000 ]; }; then
    first_per_id="$per_id"; first_n="$n"
  fi
  last_per_id="$per_id"; last_n="$n"
done
if [ -n "$first_per_id" ] && [ "$first_n" != "$last_n" ]; then
  awk -v a="$first_per_id" -v b="$last_per_id" -v an="$first_n" -v bn="$last_n" 'BEGIN {
    printf "\ntime per identity: %.1f µs at %d, %.1f µs at %d (%+.0f %%)\n", a, an, b, bn, (b - a) * 100 / a
  }'
fi
