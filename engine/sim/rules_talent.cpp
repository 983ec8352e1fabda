// Talent flows (MODEL section 2): pools of leading, core, supporting, blue-collar and returnee
// talent. People come with the jobs the tenants offer (hiring scales with the park's demand,
// so a park of 5,000 firms is not starved by a fixed inflow) plus a base flow from the home
// city, both multiplied by the park's pull (reputation, talent programmes); training adds
// technicians and blue-collar staff. Demand comes from the tenants' headcount and differs by
// size: startups hire technical (core) talent, scaling firms need managers, supporting staff
// and blue-collar workers. Each kind's demand against its supply sets that kind's shortage.
#include <algorithm>

#include "sim/rules.h"

namespace keystone {

namespace {

using TalentMix = std::array<double, kTalentKindCount>;

// Share of a firm's headcount in each kind of talent. Returnees bring no demand of their own:
// they fill leading and technical posts (see supply_of).
TalentMix need_mix(const Params& p, FirmSize size) {
    if (size == FirmSize::Startup)
        return {p.talent_need_startup_leading, p.talent_need_startup_core, p.talent_need_startup_supporting,
                p.talent_need_startup_blue_collar, 0.0};
    return {p.talent_need_scaling_leading, p.talent_need_scaling_core, p.talent_need_scaling_supporting,
            p.talent_need_scaling_blue_collar, 0.0};
}

TalentMix talent_demand(const World& world, const Params& p) {
    TalentMix demand{};
    for (uint32_t id : world.alive_ids) {
        const Enterprise& firm = world.enterprises[id];
        const TalentMix mix = need_mix(p, firm.size);
        for (int k = 0; k < kTalentKindCount; ++k) demand[k] += firm.headcount * p.talent_need_per_person * mix[k];
    }
    return demand;
}

double total(const TalentMix& mix) {
    double sum = 0.0;
    for (double v : mix) sum += v;
    return sum;
}

// People of kind k arriving per month.
double talent_inflow(const World& world, const Params& p, int k, double demand) {
    const double program = 1.0 + p.talent_program_boost * lever(world, Lever::talent_program);
    const double training = 1.0 + p.training_boost * lever(world, Lever::training);
    const double pull = (p.talent_pull_base + world.reputation) * program;
    // Relative inflow per kind, the home city's labour market: scarce leaders, plenty of staff.
    const TalentMix mix{p.talent_mix_leading, p.talent_mix_core, p.talent_mix_supporting, p.talent_mix_blue_collar,
                        p.talent_mix_returnee};
    double inflow = (p.talent_inflow + p.talent_hiring_share * demand) * mix[k] * pull;
    if (k == int(TalentKind::Supporting) || k == int(TalentKind::BlueCollar)) inflow *= training;
    if (k == int(TalentKind::Returnee)) inflow *= p.talent_returnee_base + world.region.openness + world.culture.openness;
    return inflow;
}

// People available for posts of kind k: returnees take leading and technical posts.
double supply_of(const World& world, const Params& p, int k) {
    const double returnees = world.talent_pool[int(TalentKind::Returnee)];
    if (k == int(TalentKind::Leading)) return world.talent_pool[k] + p.talent_returnee_leading_share * returnees;
    if (k == int(TalentKind::Core)) return world.talent_pool[k] + (1.0 - p.talent_returnee_leading_share) * returnees;
    if (k == int(TalentKind::Returnee)) return 0.0;
    return world.talent_pool[k];
}

void measure_talent(World& world, const Params& p, const TalentMix& demand) {
    Metrics& m = world.metrics;
    double supply = 0.0;
    for (double v : world.talent_pool) supply += v;
    const double demand_total = total(demand);
    m.talent_shortage = demand_total > 0 ? clamp01(1.0 - supply / demand_total) : 0.0;
    for (int k = 0; k < kTalentKindCount; ++k) {
        m.talent[k] = world.talent_pool[k];
        m.talent_shortage_by_kind[k] = demand[k] > 0 ? clamp01(1.0 - supply_of(world, p, k) / demand[k]) : 0.0;
    }
}

// Shortage of the kinds in `mix`, weighted by how much of each the mix needs.
double weighted_shortage(const World& world, const TalentMix& mix) {
    double shortage = 0.0, weight = 0.0;
    for (int k = 0; k < kTalentKindCount; ++k) {
        shortage += mix[k] * world.metrics.talent_shortage_by_kind[k];
        weight += mix[k];
    }
    return weight > 0 ? shortage / weight : 0.0;
}

}  // namespace

double research_talent_shortage(const World& world, const Params& p, FirmSize size) {
    // A startup's research is its technical team; a larger firm's research runs on its whole staff.
    if (size == FirmSize::Startup) return world.metrics.talent_shortage_by_kind[int(TalentKind::Core)];
    return weighted_shortage(world, need_mix(p, size));
}

double scaling_talent_shortage(const World& world, const Params&) {
    // Growing from startup to SME and from SME to large firm means hiring managers, supporting
    // staff and blue-collar workers; the technical team is already there. They complement each
    // other (a plant without managers does not run), so the scarcest of the three binds.
    const auto& shortage = world.metrics.talent_shortage_by_kind;
    return std::max({shortage[int(TalentKind::Leading)], shortage[int(TalentKind::Supporting)],
                     shortage[int(TalentKind::BlueCollar)]});
}

void seed_talent(World& world, const Params& p) {
    const TalentMix demand = talent_demand(world, p);
    for (int k = 0; k < kTalentKindCount; ++k)
        world.talent_pool[k] = talent_inflow(world, p, k, total(demand)) / p.talent_churn;
    measure_talent(world, p, demand);
}

void step_talent(World& world, const Params& p) {
    const TalentMix demand = talent_demand(world, p);
    for (int k = 0; k < kTalentKindCount; ++k)
        world.talent_pool[k] = world.talent_pool[k] * (1.0 - p.talent_churn) + talent_inflow(world, p, k, total(demand));
    measure_talent(world, p, demand);
    record_limit(world, Limit::talent, world.metrics.talent_shortage);
}

}  // namespace keystone
