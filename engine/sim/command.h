// Commands: the only door into the world from outside (player, AI script, replay file).
// They are validated first (validate_command) and applied at the next tick boundary.
#pragma once
#include <cstdint>
#include <string>

#include "sim/levers.h"
#include "sim/types.h"

namespace keystone {

enum class CommandType : uint8_t { EnactPolicy = 0, RepealPolicy, AnswerEvent, SetLever };
const char* command_type_name(CommandType t);

struct Command {
    CommandType type = CommandType::EnactPolicy;
    Role role = Role::Operator;
    std::string policy_id;           // Enact/Repeal
    uint32_t event_instance = 0;     // AnswerEvent
    std::string choice_id;           // AnswerEvent
    Lever lever = Lever::screening;  // SetLever
    double value = 0.0;              // SetLever
    int32_t tick = -1;               // tick at whose boundary it applied (filled by the session)
    std::string source;              // "player", "ai:historical", "replay" (not hashed)
};

}  // namespace keystone
