#!/usr/bin/env bash
# Import benchmark by format: `trustmap sample` writes an estate of N identities in every export format trustmap
# reads, then `trustmap import` reads each format's files on their own (one JVM each, so every row includes the
# JVM's start, about 0.5 s here) and all of them together. Not part of the test run.
#   bench/formats.sh [IDENTITIES] [HEAP]      e.g. bench/formats.sh 100000 1g
set -euo pipefail
identities="${1:-100000}"
heap="${2:-1g}"
source "$(dirname "$0")/lib.sh"

java -jar "$jar" sample --identities "$identities" --out "$work/estate" > "$work/listing"
# the listing's rows: file, format, records, identities; owners files and the estate's own yaml are not exports
awk 'NR > 3 && $1 ~ /\/evidence\// && $2 != "owners" { print $2, $1, $3 }' "$work/listing" | sort > "$work/files"

printf "| format | files | records | wall | peak RSS |\n|---|---|---|---|---|\n"
for format in $(cut -d' ' -f1 "$work/files" | uniq); do
  mapfile -t files < <(awk -v f="$format" '$1 == f { print $2 }' "$work/files")
  records=$(awk -v f="$format" '$1 == f { n += $3 } END { print n }' "$work/files")
  read -r wall _ rss < <(measure "$format" env TRUSTMAP_JAVA_OPTS="-Xmx$heap" \
    "$root/trustmap" import "${files[@]}" --as-of 2026-09-30 \
    --out "$work/$format.json")
  printf "| %s | %d | %d | %s s | %s MB |\n" "$format" "${#files[@]}" "$records" "$wall" "$rss"
done
read -r wall _ rss < <(measure all env TRUSTMAP_JAVA_OPTS="-Xmx$heap" \
  "$root/trustmap" import "$work/estate/evidence" --as-of 2026-09-30 \
  --out "$work/all.json")
total=$(awk '{ n += $3 } END { print n }' "$work/files")
printf "| every format together | %d | %d | %s s | %s MB |\n" "$(wc -l < "$work/files")" "$total" "$wall" "$rss"
