// `keystone-cli run`: plays a scenario headless and writes run.json (summary, stage path,
// final KPIs) and optionally a CSV with one row per month. Teachers and other tools script
// against this interface: keep it stable and documented in the README.
#include "run_command.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "io/atomic_file.h"
#include "io/replay.h"
#include "session/score.h"
#include "script/content_locale.h"
#include "session/session.h"
#include "sim/hash.h"
#include "sim/metric_table.h"
#include "report/condition_history.h"
#include "run_json.h"

namespace keystone::cli {

namespace {

const char* const kUsage =
    "usage: keystone-cli run --scenario ID [--strategy ID] [--role operator|government] [--seed N]\n"
    "                        [--years N] [--out run.json] [--csv metrics.csv] [--replay FILE] [--save FILE]\n"
    "                        [--scripts DIR] [--mods DIR] [--scoring FILE] [--baselines] [--quiet] [--explain]\n"
    "  --strategy ID  an AI strategy (shipped, or one of a mod's under --mods) plays --role, or every role it can\n"
    "  --csv FILE     one row per month: row N is month N of the game, measured at its end (see docs/outputs.md)\n"
    "  --explain      print the stage path, the conditions at each change and what holds the park back\n"
    "  --scoring FILE score rules (default assets/scoring.json); run.json holds a score block\n"
    "  --baselines    also play the same seed with the scored role doing nothing (hands_off) and with\n"
    "                 the scenario's reference strategy, and score both\n"
    "  --lang en|zh-CN the language of the summary on stdout (default from LANG); files stay in English\n";

// The terminal summary. In English as written here; in another language (--lang, LANG) through
// the UI's string table (assets/i18n/<language>.json: "cli.*", stage, network and role names) and
// the content translations (scripts/locale/<language>.json), each text falling back to the
// English. One function for both languages, so every English line has its translated counterpart.
void print_summary(const Session& session, const nlohmann::json& stages, const SessionConfig& config,
                   const nlohmann::json& score, Role role, const std::string& language) {
    std::map<std::string, std::string> texts;
    if (language != "en") {
        const std::filesystem::path scripts(config.scripts_dir);
        load_locale_file((scripts.parent_path() / "assets" / "i18n" / (language + ".json")).string(), &texts, nullptr);
        load_locale_file((scripts / "locale" / (language + ".json")).string(), &texts, nullptr);
    }
    auto text = [&](const std::string& key, const std::string& english) {
        auto it = texts.find(key);
        return it != texts.end() && !it->second.empty() ? it->second : english;
    };
    const World& w = session.world();
    const Metrics& m = w.metrics;
    const std::string scenario = text("scenario." + session.scenario().id + ".name", session.scenario().name);
    std::cout << fill_placeholders(text("cli.header", "{0} | operator: {1} | government: {2} | seed {3}"),
                                   {scenario, session.strategy_for(Role::Operator), session.strategy_for(Role::Government),
                                    std::to_string(config.seed)}) << "\n";
    for (const auto& s : stages) {
        const std::string stage = s["stage"].get<std::string>();
        std::cout << "  " << s["date"].get<std::string>() << "  " << text("stage." + stage, stage) << "\n";
    }
    const std::string network = centralization_label_name(m.centralization_label);
    std::cout << fill_placeholders(text("cli.final", "Final ({0}): {1} enterprises, {2} multinationals, {3} funds, {4} institutes, "
                                                     "transformation rate {5}%, network {6}, stage {7}"),
                                   {month_of_tick(session, w.tick), std::to_string(m.enterprises), std::to_string(m.multinationals),
                                    std::to_string(m.investment_funds), std::to_string(m.research_institutes),
                                    std::to_string(int(m.transformation_rate * 100 + 0.5)), text("centralization." + network, network),
                                    text(std::string("stage.") + stage_name(w.stage.stage), stage_title(w.stage.stage))})
              << "\n";
    std::cout << fill_placeholders(text("cli.score", "Score ({0}) {1}"),
                                   {text(std::string("role.") + role_name(role), role_name(role)), std::to_string(int(score["total"].get<double>() + 0.5))});
    for (const char* baseline : {"do_nothing", "reference"})
        if (score.contains(baseline))
            std::cout << fill_placeholders(text("cli.score_baseline", " | {0} ({1}/{2}) {3}"),
                                           {text(std::string("cli.baseline.") + baseline, baseline),
                                            score[baseline]["strategies"]["operator"].get<std::string>(),
                                            score[baseline]["strategies"]["government"].get<std::string>(),
                                            std::to_string(int(score[baseline]["total"].get<double>() + 0.5))});
    std::cout << "\n" << fill_placeholders(text("cli.final_hash", "Final hash {0}"), {hash_hex(session.hash())}) << "\n";
}

}  // namespace

bool write_atomic(const std::string& path, const std::string& text, std::string* error) {
    return write_file_atomic(path, text, error);
}

bool parse_uint(const std::string& text, uint64_t* out) {
    // The whole uint64 range, 0 to 18446744073709551615 (the range a replay's seed has).
    if (text.empty() || text.size() > 20) return false;
    for (char ch : text) if (ch < '0' || ch > '9') return false;
    uint64_t value = 0;
    for (char ch : text) {
        const uint64_t digit = uint64_t(ch - '0');
        if (value > (UINT64_MAX - digit) / 10) return false;
        value = value * 10 + digit;
    }
    *out = value;
    return true;
}

bool wants_help(const std::vector<std::string>& args) {
    return std::any_of(args.begin(), args.end(), [](const std::string& a) { return a == "--help" || a == "-h"; });
}

std::string check_mods_dir(const std::string& dir) {
    std::error_code ec;
    if (dir.empty()) return "--mods needs a folder";
    if (!std::filesystem::exists(dir, ec)) return "--mods " + dir + ": no such folder";
    if (!std::filesystem::is_directory(dir, ec)) return "--mods " + dir + ": not a folder (give the folder that holds the mod folders)";
    return "";
}

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec_a, ec_b;
    const auto full_a = std::filesystem::weakly_canonical(a, ec_a), full_b = std::filesystem::weakly_canonical(b, ec_b);
    if (ec_a || ec_b) return std::filesystem::absolute(a).lexically_normal() == std::filesystem::absolute(b).lexically_normal();
    return full_a == full_b;
}

namespace {
std::string data_dir_flag;
}  // namespace

void set_data_dir_flag(const std::string& dir) { data_dir_flag = dir; }

const DataDirSearch& data_dir_search() {
#ifdef KEYSTONE_SOURCE_DIR
    const std::string source_dir = KEYSTONE_SOURCE_DIR;
#else
    const std::string source_dir;
#endif
    static const DataDirSearch search = [&] {
        DataDirSearch found = locate_data_dir(data_dir_flag, executable_dir(), source_dir);
        if (!found.error.empty()) std::cerr << "keystone-cli: " << found.error << "\n";
        return found;
    }();
    return search;
}

std::string default_scripts_dir() {
    const DataDirSearch& search = data_dir_search();
    return search.dir.empty() ? std::string("scripts") : (std::filesystem::path(search.dir) / "scripts").string();
}

std::string default_language() { return language_of_locale(std::getenv("LANG")); }

std::string load_report_text(const std::string& language, const std::string& scripts_dir, ReportText* text) {
    const DataDirSearch& search = data_dir_search();
    const std::filesystem::path assets = search.dir.empty() ? std::filesystem::path(scripts_dir).parent_path() / "assets"
                                                            : std::filesystem::path(search.dir) / "assets";
    return text->load(language, assets.string(), scripts_dir);
}

int run_command(const std::vector<std::string>& args) {
    SessionConfig config;
    config.scripts_dir = default_scripts_dir();
    std::string strategy, out_path, csv_path, replay_path, save_path, scoring_path;
    bool with_baselines = false;
    Role role = Role::Operator;
    bool role_given = false, quiet = false, scenario_given = false, explain = false;
    std::string language = default_language();
    if (wants_help(args)) { std::cout << kUsage; return 0; }
    std::set<std::string> seen;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (!seen.insert(flag).second) { std::cerr << "keystone-cli run: " << flag << " is given twice\n" << kUsage; return 2; }
        auto value = [&](std::string* out) {
            if (i + 1 >= args.size()) { std::cerr << "keystone-cli run: " << flag << " needs a value\n" << kUsage; return false; }
            *out = args[++i];
            if (out->empty()) { std::cerr << "keystone-cli run: " << flag << " needs a value, not an empty one\n"; return false; }
            return true;
        };
        std::string v;
        if (flag == "--scenario") { if (!value(&config.scenario_id)) return 2; scenario_given = true; }
        else if (flag == "--strategy") { if (!value(&strategy)) return 2; }
        else if (flag == "--role") {
            if (!value(&v)) return 2;
            if (!role_from_name(v, &role)) { std::cerr << "keystone-cli run: --role must be 'operator' or 'government', not '" << v << "'\n"; return 2; }
            role_given = true;
        } else if (flag == "--seed") {
            if (!value(&v)) return 2;
            if (!parse_uint(v, &config.seed)) { std::cerr << "keystone-cli run: --seed must be an integer from 0 to 18446744073709551615, not '" << v << "'\n"; return 2; }
        } else if (flag == "--years") {
            if (!value(&v)) return 2;
            uint64_t years = 0;
            if (!parse_uint(v, &years) || years < 1 || years > uint64_t(kMaxYears)) { std::cerr << "keystone-cli run: --years must be between 1 and " << kMaxYears << ", not '" << v << "'\n"; return 2; }
            config.years = int(years);
        } else if (flag == "--out") { if (!value(&out_path)) return 2; }
        else if (flag == "--csv") { if (!value(&csv_path)) return 2; }
        else if (flag == "--scripts") { if (!value(&config.scripts_dir)) return 2; }
        else if (flag == "--mods") {
            if (!value(&config.mods_dir)) return 2;
            const std::string problem = check_mods_dir(config.mods_dir);
            if (!problem.empty()) { std::cerr << "keystone-cli run: " << problem << "\n"; return 2; }
        }
        else if (flag == "--quiet") { quiet = true; }
        else if (flag == "--baselines") { with_baselines = true; }
        else if (flag == "--scoring") { if (!value(&scoring_path)) return 2; }
        else if (flag == "--explain") { explain = true; }
        else if (flag == "--lang") {
            if (!value(&language)) return 2;
            if (language != "en" && language != "zh-CN") { std::cerr << "keystone-cli run: --lang must be en or zh-CN\n"; return 2; }
        }
        else if (flag == "--replay") { if (!value(&replay_path)) return 2; }
        else if (flag == "--save") { if (!value(&save_path)) return 2; }
        else { std::cerr << "keystone-cli run: unknown option '" << flag << "'\n" << kUsage; return 2; }
    }
    if (!scenario_given) { std::cerr << "keystone-cli run: --scenario is required\n" << kUsage; return 2; }
    if (role_given && strategy.empty()) { std::cerr << "keystone-cli run: --role names the role --strategy plays: give --strategy too\n"; return 2; }
    // Two outputs on one path: the later write would silently replace the earlier one.
    const std::pair<const char*, const std::string*> outputs[] = {
        {"--out", &out_path}, {"--csv", &csv_path}, {"--replay", &replay_path}, {"--save", &save_path}};
    for (size_t a = 0; a < 4; ++a)
        for (size_t b = a + 1; b < 4; ++b)
            if (!outputs[a].second->empty() && !outputs[b].second->empty() && same_file(*outputs[a].second, *outputs[b].second)) {
                std::cerr << "keystone-cli run: " << outputs[a].first << " and " << outputs[b].first << " name the same file ("
                          << *outputs[a].second << ")\n";
                return 2;
            }
    // The strategy plays the chosen role (operator by default, or both roles if it can and no
    // role was named); the other role keeps the scenario's default AI.
    if (!strategy.empty()) {
        if (role_given) {
            config.strategies[int(role)] = strategy;
        } else {
            // Without --role the strategy plays every role it supports (mods included); an
            // unknown id is left to Session::create, which names the valid ones.
            bool found = false;
            std::string ignored;
            for (const auto& s : list_strategies(config, &ignored))
                if (s.id == strategy) {
                    found = true;
                    for (Role r : s.roles) config.strategies[int(r)] = strategy;
                }
            if (!found) config.strategies[int(Role::Operator)] = strategy;
        }
    }
    std::string error;
    auto session = Session::create(config, &error);
    if (!session) { std::cerr << "keystone-cli run: " << error << "\n"; return 2; }
    for (const auto& line : session->mod_report()) std::cerr << "mods: " << line << "\n";
    for (const auto& line : session->warnings()) std::cerr << "warning: " << session->scenario().source.file << ": " << line << "\n";

    while (!session->finished()) session->step();
    const std::string csv = metrics_csv(*session);
    for (const auto& e : session->script_errors()) std::cerr << "script error: " << e.message.substr(0, e.message.find('\n')) << "\n";

    ScoringRules scoring;
    if (!load_run_scoring(config, scoring_path, &scoring, &error)) { std::cerr << "keystone-cli run: " << error << "\n"; return 2; }
    nlohmann::json run = run_json(*session, scoring, role);
    const nlohmann::json stages = run["stages"];
    const ScoreResult score = score_session(scoring, *session);
    if (with_baselines) {
        const std::pair<const char*, SessionConfig> baselines[] = {
            {"do_nothing", do_nothing_config(*session, role)},
            {"reference", baseline_config(*session, reference_strategies(scoring, session->scenario()))}};
        for (const auto& [name, baseline] : baselines) {
            auto other = Session::create(baseline, &error);
            if (!other) { std::cerr << "keystone-cli run: baseline " << name << ": " << error << "\n"; return 1; }
            while (!other->finished()) other->step();
            nlohmann::json block = score_json(score_session(scoring, *other));
            block["strategies"] = {{"operator", other->strategy_for(Role::Operator)}, {"government", other->strategy_for(Role::Government)}};
            run["score"][name] = block;
        }
    }

    if (!out_path.empty() && !write_atomic(out_path, run.dump(2) + "\n", &error)) { std::cerr << "keystone-cli run: " << error << "\n"; return 1; }
    if (!csv_path.empty() && !write_atomic(csv_path, csv, &error)) { std::cerr << "keystone-cli run: " << error << "\n"; return 1; }
    if (!replay_path.empty() && !write_replay(*session, replay_path, &error)) { std::cerr << "keystone-cli run: " << error << "\n"; return 1; }
    if (!save_path.empty()) {
        const std::string problem = session->save(save_path);
        if (!problem.empty()) { std::cerr << "keystone-cli run: " << problem << "\n"; return 1; }
    }
    if (!quiet) print_summary(*session, stages, config, run["score"], role, language);
    if (explain) std::cout << explain_text(run, &error);
    return 0;
}

}  // namespace keystone::cli
