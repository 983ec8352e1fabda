// `keystone-cli batch`: many games in one process (worker threads), or over MPI ranks with --mpi,
// written as a tidy CSV and a JSON summary; with --sweep FILE, a parameter sweep and its
// sensitivity table (sweep_command.cpp). Output is identical whatever the threads or ranks.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <thread>

#include "batch_command.h"
#include "run_command.h"
#include "sim/metric_table.h"

#ifdef KEYSTONE_HAVE_MPI
#include <mpi.h>
#endif

namespace keystone::cli {

namespace {

const char* const kUsage =
    "usage: keystone-cli batch --scenario ID[,ID...] [--strategy ID[,ID...]] [--seeds A-B] [--years N]\n"
    "                          [--param NAME=VALUE]... [--lever NAME=VALUE]... [--indicators A,B,...]\n"
    "                          [--threads N] [--out summary.json] [--csv games.csv] [--scripts DIR] [--mpi]\n"
    "                          [--sweep FILE]\n"
    "  Plays every scenario x strategy over the seeds (default 1-100) and writes a JSON summary (stage\n"
    "  dates, goal probabilities with Wilson 95% intervals, indicator quantiles by year) and a tidy CSV\n"
    "  (one row per game and year). --scenario and --strategy repeat or take comma lists; 'default'\n"
    "  is the scenario's own AI. --threads defaults to the number of cores. --mpi spreads the games\n"
    "  over the ranks of mpirun (round-robin); rank 0 writes the same files as one process would.\n"
    "  --sweep FILE runs a sweep file instead (see docs and README: grid or Latin hypercube, PRCC).\n";

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

bool parse_assignment(const std::string& text, std::pair<std::string, double>* out) {
    const size_t eq = text.find('=');
    if (eq == std::string::npos || eq == 0) return false;
    char* end = nullptr;
    const std::string value = text.substr(eq + 1);
    const double v = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0' || !std::isfinite(v)) return false;
    *out = {text.substr(0, eq), v};
    return true;
}

}  // namespace

static int mpi_rank_count(int* rank) {
#ifdef KEYSTONE_HAVE_MPI
    int initialized = 0;
    MPI_Initialized(&initialized);
    // Only the main thread calls MPI; the worker threads play games.
    int provided = 0;
    if (!initialized) MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
    int size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    return size;
#else
    *rank = 0;
    return 0;  // no MPI in this build
#endif
}

void mpi_finish() {
#ifdef KEYSTONE_HAVE_MPI
    int initialized = 0, finalized = 0;
    MPI_Initialized(&initialized);
    MPI_Finalized(&finalized);
    if (initialized && !finalized) MPI_Finalize();
#endif
}

std::vector<GameResult> run_distributed(const BatchSpec& spec, int threads, bool mpi, bool* is_root) {
    *is_root = true;
    if (!mpi) return run_batch_jobs(spec, 0, 1, threads);
#ifdef KEYSTONE_HAVE_MPI
    int rank = 0;
    const int size = mpi_rank_count(&rank);
    *is_root = rank == 0;
    const std::vector<double> mine = encode_results(run_batch_jobs(spec, size_t(rank), size_t(size), threads));
    int length = int(mine.size());
    std::vector<int> lengths(size_t(size), 0), offsets(size_t(size), 0);
    MPI_Gather(&length, 1, MPI_INT, lengths.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    std::vector<double> all;
    if (rank == 0) {
        for (int r = 1; r < size; ++r) offsets[size_t(r)] = offsets[size_t(r - 1)] + lengths[size_t(r - 1)];
        all.resize(size_t(offsets.back() + lengths.back()));
    }
    MPI_Gatherv(mine.data(), length, MPI_DOUBLE, all.data(), lengths.data(), offsets.data(), MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (rank != 0) return {};
    // Rank r played jobs r, r+size, ...: put each back in its slot so the order is the job order.
    std::vector<GameResult> results(batch_job_count(spec));
    for (int r = 0; r < size; ++r) {
        std::vector<double> part(all.begin() + offsets[size_t(r)], all.begin() + offsets[size_t(r)] + lengths[size_t(r)]);
        std::vector<GameResult> decoded;
        if (!decode_results(part, &decoded)) throw std::runtime_error("rank " + std::to_string(r) + " sent unreadable results");
        for (size_t i = 0; i < decoded.size(); ++i) results[size_t(r) + i * size_t(size)] = std::move(decoded[i]);
    }
    return results;
#else
    (void)spec, (void)threads;
    throw std::runtime_error("this keystone-cli was built without MPI (install libopenmpi-dev and rebuild with -DKEYSTONE_MPI=ON)");
#endif
}

bool play_games(const BatchSpec& spec, int threads, bool mpi, std::vector<GameResult>* results, bool* is_root, std::string* error) {
    try {
        *results = run_distributed(spec, threads, mpi, is_root);
    } catch (const std::exception& e) {
        *error = e.what();
        return false;
    }
    mpi_finish();
    return true;
}

// Fills spec.combos: each strategy's roles come from the strategies the scripts define.
std::string resolve_combos(BatchSpec* spec, const std::vector<std::string>& scenarios, const std::vector<std::string>& strategies) {
    std::string error;
    const std::vector<StrategyDef> known = list_strategies(spec->base, &error);
    if (!error.empty()) return error;
    const std::vector<std::string> chosen = strategies.empty() ? std::vector<std::string>{"default"} : strategies;
    for (const std::string& scenario : scenarios)
        for (const std::string& strategy : chosen) {
            BatchCombo combo{scenario, strategy == "default" ? "" : strategy, {}, {}, {}, {}};
            if (!combo.strategy.empty()) {
                auto found = std::find_if(known.begin(), known.end(), [&](const StrategyDef& s) { return s.id == strategy; });
                if (found == known.end()) return "unknown strategy '" + strategy + "'";
                for (Role r : found->roles) combo.roles[size_t(r)] = strategy;
            }
            spec->combos.push_back(combo);
        }
    return "";
}

int batch_command(const std::vector<std::string>& args) {
    if (wants_help(args)) {
#ifdef KEYSTONE_HAVE_MPI
        std::cout << kUsage << "  This build has MPI (--mpi works).\n";
#else
        std::cout << kUsage << "  This build has no MPI (--mpi is refused): install libopenmpi-dev and rebuild.\n";
#endif
        return 0;
    }
    BatchSpec spec;
    spec.base.scripts_dir = default_scripts_dir();
    std::vector<std::string> scenarios, strategies;
    std::string out_path, csv_path, sweep_path;
    uint64_t first_seed = 1, last_seed = 100;
    int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    bool mpi = false;
    auto fail = [](const std::string& why) {
        std::cerr << "keystone-cli batch: " << why << "\n";
        mpi_finish();
        return 2;
    };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (flag == "--mpi") { mpi = true; continue; }
        if (i + 1 >= args.size()) return fail(flag + " needs a value\n" + kUsage);
        const std::string value = args[++i];
        std::pair<std::string, double> assignment;
        uint64_t n = 0;
        if (flag == "--scenario") for (auto& s : split_list(value)) scenarios.push_back(s);
        else if (flag == "--strategy") for (auto& s : split_list(value)) strategies.push_back(s);
        else if (flag == "--scripts") spec.base.scripts_dir = value;
        else if (flag == "--content") spec.base.extra_content_dirs.push_back(value);
        else if (flag == "--out") out_path = value;
        else if (flag == "--csv") csv_path = value;
        else if (flag == "--sweep") sweep_path = value;
        else if (flag == "--indicators") spec.indicators = split_list(value);
        else if (flag == "--seeds") {
            const size_t dash = value.find('-');
            const bool ok = dash == std::string::npos ? parse_uint(value, &last_seed) && (first_seed = 1)
                                                      : parse_uint(value.substr(0, dash), &first_seed) && parse_uint(value.substr(dash + 1), &last_seed);
            if (!ok || first_seed > last_seed || last_seed > (uint64_t(1) << 53) || last_seed - first_seed >= 1000000)
                return fail("--seeds must be A-B (A <= B, at most 1,000,000 seeds, B <= 2^53) or a count N, not '" + value + "'");
        } else if (flag == "--years" || flag == "--threads") {
            if (!parse_uint(value, &n) || n < 1 || n > (flag == "--years" ? uint64_t(kMaxYears) : 1024u))
                return fail(flag + " must be an integer from 1 to " + (flag == "--years" ? std::to_string(kMaxYears) : "1024") + ", not '" + value + "'");
            (flag == "--years" ? spec.years : threads) = int(n);
        } else if (flag == "--param" || flag == "--lever") {
            if (!parse_assignment(value, &assignment)) return fail(flag + " must be NAME=NUMBER, not '" + value + "'");
            Lever lever;
            if (flag == "--lever" && !lever_from_name(assignment.first, &lever)) return fail("--lever: unknown lever '" + assignment.first + "'");
            (flag == "--param" ? spec.base.param_overrides : spec.lever_overrides).push_back(assignment);
        } else return fail("unknown option " + flag + "\n" + kUsage);
    }
    if (!sweep_path.empty()) return sweep_command(sweep_path, spec, threads, mpi, out_path);
    if (scenarios.empty()) return fail(std::string("--scenario is required\n") + kUsage);
    if (spec.indicators.empty()) spec.indicators = default_batch_indicators();
    for (const std::string& name : spec.indicators)
        if (!metric_exists(name)) return fail("--indicators: unknown metric '" + name + "' (docs/outputs.md lists them)");
    for (uint64_t s = first_seed; s <= last_seed; ++s) spec.seeds.push_back(s);
    std::string error = resolve_combos(&spec, scenarios, strategies);
    if (!error.empty()) return fail(error);
    // One probe game per scenario reports bad scenario ids and parameter names before the batch.
    for (const std::string& scenario : scenarios) {
        SessionConfig probe = spec.base;
        probe.scenario_id = scenario;
        if (!Session::create(probe, &error)) return fail(error);
    }
    bool root = true;
    std::vector<GameResult> results;
    if (!play_games(spec, threads, mpi, &results, &root, &error)) return fail(error);
    if (!root) return 0;
    for (const GameResult& r : results)
        if (!r.error.empty()) std::cerr << "keystone-cli batch: seed " << r.seed << ": " << r.error << "\n";
    if (!csv_path.empty() && !write_atomic(csv_path, batch_csv(spec, results), &error)) return fail(error);
    const std::string summary = batch_summary_json(spec, results);
    if (out_path.empty()) std::cout << summary;
    else if (!write_atomic(out_path, summary, &error)) return fail(error);
    return 0;
}

}  // namespace keystone::cli
