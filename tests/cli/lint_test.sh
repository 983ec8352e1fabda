#!/usr/bin/env bash
# keystone-cli lint on broken fixtures: non-zero exit and one "file:line: what" per problem.
set -u
cli=$1
root=$2
out=$("$cli" lint "$root/tests/fixtures/lint" "$root/tests/fixtures/hostile_load" --scripts "$root/scripts" 2>&1)
code=$?
fail=0
[[ $code -eq 1 ]] || { echo "FAIL: exit $code, wanted 1"; fail=1; }
for pattern in \
  "ai/typos.lua:7: unknown metric 'enterprizes'" \
  "ai/typos.lua:10: unknown API function 'keystone.levr'" \
  "ai/typos.lua:8: no policy with id 'strict_screenin'" \
  "policies/duplicate_a.lua:3: policy 'duplicate': field 'id' must equal the file name" \
  "policies/duplicate_a.lua:7: policy 'duplicate': field 'cost' must be a number" \
  "policies/duplicate_a.lua:9: unknown field 'colour'" \
  "policies/syntax_error.lua:3:" \
  "policies/load_loop.lua:2: instruction budget exceeded" \
  "scenarios/unknown_ai.lua:10: default_ai names unknown strategy 'nobody' for the operator" \
  "policies/hang_gc_finalizer_top.lua:2: setmetatable: __gc finalizers are not allowed" \
  "policies/hang_pcall_swallow_top.lua:2: instruction budget exceeded" \
  "policies/hang_xpcall_handler_top.lua:2: instruction budget exceeded"; do
  grep -qF -e "$pattern" <<<"$out" || { echo "FAIL: missing: $pattern"; fail=1; }
done
# The hanging scripts in every other place: lint must finish (it loads files, it runs no hooks)
# and name each hanging mod.lua.
out2=$(timeout 60 "$cli" lint "$root/tests/fixtures/hostile_hooks" "$root/tests/fixtures/hostile_mods" \
       "$root/tests/fixtures/hostile/ai" --scripts "$root/scripts" 2>&1)
code=$?
[[ $code -eq 1 ]] || { echo "FAIL: lint of hanging scripts exit $code, wanted 1"; fail=1; }
for mod in hang_gc_finalizer_mod hang_pcall_swallow_mod hang_xpcall_handler_mod; do
  grep -qE "$mod/mod.lua:2: " <<<"$out2" || { echo "FAIL: lint does not name $mod/mod.lua:2"; fail=1; }
done
[[ $fail -eq 0 ]] || echo "$out2"
[[ $fail -eq 0 ]] && echo "ok: lint names every problem" || echo "$out"

# A lever that no rule reads is a warning (the engine reads every lever today, so the test pretends).
reach=$("$cli" lint "$root/tests/fixtures/lint_reach" --scripts "$root/scripts" --assume-unread convention 2>&1)
code=$?
[[ $code -eq 0 ]] || { echo "FAIL: lever-reach warnings gave exit $code, wanted 0"; fail=1; }
for pattern in \
  "policies/convention_only.lua:9: lever 'convention' is read by no rule of the engine [warning]" \
  "events/convention_offer.lua:12: lever 'convention' is read by no rule of the engine [warning]"; do
  grep -qF -e "$pattern" <<<"$reach" || { echo "FAIL: missing: $pattern"; echo "$reach"; fail=1; }
done
quiet=$("$cli" lint "$root/tests/fixtures/lint_reach" --scripts "$root/scripts" 2>&1)
if grep -q "read by no rule" <<<"$quiet"; then echo "FAIL: warned about a lever the engine reads"; echo "$quiet"; fail=1; fi
# Translations: shipped content without a zh-CN text is an error; a mod without one, a warning.
copy=$(mktemp -d)
cp -r "$root/scripts" "$copy/scripts"
python3 - "$copy/scripts/locale/zh-CN.json" <<'PY'
import json, sys
path = sys.argv[1]
table = json.load(open(path, encoding="utf-8"))
del table["policy.rent_subsidy.name"]
json.dump(table, open(path, "w", encoding="utf-8"), ensure_ascii=False)
PY
untranslated=$("$cli" lint "$copy/scripts" --scripts "$copy/scripts" 2>&1)
code=$?
[[ $code -eq 1 ]] || { echo "FAIL: shipped content without a translation gave exit $code, wanted 1"; fail=1; }
grep -qF "rent_subsidy.lua:1: no zh-CN text for 'policy.rent_subsidy.name'" <<<"$untranslated" ||
  { echo "FAIL: missing translation not named"; echo "$untranslated"; fail=1; }
rm -rf "$copy"
mod=$("$cli" lint "$root/tests/fixtures/mods/alpha_mod" --scripts "$root/scripts" 2>&1)
code=$?
[[ $code -eq 0 ]] || { echo "FAIL: a mod without translations gave exit $code, wanted 0 (warnings only)"; echo "$mod"; fail=1; }
grep -qE "alpha_mod/locale/zh-CN.json:1: .*cannot open.* \[warning\]" <<<"$mod" ||
  { echo "FAIL: a mod without locale/zh-CN.json was not warned about"; echo "$mod"; fail=1; }
translated=$("$cli" lint "$root/docs/examples/harbour_mod" --scripts "$root/scripts" 2>&1)
if grep -q "zh-CN" <<<"$translated"; then echo "FAIL: the translated example mod was warned about"; echo "$translated"; fail=1; fi
exit $fail
