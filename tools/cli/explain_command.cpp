// `keystone-cli explain run.json`: answers "why is this park where it is?" from a run's summary:
// the stage path, the conditions measured at each change and, at the end, what holds it back.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "report/condition_history.h"
#include "run_command.h"

namespace keystone::cli {

namespace {
const char* const kUsage =
    "usage: keystone-cli explain RUN.json\n"
    "  RUN.json  written by 'keystone-cli run --out RUN.json' (the same text: 'run --explain')\n";
}  // namespace

int explain_command(const std::vector<std::string>& args) {
    if (wants_help(args)) { std::cout << kUsage; return 0; }
    if (args.size() != 1) { std::cerr << "keystone-cli explain: give one run.json\n" << kUsage; return 2; }
    std::ifstream in(args[0]);
    if (!in) { std::cerr << "keystone-cli explain: " << args[0] << ": cannot read file\n"; return 2; }
    const nlohmann::json run = nlohmann::json::parse(in, nullptr, false);
    if (run.is_discarded()) { std::cerr << "keystone-cli explain: " << args[0] << ": not JSON\n"; return 2; }
    std::string error;
    const std::string text = explain_text(run, &error);
    if (!error.empty()) { std::cerr << "keystone-cli explain: " << args[0] << ": " << error << "\n"; return 2; }
    std::cout << text;
    return 0;
}

}  // namespace keystone::cli
