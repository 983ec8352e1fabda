#!/usr/bin/env bash
# Classroom benchmark (a measurement, not a test): one host and TEAMS AI teams (default 30) on
# loopback play YEARS years (default 10) of Bio Island at full speed. Reports the host's months
# per second (from the first month to the last), its CPU share (host CPU seconds over its wall
# time, seating included) and the bytes per team per month (sent plus received by the host).
# Usage: tools/bench/classroom_bench.sh [BUILD_DIR] [TEAMS] [YEARS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
teams=${2:-30}
years=${3:-10}
cli=$build/keystone-cli
tmp=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$cli" host --scripts "$root/scripts" --scenario bio_island --seed 7 --years "$years" --port "$port" --code BENCH \
  --teams "$teams" --out "$tmp/class" --quiet >"$tmp/host.log" 2>&1 &
host=$!
pids+=("$host")
strategies=(historical science_first renewal_operator incentives_only quality_first big_science rent_driven)
for ((i = 0; i < teams; i++)); do
  "$cli" team --scripts "$root/scripts" --connect "127.0.0.1:$port" --code BENCH --quiet \
    --strategy "${strategies[$((i % ${#strategies[@]}))]}" --name "bench$i" >"$tmp/team$i.log" 2>&1 &
  pids+=("$!")
done
wait "$host" || { echo "host failed:"; cat "$tmp/host.log"; exit 1; }
python3 - "$tmp/class/summary.json" "$teams" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
teams, months = int(sys.argv[2]), s["months"]
verified = sum(t["months_verified"] for t in s["teams"])
print(f"teams {teams}, months {months}, months verified {verified} of {teams * months}")
print(f"host months per second: {months / s['play_seconds']:.1f} ({s['play_seconds']:.2f} s of play)")
print(f"host CPU share: {100 * s['host_cpu_seconds'] / s['host_wall_seconds']:.0f}% of one core "
      f"({s['host_cpu_seconds']:.2f} CPU s over {s['host_wall_seconds']:.2f} s)")
print(f"bytes per team per month: {(s['bytes_sent'] + s['bytes_received']) / teams / months:.0f} "
      f"(host sent {s['bytes_sent']}, received {s['bytes_received']})")
PY
