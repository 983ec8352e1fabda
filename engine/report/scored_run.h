// run.json with its score: report::run_json (what one finished game is) plus the score block.
// `keystone-cli run`, the class bundle of `keystone-cli host` and the client's facilitator
// console write the same document.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "session/score.h"
#include "session/session.h"

namespace keystone::report {

// The score rules a run uses: FILE, else assets/scoring.json beside the scripts, else the defaults.
bool load_run_scoring(const SessionConfig& config, std::string path, ScoringRules* rules, std::string* error);
// The run.json document of a finished session, scored for `scored_role`.
nlohmann::json scored_run_json(const Session& session, const ScoringRules& scoring, Role scored_role);

}  // namespace keystone::report
