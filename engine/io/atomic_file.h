// Writing a file so that a crash never leaves half of it: write a temporary beside the target,
// then rename it over the target (atomic on one file system). Every file Keystone writes
// (saves, replays, run summaries, exports) goes through this.
#pragma once
#include <string>

namespace keystone {

// Returns false and fills *error (if given) when the file cannot be written; the temporary is
// removed and an existing target is left untouched. Does not create missing folders.
bool write_file_atomic(const std::string& path, const std::string& contents, std::string* error);

}  // namespace keystone
