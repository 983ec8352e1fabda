#!/usr/bin/env bash
# keystone-cli run: wrong flags and unknown names exit non-zero with a message that says what is
# wrong and what is valid; a good run writes run.json with the documented fields and a CSV.
set -u
cli=$1
scripts=$2
source "$(dirname "$0")/expect.sh"
expect 2 "unknown option '--bogus'" -- run --scenario bio_island --bogus --scripts "$scripts"
expect 2 "unknown scenario 'atlantis' \(valid: .*bio_island" -- run --scenario atlantis --scripts "$scripts"
expect 2 "unknown strategy 'nope' \(valid: .*historical" -- run --scenario bio_island --strategy nope --scripts "$scripts"
expect 2 "--role must be 'operator' or 'government'" -- run --scenario bio_island --role mayor --scripts "$scripts"
expect 2 "--seed must be an integer from 0 to 18446744073709551615" -- run --scenario bio_island --seed -3 --scripts "$scripts"
expect 2 "--seed must be an integer from 0 to 18446744073709551615" -- run --scenario bio_island --seed 18446744073709551616 --scripts "$scripts"
expect 2 "--years must be between 1 and 40" -- run --scenario bio_island --years 99 --scripts "$scripts"
expect 2 "--scenario is required" -- run --seed 1 --scripts "$scripts"
expect 2 "needs a value" -- run --scenario
expect 2 "unknown command 'fly'" -- fly
expect 2 "--step must be a number" -- elasticity --scenario bio_island --step 7 --scripts "$scripts"
expect 2 "--scenario is required" -- elasticity --seeds 2 --scripts "$scripts"
expect 0 "\| research institutes: .*\| [+-][0-9.]+ \|" -- elasticity --scenario bio_island --seeds 1 --years 1 --scripts "$scripts"
expect 2 "--fork-month must be a non-negative integer" -- whatif --scenario bio_island --a historical --b rent_driven --fork-month soon --scripts "$scripts"
expect 2 "DIVERGES|cannot read" -- replay verify /nonexistent.replay --scripts "$scripts"
expect 1 "cannot" -- run --scenario bio_island --years 1 --quiet --scripts "$scripts" --out /nonexistent/dir/run.json
expect 0 "Final hash" -- run --scenario bio_island --strategy historical --seed 7 --years 3 --scripts "$scripts" --out "$work/run.json" --csv "$work/m.csv"
python3 - "$work/run.json" "$work/m.csv" <<'PY' || fail=1
import json, sys, csv
run = json.load(open(sys.argv[1]))
for key in ["scenario", "strategy", "seed", "ticks", "final_hash", "stages", "final"]:
    assert key in run, key
assert run["ticks"] == 36 and run["seed"] == 7 and len(run["final_hash"]) == 16
for key in ["enterprises", "multinationals", "investment_funds", "research_institutes", "transformation_rate",
            "centralization", "external_tie_share", "stage"]:
    assert key in run["final"], key
assert run["stages"][0] == {"tick": 0, "date": "2011-07", "stage": "flocking"}
rows = list(csv.DictReader(open(sys.argv[2])))
assert len(rows) == 36 and rows[0]["date"] == "2011-07" and rows[-1]["date"] == "2014-06"
assert rows[-1]["hash"] == run["final_hash"]
print("ok: run.json and CSV fields")
PY
# Flags that used to be ignored silently.
fixtures="$scripts/../tests/fixtures"
expect 2 "--mods $work/none: no such folder" -- run --scenario bio_island --mods "$work/none" --scripts "$scripts"
expect 2 "not a folder" -- run --scenario bio_island --mods "$work/run.json" --scripts "$scripts"
expect 2 "--out needs a value, not an empty one" -- run --scenario bio_island --out "" --scripts "$scripts"
expect 2 "--out and --csv name the same file" -- run --scenario bio_island --out "$work/same" --csv "$work/./same" --scripts "$scripts"
expect 2 "--replay and --save name the same file" -- run --scenario bio_island --replay "$work/x" --save "$work/x" --scripts "$scripts"
expect 2 "--seed is given twice" -- run --scenario bio_island --seed 1 --seed 2 --scripts "$scripts"
expect 2 "--role names the role --strategy plays" -- run --scenario bio_island --role government --scripts "$scripts"
for command in run replay whatif lint docs; do expect 0 "usage: keystone-cli $command" -- $command --help; done
# The largest seed runs, and its replay verifies (the replay's seed has the same range).
expect 0 "Final hash" -- run --scenario bio_island --seed 18446744073709551615 --years 1 --scripts "$scripts" --replay "$work/max.replay"
expect 0 "matches \(12 months" -- replay verify "$work/max.replay" --scripts "$scripts"
# A mod's strategy is chosen by --strategy (for the roles it plays) and its replay verifies with --mods.
expect 0 "government: council" -- run --scenario bio_island --years 1 --mods "$fixtures/strategy_mods" --strategy council --scripts "$scripts" --replay "$work/mod.replay"
expect 0 "matches \(12 months" -- replay verify "$work/mod.replay" --mods "$fixtures/strategy_mods" --scripts "$scripts"
expect 2 "unknown strategy 'council'" -- replay verify "$work/mod.replay" --scripts "$scripts"
expect 2 "--mods $work/none: no such folder" -- replay verify "$work/mod.replay" --mods "$work/none" --scripts "$scripts"
# A skipped mod is listed in run.json, not only on stderr.
"$cli" run --scenario bio_island --years 1 --quiet --mods "$fixtures/mods" --scripts "$scripts" --out "$work/mods.json" 2>/dev/null
python3 - "$work/mods.json" <<'PY' || fail=1
import json, sys
run = json.load(open(sys.argv[1]))
assert any("broken_mod" in line for line in run["mod_errors"]), run["mod_errors"]
assert any(line.startswith("loaded mod") for line in run["mods"]), run["mods"]
print("ok: run.json lists the skipped mod")
PY
# Damaged replays: refused with the file and the field, never a crash or a hang.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
good = json.load(open(work + "/max.replay"))
def write(name, **changes):
    doc = dict(good); doc.update(changes)
    json.dump(doc, open(work + "/" + name, "w"))
write("empty.replay", hashes=[])
write("format1.replay", format=1)
write("formatnull.replay", format=None)
write("seedbig.replay")
text = open(work + "/seedbig.replay").read().replace('"seed": 18446744073709551615', '"seed": 18446744073709551616')
open(work + "/seedbig.replay", "w").write(text)
write("years.replay", years=1000000)
PY
expect 0 "matches \(0 months re-simulated" -- replay verify "$work/empty.replay" --scripts "$scripts"
expect 2 "format1.replay: not a Keystone replay \(field 'format': expected a string, got 1\)" -- replay verify "$work/format1.replay" --scripts "$scripts"
expect 2 "field 'format': expected a string, got null" -- replay verify "$work/formatnull.replay" --scripts "$scripts"
expect 2 "seedbig.replay: field 'seed': expected a whole number" -- replay verify "$work/seedbig.replay" --scripts "$scripts"
expect 2 "years.replay: field 'years': expected a whole number from 0 to 40" -- replay verify "$work/years.replay" --scripts "$scripts"
expect 2 "/dev/zero: not a regular file" -- replay verify /dev/zero --scripts "$scripts"
mkfifo "$work/fifo.replay"
out=$(timeout 20 "$cli" replay verify "$work/fifo.replay" --scripts "$scripts" 2>&1); code=$?
[[ $code -eq 2 ]] && grep -q "not a regular file" <<<"$out" && echo "ok: a FIFO is refused" || { echo "FAIL: FIFO -> $code $out"; fail=1; }
[[ ! -e "$work/run.json.tmp" ]] || { echo "FAIL: temporary file left behind"; fail=1; }
# The terminal summary follows --lang (or LANG); the game and its hash do not.
english=$(LANG=C "$cli" run --scenario bio_island --years 2 --seed 3 --scripts "$scripts" 2>&1)
chinese=$(LANG=C "$cli" run --scenario bio_island --years 2 --seed 3 --lang zh-CN --scripts "$scripts" 2>&1)
from_env=$(LANG=zh_CN.UTF-8 "$cli" run --scenario bio_island --years 2 --seed 3 --scripts "$scripts" 2>&1)
if grep -q "广州国际生物岛" <<<"$chinese" && grep -q "最终" <<<"$chinese" && [[ "$chinese" == "$from_env" ]] &&
   [[ "$(grep "Final hash" <<<"$english" | awk '{print $3}')" == "$(grep "最终哈希" <<<"$chinese" | awk '{print $2}')" ]]; then
  echo "ok: the summary in Chinese, the same hash"
else
  echo "FAIL: --lang zh-CN summary: $chinese / LANG: $from_env / English: $english"; fail=1
fi
# Every line of the English summary (with the score and its baselines) has a Chinese line in its
# place: the same numbers and ids, none of the English words.
english=$(LANG=C "$cli" run --scenario bio_island --years 3 --seed 5 --baselines --scripts "$scripts" 2>/dev/null)
chinese=$(LANG=C "$cli" run --scenario bio_island --years 3 --seed 5 --baselines --lang zh-CN --scripts "$scripts" 2>/dev/null)
if python3 - "$english" "$chinese" <<'PY'
import re, sys
english, chinese = sys.argv[1].splitlines(), sys.argv[2].splitlines()
assert len(english) == len(chinese) and len(english) >= 4, (english, chinese)
assert any(line.startswith("Score (operator) ") and "| do_nothing (" in line and "| reference (" in line for line in english), english
numbers = lambda line: re.findall(r"[0-9a-f]{16}|\d+(?:-\d+)?", line)
words = {"enterprises", "multinationals", "funds", "institutes", "rate", "network", "stage", "Score", "operator",
         "government", "seed", "Final", "hash", "do_nothing", "reference"}
for en, zh in zip(english, chinese):
    assert numbers(en) == numbers(zh), (en, zh)
    left = set(re.findall(r"[A-Za-z_]+", zh)) & words
    assert not left, (zh, left)
PY
then echo "ok: every summary line, score included, in Chinese"; else echo "FAIL: the Chinese summary lacks a line of the English one"; fail=1; fi
expect 2 "--lang must be en or zh-CN" -- run --scenario bio_island --lang fr --scripts "$scripts"
exit $fail

