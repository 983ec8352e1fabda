// `keystone-cli report`: one self-contained HTML debrief from a run's run.json and CSV, and a PDF
// of it through headless Chromium when asked and installed.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "report_html.h"
#include "report_input.h"
#include "run_command.h"

namespace keystone::cli {

namespace {
const char* const kUsage =
    "usage: keystone-cli report RUN.json --csv METRICS.csv --out REPORT.html [--scripts DIR] [--pdf REPORT.pdf]\n"
    "  RUN.json, METRICS.csv  written by 'keystone-cli run --out RUN.json --csv METRICS.csv'\n"
    "  --out FILE     the report: one HTML file with inline CSS and SVG charts, no scripts, no links out;\n"
    "                 the same inputs always give the same bytes\n"
    "  --scripts DIR  content root for the scenario's name, teaching note and reference figures (default: scripts)\n"
    "  --pdf FILE     also print the report to an A4 PDF with headless Chromium (fails if chromium is not installed)\n";

// The first `chromium` (or `chromium-browser`) on PATH, or "".
std::string find_chromium() {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "";
    size_t start = 0;
    while (start <= dirs.size()) {
        const size_t end = std::min(dirs.find(':', start), dirs.size());
        for (const char* name : {"chromium", "chromium-browser"}) {
            const std::filesystem::path candidate = std::filesystem::path(dirs.substr(start, end - start)) / name;
            std::error_code ec;
            if (!dirs.substr(start, end - start).empty() && std::filesystem::is_regular_file(candidate, ec)) return candidate.string();
        }
        start = end + 1;
    }
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
    std::string run_path, csv_path, out_path, pdf_path, scripts_dir = default_scripts_dir();
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if ((a == "--csv" || a == "--out" || a == "--pdf" || a == "--scripts") && !has_value) {
            std::cerr << "keystone-cli report: " << a << " needs a value\n" << kUsage;
            return 2;
        }
        if (a == "--csv") csv_path = args[++i];
        else if (a == "--out") out_path = args[++i];
        else if (a == "--pdf") pdf_path = args[++i];
        else if (a == "--scripts") scripts_dir = args[++i];
        else if (a.rfind("--", 0) == 0) { std::cerr << "keystone-cli report: unknown option " << a << " (valid: --csv, --out, --scripts, --pdf)\n"; return 2; }
        else if (run_path.empty()) run_path = a;
        else { std::cerr << "keystone-cli report: give one run.json\n" << kUsage; return 2; }
    }
    if (run_path.empty() || csv_path.empty() || out_path.empty()) {
        std::cerr << "keystone-cli report: needs RUN.json, --csv and --out\n" << kUsage;
        return 2;
    }
    ReportInput input;
    std::string error = load_report_input(run_path, csv_path, scripts_dir, &input);
    if (!error.empty()) { std::cerr << "keystone-cli report: " << error << "\n"; return 2; }
    if (!write_atomic(out_path, report_html(input), &error)) { std::cerr << "keystone-cli report: " << error << "\n"; return 1; }
    if (pdf_path.empty()) return 0;
    const std::string chromium = find_chromium();
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

}  // namespace keystone::cli
