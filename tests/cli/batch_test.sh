#!/usr/bin/env bash
# keystone-cli batch: the same files whatever the thread count, MPI (3 ranks) equal to one process,
# a sweep that runs and reports, the elasticity front end and a one-at-a-time elasticity by hand,
# and clear refusals of bad input.
set -u
cli=$1
root=$2
source "$(dirname "$0")/expect.sh"
tmp=$work
args=(--scenario bio_island --strategy default,historical --seeds 1-6 --years 3 --scripts "$root/scripts")

"$cli" batch "${args[@]}" --threads 1 --out "$tmp/t1.json" --csv "$tmp/t1.csv" || bad "batch --threads 1 ran"
"$cli" batch "${args[@]}" --threads 2 --out "$tmp/t2.json" --csv "$tmp/t2.csv" || bad "batch --threads 2 ran"
cmp -s "$tmp/t1.json" "$tmp/t2.json" && cmp -s "$tmp/t1.csv" "$tmp/t2.csv" && ok "1 and 2 threads byte-identical" || bad "1 and 2 threads differ"
# 2 strategies x 6 seeds x 3 years + header
rows=$(wc -l < "$tmp/t1.csv")
[[ $rows -eq 37 ]] && ok "CSV has one row per game and year" || bad "CSV has $rows lines, expected 37"
grep -q '"reached_share"' "$tmp/t1.json" && grep -q '"ci95"' "$tmp/t1.json" && ok "summary has stages and goal intervals" || bad "summary fields missing"

if command -v mpirun >/dev/null && "$cli" batch --help | grep -q "This build has MPI"; then
  # OpenMPI's own start-up allocations are never freed: under the sanitizer build, LeakSanitizer
  # would abort every rank for them, so leak checking is off for the ranks only (ASan stays on).
  ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0" mpirun --allow-run-as-root --oversubscribe -x ASAN_OPTIONS -np 3 "$cli" batch "${args[@]}" --threads 1 --mpi --out "$tmp/m.json" --csv "$tmp/m.csv" \
    || bad "mpirun -np 3 batch ran"
  cmp -s "$tmp/t1.json" "$tmp/m.json" && cmp -s "$tmp/t1.csv" "$tmp/m.csv" && ok "MPI (3 ranks) byte-identical to one process" || bad "MPI output differs"
else
  echo "skip: mpirun not found or keystone-cli built without MPI (install openmpi-bin and libopenmpi-dev to test batch --mpi)"
fi

"$cli" batch --sweep "$root/tests/fixtures/sweeps/small_lhs.json" --scripts "$root/scripts" --threads 2 --out "$tmp/s1.json" > "$tmp/s1.txt" \
  || bad "sweep ran"
"$cli" batch --sweep "$root/tests/fixtures/sweeps/small_lhs.json" --scripts "$root/scripts" --threads 1 --out "$tmp/s2.json" > /dev/null
cmp -s "$tmp/s1.json" "$tmp/s2.json" && ok "sweep identical with 1 and 2 threads" || bad "sweep differs by thread count"
grep -q '| transfer_quality_base | patents |' "$tmp/s1.txt" && ok "sweep prints the sensitivity table" || bad "sweep table missing"
python3 - "$tmp/s1.json" <<'PY' && ok "sweep JSON: 8 LHS points, one per stratum" || bad "sweep JSON malformed or not a Latin hypercube"
import json, sys
d = json.load(open(sys.argv[1]))
pts = [p["values"] for p in d["points"]]
assert len(pts) == 8 and len(d["effects"]) == 4
for f, fac in enumerate(d["factors"]):
    strata = sorted(int((p[f] - fac["min"]) / (fac["max"] - fac["min"]) * 8) for p in pts)
    assert strata == list(range(8)), strata
PY

# keystone-cli elasticity is a front end of the sweep runner: the sweep file it writes, run by
# batch --sweep, gives the elasticities it printed.
"$cli" elasticity --scenario bio_island --seeds 2 --years 2 --threads 2 --scripts "$root/scripts" --sweep-out "$tmp/e.json" > "$tmp/e.txt" \
  || bad "elasticity ran"
"$cli" batch --sweep "$tmp/e.json" --scripts "$root/scripts" --threads 1 --out "$tmp/e_sweep.json" > /dev/null || bad "its sweep file ran"
python3 - "$tmp/e.txt" "$tmp/e_sweep.json" <<'PY' && ok "elasticity front end equals batch --sweep of its sweep file" || bad "elasticity and its sweep differ"
import json, sys
rows = [l for l in open(sys.argv[1]) if l.startswith("| ") and ": " in l]
sweep = json.load(open(sys.argv[2]))
assert sweep["design"] == "none" and sweep["strategy"] == "none" and sweep["points"] == []
assert [f["name"] for f in sweep["factors"]] == [r[2:].split(":")[0] for r in rows] and len(rows) == 5
institutes = next(f for f in sweep["factors"] if f["name"] == "research institutes")
assert institutes["scale"] == [{"scenario": "institutes", "shipped": 5}], institutes  # bio_island starts with 5
effects = {(e["factor"], e["output"]): e["elasticity"] for e in sweep["effects"]}
outputs = sweep["outputs"]
assert outputs[0] == "sum of research_outputs per firm-month" and outputs[3] == "enterprises", outputs
nonzero = 0
for row in rows:
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    name = cells[0].split(":")[0]
    for o in range(3):
        assert cells[1 + o] == "%+.2f" % effects[(name, outputs[o])], (name, o, cells, effects[(name, outputs[o])])
        nonzero += abs(effects[(name, outputs[o])]) > 0
    assert cells[4] == "%+.1f%%" % (100 * 0.2 * effects[(name, "enterprises")]), cells
assert nonzero > 0, "every elasticity is 0: the raises did nothing"
PY

# The sweep's one-at-a-time elasticity by hand: two plain batches, the parameter shipped and
# raised by 20%, paired by seed.
cat > "$tmp/oat.json" <<'JSON'
{"scenario": "bio_island", "design": "none", "seeds": 3, "years": 2, "elasticity_step": 0.2,
 "factors": [{"param": "transfer_quality_base"}], "outputs": ["patents"]}
JSON
"$cli" batch --sweep "$tmp/oat.json" --scripts "$root/scripts" --threads 2 --out "$tmp/oat_out.json" > /dev/null || bad "one-at-a-time sweep ran"
shipped=$(python3 -c 'import json,sys; print(repr(json.load(open(sys.argv[1]))["factors"][0]["shipped"]))' "$tmp/oat_out.json")
raised=$(python3 -c "print(repr($shipped * (1 + 0.2)))")
common=(--scenario bio_island --seeds 1-3 --years 2 --indicators patents --scripts "$root/scripts" --threads 2)
"$cli" batch "${common[@]}" --csv "$tmp/b0.csv" --out /dev/null && "$cli" batch "${common[@]}" --param "transfer_quality_base=$raised" --csv "$tmp/b1.csv" --out /dev/null \
  || bad "batches for the hand computation ran"
python3 - "$tmp/oat_out.json" "$tmp/b0.csv" "$tmp/b1.csv" <<'PY' && ok "sweep elasticity equals the hand computation from two batches" || bad "sweep elasticity differs from the hand computation"
import csv, json, sys
sweep = json.load(open(sys.argv[1]))
def final(path):
    rows = list(csv.DictReader(open(path)))
    last = max(int(r["year"]) for r in rows)
    return {r["seed"]: float(r["patents"]) for r in rows if int(r["year"]) == last}
b0, b1 = final(sys.argv[2]), final(sys.argv[3])
assert len(b0) == 3
hand = sum((b1[s] / b0[s] - 1) / 0.2 for s in b0) / len(b0)
got = sweep["effects"][0]["elasticity"]
assert abs(got - hand) <= 1e-6 and hand != 0, (got, hand)  # the CSV keeps 10 significant digits
PY

expect_refusal() {  # expect_refusal PATTERN ARGS...
  local pattern=$1; shift
  local out
  out=$("$cli" batch "$@" 2>&1) && { bad "accepted: $*"; return; }
  grep -q -- "$pattern" <<<"$out" && ok "refused: $pattern" || bad "message for $* lacks '$pattern': $out"
}
expect_refusal "unknown strategy 'nope'" --scenario bio_island --strategy nope --scripts "$root/scripts"
expect_refusal "--seeds must be" --scenario bio_island --seeds 9-3
expect_refusal "--lever: unknown lever 'warp'" --scenario bio_island --lever warp=1
expect_refusal "--param must be NAME=NUMBER" --scenario bio_island --param x=
expect_refusal "unknown metric 'nope'" --scenario bio_island --indicators enterprises,nope
echo '{"scenario": "bio_island", "outputs": ["patents"], "factors": [{"param": "no_such", "min": 0, "max": 1}]}' > "$tmp/bad.json"
expect_refusal "factors\[0\]: unknown parameter 'no_such'" --sweep "$tmp/bad.json" --scripts "$root/scripts"
echo '{"scenario": "bio_island", "outputs": ["patents"], "factors": [{"scenario": "moons", "min": 0, "max": 1}]}' > "$tmp/bad2.json"
expect_refusal "factors\[0\]: unknown scenario value 'moons' (one of enterprises, institutes" --sweep "$tmp/bad2.json" --scripts "$root/scripts"
echo '{"scenario": "bio_island", "design": "none", "outputs": [{"metric": "patents", "summed": "yes"}], "factors": [{"param": "transfer_quality_base"}]}' > "$tmp/bad3.json"
expect_refusal "outputs\[0\]: 'summed' must be true or false" --sweep "$tmp/bad3.json" --scripts "$root/scripts"
exit $fail
