#!/usr/bin/env bash
# The condition history on the command line: the CSV's condition columns reproduce every stage
# change, run.json's conditions match the CSV's rows, `explain` reads run.json; every command
# answers --help with its usage and exit 0; a mod's strategy plays in run and whatif.
set -u
cli=$1
root=$2
scripts=$root/scripts
mods=$root/tests/fixtures/strategy_mods
source "$(dirname "$0")/expect.sh"
for command in run replay whatif explain lint docs elasticity batch host team; do
  expect 0 "^usage: keystone-cli $command" -- "$command" --help
  expect 0 "^usage: keystone-cli $command" -- "$command" -h
done
expect 0 "explain  RUN.json" -- --help

# A mod's strategy in a what-if branch; without --mods it is unknown.
expect 0 "B = council" -- whatif --scenario bio_island --role government --a historical --b council --fork-month 6 --years 1 \
  --mods "$mods" --scripts "$scripts" --csv "$work/whatif.csv"
expect 2 "unknown strategy 'council'" -- whatif --scenario bio_island --role government --a historical --b council --fork-month 6 --years 1 \
  --scripts "$scripts"
expect 2 "no such folder" -- whatif --scenario bio_island --role government --a historical --b council --fork-month 6 --mods /nonexistent

# Three runs whose parks change stage: condition columns against the stage decisions.
for seed in 7 11 12; do
  expect 0 "Holds the park back|No stage above" -- run --scenario bio_island --seed $seed --scripts "$scripts" \
    --out "$work/run$seed.json" --csv "$work/m$seed.csv" --explain
  expect 0 "Stage path" -- explain "$work/run$seed.json"
done
python3 - "$work" 7 11 12 <<'PY' || fail=1
import csv, json, sys
work, seeds = sys.argv[1], sys.argv[2:]
changes = 0
for seed in seeds:
    run = json.load(open(f"{work}/run{seed}.json"))
    rows = list(csv.DictReader(open(f"{work}/m{seed}.csv")))
    by_tick = {int(r["tick"]): r for r in rows}
    assert run["end_date"] == rows[-1]["date"], (run["end_date"], rows[-1]["date"])
    assert int(rows[0]["tick"]) == 1 and rows[0]["date"] == run["stages"][0]["date"]
    # Running totals only grow.
    for a, b in zip(rows, rows[1:]):
        assert float(b["joint_actions_total"]) >= float(a["joint_actions_total"])
        assert float(b["research_outputs_total"]) >= float(a["research_outputs_total"])
    for change in run["stages"][1:]:
        t = change["tick"]
        row = by_tick[t]
        assert row["date"] == change["date"], (seed, t, row["date"], change["date"])
        assert row["stage"] == change["stage"]
        for c in change["conditions"]:
            # run.json's value is the CSV's metric in the month of the change.
            assert abs(float(row[c["metric"]]) - c["value"]) <= 1e-5 * max(1.0, abs(c["value"])), (seed, t, c)
        if change["kind"] != "entry":
            continue
        # Every condition of the new stage held in the months the rule needed (CSV columns).
        prev = by_tick.get(t - 1)
        hold = int(prev["hold_needed"]) if prev and prev["hold_needed"] else 1
        columns = [k for k in row if k.startswith(change["stage"] + ".")]
        assert columns, change["stage"]
        for k in range(t - hold + 1, t + 1):
            if k < 1:
                continue
            for col in columns:
                assert by_tick[k][col] == "1", (seed, t, k, col)
        assert all(c["holds"] and c["held_months"] >= hold for c in change["conditions"]), (seed, t, change["conditions"])
        changes += 1
    outlook = run["outlook"]
    assert outlook["stage"] == run["final"]["stage"]
    if "conditions" in outlook:
        last = rows[-1]
        assert outlook["next"] == last["next_stage"] and outlook["held_months"] == int(last["held_months"])
        for c in outlook["conditions"]:
            assert (last[outlook["next"] + "." + c["metric"]] == "1") == c["holds"]
print(f"checked {changes} stage changes against the condition columns")
assert changes >= 2, "expected stage changes in these runs"
PY
expect 2 "not JSON" -- explain "$scripts/params.lua"
echo '{"stages": []}' > "$work/empty.json"
expect 2 "no 'stages' list" -- explain "$work/empty.json"
expect 2 "cannot read" -- explain "$work/none.json"
exit $fail
