// keystone-cli: thin entry point over the engine's subcommands.
#include <iostream>
#include <string>
#include <vector>

#include "batch_command.h"
#include "net_command.h"
#include "run_command.h"

namespace {
const char* const kHelp =
    "keystone-cli: headless tools for Keystone\n"
    "  run      play a scenario headless and write run.json / metrics.csv / a replay / a save\n"
    "  replay   verify FILE: re-simulate a replay and name the first diverging month\n"
    "  whatif   fork a game at a month and compare two strategies side by side\n"
    "  explain  RUN.json: the stage path, the conditions at each change and what holds the park back\n"
    "  report   RUN.json --csv CSV --out HTML: a printable debrief (stages, conditions, indicators, decisions with their trace, events)\n"
    "  lint     PATH...: check content scripts without running a game\n"
    "  elasticity --scenario ID: how much each input to innovation moves output per firm\n"
    "  batch    --scenario ID --seeds 1-1000: many games on all cores (or MPI ranks); summary JSON and tidy CSV; --sweep FILE\n"
    "  host     --scenario ID --port P --code CODE --teams K: a class session's facilitator, without a window\n"
    "  team     --connect HOST:PORT --code CODE --strategy ID: one team of a class session, played by an AI strategy\n"
    "  docs     write the generated docs (API, levers, scenario reference, outputs, stage thresholds; --check: fail if stale)\n"
    "'keystone-cli COMMAND --help' prints the options of each command.\n"
    "keystone-cli --data-dir DIR COMMAND ...: the folder with scripts/ and assets/ (default: $KEYSTONE_DATA_DIR,\n"
    "  else ../share/keystone beside the executable, else the source tree); --scripts DIR still wins per command\n"
    "keystone-cli --version: the version and the data folder in use, with where it was found\n";
}

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kHelp;
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--data-dir") {
        if (args.size() < 2 || args[1].empty()) {
            std::cerr << "keystone-cli: --data-dir needs a folder\n";
            return 2;
        }
        keystone::cli::set_data_dir_flag(args[1]);
        args.erase(args.begin(), args.begin() + 2);
        if (args.empty()) { std::cerr << kHelp; return 2; }
    }
    if (args[0] == "--version") {
        const keystone::DataDirSearch& search = keystone::cli::data_dir_search();
        std::cout << "keystone-cli " << KEYSTONE_VERSION << "\n";
        if (search.dir.empty()) std::cout << "data: none found (looked in: ";
        else std::cout << "data: " << search.dir << " (" << search.found_by << "; looked in: ";
        for (size_t i = 0; i < search.looked.size(); ++i) std::cout << (i ? ", " : "") << search.looked[i];
        std::cout << ")\n";
        return search.dir.empty() ? 1 : 0;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    if (command == "run") return keystone::cli::run_command(args);
    if (command == "replay") return keystone::cli::replay_command(args);
    if (command == "whatif") return keystone::cli::whatif_command(args);
    if (command == "explain") return keystone::cli::explain_command(args);
    if (command == "lint") return keystone::cli::lint_command(args);
    if (command == "docs") return keystone::cli::docs_command(args);
    if (command == "batch") return keystone::cli::batch_command(args);
    if (command == "elasticity") return keystone::cli::elasticity_command(args);
    if (command == "report") return keystone::cli::report_command(args);
    if (command == "host") return keystone::cli::host_command(args);
    if (command == "team") return keystone::cli::team_command(args);
    std::cerr << "keystone-cli: unknown command '" << command << "' (valid: run, replay, whatif, explain, report, lint, docs, elasticity, batch, host, team)\n";
    return 2;
}
