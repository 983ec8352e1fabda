// The player's own files: saves, autosaves and replays under $XDG_DATA_HOME/keystone (or
// ~/.local/share/keystone), their names, and listing them with what their headers say.
#pragma once
#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace keystone::client {

// $XDG_DATA_HOME/keystone, else ~/.local/share/keystone, else ./keystone-data.
std::string user_data_dir();
std::string saves_dir();       // .../keystone/saves
std::string autosaves_dir();   // .../keystone/autosaves
std::string replays_dir();     // .../keystone/replays
std::string reports_dir();     // .../keystone/reports (debrief reports, HTML)

// When the file was last written (0 when it cannot be read).
std::time_t modified_time(const std::string& path);
// Local time as text (strftime format), e.g. "%Y-%m-%d %H:%M".
std::string local_time_text(std::time_t when, const char* format);
// "bio_island_2026-11-23_1144_seed42.save": scenario, real date and time, seed. Letters
// outside [A-Za-z0-9_-] in the scenario id become '_', so the name is safe on every system.
std::string stamped_file_name(const std::string& scenario_id, uint64_t seed, std::time_t when,
                              const std::string& extension);
// A path in dir that does not exist yet: the name, or the name with "-2", "-3" ... before the extension.
std::string unused_path(const std::string& dir, const std::string& file_name);

// True when a step from tick `before` to tick `after` crossed a whole in-game year (a multiple
// of 12 months): the client autosaves then.
bool crosses_year(int32_t before, int32_t after);

// One save or replay in a folder, as its header describes it.
struct SavedFile {
    std::string path, file_name;
    std::string scenario_id;
    std::string scenario_name;   // from the client block when present, else empty
    std::string game_date;       // in-game month when saved ("2014-07"), else empty
    std::string saved_at;        // local date and time the file was written
    uint64_t seed = 0;
    bool has_seed = false;
    std::time_t modified = 0;    // for sorting, newest first
    std::string problem;         // why the header could not be read ("" when fine)
};
// Files with this extension (".save", ".replay") in dir, newest first.
std::vector<SavedFile> list_saved_files(const std::string& dir, const std::string& extension);

// The top-level fields of a save or replay up to (not including) "state", without reading the
// rest: a save holds megabytes of state, its header a few hundred bytes.
bool read_file_header(const std::string& path, nlohmann::json* header, std::string* error);

}  // namespace keystone::client
