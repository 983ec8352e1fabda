#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything with warnings as
# errors and runs all tests; then the same tests under ASan + UBSan, then a short fuzzing run
# of the save, scenario and replay loaders (14 s each: about the 40 s the two loaders had).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKEYSTONE_WERROR=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
bash tools/sanitize.sh
bash tools/fuzz.sh 14
