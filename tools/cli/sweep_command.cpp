// `keystone-cli batch --sweep FILE`: samples parameters and levers over ranges (a full grid or a
// seeded Latin hypercube), plays each point over the same seeds, and reports each factor's
// effect on the chosen outcomes: one-at-a-time elasticities (each factor raised by a step from
// the shipped value, paired seeds) and partial rank correlations over the sampled points.
// Sweep files are JSON: the engine already reads JSON for assets and saves, and a sweep is data,
// not behaviour, so it needs none of Lua's power (nor a script sandbox to run it).
#include <cmath>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "batch_command.h"
#include "io/json_file.h"
#include "run_command.h"
#include "sim/metric_table.h"

namespace keystone::cli {

namespace {

struct Factor {
    std::string name;
    bool lever = false;
    double min = 0, max = 0, shipped = 0;
};

// SplitMix64: a small seeded generator for the sample design (never the simulation's streams).
struct DesignRng {
    uint64_t state;
    double uniform() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return double((z ^ (z >> 31)) >> 11) * 0x1.0p-53;
    }
};

// Latin hypercube: each factor's range cut into `points` equal strata, one sample per stratum,
// strata shuffled independently per factor (Fisher-Yates).
std::vector<std::vector<double>> latin_hypercube(const std::vector<Factor>& factors, int points, uint64_t seed) {
    DesignRng rng{seed};
    std::vector<std::vector<double>> design(size_t(points), std::vector<double>(factors.size()));
    for (size_t f = 0; f < factors.size(); ++f) {
        std::vector<int> strata(static_cast<size_t>(points));
        for (int i = 0; i < points; ++i) strata[size_t(i)] = i;
        for (int i = points - 1; i > 0; --i) std::swap(strata[size_t(i)], strata[size_t(std::min(i, int(rng.uniform() * (i + 1))))]);
        for (int i = 0; i < points; ++i)
            design[size_t(i)][f] = factors[f].min + (strata[size_t(i)] + rng.uniform()) / points * (factors[f].max - factors[f].min);
    }
    return design;
}

std::vector<std::vector<double>> grid(const std::vector<Factor>& factors, int levels) {
    std::vector<std::vector<double>> design{{}};
    for (const Factor& f : factors) {
        std::vector<std::vector<double>> next;
        for (const auto& row : design)
            for (int l = 0; l < levels; ++l) {
                auto r = row;
                r.push_back(levels == 1 ? (f.min + f.max) / 2 : f.min + (f.max - f.min) * l / (levels - 1));
                next.push_back(r);
            }
        design = next;
    }
    return design;
}

BatchCombo point_combo(const BatchCombo& base, const std::vector<Factor>& factors, const std::vector<double>& values) {
    BatchCombo combo = base;
    for (size_t f = 0; f < factors.size(); ++f)
        (factors[f].lever ? combo.levers : combo.params).push_back({factors[f].name, values[f]});
    return combo;
}

}  // namespace

int sweep_command(const std::string& sweep_path, BatchSpec spec, int threads, bool mpi, const std::string& out_path) {
    auto fail = [&](const std::string& why) {
        std::cerr << "keystone-cli batch --sweep " << sweep_path << ": " << why << "\n";
        mpi_finish();
        return 2;
    };
    nlohmann::json doc;
    std::string error;
    if (!read_json_file(sweep_path, "sweep file", 16u << 20, &doc, &error)) return fail(error);
    if (!doc.is_object()) return fail("the file must hold a JSON object");
    auto text = [&](const char* field, const std::string& fallback) {
        return doc.contains(field) && doc[field].is_string() ? doc[field].get<std::string>() : fallback;
    };
    auto integer = [&](const char* field, int fallback, int low, int high, int* out) {
        *out = fallback;
        if (!doc.contains(field)) return true;
        if (!doc[field].is_number_integer() || doc[field].get<int>() < low || doc[field].get<int>() > high) return false;
        *out = doc[field].get<int>();
        return true;
    };
    const std::string scenario = text("scenario", ""), strategy = text("strategy", "default"), design_kind = text("design", "lhs");
    if (scenario.empty()) return fail("field 'scenario' (a scenario id) is required");
    if (design_kind != "lhs" && design_kind != "grid") return fail("field 'design' must be \"lhs\" or \"grid\"");
    int seeds = 0, points = 0, levels = 0, sample_seed = 0;
    if (!integer("seeds", 4, 1, 1000, &seeds)) return fail("field 'seeds' must be an integer from 1 to 1000");
    if (!integer("points", 20, 3, 100000, &points)) return fail("field 'points' must be an integer from 3 to 100000");
    if (!integer("levels", 3, 1, 100, &levels)) return fail("field 'levels' must be an integer from 1 to 100");
    if (!integer("sample_seed", 1, 0, 1 << 30, &sample_seed)) return fail("field 'sample_seed' must be a non-negative integer");
    if (!integer("years", 10, 1, kMaxYears, &spec.years)) return fail("field 'years' must be an integer from 1 to " + std::to_string(kMaxYears));
    double step = 0.2;
    if (doc.contains("elasticity_step")) {
        if (!doc["elasticity_step"].is_number() || !(doc["elasticity_step"].get<double>() > 0 && doc["elasticity_step"].get<double>() <= 1))
            return fail("field 'elasticity_step' must be a number in (0, 1]");
        step = doc["elasticity_step"].get<double>();
    }
    if (!doc.contains("outputs") || !doc["outputs"].is_array() || doc["outputs"].empty()) return fail("field 'outputs' must list metric names");
    for (const auto& o : doc["outputs"]) {
        if (!o.is_string() || !metric_exists(o.get<std::string>())) return fail("outputs: unknown metric " + o.dump() + " (docs/outputs.md lists them)");
        spec.indicators.push_back(o.get<std::string>());
    }
    for (int s = 1; s <= seeds; ++s) spec.seeds.push_back(uint64_t(s));
    if (const std::string e = resolve_combos(&spec, {scenario}, {strategy}); !e.empty()) return fail(e);
    const BatchCombo base_combo = spec.combos.front();
    spec.combos.clear();

    // Factors: each names a parameter or a lever, with a range; the shipped value is the point
    // the one-at-a-time elasticity raises.
    SessionConfig probe_config = spec.base;
    probe_config.scenario_id = scenario;
    auto probe = Session::create(probe_config, &error);
    if (!probe) return fail(error);
    std::vector<Factor> factors;
    if (!doc.contains("factors") || !doc["factors"].is_array() || doc["factors"].empty()) return fail("field 'factors' must list {param|lever, min, max}");
    for (size_t i = 0; i < doc["factors"].size(); ++i) {
        const auto& f = doc["factors"][i];
        const std::string where = "factors[" + std::to_string(i) + "]";
        Factor factor;
        if (!f.is_object() || !f.contains("min") || !f.contains("max") || !f["min"].is_number() || !f["max"].is_number())
            return fail(where + " needs numbers 'min' and 'max'");
        factor.min = f["min"].get<double>();
        factor.max = f["max"].get<double>();
        if (!(factor.min <= factor.max)) return fail(where + ": 'min' must not exceed 'max'");
        if (f.contains("param") && f["param"].is_string()) {
            factor.name = f["param"].get<std::string>();
            Params params = probe->params();
            const double* slot = param_slot(params, factor.name);
            if (!slot) return fail(where + ": unknown parameter '" + factor.name + "' (scripts/params.lua lists them)");
            factor.shipped = *slot;
        } else if (f.contains("lever") && f["lever"].is_string()) {
            factor.name = f["lever"].get<std::string>();
            factor.lever = true;
            Lever lever;
            if (!lever_from_name(factor.name, &lever)) return fail(where + ": unknown lever '" + factor.name + "' (docs/levers.md lists them)");
            factor.shipped = probe->scenario().levers[size_t(lever)];
        } else return fail(where + " needs 'param' or 'lever' (a name)");
        factors.push_back(factor);
    }
    const auto design = design_kind == "grid" ? grid(factors, levels) : latin_hypercube(factors, points, uint64_t(sample_seed));
    if (design.size() > 100000) return fail("the grid has " + std::to_string(design.size()) + " points (at most 100000)");

    // Combos: 0 the shipped game, 1..F each factor raised by the step, then the design points.
    spec.combos.push_back(base_combo);
    for (size_t f = 0; f < factors.size(); ++f) {
        BatchCombo raised = base_combo;
        (factors[f].lever ? raised.levers : raised.params).push_back({factors[f].name, factors[f].shipped * (1 + step)});
        spec.combos.push_back(raised);
    }
    for (const auto& values : design) spec.combos.push_back(point_combo(base_combo, factors, values));

    bool root = true;
    std::vector<GameResult> results;
    if (!play_games(spec, threads, mpi, &results, &root, &error)) return fail(error);
    if (!root) return 0;
    const size_t k = spec.indicators.size(), n_seeds = spec.seeds.size();
    // The outcome of a game: each output at the end of its last full year.
    auto final_value = [&](const GameResult& r, size_t o) {
        return r.yearly_stage.empty() ? 0.0 : r.yearly[(r.yearly_stage.size() - 1) * k + o];
    };
    for (const GameResult& r : results)
        if (!r.error.empty()) return fail("seed " + std::to_string(r.seed) + ": " + r.error);

    nlohmann::ordered_json out;
    out["format"] = "keystone-sweep";
    out["scenario"] = scenario;
    out["strategy"] = strategy;
    out["design"] = design_kind;
    out["seeds"] = seeds;
    out["years"] = spec.years;
    out["elasticity_step"] = step;
    out["outputs"] = spec.indicators;
    nlohmann::ordered_json factor_list = nlohmann::ordered_json::array();
    for (const Factor& f : factors)
        factor_list.push_back({{f.lever ? "lever" : "param", f.name}, {"min", f.min}, {"max", f.max}, {"shipped", f.shipped}});
    out["factors"] = factor_list;

    // One-at-a-time elasticities, paired by seed (as `keystone-cli elasticity` does).
    std::vector<std::vector<double>> elasticity(factors.size(), std::vector<double>(k, 0.0));
    for (size_t f = 0; f < factors.size(); ++f)
        for (size_t o = 0; o < k; ++o) {
            for (size_t s = 0; s < n_seeds; ++s) {
                const double base = final_value(results[s], o), raised = final_value(results[(1 + f) * n_seeds + s], o);
                elasticity[f][o] += (base != 0.0 ? (raised / base - 1.0) / step : 0.0) / double(n_seeds);
            }
        }
    // PRCC over the design points: each point's outcome is its mean over the seeds.
    const size_t first_point = 1 + factors.size();
    std::vector<std::vector<double>> inputs(factors.size());
    std::vector<std::vector<double>> outcomes(k);
    nlohmann::ordered_json point_list = nlohmann::ordered_json::array();
    for (size_t p = 0; p < design.size(); ++p) {
        nlohmann::ordered_json point;
        point["values"] = design[p];
        std::vector<double> means(k, 0.0);
        for (size_t s = 0; s < n_seeds; ++s)
            for (size_t o = 0; o < k; ++o) means[o] += final_value(results[(first_point + p) * n_seeds + s], o) / double(n_seeds);
        point["mean_outputs"] = means;
        point_list.push_back(point);
        for (size_t f = 0; f < factors.size(); ++f) inputs[f].push_back(design[p][f]);
        for (size_t o = 0; o < k; ++o) outcomes[o].push_back(means[o]);
    }
    std::vector<std::vector<double>> prcc(k);
    for (size_t o = 0; o < k; ++o) prcc[o] = partial_rank_correlations(inputs, outcomes[o]);
    nlohmann::ordered_json effects = nlohmann::ordered_json::array();
    std::printf("Sweep %s (%s), %s design, %zu points x %d seeds, %d years; elasticity step +%.0f%%\n\n",
                scenario.c_str(), strategy.c_str(), design_kind.c_str(), design.size(), seeds, spec.years, step * 100);
    std::printf("| factor | output | elasticity | PRCC |\n|---|---|---|---|\n");
    for (size_t f = 0; f < factors.size(); ++f)
        for (size_t o = 0; o < k; ++o) {
            // A factor shipped at 0 cannot be raised by a share: its elasticity is undefined.
            const bool defined = factors[f].shipped != 0.0;
            nlohmann::ordered_json effect = {{"factor", factors[f].name}, {"output", spec.indicators[o]}, {"elasticity", nullptr}, {"prcc", prcc[o][f]}};
            if (defined) effect["elasticity"] = elasticity[f][o];
            effects.push_back(effect);
            char shown[32] = "n/a (shipped 0)";
            if (defined) std::snprintf(shown, sizeof shown, "%+.2f", elasticity[f][o]);
            std::printf("| %s | %s | %s | %+.2f |\n", factors[f].name.c_str(), spec.indicators[o].c_str(), shown, prcc[o][f]);
        }
    out["effects"] = effects;
    out["points"] = point_list;
    const std::string json = out.dump(1) + "\n";
    if (!out_path.empty() && !write_atomic(out_path, json, &error)) return fail(error);
    return 0;
}

}  // namespace keystone::cli
