// Display text of Lua content in the chosen language: the translation from the content's
// locale/<language>.json (see docs/modding.md, "Localization"), else the English in the Lua file,
// else the id. One place for the key scheme: "<kind>.<id>.<field>".
#pragma once
#include <string>

#include "core/strings.h"
#include "session/session.h"
#include "sim/content.h"

namespace keystone::client {

inline std::string scenario_text(const std::string& id, const char* field, const std::string& english) {
    return content_text("scenario." + id + "." + field, english);
}
inline std::string scenario_name_text(const std::string& id, const std::string& english) {
    return scenario_text(id, "name", english.empty() ? id : english);
}
inline std::string scenario_name_text(const ScenarioDef& scenario) { return scenario_name_text(scenario.id, scenario.name); }
inline std::string strategy_text(const StrategyDef& strategy, const char* field, const std::string& english) {
    return content_text("strategy." + strategy.id + "." + field, english);
}
inline std::string strategy_name_text(const StrategyDef& strategy) {
    return strategy_text(strategy, "name", strategy.name.empty() ? strategy.id : strategy.name);
}

inline std::string policy_name_by_id(const Session& session, const std::string& id) {
    const int index = session.find_policy(id);
    return index >= 0 ? content_text("policy." + id + ".name", session.policies()[size_t(index)].name) : id;
}
inline std::string lever_label(Lever lever) { return tr_or(std::string("lever.") + lever_name(lever), humanize(lever_name(lever))); }

}  // namespace keystone::client
