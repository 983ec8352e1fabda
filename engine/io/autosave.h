// Autosave with rotation: the client calls it once per in-game year.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace keystone {

class Session;

// Writes DIR/autosave_1.save (newest) and shifts older ones up to autosave_KEEP.save.
// Returns "" or the reason (the previous autosaves are kept if writing fails). A `client` object
// is stored as the save's "client" block (the client's file list reads the game month there).
std::string autosave(const Session& session, const std::string& dir, int keep,
                     const nlohmann::json& client = nlohmann::json());
// The file half of autosave, for a save already made (Session::save_json, client block added):
// writes it (temp + rename) and rotates. Touches no Session, so a worker thread may run it while
// the game goes on.
std::string write_autosave(const nlohmann::json& save, const std::string& dir, int keep);

}  // namespace keystone
