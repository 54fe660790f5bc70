# Shared by the benchmarks: sourced, not run. Builds the jar when needed and sets root, jar and a work folder
# removed on exit; measure runs a command under /usr/bin/time.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./trustmap --version >/dev/null # builds the jar when needed
jar="$root/cli/target/trustmap.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# measure LABEL COMMAND...: prints "wall_s cpu_s peak_rss_mb", or "OOM 0 0" when the heap ran out; any other
# failure prints the command's error output and stops the benchmark.
measure() {
  local label="$1"; shift
  if /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" "$@" >/dev/null 2>"$work/$label.err"; then
    awk '{ printf "%s %.1f %d\n", $1, $2 + $3, $4 / 1024 }' "$work/$label.time"
  elif grep -q OutOfMemoryError "$work/$label.err"; then
    echo "OOM 0 0"
  else
    cat "$work/$label.err" >&2
    exit 1
  fi
}

# median LABEL COMMAND...: runs the command RUNS times (default 3); prints "wall_s cpu_s peak_rss_mb" of the run with
# the median wall time
median() {
  local label="$1"; shift
  local i
  for i in $(seq 1 "${RUNS:-3}"); do
    measure "$label-$i" "$@"
  done | sort -n | awk -v m=$(( (${RUNS:-3} + 1) / 2 )) 'NR == m'
}
