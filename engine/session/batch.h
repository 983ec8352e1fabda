// Monte Carlo batches: many games of the same scenarios and strategies over many seeds, run on
// worker threads, and the statistics that summarise them (quantiles, Wilson intervals, partial
// rank correlations). Results are ordered by job (scenario, strategy, seed), never by completion,
// so the output is the same whatever the number of threads or processes.
#pragma once
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "session/session.h"

namespace keystone {

// One game of a batch: which combination and seed, and what the summary needs from it.
struct GameResult {
    int combo = 0;                                 // index into BatchSpec::combos
    uint64_t seed = 0;
    std::array<int32_t, kStageCount> first_month{}; // first month (1-based) in each stage, 0: never
    std::vector<uint8_t> goals_met;                 // per scenario goal: 1 met, 0 missed, 2 undecided (game too short)
    std::vector<double> yearly;                     // years x indicators, row-major; year y = after month 12y
    std::vector<uint8_t> yearly_stage;              // stage at the end of each year
    std::vector<double> totals;                     // per BatchSpec::monthly_totals: summed over every month
    std::string error;                              // "" or why the game could not be played
};

// A scenario x strategy pair. `strategy` is the label ("" : the scenario's defaults); `roles`
// the strategy id for each role it plays (the caller resolves which roles a strategy declares).
struct BatchCombo {
    std::string scenario, strategy;
    std::array<std::string, kRoleCount> roles{};
    // Overrides of this combination only (a sweep point), applied after the batch-wide ones.
    std::vector<std::pair<std::string, double>> params, levers;
    // Starting values of the scenario (scenario_value_names(): region traits, starting counts).
    std::vector<std::pair<std::string, double>> scenario_values;
};

struct BatchSpec {
    SessionConfig base;                 // scripts, content dirs, parameter overrides
    std::vector<BatchCombo> combos;
    std::vector<uint64_t> seeds;
    int years = 0;                      // 0: each scenario's own length
    std::vector<std::pair<std::string, double>> lever_overrides;  // starting lever values
    std::vector<std::string> indicators;  // metric names sampled at the end of each year
    std::vector<std::string> monthly_totals;  // metric names summed over every month (GameResult::totals)
};

// The scenario's starting values a batch combination may set: region traits (0..1, clamped) and
// starting counts (rounded to the nearest whole number, at least 0).
const std::vector<std::string>& scenario_value_names();
// The value in the scenario, or false for an unknown name.
bool scenario_value(const ScenarioDef& scenario, const std::string& name, double* value);
bool set_scenario_value(ScenarioDef* scenario, const std::string& name, double value);

// The indicators sampled when a batch names none.
std::vector<std::string> default_batch_indicators();

// Plays one game (job index = combo * seeds + seed position). With `worker_session`, the game
// restarts that Session's Lua state (Session::restart; nullptr inside: a new Session) and leaves
// its own Session there for the worker's next game.
GameResult play_batch_game(const BatchSpec& spec, size_t job, std::unique_ptr<Session>* worker_session = nullptr);
size_t batch_job_count(const BatchSpec& spec);
// Runs jobs first..count-1 stepping by stride (a rank's round-robin share) on `threads` worker
// threads; the results are in job order. With `progress`, counts the games done and stops
// starting new ones once cancel is set (those left get the error "cancelled").
struct BatchProgress {
    std::atomic<size_t> done{0};
    std::atomic<bool> cancel{false};
};
std::vector<GameResult> run_batch_jobs(const BatchSpec& spec, size_t first, size_t stride, int threads,
                                       BatchProgress* progress = nullptr);
// The worker pool behind run_batch_jobs, for any kind of game (futures.h): plays jobs[i] with
// play(job, worker's Session slot) on `threads` threads (the calling thread is one of them) and
// returns the results in the order of `jobs`, whatever the order of completion.
using PlayJob = std::function<GameResult(size_t job, std::unique_ptr<Session>* worker_session)>;
std::vector<GameResult> run_jobs(const std::vector<size_t>& jobs, int threads, const PlayJob& play,
                                 BatchProgress* progress = nullptr);

// Compact encoding of results for passing between processes (MPI); decode returns false on bad data.
std::vector<double> encode_results(const std::vector<GameResult>& results);
bool decode_results(const std::vector<double>& data, std::vector<GameResult>* out);

// ---- Summary ------------------------------------------------------------------------------------
// What the JSON summary says of one combination, as numbers (the client draws its fan charts
// from it). Quantiles are at batch_quantiles() (5%, 25%, 50%, 75%, 95%); NaN where no game gives
// a value.
using QuantileRow = std::array<double, 5>;
const std::vector<double>& batch_quantiles();
struct StageSummary {
    double reached_share = 0.0;   // share of the games that ever reach the stage
    QuantileRow first_month{};    // first month in it, over the games that reach it
};
struct GoalSummary {
    int met = 0, decided = 0;     // games that reached the goal's year decide it
    double probability = 0.0;     // met / decided; NaN when none decided
    double low = 0.0, high = 1.0; // Wilson 95% interval
};
struct ComboSummary {
    size_t games = 0;             // games played without error
    int failed_games = 0;
    std::array<StageSummary, kStageCount> stages{};
    std::vector<GoalSummary> goals;
    std::vector<std::vector<QuantileRow>> indicators_by_year;   // [indicator][year]
};
// The summary of the results whose combo is `combo`, with `indicator_count` indicators a year.
ComboSummary summarize_combo(const std::vector<GameResult>& results, int combo, size_t indicator_count);

// The tidy CSV (one row per game and year) and the JSON summary, from results in job order.
std::string batch_csv(const BatchSpec& spec, const std::vector<GameResult>& results);
std::string batch_summary_json(const BatchSpec& spec, const std::vector<GameResult>& results);

// ---- Statistics ---------------------------------------------------------------------------------
// Quantile q of the values (linear interpolation between order statistics, R's type 7); NaN if empty.
double quantile(std::vector<double> values, double q);
// Wilson score interval for `successes` out of `n` at 95% (z = 1.959964); {0, 1} when n = 0.
std::pair<double, double> wilson_interval(int successes, int n);
// Ranks 1..n, ties given their mean rank.
std::vector<double> ranks(const std::vector<double>& values);
// Partial rank correlation of each input column with the output: inputs and output are rank-
// transformed, the other inputs are regressed out of both by least squares, and the residuals
// correlated. inputs[k] is column k (all the same length as output). 0 where undefined.
std::vector<double> partial_rank_correlations(const std::vector<std::vector<double>>& inputs, const std::vector<double>& output);

}  // namespace keystone
