// run.json with its score (scored_run.h): shared by `run`, the class bundle and the client.
#include "report/scored_run.h"

#include <filesystem>

#include "report/condition_history.h"

namespace keystone::report {

bool load_run_scoring(const SessionConfig& config, std::string path, ScoringRules* rules, std::string* error) {
    *rules = default_scoring();
    if (path.empty()) {
        const std::string beside_scripts = config.scripts_dir + "/../assets/scoring.json";
        if (std::filesystem::exists(beside_scripts)) path = beside_scripts;
    }
    return path.empty() || load_scoring(path, rules, error);
}

nlohmann::json scored_run_json(const Session& session, const ScoringRules& scoring, Role scored_role) {
    nlohmann::json run = run_json(session);
    run["score"] = score_json(score_session(scoring, session));
    run["score"]["role"] = role_name(scored_role);
    return run;
}

}  // namespace keystone::report
