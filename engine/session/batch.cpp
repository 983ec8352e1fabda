// Monte Carlo batches: plays the jobs of a BatchSpec on worker threads (each job writes only its
// own slot, so the order of completion never shows), and turns the results into the tidy CSV and
// the JSON summary. Statistics (quantiles, Wilson intervals, PRCC) live at the end of the file.
#include "session/batch.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <thread>
#include <tuple>

#include <nlohmann/json.hpp>

#include "session/scenario_adjustments.h"
#include "sim/metric_table.h"

namespace keystone {

std::vector<std::string> default_batch_indicators() {
    return {"enterprises", "innovative_share", "patents", "products_launched", "output_value",
            "tax_revenue", "ties", "reputation", "talent_shortage"};
}

size_t batch_job_count(const BatchSpec& spec) { return spec.combos.size() * spec.seeds.size(); }

// ---- Scenario starting values -------------------------------------------------------------------

namespace {

struct ScenarioCount {
    const char* name;
    int ScenarioDef::*member;
};

const std::vector<ScenarioCount>& scenario_counts() {
    static const std::vector<ScenarioCount> counts = {
        {"institutes", &ScenarioDef::institutes},
        {"providers_in_park", &ScenarioDef::providers_in_park},
        {"providers_in_city", &ScenarioDef::providers_in_city},
        {"professional_funds", &ScenarioDef::professional_funds},
        {"nonprofessional_funds", &ScenarioDef::nonprofessional_funds},
        {"promotion_orgs", &ScenarioDef::promotion_orgs},
    };
    return counts;
}

}  // namespace

const std::vector<std::string>& scenario_value_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> list{"enterprises"};
        for (const ScenarioCount& count : scenario_counts()) list.push_back(count.name);
        for (const RegionTrait& trait : region_traits()) list.push_back(trait.id);
        return list;
    }();
    return names;
}

bool scenario_value(const ScenarioDef& scenario, const std::string& name, double* value) {
    if (name == "enterprises") { *value = scenario.enterprises.count; return true; }
    for (const ScenarioCount& count : scenario_counts())
        if (name == count.name) { *value = scenario.*count.member; return true; }
    for (const RegionTrait& trait : region_traits())
        if (name == trait.id) { *value = scenario.region.*trait.member; return true; }
    return false;
}

bool set_scenario_value(ScenarioDef* scenario, const std::string& name, double value) {
    const int rounded = int(std::max(0.0, value) + 0.5);
    if (name == "enterprises") { scenario->enterprises.count = rounded; return true; }
    for (const ScenarioCount& count : scenario_counts())
        if (name == count.name) { scenario->*count.member = rounded; return true; }
    for (const RegionTrait& trait : region_traits())
        if (name == trait.id) { scenario->region.*trait.member = std::clamp(value, 0.0, 1.0); return true; }
    return false;
}

// ---- Playing ------------------------------------------------------------------------------------

GameResult play_batch_game(const BatchSpec& spec, size_t job, std::unique_ptr<Session>* worker_session) {
    GameResult r;
    r.combo = int(job / spec.seeds.size());
    r.seed = spec.seeds[job % spec.seeds.size()];
    const BatchCombo& combo = spec.combos[size_t(r.combo)];
    SessionConfig config = spec.base;
    config.scenario_id = combo.scenario;
    config.seed = r.seed;
    config.years = spec.years;
    config.strategies = combo.roles;
    config.hash_every_month = false;  // a batch result reads no hash
    config.param_overrides.insert(config.param_overrides.end(), combo.params.begin(), combo.params.end());
    auto overrides = spec.lever_overrides;
    overrides.insert(overrides.end(), combo.levers.begin(), combo.levers.end());
    if (!overrides.empty() || !combo.scenario_values.empty()) {
        auto previous = config.adjust_scenario;
        config.adjust_scenario = [previous, overrides, starts = combo.scenario_values](ScenarioDef& scenario) {
            if (previous) previous(scenario);
            for (const auto& [name, value] : starts) set_scenario_value(&scenario, name, value);
            for (const auto& [name, value] : overrides) {
                Lever lever;
                if (lever_from_name(name, &lever)) scenario.levers[size_t(lever)] = value;
            }
        };
    }
    std::string error;
    std::unique_ptr<Session> session =
        worker_session ? Session::restart(std::move(*worker_session), config, &error) : Session::create(config, &error);
    if (!session) {
        r.error = error;
        return r;
    }
    const size_t indicators = spec.indicators.size();
    r.totals.assign(spec.monthly_totals.size(), 0.0);
    for (int month = 1; !session->finished(); ++month) {
        session->step();
        const World& world = session->world();
        for (size_t k = 0; k < spec.monthly_totals.size(); ++k) {
            double value = 0.0;
            read_metric(world, spec.monthly_totals[k], &value);
            r.totals[k] += value;
        }
        const int stage = int(world.stage.stage);
        if (r.first_month[size_t(stage)] == 0) r.first_month[size_t(stage)] = month;
        if (month % 12 != 0) continue;
        r.yearly_stage.push_back(uint8_t(stage));
        for (size_t k = 0; k < indicators; ++k) {
            double value = 0.0;
            read_metric(world, spec.indicators[k], &value);
            r.yearly.push_back(value);
        }
    }
    for (const Session::GoalStatus& goal : session->goal_status()) r.goals_met.push_back(!goal.decided ? 2 : goal.met ? 1 : 0);
    if (worker_session) *worker_session = std::move(session);
    return r;
}

std::vector<GameResult> run_jobs(const std::vector<size_t>& jobs, int threads, const PlayJob& play, BatchProgress* progress) {
    std::vector<GameResult> results(jobs.size());
    std::atomic<size_t> next{0};
    // Each worker keeps its Session between games (Session::restart loads and compiles the
    // scripts once per worker) and writes only its own slots of `results`.
    auto worker = [&]() {
        std::unique_ptr<Session> session;
        for (size_t i = next++; i < jobs.size(); i = next++) {
            if (progress && progress->cancel) {
                results[i].error = "cancelled";
                continue;
            }
            results[i] = play(jobs[i], &session);
            if (progress) ++progress->done;
        }
    };
    const int count = std::max(1, std::min<int>(threads, int(jobs.size())));
    std::vector<std::thread> pool;
    for (int t = 1; t < count; ++t) pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool) t.join();
    return results;
}

std::vector<GameResult> run_batch_jobs(const BatchSpec& spec, size_t first, size_t stride, int threads, BatchProgress* progress) {
    std::vector<size_t> jobs;
    for (size_t job = first; job < batch_job_count(spec); job += std::max<size_t>(1, stride)) jobs.push_back(job);
    return run_jobs(
        jobs, threads, [&spec](size_t job, std::unique_ptr<Session>* session) { return play_batch_game(spec, job, session); },
        progress);
}

// ---- Passing results between processes ----------------------------------------------------------
// Every field as a double (seeds are at most 2^53, which doubles hold exactly); strings as one
// code unit per double. Lengths precede each list.

std::vector<double> encode_results(const std::vector<GameResult>& results) {
    std::vector<double> out{double(results.size())};
    auto list = [&out](const auto& values) {
        out.push_back(double(values.size()));
        for (const auto& v : values) out.push_back(double(v));
    };
    for (const GameResult& r : results) {
        out.push_back(r.combo);
        out.push_back(double(r.seed));
        for (int32_t m : r.first_month) out.push_back(m);
        list(r.goals_met);
        list(r.yearly);
        list(r.yearly_stage);
        list(r.totals);
        std::vector<uint8_t> error(r.error.begin(), r.error.end());
        list(error);
    }
    return out;
}

bool decode_results(const std::vector<double>& data, std::vector<GameResult>* out) {
    size_t at = 0;
    auto take = [&](double* v) {
        if (at >= data.size()) return false;
        *v = data[at++];
        return true;
    };
    auto list = [&](auto* values) {
        double n = 0;
        if (!take(&n) || n < 0 || n > double(data.size() - at)) return false;
        values->resize(size_t(n));
        for (auto& v : *values) {
            double x = 0;
            take(&x);
            v = static_cast<std::remove_reference_t<decltype(v)>>(x);
        }
        return true;
    };
    double count = 0;
    if (!take(&count) || count < 0) return false;
    for (size_t i = 0; i < size_t(count); ++i) {
        GameResult r;
        double combo = 0, seed = 0;
        if (!take(&combo) || !take(&seed)) return false;
        r.combo = int(combo);
        r.seed = uint64_t(seed);
        for (int32_t& m : r.first_month) {
            double x = 0;
            if (!take(&x)) return false;
            m = int32_t(x);
        }
        std::vector<uint8_t> error;
        if (!list(&r.goals_met) || !list(&r.yearly) || !list(&r.yearly_stage) || !list(&r.totals) || !list(&error)) return false;
        r.error.assign(error.begin(), error.end());
        out->push_back(std::move(r));
    }
    return at == data.size();
}

// ---- Outputs ------------------------------------------------------------------------------------

namespace {

const std::vector<double> kQuantiles = {0.05, 0.25, 0.5, 0.75, 0.95};

std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

QuantileRow quantile_row(const std::vector<double>& values) {
    QuantileRow row{};
    for (size_t i = 0; i < row.size(); ++i) row[i] = quantile(values, kQuantiles[i]);
    return row;
}

nlohmann::ordered_json quantile_json(const QuantileRow& row) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (double v : row) {
        if (std::isnan(v)) out.push_back(nullptr);
        else out.push_back(v);
    }
    return out;
}

}  // namespace

const std::vector<double>& batch_quantiles() { return kQuantiles; }

ComboSummary summarize_combo(const std::vector<GameResult>& results, int combo, size_t indicator_count) {
    ComboSummary summary;
    std::vector<const GameResult*> games;
    for (const GameResult& r : results)
        if (r.combo == combo) {
            if (r.error.empty()) games.push_back(&r);
            else ++summary.failed_games;
        }
    summary.games = games.size();
    for (int s = 0; s < kStageCount; ++s) {
        std::vector<double> months;
        for (const GameResult* g : games)
            if (g->first_month[size_t(s)] > 0) months.push_back(g->first_month[size_t(s)]);
        StageSummary& stage = summary.stages[size_t(s)];
        stage.reached_share = games.empty() ? 0.0 : double(months.size()) / double(games.size());
        stage.first_month = quantile_row(months);
    }
    const size_t goal_count = games.empty() ? 0 : games.front()->goals_met.size();
    for (size_t gi = 0; gi < goal_count; ++gi) {
        // Only games that reached the goal's year decide it (a shorter --years leaves it open).
        GoalSummary goal;
        for (const GameResult* g : games)
            if (gi < g->goals_met.size() && g->goals_met[gi] != 2) {
                ++goal.decided;
                goal.met += g->goals_met[gi];
            }
        goal.probability = goal.decided > 0 ? double(goal.met) / double(goal.decided) : std::numeric_limits<double>::quiet_NaN();
        std::tie(goal.low, goal.high) = wilson_interval(goal.met, goal.decided);
        summary.goals.push_back(goal);
    }
    // Quantiles by year over the games that lasted that long.
    size_t years = 0;
    for (const GameResult* g : games) years = std::max(years, g->yearly_stage.size());
    summary.indicators_by_year.assign(indicator_count, {});
    for (size_t i = 0; i < indicator_count; ++i)
        for (size_t y = 0; y < years; ++y) {
            std::vector<double> values;
            for (const GameResult* g : games)
                if (y < g->yearly_stage.size()) values.push_back(g->yearly[y * indicator_count + i]);
            summary.indicators_by_year[i].push_back(quantile_row(values));
        }
    return summary;
}

std::string batch_csv(const BatchSpec& spec, const std::vector<GameResult>& results) {
    std::string out = "scenario,strategy,seed,year,stage";
    for (const std::string& name : spec.indicators) out += "," + name;
    out += "\n";
    const size_t k = spec.indicators.size();
    for (const GameResult& r : results) {
        const BatchCombo& combo = spec.combos[size_t(r.combo)];
        for (size_t y = 0; y < r.yearly_stage.size(); ++y) {
            out += combo.scenario + "," + (combo.strategy.empty() ? "default" : combo.strategy) + "," + std::to_string(r.seed) + "," +
                   std::to_string(y + 1) + "," + stage_name(Stage(r.yearly_stage[y]));
            for (size_t i = 0; i < k; ++i) out += "," + number(r.yearly[y * k + i]);
            out += "\n";
        }
    }
    return out;
}

std::string batch_summary_json(const BatchSpec& spec, const std::vector<GameResult>& results) {
    nlohmann::ordered_json doc;
    doc["format"] = "keystone-batch-summary";
    doc["format_version"] = 1;
    doc["seeds"] = spec.seeds.size();
    doc["years"] = spec.years;
    doc["quantiles"] = kQuantiles;
    nlohmann::ordered_json overrides = nlohmann::ordered_json::object();
    for (const auto& [name, value] : spec.base.param_overrides) overrides[name] = value;
    doc["param_overrides"] = overrides;
    overrides = nlohmann::ordered_json::object();
    for (const auto& [name, value] : spec.lever_overrides) overrides[name] = value;
    doc["lever_overrides"] = overrides;
    doc["indicators"] = spec.indicators;
    doc["results"] = nlohmann::ordered_json::array();
    const size_t k = spec.indicators.size();
    for (size_t c = 0; c < spec.combos.size(); ++c) {
        const ComboSummary summary = summarize_combo(results, int(c), k);
        nlohmann::ordered_json entry;
        entry["scenario"] = spec.combos[c].scenario;
        entry["strategy"] = spec.combos[c].strategy.empty() ? "default" : spec.combos[c].strategy;
        entry["games"] = summary.games;
        entry["failed_games"] = summary.failed_games;
        // Stage dates: the share of seeds that ever reach the stage, and the quantiles of the first
        // month in it over those that do.
        nlohmann::ordered_json stages = nlohmann::ordered_json::object();
        for (int s = 0; s < kStageCount; ++s) {
            nlohmann::ordered_json stage;
            stage["reached_share"] = summary.stages[size_t(s)].reached_share;
            stage["first_month_quantiles"] = quantile_json(summary.stages[size_t(s)].first_month);
            stages[stage_name(Stage(s))] = stage;
        }
        entry["stages"] = stages;
        // Goals: probability with the Wilson 95% interval.
        nlohmann::ordered_json goals = nlohmann::ordered_json::array();
        for (size_t gi = 0; gi < summary.goals.size(); ++gi) {
            const GoalSummary& g = summary.goals[gi];
            nlohmann::ordered_json goal;
            goal["goal"] = gi;
            goal["decided"] = g.decided;
            goal["met"] = g.met;
            if (g.decided > 0) goal["probability"] = g.probability;
            else goal["probability"] = nullptr;
            goal["ci95"] = {g.low, g.high};
            goals.push_back(goal);
        }
        entry["goals"] = goals;
        // Indicators by year: quantiles over the games that lasted that long (fan charts).
        nlohmann::ordered_json fans = nlohmann::ordered_json::object();
        for (size_t i = 0; i < k; ++i) {
            nlohmann::ordered_json by_year = nlohmann::ordered_json::array();
            for (const QuantileRow& row : summary.indicators_by_year[i]) by_year.push_back(quantile_json(row));
            fans[spec.indicators[i]] = by_year;
        }
        entry["indicators_by_year"] = fans;
        doc["results"].push_back(entry);
    }
    return doc.dump(1) + "\n";
}

// ---- Statistics ---------------------------------------------------------------------------------

double quantile(std::vector<double> values, double q) {
    if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const double h = (double(values.size()) - 1.0) * q;
    const size_t lo = size_t(std::floor(h));
    const size_t hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
}

std::pair<double, double> wilson_interval(int successes, int n) {
    if (n <= 0) return {0.0, 1.0};
    const double z = 1.959963984540054;
    const double p = double(successes) / n, z2n = z * z / n;
    const double centre = (p + z2n / 2.0) / (1.0 + z2n);
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2n / (4.0 * n)) / (1.0 + z2n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

std::vector<double> ranks(const std::vector<double>& values) {
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> out(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
        const double mean_rank = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t m = i; m <= j; ++m) out[order[m]] = mean_rank;
        i = j + 1;
    }
    return out;
}

namespace {

// Residuals of y after least squares on the columns of x plus an intercept (normal equations,
// Gaussian elimination with partial pivoting; a singular column is dropped).
std::vector<double> residuals(const std::vector<std::vector<double>>& x, const std::vector<double>& y) {
    const size_t n = y.size(), p = x.size() + 1;
    auto column = [&](size_t j, size_t i) { return j == 0 ? 1.0 : x[j - 1][i]; };
    std::vector<std::vector<double>> a(p, std::vector<double>(p + 1, 0.0));
    for (size_t r = 0; r < p; ++r) {
        for (size_t c = 0; c < p; ++c)
            for (size_t i = 0; i < n; ++i) a[r][c] += column(r, i) * column(c, i);
        for (size_t i = 0; i < n; ++i) a[r][p] += column(r, i) * y[i];
    }
    std::vector<double> beta(p, 0.0);
    std::vector<bool> used(p, false);
    std::vector<size_t> pivot_row(p, p);
    for (size_t c = 0, row = 0; c < p && row < p; ++c) {
        size_t best = row;
        for (size_t r = row + 1; r < p; ++r)
            if (std::fabs(a[r][c]) > std::fabs(a[best][c])) best = r;
        if (std::fabs(a[best][c]) < 1e-12) continue;
        std::swap(a[row], a[best]);
        for (size_t r = 0; r < p; ++r) {
            if (r == row) continue;
            const double f = a[r][c] / a[row][c];
            for (size_t k = c; k <= p; ++k) a[r][k] -= f * a[row][k];
        }
        used[c] = true;
        pivot_row[c] = row++;
    }
    for (size_t c = 0; c < p; ++c)
        if (used[c]) beta[c] = a[pivot_row[c]][p] / a[pivot_row[c]][c];
    std::vector<double> out(n);
    for (size_t i = 0; i < n; ++i) {
        double fit = 0.0;
        for (size_t j = 0; j < p; ++j) fit += beta[j] * column(j, i);
        out[i] = y[i] - fit;
    }
    return out;
}

double correlation(const std::vector<double>& a, const std::vector<double>& b) {
    const double n = double(a.size());
    if (a.size() < 2) return 0.0;
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n, mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

}  // namespace

std::vector<double> partial_rank_correlations(const std::vector<std::vector<double>>& inputs, const std::vector<double>& output) {
    std::vector<std::vector<double>> ranked;
    for (const auto& column : inputs) ranked.push_back(ranks(column));
    const std::vector<double> ranked_output = ranks(output);
    std::vector<double> out;
    for (size_t k = 0; k < ranked.size(); ++k) {
        std::vector<std::vector<double>> others;
        for (size_t j = 0; j < ranked.size(); ++j)
            if (j != k) others.push_back(ranked[j]);
        out.push_back(correlation(residuals(others, ranked[k]), residuals(others, ranked_output)));
    }
    return out;
}

}  // namespace keystone
