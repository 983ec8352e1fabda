// The player's settings that outlive a session: UI scale and which tutorials were seen.
// Stored as JSON in config_dir()/settings.json; a missing or bad file means defaults.
#pragma once
#include <string>
#include <vector>

namespace keystone::client {

struct Settings {
    double ui_scale = 1.0;                        // multiplies the theme's base font size
    std::string language = "en";                  // assets/i18n/<language>.json
    bool language_chosen = false;                 // false until the player picks one (first launch)
    std::vector<std::string> tutorials_done;      // scenario ids whose tutorial was finished or skipped

    bool tutorial_done(const std::string& scenario_id) const;
    void mark_tutorial_done(const std::string& scenario_id);
};

std::string settings_path();
Settings load_settings(const std::string& path);
bool save_settings(const Settings& settings, const std::string& path, std::string* error);

}  // namespace keystone::client
