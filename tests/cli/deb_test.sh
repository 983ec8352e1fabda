#!/usr/bin/env bash
# The .deb for classroom laptops: built with CPack from the build folder, unpacked with
# dpkg-deb -x into a scratch folder, and its keystone-cli plays Bio Island from there, from a
# folder with no scripts/, reading the unpacked content (not the source tree the build came from).
# Skipped (exit 77) where dpkg-deb is missing.
set -u
build=$1
cpack=${2:-cpack}   # the cpack of the CMake that configured the build
source "$(dirname "$0")/expect.sh"
tmp=$work
if ! command -v dpkg-deb >/dev/null; then
  echo "skip: dpkg-deb not found (install dpkg to build and check the .deb)"
  exit 77
fi

# Package into the scratch folder so the build folder keeps no package between runs.
if ! (cd "$build" && "$cpack" -G DEB -B "$tmp/package" >"$tmp/cpack.log" 2>&1); then
  cat "$tmp/cpack.log"; echo "FAIL: cpack -G DEB"; exit 1
fi
deb=$(ls "$tmp"/package/keystone_*.deb 2>/dev/null | head -1)
[[ -n $deb ]] || { cat "$tmp/cpack.log"; echo "FAIL: no keystone_*.deb in $tmp/package"; exit 1; }
ok "cpack built $(basename "$deb")"

info=$(dpkg-deb -I "$deb")
for dependency in liblua5.4 fonts-dejavu-core; do
  grep -E '^ Depends:' <<<"$info" | grep -q "$dependency" && ok "declares a dependency on $dependency" || bad "Depends lacks $dependency: $(grep -E '^ Depends:' <<<"$info")"
done
if dpkg-deb -c "$deb" | grep -q ' \./usr/bin/keystone$'; then   # the client is built
  grep -E '^ Depends:' <<<"$info" | grep -q libsdl2 && ok "the client's SDL2 is a dependency" || bad "Depends lacks libsdl2"
fi

root="$tmp/root"
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg-deb -x"; exit 1; }
cli="$root/usr/bin/keystone-cli"
data="$root/usr/share/keystone"
[[ -x $cli ]] && ok "usr/bin/keystone-cli is in the package" || bad "usr/bin/keystone-cli missing"
[[ -f $data/scripts/params.lua && -f $data/assets/scoring.json ]] && ok "content in usr/share/keystone" || bad "content missing in usr/share/keystone"

# A folder with no scripts/, and no KEYSTONE_DATA_DIR: the binary must find its own data.
mkdir -p "$tmp/elsewhere"
cd "$tmp/elsewhere" || exit 1
unset KEYSTONE_DATA_DIR
version=$("$cli" --version 2>&1)
grep -qF "data: $data (beside the executable" <<<"$version" && ok "keystone-cli reports the unpacked data folder" || bad "data folder: $version"
if "$cli" run --scenario bio_island --years 3 --out run.json >run.log 2>&1 && grep -q '"stages"' run.json; then
  ok "the unpacked keystone-cli plays Bio Island for 3 years"
else
  cat run.log; bad "the unpacked keystone-cli run failed"
fi
# Proof that the run read the unpacked content: without its Bio Island file the scenario is
# unknown (a fall-back to the source tree would still find it there).
rm "$data/scripts/scenarios/bio_island.lua"
out=$("$cli" run --scenario bio_island --years 1 --quiet 2>&1) && bad "ran without the unpacked bio_island.lua: $out" \
  || { grep -q "unknown scenario 'bio_island'" <<<"$out" && ok "the content read is the unpacked one" || bad "unexpected failure: $out"; }
# An explicit data folder that is wrong is an error naming it, not a silent fall-back.
out=$(KEYSTONE_DATA_DIR="$tmp/nowhere" "$cli" --version 2>&1) && bad "--version accepted a wrong KEYSTONE_DATA_DIR" \
  || { grep -q "KEYSTONE_DATA_DIR $tmp/nowhere holds no scripts/params.lua" <<<"$out" && ok "a wrong KEYSTONE_DATA_DIR is named" || bad "message: $out"; }
exit $fail
