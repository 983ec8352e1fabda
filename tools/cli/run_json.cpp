// run.json (run_json.h): one document per finished game, shared by `run` and the class bundle.
#include "run_json.h"

#include <filesystem>

#include "condition_history.h"
#include "sim/hash.h"
#include "sim/metric_table.h"

namespace keystone::cli {

bool load_run_scoring(const SessionConfig& config, std::string path, ScoringRules* rules, std::string* error) {
    *rules = default_scoring();
    if (path.empty()) {
        const std::string beside_scripts = config.scripts_dir + "/../assets/scoring.json";
        if (std::filesystem::exists(beside_scripts)) path = beside_scripts;
    }
    return path.empty() || load_scoring(path, rules, error);
}

nlohmann::json run_json(const Session& session, const ScoringRules& scoring, Role scored_role) {
    const World& w = session.world();
    nlohmann::json run;
    run["scenario"] = session.config().scenario_id;
    run["strategy"] = {{"operator", session.strategy_for(Role::Operator)}, {"government", session.strategy_for(Role::Government)}};
    run["seed"] = session.config().seed;
    run["ticks"] = w.tick;
    run["final_hash"] = hash_hex(session.hash());
    const nlohmann::json stages = stage_path_json(session);
    run["end_date"] = month_of_tick(session, w.tick);
    run["stages"] = stages;
    run["outlook"] = outlook_json(session);
    const Metrics& m = w.metrics;
    run["final"] = {{"enterprises", m.enterprises},
                    {"multinationals", m.multinationals},
                    {"investment_funds", m.investment_funds},
                    {"research_institutes", m.research_institutes},
                    {"transformation_rate", m.transformation_rate},
                    {"centralization", m.centralization},
                    {"centralization_label", centralization_label_name(m.centralization_label)},
                    {"external_tie_share", m.external_tie_share},
                    {"trust", w.culture.trust},
                    {"innovation_culture", w.culture.innovation},
                    {"stage", stage_name(w.stage.stage)}};
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : session.script_errors()) errors.push_back({{"tick", e.tick}, {"script", e.script_id}, {"file", e.file}, {"line", e.line}, {"message", e.message}});
    run["script_errors"] = errors;
    // What happened to each mod; a mod skipped at load is an error a teacher must see here,
    // not only on stderr.
    nlohmann::json mods = nlohmann::json::array(), mod_errors = nlohmann::json::array();
    for (const auto& line : session.mod_report()) {
        mods.push_back(line);
        if (line.rfind("skipped", 0) == 0) mod_errors.push_back(line);
    }
    run["mods"] = mods;
    run["warnings"] = session.warnings();
    run["mod_errors"] = mod_errors;
    nlohmann::json commands = nlohmann::json::array();
    for (const auto& c : session.command_log())
        commands.push_back({{"tick", c.tick}, {"type", command_type_name(c.type)}, {"role", role_name(c.role)}, {"policy", c.policy_id}, {"choice", c.choice_id}, {"source", c.source}});
    run["commands"] = commands;
    // The events raised and how each was answered, as the game's log says them (the report's events section).
    nlohmann::json events = nlohmann::json::array();
    for (const auto& e : w.log)
        if (e.kind == "event") events.push_back({{"tick", e.tick}, {"text", e.text}});
    run["events"] = events;

    run["score"] = score_json(score_session(scoring, session));
    run["score"]["role"] = role_name(scored_role);
    return run;
}

}  // namespace keystone::cli
