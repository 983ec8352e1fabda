// Generated documents about the model, written by `keystone-cli docs`: what each lever, policy and
// event choice reaches (docs/levers.md) and the stage thresholds in docs/model.md.
#pragma once
#include <string>

#include "script/script_host.h"
#include "sim/params.h"

namespace keystone::cli {

// docs/levers.md: the lever registry, then every policy's and event choice's levers and the rules
// they reach.
std::string levers_markdown(const LoadedContent& content);

// The stage-threshold table, from the condition lists step_stages measures and the loaded Params.
std::string stage_thresholds_markdown(const Params& params);

// docs/scenario-reference.md: every scenario field with unit, range, default, reader and example.
std::string scenario_reference_markdown(const Params& params);
// docs/outputs.md: month semantics, stage names, CSV columns (conditions included), run.json.
std::string outputs_markdown(const Params& params);

// Replaces the text between the two markers in `document` (docs/model.md) with `region`;
// false (and `document` untouched) when the markers are missing.
extern const char* const kStageThresholdsBegin;
extern const char* const kStageThresholdsEnd;
bool replace_stage_thresholds(std::string* document, const std::string& region);

}  // namespace keystone::cli
