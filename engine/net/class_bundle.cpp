// The class bundle (class_bundle.h): each team's save, replay and run.json through the same
// writers as `keystone-cli run`, and one comparison document across the teams.
#include "net/class_bundle.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include "io/atomic_file.h"
#include "io/replay.h"
#include "report/condition_history.h"
#include "report/report_html.h"
#include "report/report_input.h"
#include "report/scored_run.h"

namespace keystone::net {

namespace {

// A folder name from a team name: letters, digits, '-' and '_' kept, the rest '_'.
std::string folder_name(int index, const std::string& name) {
    char prefix[8];
    std::snprintf(prefix, sizeof prefix, "%02d_", index);
    std::string out = prefix;
    for (char ch : name.substr(0, 40))
        out += (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_') ? ch : '_';
    return out;
}

}  // namespace

bool write_class_bundle(const Facilitator& facilitator, const nlohmann::json& summary, const std::string& dir,
                        const report::ReportText& text, std::string* error) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(dir) / "teams", ec);
    if (ec) { *error = dir + ": cannot create the folder (" + ec.message() + ")"; return false; }
    nlohmann::json teams = nlohmann::json::array();
    std::vector<report::ReportInput> reports;   // the class page: every team that played a month
    std::vector<std::string> labels;
    for (const TeamSeat& team : facilitator.teams()) {
        const Session& park = *team.park;
        ScoringRules scoring;
        if (!report::load_run_scoring(park.config(), "", &scoring, error)) return false;
        const Role scored = (team.roles & kRoleMaskOperator) ? Role::Operator : Role::Government;
        // The reference park runs no strategy for the roles teams play (their commands came over
        // the network), so name the teams there (both, for a shared park), not the scenario's AI.
        const auto mark_team_roles = [&](nlohmann::json& document) {
            for (const TeamSeat& seat : facilitator.teams()) {
                if (seat.park_owner != team.park_owner) continue;
                if (seat.roles & kRoleMaskOperator) document["strategy"]["operator"] = "team " + seat.name;
                if (seat.roles & kRoleMaskGovernment) document["strategy"]["government"] = "team " + seat.name;
            }
        };
        nlohmann::json run = report::scored_run_json(park, scoring, scored);
        mark_team_roles(run);
        const std::string folder = (std::filesystem::path(dir) / "teams" / folder_name(team.index + 1, team.name)).string();
        std::filesystem::create_directories(folder, ec);
        if (ec) { *error = folder + ": cannot create the folder (" + ec.message() + ")"; return false; }
        const std::string problem = park.save(folder + "/game.save");
        if (!problem.empty()) { *error = problem; return false; }
        if (!write_replay(park, folder + "/replay.json", error)) return false;
        if (!write_file_atomic(folder + "/run.json", run.dump(2) + "\n", error)) return false;
        if (!write_file_atomic(folder + "/metrics.csv", report::metrics_csv(park), error)) return false;
        report::ReportInput input;
        if (report::report_input_of(park, run["score"], &input).empty()) {
            mark_team_roles(input.run);
            reports.push_back(std::move(input));
            labels.push_back(team.name);
        }
        const nlohmann::json& network = summary["teams"][team.index];
        teams.push_back({{"index", team.index + 1},
                         {"name", team.name},
                         {"roles", network["roles"]},
                         {"park", team.park_name},
                         {"folder", "teams/" + folder_name(team.index + 1, team.name)},
                         {"stage", run["final"]["stage"]},
                         {"stages", run["stages"]},
                         {"final", run["final"]},
                         {"score", run["score"]["total"]},
                         {"commands", run["commands"].size()},
                         {"final_hash", run["final_hash"]},
                         {"months_verified", network["months_verified"]},
                         {"desyncs", network["mismatches"].size()},
                         {"reconnects", network["reconnects"]}});
    }
    // The leaderboard: by score, ties by seat (a stable order for equal scores).
    std::vector<size_t> order(teams.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return teams[a]["score"].get<double>() > teams[b]["score"].get<double>(); });
    nlohmann::json ranking = nlohmann::json::array();
    for (size_t i : order) ranking.push_back(teams[i]["index"]);
    const nlohmann::json comparison = {{"format", "keystone-class-1"},
                                       {"scenario", summary["scenario"]},
                                       {"seed", summary["seed"]},
                                       {"months", summary["months"]},
                                       {"teams", teams},
                                       {"ranking", ranking}};
    if (!reports.empty() &&
        !write_file_atomic((std::filesystem::path(dir) / "class.html").string(), report::report_class_html(reports, labels, text), error))
        return false;
    return write_file_atomic((std::filesystem::path(dir) / "class.json").string(), comparison.dump(2) + "\n", error) &&
           write_file_atomic((std::filesystem::path(dir) / "summary.json").string(), summary.dump(2) + "\n", error);
}

}  // namespace keystone::net
