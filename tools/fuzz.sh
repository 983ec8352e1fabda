#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (+ ASan/UBSan) and fuzzes the save loader, the
# scenario loader, the replay loader and the classroom message decoder for SECONDS each
# (default 20), starting from the corpora in tools/fuzz/.
# Prints executions and whether a crash was found; exits non-zero on a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYSTONE_FUZZ=ON \
  -DKEYSTONE_SANITIZE=ON -DKEYSTONE_BUILD_GAME=OFF -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_save fuzz_scenario fuzz_replay fuzz_message
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1
status=0
for target in save scenario replay message; do
  work=$(mktemp -d)
  cp tools/fuzz/corpus_${target}/* "$work/"
  log=$(mktemp)
  if build-fuzz/fuzz_${target} -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$work/" "$work" >"$log" 2>&1; then
    result="no crash"
  else
    result="CRASH (see $work)"; status=1
  fi
  runs=$(grep -oE 'stat::number_of_executed_units: [0-9]+|Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)
  echo "fuzz_${target}: ${runs:-?} executions in ${seconds}s, ${result}"
  [[ $status -eq 0 ]] && rm -rf "$work"
  rm -f "$log"
done
exit $status
