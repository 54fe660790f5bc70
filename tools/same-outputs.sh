#!/usr/bin/env bash
# Compares two quarterly output folders file by file, and each evidence pack entry by entry (the content, not the
# zip's own bytes), and lists what differs; the speed work must change nothing but what it means to change.
#   tools/same-outputs.sh BEFORE_OUT AFTER_OUT
set -euo pipefail
before="$1"
after="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
differ=0
while IFS= read -r file; do
  if [ ! -f "$after/$file" ]; then
    echo "only before: $file"; differ=1
  elif [[ "$file" == *.zip ]]; then
    mkdir -p "$work/b" "$work/a"
    rm -rf "$work/b"/* "$work/a"/*
    unzip -q "$before/$file" -d "$work/b"
    unzip -q "$after/$file" -d "$work/a"
    if ! diff -rq "$work/b" "$work/a" >"$work/zipdiff"; then
      sed "s|$work/[ab]/||g; s|^|$file: |" "$work/zipdiff"; differ=1
    fi
  elif ! cmp -s "$before/$file" "$after/$file"; then
    echo "differs: $file"; differ=1
  fi
done < <(cd "$before" && find . -type f | sed 's|^\./||' | sort)
while IFS= read -r file; do
  [ -f "$before/$file" ] || { echo "only after: $file"; differ=1; }
done < <(cd "$after" && find . -type f | sed 's|^\./||' | sort)
[ "$differ" = 0 ] && echo "identical"
exit 0
