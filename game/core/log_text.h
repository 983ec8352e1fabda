// The timeline in the chosen language. The engine records each entry as an English sentence (it
// is part of the game's state and its hash, so it cannot change with the language); the client
// recognises the sentences the engine writes and shows them through the string table, with
// policy, event and scenario names from the content translations. A sentence it does not know
// (a script's own keystone.log line) is shown as written.
#pragma once
#include <string>

#include "session/session.h"

namespace keystone::client {

std::string localized_log_text(const Session& session, const std::string& text);

}  // namespace keystone::client
