// `keystone-cli lint PATH...`: checks content scripts without running a game: syntax, required
// fields and their types, unknown fields, unknown API functions, unknown metric and lever
// names, duplicate ids, levers that policies or event choices move but no rule reads (a warning).
// Every message is "file:line: what is wrong". Exit 1 if any error.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "run_command.h"
#include "script/api_reference.h"
#include "script/content_locale.h"
#include "script/content_schema.h"
#include "script/script_host.h"
#include "session/session.h"
#include "sim/lever_registry.h"
#include "sim/levers.h"
#include "sim/metric_table.h"

namespace keystone::cli {

namespace fs = std::filesystem;

namespace {

// The kind of a content file from the folder it sits in.
std::string kind_of(const fs::path& file) {
    for (fs::path p = file.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path())
        for (const auto& k : content_schema())
            if (p.filename() == k.folder) return k.kind;
    return "";
}

int line_of_text(const std::string& file, const std::string& needle) {
    std::ifstream in(file);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
        if (line.find(needle) != std::string::npos) return n;
    return 0;
}

struct Report {
    int errors = 0, warnings = 0;
    void error(const std::string& m) { std::cout << m << "\n"; ++errors; }
    void warning(const std::string& m) { std::cout << m << " [warning]\n"; ++warnings; }
};

void check_api_use(const std::string& file, const std::string& source, const std::set<std::string>& policy_ids, Report& report) {
    std::istringstream lines(source);
    std::string line;
    int number = 0;
    static const std::regex call(R"(\b(keystone|fx|act)\.([A-Za-z_][A-Za-z0-9_]*))");
    static const std::regex metric(R"(keystone\.metric\(\s*["']([^"']*)["'])");
    static const std::regex lever(R"((?:keystone\.lever|fx\.lever|act\.set_lever)\(\s*["']([^"']*)["'])");
    static const std::regex enact(R"(act\.(?:enact|repeal|active)\(\s*["']([^"']*)["'])");
    while (std::getline(lines, line)) {
        ++number;
        const std::string code = line.substr(0, line.find("--"));  // comments may mention anything
        const std::string at = file + ":" + std::to_string(number) + ": ";
        for (std::sregex_iterator it(code.begin(), code.end(), call), end; it != end; ++it)
            if (!api_function_exists((*it)[1], (*it)[2]))
                report.error(at + "unknown API function '" + (*it)[1].str() + "." + (*it)[2].str() + "' (see docs/lua-api.md)");
        for (std::sregex_iterator it(code.begin(), code.end(), metric), end; it != end; ++it)
            if (!metric_exists((*it)[1])) report.error(at + "unknown metric '" + (*it)[1].str() + "'");
        for (std::sregex_iterator it(code.begin(), code.end(), lever), end; it != end; ++it) {
            Lever l;
            if (!lever_from_name((*it)[1], &l)) report.error(at + "unknown lever '" + (*it)[1].str() + "'");
        }
        for (std::sregex_iterator it(code.begin(), code.end(), enact), end; it != end; ++it)
            if (!policy_ids.count((*it)[1])) report.warning(at + "no policy with id '" + (*it)[1].str() + "' is loaded");
    }
}

// First line at or after `from` where `lever = ` is written (an effects table), else `from`.
int effect_line(const std::string& file, const std::string& lever, int from) {
    std::ifstream in(file);
    std::string line;
    const std::regex assignment("\\b" + lever + "\\s*=");
    for (int n = 1; std::getline(in, line); ++n)
        if (n >= from && std::regex_search(line.substr(0, line.find("--")), assignment)) return n;
    return std::max(from, 1);
}

// A policy or event choice that moves a lever no rule reads promises an effect the engine never
// applies (the lever registry, engine/sim/lever_registry.cpp, says who reads what).
void check_lever_reach(const LoadedContent& linted, const std::set<Lever>& assume_unread, Report& report) {
    auto unread = [&](Lever l) { return assume_unread.count(l) > 0 || rules_reading(l).empty(); };
    auto warn = [&](const std::string& file, Lever l, int from) {
        report.warning(file + ":" + std::to_string(effect_line(file, lever_name(l), from)) + ": lever '" + lever_name(l) +
                       "' is read by no rule of the engine");
    };
    for (const auto& p : linted.policies)
        for (const auto& effect : p.effects)
            if (unread(effect.first)) warn(p.source.file, effect.first, 1);
    for (const auto& e : linted.events)
        for (const auto& choice : e.choices)
            for (const auto& effect : choice.effects)
                if (unread(effect.first)) warn(e.source.file, effect.first, line_of_text(e.source.file, "\"" + choice.id + "\""));
}

// The folder a content file belongs to: the parent of its kind folder (scripts/, my_mod/).
fs::path content_root(const fs::path& file) {
    for (fs::path p = file.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path())
        for (const auto& k : content_schema())
            if (p.filename() == k.folder) return p.parent_path();
    return file.parent_path();
}

// Every text a person reads must exist in every content language (content_locale.h): missing in
// the shipped scripts is an error, in a mod a warning (the English text is shown instead).
void check_translations(const LoadedContent& linted, const fs::path& shipped_root, Report& report) {
    std::map<std::string, std::map<std::string, std::string>> tables;   // locale file -> texts
    std::set<std::string> reported;
    for (const LocalizableText& text : localizable_texts(linted)) {
        const fs::path root = content_root(text.file);
        std::error_code code;
        const bool shipped = fs::equivalent(root, shipped_root, code);
        for (const std::string& language : content_languages()) {
            const std::string path = (root / "locale" / (language + ".json")).generic_string();
            if (!tables.count(path)) {
                std::string problem;
                auto& table = tables[path];
                if (!load_locale_file(path, &table, &problem) && reported.insert(path).second) {
                    const std::string message = path + ":1: " + problem + " (translations of this content into " + language + ")";
                    if (shipped || fs::exists(path, code)) report.error(message);
                    else report.warning(message);
                }
            }
            auto it = tables[path].find(text.key);
            if (it != tables[path].end() && !it->second.empty()) continue;
            if (!fs::exists(path, code)) continue;   // said once above
            const std::string message = text.file + ":1: no " + language + " text for '" + text.key + "' in " + path;
            if (shipped) report.error(message);
            else report.warning(message);
        }
    }
}

}  // namespace

namespace {
const char* const kUsage = "usage: keystone-cli lint PATH... [--scripts DIR] [--assume-unread LEVER]\n"
                           "  checks content files (or folders of them, mods included) without running a game\n";
}  // namespace

int lint_command(const std::vector<std::string>& args) {
    if (wants_help(args)) { std::cout << kUsage; return 0; }
    std::string scripts = default_scripts_dir();
    std::vector<fs::path> files;
    std::set<Lever> assume_unread;  // --assume-unread: lint as if no rule read this lever
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--scripts" && i + 1 < args.size()) { scripts = args[++i]; continue; }
        if (args[i] == "--assume-unread" && i + 1 < args.size()) {
            Lever l;
            if (!lever_from_name(args[++i], &l)) { std::cerr << "keystone-cli lint: unknown lever '" << args[i] << "'\n"; return 2; }
            assume_unread.insert(l);
            continue;
        }
        const fs::path path(args[i]);
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                if (it->is_regular_file() && it->path().extension() == ".lua") files.push_back(it->path());
        } else if (fs::is_regular_file(path, ec)) {
            files.push_back(path);
        } else {
            std::cerr << "keystone-cli lint: " << args[i] << ": no such file or folder\n";
            return 2;
        }
    }
    if (files.empty()) { std::cerr << kUsage; return 2; }
    // Libraries first (other files may call library() while loading), then by path.
    std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
        const bool la = kind_of(a) == "library", lb = kind_of(b) == "library";
        return la != lb ? la : a < b;
    });

    // The shipped content, to find ids that a mod would shadow and policies strategies name.
    ScriptHost shipped_host;
    const LoadedContent shipped = shipped_host.load_content(scripts);
    std::set<std::string> policy_ids;
    std::map<std::string, std::string> shipped_files;   // "kind:id" -> file
    for (const auto& p : shipped.policies) { policy_ids.insert(p.id); shipped_files["policy:" + p.id] = p.source.file; }
    for (const auto& e : shipped.events) shipped_files["event:" + e.id] = e.source.file;
    for (const auto& s : shipped.scenarios) shipped_files["scenario:" + s.id] = s.source.file;
    for (const auto& s : shipped.strategies) shipped_files["strategy:" + s.id] = s.source.file;

    Report report;
    ScriptHost host;
    LoadedContent linted;
    for (const fs::path& file : files) {
        if (file.filename() == "params.lua") continue;
        const std::string name = file.generic_string();
        if (file.filename() == "mod.lua") {  // a mod's manifest
            ModManifest manifest;
            std::string problem;
            if (!host.load_manifest(name, &manifest, &problem)) {
                // "folder/mod.lua:LINE: what" when Lua knows the line: keep the line, use the full path.
                std::smatch m;
                if (std::regex_search(problem, m, std::regex(R"(^[^:]*mod\.lua:(\d+): )")))
                    report.error(name + ":" + m[1].str() + ": " + m.suffix().str());
                else
                    report.error(name + ":1: " + problem);
            }
            continue;
        }
        const std::string kind = kind_of(file);
        if (kind.empty()) {
            report.error(name + ":1: cannot tell what kind of content this is: put it under policies/, events/, scenarios/ or ai/");
            continue;
        }
        const size_t errors_before = linted.errors.size(), warnings_before = linted.warnings.size();
        host.load_file(kind, name, &linted, name);
        for (size_t i = errors_before; i < linted.errors.size(); ++i) {
            const ScriptFailure& f = linted.errors[i];
            std::string message = f.message.substr(0, f.message.find("\nstack traceback"));
            const std::regex positioned("^" + std::regex_replace(name, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") + R"(:\d+:)");
            if (!std::regex_search(message, positioned)) {
                // No position in the message itself: take the innermost line of this file from the
                // traceback, or the line where the offending name appears, else line 1.
                int line = f.line;
                std::smatch m;
                if (line == 0 && std::regex_search(f.message, m, std::regex(R"(\.lua:(\d+):)"))) line = std::stoi(m[1]);
                if (line == 0 && std::regex_search(message, m, std::regex(R"(unknown lever '([^']*)')")))
                    line = line_of_text(name, m[1]);
                const std::string rest = message.rfind(name + ": ", 0) == 0 ? message.substr(name.size() + 2) : message;
                message = name + ":" + std::to_string(line > 0 ? line : 1) + ": " + rest;
            }
            report.error(message);
        }
        for (size_t i = warnings_before; i < linted.warnings.size(); ++i) report.warning(linted.warnings[i].message);
        std::ifstream in(file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        for (const auto& p : linted.policies) policy_ids.insert(p.id);
        check_api_use(name, text.str(), policy_ids, report);
    }
    // A scenario's default AI must exist (shipped or among the linted files) and play its role;
    // otherwise every run of the scenario fails at start.
    for (const auto& scenario : linted.scenarios)
        for (int r = 0; r < kRoleCount; ++r) {
            const std::string& id = scenario.default_ai[size_t(r)];
            const StrategyDef* found = nullptr;
            for (const auto& s : linted.strategies) if (!found && s.id == id) found = &s;
            for (const auto& s : shipped.strategies) if (!found && s.id == id) found = &s;
            const int line = std::max(1, line_of_text(scenario.source.file, "default_ai"));
            const std::string at = scenario.source.file + ":" + std::to_string(line) + ": ";
            if (!found) report.error(at + "default_ai names unknown strategy '" + id + "' for the " + role_name(Role(r)));
            else if (std::find(found->roles.begin(), found->roles.end(), Role(r)) == found->roles.end())
                report.error(at + "default_ai: strategy '" + id + "' cannot play the " + role_name(Role(r)) + " role");
        }
    // Values that load but are probably a unit mistake, and starts that do not fit the park.
    Params params;
    std::string params_error;
    if (!linted.scenarios.empty() && shipped_host.load_params(scripts + "/params.lua", &params, &params_error))
        for (const auto& scenario : linted.scenarios)
            for (const auto& warning : scenario_warnings(scenario, params)) {
                const std::string field = warning.substr(0, warning.find_first_of(" :"));
                const int line = std::max(1, line_of_text(scenario.source.file, field.substr(field.rfind('.') + 1)));
                report.warning(scenario.source.file + ":" + std::to_string(line) + ": " + warning);
            }
    auto shadow = [&](const std::string& key, const std::string& file) {
        auto it = shipped_files.find(key);
        if (it != shipped_files.end() && fs::path(it->second).filename() != fs::path(file).filename())
            report.warning(file + ":1: " + key + " has the same id as shipped content (" + it->second + ")");
    };
    for (const auto& p : linted.policies) shadow("policy:" + p.id, p.source.file);
    for (const auto& e : linted.events) shadow("event:" + e.id, e.source.file);
    check_lever_reach(linted, assume_unread, report);
    check_translations(linted, scripts, report);
    std::cout << files.size() << " files checked: " << report.errors << " errors, " << report.warnings << " warnings\n";
    return report.errors > 0 ? 1 : 0;
}

}  // namespace keystone::cli
