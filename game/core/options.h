// Command-line options of the keystone client. Flags that name a scenario skip the start screen;
// the test flags (--autoplay, --screenshot-dir, --quit, --frame-stats) drive an unattended run.
#pragma once
#include <cstdint>
#include <string>

namespace keystone::client {

struct Options {
    std::string data_dir;            // --data-dir: holds scripts/ and assets/
    std::string scenario;            // --scenario ID (skips the start screen)
    std::string role = "operator";   // --role operator|government|both
    uint64_t seed = 1;               // --seed N
    bool seed_given = false;
    std::string strategy;            // --strategy ID: AI strategy for the role nobody plays
    int autoplay_ticks = -1;         // --autoplay TICKS
    int autoplay_speed = 0;          // --autoplay-speed N ticks/s (0: as fast as possible)
    std::string screenshot_dir;      // --screenshot-dir DIR
    std::string frame_stats_path;    // --frame-stats FILE
    bool quit = false;               // --quit: exit after autoplay and screenshots
    bool tutorial = false;           // --tutorial: show the tutorial even if seen
    bool software_renderer = false;  // --software: skip the accelerated renderer
    bool every_frame = false;        // --every-frame: draw frames that show nothing new too (measuring)
    int window_width = 0, window_height = 0;  // --window WxH (0: fit the display)
    double ui_scale = 0.0;           // --ui-scale S (0: from settings)
    std::string language;            // --lang en|zh-CN|pseudo (default: settings, then LANG)
    bool language_given = false;
    std::string mods_dir;            // --mods DIR (default: $XDG_DATA_HOME/keystone/mods)
    bool mods_given = false;
    std::string load_path;           // --load FILE: continue a saved game
    std::string replay_path;         // --replay FILE: open a replay in the viewer
    bool help = false;
};

// Parses argv; false with a message on a bad flag or value.
bool parse_options(int argc, const char* const* argv, Options* options, std::string* error);
const char* options_usage();

}  // namespace keystone::client
