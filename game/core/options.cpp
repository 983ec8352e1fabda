// Command-line parsing for the client; see options.h.
#include "core/options.h"

#include "core/strings.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace keystone::client {

namespace {
bool parse_int(const char* text, long long minimum, long long maximum, long long* out) {
    if (!text || !*text) return false;
    char* end = nullptr;
    const long long value = std::strtoll(text, &end, 10);
    if (*end != '\0' || value < minimum || value > maximum) return false;
    *out = value;
    return true;
}
}  // namespace

const char* options_usage() {
    return "usage: keystone [options]\n"
           "  --data-dir DIR        folder with scripts/ and assets/ (default: $KEYSTONE_DATA_DIR, else\n"
           "                        ../share/keystone beside the program, else the source tree)\n"
           "  --scenario ID         start this scenario directly (skips the start screen)\n"
           "  --role R              operator | government | both (two players at one screen)\n"
           "  --seed N              random seed (share it so a class plays the same park)\n"
           "  --strategy ID         AI strategy for the role nobody plays\n"
           "  --load FILE           continue a saved game\n"
           "  --replay FILE         watch a replay (timeline, hash check)\n"
           "  --mods DIR            folder of mods (default: $XDG_DATA_HOME/keystone/mods)\n"
           "  --tutorial            show the tutorial even if it was seen before\n"
           "  --ui-scale S          text and widget scale (Ctrl+= / Ctrl+- in the game)\n"
           "  --lang L              language: en, zh-CN or pseudo (default: settings, then LANG)\n"
           "  --window WxH          window size in pixels\n"
           "  --software            use SDL's software renderer\n"
           "  --autoplay TICKS      run TICKS more months without a player (after --load: from the saved month), then show every panel\n"
           "  --autoplay-speed N    months per second during autoplay (0: as fast as possible)\n"
           "  --screenshot-dir DIR  write a BMP of each panel there after autoplay\n"
           "  --frame-stats FILE    write mean/p50/p95/max frame time (ms) of the run as JSON\n"
           "  --every-frame         draw every frame, also those that would show nothing new (to compare)\n"
           "  --quit                exit after autoplay and screenshots\n";
}

bool parse_options(int argc, const char* const* argv, Options* options, std::string* error) {
    auto fail = [&](const std::string& message) {
        if (error) *error = message;
        return false;
    };
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        auto value = [&](const char** out) {
            if (i + 1 >= argc) return false;
            *out = argv[++i];
            return true;
        };
        const char* text = nullptr;
        long long number = 0;
        if (flag == "--help" || flag == "-h") {
            options->help = true;
        } else if (flag == "--quit") {
            options->quit = true;
        } else if (flag == "--tutorial") {
            options->tutorial = true;
        } else if (flag == "--software") {
            options->software_renderer = true;
        } else if (flag == "--every-frame") {
            options->every_frame = true;
        } else if (flag == "--data-dir" || flag == "--scenario" || flag == "--role" || flag == "--strategy" ||
                   flag == "--screenshot-dir" || flag == "--frame-stats" || flag == "--mods" || flag == "--load" ||
                   flag == "--replay") {
            if (!value(&text)) return fail(flag + " needs a value");
            if (flag == "--data-dir") options->data_dir = text;
            else if (flag == "--scenario") options->scenario = text;
            else if (flag == "--strategy") options->strategy = text;
            else if (flag == "--screenshot-dir") options->screenshot_dir = text;
            else if (flag == "--frame-stats") options->frame_stats_path = text;
            else if (flag == "--mods") {
                options->mods_dir = text;
                options->mods_given = true;
            } else if (flag == "--load") options->load_path = text;
            else if (flag == "--replay") options->replay_path = text;
            else {
                options->role = text;
                if (options->role != "operator" && options->role != "government" && options->role != "both")
                    return fail("--role must be operator, government or both");
            }
        } else if (flag == "--seed") {
            if (!value(&text)) return fail("--seed needs a value");
            char* end = nullptr;
            const unsigned long long seed = std::strtoull(text, &end, 10);
            if (!*text || *end != '\0' || text[0] == '-') return fail("--seed must be a whole number");
            options->seed = seed;
            options->seed_given = true;
        } else if (flag == "--autoplay") {
            if (!value(&text) || !parse_int(text, 0, 100000, &number)) return fail("--autoplay needs a number of ticks");
            options->autoplay_ticks = int(number);
        } else if (flag == "--autoplay-speed") {
            if (!value(&text) || !parse_int(text, 0, 1000, &number)) return fail("--autoplay-speed needs ticks per second");
            options->autoplay_speed = int(number);
        } else if (flag == "--lang") {
            if (!value(&text)) return fail("--lang needs a value");
            if (!is_supported_language(text)) return fail("--lang must be en, zh-CN or pseudo");
            options->language = text;
            options->language_given = true;
        } else if (flag == "--ui-scale") {
            if (!value(&text)) return fail("--ui-scale needs a value");
            options->ui_scale = std::atof(text);
            if (options->ui_scale < 0.5 || options->ui_scale > 3.0) return fail("--ui-scale must be within 0.5..3");
        } else if (flag == "--window") {
            if (!value(&text)) return fail("--window needs WxH");
            int width = 0, height = 0;
            if (std::sscanf(text, "%dx%d", &width, &height) != 2 || width < 640 || height < 400)
                return fail("--window needs WxH, at least 640x400");
            options->window_width = width;
            options->window_height = height;
        } else {
            return fail("unknown option " + flag);
        }
    }
    if (!options->load_path.empty() && !options->replay_path.empty()) return fail("--load and --replay exclude each other");
    if (options->autoplay_ticks >= 0 && options->scenario.empty() && options->load_path.empty() &&
        options->replay_path.empty())
        options->scenario = "bio_island";
    return true;
}

}  // namespace keystone::client
