// The conditions of each stage transition as rules_stages.cpp declares them, thresholds taken
// from Params and nothing measured (value 0, holds false). step_stages measures these same lists;
// `keystone-cli docs` prints them into docs/model.md, so the docs cannot drift from the rule.
#pragma once
#include <vector>

#include "sim/params.h"
#include "sim/state.h"

namespace keystone {

// Conditions to enter `target` (agglomeration, cluster or COI) from the stage below; empty otherwise.
std::vector<StageCondition> stage_entry_thresholds(const Params& params, Stage target);
// Conditions to fall into decline: groups are alternatives, each group's conditions must all hold.
std::vector<StageCondition> stage_decline_thresholds(const Params& params);
// Conditions to leave decline for renewal.
std::vector<StageCondition> stage_renewal_thresholds(const Params& params);

}  // namespace keystone
