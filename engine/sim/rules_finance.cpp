// Technology capital (MODEL sections 2 and 11, SF12): funds come first for policy, then for the
// quality of projects, finally for the fund cluster itself. The capital regime decides how many
// of them are professional investors. Investors follow deal flow both ways: a fund that has
// found no deal here for a long while takes its team elsewhere.
#include <algorithm>

#include "sim/rules.h"

namespace keystone {

void step_funds(World& world, const Params& p) {
    Rng& rng = world.rng[int(Stream::Finance)];
    const Metrics& m = world.metrics;
    const double policy =
        p.fund_policy_rate * (lever(world, Lever::guiding_fund) + p.fund_incentive_weight * incentive_level(world, p));
    const double innovative_firms = m.innovative_share * m.enterprises;
    const double quality = p.fund_quality_rate * innovative_firms / 100.0 * m.mean_quality *
                           (1.0 + m.transformation_rate);
    // Funds that found no deal for `fund_patience_months` leave, a few each month: a fund keeps
    // its team where its pipeline is, and a quiet park is not one (MODEL 11: investors follow
    // deal flow). Policy funds are no exception: their managers answer to returns too.
    int active = 0;
    for (auto& fund : world.funds) {
        if (fund.exit_tick >= 0) continue;
        if (world.tick - fund.last_deal_tick >= int32_t(p.fund_patience_months) && rng.chance(p.fund_exit_rate)) {
            fund.exit_tick = world.tick;
            continue;
        }
        ++active;
    }
    const double funds = double(active);
    // Investors follow deal flow: funds come to a fund cluster while its funds are busy. Last
    // month's deals per fund against what a fund wants to do sets how far the pull of a
    // quality pipeline and of the fund cluster carries; policy money comes regardless.
    world.investment_deals_smoothed +=
        (m.joint_actions_by_type[int(JointActionType::Investment)] - world.investment_deals_smoothed) / p.fund_deal_memory_months;
    const double deal_flow =
        funds > 0 ? clamp01(world.investment_deals_smoothed / (p.fund_deals_wanted_per_month * funds)) : 1.0;
    const double cluster = p.fund_cluster_rate * funds * deal_flow;
    // A park of subsidiaries talks to head offices elsewhere and deters venture capital.
    const int subsidiaries = m.firms_by_entry_mode[int(EntryMode::Subsidiary)];
    const double deterrence = m.enterprises > 0 ? 1.0 - p.fund_subsidiary_deterrence * subsidiaries / m.enterprises : 1.0;
    const double total = (policy + quality * deal_flow + cluster) * std::max(0.0, deterrence);
    record_limit(world, Limit::deal_flow, 1.0 - deal_flow);
    for (uint32_t arrivals = rng.poisson(total); arrivals > 0; --arrivals) {
        Fund fund;
        fund.id = uint32_t(world.funds.size());
        const double pick = rng.uniform() * (policy + quality * deal_flow + cluster);
        fund.reason = pick < policy ? FundReason::Policy
                    : pick < policy + quality * deal_flow ? FundReason::ProjectQuality : FundReason::FundCluster;
        // Funds drawn by policy are more often entrepreneur-investors looking for subsidies.
        const double professional = p.fund_professional_base * world.region.capital_regime *
                                    (fund.reason == FundReason::Policy ? p.fund_professional_policy_factor
                                                                           : p.fund_professional_other_factor);
        fund.professional = rng.chance(clamp01(professional));
        fund.capital = p.fund_capital;
        fund.entry_tick = fund.last_deal_tick = world.tick;
        world.funds.push_back(fund);
    }
    // Funds recycle capital slowly from exits and new raises.
    world.active_fund_ids.clear();
    for (auto& fund : world.funds) {
        if (fund.exit_tick >= 0) continue;
        fund.capital += p.fund_capital / p.fund_recycling_months;
        world.active_fund_ids.push_back(fund.id);
    }
}

}  // namespace keystone
