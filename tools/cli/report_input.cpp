// Reading a run for the report (see report_input.h).
#include "report_input.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "session/session.h"

namespace keystone::cli {

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

std::string load_report_input(const std::string& run_path, const std::string& csv_path, const std::string& scripts_dir, ReportInput* out) {
    std::ifstream run_in(run_path);
    if (!run_in) return run_path + ": cannot read file";
    out->run = nlohmann::json::parse(run_in, nullptr, false);
    if (out->run.is_discarded() || !out->run.is_object()) return run_path + ": not a JSON object";
    for (const char* field : {"scenario", "seed", "stages", "final", "commands"})
        if (!out->run.contains(field)) return run_path + ": no '" + field + "' field (write it with 'keystone-cli run --out')";
    std::ifstream csv_in(csv_path);
    if (!csv_in) return csv_path + ": cannot read file";
    std::string line;
    if (!std::getline(csv_in, line)) return csv_path + ": empty file";
    out->csv.header = split_csv_line(line);
    for (const char* field : {"tick", "date", "stage", "enterprises"})
        if (out->csv.column(field) < 0) return csv_path + ": no '" + field + "' column (write it with 'keystone-cli run --csv')";
    while (std::getline(csv_in, line))
        if (!line.empty()) out->csv.rows.push_back(split_csv_line(line));
    if (out->csv.rows.empty()) return csv_path + ": no rows";
    std::string error;
    for (auto& scenario : list_scenarios(scripts_dir, &error))
        if (out->run["scenario"].is_string() && scenario.id == out->run["scenario"].get<std::string>()) out->scenario = scenario;
    return "";
}

}  // namespace keystone::cli
