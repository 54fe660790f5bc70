#!/usr/bin/env bash
# Renders the example estate's reports and takes pictures of them for the README: the board HTML and the
# operator HTML in headless Chromium at desktop and phone width, the board PDF page by page with pdftoppm.
#   tools/screenshots.sh [OUT_DIR]        (default docs/images)
# Needs Debian's chromium and poppler-utils: apt-get install -y chromium poppler-utils
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/docs/images}"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# Two quarters of the example estate, so the board has a trend and quarter-over-quarter changes. History is read
# only from evidence packs, so the first quarter is run through 'quarterly'.
./trustmap quarterly --period 2026-Q2 --inputs examples/estate --ignore-unknown --out "$work/q2" >/dev/null 2>&1
./trustmap quarterly --period 2026-Q3 --inputs examples/estate --ignore-unknown --history "$work/q2" \
  --out "$work/q3" >/dev/null 2>&1
mkdir -p "$work/report"
cp "$work/q3/trustmap-2026-Q3/reports/"* "$work/report/"

shot() { # html file, png, height[, width]
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/chrome" --hide-scrollbars \
    --screenshot="$2" --window-size="${4:-1280}","$3" "file://$1" >/dev/null 2>&1
}
shot "$work/report/board.html" "$out/board-html.png" 2000
shot "$work/report/operator.html" "$out/operator-html.png" 2000
# a phone held upright: the same pages at 390 px
shot "$work/report/board.html" "$out/board-html-phone.png" 2400 390
shot "$work/report/operator.html" "$out/operator-html-phone.png" 2400 390
rm -f "$out"/board-pdf-*.png # a shorter board leaves no stale pages behind
if [ -f "$work/report/board.pdf" ]; then
  pdftoppm -png -r 70 "$work/report/board.pdf" "$out/board-pdf"
fi
ls -1 "$out"
