// The causal trace (session/causal_trace.h) as run.json writes it and `explain` prints it.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "session/causal_trace.h"

namespace keystone::report {

// {"transition","metric","holds","value","threshold","flip_tick","window_from","levers",
//  "causes":[{"source","lever","months","mean_delta","first_tick","last_tick"}]}
nlohmann::json flips_json(const std::vector<ConditionFlip>& flips);
// Indented lines under a stage change: each flipped condition, its levers and the sources.
void print_trace(std::string* out, const nlohmann::json& trace);

}  // namespace keystone::report
