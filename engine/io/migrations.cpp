// Save migrations (see migrations.h).
#include "io/migrations.h"

#include "io/versions.h"
#include "sim/limits.h"
#include "sim/types.h"

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

void migrate_v3_to_v4(nlohmann::json& save) {
    // Model v2 keeps investors' view of deal flow and records the limits' cuts each month. An
    // old game starts with no remembered deals (investors re-learn the park within a year) and
    // with no limit recorded for the months already played.
    nlohmann::json& state = save["state"];
    const nlohmann::json no_cuts = nlohmann::json(std::vector<double>(kLimitCount, 0.0));
    auto add = [](nlohmann::json& where, const char* key, const nlohmann::json& value) {
        if (!where.contains(key)) where[key] = value;
    };
    add(state["world"], "investment_deals_smoothed", 0.0);
    add(state["world"]["metrics"], "limit_cut", no_cuts);
    for (auto& record : state["history"]) add(record["metrics"], "limit_cut", no_cuts);
    save["format_version"] = int(kSaveVersionModelV2);
}

void migrate_to_enablers(nlohmann::json& save) {
    // Talent shortage is measured per kind of post, and star scientists are counted. An old game
    // starts with none recorded; the first month played measures them again before any rule
    // reads them.
    nlohmann::json& state = save["state"];
    const nlohmann::json none = nlohmann::json(std::vector<double>(kTalentKindCount, 0.0));
    auto add = [](nlohmann::json& where, const char* key, const nlohmann::json& value) {
        if (!where.contains(key)) where[key] = value;
    };
    add(state["world"]["metrics"], "talent_shortage_by_kind", none);
    add(state["world"]["metrics"], "star_scientists", 0);  // no rule set the flag before version 6
    for (auto& record : state["history"]) {
        add(record["metrics"], "talent_shortage_by_kind", none);
        add(record["metrics"], "star_scientists", 0);
    }
    save["format_version"] = int(kSaveVersionEnablers);
}

std::string migrate_save(nlohmann::json& save) {
    if (!save.contains("format_version") || !save["format_version"].is_number_integer())
        return "not a Keystone save (no format_version)";
    const int version = save["format_version"].get<int>();
    if (version > kSaveVersionCurrent)
        return "this save was made by a newer Keystone (save format " + std::to_string(version) +
               ", this game reads up to " + std::to_string(int(kSaveVersionCurrent)) + "): update the game";
    if (version < kSaveVersionFirst) return "unknown save format " + std::to_string(version);
    try {
        if (save["format_version"].get<int>() == kSaveVersionFirst) migrate_v1_to_v2(save);
        if (save["format_version"].get<int>() == kSaveVersionScriptStorage) migrate_v2_to_v3(save);
        if (save["format_version"].get<int>() == kSaveVersionLeverDials) migrate_v3_to_v4(save);
        // Until version 5 (the innovation pipeline) lands, version 4 upgrades straight to 6.
        if (save["format_version"].get<int>() == kSaveVersionModelV2) migrate_to_enablers(save);
    } catch (const nlohmann::json::exception& e) {
        return std::string("cannot upgrade this old save: ") + e.what();
    }
    return "";
}

}  // namespace keystone
