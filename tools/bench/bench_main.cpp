// keystone-bench: speed figures for the README and the closing notes (never a timed test).
//   1. Bio Island, 25 years headless with its historical strategies: milliseconds per run.
//   2. A synthetic "province" of 50,000 firms: simulated months (ticks) per second.
//   3. The Monte Carlo batch (keystone-cli batch): Bio Island games per second at 1 and 2 threads.
// Usage: keystone-bench [--runs N] [--province-ticks N] [--batch-games N] [--scripts DIR]
// Figures are wall-clock; the Bio Island line also gives the CPU time of the run, which is the
// figure to compare on a shared machine where other work takes turns on the cores.
// --province-ticks 0 skips the province (useful under a profiler).
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "io/data_dir.h"
#include "session/batch.h"
#include "session/session.h"

using namespace keystone;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this thread in milliseconds (the games below run on the calling thread).
double thread_cpu_ms() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

std::string default_scripts() {
#ifdef KEYSTONE_SOURCE_DIR
    const std::string source_dir = KEYSTONE_SOURCE_DIR;
#else
    const std::string source_dir;
#endif
    const DataDirSearch search = locate_data_dir("", executable_dir(), source_dir);
    if (search.dir.empty()) {
        std::fprintf(stderr, "keystone-bench: %s\n", search.error.c_str());
        return "scripts";
    }
    return search.dir + "/scripts";
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 10, province_ticks = 12, batch_games = 40;
    std::string scripts = default_scripts();
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (flag == "--province-ticks" && i + 1 < argc) province_ticks = std::max(0, std::atoi(argv[++i]));
        else if (flag == "--batch-games" && i + 1 < argc) batch_games = std::max(0, std::atoi(argv[++i]));
        else if (flag == "--scripts" && i + 1 < argc) scripts = argv[++i];
        else { std::fprintf(stderr, "usage: keystone-bench [--runs N] [--province-ticks N] [--batch-games N] [--scripts DIR]\n"); return 2; }
    }

    std::vector<double> times, cpu_times;
    for (int r = 0; r < runs; ++r) {
        SessionConfig config;
        config.scripts_dir = scripts;
        config.seed = 100 + r;
        std::string error;
        const auto start = Clock::now();
        const double cpu_start = thread_cpu_ms();
        auto session = Session::create(config, &error);
        if (!session) { std::fprintf(stderr, "%s\n", error.c_str()); return 1; }
        while (!session->finished()) session->step();
        times.push_back(ms_since(start));
        cpu_times.push_back(thread_cpu_ms() - cpu_start);
    }
    std::sort(times.begin(), times.end());
    std::printf("bio_island 25 years (historical, incl. loading scripts): median %.1f ms, min %.1f ms, max %.1f ms over %d runs; "
                "CPU median %.1f ms\n",
                times[times.size() / 2], times.front(), times.back(), runs, median(cpu_times));

    // What a batch worker saves per game: starting Bio Island in a new Session (a new Lua state,
    // every script compiled) against restarting the worker's Session (compiled chunks reused).
    {
        SessionConfig config;
        config.scripts_dir = scripts;
        std::string error;
        std::unique_ptr<Session> session;
        std::vector<double> created, restarted;
        for (int r = 0; r < std::max(runs, 20); ++r) {
            auto start = Clock::now();
            session = Session::create(config, &error);
            created.push_back(ms_since(start));
            if (!session) { std::fprintf(stderr, "%s\n", error.c_str()); return 1; }
            start = Clock::now();
            session = Session::restart(std::move(session), config, &error);
            restarted.push_back(ms_since(start));
            if (!session) { std::fprintf(stderr, "%s\n", error.c_str()); return 1; }
        }
        std::sort(created.begin(), created.end());
        std::sort(restarted.begin(), restarted.end());
        std::printf("starting a bio_island game: Session::create median %.2f ms, Session::restart median %.2f ms (%zu runs)\n",
                    created[created.size() / 2], restarted[restarted.size() / 2], created.size());
    }

    if (batch_games > 0) {
        BatchSpec batch;
        batch.base.scripts_dir = scripts;
        batch.combos = {{"bio_island", "", {}, {}, {}}};
        for (int s = 1; s <= batch_games; ++s) batch.seeds.push_back(uint64_t(s));
        batch.years = 25;
        batch.indicators = default_batch_indicators();
        for (int threads : {1, 2}) {
            const auto start = Clock::now();
            const auto results = run_batch_jobs(batch, 0, 1, threads);
            const std::string summary = batch_summary_json(batch, results) + batch_csv(batch, results);
            const double ms = ms_since(start);
            std::printf("batch: %d bio_island games of 25 years with summary and CSV, %d thread%s: %.1f games/s (%.2f s; 1,000 games: %.1f s)\n",
                        batch_games, threads, threads == 1 ? "" : "s", batch_games * 1000.0 / ms, ms / 1000.0, ms / batch_games);
        }
    }

    if (province_ticks == 0) return 0;
    SessionConfig province;
    province.scripts_dir = scripts;
    province.seed = 1;
    province.adjust_scenario = [](ScenarioDef& sc) {
        sc.enterprises.count = 50000;
        sc.area_km2 = 100.0;  // room for the synthetic province (81,000 units)
        sc.institutes = 500;
        sc.providers_in_park = 300;
        sc.providers_in_city = 700;
        sc.professional_funds = 300;
        sc.nonprofessional_funds = 300;
    };
    std::string error;
    auto session = Session::create(province, &error);
    if (!session) { std::fprintf(stderr, "%s\n", error.c_str()); return 1; }
    session->step();  // warm up: the first month builds the indexes
    // The synthetic province's startups run out of cash over the years; measure while it still
    // holds about 50,000 firms and report the mean.
    double firms = 0.0;
    const auto start = Clock::now();
    for (int i = 0; i < province_ticks; ++i) {
        session->step();
        firms += session->world().metrics.enterprises;
    }
    const double ms = ms_since(start);
    std::printf("province of %.0f firms on average: %.1f ticks/s (%.2f ms per tick, %zu ties at the end, over %d ticks)\n",
                firms / province_ticks, province_ticks * 1000.0 / ms, ms / province_ticks, session->world().ties.size(),
                province_ticks);
    return 0;
}
