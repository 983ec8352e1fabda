#!/usr/bin/env bash
# keystone-cli run: wrong flags and unknown names exit non-zero with a message that says what is
# wrong and what is valid; a good run writes run.json with the documented fields and a CSV.
set -u
cli=$1
scripts=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
expect() {  # expect CODE PATTERN -- args...
  local code=$1 pattern=$2; shift 3
  local out
  out=$("$cli" "$@" 2>&1); local got=$?
  if [[ $got -ne $code ]] || ! grep -qE -e "$pattern" <<<"$out"; then
    echo "FAIL: keystone-cli $* -> exit $got (wanted $code), output: $out"; fail=1
  else
    echo "ok: keystone-cli $*"
  fi
}
expect 2 "unknown option '--bogus'" -- run --scenario bio_island --bogus --scripts "$scripts"
expect 2 "unknown scenario 'atlantis' \(valid: .*bio_island" -- run --scenario atlantis --scripts "$scripts"
expect 2 "unknown strategy 'nope' \(valid: .*historical" -- run --scenario bio_island --strategy nope --scripts "$scripts"
expect 2 "--role must be 'operator' or 'government'" -- run --scenario bio_island --role mayor --scripts "$scripts"
expect 2 "--seed must be a non-negative integer" -- run --scenario bio_island --seed -3 --scripts "$scripts"
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
[[ ! -e "$work/run.json.tmp" ]] || { echo "FAIL: temporary file left behind"; fail=1; }
exit $fail
