#!/bin/sh
# GUI smoke test: run the client under a virtual X server for 36 months, let it screenshot every
# panel, then check the screenshots. Usage: gui_smoke.sh KEYSTONE_BINARY OUTPUT_DIR SOURCE_DIR
set -eu
binary="$1"
output="$2"
source_dir="$3"
rm -rf "$output"
mkdir -p "$output/config"
# A private config folder: the test must neither read nor write the player's settings.
XDG_CONFIG_HOME="$output/config" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$binary" --data-dir "$source_dir" --autoplay 36 --screenshot-dir "$output" \
    --frame-stats "$output/frame_stats.json" --window 1280x800 --software --quit
test -s "$output/frame_stats.json"
exec python3 "$source_dir/tests/game/check_screenshots.py" "$output" \
    --required main stage network charts charts_kpis policies log encyclopedia tutorial results start_screen \
    --optional event_modal
