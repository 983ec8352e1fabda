// Builds the initial World of a scenario: initial conditions only, never a stage or a KPI.
#pragma once
#include <cstdint>

#include "sim/content.h"
#include "sim/params.h"
#include "sim/state.h"

namespace keystone {

World make_world(const ScenarioDef& scenario, const Params& params, uint64_t seed, int years);

}  // namespace keystone
