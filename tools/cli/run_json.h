// run.json: what one finished game is, with its score. The document lives in engine/report
// (scored_run.h) so the client's facilitator console writes the same; this header keeps the
// CLI's names for it.
#pragma once
#include "report/scored_run.h"

namespace keystone::cli {

using report::load_run_scoring;
inline nlohmann::json run_json(const Session& session, const ScoringRules& scoring, Role scored_role) {
    return report::scored_run_json(session, scoring, scored_role);
}

}  // namespace keystone::cli
