// Save migrations (see migrations.h).
#include "io/migrations.h"

#include "io/versions.h"

namespace keystone {

void migrate_v1_to_v2(nlohmann::json& save) {
    save["script_storage"] = nlohmann::json::object();
    save["format_version"] = int(kSaveVersionScriptStorage);
}

void migrate_v2_to_v3(nlohmann::json& save) {
    // Version 2 added a role's dial to the baseline; version 3 replaces the baseline where a dial
    // is set. A non-zero old dial becomes baseline + dial, marked as set: the same lever value.
    nlohmann::json& world = save["state"]["world"];
    const nlohmann::json baseline = world["baseline_levers"];
    for (auto& role : world["roles"]) {
        nlohmann::json set = nlohmann::json::array();
        for (size_t l = 0; l < role["dial"].size(); ++l) {
            const double old = role["dial"][l].get<double>();
            set.push_back(old != 0.0);
            if (old != 0.0) role["dial"][l] = baseline[l].get<double>() + old;
        }
        role["dial_set"] = set;
    }
    save["format_version"] = int(kSaveVersionLeverDials);
}

std::string migrate_save(nlohmann::json& save) {
    if (!save.contains("format_version") || !save["format_version"].is_number_integer())
        return "not a Keystone save (no format_version)";
    // A version past int's range (2^63) must not wrap into a known one.
    if (save["format_version"].is_number_unsigned() && save["format_version"].get<uint64_t>() > uint64_t(kSaveVersionCurrent))
        return "this save was made by a newer Keystone (save format " + save["format_version"].dump() + "): update the game";
    if (save["format_version"].get<int64_t>() < int64_t(kSaveVersionFirst))
        return "unknown save format " + save["format_version"].dump();
    const int version = save["format_version"].get<int>();
    if (version > kSaveVersionCurrent)
        return "this save was made by a newer Keystone (save format " + std::to_string(version) +
               ", this game reads up to " + std::to_string(int(kSaveVersionCurrent)) + "): update the game";
    if (version < kSaveVersionFirst) return "unknown save format " + std::to_string(version);
    try {
        if (save["format_version"].get<int>() == kSaveVersionFirst) migrate_v1_to_v2(save);
        if (save["format_version"].get<int>() == kSaveVersionScriptStorage) migrate_v2_to_v3(save);
    } catch (const nlohmann::json::exception& e) {
        return "cannot upgrade this old save: a field it needs is missing or of the wrong type (JSON error " +
               std::to_string(e.id) + ")";
    }
    return "";
}

}  // namespace keystone
