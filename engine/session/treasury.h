// The month's settlement of each role's budget, after the economy rule has booked income and
// running costs: a surplus above the reserve is remitted to the role's owner, and a debt past
// the credit line forces the repeal of the most expensive policy in force (docs/model.md, "Money").
#pragma once
#include <array>
#include <vector>

#include "sim/content.h"
#include "sim/params.h"
#include "sim/state.h"

namespace keystone {

// The credit line of a role this month: how far below zero its budget may go (RMB million).
double credit_line(const RoleState& role, const Params& params);
// The reserve a role keeps before remitting: `reserve_months` of this month's outgoings, and
// never less than the budget it started with (RMB million).
double budget_reserve(const RoleState& role, const Params& params, double start_budget);

// Remits surpluses and repeals policies past the credit line, logging each repeal. Returns the
// ids of the policies repealed (at most one per role a month).
std::vector<std::string> settle_budgets(World& world, const Params& params, const std::vector<PolicyDef>& policies,
                                        const std::array<double, kRoleCount>& start_budgets);

}  // namespace keystone
