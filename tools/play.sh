#!/usr/bin/env bash
# Installs what is missing, builds and starts Keystone on the default scenario (README's first
# command). Extra arguments go to the client, e.g. --role government --seed 42.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
if [[ -x build/game/keystone ]]; then
  exec build/game/keystone "$@"
fi
# Without the client (e.g. built with -DKEYSTONE_BUILD_GAME=OFF): the headless default run.
exec build/keystone-cli run --scenario bio_island --strategy historical --seed 7
