// keystone-cli subcommands.
#pragma once
#include <string>
#include <vector>

#include "io/data_dir.h"
#include "report/condition_history.h"
#include "report/report_text.h"
#include "session/session.h"

namespace keystone::cli {

// The run record, its CSV and the report live in engine/report (the client writes them too).
using namespace keystone::report;

int run_command(const std::vector<std::string>& args);     // keystone-cli run ...
int replay_command(const std::vector<std::string>& args);  // keystone-cli replay verify FILE
int whatif_command(const std::vector<std::string>& args);  // keystone-cli whatif ...
int lint_command(const std::vector<std::string>& args);    // keystone-cli lint PATH...
int docs_command(const std::vector<std::string>& args);    // keystone-cli docs [--out DIR] [--check]
int explain_command(const std::vector<std::string>& args);  // keystone-cli explain run.json
int elasticity_command(const std::vector<std::string>& args);  // keystone-cli elasticity --scenario ID ...
int report_command(const std::vector<std::string>& args);  // keystone-cli report RUN.json --csv CSV --out HTML
// Writes through a temporary file and a rename, so a crash never leaves half a file.
bool write_atomic(const std::string& path, const std::string& text, std::string* error);
// Whether the arguments ask for the command's usage (--help or -h anywhere).
bool wants_help(const std::vector<std::string>& args);
// A decimal integer from 0 to 2^64-1 (no sign, no spaces); false otherwise.
bool parse_uint(const std::string& text, uint64_t* out);
// "" if DIR is a folder, else why --mods DIR is refused.
std::string check_mods_dir(const std::string& dir);
// Whether two paths name the same file (after resolving links and "..").
bool same_file(const std::string& a, const std::string& b);
// The data folder (scripts/ and assets/) found by locate_data_dir (io/data_dir.h): the global
// --data-dir flag (set_data_dir_flag), $KEYSTONE_DATA_DIR, beside the executable, the source tree.
// Resolved once; when none is found, the places looked are printed once to stderr.
const DataDirSearch& data_dir_search();
void set_data_dir_flag(const std::string& dir);   // before the first data_dir_search()
// data_dir_search()'s scripts/ folder ("scripts" when none was found): each command's default
// for --scripts.
std::string default_scripts_dir();
// The language of what a person reads (the run summary, a report) when --lang is not given: from
// LANG, "zh-CN" for a Chinese locale, else "en".
std::string default_language();
// The report's words in `language`: the data folder's assets/i18n (else the one beside
// scripts_dir) and scripts_dir/locale. "" or a message naming the file or the language.
std::string load_report_text(const std::string& language, const std::string& scripts_dir, ReportText* text);

}  // namespace keystone::cli
