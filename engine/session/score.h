// The end-of-game score and its two baselines (docs/model.md, "Score"). The score reads the
// recorded history of a session; it is not a rule of the simulation. Its weights, floors and
// targets live in assets/scoring.json (default_scoring() is the fallback and must match it).
// A baseline is the same scenario, seed and length played again: with the scored role doing
// nothing ("hands_off", the other role keeping its AI), or with the scenario's reference
// strategies in both roles (assets/scoring.json "baselines").
#pragma once
#include <array>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "session/session.h"

namespace keystone {

struct ScoreComponent {
    std::string id;        // also the string-table key "score.<id>"
    std::string metric;    // name understood by read_score_metric
    std::string horizon;   // "long" or "short"
    double weight = 0.0;
    double floor = 0.0;    // value that earns nothing
    double target = 1.0;   // value that earns the full weight
    int window_months = 12;  // history metrics: the mean of the last window_months months
    std::string reason;
};

// Which strategies a scenario's baselines use for each role (assets/scoring.json "baselines").
struct ScenarioBaselines {
    std::array<std::string, kRoleCount> reference{};   // the scenario's good play, per role
    std::array<std::string, kRoleCount> naive{};       // the tempting play it warns about, per role
};

struct ScoringRules {
    std::vector<ScoreComponent> components;
    std::map<std::string, ScenarioBaselines> baselines;   // by scenario id
};

// How a line's value was computed, for the results screen and run.json.
enum class ScoreMethod { MeanOfMonths, BestStage, GoalsMet };
const char* score_method_name(ScoreMethod method);

struct ScoreLine {
    ScoreComponent component;
    ScoreMethod method = ScoreMethod::MeanOfMonths;
    int first_tick = 0, last_tick = 0;   // months read (history ticks, 1-based), MeanOfMonths only
    int count = 0, of = 0;               // GoalsMet: goals met, goals in the scenario
    double value = 0.0;        // the metric's reading
    double attainment = 0.0;   // (value - floor) / (target - floor), clamped to 0..1
    double points = 0.0;       // attainment x weight, weights rescaled to sum to 100
};

struct ScoreResult {
    double total = 0.0;        // 0..100
    double long_term = 0.0, short_term = 0.0;  // points from each horizon
    std::vector<ScoreLine> lines;
};

bool load_scoring(const std::string& path, ScoringRules* rules, std::string* error);
bool parse_scoring(const nlohmann::json& document, const std::string& where, ScoringRules* rules, std::string* error);
ScoringRules default_scoring();

bool read_score_metric(const Session& session, const ScoreComponent& component, ScoreLine* line);
// (Named apart from the client's compute_score, which adds the baselines.)
ScoreResult score_session(const ScoringRules& rules, const Session& session);
nlohmann::json score_json(const ScoreResult& score);

// The role the score judges: the human role (the operator if both or neither are human).
Role scored_role(const SessionConfig& config);
// The reference (good) and naive strategies of a scenario, one per role, from the rules'
// baselines; a role the rules do not name plays the scenario's default AI in the reference and
// "" in the naive play (none named).
std::array<std::string, kRoleCount> reference_strategies(const ScoringRules& rules, const ScenarioDef& scenario);
std::array<std::string, kRoleCount> naive_strategies(const ScoringRules& rules, const ScenarioDef& scenario);
// The config of a baseline game: the session's scenario, seed, length and content, played by
// `strategies` (one per role) with nobody human.
SessionConfig baseline_config(const Session& session, const std::array<std::string, kRoleCount>& strategies);
// Doing nothing: `role` plays hands_off, the other role the strategy it had in `session`.
SessionConfig do_nothing_config(const Session& session, Role role);

}  // namespace keystone
