// The classroom protocol (issue 12): the messages a facilitator (host) and its teams exchange,
// their limits and the wire version. Plain structs, no sockets: codec.h turns them into bytes,
// transport.h moves the bytes over ENet. Nothing but these messages crosses the wire.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "sim/command.h"

namespace keystone::net {

// Bumped whenever a message's layout changes; a peer with another number is refused by name.
constexpr uint16_t kProtocolVersion = 3;   // 2: a hello names the park a team shares; 3: Leaderboard

// Limits the decoder enforces before it allocates anything (a peer can never make us hold more).
constexpr size_t kHeaderBytes = 14;                   // magic, version, type, flags, sequence, length
constexpr size_t kMaxMessageBytes = 64u << 10;        // any one message, whichever way it goes
constexpr size_t kMaxSaveBytes = 24u << 20;           // a resync save (JSON text of one park), in all
constexpr size_t kMaxResyncChunkBytes = 32u << 10;    // a save travels in chunks of at most this
constexpr size_t kMaxIdBytes = 64;                    // policy, choice, event, lever-source ids
constexpr size_t kMaxNameBytes = 64;                  // team names, codes, tokens, versions, hashes
constexpr size_t kMaxTextBytes = 1024;                // broadcast texts, refusal reasons
constexpr size_t kMaxCommandsPerMonth = 64;           // one park's commands in one month

enum class MessageType : uint8_t {
    Hello = 1,    // team -> host: versions, content hash, join code, name, token (rejoin), roles, shared park
    Welcome,      // host -> team: seat, token, scenario, seed, years, roles, class month
    Refused,      // host -> team: why the hello was refused (names both sides' values)
    Commands,     // team -> host: the team's commands for month N
    MonthGo,      // host -> team: month N's ordered, validated commands; step now
    StateHash,    // team -> host: the state hash after stepping month N
    Resync,       // host -> team: one chunk of a reference save to load (desync or rejoin)
    Pause,        // host -> team: the class is paused (with the reason)
    Resume,       // host -> team: the class goes on
    Broadcast,    // host -> team: a facilitator's message to every team
    InjectEvent,  // host -> team: raise this event at the start of month N
    Bye,          // either way: the session ends (or the peer leaves), with the reason
    Leaderboard,  // host -> team: the ranking the facilitator shows the teams ("": hidden again)
};
constexpr uint8_t kFirstMessageType = uint8_t(MessageType::Hello);
constexpr uint8_t kLastMessageType = uint8_t(MessageType::Leaderboard);
const char* message_type_name(MessageType type);

// Role masks: which of a park's roles a team plays.
constexpr uint8_t kRoleMaskOperator = 1, kRoleMaskGovernment = 2, kRoleMaskBoth = 3;

// One message. Which fields travel depends on the type (listed beside each field); the others
// stay empty. `sequence` counts the sender's messages on one connection from 1.
struct Message {
    MessageType type = MessageType::Bye;
    uint16_t protocol_version = kProtocolVersion;
    uint32_t sequence = 0;
    std::string game_version;    // Hello
    std::string content_hash;    // Hello
    std::string join_code;       // Hello
    std::string team_name;       // Hello, Welcome
    std::string team_token;      // Hello (empty: a new team), Welcome
    uint8_t roles = 0;           // Hello, Welcome
    std::string park_name;       // Hello: the park this team shares with another (one plays each role); empty: its own park
    uint16_t team_index = 0;     // Welcome
    std::string scenario_id;     // Welcome
    std::string event_id;        // InjectEvent
    uint64_t seed = 0;           // Welcome
    uint16_t years = 0;          // Welcome
    uint32_t epoch = 0;          // Welcome, Commands, StateHash, Resync: bumped by every resync
    int32_t month = 0;           // Welcome, Commands, MonthGo, StateHash, Resync, InjectEvent
    uint64_t hash = 0;           // StateHash
    uint32_t total_bytes = 0;    // Resync: the whole save's length
    uint32_t offset = 0;         // Resync: where this chunk (in `text`) starts
    std::vector<Command> commands;  // Commands, MonthGo
    std::string text;            // Refused, Pause, Resume, Broadcast, Bye, Leaderboard (lines); Resync: a chunk of the save's JSON
};

}  // namespace keystone::net
