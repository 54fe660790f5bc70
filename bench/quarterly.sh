#!/usr/bin/env bash
# Quarterly benchmark: `trustmap quarterly` end to end on generated sample estates of N identities, under a fixed
# heap, against its floor on the same files: the same importers reading every input into a sink that discards what
# they find, the run's data tables (findings, identities, credentials as CSV) written, and those bytes deflated once
# by the pack's writer (bench/QuarterlyFloor.java), on the collector the launcher gives a large run (parallel).
# Each is run RUNS times (default 3) and the median wall time is shown; the steps and the time of each report task
# are those of the median run. Not part of the test run.
#   bench/quarterly.sh [HEAP] [IDENTITIES...]      e.g. bench/quarterly.sh 1g 5000 100000 1000000
#   RUNS=1 CPUS=0 bench/quarterly.sh 512m 200000   (CPUS: the cores to run on, as taskset takes them; default all)
#   JFR=/tmp/q.jfr RUNS=1 bench/quarterly.sh 1g 1000000   (records the run with Java Flight Recorder;
#                                                           tools/jfr-top.py summarises the recording)
set -euo pipefail
heap="${1:-1g}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
runs="${RUNS:-3}"
source "$(dirname "$0")/lib.sh"
javac -nowarn -d "$work/floor" -cp "$jar" bench/QuarterlyFloor.java
pin=()
[ -n "${CPUS:-}" ] && pin=(taskset -c "$CPUS")
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $("${pin[@]+"${pin[@]}"}" nproc) cores used," \
  "$(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1)"
echo
echo "| identities | heap | end to end | CPU | floor | ratio | µs per identity | peak RSS | import and assess |" \
  "report tasks (side by side) | pack |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"

# median LABEL COMMAND...: runs the command $runs times; prints "wall cpu rss run" of the run with the median wall
median() {
  local label="$1"; shift
  local i
  for i in $(seq 1 "$runs"); do
    rm -rf "$work/out" "$work/floor-out"
    read -r wall cpu rss < <(measure "$label-$i" "$@")
    [ "$wall" = "OOM" ] && { echo "OOM 0 0 $i"; return; }
    echo "$wall $cpu $rss $i"
  done | sort -n | awk -v m=$(( (runs + 1) / 2 )) 'NR == m'
}

for n in "${sizes[@]}"; do
  rm -rf "$work/estate"
  java -Xmx256m -jar "$jar" sample --identities "$n" --out "$work/estate" >/dev/null
  # through the launcher, as users run it: its class archive and its choice of compiler are part of the cost
  opts="-Xmx$heap"
  [ -n "${JFR:-}" ] && opts="$opts -XX:StartFlightRecording=filename=$JFR,settings=profile -Xlog:jfr=off"
  read -r wall cpu rss run < <(TRUSTMAP_JAVA_OPTS="$opts" median "q$n" "${pin[@]+"${pin[@]}"}" \
    "$root/trustmap" quarterly --period 2026-Q3 --inputs "$work/estate" --out "$work/out")
  if [ "$wall" = "OOM" ]; then
    echo "| $n | $heap | out of memory | | | | | | | | |"
    continue
  fi
  log="$work/q$n-$run.err"
  step() { sed -n "s/^$1  *\(.*\)$/\1/p" "$log" | sed 's/.*(\([0-9.]* s\))$/\1/' | head -1; }
  tasks=$(sed -n 's/^rendering reports *board and operator: \(.*\) ([0-9.]* s)$/\1/p' "$log")
  # the floor writes the run's data tables again: the last run left them (every run writes the same bytes)
  cp -r "$work/out/trustmap-2026-Q3/data" "$work/data"
  rm -rf "$work/out"
  read -r fwall _ _ _ < <(median "f$n" "${pin[@]+"${pin[@]}"}" java -XX:+UseParallelGC -Xmx"$heap" \
    -cp "$jar:$work/floor" \
    QuarterlyFloor "$work/estate" "$work/data" "$work/floor-out")
  rm -rf "$work/data"
  awk -v n="$n" -v h="$heap" -v w="$wall" -v c="$cpu" -v f="$fwall" -v r="$rss" -v ia="$(step 'importing and assessing')" \
      -v t="$tasks" -v p="$(step 'writing the evidence pack')" 'BEGIN {
    printf "| %d | %s | %.1f s | %.1f s | %.1f s | %.2f | %.0f | %d MB | %s | %s | %s |\n", n, h, w, c, f, w / f,
      w * 1000000 / n, r, ia, t, p
  }'
done
