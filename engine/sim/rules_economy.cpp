// Money of the two players (MODEL section 7): the operator lives on rent and services, the
// government on tax; incentives cost them income. Rival parks raise incentives when they see
// our park growing (race to the bottom) and grow more attractive as they mature and as our park
// loses firms.
#include <algorithm>

#include "sim/rules.h"

namespace keystone {

void step_economy(World& world, const Params& p) {
    Metrics& m = world.metrics;
    const double rent = p.rent_per_unit * lever(world, Lever::rent_level) * world.used_units;
    const double rent_collected = rent * (1.0 - lever(world, Lever::rent_discount));
    const double subsidy_paid = rent * lever(world, Lever::rent_subsidy) * p.rent_subsidy_share;
    double output = 0.0;
    for (uint32_t id : world.alive_ids) output += world.enterprises[id].revenue;
    const double tax = output * p.tax_rate * (1.0 - lever(world, Lever::tax_incentive));
    const double services_income = output * p.service_revenue_share * lever(world, Lever::services);
    m.output_value = output;
    m.tax_revenue = tax;
    m.rent_revenue = rent_collected;
    m.funding_government = p.government_capital_share * lever(world, Lever::guiding_fund);

    // Running costs that scale with the park (docs/model.md, "Money"). The policies' own monthly
    // costs were charged by the session before this rule; these are what the levers cost once
    // they are up, however they got there (a policy, an event or a dial).
    const double firms = double(m.enterprises);
    double startup_revenue = 0.0;
    for (uint32_t id : world.alive_ids)
        if (world.enterprises[id].size == FirmSize::Startup) startup_revenue += world.enterprises[id].revenue;
    const double equity_income = startup_revenue * p.operator_equity_share * lever(world, Lever::services);
    const double upkeep = p.operator_upkeep_built_per_unit * world.capacity_units + p.operator_upkeep_used_per_unit * world.used_units;
    const double services_cost = p.service_cost_per_firm * lever(world, Lever::services) * firms;
    RoleState& op = world.roles[int(Role::Operator)];
    op.income_this_tick = rent_collected + services_income + equity_income + p.operator_base_income;
    op.spending_this_tick += upkeep + services_cost;
    op.budget += op.income_this_tick - upkeep - services_cost;

    // Tax goes to the city's general budget; the park's programme keeps a share of it. The
    // guiding fund's monthly pay-in, per-firm subsidies and talent grants and per-lab research
    // grants come out of the programme's budget.
    const double land_fees = p.land_fee_per_unit * world.used_units;
    const double obligations = p.government_obligation_per_unit * world.capacity_units;
    const double programmes = m.funding_government + p.subsidy_cost_per_firm * lever(world, Lever::subsidies) * firms +
                              p.talent_cost_per_firm * lever(world, Lever::talent_program) * firms +
                              p.research_cost_per_institute * lever(world, Lever::basic_research) * m.research_institutes;
    RoleState& gov = world.roles[int(Role::Government)];
    gov.income_this_tick = tax * p.tax_retained_share + p.government_base_income + land_fees;
    gov.spending_this_tick += subsidy_paid + obligations + programmes;
    gov.budget += gov.income_this_tick - subsidy_paid - obligations - programmes;

    // A negative budget is a loan: it pays interest every month (the credit line and what
    // happens past it are the session's, engine/session/treasury.cpp).
    for (RoleState& role : world.roles)
        if (role.budget < 0.0) {
            const double interest = -role.budget * p.debt_interest_monthly;
            role.budget -= interest;
            role.spending_this_tick += interest;
        }

    // Rivals respond to our growth and to pressure from events; incentives slowly fade back.
    const double growth =
        m.enterprises > 0 ? std::max(0, m.entries_this_tick - m.exits_this_tick) / p.rival_growth_entrants : 0.0;
    for (auto& rival : world.rivals) {
        rival.incentive += p.rival_growth_response * growth + world.rival_pressure / p.rival_pressure_months -
                           p.rival_decay * rival.incentive;
        if (rival.incentive > p.rival_incentive_max) record_limit(world, Limit::rival_incentive, 1.0);
        rival.incentive = std::clamp(rival.incentive, 0.0, p.rival_incentive_max);
    }
    world.rival_pressure *= (p.rival_pressure_months - 1.0) / p.rival_pressure_months;

    // Rivals mature too, and each firm our park loses makes them look better: their
    // attractiveness (what they offer a good firm besides money) moves towards a target that
    // grows with the years and with our losses over 24 months. Exit reads it against our
    // reputation (rules_entry_exit.cpp).
    const int before = m.enterprises - m.firm_change_24m;
    const double lost_share = before > 0 ? std::max(0.0, -double(m.firm_change_24m) / before) : 0.0;
    const double target = std::min(p.rival_attractiveness_max, p.rival_attractiveness_base +
                                                                   p.rival_maturity_per_year * world.tick / 12.0 +
                                                                   p.rival_failure_weight * lost_share);
    for (auto& rival : world.rivals) rival.attractiveness += (target - rival.attractiveness) / p.rival_attractiveness_months;
}

}  // namespace keystone
