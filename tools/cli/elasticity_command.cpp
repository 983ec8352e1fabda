// `keystone-cli elasticity`: how much each of the theory's inputs to innovation moves the
// output, holding the park's size out of it. Each input is raised by --step (20% by default),
// one at a time, at the start of the same scenario and seeds; outputs are per firm-month, so a
// park that merely has more firms does not score more. Paired seeds remove most of the noise.
// A front end of the sweep runner (sweep.h): it writes the inputs as a sweep document with
// design "none" and runs it exactly as `keystone-cli batch --sweep` would (--sweep-out saves it).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <thread>

#include "batch_command.h"
#include "run_command.h"
#include "sweep.h"

namespace keystone::cli {

namespace {

const char* const kUsage =
    "usage: keystone-cli elasticity --scenario ID [--seeds N] [--years N] [--step X] [--threads N]\n"
    "                               [--sweep-out FILE] [--scripts DIR] [--content DIR]\n"
    "  Raises each input to innovation by X (default 0.2 = 20%), one at a time, and prints the\n"
    "  elasticity of research outputs, products launched and products made at scale per firm-month\n"
    "  (mean over N seeds, default 12; years default 10), and of the whole park's products launched\n"
    "  (which includes what an input adds through new firms). --content adds a content folder.\n"
    "  It runs as a sweep (keystone-cli batch --sweep); --sweep-out writes that sweep file.\n";

struct Input {
    const char* name;
    const char* what;
    std::vector<std::pair<const char*, const char*>> raises;  // {"param"|"scenario", name}, raised together
};

const std::vector<Input>& inputs() {
    static const std::vector<Input> list = {
        {"professional capital", "share of professional investors (region capital regime) and professional funds at start",
         {{"scenario", "capital_regime"}, {"scenario", "professional_funds"}}},
        {"research institutes", "institutes at the start", {{"scenario", "institutes"}}},
        {"transfer quality", "technology-transfer offices' base quality (params transfer_quality_base)",
         {{"param", "transfer_quality_base"}}},
        {"entrepreneurial talent", "inflow of leading talent and returnees (params talent_mix_leading, talent_mix_returnee)",
         {{"param", "talent_mix_leading"}, {"param", "talent_mix_returnee"}}},
        {"technical talent", "inflow of core technical talent (params talent_mix_core)", {{"param", "talent_mix_core"}}},
    };
    return list;
}

// The sweep that measures the elasticities: nobody plays the roles (no strategy adapts to the
// raise and masks it), one "scale" factor per input, outputs per firm-month and the firm count.
nlohmann::json elasticity_sweep(const std::string& scenario, uint64_t seeds, uint64_t years, double step) {
    nlohmann::json factors = nlohmann::json::array();
    for (const Input& input : inputs()) {
        nlohmann::json raises = nlohmann::json::array();
        for (const auto& [kind, name] : input.raises) raises.push_back({{kind, name}});
        factors.push_back({{"name", input.name}, {"scale", raises}});
    }
    nlohmann::json outputs = nlohmann::json::array();
    outputs.push_back({{"metric", "research_outputs"}, {"summed", true}, {"per_firm_month", true}});
    outputs.push_back({{"metric", "products_launched"}, {"per_firm_month", true}});
    outputs.push_back({{"metric", "products_industrialized"}, {"per_firm_month", true}});
    outputs.push_back("enterprises");
    outputs.push_back("products_launched");  // the whole park's: what an input adds through new firms too
    return {{"scenario", scenario}, {"strategy", "none"}, {"design", "none"}, {"seeds", seeds}, {"years", years},
            {"elasticity_step", step}, {"outputs", outputs}, {"factors", factors}};
}

}  // namespace

int elasticity_command(const std::vector<std::string>& args) {
    BatchSpec spec;
    spec.base.scripts_dir = default_scripts_dir();
    std::string scenario, sweep_out;
    uint64_t seeds = 12, years = 10, threads = std::max(1u, std::thread::hardware_concurrency());
    double step = 0.2;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (flag == "--help" || flag == "-h") { std::cout << kUsage; return 0; }
        if (i + 1 >= args.size()) { std::cerr << "keystone-cli elasticity: " << flag << " needs a value\n" << kUsage; return 2; }
        const std::string value = args[++i];
        if (flag == "--scenario") scenario = value;
        else if (flag == "--scripts") spec.base.scripts_dir = value;
        else if (flag == "--content") spec.base.extra_content_dirs.push_back(value);
        else if (flag == "--sweep-out") sweep_out = value;
        else if (flag == "--seeds" || flag == "--years" || flag == "--threads") {
            const uint64_t most = flag == "--seeds" ? 1000u : flag == "--years" ? 40u : 1024u;
            uint64_t n = 0;
            if (!parse_uint(value, &n) || n < 1 || n > most) {
                std::cerr << "keystone-cli elasticity: " << flag << " must be an integer from 1 to " << most << "\n";
                return 2;
            }
            (flag == "--seeds" ? seeds : flag == "--years" ? years : threads) = n;
        } else if (flag == "--step") {
            char* end = nullptr;
            step = std::strtod(value.c_str(), &end);
            if (end == value.c_str() || *end != '\0' || !(step > 0.0 && step <= 1.0)) {
                std::cerr << "keystone-cli elasticity: --step must be a number in (0, 1]\n";
                return 2;
            }
        } else { std::cerr << "keystone-cli elasticity: unknown option " << flag << "\n" << kUsage; return 2; }
    }
    if (scenario.empty()) { std::cerr << "keystone-cli elasticity: --scenario is required\n" << kUsage; return 2; }
    const nlohmann::json doc = elasticity_sweep(scenario, seeds, years, step);
    std::string error;
    if (!sweep_out.empty() && !write_atomic(sweep_out, doc.dump(2) + "\n", &error)) {
        std::cerr << "keystone-cli elasticity: " << error << "\n";
        return 2;
    }
    SweepPlan plan;
    SweepResult result;
    bool root = true;
    if (!plan_sweep(doc, &spec, &plan, &error) || !run_sweep(plan, spec, int(threads), false, &result, &root, &error)) {
        std::cerr << "keystone-cli elasticity: " << error << "\n";
        return 2;
    }

    std::string command = "keystone-cli elasticity";
    for (const std::string& arg : args) command += " " + arg;
    std::printf("Elasticities of innovation per firm-month, %s, %d years, %d seeds, each input +%.0f%%\n(%s)\n\n",
                scenario.c_str(), int(years), int(seeds), step * 100, command.c_str());
    std::printf("| input (raised) | research outputs | products launched | products made at scale | firms at the end | products launched, whole park |\n"
                "|---|---|---|---|---|---|\n");
    for (size_t f = 0; f < inputs().size(); ++f) {
        // Every input ships above 0 in the shipped scenarios; an undefined elasticity reads as 0.
        auto shown = [&](size_t o) { return std::isnan(result.elasticity[f][o]) ? 0.0 : result.elasticity[f][o]; };
        // The firm count is reported as its change, not an elasticity: elasticity x step.
        std::printf("| %s: %s | %+.2f | %+.2f | %+.2f | %+.1f%% | %+.2f |\n", inputs()[f].name, inputs()[f].what, shown(0),
                    shown(1), shown(2), 100 * step * shown(3), shown(4));
    }
    return 0;
}

}  // namespace keystone::cli
