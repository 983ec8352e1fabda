// The class bundle `keystone-cli host --out DIR` and the client's facilitator console write
// when a session ends: the facilitator's
// summary (summary.json), every team's game (teams/NN_name/: game.save, replay.json, run.json)
// and the class comparison (class.json) that a debrief renders side by side.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "net/facilitator.h"
#include "report/report_text.h"

namespace keystone::net {

// Writes the bundle; `summary` is the facilitator's summary with the host's own measures added;
// class.html in the language of `text` (the host's --lang, or the client's language).
bool write_class_bundle(const Facilitator& facilitator, const nlohmann::json& summary, const std::string& dir,
                        const report::ReportText& text, std::string* error);

}  // namespace keystone::net
