// Institutions, paradigms and culture (MODEL section 2, implicit enablers) and the park's
// reputation. Culture changes slowly: each trait moves a little towards a target each month.
#include <algorithm>

#include "sim/rules.h"

namespace keystone {

namespace {
void approach(double& value, double target, double months) { value += (clamp01(target) - value) / months; }
}  // namespace

void step_culture(World& world, const Params& p) {
    const Metrics& m = world.metrics;
    Culture& c = world.culture;
    const double months = p.culture_months;
    const double implicit = std::min(1.0, implicit_strength(world));
    const int firms = std::max(1, m.enterprises);

    double firm_trust = 0.0;
    for (uint32_t id : world.alive_ids) firm_trust += world.enterprises[id].trust;
    firm_trust /= firms;
    const double policy_share = double(m.policy_driven_firms) / firms;
    approach(c.trust, firm_trust + p.implicit_trust_boost * implicit + 0.1 * lever(world, Lever::ip_protection) -
                          0.2 * policy_share, months);
    const int spinoffs = m.firms_by_entry_mode[int(EntryMode::AcademicSpinoff)] + m.firms_by_entry_mode[int(EntryMode::FirmSpinoff)];
    approach(c.entrepreneurial, 0.5 * world.region.mindset + 0.3 * lever(world, Lever::entrepreneur_support) +
                                    0.5 * double(spinoffs) / firms, months);
    approach(c.innovation, 0.5 * m.innovative_share + 0.6 * m.transformation_rate + 0.2 * implicit - 0.3 * policy_share, months);
    approach(c.team, 0.3 + 0.5 * c.trust, months);
    approach(c.learning, 0.2 + 0.4 * lever(world, Lever::training) + 0.3 * lever(world, Lever::forums), months);
    approach(c.openness, 0.3 * world.region.openness + 1.5 * m.external_tie_share + 0.3 * lever(world, Lever::international_bridge), months);
    approach(c.open_innovation, 0.5 * c.openness + m.cross_segment_share, months);
    approach(c.quadruple_helix, lever(world, Lever::user_engagement) * (0.5 + world.region.market_orientation), months);

    // Reputation: products that reach the market, the quality of tenants, a convention that puts
    // the park on the map, and the stage it has reached.
    const double products_signal = std::min(1.0, m.transformation_rate * 2.0);
    const double target = p.reputation_products * products_signal + p.reputation_quality * m.mean_quality +
                          p.reputation_convention * lever(world, Lever::convention) +
                          p.reputation_stage * stage_rank(world.stage.stage) / 3.0 +
                          p.reputation_scale * m.enterprises / (m.enterprises + p.entry_cluster_half);
    world.reputation += (clamp01(target) - world.reputation) / p.reputation_months;
}

}  // namespace keystone
