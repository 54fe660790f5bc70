#!/usr/bin/env bash
# Lists package cycles inside each module (a package that reaches itself through the packages it imports), from
# the compiled classes, with jdeps. Prints nothing and exits 0 when there are none.
#   tools/package-cycles.sh            (after ./mvnw install -DskipTests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
status=0
for module in model mappings evidence assessment sample pack reports quarterly cli; do
  classes="$root/$module/target/classes"
  [ -d "$classes" ] || { echo "$module: not built (run ./mvnw install -DskipTests)" >&2; exit 2; }
  jdeps -verbose:package "$classes" 2>/dev/null \
    | awk '$2 == "->" && $1 ~ /^dev\.trustmap\./ && $3 ~ /^dev\.trustmap\./ && $1 != $3 { print $1, $3 }' \
    | sort -u > "${TMPDIR:-/tmp}/trustmap-edges-$module.txt"
  python3 - "$module" "${TMPDIR:-/tmp}/trustmap-edges-$module.txt" <<'PY' || status=1
import sys
module, path = sys.argv[1], sys.argv[2]
edges = {}
for line in open(path):
    a, b = line.split()
    edges.setdefault(a, set()).add(b)
def reaches(start, goal):
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        for nxt in edges.get(node, ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False
cycles = [(a, b) for a in sorted(edges) for b in sorted(edges[a]) if reaches(b, a)]
for a, b in cycles:
    print(f"{module}: {a} -> {b} -> ... -> {a}")
sys.exit(1 if cycles else 0)
PY
done
exit $status
