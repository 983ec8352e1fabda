// `keystone-cli replay verify FILE`: re-simulates a replay (its start, the players' commands
// with their ticks, and the state hash after every month) and names the first month whose
// hash differs, or says it matches. Replays are written by `keystone-cli run --replay FILE`
// and by the client.
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "io/replay.h"
#include "run_command.h"
#include "session/session.h"
#include "sim/hash.h"

namespace keystone::cli {

namespace {
const char* const kUsage = "usage: keystone-cli replay verify FILE [--scripts DIR] [--mods DIR]\n";
}  // namespace

int replay_command(const std::vector<std::string>& args) {
    if (wants_help(args)) { std::cout << kUsage; return 0; }
    if (args.size() < 2 || args[0] != "verify") {
        std::cerr << kUsage;
        return 2;
    }
    SessionConfig content;
    content.scripts_dir = default_scripts_dir();
    for (size_t i = 2; i < args.size(); ++i) {
        if (args[i] == "--scripts" && i + 1 < args.size()) content.scripts_dir = args[++i];
        else if (args[i] == "--mods" && i + 1 < args.size()) {
            content.mods_dir = args[++i];
            const std::string problem = check_mods_dir(content.mods_dir);
            if (!problem.empty()) { std::cerr << "keystone-cli replay: " << problem << "\n"; return 2; }
        } else { std::cerr << "keystone-cli replay: unknown option '" << args[i] << "'\n" << kUsage; return 2; }
    }
    const std::string& path = args[1];
    std::string error;
    nlohmann::json document;
    if (!read_replay(path, &document, &error)) { std::cerr << "keystone-cli replay: " << error << "\n"; return 2; }
    ReplayData replay;
    error = parse_replay(document, &replay);
    if (!error.empty()) { std::cerr << "keystone-cli replay: " << path << ": " << error << "\n"; return 2; }
    const int divergence = verify_replay(document, content, &error);
    if (!error.empty()) { std::cerr << "keystone-cli replay: " << path << ": " << error << "\n"; return 2; }
    if (divergence < 0) {
        std::cout << path << ": matches (" << replay.hashes.size() << " months re-simulated";
        if (!replay.hashes.empty()) std::cout << ", final hash " << replay.hashes.back();
        std::cout << ")\n";
        return 0;
    }
    std::cout << path << ": DIVERGES at month " << divergence << " (" << replay.scenario << ", seed " << replay.seed << ")\n";
    return 1;
}

}  // namespace keystone::cli
