# Shared by the CLI tests (source it after setting `cli`): a scratch folder removed on exit, a
# `fail` flag, `ok TEXT` and `bad TEXT` to report a check, and `expect CODE PATTERN -- args...`,
# which runs keystone-cli and checks its exit status and that its output (stdout and stderr)
# matches the extended regex PATTERN.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
expect() {
  local code=$1 pattern=$2; shift 3
  local out
  out=$("$cli" "$@" 2>&1); local got=$?
  if [[ $got -ne $code ]] || ! grep -qE -e "$pattern" <<<"$out"; then
    echo "FAIL: keystone-cli $* -> exit $got (wanted $code), output: $out"; fail=1
  else
    echo "ok: keystone-cli $*"
  fi
}
