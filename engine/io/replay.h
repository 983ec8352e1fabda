// Replays: the start of a game (scenario, seed, strategies, human roles, content hash), the
// players' commands with the tick they applied at, and the state hash after every month. AI
// decisions are not stored: the same scripts make them again, deterministically.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace keystone {

class Session;
struct SessionConfig;

nlohmann::json make_replay(const Session& session);
bool write_replay(const Session& session, const std::string& path, std::string* error);
bool read_replay(const std::string& path, nlohmann::json* replay, std::string* error);
// Re-simulates; returns -1 if every month matches, else the first diverging month (1-based).
// Fills *error (and returns -1) if the replay cannot be played at all.
int verify_replay(const nlohmann::json& replay, const SessionConfig& content, std::string* error);

}  // namespace keystone
