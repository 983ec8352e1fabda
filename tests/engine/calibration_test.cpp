// Bio Island calibration (MODEL.md section 12): the historical strategies reproduce the thesis's
// stage path and the mid-2023 counts; incentives only do not. The bands are issue 8's (item 9):
// each stage within two years of the case, each count within 25% of it, over twelve seeds.
#include <algorithm>
#include <sstream>

#include <catch2/catch.hpp>

#include "sim/rules.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {
// Months since the July 2011 opening.
int month_of(int year, int month) { return (year - 2011) * 12 + (month - 7); }
const std::vector<uint64_t> kCalibrationSeeds = test_seeds(12);

// Share of seeds whose stage month lies in [from, to]; a stage never reached lies outside.
double within(const std::vector<double>& ticks, int from, int to) {
    int count = 0;
    for (double t : ticks) count += (t >= from && t <= to) ? 1 : 0;
    return double(count) / ticks.size();
}

double median(std::vector<double> ticks) {
    for (double& t : ticks) if (t < 0) t = 1e9;  // never reached counts as late
    std::sort(ticks.begin(), ticks.end());
    return 0.5 * (ticks[ticks.size() / 2 - 1] + ticks[ticks.size() / 2]);
}

std::string as_dates(const std::vector<double>& ticks) {
    std::ostringstream out;
    for (double t : ticks) {
        if (t < 0) { out << " never"; continue; }
        const int m = int(t) + 6;  // months since January 2011
        out << " " << 2011 + m / 12 << "-" << (m % 12 + 1);
    }
    return out.str();
}
struct StageMonths {
    std::vector<double> agglomeration, cluster, coi;  // first month at the stage, -1: never
};

// The historical strategies to mid-2026 over the calibration seeds.
StageMonths historical_stage_months() {
    StageMonths months;
    for (uint64_t seed : kCalibrationSeeds) {
        auto s = start(bio_island_config(seed));
        play(*s, month_of(2026, 7));
        months.agglomeration.push_back(first_tick_at_least(*s, Stage::Agglomeration));
        months.cluster.push_back(first_tick_at_least(*s, Stage::Cluster));
        months.coi.push_back(first_tick_at_least(*s, Stage::Coi));
    }
    return months;
}
}  // namespace

// Agglomeration around 2013, cluster around 2017, COI forming around 2023, each +-2 years: the
// median seed inside the band and most seeds too (stage changes are partly chance and
// path-dependent, MODEL section 10).
TEST_CASE("Bio Island with historical policies follows the thesis's stage path", "[calibration]") {
    const StageMonths m = historical_stage_months();
    INFO("agglomeration:" << as_dates(m.agglomeration));
    INFO("cluster:" << as_dates(m.cluster));
    SECTION("agglomeration around 2013") {
        CHECK(median(m.agglomeration) >= month_of(2011, 1));
        CHECK(median(m.agglomeration) <= month_of(2015, 12));
        CHECK(within(m.agglomeration, month_of(2011, 1), month_of(2015, 12)) >= 0.75);
    }
    SECTION("cluster around 2017") {
        CHECK(median(m.cluster) >= month_of(2015, 1));
        CHECK(median(m.cluster) <= month_of(2019, 12));
        CHECK(within(m.cluster, month_of(2015, 1), month_of(2019, 12)) >= 0.75);
    }
    SECTION("in order") {  // in every seed that reached the later stage
        for (size_t i = 0; i < kCalibrationSeeds.size(); ++i) {
            if (m.cluster[i] >= 0) CHECK(m.agglomeration[i] < m.cluster[i]);
            if (m.coi[i] >= 0) CHECK(m.cluster[i] < m.coi[i]);
        }
    }
}

TEST_CASE("Bio Island with historical policies forms its COI around 2023", "[calibration]") {
    const StageMonths m = historical_stage_months();
    INFO("coi:" << as_dates(m.coi));
    CHECK(median(m.coi) >= month_of(2021, 1));
    CHECK(median(m.coi) <= month_of(2025, 12));
    CHECK(within(m.coi, month_of(2021, 1), month_of(2025, 12)) >= 0.75);
}

TEST_CASE("Bio Island in mid-2023 has the thesis's counts within 25%", "[calibration]") {
    std::vector<double> firms, multinationals, funds, institutes;
    for (uint64_t seed : kCalibrationSeeds) {
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
    SECTION("over 500 enterprises") {
        CHECK(mean(firms) >= 375);
        CHECK(mean(firms) <= 625);
    }
    SECTION("8 Fortune 500 firms") {
        CHECK(mean(multinationals) >= 6);
        CHECK(mean(multinationals) <= 10);
    }
    SECTION("over 70 investment funds") {
        CHECK(mean(funds) >= 52);
        CHECK(mean(funds) <= 88);
    }
    SECTION("about 40 research institutes") {
        CHECK(mean(institutes) >= 30);
        CHECK(mean(institutes) <= 50);
    }
}

// Over the calibration window (to 2023, when the historical park is a cluster forming a COI).
// Over 25 years a passive park can still mature slowly by chance (an organizer arriving), which
// the closing note reports; the claim here is about the same years as the thesis.
TEST_CASE("Bio Island with incentives only does not get past agglomeration for long", "[calibration]") {
    std::vector<double> reached_cluster, months_above_flocking;
    for (uint64_t seed : kCalibrationSeeds) {
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

// Issue 8 (items 3 and 9): no limit decides the calibrated outcome. At each calibration point
// (agglomeration, cluster, COI forming) every limit's cut, averaged over the year to that month
// (a single month's cut is noisy), stays below the share at which the CSV calls it binding in
// the mean over the seeds, and binds in at most half of them. Measured (12 seeds): deal flow cuts
// 0.42 on average in the year to 2013-01 (5 seeds past 0.5: the opening park's few firms give
// its policy-drawn funds few deals, and no fund can have waited out its patience yet), 0.12 in
// the year to 2017-01 and 0.04 to mid-2023; every other limit cuts under 0.1.
TEST_CASE("No limit binds at the Bio Island calibration points", "[calibration]") {
    const std::vector<std::pair<const char*, int>> points{
        {"2013-01", month_of(2013, 1)}, {"2017-01", month_of(2017, 1)}, {"2023-07", month_of(2023, 7)}};
    std::array<std::array<std::vector<double>, kLimitCount>, 3> cuts;
    for (uint64_t seed : kCalibrationSeeds) {
        auto s = start(bio_island_config(seed));
        play(*s, month_of(2023, 7) + 1);
        for (size_t k = 0; k < points.size(); ++k) {
            std::array<double, kLimitCount> year{};
            for (int t = points[k].second - 11; t <= points[k].second; ++t)
                for (int l = 0; l < kLimitCount; ++l) year[l] += metrics_at(*s, t).limit_cut[l] / 12.0;
            for (int l = 0; l < kLimitCount; ++l) cuts[k][l].push_back(year[l]);
        }
    }
    for (size_t k = 0; k < points.size(); ++k)
        for (int l = 0; l < kLimitCount; ++l) {
            const auto& v = cuts[k][l];
            const double binding_seeds = double(std::count_if(v.begin(), v.end(), [](double c) { return c >= kLimitBindsAt; }));
            INFO(points[k].first << ", " << limit_name(Limit(l)) << ": mean cut " << mean(v) << ", binding in "
                                 << binding_seeds << " of " << v.size() << " seeds");
            CHECK(mean(v) < kLimitBindsAt);
            CHECK(binding_seeds <= 0.5 * double(v.size()));
        }
}
