// Scenario adjustments (the sandbox's start chosen by the player); see scenario_adjustments.h.
#include "session/scenario_adjustments.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace keystone {

const std::vector<RegionTrait>& region_traits() {
    static const std::vector<RegionTrait> traits = {
        {"technology_base", &RegionProfile::technology_base},
        {"market_orientation", &RegionProfile::market_orientation},
        {"mindset", &RegionProfile::mindset},
        {"government_pace", &RegionProfile::government_pace},
        {"openness", &RegionProfile::openness},
        {"capital_regime", &RegionProfile::capital_regime},
        {"home_city_services", &RegionProfile::home_city_services},
        {"cost_orientation", &RegionProfile::cost_orientation},
    };
    return traits;
}

const std::vector<StartingCount>& starting_counts() {
    static const std::vector<StartingCount> counts = {
        {"enterprises", &ScenarioAdjustments::enterprises, 5, 200},
        {"institutes", &ScenarioAdjustments::institutes, 0, 30},
        {"professional_funds", &ScenarioAdjustments::professional_funds, 0, 20},
        {"nonprofessional_funds", &ScenarioAdjustments::nonprofessional_funds, 0, 20},
    };
    return counts;
}

bool scenario_is_adjustable(const std::string& scenario_id) { return scenario_id == "sandbox"; }

ScenarioAdjustments adjustments_from(const ScenarioDef& scenario) {
    ScenarioAdjustments adjustments;
    adjustments.region = scenario.region;
    adjustments.enterprises = scenario.enterprises.count;
    adjustments.institutes = scenario.institutes;
    adjustments.professional_funds = scenario.professional_funds;
    adjustments.nonprofessional_funds = scenario.nonprofessional_funds;
    return adjustments;
}

void apply_adjustments(const ScenarioAdjustments& adjustments, ScenarioDef* scenario) {
    for (const RegionTrait& trait : region_traits())
        scenario->region.*trait.member = std::clamp(adjustments.region.*trait.member, 0.0, 1.0);
    auto count = [&](int ScenarioAdjustments::*member) {
        for (const StartingCount& c : starting_counts())
            if (c.member == member) return std::clamp(adjustments.*member, c.minimum, c.maximum);
        return adjustments.*member;
    };
    scenario->enterprises.count = count(&ScenarioAdjustments::enterprises);
    scenario->institutes = count(&ScenarioAdjustments::institutes);
    scenario->professional_funds = count(&ScenarioAdjustments::professional_funds);
    scenario->nonprofessional_funds = count(&ScenarioAdjustments::nonprofessional_funds);
}

std::function<void(ScenarioDef&)> make_adjuster(const ScenarioAdjustments& adjustments) {
    return [adjustments](ScenarioDef& scenario) { apply_adjustments(adjustments, &scenario); };
}

nlohmann::json adjustments_to_json(const ScenarioAdjustments& adjustments) {
    nlohmann::json region = nlohmann::json::object();
    for (const RegionTrait& trait : region_traits()) region[trait.id] = adjustments.region.*trait.member;
    nlohmann::json counts = nlohmann::json::object();
    for (const StartingCount& count : starting_counts()) counts[count.id] = adjustments.*count.member;
    return {{"region", region}, {"counts", counts}};
}

bool adjustments_from_json(const nlohmann::json& document, ScenarioAdjustments* adjustments) {
    if (!document.is_object()) return false;
    if (auto region = document.find("region"); region != document.end() && region->is_object()) {
        for (const RegionTrait& trait : region_traits())
            if (auto value = region->find(trait.id); value != region->end() && value->is_number())
                adjustments->region.*trait.member = std::clamp(value->get<double>(), 0.0, 1.0);
    }
    if (auto counts = document.find("counts"); counts != document.end() && counts->is_object()) {
        for (const StartingCount& count : starting_counts())
            if (auto value = counts->find(count.id); value != counts->end() && value->is_number_integer())
                adjustments->*count.member = std::clamp(value->get<int>(), count.minimum, count.maximum);
    }
    return true;
}

}  // namespace keystone
