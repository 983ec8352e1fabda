// Monthly settlement of the roles' budgets; see treasury.h. The order is fixed: remit, then
// check the credit line, so a role is never both paid out and forced to repeal in one month.
#include "session/treasury.h"

#include <algorithm>
#include <string>

#include "sim/rules.h"

namespace keystone {

double credit_line(const RoleState& role, const Params& params) {
    return std::max(params.debt_limit_floor, params.debt_limit_income_months * role.income_this_tick);
}

double budget_reserve(const RoleState& role, const Params& params, double start_budget) {
    return std::max(start_budget, params.reserve_months * role.spending_this_tick);
}

std::vector<std::string> settle_budgets(World& world, const Params& params, const std::vector<PolicyDef>& policies,
                                        const std::array<double, kRoleCount>& start_budgets) {
    std::vector<std::string> repealed;
    for (int r = 0; r < kRoleCount; ++r) {
        RoleState& role = world.roles[size_t(r)];
        const double reserve = budget_reserve(role, params, start_budgets[size_t(r)]);
        if (role.budget > reserve) role.budget -= (role.budget - reserve) * params.surplus_remit_share;
        if (role.budget >= -credit_line(role, params)) continue;
        // Past the credit line: the policy with the highest running cost goes (the newest of
        // equals), one a month, until the budget is back within the line.
        auto costliest = world.policies.end();
        for (auto it = world.policies.begin(); it != world.policies.end(); ++it) {
            if (int(it->role) != r) continue;
            const double cost = policies[size_t(it->def_index)].cost_monthly;
            if (cost <= 0.0) continue;
            if (costliest == world.policies.end() || cost >= policies[size_t(costliest->def_index)].cost_monthly) costliest = it;
        }
        if (costliest == world.policies.end()) {
            // Nothing left to repeal: the owner (the city) takes over the debt beyond the line,
            // so a park that cannot pay its way does not sink without bound.
            role.budget = -credit_line(role, params);
            continue;
        }
        const PolicyDef& def = policies[size_t(costliest->def_index)];
        add_log_message(world, "policy", sentence("log.text.credit_line_repeal", {role_arg(Role(r)), policy_name_arg(def)}));
        repealed.push_back(def.id);
        world.policies.erase(costliest);
    }
    return repealed;
}

}  // namespace keystone
