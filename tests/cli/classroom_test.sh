#!/usr/bin/env bash
# Classroom sessions over loopback (issue 12), with keystone-cli host and team:
#  1. four AI teams play ten years, with an injected event and a broadcast; every team's hash
#     equals the host's every month; the class bundle holds each team's save, replay (which
#     verifies) and run.json, and the comparison;
#  2. a team killed in year three and restarted with its token file rejoins (catching up through
#     an injected event) and ends with the same final hash as an uninterrupted team; a team whose
#     park is changed is caught and resynced;
#  3. a wrong code, another version and other scripts are each refused with their message;
#  4. a hostile peer sends random, truncated, oversized and forged packets to a live host, which
#     drops it and still plays its teams to the end;
#  5. two teams share one park (operator and government, from two laptops) beside a solo team: the
#     host orders the operator's commands first, both laptops keep the reference park's hash, and
#     the pair plays the same game as one team playing both roles; every replay (with an injected
#     event) verifies to its end;
#  6. the facilitator is killed in year three and resumed from its session save: the teams rejoin
#     by themselves and end with the hashes of the uninterrupted class 5; a truncated or changed
#     session save is refused by name and left as it was.
# Every wait has a deadline; nothing sleeps to synchronise (waits poll a log for a line).
set -u
cli=$1
noise=$2
root=$3
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"; }
trap cleanup EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
scripts=(--scripts "$root/scripts")

free_port() { python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# wait_for FILE REGEX SECONDS: polls until FILE has a line matching REGEX.
wait_for() {
  local deadline=$((SECONDS + $3))
  while ((SECONDS < deadline)); do grep -qE -e "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "timed out waiting for '$2' in $1:"; cat "$1"; return 1
}
start_host() {  # start_host LOG ARGS...: runs the host in the background, waits until it listens
  local log=$1; shift
  timeout 300 "$cli" host "${scripts[@]}" "$@" >"$log" 2>&1 &
  host_pid=$!; pids+=("$host_pid")
  wait_for "$log" "listening on" 60
}
start_team() {  # start_team LOG ARGS...: sets team_pid
  local log=$1; shift
  timeout 300 "$cli" team "${scripts[@]}" --connect "127.0.0.1:$port" --code ROOM-7 "$@" >"$log" 2>&1 &
  team_pid=$!; pids+=("$team_pid")
}
final_hash() { grep -oE 'Final hash [0-9a-f]+' "$1" | awk '{print $3}'; }
summary() { python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

# --- 1. four teams, ten years, every month verified --------------------------------------------
port=$(free_port)
start_host "$tmp/host1.log" --scenario bio_island --seed 7 --years 10 --port "$port" --code ROOM-7 --teams 4 --out "$tmp/class1" \
  --message "discuss the stage@12" || bad "host 1 started"
team_pids=()
for strategy in historical science_first renewal_operator incentives_only; do
  start_team "$tmp/team1_$strategy.log" --strategy "$strategy" --name "t-$strategy"
  team_pids+=("$team_pid")
done
wait "$host_pid" && ok "host with four teams played to the end" || { bad "host 1 exit status"; cat "$tmp/host1.log"; }
for p in "${team_pids[@]}"; do wait "$p" || bad "a team of class 1 failed (exit $?)"; done
s1="$tmp/class1/summary.json"
[[ $(summary "$s1" "sorted((t['months'], t['months_verified'], len(t['mismatches'])) for t in s['teams'])") == "[(120, 120, 0), (120, 120, 0), (120, 120, 0), (120, 120, 0)]" ]] \
  && ok "every team's hash equals the host's in all 120 months" || { bad "months verified: $(summary "$s1" "[(t['name'], t['months_verified'], t['mismatches']) for t in s['teams']]")"; cat "$tmp/host1.log"; }
grep -q "facilitator: discuss the stage" "$tmp/team1_historical.log" && ok "teams saw the broadcast" || bad "broadcast missing: $(cat "$tmp/team1_historical.log")"
for strategy in historical science_first renewal_operator incentives_only; do
  host_final=$(summary "$s1" "[t['final_hash'] for t in s['teams'] if t['name'] == 't-$strategy'][0]")
  [[ -n $host_final && $(final_hash "$tmp/team1_$strategy.log") == "$host_final" ]] && ok "t-$strategy ends with the host's final hash" \
    || bad "t-$strategy final hash $(final_hash "$tmp/team1_$strategy.log") vs host $host_final"
done
[[ $(summary "$s1" "len(set(t['final_hash'] for t in s['teams']))") -ge 2 ]] && ok "the teams' strategies made different parks" || bad "all parks identical"
[[ $(summary "$tmp/class1/class.json" "len(s['teams'])") == 4 && $(summary "$tmp/class1/class.json" "len(s['ranking'])") == 4 ]] \
  && ok "class.json compares four teams" || bad "class.json"
grep -q "<svg" "$tmp/class1/class.html" 2>/dev/null && ok "class.html is the class debrief page" || bad "class.html missing or without charts"
"$cli" report --class "$tmp/class1" --out "$tmp/class1_again.html" "${scripts[@]}" >/dev/null 2>&1 \
  && cmp -s "$tmp/class1/class.html" "$tmp/class1_again.html" && ok "report --class reads the host's bundle and writes the same page" \
  || bad "report --class on the bundle differs from the host's class.html"
for f in game.save replay.json run.json metrics.csv; do
  [[ $(ls "$tmp"/class1/teams/*/"$f" 2>/dev/null | wc -l) -eq 4 ]] && ok "each team folder has $f" || bad "team folders lack $f"
done
replay=$(ls "$tmp"/class1/teams/*t-historical/replay.json)
"$cli" replay verify "$replay" "${scripts[@]}" >"$tmp/verify.log" 2>&1 && ok "a team's replay verifies" || { bad "replay verify"; cat "$tmp/verify.log"; }

# --- 2. a team killed in year three rejoins; a changed park is caught and resynced --------------
port=$(free_port)
start_host "$tmp/host2.log" --scenario bio_island --seed 3 --years 5 --port "$port" --code ROOM-7 --teams 3 --out "$tmp/class2" \
  --inject pandemic_demand_surge@26 || bad "host 2 started"
start_team "$tmp/team2_plain.log" --strategy historical --name plain; plain_pid=$team_pid
start_team "$tmp/team2_drill.log" --strategy historical --name desync --test-desync-at 20; drill_pid=$team_pid
start_team "$tmp/team2_killed.log" --strategy historical --name crash --token-file "$tmp/crash.token" --test-kill-at 30
{ wait "$team_pid"; } 2>/dev/null; status=$?
[[ $status -eq 137 ]] && ok "the team was killed in year three (month 30)" || bad "the killed team exited $status"
start_team "$tmp/team2_restarted.log" --strategy historical --name crash --token-file "$tmp/crash.token"
wait "$team_pid" && ok "the restarted team played to the end" || { bad "restarted team exit status"; cat "$tmp/team2_restarted.log"; }
wait "$host_pid" && ok "host 2 played to the end" || { bad "host 2 exit status"; cat "$tmp/host2.log"; }
wait "$plain_pid" || bad "plain team failed"
wait "$drill_pid" || bad "desync team failed"
grep -q "rejoined" "$tmp/host2.log" && ok "the host logged the rejoin" || bad "no rejoin in the host log"
# The event injected at month 26 falls between the yearly save (24) and the kill (30): the
# restarted team gets it again while catching up.
grep -q "the facilitator injected 'pandemic_demand_surge'$" "$tmp/team2_restarted.log" && ok "the catch-up replays the injected event" \
  || bad "injection not replayed: $(cat "$tmp/team2_restarted.log")"
[[ $(summary "$tmp/class2/class.json" "sum(1 for e in json.load(open(sys.argv[1].replace('class.json', 'teams/01_' + s['teams'][0]['name'] + '/run.json')))['events'] if e['tick'] == 26 and 'Epidemic' in e['text'])") -ge 1 ]] \
  && ok "the injected event is in run.json at month 26" || bad "injected event missing from run.json"
plain=$(final_hash "$tmp/team2_plain.log")
[[ -n $plain && $(final_hash "$tmp/team2_restarted.log") == "$plain" ]] && ok "the restarted team ends with the uninterrupted team's hash ($plain)" \
  || bad "restarted $(final_hash "$tmp/team2_restarted.log") vs uninterrupted $plain"
[[ $(final_hash "$tmp/team2_drill.log") == "$plain" ]] && ok "the resynced team ends with the uninterrupted team's hash" || bad "resynced team's final hash differs"
s2="$tmp/class2/summary.json"
[[ $(summary "$s2" "[(t['reconnects'], len(t['mismatches'])) for t in s['teams'] if t['name'] == 'crash'][0]") == "(1, 0)" ]] \
  && ok "the host counts one rejoin and no desync for the killed team" || bad "crash team: $(summary "$s2" "s['teams']")"
[[ $(summary "$s2" "[[m['month'] for m in t['mismatches']] for t in s['teams'] if t['name'] == 'desync'][0]") == "[20]" ]] \
  && ok "the desync is reported at month 20 with both hashes" || bad "desync team: $(summary "$s2" "s['teams']")"
for r in "$tmp"/class2/teams/*/replay.json; do
  "$cli" replay verify "$r" "${scripts[@]}" >"$tmp/verify2.log" 2>&1 && grep -q "matches (60 months" "$tmp/verify2.log" \
    && ok "$(basename "$(dirname "$r")")'s replay verifies to the end through the injected event" || { bad "class 2 replay"; cat "$tmp/verify2.log"; }
done
[[ $(summary "$(ls "$tmp"/class2/teams/*plain/replay.json)" "s['injections']") == "[{'event': 'pandemic_demand_surge', 'tick': 26}]" ]] \
  && ok "the replay records the injected event" || bad "replay injections: $(summary "$(ls "$tmp"/class2/teams/*plain/replay.json)" "s.get('injections')")"
grep -qE "desync: team [0-9] 'desync', month 20 \([0-9]{4}-[0-9]{2}\): host [0-9a-f]+, team [0-9a-f]+" "$tmp/host2.log" \
  && ok "the host log names the team, the month and both hashes" || bad "desync line missing from the host log"

# --- 3. refusals by name ---------------------------------------------------------------------------
port=$(free_port)
start_host "$tmp/host3.log" --scenario bio_island --seed 1 --years 1 --port "$port" --code ROOM-7 --teams 1 || bad "host 3 started"
refused() {  # refused REGEX ARGS...: a team that must exit 3 with REGEX in its output
  local pattern=$1; shift
  local out; out=$(timeout 120 "$cli" team --connect "127.0.0.1:$port" --strategy historical "$@" 2>&1); local got=$?
  [[ $got -eq 3 ]] && grep -qE -e "$pattern" <<<"$out" && ok "refused: $pattern" || bad "team $* -> exit $got: $out"
}
refused "wrong join code 'ROOM-8'" "${scripts[@]}" --code ROOM-8
refused "different version: host [0-9]+\.[0-9]+\.[0-9]+, team 0\.0\.1" "${scripts[@]}" --code ROOM-7 --test-version 0.0.1
cp -r "$root/scripts" "$tmp/other_scripts"
echo "-- a local change" >>"$tmp/other_scripts/params.lua"
refused "different scripts: host content [0-9a-f]+, team content [0-9a-f]+" --scripts "$tmp/other_scripts" --code ROOM-7
start_team "$tmp/team3.log" --strategy historical
wait "$team_pid" && wait "$host_pid" && ok "after three refusals the right team still plays" || bad "host 3 or its team failed"
[[ $(grep -c "refused" "$tmp/host3.log") -ge 3 ]] && ok "the host logged the refusals" || bad "refusals missing from the host log"

# --- 4. a hostile peer against a live host ---------------------------------------------------------
port=$(free_port)
start_host "$tmp/host4.log" --scenario bio_island --seed 2 --years 3 --port "$port" --code ROOM-7 --teams 2 --out "$tmp/class4" \
  || bad "host 4 started"
start_team "$tmp/team4a.log" --strategy historical --name first; first_pid=$team_pid
wait_for "$tmp/host4.log" "'first' seated" 60 || bad "first team seated"
timeout 120 "$noise" "$port" 3000 5 >"$tmp/noise.log" 2>&1 && ok "noise: $(cat "$tmp/noise.log")" || { bad "noise tool failed"; cat "$tmp/noise.log"; }
start_team "$tmp/team4b.log" --strategy science_first --name second; second_pid=$team_pid
wait "$host_pid" && wait "$first_pid" && wait "$second_pid" && ok "the host kept serving its teams to the end" || { bad "host 4 or a team failed"; cat "$tmp/host4.log"; }
s4="$tmp/class4/summary.json"
[[ $(summary "$s4" "[t['months_verified'] for t in s['teams']]") == "[36, 36]" ]] && ok "both teams verified every month" || bad "class 4: $(summary "$s4" "s['teams']")"
[[ $(summary "$s4" "s['messages']['refused'] > 100 and s['messages']['dropped_peers'] >= 1") == "True" ]] \
  && ok "refused and dropped: $(summary "$s4" "s['messages']")" || bad "counters: $(summary "$s4" "s['messages']")"

# --- 5. two teams share a park; a solo team beside them ------------------------------------------
# class_with_shared_park LABEL ARGS...: host + operator, government (park 'harbour') and solo teams;
# sets host_pid and the team pids (op_pid gov_pid solo_pid).
class_with_shared_park() {
  local label=$1; shift
  port=$(free_port)
  start_host "$tmp/host$label.log" --scenario bio_island --seed 3 --years 5 --port "$port" --code ROOM-7 --teams 3 --out "$tmp/class$label" \
    --inject pandemic_demand_surge@26 "$@" || bad "host $label started"
  start_team "$tmp/team${label}_op.log" --strategy historical --name harbour-op --role operator --park harbour; op_pid=$team_pid
  wait_for "$tmp/host$label.log" "'harbour-op' seated, playing operator of park 'harbour'" 60 || bad "operator seated"
}
class_with_shared_park 5
refused "park 'harbour' already has a team playing operator \('harbour-op'\)" "${scripts[@]}" --code ROOM-7 --role operator --park harbour
start_team "$tmp/team5_gov.log" --strategy historical --name harbour-gov --role government --park harbour; gov_pid=$team_pid
start_team "$tmp/team5_solo.log" --strategy science_first --name solo; solo_pid=$team_pid
wait "$host_pid" && wait "$op_pid" && wait "$gov_pid" && wait "$solo_pid" && ok "a shared park and a solo team played to the end" \
  || { bad "class 5 failed"; cat "$tmp/host5.log"; }
s5="$tmp/class5/summary.json"
[[ $(summary "$s5" "sorted((t['name'], t['park'], t['months_verified'], len(t['mismatches'])) for t in s['teams'])") == \
   "[('harbour-gov', 'harbour', 60, 0), ('harbour-op', 'harbour', 60, 0), ('solo', '', 60, 0)]" ]] \
  && ok "both laptops of the shared park and the solo team match the host every month" || bad "class 5: $(summary "$s5" "s['teams']")"
op=$(final_hash "$tmp/team5_op.log")
[[ -n $op && $(final_hash "$tmp/team5_gov.log") == "$op" && $(summary "$s5" "s['teams'][0]['final_hash']") == "$op" ]] \
  && ok "operator and government laptops end with the reference park's hash ($op)" || bad "shared park hashes: op $op, gov $(final_hash "$tmp/team5_gov.log")"
# The historical operator on one laptop and the historical government on another play the game
# one team playing both roles with that strategy plays (class 2's uninterrupted team).
[[ $op == "$plain" ]] && ok "the pair plays the same game as one team playing both roles" || bad "pair $op vs one team $plain"
pair_replay=$(ls "$tmp"/class5/teams/*harbour-op/replay.json)
[[ $(summary "$pair_replay" "sorted(set(c['role'] for c in s['commands'])) == [0, 1] and all(a['tick'] < b['tick'] or a['role'] <= b['role'] for a, b in zip(s['commands'], s['commands'][1:]))") == True ]] \
  && ok "the park's commands come from both teams, the operator's first each month" || bad "shared park's command order"
for r in "$tmp"/class5/teams/*/replay.json; do
  "$cli" replay verify "$r" "${scripts[@]}" >"$tmp/verify5.log" 2>&1 && ok "$(basename "$(dirname "$r")")'s replay verifies" || { bad "class 5 replay"; cat "$tmp/verify5.log"; }
done

# --- 6. the facilitator killed in year three resumes from its session save -----------------------
class_with_shared_park 6 --test-kill-at 30
start_team "$tmp/team6_gov.log" --strategy historical --name harbour-gov --role government --park harbour; gov_pid=$team_pid
start_team "$tmp/team6_solo.log" --strategy science_first --name solo; solo_pid=$team_pid
{ wait "$host_pid"; } 2>/dev/null; status=$?
[[ $status -eq 137 ]] && ok "the host was killed after month 30" || { bad "the killed host exited $status"; cat "$tmp/host6.log"; }
save6="$tmp/class6/session.json"
cp "$save6" "$tmp/session_before.json"
head -c 4000 "$save6" >"$tmp/truncated.json"
python3 -c "import json,sys; s=json.load(open(sys.argv[1])); s['session']['seats'][2]['host_hashes'][3]='0123456789abcdef'; json.dump(s, open(sys.argv[2], 'w'))" "$save6" "$tmp/changed.json"
for bad_save in truncated changed; do
  out=$(timeout 60 "$cli" host --resume "$tmp/$bad_save.json" "${scripts[@]}" 2>&1); got=$?
  [[ $got -eq 2 ]] && grep -q "$tmp/$bad_save.json" <<<"$out" && ok "a $bad_save session save is refused: $out" || bad "$bad_save session save -> exit $got: $out"
done
[[ $(ls "$save6.parks" | wc -l) -eq 2 ]] && ok "one checkpoint save per reference park beside the session save" || bad "parks folder: $(ls "$save6.parks")"
cp "$save6" "$tmp/parkbad.json"
cp -r "$save6.parks" "$tmp/parkbad.json.parks"
for f in "$tmp"/parkbad.json.parks/seat01_*; do head -c 2000 "$f" >"$f.cut" && mv "$f.cut" "$f"; done
out=$(timeout 60 "$cli" host --resume "$tmp/parkbad.json" "${scripts[@]}" 2>&1); got=$?
[[ $got -eq 2 ]] && grep -q "seats\[0\].checkpoint_file" <<<"$out" && ok "a damaged park checkpoint is refused: $out" || bad "damaged park file -> exit $got: $out"
grep -q "checksum mismatch" <<<"$(timeout 60 "$cli" host --resume "$tmp/changed.json" "${scripts[@]}" 2>&1)" && ok "the changed save is named damaged" || bad "no checksum message"
cmp -s "$save6" "$tmp/session_before.json" && ok "the refusals left the session save as it was" || bad "the session save changed"
start_host "$tmp/host6b.log" --resume "$save6" --out "$tmp/class6" || bad "resumed host started"
wait "$host_pid" && ok "the resumed host played to the end" || { bad "resumed host failed"; cat "$tmp/host6b.log"; }
wait "$op_pid" && wait "$gov_pid" && wait "$solo_pid" && ok "every team rejoined the resumed host and played to the end" \
  || { bad "a team of class 6 failed"; cat "$tmp"/team6_*.log; }
grep -q "resumed the class at month 31" "$tmp/host6b.log" && ok "the host resumed at month 31" || bad "no resume line: $(head "$tmp/host6b.log")"
[[ $(grep -l "trying to rejoin" "$tmp"/team6_*.log | wc -l) -eq 3 ]] && ok "all three teams noticed the lost host and rejoined" || bad "rejoin lines missing"
for who in op gov solo; do
  [[ -n $(final_hash "$tmp/team5_$who.log") && $(final_hash "$tmp/team6_$who.log") == $(final_hash "$tmp/team5_$who.log") ]] \
    && ok "$who ends with the uninterrupted run's hash" || bad "$who: $(final_hash "$tmp/team6_$who.log") vs uninterrupted $(final_hash "$tmp/team5_$who.log")"
done
s6="$tmp/class6/summary.json"
[[ $(summary "$s6" "sorted((t['name'], t['months_verified'], len(t['mismatches']), t['final_hash']) for t in s['teams'])") == \
   "$(summary "$s5" "sorted((t['name'], t['months_verified'], len(t['mismatches']), t['final_hash']) for t in s['teams'])")" ]] \
  && ok "the resumed class verified every month and ends as the uninterrupted one" || bad "class 6: $(summary "$s6" "s['teams']")"
exit $fail
