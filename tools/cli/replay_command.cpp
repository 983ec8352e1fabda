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

int replay_command(const std::vector<std::string>& args) {
    if (args.size() < 2 || args[0] != "verify") {
        std::cerr << "usage: keystone-cli replay verify FILE [--scripts DIR]\n";
        return 2;
    }
    SessionConfig content;
    content.scripts_dir = default_scripts_dir();
    for (size_t i = 2; i < args.size(); ++i) {
        if (args[i] == "--scripts" && i + 1 < args.size()) content.scripts_dir = args[++i];
        else { std::cerr << "keystone-cli replay: unknown option '" << args[i] << "'\n"; return 2; }
    }
    std::string error;
    nlohmann::json replay;
    if (!read_replay(args[1], &replay, &error)) { std::cerr << "keystone-cli replay: " << error << "\n"; return 2; }
    const int divergence = verify_replay(replay, content, &error);
    if (!error.empty()) { std::cerr << "keystone-cli replay: " << args[1] << ": " << error << "\n"; return 2; }
    if (divergence < 0) {
        std::cout << args[1] << ": matches (" << replay["hashes"].size() << " months re-simulated, final hash "
                  << replay["hashes"].back().get<std::string>() << ")\n";
        return 0;
    }
    std::cout << args[1] << ": DIVERGES at month " << divergence << " (" << replay.value("scenario", "?")
              << ", seed " << replay.value("seed", 0) << ")\n";
    return 1;
}

}  // namespace keystone::cli
