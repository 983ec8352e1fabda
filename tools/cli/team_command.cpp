// `keystone-cli team`: one team of a class session played by an AI strategy (to fill a seat, and
// for tests). It connects to a host, plays its park in lockstep and prints its final hash.
#include <fstream>
#include <iostream>
#include <set>

#include "net/team_client.h"
#include "net_command.h"
#include "run_command.h"
#include "sim/hash.h"

namespace keystone::cli {

namespace {

const char* const kUsage =
    "usage: keystone-cli team --connect HOST:PORT --code CODE --strategy ID [--name NAME]\n"
    "                         [--role operator|government|both] [--token TOKEN] [--token-file FILE]\n"
    "                         [--scripts DIR] [--mods DIR] [--quiet]\n"
    "  --strategy ID     the AI strategy that proposes this team's commands each month\n"
    "  --role R          the roles this team plays (default: every role the strategy plays)\n"
    "  --token TOKEN     rejoin a seat (the host gave the token when the team first joined)\n"
    "  --token-file FILE keep the seat's token in FILE; started again with the same FILE, the team rejoins\n"
    "Test drills: --test-version V (claim another game version), --test-desync-at MONTH (change the\n"
    "local park before that month), --test-kill-at MONTH (kill this process after that month).\n"
    "See docs/classroom.md.\n";

}  // namespace

int team_command(const std::vector<std::string>& args) {
    if (wants_help(args)) { std::cout << kUsage; return 0; }
    net::TeamConfig config;
    config.content.scripts_dir = default_scripts_dir();
    std::string token_file, v;
    bool quiet = false;
    std::set<std::string> seen;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (!seen.insert(flag).second) return usage_error("team", flag + " is given twice", kUsage);
        auto value = [&](std::string* out) { return flag_value("team", args, &i, out); };
        uint64_t month = 0;
        if (flag == "--connect") {
            if (!value(&v) || !parse_endpoint(v, &config.host, &config.port)) return usage_error("team", "--connect takes HOST:PORT, not '" + v + "'", kUsage);
        } else if (flag == "--code") { if (!value(&config.join_code)) return 2; }
        else if (flag == "--strategy") { if (!value(&config.strategy)) return 2; }
        else if (flag == "--name") { if (!value(&config.name)) return 2; }
        else if (flag == "--role") {
            if (!value(&v)) return 2;
            if (v == "operator") config.roles = net::kRoleMaskOperator;
            else if (v == "government") config.roles = net::kRoleMaskGovernment;
            else if (v == "both") config.roles = net::kRoleMaskBoth;
            else return usage_error("team", "--role must be operator, government or both, not '" + v + "'", kUsage);
        } else if (flag == "--token") { if (!value(&config.token)) return 2; }
        else if (flag == "--token-file") { if (!value(&token_file)) return 2; }
        else if (flag == "--scripts") { if (!value(&config.content.scripts_dir)) return 2; }
        else if (flag == "--mods") {
            if (!value(&config.content.mods_dir)) return 2;
            const std::string problem = check_mods_dir(config.content.mods_dir);
            if (!problem.empty()) return usage_error("team", problem, "");
        } else if (flag == "--quiet") { quiet = true; }
        else if (flag == "--test-version") { if (!value(&config.game_version)) return 2; }
        else if (flag == "--test-desync-at" || flag == "--test-kill-at") {
            if (!value(&v) || !parse_uint(v, &month) || month > 12u * kMaxYears) return usage_error("team", flag + " takes a month number", kUsage);
            (flag == "--test-desync-at" ? config.desync_at_month : config.kill_at_month) = int32_t(month);
        } else return usage_error("team", "unknown option '" + flag + "'", kUsage);
    }
    for (const char* required : {"--connect", "--code", "--strategy"})
        if (!seen.count(required)) return usage_error("team", std::string(required) + " is required", kUsage);
    if (!token_file.empty() && config.token.empty()) {
        std::ifstream in(token_file);
        std::getline(in, config.token);
    }
    config.log = [quiet](const std::string& line) { if (!quiet) std::cout << "team: " << line << std::endl; };
    config.on_token = [token_file](const std::string& token) {
        std::string ignored;
        if (!token_file.empty()) write_atomic(token_file, token + "\n", &ignored);
    };
    std::string error;
    auto team = net::TeamClient::create(config, &error);
    if (!team) { std::cerr << "keystone-cli team: " << error << "\n"; return 2; }
    while (team->service(5)) {}
    if (team->exit_code() != 0) { std::cerr << "keystone-cli team: " << team->failure() << "\n"; return team->exit_code(); }
    std::cout << "Final hash " << hash_hex(team->park()->hash()) << "\n";
    return 0;
}

}  // namespace keystone::cli
