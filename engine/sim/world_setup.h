// Builds the initial World of a scenario: initial conditions only, never a stage or a KPI.
#pragma once
#include <cstdint>

#include "sim/content.h"
#include "sim/params.h"
#include "sim/state.h"

namespace keystone {

// Floor space of a park in small-firm units: its land area at the scenario's (or the model's
// typical) floor-area ratio, or its floor space in m2 where the scenario gives it. Capacity comes
// from land or floor, never from a calibrated number.
double park_capacity_units(const ScenarioDef& scenario, const Params& params);

World make_world(const ScenarioDef& scenario, const Params& params, uint64_t seed, int years);

// Sets the world's seed and restarts every random stream from it: what a new game with this seed
// starts with, and what a future of a game from one month on starts with (session/futures.h).
void seed_world(World& world, uint64_t seed);

}  // namespace keystone
