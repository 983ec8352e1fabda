// Settings file: small JSON, written atomically; see settings.h.
#include "core/settings.h"

#include <algorithm>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/files.h"
#include "core/strings.h"

namespace keystone::client {

bool Settings::tutorial_done(const std::string& scenario_id) const {
    return std::find(tutorials_done.begin(), tutorials_done.end(), scenario_id) != tutorials_done.end();
}

void Settings::mark_tutorial_done(const std::string& scenario_id) {
    if (!tutorial_done(scenario_id)) tutorials_done.push_back(scenario_id);
}

std::string settings_path() { return config_dir() + "/settings.json"; }

Settings load_settings(const std::string& path) {
    Settings settings;
    // First launch: the language follows the environment until the player chooses one.
    settings.language = language_from_locale(std::getenv("LANG"));
    std::string text;
    if (!read_text_file(path, &text)) return settings;
    const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object()) return settings;
    if (auto it = document.find("ui_scale"); it != document.end() && it->is_number()) {
        settings.ui_scale = std::clamp(it->get<double>(), 0.5, 3.0);
    }
    if (auto it = document.find("language"); it != document.end() && it->is_string() &&
                                              is_supported_language(it->get<std::string>())) {
        settings.language = it->get<std::string>();
        settings.language_chosen = true;
    }
    if (auto it = document.find("tutorials_done"); it != document.end() && it->is_array()) {
        for (const auto& id : *it)
            if (id.is_string()) settings.tutorials_done.push_back(id.get<std::string>());
    }
    return settings;
}

bool save_settings(const Settings& settings, const std::string& path, std::string* error) {
    nlohmann::json document;
    document["ui_scale"] = settings.ui_scale;
    if (settings.language_chosen) document["language"] = settings.language;
    document["tutorials_done"] = settings.tutorials_done;
    return write_file_atomic(path, document.dump(2) + "\n", error);
}

}  // namespace keystone::client
