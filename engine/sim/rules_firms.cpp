// Tenants' own economy: cash burn and revenue, products ageing, and growth from startup to SME
// to large firm when products sell and the talent to scale is there (MODEL section 2).
#include <algorithm>

#include "sim/rules.h"

namespace keystone {

void step_firms(World& world, const Params& p) {
    Rng& rng = world.rng[int(Stream::Entry)];
    const double shortage = world.metrics.talent_shortage;
    const double subsidy = lever(world, Lever::subsidies);
    for (auto& firm : world.enterprises) {
        if (!firm.alive) continue;
        const double burn = firm.size == FirmSize::Startup ? p.burn_startup
                          : firm.size == FirmSize::Sme     ? p.burn_sme
                                                           : p.burn_large;
        firm.revenue = firm.products * p.revenue_per_product * world.market_factor[int(firm.segment)] *
                       (firm.size == FirmSize::Multinational ? p.mnc_revenue_factor : 1.0);
        firm.cash += firm.revenue - burn * (1.0 + firm.rd_intensity) + subsidy * burn * p.subsidy_burn_share;
        firm.products *= 1.0 - p.product_decay;
        // R&D intensity drifts back towards the firm's own habit (quality-driven).
        const double habit = p.rd_initial_mean * (p.rd_quality_base + firm.quality);
        firm.rd_intensity += (habit - firm.rd_intensity) * p.rd_drift;
        // Growth needs products on the market and talent to hire.
        if (firm.size == FirmSize::Startup && firm.products >= p.growth_products_sme &&
            rng.chance(p.growth_rate * firm.quality * (1.0 - shortage))) {
            firm.size = FirmSize::Sme;
            firm.headcount *= p.headcount_growth_sme;
        } else if (firm.size == FirmSize::Sme && firm.products >= p.growth_products_large &&
                   rng.chance(p.growth_rate * p.growth_rate_large_factor * firm.quality * (1.0 - shortage))) {
            firm.size = FirmSize::Large;
            firm.headcount *= p.headcount_growth_large;
        }
    }
}

}  // namespace keystone
