// A game's record as run.json and the metrics CSV hold it, with the condition history: the CSV's
// condition columns, run.json's stage path with the conditions at each change and the outlook at
// the end, and the text of `keystone-cli explain`. Everything here reads the session's history; nothing changes the game.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "session/causal_trace.h"
#include "session/session.h"

namespace keystone::report {

// One CSV column per stage condition (condition_columns, causal_trace.h): "<transition>.<metric>".

// The metrics CSV's header (without \n): tick, date, stage, every named metric, running totals,
// the stage outlook and one column per stage condition, budgets, hash. Rows: csv_rows.
std::string csv_header_columns(const Params& params);

// The rows of the metrics CSV for records with tick > after_tick, each prefixed with `prefix`.
// Running totals (joint actions, research outputs) count every month of the history.
std::string csv_rows(const Session& session, int after_tick, const std::string& prefix);
// The calendar month a tick ends: the CSV's date for that row and run.json's date for a stage
// change decided in it ("YYYY-MM"); tick 0 (before the first month) has the first month's date.
std::string month_of_tick(const Session& session, int32_t tick);
// The month (history tick) whose record first shows a stage change: step_stages runs before the
// world's tick advances, so StageChange::tick is the tick the month started at. 0: the start.
int32_t month_of_change(const StageChange& change);

// run.json's "stages": the start, then every change with the conditions of that transition
// measured in the month it was decided, and its "trace": the conditions that flipped since the
// previous change, the levers behind them and the decisions that moved those levers.
nlohmann::json stage_path_json(const Session& session);
// run.json's "outlook": the next stage's conditions at the end and how long each has held, and
// the lock-in conditions.
nlohmann::json outlook_json(const Session& session);

// run.json without its score: scenario, strategies, seed, months, final hash and date, the stage
// path (stage_path_json), the outlook, the final indicators, script errors, mods, warnings, every
// command and every event raised. `keystone-cli run --out` and the client's debrief both write it.
nlohmann::json run_json(const Session& session);
// The whole metrics CSV of a session: csv_header_columns, then every month's row.
std::string metrics_csv(const Session& session);

// `keystone-cli explain`: the stage path, the conditions at each change and what holds the
// park back, from a run.json. "" and *error set when the document lacks what it needs.
std::string explain_text(const nlohmann::json& run, std::string* error);

}  // namespace keystone::report
