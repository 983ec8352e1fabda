// The client's debrief: the report of the game just played (results screen) and of a what-if
// pair (the comparison view), written as HTML into the player's reports folder with the same
// code as `keystone-cli report` (engine/report), then handed to the desktop's opener. The report
// is in the UI's language (English for the pseudo-locale, or when the string table cannot be read).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "report/report_text.h"
#include "session/session.h"

namespace keystone::client {

// A report the player asked for: the file written, or why none was (both "" before any).
struct WrittenReport {
    std::string path, error;
};
// What the screen says about it: "Report written:" (the path follows) or the translated failure.
std::string report_outcome(const WrittenReport& report);

// The report's words in the UI's language (English where the tables cannot be read), from the
// string tables and the session's scripts.
report::ReportText report_text(const Session& session);

// Writes the report of `session` (with `score`, score_json of the role judged, or null) to a new
// file in reports_dir(). True and *path set, or false and *error saying why.
bool write_debrief_report(const Session& session, const nlohmann::json& score, std::string* path, std::string* error);
// The main game and its what-if branch on one page (keystone-cli report A.json B.json ...).
bool write_whatif_report(const Session& main, const Session& branch, const std::string& main_label, const std::string& branch_label,
                         std::string* path, std::string* error);

// Opens a file with the desktop's handler (xdg-open) without waiting for it; does nothing when
// there is no opener or no display. True when an opener was started.
bool open_with_desktop(const std::string& path);

}  // namespace keystone::client
