#!/usr/bin/env bash
# What the cores buy: `trustmap quarterly` on a generated estate of N identities pinned to one core
# (taskset -c 0), then on every core the machine has, each the median of RUNS runs (default 3), with the time of
# each step; then `trustmap import` of the estate's evidence folder the same way, with and without its inventory
# sheet (which holds most identities), to show what reading the files side by side buys. Not part of the test run.
#   bench/cores.sh [IDENTITIES] [HEAP]      e.g. bench/cores.sh 100000 1g
set -euo pipefail
n="${1:-100000}"
heap="${2:-1g}"
runs="${RUNS:-3}"
source "$(dirname "$0")/lib.sh"
all="0-$(( $(nproc) - 1 ))"
java -Xmx256m -jar "$jar" sample --identities "$n" --out "$work/estate" >/dev/null
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "| identities | cores | wall | CPU | speed-up | import and assess | report tasks (side by side) | pack |"
echo "|---|---|---|---|---|---|---|---|"
one=""
for cpus in 0 "$all"; do
  results=()
  for i in $(seq 1 "$runs"); do
    rm -rf "$work/out"
    read -r wall cpu _ < <(TRUSTMAP_JAVA_OPTS="-Xmx$heap" measure "c$i" taskset -c "$cpus" "$root/trustmap" \
      quarterly --period 2026-Q3 --inputs "$work/estate" --out "$work/out")
    results+=("$wall $cpu $i")
  done
  read -r wall cpu run < <(printf '%s\n' "${results[@]}" | sort -n | awk -v m=$(( (runs + 1) / 2 )) 'NR == m')
  log="$work/c$run.err"
  step() { sed -n "s/^$1  *\(.*\)$/\1/p" "$log" | sed 's/.*(\([0-9.]* s\))$/\1/' | head -1; }
  tasks=$(sed -n 's/^rendering reports *board and operator: \(.*\) ([0-9.]* s)$/\1/p' "$log")
  [ -z "$one" ] && one="$wall"
  cores=$(taskset -c "$cpus" nproc)
  awk -v n="$n" -v c="$cores" -v w="$wall" -v u="$cpu" -v o="$one" -v ia="$(step 'importing and assessing')" \
      -v t="$tasks" -v p="$(step 'writing the evidence pack')" 'BEGIN {
    printf "| %d | %d | %.1f s | %.1f s | %.2f× | %s | %s | %s |\n", n, c, w, u, o / w, ia, t, p
  }'
done

echo
echo "| import of | files | cores | wall | CPU | speed-up |"
echo "|---|---|---|---|---|---|"
mkdir -p "$work/exports"
cp -r "$work/estate/evidence/." "$work/exports/"
rm "$work/exports/inventory.csv"
for folder in evidence exports; do
  [ "$folder" = evidence ] && dir="$work/estate/evidence" || dir="$work/exports"
  files=$(find "$dir" -type f | wc -l)
  one=""
  for cpus in 0 "$all"; do
    results=()
    for i in $(seq 1 "$runs"); do
      read -r wall cpu _ < <(measure "i$i" taskset -c "$cpus" env TRUSTMAP_JAVA_OPTS="-Xmx$heap" \
        "$root/trustmap" import "$dir" \
        --as-of 2026-09-30 --out "$work/inventory.json")
      results+=("$wall $cpu")
    done
    read -r wall cpu < <(printf '%s\n' "${results[@]}" | sort -n | awk -v m=$(( (runs + 1) / 2 )) 'NR == m')
    [ -z "$one" ] && one="$wall"
    label=$([ "$folder" = evidence ] && echo "the whole evidence folder" || echo "the exports besides the inventory sheet")
    awk -v l="$label" -v f="$files" -v c="$(taskset -c "$cpus" nproc)" -v w="$wall" -v u="$cpu" -v o="$one" 'BEGIN {
      printf "| %s | %d | %d | %.1f s | %.1f s | %.2f× |\n", l, f, c, w, u, o / w
    }'
  done
done
