// Scenario adjustments before a game starts: the sandbox's region traits and starting counts,
// chosen on the client's start screen and applied through SessionConfig::adjust_scenario. They
// are data (not only a function) so saves and replays carry them ("client.scenario_adjustments")
// and `replay verify` can re-create the same first month.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "session/session.h"

namespace keystone {

struct ScenarioAdjustments {
    RegionProfile region;
    int enterprises = 30;
    int institutes = 4;
    int professional_funds = 1;
    int nonprofessional_funds = 2;
};

// One region trait the start screen shows as a slider (0..1); id is also the string key
// "setup.trait.<id>" and the field's name in scenario scripts.
struct RegionTrait {
    const char* id;
    double RegionProfile::*member;
};
const std::vector<RegionTrait>& region_traits();

// One starting count the start screen shows as a slider.
struct StartingCount {
    const char* id;   // "setup.count.<id>"
    int ScenarioAdjustments::*member;
    int minimum, maximum;
};
const std::vector<StartingCount>& starting_counts();

// Scenarios whose set-up the player may change before starting (the sandbox).
bool scenario_is_adjustable(const std::string& scenario_id);

// The scenario's own values (the sliders' defaults).
ScenarioAdjustments adjustments_from(const ScenarioDef& scenario);
// Writes the values into the scenario (clamped to the sliders' ranges).
void apply_adjustments(const ScenarioAdjustments& adjustments, ScenarioDef* scenario);
// For SessionConfig::adjust_scenario.
std::function<void(ScenarioDef&)> make_adjuster(const ScenarioAdjustments& adjustments);

nlohmann::json adjustments_to_json(const ScenarioAdjustments& adjustments);
// False if the document is not an adjustments object; missing fields keep their defaults.
bool adjustments_from_json(const nlohmann::json& document, ScenarioAdjustments* adjustments);

}  // namespace keystone
