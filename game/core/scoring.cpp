// Score and results export; see scoring.h.
#include "core/scoring.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/files.h"
#include "core/goals_view.h"

namespace keystone::client {

namespace {
// Baseline games kept between calls: played forward as the player's game advances, replayed from
// the start if the player's game is behind them (a replay or a loaded save).
struct BaselineGame {
    SessionConfig config;
    std::unique_ptr<Session> session;
    std::string error;
};

bool same_game(const SessionConfig& a, const SessionConfig& b) {
    return a.scripts_dir == b.scripts_dir && a.scenario_id == b.scenario_id && a.seed == b.seed && a.years == b.years &&
           a.strategies == b.strategies && a.extra_content_dirs == b.extra_content_dirs && a.mods_dir == b.mods_dir &&
           a.param_overrides == b.param_overrides && !a.adjust_scenario && !b.adjust_scenario;
}

BaselineScore play_baseline(const ScoringRules& rules, const Session& session, const SessionConfig& config) {
    static std::vector<BaselineGame> games;
    BaselineScore out;
    out.strategies = config.strategies;
    auto game = std::find_if(games.begin(), games.end(), [&](const BaselineGame& g) { return same_game(g.config, config); });
    if (game == games.end()) {
        if (games.size() >= 4) games.erase(games.begin());   // two baselines for two games at most
        games.push_back(BaselineGame{config, nullptr, ""});
        game = std::prev(games.end());
    }
    const int32_t tick = session.world().tick;
    if (game->session && game->session->world().tick > tick) game->session.reset();
    if (!game->session && game->error.empty()) game->session = Session::create(config, &game->error);
    if (!game->session) {
        out.error = game->error;
        return out;
    }
    while (game->session->world().tick < tick && !game->session->finished()) game->session->step();
    for (int r = 0; r < kRoleCount; ++r) {
        out.names[size_t(r)] = out.strategies[size_t(r)];
        for (const StrategyDef& def : game->session->strategies())
            if (def.id == out.strategies[size_t(r)] && !def.name.empty()) out.names[size_t(r)] = def.name;
    }
    out.available = true;
    out.score = keystone::score_session(rules, *game->session);
    return out;
}
}  // namespace

ScoreResult compute_score(const ScoringRules& rules, const Session& session) {
    ScoreResult result;
    static_cast<keystone::ScoreResult&>(result) = keystone::score_session(rules, session);
    result.role = scored_role(session.config());
    result.do_nothing = play_baseline(rules, session, do_nothing_config(session, result.role));
    result.reference = play_baseline(rules, session, baseline_config(session, reference_strategies(rules, session.scenario())));
    return result;
}

nlohmann::json results_document(const Session& session, const ScoreResult& score) {
    const World& world = session.world();
    const Metrics& m = world.metrics;
    nlohmann::json doc;
    doc["format"] = "keystone-results";
    doc["format_version"] = 1;
    doc["scenario"] = {{"id", session.scenario().id}, {"name", session.scenario().name}};
    doc["seed"] = session.config().seed;
    nlohmann::json roles = nlohmann::json::object();
    for (int r = 0; r < kRoleCount; ++r) {
        roles[role_name(Role(r))] = {
            {"human", session.config().human[r]},
            {"strategy", session.config().human[r] ? std::string() : session.strategy_for(Role(r))},
            {"budget", world.roles[r].budget},
        };
    }
    doc["roles"] = roles;
    doc["start"] = session.date_string(0);
    doc["end"] = session.date_string(world.tick);
    doc["ticks"] = world.tick;
    doc["finished"] = session.finished();
    char hash_text[32];
    std::snprintf(hash_text, sizeof hash_text, "%016llx", static_cast<unsigned long long>(session.hash()));
    doc["state_hash"] = hash_text;

    nlohmann::json timeline = nlohmann::json::array();
    for (const StageChange& change : world.stage_history) {
        timeline.push_back({{"tick", change.tick}, {"date", session.date_string(change.tick)},
                            {"from", stage_name(change.from)}, {"to", stage_name(change.to)}});
    }
    doc["stage_history"] = timeline;
    doc["final_stage"] = stage_name(world.stage.stage);

    doc["kpis"] = {
        {"enterprises", m.enterprises}, {"multinationals", m.multinationals}, {"large_firms", m.large_firms},
        {"smes", m.smes}, {"startups", m.startups}, {"research_institutes", m.research_institutes},
        {"service_providers", m.service_providers}, {"investment_funds", m.investment_funds},
        {"transformation_rate", m.transformation_rate}, {"innovative_share", m.innovative_share},
        {"high_quality_share", m.high_quality_share}, {"occupancy", m.occupancy},
        {"output_value", m.output_value}, {"tax_revenue", m.tax_revenue}, {"rent_revenue", m.rent_revenue},
        {"firm_ties_per_firm", m.firm_ties_per_firm}, {"cross_segment_share", m.cross_segment_share},
        {"external_tie_share", m.external_tie_share}, {"centralization", m.centralization},
        {"centralization_label", centralization_label_name(m.centralization_label)},
        {"implicit_enablers", m.implicit_enablers},
    };
    const Culture& c = world.culture;
    doc["culture"] = {{"trust", c.trust}, {"entrepreneurial", c.entrepreneurial}, {"innovation", c.innovation},
                      {"team", c.team}, {"learning", c.learning}, {"openness", c.openness},
                      {"open_innovation", c.open_innovation}, {"quadruple_helix", c.quadruple_helix}};

    doc["score"] = score_json(score);
    doc["score"]["role"] = role_name(score.role);
    for (const BaselineScore* baseline : {&score.do_nothing, &score.reference}) {
        nlohmann::json b = baseline->available ? score_json(baseline->score) : nlohmann::json{{"error", baseline->error}};
        b["strategies"] = {{"operator", baseline->strategies[0]}, {"government", baseline->strategies[1]}};
        doc["score"][baseline == &score.do_nothing ? "do_nothing" : "reference"] = b;
    }
    doc["goals"] = goals_json(session);
    doc["goals_scoring"] = session.scenario().scoring;
    doc["commands"] = session.command_log().size();
    doc["script_errors"] = session.script_errors().size();
    return doc;
}

bool export_results(const Session& session, const ScoreResult& score, const std::string& path,
                    std::string* error) {
    return write_file_atomic(path, results_document(session, score).dump(2) + "\n", error);
}

}  // namespace keystone::client
