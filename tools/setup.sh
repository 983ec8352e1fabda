#!/usr/bin/env bash
# Installs the Debian packages Keystone needs (bookworm), only those that are missing.
# Used by the README's two commands and by CI. Run as root (or with sudo available).
set -euo pipefail
packages=(
  build-essential cmake pkg-config          # compiler and build
  liblua5.4-dev lua5.4                      # scripting: Lua 5.4 C API and luac for syntax checks
  nlohmann-json3-dev                        # JSON for run.json, saves and the string tables
  catch2                                    # unit and statistical tests (Catch2 v2)
  libsdl2-dev libimgui-dev libstb-dev       # client: SDL2 window + Dear ImGui 1.86
  fonts-dejavu-core                         # a real TTF font for the client
  fonts-wqy-microhei                        # Chinese glyphs (zh-CN), merged into the client's font
  xvfb xauth                                # virtual display for the GUI smoke test
  python3                                   # small test helpers
  chromium poppler-utils                    # the debrief report test: headless render, PDF pages, first page as PNG
  clang libclang-rt-14-dev                  # libFuzzer targets for the save and scenario loaders
  libenet-dev                               # classroom sessions: ENet, reliable ordered UDP for lockstep play
  libopenmpi-dev openmpi-bin                # keystone-cli batch --mpi: spread Monte Carlo games over machines (optional at build time)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "keystone setup: installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
