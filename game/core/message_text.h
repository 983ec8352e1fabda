// The engine's messages (sim/message.h: refusals, mod lines, timeline sentences) in the chosen
// language: each sentence key is looked up in the string table (the engine's English catalogue
// fills any key the table lacks), terms through the string table, content names through the
// content translations. Text arguments (ids, numbers, Lua errors, file:line) stay as written.
#pragma once
#include <string>

#include "sim/message.h"

namespace keystone::client {

std::string message_text(const Message& message);
// A mod-loading line that says a mod (or folder) was not loaded, or not in the intended order.
bool mod_line_skipped(const Message& line);

// Adds the engine's catalogue to a table for every key it lacks (English patterns).
class StringTable;
void add_engine_messages(StringTable& table);

}  // namespace keystone::client
