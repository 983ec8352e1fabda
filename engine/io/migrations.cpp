// Save migrations (see migrations.h).
#include "io/migrations.h"

#include "io/versions.h"
#include "sim/limits.h"
#include "sim/types.h"

namespace keystone {

namespace {
// A field a newer version added, given its default unless the save already has it.
void add_if_missing(nlohmann::json& where, const char* key, const nlohmann::json& value) {
    if (!where.contains(key)) where[key] = value;
}
}  // namespace

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
    const nlohmann::json pair = nlohmann::json::array({0.0, 0.0});
    nlohmann::json& world = state["world"];
    add_if_missing(world, "investment_deals_smoothed", 0.0);
    add_if_missing(world, "industrialized_window", nlohmann::json::array());
    // The first model had no pipeline stages: its progress stays as own development work, its
    // institutes' waiting outputs become waiting patents at the model's patent share.
    for (auto& firm : world["enterprises"])
        for (const char* key : {"pipeline_university", "market_own", "market_university", "industrialized"}) add_if_missing(firm, key, 0.0);
    for (auto& inst : world["institutes"])
        if (inst.contains("unlicensed_outputs")) {
            add_if_missing(inst, "unlicensed_patents", 0.4 * inst["unlicensed_outputs"].get<double>());
            inst.erase("unlicensed_outputs");
        }
    auto add_metrics = [&](nlohmann::json& metrics) {
        add_if_missing(metrics, "limit_cut", no_cuts);
        add_if_missing(metrics, "industrialization_rate", 0.0);
        add_if_missing(metrics, "products_launched_total", 0.0);
        add_if_missing(metrics, "products_industrialized_total", 0.0);
        for (const char* key : {"patents_total", "launched_total", "industrialized_total"}) add_if_missing(metrics, key, pair);
    };
    add_metrics(world["metrics"]);
    for (auto& record : state["history"]) add_metrics(record["metrics"]);
    save["format_version"] = int(kSaveVersionModelV2);
}

void migrate_v4_to_v5(nlohmann::json& save) {
    // Trust lives on each tie from version 5. An old tie starts with the park's trust (what two
    // tenants could expect of each other then) and one contact; no defections were recorded.
    nlohmann::json& state = save["state"];
    nlohmann::json& world = state["world"];
    const double park_trust = world["culture"]["trust"].get<double>();
    for (auto& tie : world["ties"]) {
        add_if_missing(tie, "trust", park_trust);
        add_if_missing(tie, "contacts", 1);
    }
    auto add_measures = [](nlohmann::json& metrics) {
        add_if_missing(metrics, "defections_this_tick", 0);
        add_if_missing(metrics, "repeat_tie_share", 0.0);
        add_if_missing(metrics, "mean_tie_trust", 0.0);
    };
    add_measures(world["metrics"]);
    for (auto& record : state["history"]) add_measures(record["metrics"]);
    save["format_version"] = int(kSaveVersionTieTrust);
}

void migrate_v5_to_v6(nlohmann::json& save) {
    // Talent shortage is measured per kind of post, and star scientists are counted. An old game
    // starts with none recorded; the first month played measures them again before any rule
    // reads them.
    nlohmann::json& state = save["state"];
    const nlohmann::json none = nlohmann::json(std::vector<double>(kTalentKindCount, 0.0));
    add_if_missing(state["world"]["metrics"], "talent_shortage_by_kind", none);
    add_if_missing(state["world"]["metrics"], "star_scientists", 0);  // no rule set the flag before version 6
    for (auto& record : state["history"]) {
        add_if_missing(record["metrics"], "talent_shortage_by_kind", none);
        add_if_missing(record["metrics"], "star_scientists", 0);
    }
    save["format_version"] = int(kSaveVersionEnablers);
}

void migrate_v6_to_v7(nlohmann::json& save) {
    // Each history record keeps the stage conditions of its month from version 7. Months played
    // before were not recorded: they get the record's stage with no conditions measured, which
    // the CSV and `explain` show as empty rather than as failing.
    for (auto& record : save["state"]["history"]) {
        const nlohmann::json stage = record["stage"];
        add_if_missing(record, "stage_status",
                       {{"stage", stage}, {"next", stage}, {"next_conditions", nlohmann::json::array()}, {"held_ticks", 0},
                        {"hold_needed", 0}, {"decline_conditions", nlohmann::json::array()}, {"decline_held_ticks", 0},
                        {"fallback_ticks", 0}, {"stage_entered_tick", 0}, {"best_stage", stage}});
    }
    save["format_version"] = int(kSaveVersionConditionHistory);
}

void migrate_v7_to_v8(nlohmann::json& save) {
    // Timeline entries keep their sentence as a message from version 8. Older entries get none:
    // the client shows their English text (or recognises it, for the rules' own sentences).
    const nlohmann::json none = {{"kind", 0}, {"key", ""}, {"text", ""}, {"args", nlohmann::json::array()}};
    for (auto& entry : save["state"]["world"]["log"]) add_if_missing(entry, "message", none);
    save["format_version"] = int(kSaveVersionLogMessages);
}

void migrate_v8_to_v9(nlohmann::json& save) {
    // Injected events are recorded from version 9. An older game had none a save can tell of.
    add_if_missing(save["state"], "injections", nlohmann::json::array());
    save["format_version"] = int(kSaveVersionInjections);
}

void migrate_v9_to_v10(nlohmann::json& save) {
    // Funds leave a park where they find no deals from version 10. An older save's funds are all
    // still here, and their patience starts at the month of the save.
    nlohmann::json& world = save["state"]["world"];
    const int tick = world["tick"].get<int>();
    for (auto& fund : world["funds"]) {
        add_if_missing(fund, "last_deal_tick", tick);
        add_if_missing(fund, "exit_tick", -1);
    }
    save["format_version"] = int(kSaveVersionFundExit);
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
        if (save["format_version"].get<int>() == kSaveVersionLeverDials) migrate_v3_to_v4(save);
        if (save["format_version"].get<int>() == kSaveVersionModelV2) migrate_v4_to_v5(save);
        if (save["format_version"].get<int>() == kSaveVersionTieTrust) migrate_v5_to_v6(save);
        if (save["format_version"].get<int>() == kSaveVersionEnablers) migrate_v6_to_v7(save);
        if (save["format_version"].get<int>() == kSaveVersionConditionHistory) migrate_v7_to_v8(save);
        if (save["format_version"].get<int>() == kSaveVersionLogMessages) migrate_v8_to_v9(save);
        if (save["format_version"].get<int>() == kSaveVersionInjections) migrate_v9_to_v10(save);
    } catch (const nlohmann::json::exception& e) {
        return "cannot upgrade this old save: a field it needs is missing or of the wrong type (JSON error " +
               std::to_string(e.id) + ")";
    }
    return "";
}

}  // namespace keystone
