// Talent flows (MODEL section 2): pools of leading, core, supporting, blue-collar and returnee
// talent. People come with the jobs the tenants offer (hiring scales with the park's demand,
// so a park of 5,000 firms is not starved by a fixed inflow) plus a base flow from the home
// city, both multiplied by the park's pull (reputation, talent programmes); training adds
// technicians and blue-collar staff. Demand against supply sets the shortage.
#include <algorithm>

#include "sim/rules.h"

namespace keystone {

namespace {

double talent_demand(const World& world, const Params& p) {
    double demand = 0.0;
    for (uint32_t id : world.alive_ids) demand += world.enterprises[id].units * p.talent_need_per_unit;
    return demand;
}

// People of kind k arriving per month.
double talent_inflow(const World& world, const Params& p, int k, double demand) {
    const double program = 1.0 + p.talent_program_boost * lever(world, Lever::talent_program);
    const double training = 1.0 + p.training_boost * lever(world, Lever::training);
    const double pull = (p.talent_pull_base + world.reputation) * program;
    // Relative inflow per kind: scarce leaders, plenty of supporting staff.
    const std::array<double, kTalentKindCount> mix{p.talent_mix_leading, p.talent_mix_core, p.talent_mix_supporting,
                                                     p.talent_mix_blue_collar, p.talent_mix_returnee};
    double inflow = (p.talent_inflow + p.talent_hiring_share * demand) * mix[k] * pull;
    if (k == int(TalentKind::Supporting) || k == int(TalentKind::BlueCollar)) inflow *= training;
    if (k == int(TalentKind::Returnee)) inflow *= p.talent_returnee_base + world.region.openness + world.culture.openness;
    return inflow;
}

void measure_talent(World& world, double demand) {
    double supply = 0.0;
    for (double v : world.talent_pool) supply += v;
    world.metrics.talent_shortage = demand > 0 ? clamp01(1.0 - supply / demand) : 0.0;
    for (int k = 0; k < kTalentKindCount; ++k) world.metrics.talent[k] = world.talent_pool[k];
}

}  // namespace

void seed_talent(World& world, const Params& p) {
    const double demand = talent_demand(world, p);
    for (int k = 0; k < kTalentKindCount; ++k) world.talent_pool[k] = talent_inflow(world, p, k, demand) / p.talent_churn;
    measure_talent(world, demand);
}

void step_talent(World& world, const Params& p) {
    const double demand = talent_demand(world, p);
    for (int k = 0; k < kTalentKindCount; ++k)
        world.talent_pool[k] = world.talent_pool[k] * (1.0 - p.talent_churn) + talent_inflow(world, p, k, demand);
    measure_talent(world, demand);
    record_limit(world, Limit::talent, world.metrics.talent_shortage);
}

}  // namespace keystone
