// The sweep runner behind `keystone-cli batch --sweep FILE` and `keystone-cli elasticity`: a
// sweep document (JSON) is read into a plan, its games are played by the batch runner, and each
// factor's effect on each output is computed (one-at-a-time elasticities, PRCC over the design).
// The elasticity command is a front end that writes a sweep document; both share this runner.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "session/batch.h"

namespace keystone::cli {

// What a factor moves: a parameter, a starting lever value, or a starting value of the scenario
// (scenario_value_names()).
struct SweepTarget {
    enum class Kind { Param, Lever, Scenario } kind = Kind::Param;
    std::string name;
    double shipped = 0.0;   // the value the scenario and parameters give it
};

// One factor: a single target swept over [min, max], or a "scale" that multiplies several
// targets together by its value (shipped 1: a raise of 20% raises each target by 20%).
struct SweepFactor {
    std::string name;
    std::vector<SweepTarget> targets;
    bool scale = false;
    double min = 0.0, max = 0.0, shipped = 0.0;
};

// An outcome of a game: a metric at the end of the last full year, or summed over every month
// (`summed`), optionally divided by the game's firm-months (`per_firm_month`).
struct SweepOutput {
    std::string metric;
    bool summed = false, per_firm_month = false;
    std::string label() const;  // "patents", "sum of research_outputs per firm-month", ...
};

struct SweepPlan {
    std::string scenario, strategy = "default", design = "lhs";  // design: lhs, grid or none
    int seeds = 4, points = 20, levels = 3, sample_seed = 1;
    double step = 0.2;                       // the one-at-a-time raise (+20%)
    std::vector<SweepOutput> outputs;
    std::vector<SweepFactor> factors;
    std::vector<std::vector<double>> design_points;  // factor values per point (empty for "none")
};

struct SweepResult {
    // elasticity[f][o], paired by seed; NaN where a factor's shipped value is 0 (undefined).
    std::vector<std::vector<double>> elasticity;
    std::vector<std::vector<double>> prcc;        // prcc[o][f] over the design points (empty: none)
    std::vector<std::vector<double>> point_means; // per design point, each output's mean over seeds
};

// Reads a sweep document into a plan and the batch spec that plays it (spec.base: scripts,
// content, parameter overrides from the caller); false with *error naming the bad field.
bool plan_sweep(const nlohmann::json& doc, BatchSpec* spec, SweepPlan* plan, std::string* error);
// Plays the plan's games (threads, MPI ranks) and computes the effects. *is_root false: an MPI
// rank other than 0, which has nothing to report.
bool run_sweep(const SweepPlan& plan, const BatchSpec& spec, int threads, bool mpi, SweepResult* result, bool* is_root,
               std::string* error);
// The sweep's JSON output (format "keystone-sweep").
nlohmann::ordered_json sweep_json(const SweepPlan& plan, const BatchSpec& spec, const SweepResult& result);

}  // namespace keystone::cli
