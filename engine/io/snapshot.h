// Saves: a full snapshot of a session (world, pending events, command log, history, script
// storage) as checked JSON. Loading validates every reference before the world is used, so a
// corrupt or hostile file is refused with a message instead of crashing the game.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace keystone {

class Session;

// Serializes the session's state (not its content) to JSON.
nlohmann::json snapshot_state(const Session& session);
// Fills the session's state from JSON; returns "" or the reason it was refused.
std::string restore_state(Session& session, const nlohmann::json& state);

// Checksum of a JSON value's canonical text (detects bit flips and truncation).
std::string json_checksum(const nlohmann::json& value);

}  // namespace keystone
