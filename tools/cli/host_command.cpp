// `keystone-cli host`: a facilitator without a window. It seats --teams teams that bring --code,
// plays the class in lockstep (engine/net/facilitator.h) and writes the class bundle.
#include <sys/resource.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <random>
#include <set>

#include <nlohmann/json.hpp>

#include "net/class_bundle.h"
#include "net/facilitator.h"
#include "net_command.h"
#include "run_command.h"

namespace keystone::cli {

namespace {

const char* const kUsage =
    "usage: keystone-cli host --scenario ID --port P --code CODE --teams K [--seed N] [--years N]\n"
    "                         [--speed MONTHS_PER_SECOND|max] [--out DIR] [--lan] [--rejoin-wait SECONDS]\n"
    "                         [--join-wait SECONDS] [--inject EVENT@MONTH]... [--message TEXT@MONTH]...\n"
    "                         [--session-save FILE] [--scripts DIR] [--mods DIR] [--lang en|zh-CN] [--quiet]\n"
    "       keystone-cli host --resume FILE [--out DIR] [--rejoin-wait SECONDS] [--scripts DIR] [--mods DIR] [--lang en|zh-CN] [--quiet]\n"
    "  --code CODE      the join code teams must give (show it on the projector)\n"
    "  --teams K        the class starts when K teams are seated (1 to 64)\n"
    "  --speed S        months per second (default max: as fast as the slowest team)\n"
    "  --out DIR        the class bundle: summary.json, class.json, class.html, teams/NN_name/{game.save,replay.json,run.json,metrics.csv}\n"
    "  --lan            listen on every interface (default: 127.0.0.1 only)\n"
    "  --rejoin-wait S  how long the class waits for a dropped team before going on without it (default 120)\n"
    "  --inject EVENT@MONTH  raise an event in every park at month MONTH (0 = the first month)\n"
    "  --message TEXT@MONTH  send a message to every team at month MONTH\n"
    "  --session-save FILE   keep the session save in FILE every month, its parks in FILE.parks/ (default with --out: DIR/session.json)\n"
    "  --resume FILE    start a crashed facilitator again from its session save; the teams rejoin by themselves\n"
    "  --lang L         the language of the bundle's class.html, en or zh-CN (default from LANG)\n"
    "Test drill: --test-kill-at MONTH (kill this process after that month, as a crash would).\n"
    "See docs/classroom.md.\n";

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

}  // namespace

int host_command(const std::vector<std::string>& args) {
    if (wants_help(args)) { std::cout << kUsage; return 0; }
    net::FacilitatorConfig config;
    config.content.scripts_dir = default_scripts_dir();
    std::string out_dir, resume_path, v, language = default_language();
    int64_t kill_at_month = -1;
    bool quiet = false;
    std::set<std::string> seen;
    const std::set<std::string> repeatable = {"--inject", "--message"};
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (!repeatable.count(flag) && !seen.insert(flag).second) return usage_error("host", flag + " is given twice", kUsage);
        auto value = [&](std::string* out) { return flag_value("host", args, &i, out); };
        if (flag == "--scenario") { if (!value(&config.content.scenario_id)) return 2; }
        else if (flag == "--seed") { if (!value(&v) || !parse_uint(v, &config.content.seed)) return usage_error("host", "--seed must be an integer from 0 to 18446744073709551615", kUsage); }
        else if (flag == "--years") {
            uint64_t years = 0;
            if (!value(&v) || !parse_uint(v, &years) || years < 1 || years > uint64_t(kMaxYears)) return usage_error("host", "--years must be between 1 and " + std::to_string(kMaxYears), kUsage);
            config.content.years = int(years);
        } else if (flag == "--port") { if (!value(&v) || !parse_port(v, &config.port)) return usage_error("host", "--port must be between 1 and 65535", kUsage); }
        else if (flag == "--code") { if (!value(&config.join_code)) return 2; }
        else if (flag == "--teams") {
            uint64_t teams = 0;
            if (!value(&v) || !parse_uint(v, &teams) || teams < 1 || teams > 64) return usage_error("host", "--teams must be between 1 and 64", kUsage);
            config.teams = int(teams);
        } else if (flag == "--speed") {
            if (!value(&v)) return 2;
            if (v != "max" && !parse_seconds(v, &config.months_per_second)) return usage_error("host", "--speed must be a number of months per second or 'max', not '" + v + "'", kUsage);
        } else if (flag == "--rejoin-wait") { if (!value(&v) || !parse_seconds(v, &config.rejoin_wait_seconds)) return usage_error("host", "--rejoin-wait must be a number of seconds", kUsage); }
        else if (flag == "--join-wait") { if (!value(&v) || !parse_seconds(v, &config.join_wait_seconds)) return usage_error("host", "--join-wait must be a number of seconds", kUsage); }
        else if (flag == "--inject" || flag == "--message") {
            net::FacilitatorConfig::Timed timed;
            if (!value(&v) || !parse_timed(v, &timed.text, &timed.month)) return usage_error("host", flag + " takes TEXT@MONTH (MONTH 0 is the first month), not '" + v + "'", kUsage);
            (flag == "--inject" ? config.injections : config.broadcasts).push_back(timed);
        } else if (flag == "--out") { if (!value(&out_dir)) return 2; }
        else if (flag == "--session-save") { if (!value(&config.session_save_path)) return 2; }
        else if (flag == "--resume") { if (!value(&resume_path)) return 2; }
        else if (flag == "--test-kill-at") {
            uint64_t month = 0;
            if (!value(&v) || !parse_uint(v, &month) || month > 12u * kMaxYears) return usage_error("host", "--test-kill-at takes a month number", kUsage);
            kill_at_month = int64_t(month);
        } else if (flag == "--lan") { config.bind_any = true; }
        else if (flag == "--lang") {
            if (!value(&language)) return 2;
            if (!is_report_language(language)) return usage_error("host", "--lang must be en or zh-CN", kUsage);
        }
        else if (flag == "--quiet") { quiet = true; }
        else if (flag == "--scripts") { if (!value(&config.content.scripts_dir)) return 2; }
        else if (flag == "--mods") {
            if (!value(&config.content.mods_dir)) return 2;
            const std::string problem = check_mods_dir(config.content.mods_dir);
            if (!problem.empty()) return usage_error("host", problem, "");
        } else return usage_error("host", "unknown option '" + flag + "'", kUsage);
    }
    // A resumed class is the one its session save describes: what shaped it cannot be changed.
    for (const char* fixed : {"--scenario", "--port", "--code", "--teams", "--seed", "--years", "--speed", "--inject", "--message", "--lan", "--join-wait"})
        if (!resume_path.empty() && seen.count(fixed)) return usage_error("host", std::string(fixed) + " comes from the session save; it cannot be given with --resume", kUsage);
    if (resume_path.empty())
        for (const char* required : {"--scenario", "--port", "--code", "--teams"})
            if (!seen.count(required)) return usage_error("host", std::string(required) + " is required", kUsage);
    config.token_seed = (uint64_t(std::random_device{}()) << 32) ^ std::random_device{}();
    config.log = [quiet](const std::string& line) { if (!quiet) std::cout << "host: " << line << std::endl; };
    std::string error;
    report::ReportText text;   // read before the class starts, so a missing string table stops it at once
    if (!out_dir.empty() && !(error = load_report_text(language, config.content.scripts_dir, &text)).empty()) {
        std::cerr << "keystone-cli host: " << error << "\n";
        return 2;
    }
    if (config.session_save_path.empty() && !out_dir.empty() && resume_path.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(out_dir, ec);
        if (ec) { std::cerr << "keystone-cli host: " << out_dir << ": cannot create the folder (" << ec.message() << ")\n"; return 2; }
        config.session_save_path = (std::filesystem::path(out_dir) / "session.json").string();
    }
    auto facilitator = resume_path.empty() ? net::Facilitator::create(config, &error) : net::Facilitator::resume(resume_path, config, &error);
    if (!facilitator) { std::cerr << "keystone-cli host: " << error << "\n"; return 2; }
    if (!quiet)
        std::cout << "host: listening on " << (facilitator->config().bind_any ? "every interface" : "127.0.0.1") << ", port "
                  << facilitator->config().port << ", join code " << facilitator->config().join_code << ", content " << facilitator->content_hash() << std::endl;
    const auto start = std::chrono::steady_clock::now();
    auto now = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    while (facilitator->service(now(), 5))
        if (kill_at_month >= 0 && facilitator->month() > kill_at_month) std::raise(SIGKILL);   // the drill: a crash, no goodbye
    nlohmann::json summary = facilitator->summary_json();
    summary["host_cpu_seconds"] = cpu_seconds();
    summary["host_wall_seconds"] = now();
    if (!facilitator->failure().empty()) std::cerr << "keystone-cli host: " << facilitator->failure() << "\n";
    if (!out_dir.empty() && !net::write_class_bundle(*facilitator, summary, out_dir, text, &error)) {
        std::cerr << "keystone-cli host: " << error << "\n";
        return 1;
    }
    if (!quiet)
        for (const auto& team : summary["teams"])
            std::cout << "host: team " << team["index"] << " '" << team["name"].get<std::string>() << "': " << team["months_verified"]
                      << " of " << team["months"] << " months verified, " << team["mismatches"].size() << " desyncs, "
                      << team["reconnects"] << " rejoins, final hash " << team["final_hash"].get<std::string>() << "\n";
    return summary["completed"].get<bool>() ? 0 : 1;
}

}  // namespace keystone::cli
