// File helpers for the client: atomic writes (temp file + rename, so a crash never leaves half a
// file), the data directory (where scripts/ and assets/ live) and the scenario list.
#pragma once
#include <string>
#include <vector>

#include "io/data_dir.h"

namespace keystone::client {

// Writes contents to path through a temporary file in the same directory and a rename.
bool write_file_atomic(const std::string& path, const std::string& contents, std::string* error);
bool read_text_file(const std::string& path, std::string* out);

// The data folder, decided by locate_data_dir (io/data_dir.h): the --data-dir flag,
// $KEYSTONE_DATA_DIR, beside the executable, then the source tree the build came from. When none
// holds scripts/, dir is "." and error names every place looked.
DataDirSearch find_data_dir(const std::string& flag_value, const std::string& source_dir);

// Scenario ids: the stems of scripts/scenarios/*.lua, sorted (stable order on every machine).
std::vector<std::string> list_scenarios(const std::string& scripts_dir);
// The same, followed by the scenarios of each mod in mods_dir (mod folders in name order).
std::vector<std::string> list_scenarios_with_mods(const std::string& scripts_dir, const std::string& mods_dir);

// $XDG_CONFIG_HOME/keystone or ~/.config/keystone (created on demand by the writer).
std::string config_dir();

}  // namespace keystone::client
