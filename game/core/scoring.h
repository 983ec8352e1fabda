// End-of-scenario score and results export. The weights live in assets/scoring.json so a teacher
// can argue with them without a rebuild; the default weights favour long-term innovation
// (transformation, stage, culture, network) over short-term output (output value, occupancy).
// The score is a reading of the final state, not a rule of the simulation.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "session/session.h"

namespace keystone::client {

struct ScoreComponent {
    std::string id;        // also the string-table key "score.<id>"
    std::string metric;    // name understood by read_score_metric
    std::string horizon;   // "long" or "short"
    double weight = 0.0;
    double target = 1.0;   // value that earns the full weight
    int window_months = 12;  // averaged over the last months of history (noisy monthly flows)
    std::string reason;
};

struct ScoringRules {
    std::vector<ScoreComponent> components;
};

struct ScoreLine {
    ScoreComponent component;
    double value = 0.0;        // the metric's reading
    double attainment = 0.0;   // value / target, clamped to 0..1
    double points = 0.0;       // attainment x weight, scaled so all weights sum to 100
};

struct ScoreResult {
    double total = 0.0;        // 0..100
    double long_term = 0.0, short_term = 0.0;  // points from each horizon
    std::vector<ScoreLine> lines;
};

bool load_scoring(const std::string& path, ScoringRules* rules, std::string* error);
ScoringRules default_scoring();

// Reads a named metric from the session (see the list in scoring.cpp); false if unknown.
bool read_score_metric(const Session& session, const std::string& metric, int window_months, double* value);
ScoreResult compute_score(const ScoringRules& rules, const Session& session);

// The results document ("Export JSON"): stage timeline, final KPIs, score.
nlohmann::json results_document(const Session& session, const ScoreResult& score);
bool export_results(const Session& session, const ScoreResult& score, const std::string& path,
                    std::string* error);

}  // namespace keystone::client
