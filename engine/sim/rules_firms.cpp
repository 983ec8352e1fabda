// Tenants' own economy: cash burn and revenue, products ageing, learning from neighbours, and
// growth from startup to SME to large firm when products sell and the talent to scale is there
// (MODEL section 2). Three of the park's cultures act here: users as the fourth helix raise
// revenue, a closed paradigm lets products age (lock-in), a learning culture lifts laggards.
#include <algorithm>

#include "sim/rules.h"

namespace keystone {

void step_firms(World& world, const Params& p) {
    Rng& rng = world.rng[int(Stream::Entry)];
    const Metrics& m = world.metrics;
    const Culture& culture = world.culture;
    // Scaling hires managers, supporting staff and blue-collar workers (not more scientists).
    const double scaling_shortage = scaling_talent_shortage(world, p);
    const double subsidy = lever(world, Lever::subsidies);
    // Quadruple helix: products shaped with patients and clinicians fit the market better.
    const double user_fit = 1.0 + p.helix_revenue_gain * culture.quadruple_helix;
    // Lock-in (MODEL 6): a closed park built on one segment or one firm does not renew its
    // products; no outside knowledge reaches them, so they age faster.
    const double decay = p.product_decay * (1.0 + p.lock_in_decay * lock_in_pressure(world, p));
    // Learning culture: weaker firms learn from their neighbours and close part of the gap.
    const double catch_up = p.learning_catch_up * culture.learning;
    for (uint32_t id : world.alive_ids) {  // ascending ids: the same order as the vector, without the firms that left
        Enterprise& firm = world.enterprises[id];
        firm.revenue = firm.products * p.revenue_per_product * world.market_factor[int(firm.segment)] * user_fit *
                       (firm.size == FirmSize::Multinational ? p.mnc_revenue_factor : 1.0);
        const double burn = size_burn(p, firm.size);
        firm.cash += firm.revenue - burn * (1.0 + firm.rd_intensity) + subsidy * burn * p.subsidy_burn_share;
        firm.products *= 1.0 - decay;
        if (firm.quality < m.mean_quality) firm.quality += catch_up * (m.mean_quality - firm.quality);
        // R&D intensity drifts back towards the firm's own habit (quality-driven), which its
        // investors shape for as long as they hold their stake (SF7, MODEL 11): professional
        // investors on the board back research, entrepreneur-investors press for quick returns.
        const double capital = firm.professional_capital + firm.nonprofessional_capital;
        const double board = capital > 0 ? (firm.professional_capital - firm.nonprofessional_capital) / capital : 0.0;
        const double habit = p.rd_initial_mean * (p.rd_quality_base + firm.quality) * (1.0 + p.rd_investor_pull * board);
        firm.rd_intensity += (habit - firm.rd_intensity) * p.rd_drift;
        // Growth needs products on the market and the people to scale.
        if (firm.size == FirmSize::Startup && firm.products >= p.growth_products_sme &&
            rng.chance(p.growth_rate * firm.quality * (1.0 - scaling_shortage))) {
            firm.size = FirmSize::Sme;
            firm.headcount *= p.headcount_growth_sme;
        } else if (firm.size == FirmSize::Sme && firm.products >= p.growth_products_large &&
                   rng.chance(p.growth_rate * p.growth_rate_large_factor * firm.quality * (1.0 - scaling_shortage))) {
            firm.size = FirmSize::Large;
            firm.headcount *= p.headcount_growth_large;
        }
    }
}

}  // namespace keystone
