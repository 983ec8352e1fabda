// Talent flows (MODEL section 2): pools of leading, core, supporting, blue-collar and returnee
// talent fed by reputation, talent programmes and training; firms' demand sets the shortage.
#include <algorithm>

#include "sim/rules.h"

namespace keystone {

void step_talent(World& world, const Params& p) {
    const double program = 1.0 + p.talent_program_boost * lever(world, Lever::talent_program);
    const double training = 1.0 + p.training_boost * lever(world, Lever::training);
    const double pull = (p.talent_pull_base + world.reputation) * program;
    // Relative inflow per kind: scarce leaders, plenty of supporting staff.
    const std::array<double, kTalentKindCount> mix{p.talent_mix_leading, p.talent_mix_core, p.talent_mix_supporting,
                                                     p.talent_mix_blue_collar, p.talent_mix_returnee};
    for (int k = 0; k < kTalentKindCount; ++k) {
        double inflow = p.talent_inflow * mix[k] * pull;
        if (k == int(TalentKind::Supporting) || k == int(TalentKind::BlueCollar)) inflow *= training;
        if (k == int(TalentKind::Returnee)) inflow *= p.talent_returnee_base + world.region.openness + world.culture.openness;
        world.talent_pool[k] = world.talent_pool[k] * (1.0 - p.talent_churn) + inflow;
    }
    double demand = 0.0;
    for (uint32_t id : world.alive_ids) demand += world.enterprises[id].units * p.talent_need_per_unit;
    double supply = 0.0;
    for (double v : world.talent_pool) supply += v;
    world.metrics.talent_shortage = demand > 0 ? clamp01(1.0 - supply / demand) : 0.0;
    for (int k = 0; k < kTalentKindCount; ++k) world.metrics.talent[k] = world.talent_pool[k];
    record_limit(world, Limit::talent, world.metrics.talent_shortage);
}

}  // namespace keystone
