// The debrief reports from the client (see debrief.h): engine/report builds the page, this file
// picks the file name, writes it and starts the desktop's opener.
#include "core/debrief.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "core/strings.h"
#include "core/user_files.h"
#include "io/atomic_file.h"
#include "report/find_program.h"
#include "report/report_html.h"
#include "report/report_input.h"

namespace keystone::client {

namespace {
bool write_report(const Session& session, const std::string& html, const std::string& kind, std::string* path, std::string* error) {
    std::error_code ec;
    std::filesystem::create_directories(reports_dir(), ec);
    if (ec) {
        *error = reports_dir() + ": " + ec.message();
        return false;
    }
    *path = unused_path(reports_dir(), stamped_file_name(session.scenario().id + kind, session.config().seed, std::time(nullptr), ".html"));
    return write_file_atomic(*path, html, error);
}
}  // namespace

report::ReportText report_text(const Session& session) {
    report::ReportText text;
    const std::string language = report::is_report_language(current_language()) ? current_language() : "en";
    if (!text.load(language, language_assets_dir(), session.config().scripts_dir).empty()) return report::ReportText();
    return text;
}

std::string report_outcome(const WrittenReport& report) {
    if (!report.error.empty()) return trf("results.debrief_failed", {report.error});
    return report.path.empty() ? std::string() : std::string(tr("results.debrief_written"));
}

bool write_debrief_report(const Session& session, const nlohmann::json& score, std::string* path, std::string* error) {
    report::ReportInput input;
    *error = report::report_input_of(session, score, &input);
    return error->empty() && write_report(session, report::report_html(input, report_text(session)), "", path, error);
}

bool write_whatif_report(const Session& main, const Session& branch, const std::string& main_label, const std::string& branch_label,
                         std::string* path, std::string* error) {
    report::ReportInput a, b;
    *error = report::report_input_of(main, nullptr, &a);
    if (error->empty()) *error = report::report_input_of(branch, nullptr, &b);
    return error->empty() && write_report(main, report::report_pair_html(a, b, main_label, branch_label, report_text(main)), "_whatif", path, error);
}

bool open_with_desktop(const std::string& path) {
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) return false;
    const std::string opener = report::find_program({"xdg-open"});
    if (opener.empty()) return false;
    // Fork twice: the grandchild runs the opener in its own session, detached from the game; the
    // child exits at once, so waiting for it never blocks and no zombie is left.
    const pid_t child = fork();
    if (child < 0) return false;
    if (child == 0) {
        if (fork() == 0) {
            setsid();
            const int null_fd = open("/dev/null", O_RDWR);
            if (null_fd >= 0) {
                dup2(null_fd, 0);
                dup2(null_fd, 1);
                dup2(null_fd, 2);
            }
            execl(opener.c_str(), opener.c_str(), path.c_str(), static_cast<char*>(nullptr));
        }
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return true;
}

}  // namespace keystone::client
