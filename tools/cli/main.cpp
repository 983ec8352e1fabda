// keystone-cli: thin entry point over the engine's subcommands.
#include <iostream>
#include <string>
#include <vector>

#include "run_command.h"

namespace {
const char* const kHelp =
    "keystone-cli: headless tools for Keystone\n"
    "  run      play a scenario headless and write run.json / metrics.csv\n"
    "run 'keystone-cli COMMAND --help' style errors list the valid options of each command.\n";
}

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kHelp;
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    if (command == "run") return keystone::cli::run_command(args);
    std::cerr << "keystone-cli: unknown command '" << command << "' (valid: run)\n";
    return 2;
}
