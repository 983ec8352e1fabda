#!/usr/bin/env bash
# keystone-cli report (issue 11 item 3): the same inputs give the same bytes; the page has no script
# and no link out; rendered in headless Chromium it has every section and the expected charts;
# printed, it has A4 pages and a first page that pdftoppm can draw. Exit 77 (skipped) only where
# chromium or poppler-utils are missing (tools/setup.sh installs both).
set -u
cli=$1
root=$2
scripts=$root/scripts
source "$(dirname "$0")/expect.sh"
expect 0 "^usage: keystone-cli report" -- report --help

expect 0 "" -- run --scenario bio_island --seed 7 --years 15 --scripts "$scripts" --out "$work/run.json" --csv "$work/m.csv" --quiet
expect 0 "" -- report "$work/run.json" --csv "$work/m.csv" --out "$work/a.html" --scripts "$scripts"
expect 0 "" -- report "$work/run.json" --csv "$work/m.csv" --out "$work/b.html" --scripts "$scripts"
cmp -s "$work/a.html" "$work/b.html" && echo "ok: two reports from the same inputs are identical" || { echo "FAIL: reports differ"; fail=1; }
expect 2 "m2.csv: cannot read file" -- report "$work/run.json" --csv "$work/m2.csv" --out "$work/c.html"
expect 2 "params.lua: not a JSON object" -- report "$scripts/params.lua" --csv "$work/m.csv" --out "$work/c.html"
expect 2 "needs RUN.json, --csv and --out" -- report "$work/run.json"

# Self-contained: no script element, no src/href to any URL, no CSS url() or @import.
if grep -qiE '<script|(src|href)[[:space:]]*=[[:space:]]*"?[a-z]+://|url\(|@import' "$work/a.html"; then
  echo "FAIL: the report loads something from outside or runs a script"; fail=1
else
  echo "ok: no script, no external reference"
fi

if ! command -v chromium >/dev/null || ! command -v pdfinfo >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "SKIP: chromium and poppler-utils are not installed (run tools/setup.sh); the rendered-page checks did not run"
  [[ $fail -eq 0 ]] && exit 77
  exit $fail
fi
chrome=(chromium --headless --no-sandbox --disable-gpu --no-first-run --host-resolver-rules="MAP * ~NOTFOUND")
"${chrome[@]}" --dump-dom "file://$work/a.html" > "$work/dom.html" 2>/dev/null
python3 - "$work/dom.html" <<'PY' || fail=1
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
for section in ["summary", "timeline", "indicators", "decisions", "events", "discussion"]:
    assert f'<section id="{section}">' in dom, f"section {section} missing from the rendered page"
charts = len(re.findall(r"<svg\b", dom))
assert charts == 7, f"expected 7 charts for one game, the rendered page has {charts}"
assert "Guangzhou International Bio Island" in dom and "500" in dom, "the scenario or its 2023 figures are missing"
print(f"ok: the rendered DOM has the six sections and {charts} charts")
PY

expect 0 "" -- report "$work/run.json" --csv "$work/m.csv" --out "$work/p.html" --scripts "$scripts" --pdf "$work/p.pdf"
pages=$(pdfinfo "$work/p.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
size=$(pdfinfo "$work/p.pdf" 2>/dev/null | awk '/^Page size:/ {print $3 "x" $5 " " $NF}')
# Forced page breaks before indicators, decisions and events give at least four pages; the decision
# table grows with the strategies' policies, so the upper bound is loose.
if [[ -n "$pages" && $pages -ge 4 && $pages -le 30 && $size == *'(A4)' ]]; then
  echo "ok: the PDF has $pages A4 pages ($size pt)"
else
  echo "FAIL: the PDF has '${pages:-no}' pages of size '$size' (wanted 4..30 A4 pages)"; fail=1
fi
pdftoppm -f 1 -l 1 -png -r 60 "$work/p.pdf" "$work/page" && [[ -s "$work/page-01.png" || -s "$work/page-1.png" ]] \
  && echo "ok: first page drawn as PNG" || { echo "FAIL: pdftoppm drew no first page"; fail=1; }
if [[ -n "${KEYSTONE_REPORT_KEEP:-}" ]]; then cp "$work"/a.html "$work"/p.pdf "$work"/page-*.png "$KEYSTONE_REPORT_KEEP"/; fi
exit $fail
