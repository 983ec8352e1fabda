// Where the shipped content (scripts/ and assets/) lives: the one decision every program makes
// the same way, whether it runs from a build tree, an unpacked package or /usr after apt install.
#pragma once
#include <string>
#include <vector>

namespace keystone {

// The environment variable that names a data folder when no flag does.
constexpr const char* kDataDirVariable = "KEYSTONE_DATA_DIR";

struct DataDirSearch {
    std::string dir;                   // the folder holding scripts/ and assets/; "" if none was found
    std::string found_by;              // "--data-dir", "KEYSTONE_DATA_DIR", "beside the executable", "source tree"
    std::vector<std::string> looked;   // every place tried, in order, as "WHAT (PATH)"
    std::string error;                 // "" when found; else a sentence naming every place looked
};

// The folder the running executable is in (from /proc/self/exe), or "" where that cannot be read.
std::string executable_dir();

// Finds the data folder, a folder that holds scripts/params.lua. In order, the first that applies:
//   1. flag_value (a --data-dir style flag): used if given; an error if it holds no scripts/;
//   2. $KEYSTONE_DATA_DIR: the same, when set and not empty;
//   3. beside the executable: EXE_DIR/../share/keystone (the installed layout: /usr/bin and
//      /usr/share/keystone), then EXE_DIR itself (a folder unpacked by hand);
//   4. source_dir, the source tree a developer build was configured from ("" to skip).
// The current directory is not searched, so a stray scripts/ folder never changes what runs.
DataDirSearch locate_data_dir(const std::string& flag_value, const std::string& executable_folder,
                              const std::string& source_dir);

}  // namespace keystone
