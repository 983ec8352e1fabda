// The timeline's rows: log entries newest first, with runs of the same line (a tenant leaving
// month after month) folded into one row that counts them, so repeats never flood the list.
#pragma once
#include <string>
#include <vector>

#include "sim/content.h"
#include "sim/state.h"

namespace keystone::client {

struct LogRow {
    size_t newest = 0;   // index into world.log of the newest entry of the run
    size_t oldest = 0;   // index of the oldest entry of the run
    int count = 1;
};

// `visible` are indices into `log`, newest first (already filtered); consecutive ones with the
// same kind and text become one row.
std::vector<LogRow> fold_log_rows(const std::vector<LogEntry>& log, const std::vector<size_t>& visible);

}  // namespace keystone::client

namespace keystone::client {

// The engine tags an answered event with who answered ("(ai:historical)", "(player)"): the
// tag in words for players ("(AI: Historical operator)", "(a player)"). Other text is unchanged.
std::string readable_log_text(const std::string& text, const std::vector<StrategyDef>& strategies);

// An organizer's name as players read it: the engine's "organizer 3" for one that arrived by
// chance becomes "Independent innovation organizer no. 3"; a scenario's own names are unchanged.
std::string organizer_display_name(const std::string& name);

}  // namespace keystone::client
