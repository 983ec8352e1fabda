#!/usr/bin/env bash
# Builds the engine, tools and tests with AddressSanitizer + UndefinedBehaviorSanitizer and runs
# the tests (the client is left out: SDL's drivers are not ours to sanitize; statistical tests are
# left out too, see tests/CMakeLists.txt).
# -O1 -g1: the optimiser level ASan's authors recommend, and line tables only (enough for the
# sanitizers' stack traces); -O2 -g took most of CI's time in compiling alone.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DCMAKE_C_FLAGS_DEBUG="-O1 -g1" -DKEYSTONE_SANITIZE=ON -DKEYSTONE_BUILD_GAME=OFF
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
