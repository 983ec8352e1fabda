// `keystone-cli whatif`: plays a scenario to a fork month, then continues it twice, once with
// strategy A and once with strategy B for one role, and writes both runs side by side (CSV with
// a `branch` column, JSON with both stage paths and final measures). The fork copies the full
// state through a save, so both branches share every month before the fork exactly.
#include <iostream>

#include <nlohmann/json.hpp>

#include "report/condition_history.h"
#include "run_command.h"
#include "session/session.h"
#include "sim/hash.h"
#include "sim/metric_table.h"

namespace keystone::cli {

namespace {
const char* const kUsage =
    "usage: keystone-cli whatif --scenario ID --role operator|government --a STRATEGY --b STRATEGY\n"
    "                           --fork-month N [--seed N] [--years N] [--csv FILE] [--out FILE] [--scripts DIR]\n"
    "                           [--mods DIR]\n"
    "  --a, --b  strategy ids: shipped ones or a mod's (with --mods DIR)\n";

nlohmann::json summary(const Session& s) {
    nlohmann::json stages = nlohmann::json::array();
    for (const auto& c : s.world().stage_history)
        stages.push_back({{"tick", month_of_change(c)}, {"date", month_of_tick(s, month_of_change(c))}, {"stage", stage_name(c.to)}});
    const Metrics& m = s.world().metrics;
    return {{"strategies", {s.strategy_for(Role::Operator), s.strategy_for(Role::Government)}},
            {"stages", stages},
            {"final", {{"enterprises", m.enterprises}, {"transformation_rate", m.transformation_rate},
                       {"external_tie_share", m.external_tie_share}, {"stage", stage_name(s.world().stage.stage)},
                       {"trust", s.world().culture.trust}}},
            {"final_hash", hash_hex(s.hash())}};
}
}  // namespace

int whatif_command(const std::vector<std::string>& args) {
    if (wants_help(args)) { std::cout << kUsage; return 0; }
    SessionConfig config;
    config.scripts_dir = default_scripts_dir();
    std::string a, b, csv_path, out_path;
    Role role = Role::Operator;
    int fork_month = -1;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (i + 1 >= args.size()) { std::cerr << "keystone-cli whatif: " << flag << " needs a value\n" << kUsage; return 2; }
        const std::string value = args[++i];
        if (flag == "--scenario") config.scenario_id = value;
        else if (flag == "--a") a = value;
        else if (flag == "--b") b = value;
        else if (flag == "--role") {
            if (!role_from_name(value, &role)) { std::cerr << "keystone-cli whatif: --role must be operator or government\n"; return 2; }
        } else if (flag == "--fork-month" || flag == "--seed" || flag == "--years") {
            uint64_t number = 0;
            if (!parse_uint(value, &number) || (flag == "--years" && (number < 1 || number > 40)) ||
                (flag == "--fork-month" && number > 480)) {
                std::cerr << "keystone-cli whatif: " << flag << " must be a non-negative integer"
                          << (flag == "--years" ? " between 1 and 40" : flag == "--fork-month" ? " up to 480" : "")
                          << ", not '" << value << "'\n";
                return 2;
            }
            if (flag == "--fork-month") fork_month = int(number);
            else if (flag == "--seed") config.seed = number;
            else config.years = int(number);
        }
        else if (flag == "--csv") csv_path = value;
        else if (flag == "--out") out_path = value;
        else if (flag == "--scripts") config.scripts_dir = value;
        else if (flag == "--mods") {
            config.mods_dir = value;
            const std::string problem = check_mods_dir(config.mods_dir);
            if (!problem.empty()) { std::cerr << "keystone-cli whatif: " << problem << "\n"; return 2; }
        }
        else { std::cerr << "keystone-cli whatif: unknown option '" << flag << "'\n" << kUsage; return 2; }
    }
    if (a.empty() || b.empty() || fork_month < 0) { std::cerr << "keystone-cli whatif: --a, --b and --fork-month are required\n" << kUsage; return 2; }
    config.strategies[int(role)] = a;
    std::string error;
    auto first = Session::create(config, &error);
    if (!first) { std::cerr << "keystone-cli whatif: " << error << "\n"; return 2; }
    if (fork_month >= first->world().end_tick) { std::cerr << "keystone-cli whatif: --fork-month must be before the end (" << first->world().end_tick << ")\n"; return 2; }
    while (first->world().tick < fork_month) first->step();
    auto second = Session::load_json(first->save_json(), config, &error);
    if (!second) { std::cerr << "keystone-cli whatif: cannot fork: " << error << "\n"; return 1; }
    const std::string refusal = english(second->set_strategy(role, b));
    if (!refusal.empty()) { std::cerr << "keystone-cli whatif: " << refusal << "\n"; return 2; }
    while (!first->finished()) first->step();
    while (!second->finished()) second->step();

    if (!csv_path.empty()) {
        // Branch A carries the shared months up to the fork; B has its own rows after it.
        std::string csv = "branch," + csv_header_columns(first->params()) + "\n";
        csv += csv_rows(*first, -1, "a,") + csv_rows(*second, fork_month, "b,");
        if (!write_atomic(csv_path, csv, &error)) { std::cerr << "keystone-cli whatif: " << error << "\n"; return 1; }
    }
    nlohmann::json out = {{"scenario", config.scenario_id}, {"seed", config.seed}, {"fork_month", fork_month},
                          {"fork_date", first->date_string(fork_month)}, {"role", role_name(role)},
                          {"a", summary(*first)}, {"b", summary(*second)}};
    if (!out_path.empty() && !write_atomic(out_path, out.dump(2) + "\n", &error)) { std::cerr << "keystone-cli whatif: " << error << "\n"; return 1; }
    std::cout << "fork at " << first->date_string(fork_month) << " (" << role_name(role) << "): A = " << a << ", B = " << b << "\n";
    for (const auto& [name, s] : {std::pair<const char*, const Session*>{"A", first.get()}, {"B", second.get()}}) {
        const Metrics& m = s->world().metrics;
        std::cout << "  " << name << ": " << m.enterprises << " enterprises, transformation " << int(m.transformation_rate * 100 + 0.5)
                  << "%, stage " << stage_title(s->world().stage.stage) << "\n";
    }
    return 0;
}

}  // namespace keystone::cli
