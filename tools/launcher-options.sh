#!/usr/bin/env bash
# Checks the JVM options the launcher (./trustmap) chooses: the quick compiler and the serial collector for the demo
# and for a quarterly whose inputs are small, the parallel collector for everything else, and a collector named in
# TRUSTMAP_JAVA_OPTS replacing the launcher's own. The launcher runs in a scratch copy of the repository with a
# stand-in `java` that prints its arguments, so nothing is built and no JVM starts. Not part of the test run.
#   tools/launcher-options.sh        prints one line per case; exits 1 when any case fails
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$scratch/repo/cli/target" "$scratch/bin" "$scratch/small" "$scratch/large"
cp "$root/trustmap" "$scratch/repo/trustmap"
touch "$scratch/repo/cli/target/trustmap.jar"
sleep 1
touch "$scratch/repo/cli/target/trustmap.jsa" # newer than the jar: no training run
printf '#!/usr/bin/env bash\necho "$*"\n' > "$scratch/bin/java"
chmod +x "$scratch/bin/java"
head -c $((20 * 1024 * 1024)) /dev/zero > "$scratch/large/inventory.csv" # over the launcher's 16 MB

failed=0
# check NAME OPTS EXPECTED UNEXPECTED ARGS...: the java command line holds every word of EXPECTED, none of UNEXPECTED
check() {
  local name="$1" opts="$2" expected="$3" unexpected="$4"
  shift 4
  local line
  line="$(cd "$scratch" && PATH="$scratch/bin:$PATH" TRUSTMAP_JAVA_OPTS="$opts" "$scratch/repo/trustmap" "$@")"
  local word ok=1
  for word in $expected; do
    [[ " $line " == *" $word "* ]] || ok=0
  done
  for word in $unexpected; do
    [[ " $line " == *" $word "* ]] && ok=0
  done
  if [ "$ok" = 1 ]; then
    echo "ok    $name"
  else
    echo "FAIL  $name: java $line"
    failed=1
  fi
}

check "demo: quick compiler, serial collector" "" \
  "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "-XX:+UseParallelGC" demo
check "small quarterly: quick compiler, serial collector" "" \
  "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "-XX:+UseParallelGC" quarterly --inputs "$scratch/small" --out x
check "small quarterly, --inputs=DIR" "" \
  "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "-XX:+UseParallelGC" quarterly "--inputs=$scratch/small"
check "large quarterly: both compilers, parallel collector" "" \
  "-XX:+UseParallelGC" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" quarterly --inputs "$scratch/large"
check "import: parallel collector" "-Xmx1g" "-XX:+UseParallelGC -Xmx1g" "-XX:+UseSerialGC" import a.csv
check "a collector of the user's replaces the launcher's" "-XX:+UseG1GC" \
  "-XX:+UseG1GC" "-XX:+UseParallelGC -XX:+UseSerialGC" import a.csv
check "... and keeps the quick compiler of a small job" "-XX:+UseG1GC -Xmx256m" \
  "-XX:+UseG1GC -XX:TieredStopAtLevel=1 -Xmx256m" "-XX:+UseSerialGC" demo
check "an option that only ends in GC is not a collector" "-XX:+PrintGC" \
  "-XX:+UseParallelGC -XX:+PrintGC" "" import a.csv
check "the class archive is mapped" "" "-XX:SharedArchiveFile=$scratch/repo/cli/target/trustmap.jsa" "" import a.csv
exit "$failed"
