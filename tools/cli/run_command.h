// keystone-cli subcommands.
#pragma once
#include <string>
#include <vector>

namespace keystone::cli {

int run_command(const std::vector<std::string>& args);   // keystone-cli run ...
std::string default_scripts_dir();

}  // namespace keystone::cli
