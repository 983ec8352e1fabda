// Replays: the start of a game (scenario, seed, strategies, human roles, content hash), the
// players' commands with the tick they applied at, the events a facilitator injected (from
// format 9; an older replay has none) and the state hash after every month. AI
// decisions are not stored: the same scripts make them again, deterministically.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "session/session.h"
#include "sim/command.h"

namespace keystone {


constexpr std::uintmax_t kMaxReplayBytes = 256u << 20;

// A replay's fields, each checked for type and range (see parse_replay).
struct ReplayData {
    int format_version = 0;
    std::string scenario, content_hash;
    uint64_t seed = 0;
    int years = 0;
    std::array<std::string, kRoleCount> strategies;
    std::array<bool, kRoleCount> human{};
    std::vector<Command> commands;     // in tick order
    std::vector<std::string> hashes;   // state hash after each month
    std::vector<Injection> injections; // a facilitator's events, raised before the month's commands
};

// A command's fields as replays (and the class session save) write them: type, role, policy,
// event_instance, choice, lever, value. The reader checks each and throws FieldError naming `at`.
nlohmann::json command_fields_json(const Command& command);
Command command_from_fields(const nlohmann::json& fields, const std::string& at);

nlohmann::json make_replay(const Session& session);
bool write_replay(const Session& session, const std::string& path, std::string* error);
// Reads a replay file (regular file, bounded size and depth) and checks its "format".
bool read_replay(const std::string& path, nlohmann::json* replay, std::string* error);
// Checks every field; "" or the refusal naming the field ("field 'seed': expected ..., got -1").
std::string parse_replay(const nlohmann::json& replay, ReplayData* out);
// `content` (scripts, mods, adjustments) started the way the replay was: scenario, seed, years,
// strategies and human roles.
SessionConfig replay_config(const ReplayData& replay, SessionConfig content);
// Re-simulates the replay on a new session: after each month, after_month(month, the recorded
// hash, the session) says whether to go on. Returns the session (null and *error when the replay
// cannot be played: bad fields, other scripts); *months_played counts the months stepped.
std::unique_ptr<Session> play_replay(const nlohmann::json& replay, const SessionConfig& content, std::string* error,
                                     const std::function<bool(size_t month, const std::string& recorded, const Session&)>& after_month,
                                     size_t* months_played);
// Re-simulates; returns -1 if every month matches, else the first diverging month (1-based).
// Fills *error (and returns -1) if the replay cannot be played at all.
int verify_replay(const nlohmann::json& replay, const SessionConfig& content, std::string* error);

}  // namespace keystone
