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
    approach(c.trust, std::max(p.trust_floor, firm_trust + p.implicit_trust_boost * implicit +
                                                  p.culture_trust_ip_weight * lever(world, Lever::ip_protection) -
                                                  p.culture_trust_policy_penalty * policy_share),
             months);
    const int spinoffs = m.firms_by_entry_mode[int(EntryMode::AcademicSpinoff)] + m.firms_by_entry_mode[int(EntryMode::FirmSpinoff)];
    approach(c.entrepreneurial,
             p.culture_entrepreneurial_mindset_weight * world.region.mindset +
                 p.culture_entrepreneurial_support_weight * lever(world, Lever::entrepreneur_support) +
                 p.culture_entrepreneurial_spinoff_weight * double(spinoffs) / firms,
             months);
    approach(c.innovation,
             p.culture_innovation_innovative_weight * m.innovative_share +
                 p.culture_innovation_transformation_weight * m.transformation_rate +
                 p.culture_innovation_implicit_weight * implicit -
                 p.culture_innovation_policy_penalty * policy_share,
             months);
    approach(c.team, p.culture_team_base + p.culture_team_trust_weight * c.trust, months);
    approach(c.learning, p.culture_learning_base + p.culture_learning_training_weight * lever(world, Lever::training) +
                           p.culture_learning_forums_weight * lever(world, Lever::forums),
             months);
    approach(c.openness, p.culture_openness_region_weight * world.region.openness +
                            p.culture_openness_external_weight * m.external_tie_share +
                            p.culture_openness_bridge_weight * lever(world, Lever::international_bridge),
             months);
    approach(c.open_innovation, p.culture_open_innovation_openness_weight * c.openness + m.cross_segment_share, months);
    approach(c.quadruple_helix,
             lever(world, Lever::user_engagement) * (p.culture_helix_base + world.region.market_orientation), months);

    // Reputation is earned: products that reach the market, the quality of tenants, a convention
    // that puts the park on the map, its size, and ties that make it known to other clusters.
    const double products_signal = std::min(1.0, m.transformation_rate * p.reputation_products_signal_gain);
    const double target = p.reputation_products * products_signal + p.reputation_quality * m.mean_quality +
                          p.reputation_convention * lever(world, Lever::convention) +
                          p.reputation_external * std::min(1.0, m.external_tie_share / p.reputation_external_share_full) +
                          p.reputation_scale * m.enterprises / (m.enterprises + p.reputation_scale_half);
    world.reputation += (clamp01(target) - world.reputation) / p.reputation_months;
}

}  // namespace keystone
