// `keystone-cli team`: one team of a class session played by an AI strategy (to fill a seat, and
// for tests). It connects to a host, plays its park in lockstep and prints its final hash.
#include <chrono>
#include <fstream>
#include <iostream>
#include <set>
#include <thread>

#include "net/team_client.h"
#include "net_command.h"
#include "run_command.h"
#include "sim/hash.h"

namespace keystone::cli {

namespace {

const char* const kUsage =
    "usage: keystone-cli team --connect HOST:PORT --code CODE --strategy ID [--name NAME]\n"
    "                         [--role operator|government|both] [--park NAME] [--token TOKEN] [--token-file FILE]\n"
    "                         [--reconnect-wait SECONDS] [--scripts DIR] [--mods DIR] [--quiet]\n"
    "  --strategy ID     the AI strategy that proposes this team's commands each month\n"
    "  --role R          the roles this team plays (default: every role the strategy plays)\n"
    "  --park NAME       share park NAME with another team: one plays --role operator, the other --role government\n"
    "  --reconnect-wait S  if the host is lost (a crash), how long to keep trying to rejoin it (default 120; 0: never)\n"
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
    double reconnect_wait = 120.0;
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
        } else if (flag == "--park") {
            if (!value(&config.park)) return 2;
            if (config.park.empty() || config.park.size() > 64) return usage_error("team", "--park takes a name of 1 to 64 characters", kUsage);
        } else if (flag == "--reconnect-wait") {
            if (!value(&v) || !parse_seconds(v, &reconnect_wait)) return usage_error("team", "--reconnect-wait must be a number of seconds", kUsage);
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
    if (!config.park.empty() && config.roles != net::kRoleMaskOperator && config.roles != net::kRoleMaskGovernment)
        return usage_error("team", "--park needs --role operator or --role government (the other team plays the other role)", kUsage);
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
    // A lost host (a crash) is tried again for --reconnect-wait seconds: the facilitator restarts
    // from its session save and this team rejoins its seat with its token.
    const auto start = std::chrono::steady_clock::now();
    auto now = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    double lost_at = -1.0;
    int welcomes_at_loss = -1;
    for (;;) {
        while (team->service(5)) {}
        if (!team->host_lost() || reconnect_wait <= 0.0) break;
        if (team->welcomes() != welcomes_at_loss) {   // a new loss (the last reconnection was seated)
            lost_at = now();
            welcomes_at_loss = team->welcomes();
            if (!quiet) std::cout << "team: lost the host (" << team->failure() << "); trying to rejoin for " << reconnect_wait << " s" << std::endl;
        }
        if (now() - lost_at > reconnect_wait) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        if (!team->reconnect(&error)) { std::cerr << "keystone-cli team: " << error << "\n"; break; }
    }
    if (team->exit_code() != 0) { std::cerr << "keystone-cli team: " << team->failure() << "\n"; return team->exit_code(); }
    std::cout << "Final hash " << hash_hex(team->park()->hash()) << "\n";
    return 0;
}

}  // namespace keystone::cli
