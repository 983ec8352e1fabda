// Monte Carlo batches: the summary matches a hand computation over five games played one by one,
// the output does not depend on the number of threads, results survive the MPI encoding, and
// the statistics (quantiles, Wilson intervals, PRCC) give known answers on known inputs.
#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>

#include "session/batch.h"
#include "sim/metric_table.h"
#include "test_support.h"

using namespace keystone;

namespace {

BatchSpec small_batch() {
    BatchSpec spec;
    spec.base.scripts_dir = test::scripts_dir();
    spec.base.extra_content_dirs = {test::fixtures_dir()};
    spec.combos = {{"bio_island", "", {}, {}, {}, {}}};
    spec.seeds = {1, 2, 3, 4, 5};
    spec.years = 5;
    spec.indicators = {"enterprises", "patents"};
    return spec;
}

}  // namespace

TEST_CASE("batch summary matches a hand computation over five games", "[batch]") {
    const BatchSpec spec = small_batch();
    const std::vector<GameResult> results = run_batch_jobs(spec, 0, 1, 2);
    const nlohmann::json summary = nlohmann::json::parse(batch_summary_json(spec, results));
    const nlohmann::json& entry = summary["results"][0];
    REQUIRE(entry["games"] == 5);

    // By hand: play each seed alone, read enterprises at the end of year 3 and 5, the first month
    // in agglomeration and the first goal (agglomeration by year 4).
    std::vector<double> enterprises_y3, enterprises_y5, agglomeration_months;
    int goal_met = 0;
    for (uint64_t seed : spec.seeds) {
        SessionConfig config = test::scenario_config("bio_island", seed);
        config.years = 5;
        auto session = test::start(config);
        int month = 0, first_agglomeration = 0;
        while (!session->finished()) {
            session->step();
            ++month;
            if (session->world().stage.stage == Stage::Agglomeration && first_agglomeration == 0) first_agglomeration = month;
            double value = 0;
            read_metric(session->world(), "enterprises", &value);
            if (month == 36) enterprises_y3.push_back(value);
            if (month == 60) enterprises_y5.push_back(value);
        }
        if (first_agglomeration > 0) agglomeration_months.push_back(first_agglomeration);
        goal_met += session->goal_status()[0].met ? 1 : 0;
    }
    std::sort(enterprises_y3.begin(), enterprises_y3.end());
    std::sort(enterprises_y5.begin(), enterprises_y5.end());
    // Five values: the median is the third; the 25% quantile sits exactly on the second (type 7).
    CHECK(entry["indicators_by_year"]["enterprises"][2][2].get<double>() == enterprises_y3[2]);
    CHECK(entry["indicators_by_year"]["enterprises"][4][1].get<double>() == enterprises_y5[1]);
    CHECK(entry["indicators_by_year"]["enterprises"][4][3].get<double>() == enterprises_y5[3]);
    CHECK(entry["stages"]["agglomeration"]["reached_share"].get<double>() == Approx(agglomeration_months.size() / 5.0));
    if (!agglomeration_months.empty())
        CHECK(entry["stages"]["agglomeration"]["first_month_quantiles"][2].get<double>() == Approx(quantile(agglomeration_months, 0.5)));
    CHECK(entry["goals"][0]["met"] == goal_met);
    CHECK(entry["goals"][0]["probability"].get<double>() == Approx(goal_met / 5.0));
    // Every game was in flocking in its first month.
    CHECK(entry["stages"]["flocking"]["reached_share"].get<double>() == 1.0);
}

TEST_CASE("batch output is the same with one thread or several, and survives the MPI encoding", "[batch]") {
    const BatchSpec spec = small_batch();
    const auto one = run_batch_jobs(spec, 0, 1, 1);
    const auto three = run_batch_jobs(spec, 0, 1, 3);
    CHECK(batch_summary_json(spec, one) == batch_summary_json(spec, three));
    CHECK(batch_csv(spec, one) == batch_csv(spec, three));
    // Seeds differ, so the games differ: the comparison above could fail.
    CHECK(one[0].yearly != one[1].yearly);
    std::vector<GameResult> decoded;
    REQUIRE(decode_results(encode_results(one), &decoded));
    CHECK(batch_csv(spec, decoded) == batch_csv(spec, one));
    CHECK(batch_summary_json(spec, decoded) == batch_summary_json(spec, one));
    std::vector<double> truncated = encode_results(one);
    truncated.pop_back();
    std::vector<GameResult> ignored;
    CHECK_FALSE(decode_results(truncated, &ignored));
}

TEST_CASE("quantiles and Wilson intervals give textbook values", "[batch]") {
    CHECK(quantile({4, 1, 3, 2}, 0.5) == Approx(2.5));
    CHECK(quantile({4, 1, 3, 2}, 0.25) == Approx(1.75));
    CHECK(std::isnan(quantile({}, 0.5)));
    const auto [low, high] = wilson_interval(8, 10);
    CHECK(low == Approx(0.4902).margin(1e-4));
    CHECK(high == Approx(0.9433).margin(1e-4));
    const auto [zero_low, zero_high] = wilson_interval(0, 20);
    CHECK(zero_low == 0.0);
    CHECK(zero_high == Approx(0.1611).margin(1e-4));
    CHECK(ranks({10, 20, 20, 5}) == std::vector<double>{2, 3.5, 3.5, 1});
}

TEST_CASE("PRCC on synthetic functions with known answers", "[batch]") {
    // Inputs from a fixed generator (an LCG), so the test is deterministic.
    uint64_t state = 12345;
    auto uniform = [&state]() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return double(state >> 11) * 0x1.0p-53;
    };
    const int n = 400;
    std::vector<std::vector<double>> x(3, std::vector<double>(n));
    for (int i = 0; i < n; ++i)
        for (auto& column : x) column[size_t(i)] = uniform();

    SECTION("a monotone function of one input: PRCC 1 for it, 0 for the others") {
        std::vector<double> y(n);
        for (int i = 0; i < n; ++i) y[size_t(i)] = std::exp(5 * x[0][size_t(i)]);
        const auto r = partial_rank_correlations(x, y);
        CHECK(r[0] == Approx(1.0).margin(1e-9));
        CHECK(std::fabs(r[1]) < 1e-6);
        CHECK(std::fabs(r[2]) < 1e-6);
    }
    SECTION("signs and an irrelevant input: y = x0 - 2 x1 + noise") {
        std::vector<double> y(n);
        for (int i = 0; i < n; ++i) y[size_t(i)] = x[0][size_t(i)] - 2 * x[1][size_t(i)] + 0.2 * (uniform() - 0.5);
        const auto r = partial_rank_correlations(x, y);
        CHECK(r[0] > 0.8);
        CHECK(r[1] < -0.9);
        CHECK(std::fabs(r[2]) < 0.15);
    }
    SECTION("a correlated bystander: the other inputs are regressed out, unlike a plain rank correlation") {
        // x1 follows x0 closely but y depends on x0 only; Spearman's rho of x1 with y is high,
        // its PRCC (x0 held out) is near zero.
        std::vector<double> y(n);
        for (int i = 0; i < n; ++i) {
            x[1][size_t(i)] = x[0][size_t(i)] + 0.05 * uniform();
            y[size_t(i)] = x[0][size_t(i)] * x[0][size_t(i)] + 0.01 * uniform();
        }
        const auto spearman = partial_rank_correlations({x[1]}, y);
        CHECK(spearman[0] > 0.8);
        const auto r = partial_rank_correlations(x, y);
        CHECK(r[0] > 0.8);
        CHECK(std::fabs(r[1]) < 0.3);
    }
}
