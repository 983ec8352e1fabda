// What the debrief report reads: a run's run.json, its metrics CSV and, when the scripts are
// at hand, the scenario (name, teaching note, the case's reference figures).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "session/session.h"
#include "sim/content.h"

namespace keystone::report {

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    int column(const std::string& name) const;          // -1 when absent
    double number(size_t row, int column) const;         // 0 for an empty or absent cell
    const std::string& text(size_t row, int column) const;
};

struct ReportInput {
    nlohmann::json run;
    CsvTable csv;
    std::optional<ScenarioDef> scenario;   // absent: the scenario is not among the scripts
    std::vector<PolicyDef> policies;       // the scripts' content, to name the events' English lines in
    std::vector<EventDef> events;          // another language (empty without the scripts)
};

// "" on success; else a message naming the file and what is wrong with it.
std::string load_report_input(const std::string& run_path, const std::string& csv_path, const std::string& scripts_dir, ReportInput* out);
// The metrics CSV from its text; "" or what is wrong, naming `name` (the file).
std::string parse_metrics_csv(const std::string& text, const std::string& name, CsvTable* out);
// The report input of a game in memory (the client's debrief): run_json, metrics_csv and the
// session's scenario, with `score` (score_json of the role judged; null: none) as run.json's score block.
// "" on success; else why not (a game that has not played a month has nothing to report).
std::string report_input_of(const Session& session, const nlohmann::json& score, ReportInput* out);

}  // namespace keystone::report
