// Bio Island calibration (MODEL.md section 12): the historical strategies reproduce the thesis's
// stage path and the 2023 orders of magnitude; incentives only do not. Over the kSeeds seeds.
#include <catch2/catch.hpp>

#include "sim/rules.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {
// Months since the July 2011 opening.
int month_of(int year, int month) { return (year - 2011) * 12 + (month - 7); }
}  // namespace

TEST_CASE("Bio Island with historical policies follows the thesis's stage path", "[calibration]") {
    std::vector<double> agglomeration, cluster, coi;
    for (uint64_t seed : kSeeds) {
        auto s = start(bio_island_config(seed));
        play(*s, month_of(2026, 7));
        agglomeration.push_back(first_tick_at_least(*s, Stage::Agglomeration));
        cluster.push_back(first_tick_at_least(*s, Stage::Cluster));
        coi.push_back(first_tick_at_least(*s, Stage::Coi));
    }
    auto within = [](const std::vector<double>& ticks, int from, int to) {
        int count = 0;
        for (double t : ticks) count += (t >= from && t <= to) ? 1 : 0;
        return double(count) / ticks.size();
    };
    INFO("agglomeration months: " << Catch::Detail::stringify(agglomeration));
    INFO("cluster months: " << Catch::Detail::stringify(cluster));
    INFO("coi months: " << Catch::Detail::stringify(coi));
    auto median = [](std::vector<double> ticks) {
        for (double& t : ticks) if (t < 0) t = 1e9;  // never reached counts as late
        std::sort(ticks.begin(), ticks.end());
        return 0.5 * (ticks[ticks.size() / 2 - 1] + ticks[ticks.size() / 2]);
    };
    // Agglomeration in the opening years, cluster by the mid/late 2010s, COI forming in the
    // early 2020s: the median seed inside the thesis's period, most seeds within about two
    // years of it (stage changes are partly chance and path-dependent, MODEL section 10).
    CHECK(within(agglomeration, month_of(2011, 7), month_of(2015, 6)) >= 0.875);
    CHECK(median(cluster) >= month_of(2015, 7));
    CHECK(median(cluster) <= month_of(2019, 12));
    CHECK(within(cluster, month_of(2015, 1), month_of(2021, 6)) >= 0.75);
    CHECK(median(coi) >= month_of(2019, 7));
    CHECK(median(coi) <= month_of(2023, 6));
    CHECK(within(coi, month_of(2018, 7), month_of(2025, 6)) >= 0.75);
    // The order holds in every seed that reached the later stage.
    for (size_t i = 0; i < kSeeds.size(); ++i) {
        if (cluster[i] >= 0) CHECK(agglomeration[i] < cluster[i]);
        if (coi[i] >= 0) CHECK(cluster[i] < coi[i]);
    }
}

TEST_CASE("Bio Island in 2023 has the thesis's orders of magnitude", "[calibration]") {
    std::vector<double> firms, multinationals, funds, institutes;
    for (uint64_t seed : kSeeds) {
        auto s = start(bio_island_config(seed));
        play(*s, month_of(2023, 7));
        const Metrics& m = s->world().metrics;
        firms.push_back(m.enterprises);
        multinationals.push_back(m.multinationals);
        funds.push_back(m.investment_funds);
        institutes.push_back(m.research_institutes);
    }
    INFO("enterprises " << mean(firms) << ", multinationals " << mean(multinationals) << ", funds " << mean(funds)
                        << ", institutes " << mean(institutes));
    CHECK(mean(firms) >= 375);          // over 500 enterprises, +-25%
    CHECK(mean(firms) <= 625);
    CHECK(mean(multinationals) >= 3);   // 8 Fortune 500 firms: order of magnitude
    CHECK(mean(multinationals) <= 25);
    CHECK(mean(funds) >= 25);           // over 70 funds
    CHECK(mean(funds) <= 200);
    CHECK(mean(institutes) >= 15);      // about 40 institutes
    CHECK(mean(institutes) <= 120);
}

// Over the calibration window (to 2023, when the historical park is a cluster forming a COI).
// Over 25 years a passive park can still mature slowly by chance (an organizer arriving), which
// the closing note reports; the claim here is about the same years as the thesis.
TEST_CASE("Bio Island with incentives only does not get past agglomeration for long", "[calibration]") {
    std::vector<double> reached_cluster, months_above_flocking;
    for (uint64_t seed : kSeeds) {
        auto s = start(bio_island_config(seed, "incentives_only"));
        play(*s, month_of(2023, 7));
        reached_cluster.push_back(first_tick_at_least(*s, Stage::Cluster) >= 0 ? 1.0 : 0.0);
        int above = 0;
        for (const auto& r : s->history()) above += r.stage != Stage::Flocking ? 1 : 0;
        months_above_flocking.push_back(above);
    }
    CHECK(mean(reached_cluster) == 0.0);
    CHECK(mean(months_above_flocking) <= 24);
}
