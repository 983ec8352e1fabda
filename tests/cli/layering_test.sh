#!/usr/bin/env bash
# Layering (STYLE.md): engine/sim knows nothing of Lua, SDL or ImGui; only engine/script touches
# the Lua C API; the engine never includes SDL or ImGui; the client and tools never include lua.h.
set -u
root=$1
fail=0
check() {  # check DESCRIPTION PATTERN FILES...
  local what=$1 pattern=$2; shift 2
  local hits
  hits=$(grep -nE "$pattern" "$@" 2>/dev/null)
  if [[ -n $hits ]]; then echo "FAIL: $what"; echo "$hits"; fail=1; else echo "ok: $what"; fi
}
cd "$root"
check "engine/sim includes no Lua, script, session, SDL or ImGui headers" \
  '#include *[<"](lua|lauxlib|lualib|SDL|imgui|script/|session/|io/)' engine/sim/*.h engine/sim/*.cpp
check "only engine/script touches the Lua C API" \
  '#include *[<"](lua|lauxlib|lualib)\.h' engine/sim/* engine/session/* engine/io/* engine/report/* game/*.* game/*/*.* tools/*/*.cpp
check "the engine never includes SDL or ImGui" '#include *[<"](SDL|imgui)' engine/*/*
check "the client includes no engine/script internals" '#include *"script/' game/*.* game/*/*.*
check "only engine/net touches ENet" '#include *[<"]enet/' engine/sim/* engine/script/* engine/session/* engine/io/* game/*.* game/*/*.* tools/*/*.cpp
check "the simulation, scripts, sessions and saves know nothing of the network" '#include *"net/' engine/sim/* engine/script/* engine/session/* engine/io/*
exit $fail
