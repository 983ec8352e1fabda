// `keystone-cli report`: one self-contained HTML debrief from a run's run.json and CSV (or a
// what-if pair of runs side by side), and a PDF of it through headless Chromium when asked and
// installed. The page itself is built in engine/report, which the client shares.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "report/report_html.h"
#include "report/find_program.h"
#include "report/report_input.h"
#include "io/replay.h"
#include "sim/hash.h"
#include "run_command.h"
#include "run_json.h"

namespace keystone::cli {

namespace {
const char* const kUsage =
    "usage: keystone-cli report RUN.json --csv METRICS.csv --out REPORT.html [--scripts DIR] [--pdf REPORT.pdf]\n"
    "       keystone-cli report A.json B.json --csv A.csv B.csv --out PAIR.html [--labels A,B] [--scripts DIR] [--pdf PAIR.pdf]\n"
    "       keystone-cli report --class DIR --out CLASS.html [--scripts DIR] [--pdf CLASS.pdf]\n"
    "       keystone-cli report GAME.save|GAME.replay --out REPORT.html [--scripts DIR] [--pdf REPORT.pdf]\n"
    "  RUN.json, METRICS.csv  written by 'keystone-cli run --out RUN.json --csv METRICS.csv'\n"
    "  GAME.save      a saved game, reported as saved; GAME.replay: a replay, played again with the scripts\n"
    "  A.json B.json  a what-if pair: two games of one scenario on the same charts, with a table of\n"
    "                 differences in stage dates and key indicators (--csv takes their two CSVs in the same order)\n"
    "  --labels A,B   the pair's names in the legend and tables (default: first game,second game)\n"
    "  --class DIR    a class: the bundle of 'keystone-cli host --out DIR', or every TEAM.json in DIR with its\n"
    "                 TEAM.csv beside it (one scenario), as one\n"
    "                 page: the teams ranked by score, their stage timelines and one chart per team on one scale\n"
    "  --out FILE     the report: one HTML file with inline CSS and SVG charts, no scripts, no links out;\n"
    "                 the same inputs always give the same bytes\n"
    "  --scripts DIR  content root for the scenario's name, teaching note and reference figures (default: scripts)\n"
    "  --pdf FILE     also print the report to an A4 PDF with headless Chromium (fails if chromium is not installed)\n"
    "  --lang en|zh-CN the report's language (default from LANG: zh-CN for a Chinese locale, else en)\n";

int write_and_print(const std::string& html, const std::string& out_path, const std::string& pdf_path);

bool has_extension(const std::string& path, const char* extension) {
    return std::filesystem::path(path).extension() == extension;
}

// The report input of a saved game (as saved) or a replay (re-simulated with the scripts at hand):
// the same run.json and CSV `keystone-cli run` would write for it, scored for the operator unless
// only the government was played by a person. "" or why not.
std::string game_report_input(const std::string& path, const std::string& scripts_dir, ReportInput* out) {
    SessionConfig content;
    content.scripts_dir = scripts_dir;
    std::string error;
    std::unique_ptr<Session> session;
    if (has_extension(path, ".replay")) {
        nlohmann::json replay;
        if (!read_replay(path, &replay, &error)) return error;
        size_t played = 0;
        session = play_replay(replay, content, &error, [](size_t, const std::string&, const Session&) { return true; }, &played);
        if (!session) return path + ": " + error;
    } else {
        session = Session::load(path, content, &error);
        if (!session) return error;
        // A save keeps the state, not the lever contributions of past months the causal trace
        // reads; its own replay (start, commands, hashes) plays them again. If the scripts have
        // changed since, the save is reported as it is, without the trace.
        size_t played = 0;
        std::string replay_error;
        auto replayed = play_replay(make_replay(*session), content, &replay_error,
                                    [](size_t, const std::string& recorded, const Session& s) { return hash_hex(s.hash()) == recorded; }, &played);
        if (replayed && replayed->hash() == session->hash()) session = std::move(replayed);
        else std::cerr << "keystone-cli report: " << path << ": the game could not be played again with these scripts"
                       << (replay_error.empty() ? "" : " (" + replay_error + ")") << "; the report has no causal trace\n";
    }
    ScoringRules scoring;
    if (!load_run_scoring(session->config(), "", &scoring, &error)) return error;
    const auto& human = session->config().human;
    const Role role = human[int(Role::Government)] && !human[int(Role::Operator)] ? Role::Government : Role::Operator;
    const std::string problem = report_input_of(*session, run_json(*session, scoring, role)["score"], out);
    return problem.empty() ? "" : path + ": " + problem;
}

struct TeamFiles {
    std::filesystem::path run, csv;
    std::string label;
};

// The teams of a class folder: a bundle written by `keystone-cli host --out` (class.json names each
// team's folder with its run.json and metrics.csv), else every TEAM.json with its TEAM.csv.
std::string class_team_files(const std::string& dir, std::vector<TeamFiles>* teams) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return "--class " + dir + ": not a folder";
    const std::filesystem::path bundle = std::filesystem::path(dir) / "class.json";
    if (std::filesystem::is_regular_file(bundle, ec)) {
        std::ifstream in(bundle);
        const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
        if (doc.is_discarded() || !doc.contains("teams") || !doc["teams"].is_array())
            return bundle.string() + ": not a class bundle's class.json (no 'teams' list)";
        for (const auto& team : doc["teams"]) {
            if (!team.contains("folder") || !team["folder"].is_string() || !team.contains("name") || !team["name"].is_string())
                return bundle.string() + ": a team without 'folder' and 'name'";
            const std::filesystem::path folder = std::filesystem::path(dir) / team["folder"].get<std::string>();
            teams->push_back({folder / "run.json", folder / "metrics.csv", team["name"].get<std::string>()});
        }
    } else {
        std::vector<std::filesystem::path> runs;
        for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
            if (entry.path().extension() == ".json") runs.push_back(entry.path());
        std::sort(runs.begin(), runs.end());
        for (const auto& run : runs) {
            std::filesystem::path csv = run;
            csv.replace_extension(".csv");
            teams->push_back({run, csv, run.stem().string()});
        }
    }
    if (teams->size() < 2)
        return "--class " + dir + ": needs at least two teams (a host's bundle, or TEAM.json files with TEAM.csv beside each), found " +
               std::to_string(teams->size());
    return "";
}

// The class page of a class folder (class_team_files); "" or why not.
std::string class_report(const std::string& dir, const std::string& scripts_dir, const ReportText& text, std::string* html) {
    std::vector<TeamFiles> files;
    if (std::string problem = class_team_files(dir, &files); !problem.empty()) return problem;
    std::vector<ReportInput> teams(files.size());
    std::vector<std::string> labels;
    for (size_t t = 0; t < files.size(); ++t) {
        const std::string problem = load_report_input(files[t].run.string(), files[t].csv.string(), scripts_dir, &teams[t]);
        if (!problem.empty()) return problem;
        if (teams[t].run["scenario"] != teams[0].run["scenario"])
            return files[t].run.string() + ": scenario " + teams[t].run["scenario"].dump() + ", not " + teams[0].run["scenario"].dump() + " as the other teams";
        labels.push_back(files[t].label);
    }
    *html = report_class_html(teams, labels, text);
    return "";
}

std::string shell_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}
}  // namespace

int report_command(const std::vector<std::string>& args) {
    if (wants_help(args)) { std::cout << kUsage; return 0; }
    std::vector<std::string> run_paths, csv_paths;
    std::string out_path, pdf_path, class_dir, labels, scripts_dir = default_scripts_dir(), language = default_language();
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if ((a == "--csv" || a == "--out" || a == "--pdf" || a == "--scripts" || a == "--labels" || a == "--class" || a == "--lang") && !has_value) {
            std::cerr << "keystone-cli report: " << a << " needs a value\n" << kUsage;
            return 2;
        }
        if (a == "--csv") {   // one CSV per run: the values up to the next option
            while (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0 && csv_paths.size() < 2) csv_paths.push_back(args[++i]);
        }
        else if (a == "--out") out_path = args[++i];
        else if (a == "--pdf") pdf_path = args[++i];
        else if (a == "--scripts") scripts_dir = args[++i];
        else if (a == "--labels") labels = args[++i];
        else if (a == "--class") class_dir = args[++i];
        else if (a == "--lang") {
            language = args[++i];
            if (!is_report_language(language)) { std::cerr << "keystone-cli report: --lang must be en or zh-CN\n"; return 2; }
        }
        else if (a.rfind("--", 0) == 0) { std::cerr << "keystone-cli report: unknown option " << a << " (valid: --csv, --out, --labels, --class, --scripts, --pdf, --lang)\n"; return 2; }
        else if (run_paths.size() < 2) run_paths.push_back(a);
        else { std::cerr << "keystone-cli report: give one run.json, or two for a what-if pair\n" << kUsage; return 2; }
    }
    std::string html, error;
    ReportText text;
    if (error = load_report_text(language, scripts_dir, &text); !error.empty()) { std::cerr << "keystone-cli report: " << error << "\n"; return 2; }
    if (labels.empty()) labels = text("report.pair.first_game", "first game") + "," + text("report.pair.second_game", "second game");
    if (!class_dir.empty()) {
        if (!run_paths.empty() || !csv_paths.empty()) { std::cerr << "keystone-cli report: --class DIR takes its runs from DIR: give no run.json or --csv\n"; return 2; }
        if (out_path.empty()) { std::cerr << "keystone-cli report: needs --out\n" << kUsage; return 2; }
        error = class_report(class_dir, scripts_dir, text, &html);
        if (!error.empty()) { std::cerr << "keystone-cli report: " << error << "\n"; return 2; }
        return write_and_print(html, out_path, pdf_path);
    }
    if (run_paths.size() == 1 && (has_extension(run_paths[0], ".save") || has_extension(run_paths[0], ".replay"))) {
        if (!csv_paths.empty() || out_path.empty()) { std::cerr << "keystone-cli report: a save or replay needs --out and no --csv\n" << kUsage; return 2; }
        ReportInput input;
        error = game_report_input(run_paths[0], scripts_dir, &input);
        if (!error.empty()) { std::cerr << "keystone-cli report: " << error << "\n"; return 2; }
        return write_and_print(report_html(input, text), out_path, pdf_path);
    }
    if (run_paths.empty() || csv_paths.empty() || out_path.empty()) {
        std::cerr << "keystone-cli report: needs RUN.json, --csv and --out\n" << kUsage;
        return 2;
    }
    if (csv_paths.size() != run_paths.size()) {
        std::cerr << "keystone-cli report: " << run_paths.size() << " run.json file(s) but " << csv_paths.size() << " CSV file(s) after --csv: give one CSV per run\n";
        return 2;
    }
    const size_t comma = labels.find(',');
    if (run_paths.size() == 2 && (comma == std::string::npos || comma == 0 || comma + 1 == labels.size())) {
        std::cerr << "keystone-cli report: --labels needs two names separated by a comma, not '" << labels << "'\n";
        return 2;
    }
    std::vector<ReportInput> inputs(run_paths.size());
    for (size_t r = 0; r < run_paths.size(); ++r) {
        error = load_report_input(run_paths[r], csv_paths[r], scripts_dir, &inputs[r]);
        if (!error.empty()) { std::cerr << "keystone-cli report: " << error << "\n"; return 2; }
    }
    if (inputs.size() == 2 && inputs[0].run["scenario"] != inputs[1].run["scenario"]) {
        std::cerr << "keystone-cli report: " << run_paths[0] << " and " << run_paths[1] << " are games of different scenarios (" << inputs[0].run["scenario"].dump()
                  << ", " << inputs[1].run["scenario"].dump() << "): a what-if pair compares two games of one scenario\n";
        return 2;
    }
    html = inputs.size() == 1 ? report_html(inputs[0], text) : report_pair_html(inputs[0], inputs[1], labels.substr(0, comma), labels.substr(comma + 1), text);
    return write_and_print(html, out_path, pdf_path);
}

namespace {
int write_and_print(const std::string& html, const std::string& out_path, const std::string& pdf_path) {
    std::string error;
    if (!write_atomic(out_path, html, &error)) { std::cerr << "keystone-cli report: " << error << "\n"; return 1; }
    if (pdf_path.empty()) return 0;
    const std::string chromium = find_program({"chromium", "chromium-browser"});
    if (chromium.empty()) { std::cerr << "keystone-cli report: --pdf needs chromium on PATH (Debian: apt-get install chromium)\n"; return 1; }
    const std::string command = shell_quote(chromium) + " --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=" +
                                shell_quote(std::filesystem::absolute(pdf_path).string()) + " " +
                                shell_quote("file://" + std::filesystem::absolute(out_path).string()) + " >/dev/null 2>&1";
    if (std::system(command.c_str()) != 0 || !std::filesystem::exists(pdf_path)) {
        std::cerr << "keystone-cli report: chromium could not print " << out_path << " to " << pdf_path << "\n";
        return 1;
    }
    return 0;
}
}  // namespace

}  // namespace keystone::cli
