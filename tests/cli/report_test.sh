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
export LANG=C.UTF-8   # the report's language follows LANG: the English checks below must not depend on the machine's
expect 0 "^usage: keystone-cli report" -- report --help

expect 0 "" -- run --scenario bio_island --seed 7 --years 15 --scripts "$scripts" --out "$work/run.json" --csv "$work/m.csv" --quiet \
  --save "$work/game.save" --replay "$work/game.replay"
expect 0 "" -- report "$work/run.json" --csv "$work/m.csv" --out "$work/a.html" --scripts "$scripts"
expect 0 "" -- report "$work/run.json" --csv "$work/m.csv" --out "$work/b.html" --scripts "$scripts"
cmp -s "$work/a.html" "$work/b.html" && echo "ok: two reports from the same inputs are identical" || { echo "FAIL: reports differ"; fail=1; }
# The same fixed run (a checked-in run.json and CSV, no scenario scripts, so content edits do not
# move it) gives the approved bytes: the report's output changes only on purpose. After a
# deliberate change, write the printed sha256 into tests/golden/report_bio_island_seed7_3y.sha256.
mkdir -p "$work/no_scripts"
expect 0 "" -- report "$root/tests/fixtures/report/bio_island_seed7_3y.json" --csv "$root/tests/fixtures/report/bio_island_seed7_3y.csv" \
  --out "$work/fixed.html" --scripts "$work/no_scripts"
approved=$(cat "$root/tests/golden/report_bio_island_seed7_3y.sha256")
current=$(sha256sum "$work/fixed.html" | cut -d' ' -f1)
if [[ -n $approved && $current == "$approved" ]]; then echo "ok: the fixed run's report has the approved bytes"
else echo "FAIL: the fixed run's report changed: current sha256 $current, approved '$approved'"; fail=1; fi
# From a save or a replay: the game is played again from its start and commands, so the page is
# the same as the one from its run.json and CSV, causal trace included.
expect 0 "" -- report "$work/game.save" --out "$work/from_save.html" --scripts "$scripts"
expect 0 "" -- report "$work/game.replay" --out "$work/from_replay.html" --scripts "$scripts"
cmp -s "$work/a.html" "$work/from_save.html" && echo "ok: the report of the save is the report of its run" || { echo "FAIL: the save's report differs"; fail=1; }
cmp -s "$work/a.html" "$work/from_replay.html" && echo "ok: the report of the replay is the report of its run" || { echo "FAIL: the replay's report differs"; fail=1; }
expect 2 "missing.save: cannot read" -- report "$work/missing.save" --out "$work/c.html"
expect 2 "a save or replay needs --out and no --csv" -- report "$work/game.save" --csv "$work/m.csv" --out "$work/c.html"
expect 2 "m2.csv: cannot read file" -- report "$work/run.json" --csv "$work/m2.csv" --out "$work/c.html"
expect 2 "params.lua: not a JSON object" -- report "$scripts/params.lua" --csv "$work/m.csv" --out "$work/c.html"
expect 2 "needs RUN.json, --csv and --out" -- report "$work/run.json"

# A what-if pair: the same park with a passive government beside the default play.
expect 0 "" -- run --scenario bio_island --seed 7 --years 15 --strategy passive_government --role government --scripts "$scripts" \
  --out "$work/run_b.json" --csv "$work/m_b.csv" --quiet
expect 0 "" -- report "$work/run.json" "$work/run_b.json" --csv "$work/m.csv" "$work/m_b.csv" --labels "historical,passive government" \
  --out "$work/pair.html" --scripts "$scripts"
expect 0 "" -- report "$work/run.json" "$work/run_b.json" --csv "$work/m.csv" "$work/m_b.csv" --labels "historical,passive government" \
  --out "$work/pair2.html" --scripts "$scripts"
cmp -s "$work/pair.html" "$work/pair2.html" && echo "ok: two pair reports from the same inputs are identical" || { echo "FAIL: pair reports differ"; fail=1; }
expect 2 "2 run.json file\(s\) but 1 CSV" -- report "$work/run.json" "$work/run_b.json" --csv "$work/m.csv" --out "$work/c.html"
expect 2 "--labels needs two names" -- report "$work/run.json" "$work/run_b.json" --csv "$work/m.csv" "$work/m_b.csv" --labels solo --out "$work/c.html"
expect 2 "give one run.json, or two" -- report "$work/run.json" "$work/run_b.json" "$work/run.json" --csv "$work/m.csv" --out "$work/c.html"
python3 - "$work/run_b.json" "$work/run_x.json" <<'PY'
import json, sys
run = json.load(open(sys.argv[1])); run["scenario"] = "another_park"; json.dump(run, open(sys.argv[2], "w"))
PY
expect 2 "different scenarios" -- report "$work/run.json" "$work/run_x.json" --csv "$work/m.csv" "$work/m_b.csv" --out "$work/c.html"

# A class bundle: four teams of one park, each TEAM.json with its TEAM.csv (ten years keeps it quick).
mkdir -p "$work/class"
for team in quality_first rent_driven science_first hands_off; do
  expect 0 "" -- run --scenario bio_island --seed 7 --years 10 --strategy "$team" --role operator --scripts "$scripts" \
    --out "$work/class/$team.json" --csv "$work/class/$team.csv" --quiet
done
expect 0 "" -- report --class "$work/class" --out "$work/class.html" --scripts "$scripts"
expect 0 "" -- report --class "$work/class" --out "$work/class2.html" --scripts "$scripts"
cmp -s "$work/class.html" "$work/class2.html" && echo "ok: two class reports from the same bundle are identical" || { echo "FAIL: class reports differ"; fail=1; }
mkdir -p "$work/one_team" && cp "$work/class/hands_off.json" "$work/class/hands_off.csv" "$work/one_team/"
expect 2 "needs at least two teams" -- report --class "$work/one_team" --out "$work/c.html"
cp "$work/class/hands_off.json" "$work/one_team/other.json"
expect 2 "other.csv: cannot read file" -- report --class "$work/one_team" --out "$work/c.html"

# In Chinese (--lang zh-CN, or a zh LANG): the page says its language and lists a CJK font, the
# glossary's stage names replace the identifiers, and no English heading is left.
expect 0 "" -- report "$work/run.json" --csv "$work/m.csv" --out "$work/zh.html" --scripts "$scripts" --lang zh-CN
LANG=zh_CN.UTF-8 "$cli" report "$work/run.json" --csv "$work/m.csv" --out "$work/zh_env.html" --scripts "$scripts" &&
  cmp -s "$work/zh.html" "$work/zh_env.html" && ok "LANG=zh_CN.UTF-8 gives the --lang zh-CN report" || bad "LANG=zh_CN.UTF-8 did not give the Chinese report"
if grep -q '<html lang="zh-CN">' "$work/zh.html" && grep -q '"WenQuanYi Micro Hei"' "$work/zh.html" && grep -q '<title>产业集聚</title>' "$work/zh.html" &&
   ! grep -qE 'The game in one paragraph|Stage each month|Decisions and their effects' "$work/zh.html"; then ok "the Chinese report is in Chinese"
else bad "the Chinese report lacks its language, its CJK font or its stage names, or keeps English headings"; fi
expect 2 "--lang must be en or zh-CN" -- report "$work/run.json" --csv "$work/m.csv" --out "$work/c.html" --lang fr

# Self-contained: no script element, no src/href to any URL, no CSS url() or @import.
if grep -qiE '<script|(src|href)[[:space:]]*=[[:space:]]*"?[a-z]+://|url\(|@import' "$work/a.html" "$work/pair.html" "$work/class.html"; then
  echo "FAIL: the report loads something from outside or runs a script"; fail=1
else
  echo "ok: no script, no external reference"
fi

if ! command -v chromium >/dev/null || ! command -v pdfinfo >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "SKIP: chromium and poppler-utils are not installed (run tools/setup.sh); the rendered-page checks did not run"
  [[ $fail -eq 0 ]] && exit 77
  exit $fail
fi
# rendered PAGE CHARTS SECTIONS TEXTS: Chromium's DOM of PAGE has every section (comma-separated
# ids), exactly CHARTS charts and every text (|-separated).
rendered() {
  "${chrome[@]}" --dump-dom "file://$1" > "$1.dom" 2>/dev/null
  python3 - "$1.dom" "$2" "$3" "$4" <<'PY' || fail=1
import re, sys
dom, charts_wanted = open(sys.argv[1], encoding="utf-8").read(), int(sys.argv[2])
for section in sys.argv[3].split(","):
    assert f'<section id="{section}">' in dom, f"section {section} missing from the rendered page"
charts = len(re.findall(r"<svg\b", dom))
assert charts == charts_wanted, f"expected {charts_wanted} charts, the rendered page has {charts}"
for text in sys.argv[4].split("|"):
    assert text in dom, f"'{text}' is missing from the rendered page"
print(f"ok: the rendered DOM of {sys.argv[1].rsplit('/', 1)[-1]} has its sections and {charts} charts")
PY
}
chrome=(chromium --headless --no-sandbox --disable-gpu --no-first-run --host-resolver-rules="MAP * ~NOTFOUND")
# One game: the scenario and its 2023 figures.
rendered "$work/a.html" 7 summary,timeline,indicators,decisions,events,discussion "Guangzhou International Bio Island|500"
# A what-if pair: stage bands and four indicators, each with both games (the second dashed).
rendered "$work/pair.html" 5 summary,timeline,indicators,differences,decisions,discussion \
  'passive government|the last month both games played|class="series second"'
# Four teams: the ranked table, the stage bands and one chart per team on one scale.
rendered "$work/class.html" 5 summary,ranking,timeline,teams,discussion "quality_first: enterprises|hands_off|<th>score</th>"
[[ $(grep -o 'class="series second"' "$work/pair.html.dom" | wc -l) -ge 8 ]] && echo "ok: both games on every indicator chart" \
  || { echo "FAIL: the second game is missing from the indicator charts"; fail=1; }

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
expect 0 "" -- report "$work/run.json" "$work/run_b.json" --csv "$work/m.csv" "$work/m_b.csv" --out "$work/pp.html" --scripts "$scripts" --pdf "$work/pp.pdf"
pair_pages=$(pdfinfo "$work/pp.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
# Forced breaks before the indicators and the differences: at least three pages.
if [[ -n "$pair_pages" && $pair_pages -ge 3 && $pair_pages -le 20 ]]; then echo "ok: the pair's PDF has $pair_pages pages"
else echo "FAIL: the pair's PDF has '${pair_pages:-no}' pages (wanted 3..20)"; fail=1; fi
pdftoppm -f 1 -l 1 -png -r 60 "$work/pp.pdf" "$work/pair_page" || { echo "FAIL: pdftoppm drew no first page of the pair"; fail=1; }
expect 0 "" -- report --class "$work/class" --out "$work/cc.html" --scripts "$scripts" --pdf "$work/cc.pdf"
class_pages=$(pdfinfo "$work/cc.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
# A forced break before the teams' charts: at least two pages.
if [[ -n "$class_pages" && $class_pages -ge 2 && $class_pages -le 10 ]]; then echo "ok: the class PDF has $class_pages pages"
else echo "FAIL: the class PDF has '${class_pages:-no}' pages (wanted 2..10)"; fail=1; fi
if [[ -n "${KEYSTONE_REPORT_KEEP:-}" ]]; then cp "$work"/a.html "$work"/p.pdf "$work"/page-*.png "$work"/pair.html "$work"/pp.pdf "$work"/pair_page-*.png "$work"/class.html "$work"/cc.pdf "$KEYSTONE_REPORT_KEEP"/; fi
exit $fail
