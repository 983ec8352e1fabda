// Error text from the engine (a session that will not start, a save that will not load, the
// sandbox's instruction-budget and memory-limit messages, content validation) in the chosen
// language. The engine reports these as English strings (the CLI and tests compare them byte for
// byte), so the client recognises them instead: each known frame is a string-table key under
// "error." whose English (assets/i18n/en.json) is the engine's text with {0}, {1} ... where the
// variable parts go. A line that matches a frame is shown in the chosen language with the parts
// kept as written (paths, numbers, Lua's own error text); a line that starts "where: " (a file, a
// file:line) keeps that prefix and has the rest translated; any other line stays verbatim.
#pragma once
#include <string>
#include <vector>

namespace keystone::client {

// The error in the chosen language, line by line; unknown text unchanged.
std::string error_text(const std::string& error);
// The keys of the known frames (each has an English pattern in assets/i18n/en.json).
const std::vector<const char*>& error_frame_keys();
// Matches text against an English pattern with {0}, {1} ... (each capturing at least one
// character; the shortest that lets the rest match). true and the captures when it matches.
bool match_pattern(const std::string& pattern, const std::string& text, std::vector<std::string>* captures);

}  // namespace keystone::client
