// keystone-bench: speed figures for the README and the closing notes (never a timed test).
//   1. Bio Island, 25 years headless with its historical strategies: milliseconds per run.
//   2. A synthetic "province" of 50,000 firms: simulated months (ticks) per second.
//   3. The Monte Carlo batch (keystone-cli batch): Bio Island games per second at 1 and 2 threads.
//   4. --scaling: the cost of a firm-month from 100 to 200,000 firms (docs/performance.md), alone.
// Usage: keystone-bench [--runs N] [--province-ticks N] [--batch-games N] [--scripts DIR]
//                       [--scaling [--sizes N,N,...]]
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
#include "sim/hash.h"

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

// A synthetic park of `firms` firms: the province's shape (its density of floor space and its
// enablers per firm) at any size, so the cost per firm-month can be compared across sizes.
SessionConfig synthetic_park(const std::string& scripts, int firms) {
    SessionConfig config;
    config.scripts_dir = scripts;
    config.seed = 1;
    config.adjust_scenario = [firms](ScenarioDef& sc) {
        const double scale = firms / 50000.0;
        auto count = [scale](int at_province) { return std::max(1, int(at_province * scale + 0.5)); };
        sc.enterprises.count = firms;
        sc.area_km2 = 100.0 * scale;  // about 1.6 small-firm units of floor space per firm
        sc.institutes = count(500);
        sc.providers_in_park = count(300);
        sc.providers_in_city = count(700);
        sc.professional_funds = count(300);
        sc.nonprofessional_funds = count(300);
    };
    return config;
}

// One row of the scaling table: months of a synthetic park after a first month (which builds the
// indexes), on this thread's CPU clock. The population drifts as startups run out of cash, so the
// cost is divided by the firm-months actually simulated.
bool scaling_row(const std::string& scripts, int firms) {
    std::string error;
    auto session = Session::create(synthetic_park(scripts, firms), &error);
    if (!session) { std::fprintf(stderr, "%s\n", error.c_str()); return false; }
    session->step();
    // Enough months for a steady figure at small sizes, few enough to finish at the largest.
    const int months = std::clamp(2000000 / firms, 12, 120);
    double firm_months = 0.0;
    const double cpu_start = thread_cpu_ms();
    for (int i = 0; i < months && !session->finished(); ++i) {
        session->step();
        firm_months += session->world().metrics.enterprises;
    }
    const double cpu_ms = thread_cpu_ms() - cpu_start;
    std::printf("| %d | %d | %.0f | %zu | %.3f | %.0f | %.0f |\n", firms, months, firm_months / months,
                session->world().ties.size(), cpu_ms / months, cpu_ms * 1e6 / std::max(1.0, firm_months),
                months * 1000.0 / cpu_ms);
    std::fflush(stdout);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 10, province_ticks = 12, batch_games = 40;
    bool scaling = false;
    std::vector<int> sizes{100, 500, 2000, 10000, 50000, 200000};
    std::string scripts = default_scripts();
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (flag == "--province-ticks" && i + 1 < argc) province_ticks = std::max(0, std::atoi(argv[++i]));
        else if (flag == "--batch-games" && i + 1 < argc) batch_games = std::max(0, std::atoi(argv[++i]));
        else if (flag == "--scripts" && i + 1 < argc) scripts = argv[++i];
        else if (flag == "--scaling") scaling = true;
        else if (flag == "--sizes" && i + 1 < argc) {
            sizes.clear();
            for (const char* p = argv[++i]; *p;) {
                char* end = nullptr;
                const long n = std::strtol(p, &end, 10);
                if (end == p || n < 10 || n > 1000000) { std::fprintf(stderr, "keystone-bench: --sizes takes firm counts from 10 to 1,000,000, comma-separated\n"); return 2; }
                sizes.push_back(int(n));
                p = *end == ',' ? end + 1 : end;
            }
        } else {
            std::fprintf(stderr, "usage: keystone-bench [--runs N] [--province-ticks N] [--batch-games N] [--scripts DIR] [--scaling [--sizes N,N,...]]\n");
            return 2;
        }
    }
    if (scaling) {
        std::printf("| firms at start | months | mean firms | ties at the end | CPU ms per month | CPU ns per firm-month | months/s |\n"
                    "|---|---|---|---|---|---|---|\n");
        for (int firms : sizes)
            if (!scaling_row(scripts, firms)) return 1;
        return 0;
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
        batch.combos = {{"bio_island", "", {}, {}, {}, {}}};
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
    const SessionConfig province = synthetic_park(scripts, 50000);  // 81,000 units of floor space
    std::string error;
    auto session = Session::create(province, &error);
    if (!session) { std::fprintf(stderr, "%s\n", error.c_str()); return 1; }
    session->step();  // warm up: the first month builds the indexes
    // The synthetic province's startups run out of cash over the years; measure while it still
    // holds about 50,000 firms and report the mean.
    double firms = 0.0;
    const auto start = Clock::now();
    const double cpu_start = thread_cpu_ms();
    for (int i = 0; i < province_ticks; ++i) {
        session->step();
        firms += session->world().metrics.enterprises;
    }
    const double ms = ms_since(start), cpu_ms = thread_cpu_ms() - cpu_start;
    // The hash lets a speed change show that the province plays the same months as before.
    std::printf("province of %.0f firms on average: %.1f ticks/s (%.2f ms per tick, %zu ties at the end, over %d ticks; "
                "CPU %.1f ticks/s; hash %s)\n",
                firms / province_ticks, province_ticks * 1000.0 / ms, ms / province_ticks, session->world().ties.size(),
                province_ticks, province_ticks * 1000.0 / cpu_ms, hash_hex(session->hash()).c_str());
    return 0;
}
