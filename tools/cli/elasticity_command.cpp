// `keystone-cli elasticity`: how much each of the theory's inputs to innovation moves the
// output, holding the park's size out of it. Each input is raised by --step (20% by default),
// one at a time, at the start of the same scenario and seeds; outputs are per firm-month, so a
// park that merely has more firms does not score more. Paired seeds remove most of the noise.
#include <cstdio>
#include <functional>
#include <iostream>

#include "run_command.h"
#include "sim/metric_table.h"

namespace keystone::cli {

namespace {

const char* const kUsage =
    "usage: keystone-cli elasticity --scenario ID [--seeds N] [--years N] [--step X] [--scripts DIR] [--content DIR]\n"
    "  Raises each input to innovation by X (default 0.2 = 20%), one at a time, and prints the\n"
    "  elasticity of research outputs, products launched and products made at scale per firm-month\n"
    "  (mean over N seeds, default 12; years default 10). --content adds a content folder.\n";

struct Input {
    const char* name;
    const char* what;
    // Applies the raise to the scenario or returns the parameter overrides it needs.
    std::function<void(ScenarioDef&, double)> scenario;
    std::function<std::vector<std::pair<std::string, double>>(const Params&, double)> params;
};

std::vector<Input> inputs() {
    auto none_sc = [](ScenarioDef&, double) {};
    auto none_p = [](const Params&, double) { return std::vector<std::pair<std::string, double>>{}; };
    return {
        {"professional capital", "share of professional investors (region capital regime) and professional funds at start",
         [](ScenarioDef& sc, double k) {
             sc.region.capital_regime = std::min(1.0, sc.region.capital_regime * (1 + k));
             sc.professional_funds = int(sc.professional_funds * (1 + k) + 0.5);
         }, none_p},
        {"research institutes", "institutes at the start", [](ScenarioDef& sc, double k) { sc.institutes = int(sc.institutes * (1 + k) + 0.5); }, none_p},
        {"transfer quality", "technology-transfer offices' base quality (params transfer_quality_base)", none_sc,
         [](const Params& p, double k) { return std::vector<std::pair<std::string, double>>{{"transfer_quality_base", p.transfer_quality_base * (1 + k)}}; }},
        {"entrepreneurial talent", "inflow of leading talent and returnees (params talent_mix_leading, talent_mix_returnee)", none_sc,
         [](const Params& p, double k) {
             return std::vector<std::pair<std::string, double>>{{"talent_mix_leading", p.talent_mix_leading * (1 + k)},
                                                                {"talent_mix_returnee", p.talent_mix_returnee * (1 + k)}};
         }},
        {"technical talent", "inflow of core technical talent (params talent_mix_core)", none_sc,
         [](const Params& p, double k) { return std::vector<std::pair<std::string, double>>{{"talent_mix_core", p.talent_mix_core * (1 + k)}}; }},
    };
}

struct Outputs {
    double outputs = 0, launched = 0, industrialized = 0, firms = 0;
};

Outputs measure(SessionConfig config, int months) {
    std::string error;
    auto s = Session::create(config, &error);
    if (!s) throw std::runtime_error(error);
    Outputs o;
    double firm_months = 0.0;
    for (int t = 0; t < months && !s->finished(); ++t) {
        s->step();
        const Metrics& m = s->world().metrics;
        o.outputs += m.research_outputs;
        firm_months += m.enterprises;
    }
    const Metrics& m = s->world().metrics;
    o.launched = m.products_launched_total / std::max(1.0, firm_months);
    o.industrialized = m.products_industrialized_total / std::max(1.0, firm_months);
    o.outputs /= std::max(1.0, firm_months);
    o.firms = m.enterprises;
    return o;
}

}  // namespace

int elasticity_command(const std::vector<std::string>& args) {
    SessionConfig base;
    base.scripts_dir = default_scripts_dir();
    base.scenario_id.clear();
    uint64_t seeds = 12, years = 10;
    double step = 0.2;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (flag == "--help" || flag == "-h") { std::cout << kUsage; return 0; }
        if (i + 1 >= args.size()) { std::cerr << "keystone-cli elasticity: " << flag << " needs a value\n" << kUsage; return 2; }
        const std::string value = args[++i];
        if (flag == "--scenario") base.scenario_id = value;
        else if (flag == "--scripts") base.scripts_dir = value;
        else if (flag == "--content") base.extra_content_dirs.push_back(value);
        else if (flag == "--seeds" || flag == "--years") {
            uint64_t n = 0;
            if (!parse_uint(value, &n) || n < 1 || n > (flag == "--seeds" ? 1000u : 40u)) {
                std::cerr << "keystone-cli elasticity: " << flag << " must be an integer from 1 to " << (flag == "--seeds" ? 1000 : 40) << "\n";
                return 2;
            }
            (flag == "--seeds" ? seeds : years) = n;
        } else if (flag == "--step") {
            char* end = nullptr;
            step = std::strtod(value.c_str(), &end);
            if (end == value.c_str() || *end != '\0' || !(step > 0.0 && step <= 1.0)) {
                std::cerr << "keystone-cli elasticity: --step must be a number in (0, 1]\n";
                return 2;
            }
        } else { std::cerr << "keystone-cli elasticity: unknown option " << flag << "\n" << kUsage; return 2; }
    }
    if (base.scenario_id.empty()) { std::cerr << "keystone-cli elasticity: --scenario is required\n" << kUsage; return 2; }
    base.years = int(years);
    base.human = {true, true};  // hands off: no strategy adapts to the change and masks it
    std::string error;
    auto probe = Session::create(base, &error);
    if (!probe) { std::cerr << "keystone-cli elasticity: " << error << "\n"; return 2; }
    const Params params = probe->params();
    const int months = int(years) * 12;

    std::string command = "keystone-cli elasticity";
    for (const std::string& arg : args) command += " " + arg;
    std::printf("Elasticities of innovation per firm-month, %s, %d years, %d seeds, each input +%.0f%%\n(%s)\n\n",
                base.scenario_id.c_str(), int(years), int(seeds), step * 100, command.c_str());
    std::printf("| input (raised) | research outputs | products launched | products made at scale | firms at the end |\n|---|---|---|---|---|\n");
    std::vector<Outputs> baseline;
    for (uint64_t s = 0; s < seeds; ++s) {
        SessionConfig c = base;
        c.seed = 1 + s;
        baseline.push_back(measure(c, months));
    }
    for (const Input& input : inputs()) {
        double e_out = 0, e_launch = 0, e_ind = 0, firms = 0;
        for (uint64_t s = 0; s < seeds; ++s) {
            SessionConfig c = base;
            c.seed = 1 + s;
            c.adjust_scenario = [&input, step](ScenarioDef& sc) { input.scenario(sc, step); };
            c.param_overrides = input.params(params, step);
            const Outputs o = measure(c, months);
            const Outputs& b = baseline[s];
            auto elasticity = [step](double raised, double base_value) { return base_value > 0 ? (raised / base_value - 1.0) / step : 0.0; };
            e_out += elasticity(o.outputs, b.outputs) / seeds;
            e_launch += elasticity(o.launched, b.launched) / seeds;
            e_ind += elasticity(o.industrialized, b.industrialized) / seeds;
            firms += (b.firms > 0 ? o.firms / b.firms - 1.0 : 0.0) / seeds;
        }
        std::printf("| %s: %s | %+.2f | %+.2f | %+.2f | %+.1f%% |\n", input.name, input.what, e_out, e_launch, e_ind, 100 * firms);
    }
    return 0;
}

}  // namespace keystone::cli
