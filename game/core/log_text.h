// The timeline in the chosen language. The engine records each entry as an English sentence (what
// the CLI, run.json and saves show); the session's own sentences also carry a message (key and
// arguments, sim/message.h) that the client shows through its string table. The rules write plain
// English (engine/sim/rules_*.cpp): the client recognises those sentences. A sentence it does not
// know (a script's own keystone.log line, an entry of a game saved before messages) is shown as
// written.
#pragma once
#include <string>

#include "sim/state.h"

namespace keystone::client {

std::string localized_log_text(const LogEntry& entry);

}  // namespace keystone::client
