// Reading a run for the report (see report_input.h).
#include "report/report_input.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "report/condition_history.h"
#include "script/script_host.h"
#include "session/session.h"

namespace keystone::report {

namespace {
std::vector<std::string> split_csv_line(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, ',')) cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.emplace_back();
    return cells;
}
}  // namespace

int CsvTable::column(const std::string& name) const {
    for (size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return int(i);
    return -1;
}

double CsvTable::number(size_t row, int col) const {
    const std::string& cell = text(row, col);
    return cell.empty() ? 0.0 : std::strtod(cell.c_str(), nullptr);
}

const std::string& CsvTable::text(size_t row, int col) const {
    static const std::string kEmpty;
    if (col < 0 || row >= rows.size() || size_t(col) >= rows[row].size()) return kEmpty;
    return rows[row][size_t(col)];
}

std::string parse_metrics_csv(const std::string& text, const std::string& name, CsvTable* out) {
    std::istringstream csv_in(text);
    std::string line;
    if (!std::getline(csv_in, line)) return name + ": empty file";
    out->header = split_csv_line(line);
    for (const char* field : {"tick", "date", "stage", "enterprises"})
        if (out->column(field) < 0) return name + ": no '" + field + "' column (write it with 'keystone-cli run --csv')";
    while (std::getline(csv_in, line))
        if (!line.empty()) out->rows.push_back(split_csv_line(line));
    if (out->rows.empty()) return name + ": no rows";
    return "";
}

std::string report_input_of(const Session& session, const nlohmann::json& score, ReportInput* out) {
    if (session.world().tick < 1) return "the game has not played a month yet";
    out->run = run_json(session);
    if (!score.is_null()) out->run["score"] = score;
    out->scenario = session.scenario();
    out->policies = session.policies();
    out->events = session.events();
    return parse_metrics_csv(metrics_csv(session), "metrics CSV", &out->csv);
}

std::string load_report_input(const std::string& run_path, const std::string& csv_path, const std::string& scripts_dir, ReportInput* out) {
    std::ifstream run_in(run_path);
    if (!run_in) return run_path + ": cannot read file";
    out->run = nlohmann::json::parse(run_in, nullptr, false);
    if (out->run.is_discarded() || !out->run.is_object()) return run_path + ": not a JSON object";
    for (const char* field : {"scenario", "seed", "stages", "final", "commands"})
        if (!out->run.contains(field)) return run_path + ": no '" + field + "' field (write it with 'keystone-cli run --out')";
    std::ifstream csv_in(csv_path);
    if (!csv_in) return csv_path + ": cannot read file";
    std::ostringstream csv_text;
    csv_text << csv_in.rdbuf();
    const std::string problem = parse_metrics_csv(csv_text.str(), csv_path, &out->csv);
    if (!problem.empty()) return problem;
    ScriptHost host;
    LoadedContent content = host.load_content(scripts_dir);
    for (auto& scenario : content.scenarios)
        if (out->run["scenario"].is_string() && scenario.id == out->run["scenario"].get<std::string>()) out->scenario = scenario;
    out->policies = std::move(content.policies);
    out->events = std::move(content.events);
    return "";
}

}  // namespace keystone::report
