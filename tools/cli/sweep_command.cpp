// `keystone-cli batch --sweep FILE` and the sweep runner (sweep.h): samples parameters, levers
// and scenario starting values over ranges (a full grid or a seeded Latin hypercube), plays each
// point over the same seeds, and reports each factor's effect on the chosen outcomes: one-at-a-
// time elasticities (each factor raised by a step from the shipped value, paired seeds) and
// partial rank correlations over the sampled points. `keystone-cli elasticity` runs through here.
// Sweep files are JSON: the engine already reads JSON for assets and saves, and a sweep is data,
// not behaviour, so it needs none of Lua's power (nor a script sandbox to run it).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "batch_command.h"
#include "io/json_file.h"
#include "run_command.h"
#include "sim/metric_table.h"
#include "sweep.h"

namespace keystone::cli {

namespace {

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
std::vector<std::vector<double>> latin_hypercube(const std::vector<SweepFactor>& factors, int points, uint64_t seed) {
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

std::vector<std::vector<double>> grid(const std::vector<SweepFactor>& factors, int levels) {
    std::vector<std::vector<double>> design{{}};
    for (const SweepFactor& f : factors) {
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

// The combination that plays the factors at these values (shipped plan: every factor at its
// shipped value gives the base combination itself).
BatchCombo point_combo(const BatchCombo& base, const std::vector<SweepFactor>& factors, const std::vector<double>& values) {
    BatchCombo combo = base;
    for (size_t f = 0; f < factors.size(); ++f)
        for (const SweepTarget& target : factors[f].targets) {
            const double value = factors[f].scale ? target.shipped * values[f] : values[f];
            auto& list = target.kind == SweepTarget::Kind::Param ? combo.params
                       : target.kind == SweepTarget::Kind::Lever ? combo.levers
                                                                 : combo.scenario_values;
            list.push_back({target.name, value});
        }
    return combo;
}

const char* kind_key(SweepTarget::Kind kind) {
    return kind == SweepTarget::Kind::Param ? "param" : kind == SweepTarget::Kind::Lever ? "lever" : "scenario";
}

// Reads {"param"|"lever"|"scenario": NAME} into a target with its shipped value; "" or why not.
std::string read_target(const nlohmann::json& f, const Session& probe, SweepTarget* target) {
    for (auto kind : {SweepTarget::Kind::Param, SweepTarget::Kind::Lever, SweepTarget::Kind::Scenario}) {
        const char* key = kind_key(kind);
        if (!f.contains(key)) continue;
        if (!f[key].is_string()) return std::string("'") + key + "' must be a name";
        target->kind = kind;
        target->name = f[key].get<std::string>();
        if (kind == SweepTarget::Kind::Param) {
            Params params = probe.params();
            const double* slot = param_slot(params, target->name);
            if (!slot) return "unknown parameter '" + target->name + "' (scripts/params.lua lists them)";
            target->shipped = *slot;
        } else if (kind == SweepTarget::Kind::Lever) {
            Lever lever;
            if (!lever_from_name(target->name, &lever)) return "unknown lever '" + target->name + "' (docs/levers.md lists them)";
            target->shipped = probe.scenario().levers[size_t(lever)];
        } else if (!scenario_value(probe.scenario(), target->name, &target->shipped)) {
            std::string known;
            for (const std::string& name : scenario_value_names()) known += (known.empty() ? "" : ", ") + name;
            return "unknown scenario value '" + target->name + "' (one of " + known + ")";
        }
        return "";
    }
    return "needs 'param', 'lever' or 'scenario' (a name), or 'scale' (a list of them)";
}

std::string read_output(const nlohmann::json& o, SweepOutput* output) {
    if (o.is_string()) output->metric = o.get<std::string>();
    else if (o.is_object() && o.contains("metric") && o["metric"].is_string()) {
        output->metric = o["metric"].get<std::string>();
        for (const char* flag : {"summed", "per_firm_month"}) {
            if (!o.contains(flag)) continue;
            if (!o[flag].is_boolean()) return std::string("'") + flag + "' must be true or false";
            (std::string(flag) == "summed" ? output->summed : output->per_firm_month) = o[flag].get<bool>();
        }
    } else return "must be a metric name or {\"metric\": NAME, \"summed\": BOOL, \"per_firm_month\": BOOL}";
    if (!metric_exists(output->metric)) return "unknown metric '" + output->metric + "' (docs/outputs.md lists them)";
    return "";
}

// The outcome of one game for one output.
double outcome(const SweepPlan& plan, const BatchSpec& spec, const GameResult& r, size_t o) {
    const SweepOutput& output = plan.outputs[o];
    const size_t k = spec.indicators.size();
    double value = 0.0;
    if (output.summed) {
        const auto at = std::find(spec.monthly_totals.begin(), spec.monthly_totals.end(), output.metric);
        value = r.totals[size_t(at - spec.monthly_totals.begin())];
    } else {
        const auto at = std::find(spec.indicators.begin(), spec.indicators.end(), output.metric);
        // The value at the end of the game's last full year.
        value = r.yearly_stage.empty() ? 0.0 : r.yearly[(r.yearly_stage.size() - 1) * k + size_t(at - spec.indicators.begin())];
    }
    if (output.per_firm_month) {
        const auto at = std::find(spec.monthly_totals.begin(), spec.monthly_totals.end(), "enterprises");
        value /= std::max(1.0, r.totals[size_t(at - spec.monthly_totals.begin())]);
    }
    return value;
}

void add_unique(std::vector<std::string>* list, const std::string& name) {
    if (std::find(list->begin(), list->end(), name) == list->end()) list->push_back(name);
}

}  // namespace

std::string SweepOutput::label() const {
    std::string text = summed ? "sum of " + metric : metric;
    return per_firm_month ? text + " per firm-month" : text;
}

bool plan_sweep(const nlohmann::json& doc, BatchSpec* spec, SweepPlan* plan, std::string* error) {
    auto fail = [&](const std::string& why) {
        *error = why;
        return false;
    };
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
    plan->scenario = text("scenario", "");
    plan->strategy = text("strategy", "default");
    plan->design = text("design", "lhs");
    if (plan->scenario.empty()) return fail("field 'scenario' (a scenario id) is required");
    if (plan->design != "lhs" && plan->design != "grid" && plan->design != "none")
        return fail("field 'design' must be \"lhs\", \"grid\" or \"none\" (one-at-a-time elasticities only)");
    if (!integer("seeds", 4, 1, 1000, &plan->seeds)) return fail("field 'seeds' must be an integer from 1 to 1000");
    if (!integer("points", 20, 3, 100000, &plan->points)) return fail("field 'points' must be an integer from 3 to 100000");
    if (!integer("levels", 3, 1, 100, &plan->levels)) return fail("field 'levels' must be an integer from 1 to 100");
    if (!integer("sample_seed", 1, 0, 1 << 30, &plan->sample_seed)) return fail("field 'sample_seed' must be a non-negative integer");
    if (!integer("years", 10, 1, kMaxYears, &spec->years)) return fail("field 'years' must be an integer from 1 to " + std::to_string(kMaxYears));
    if (doc.contains("elasticity_step")) {
        if (!doc["elasticity_step"].is_number() || !(doc["elasticity_step"].get<double>() > 0 && doc["elasticity_step"].get<double>() <= 1))
            return fail("field 'elasticity_step' must be a number in (0, 1]");
        plan->step = doc["elasticity_step"].get<double>();
    }
    if (!doc.contains("outputs") || !doc["outputs"].is_array() || doc["outputs"].empty()) return fail("field 'outputs' must list metric names");
    for (size_t i = 0; i < doc["outputs"].size(); ++i) {
        SweepOutput output;
        if (const std::string e = read_output(doc["outputs"][i], &output); !e.empty())
            return fail("outputs[" + std::to_string(i) + "]: " + e);
        add_unique(output.summed ? &spec->monthly_totals : &spec->indicators, output.metric);
        if (output.per_firm_month) add_unique(&spec->monthly_totals, "enterprises");
        plan->outputs.push_back(output);
    }
    for (int s = 1; s <= plan->seeds; ++s) spec->seeds.push_back(uint64_t(s));
    // "none": nobody plays the roles (no strategy adapts to a raise and masks it).
    const bool hands_off = plan->strategy == "none";
    if (hands_off) spec->base.human = {true, true};
    if (const std::string e = resolve_combos(spec, {plan->scenario}, {hands_off ? "default" : plan->strategy}); !e.empty()) return fail(e);
    const BatchCombo base_combo = spec->combos.front();
    spec->combos.clear();

    // Factors: each names a parameter, a lever or a scenario value (or scales several), with a
    // range; the shipped value is the point the one-at-a-time elasticity raises.
    SessionConfig probe_config = spec->base;
    probe_config.scenario_id = plan->scenario;
    auto probe = Session::create(probe_config, error);
    if (!probe) return false;
    if (!doc.contains("factors") || !doc["factors"].is_array() || doc["factors"].empty())
        return fail("field 'factors' must list {param|lever|scenario, min, max}");
    const bool ranges = plan->design != "none";
    for (size_t i = 0; i < doc["factors"].size(); ++i) {
        const auto& f = doc["factors"][i];
        const std::string where = "factors[" + std::to_string(i) + "]";
        SweepFactor factor;
        if (!f.is_object()) return fail(where + " must be an object");
        if (f.contains("scale")) {
            if (!f["scale"].is_array() || f["scale"].empty()) return fail(where + ": 'scale' must list {param|lever|scenario: NAME}");
            factor.scale = true;
            factor.shipped = 1.0;
            for (size_t t = 0; t < f["scale"].size(); ++t) {
                SweepTarget target;
                const auto& item = f["scale"][t];
                const std::string e = item.is_object() ? read_target(item, *probe, &target) : "must be an object";
                if (!e.empty()) return fail(where + ".scale[" + std::to_string(t) + "]: " + e);
                factor.targets.push_back(target);
            }
            if (!f.contains("name") || !f["name"].is_string()) return fail(where + ": a 'scale' factor needs a 'name'");
            factor.name = f["name"].get<std::string>();
        } else {
            SweepTarget target;
            if (const std::string e = read_target(f, *probe, &target); !e.empty()) return fail(where + ": " + e);
            factor.name = target.name;
            factor.shipped = target.shipped;
            factor.targets.push_back(target);
        }
        factor.min = factor.max = factor.shipped;
        if (ranges || f.contains("min") || f.contains("max")) {
            if (!f.contains("min") || !f.contains("max") || !f["min"].is_number() || !f["max"].is_number())
                return fail(where + " needs numbers 'min' and 'max'");
            factor.min = f["min"].get<double>();
            factor.max = f["max"].get<double>();
            if (!(factor.min <= factor.max)) return fail(where + ": 'min' must not exceed 'max'");
        }
        plan->factors.push_back(factor);
    }
    if (plan->design == "grid") plan->design_points = grid(plan->factors, plan->levels);
    else if (plan->design == "lhs") plan->design_points = latin_hypercube(plan->factors, plan->points, uint64_t(plan->sample_seed));
    if (plan->design_points.size() > 100000)
        return fail("the grid has " + std::to_string(plan->design_points.size()) + " points (at most 100000)");

    // Combos: 0 the shipped game, 1..F each factor raised by the step, then the design points.
    spec->combos.push_back(base_combo);
    for (const SweepFactor& factor : plan->factors)
        spec->combos.push_back(point_combo(base_combo, {factor}, {factor.shipped * (1 + plan->step)}));
    for (const auto& values : plan->design_points) spec->combos.push_back(point_combo(base_combo, plan->factors, values));
    return true;
}

bool run_sweep(const SweepPlan& plan, const BatchSpec& spec, int threads, bool mpi, SweepResult* result, bool* is_root,
               std::string* error) {
    std::vector<GameResult> results;
    if (!play_games(spec, threads, mpi, &results, is_root, error)) return false;
    if (!*is_root) return true;
    for (const GameResult& r : results)
        if (!r.error.empty()) {
            *error = "seed " + std::to_string(r.seed) + ": " + r.error;
            return false;
        }
    const size_t k = plan.outputs.size(), n_seeds = spec.seeds.size(), factors = plan.factors.size();
    // One-at-a-time elasticities, paired by seed. A factor shipped at 0 cannot be raised by a
    // share: its elasticity is undefined.
    result->elasticity.assign(factors, std::vector<double>(k, 0.0));
    for (size_t f = 0; f < factors; ++f)
        for (size_t o = 0; o < k; ++o) {
            if (plan.factors[f].shipped == 0.0) { result->elasticity[f][o] = std::nan(""); continue; }
            for (size_t s = 0; s < n_seeds; ++s) {
                const double base = outcome(plan, spec, results[s], o);
                const double raised = outcome(plan, spec, results[(1 + f) * n_seeds + s], o);
                result->elasticity[f][o] += (base != 0.0 ? (raised / base - 1.0) / plan.step : 0.0) / double(n_seeds);
            }
        }
    // PRCC over the design points: each point's outcome is its mean over the seeds.
    const size_t first_point = 1 + factors;
    std::vector<std::vector<double>> inputs(factors), outcomes(k);
    result->point_means.clear();
    for (size_t p = 0; p < plan.design_points.size(); ++p) {
        std::vector<double> means(k, 0.0);
        for (size_t s = 0; s < n_seeds; ++s)
            for (size_t o = 0; o < k; ++o) means[o] += outcome(plan, spec, results[(first_point + p) * n_seeds + s], o) / double(n_seeds);
        for (size_t f = 0; f < factors; ++f) inputs[f].push_back(plan.design_points[p][f]);
        for (size_t o = 0; o < k; ++o) outcomes[o].push_back(means[o]);
        result->point_means.push_back(means);
    }
    result->prcc.clear();
    if (!plan.design_points.empty())
        for (size_t o = 0; o < k; ++o) result->prcc.push_back(partial_rank_correlations(inputs, outcomes[o]));
    return true;
}

nlohmann::ordered_json sweep_json(const SweepPlan& plan, const BatchSpec& spec, const SweepResult& result) {
    nlohmann::ordered_json out;
    out["format"] = "keystone-sweep";
    out["scenario"] = plan.scenario;
    out["strategy"] = plan.strategy;
    out["design"] = plan.design;
    out["seeds"] = plan.seeds;
    out["years"] = spec.years;
    out["elasticity_step"] = plan.step;
    nlohmann::ordered_json outputs = nlohmann::ordered_json::array();
    for (const SweepOutput& o : plan.outputs) outputs.push_back(o.label());
    out["outputs"] = outputs;
    nlohmann::ordered_json factor_list = nlohmann::ordered_json::array();
    for (const SweepFactor& f : plan.factors) {
        nlohmann::ordered_json entry;
        if (f.scale) {
            entry["name"] = f.name;
            nlohmann::ordered_json targets = nlohmann::ordered_json::array();
            for (const SweepTarget& t : f.targets) targets.push_back({{kind_key(t.kind), t.name}, {"shipped", t.shipped}});
            entry["scale"] = targets;
        } else entry[kind_key(f.targets.front().kind)] = f.name;
        entry["min"] = f.min;
        entry["max"] = f.max;
        entry["shipped"] = f.shipped;
        factor_list.push_back(entry);
    }
    out["factors"] = factor_list;
    nlohmann::ordered_json effects = nlohmann::ordered_json::array();
    for (size_t f = 0; f < plan.factors.size(); ++f)
        for (size_t o = 0; o < plan.outputs.size(); ++o) {
            nlohmann::ordered_json effect = {{"factor", plan.factors[f].name}, {"output", plan.outputs[o].label()},
                                             {"elasticity", nullptr}, {"prcc", nullptr}};
            if (!std::isnan(result.elasticity[f][o])) effect["elasticity"] = result.elasticity[f][o];
            if (!result.prcc.empty()) effect["prcc"] = result.prcc[o][f];
            effects.push_back(effect);
        }
    out["effects"] = effects;
    nlohmann::ordered_json point_list = nlohmann::ordered_json::array();
    for (size_t p = 0; p < plan.design_points.size(); ++p)
        point_list.push_back({{"values", plan.design_points[p]}, {"mean_outputs", result.point_means[p]}});
    out["points"] = point_list;
    return out;
}

int sweep_command(const std::string& sweep_path, BatchSpec spec, int threads, bool mpi, const std::string& out_path) {
    auto fail = [&](const std::string& why) {
        std::cerr << "keystone-cli batch --sweep " << sweep_path << ": " << why << "\n";
        mpi_finish();
        return 2;
    };
    nlohmann::json doc;
    std::string error;
    if (!read_json_file(sweep_path, "sweep file", 16u << 20, &doc, &error)) return fail(error);
    SweepPlan plan;
    if (!plan_sweep(doc, &spec, &plan, &error)) return fail(error);
    bool root = true;
    SweepResult result;
    if (!run_sweep(plan, spec, threads, mpi, &result, &root, &error)) return fail(error);
    if (!root) return 0;
    std::printf("Sweep %s (%s), %s design, %zu points x %d seeds, %d years; elasticity step +%.0f%%\n\n", plan.scenario.c_str(),
                plan.strategy.c_str(), plan.design.c_str(), plan.design_points.size(), plan.seeds, spec.years, plan.step * 100);
    std::printf("| factor | output | elasticity | PRCC |\n|---|---|---|---|\n");
    for (size_t f = 0; f < plan.factors.size(); ++f)
        for (size_t o = 0; o < plan.outputs.size(); ++o) {
            char shown[32] = "n/a (shipped 0)", prcc[16] = "n/a";
            if (!std::isnan(result.elasticity[f][o])) std::snprintf(shown, sizeof shown, "%+.2f", result.elasticity[f][o]);
            if (!result.prcc.empty()) std::snprintf(prcc, sizeof prcc, "%+.2f", result.prcc[o][f]);
            std::printf("| %s | %s | %s | %s |\n", plan.factors[f].name.c_str(), plan.outputs[o].label().c_str(), shown, prcc);
        }
    const std::string json = sweep_json(plan, spec, result).dump(1) + "\n";
    if (!out_path.empty() && !write_atomic(out_path, json, &error)) return fail(error);
    return 0;
}

}  // namespace keystone::cli
