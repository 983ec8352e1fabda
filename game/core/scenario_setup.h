// The client's names for the engine's scenario adjustments (engine/session/scenario_adjustments.h):
// the sandbox sliders live in the engine so that replays verify the same way everywhere.
#pragma once
#include "session/scenario_adjustments.h"

namespace keystone::client {
using keystone::adjustments_from;
using keystone::adjustments_from_json;
using keystone::adjustments_to_json;
using keystone::apply_adjustments;
using keystone::make_adjuster;
using keystone::region_traits;
using keystone::RegionTrait;
using keystone::scenario_is_adjustable;
using keystone::ScenarioAdjustments;
using keystone::starting_counts;
using keystone::StartingCount;
}  // namespace keystone::client
