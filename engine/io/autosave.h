// Autosave with rotation: the client calls it once per in-game year.
#pragma once
#include <string>

namespace keystone {

class Session;

// Writes DIR/autosave_1.save (newest) and shifts older ones up to autosave_KEEP.save.
// Returns "" or the reason (the previous autosaves are kept if writing fails).
std::string autosave(const Session& session, const std::string& dir, int keep);

}  // namespace keystone
