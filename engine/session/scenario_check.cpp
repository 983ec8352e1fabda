// Warnings about a scenario that loads but is probably wrong (see session.h): values outside the
// usual range of the scenario reference, and a start that needs more floor space than the park.
#include <cstdio>

#include "script/content_schema.h"
#include "session/session.h"
#include "sim/world_setup.h"

namespace keystone {

namespace {

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

}  // namespace

double start_floor_units(const ScenarioDef& sc, const Params& p) {
    const InitialEnterprises& e = sc.enterprises;
    const double startup_share = e.startup_share >= 0.0 ? e.startup_share : p.initial_startup_share;
    return e.count * (startup_share * p.units_startup + (1.0 - startup_share) * p.units_sme) + e.large * p.units_large +
           e.multinationals * p.units_mnc;
}

std::vector<std::string> scenario_warnings(const ScenarioDef& sc, const Params& p) {
    const InitialEnterprises& e = sc.enterprises;
    const RegionProfile& g = sc.region;
    // Budgets are checked in the file's own currency, the unit the author wrote.
    const std::pair<const char*, double> values[] = {
        {"start.year", sc.start_year}, {"years", sc.years},
        {"region.technology_base", g.technology_base}, {"region.market_orientation", g.market_orientation},
        {"region.mindset", g.mindset}, {"region.government_pace", g.government_pace}, {"region.openness", g.openness},
        {"region.capital_regime", g.capital_regime}, {"region.home_city_services", g.home_city_services},
        {"region.cost_orientation", g.cost_orientation}, {"park.area_km2", sc.area_km2}, {"park.floor_area_ratio", sc.floor_area_ratio}, {"park.floor_m2", sc.floor_m2},
        {"enterprises.count", e.count}, {"enterprises.quality_mean", e.quality_mean}, {"enterprises.quality_spread", e.quality_spread},
        {"enterprises.policy_driven_share", e.policy_driven_share}, {"enterprises.large", e.large},
        {"enterprises.multinationals", e.multinationals}, {"enterprises.age_years", e.age_years},
        {"enterprises.funded_share", e.funded_share}, {"enterprises.ties_per_firm", e.ties_per_firm},
        {"enterprises.external_ties_per_firm", e.external_ties_per_firm}, {"institutes", sc.institutes},
        {"institute_links", sc.institute_links}, {"providers.in_park", sc.providers_in_park}, {"providers.in_city", sc.providers_in_city},
        {"funds.professional", sc.professional_funds}, {"funds.nonprofessional", sc.nonprofessional_funds},
        {"promotion_orgs", sc.promotion_orgs}, {"rivals.count", sc.rival_parks}, {"rivals.incentive", sc.rival_incentive},
        {"trust", sc.initial_trust}, {"reputation", sc.initial_reputation},
        {"budgets.operator", sc.budgets[0] / sc.rmb_per_unit}, {"budgets.government", sc.budgets[1] / sc.rmb_per_unit},
        {"currency.rmb_per_unit", sc.rmb_per_unit},
    };
    std::vector<std::string> warnings;
    for (const auto& [path, value] : values) {
        const ScenarioFieldDoc* field = scenario_field(path);
        if (!field || (value >= field->usual_min && value <= field->usual_max)) continue;
        warnings.push_back(std::string(path) + " = " + number(value) + " is outside the usual range [" + number(field->usual_min) + ", " +
                           number(field->usual_max) + "] (" + field->unit + "): check the unit (docs/scenario-reference.md)");
    }
    const double needed = start_floor_units(sc, p), capacity = park_capacity_units(sc, p);
    if (needed > capacity && sc.floor_m2 > 0.0)
        warnings.push_back("park.floor_m2: the starting firms need " + number(needed) + " floor units of " + number(p.unit_floor_m2) +
                           " m2 but the park has " + number(capacity) + " (" + number(sc.floor_m2) +
                           " m2): the park starts full, and floor space limits entry (limit_floor_space) until it expands");
    else if (needed > capacity)
        warnings.push_back("park.area_km2: the starting firms need " + number(needed) + " floor units of " + number(p.unit_floor_m2) +
                           " m2 but the park has " + number(capacity) + " (" + number(sc.area_km2) + " km2 x " +
                           number(p.building_land_share) + " built x floor-area ratio " +
                           number(sc.floor_area_ratio > 0.0 ? sc.floor_area_ratio : p.floor_area_ratio) +
                           "): the park starts full, and floor space limits entry (limit_floor_space) until it expands");
    return warnings;
}

}  // namespace keystone
