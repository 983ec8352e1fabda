#!/usr/bin/env bash
# keystone-cli batch: the same files whatever the thread count, MPI (3 ranks) equal to one process,
# a sweep that runs and reports, and clear refusals of bad input.
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
exit $fail
