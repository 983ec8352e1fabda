// Finding an installed program on PATH: Chromium for the report's PDF (keystone-cli report --pdf)
// and the desktop's opener for the client's debrief (xdg-open). Nothing here runs a program.
#pragma once
#include <string>
#include <vector>

namespace keystone::report {

// The first of `names` found as a regular file in a PATH folder (folders in PATH order), or "".
std::string find_program(const std::vector<std::string>& names);

}  // namespace keystone::report
