// End-of-scenario score, its two baselines and the results export. The score itself is the
// engine's (engine/session/score.h: `keystone-cli run` writes the same block); this file adds
// the baselines the results screen shows beside it, cached per game, and the JSON export.
#pragma once
#include <array>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "session/score.h"
#include "session/session.h"

namespace keystone::client {

using keystone::ScoreComponent;
using keystone::ScoreLine;
using keystone::ScoringRules;
using keystone::default_scoring;
using keystone::load_scoring;

// One baseline: the same scenario and seed played by other strategies, scored at the same month
// as the player's game.
struct BaselineScore {
    std::array<std::string, kRoleCount> strategies{};   // ids, per role
    std::array<std::string, kRoleCount> names{};        // the strategies' display names
    bool available = false;     // false if the baseline could not be played (the reason in `error`)
    std::string error;
    keystone::ScoreResult score;
};

struct ScoreResult : keystone::ScoreResult {
    Role role = Role::Operator;   // the role the score judges
    BaselineScore do_nothing, reference;
};

// The player's score and both baselines. Baseline games are played once per scenario, seed and
// strategy and kept, so calling this again as the game goes on only plays the new months.
ScoreResult compute_score(const ScoringRules& rules, const Session& session);

// The results document ("Export JSON"): stage timeline, final KPIs, score and baselines.
nlohmann::json results_document(const Session& session, const ScoreResult& score);
bool export_results(const Session& session, const ScoreResult& score, const std::string& path,
                    std::string* error);

}  // namespace keystone::client
