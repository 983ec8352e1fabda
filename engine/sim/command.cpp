// Command type names (for logs, replays and JSON).
#include "sim/command.h"

namespace keystone {

const char* command_type_name(CommandType t) {
    static const char* const kNames[] = {"enact_policy", "repeal_policy", "answer_event", "set_lever"};
    return kNames[int(t)];
}

}  // namespace keystone
