// Output follows the theory's inputs, not the head count (MODEL 2 and 4): professional capital is
// a core enabler, so a park poor in it must not out-innovate a smaller park rich in it merely
// because it has more firms. Both parks start mature from the same template and region; only
// their capital differs (regime, funds, share of firms with investors) and their size. Two region
// profiles, 12 seeds each.
//
// Capital reaches output through who pays for development (rules_knowledge.cpp): a firm funds
// new projects from its profit, and a firm without enough profit from its professional investors;
// entrepreneur-investors pay for none of that slow work and incubators for part of it. Investors
// on the board also set a firm's R&D habit (rules_firms.cpp). Measured (2 December, products
// launched in five years, small rich park against large poor one): seeds 11-22, coastal 695
// against 662, inland 680 against 622; seeds 23-34, coastal 677 against 644, inland 646 against
// 607. Without the funding of development (development_funding_unbacked = 1) the large poor park
// leads again (964 against 797 coastal, 891 against 759 inland, seeds 11-22).
#include <catch2/catch.hpp>

#include "sim/metric_table.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

struct Capital {
    double regime;       // region's capital regime: share of professional investors
    int professional;    // professional funds per 1,000 firms
    int nonprofessional; // policy-drawn funds per 1,000 firms
    double funded_share; // share of starting firms with investors
};

SessionConfig park(uint64_t seed, int firms, const Capital& capital, const RegionProfile& region) {
    SessionConfig config;
    config.scripts_dir = scripts_dir();
    config.extra_content_dirs = {fixtures_dir()};
    config.scenario_id = "mature_park";
    config.seed = seed;
    config.adjust_scenario = [=](ScenarioDef& sc) {
        auto per = [firms](double per_thousand) { return std::max(1, int(std::lround(per_thousand * firms / 1000.0))); };
        sc.region = region;
        sc.region.capital_regime = capital.regime;
        sc.enterprises.large = per(25);
        sc.enterprises.multinationals = per(5);
        sc.enterprises.count = firms - sc.enterprises.large - sc.enterprises.multinationals;
        sc.enterprises.funded_share = capital.funded_share;
        sc.area_km2 = 2.8 * firms / 1000.0;
        sc.institutes = per(66);
        sc.providers_in_park = per(50);
        sc.providers_in_city = per(66);
        sc.professional_funds = per(capital.professional);
        sc.nonprofessional_funds = per(capital.nonprofessional);
    };
    return config;
}

double launched(const Session& s) {
    double value = 0.0;
    read_metric(s.world(), "products_launched", &value);
    return value;
}

}  // namespace

TEST_CASE("A large park poor in professional capital does not out-innovate a smaller one rich in it",
          "[pipeline][capital]") {
    const Capital rich{0.85, 60, 10, 0.5};
    const Capital poor{0.15, 5, 60, 0.15};
    // technology, market, mindset, government pace, openness, capital regime, services, cost orientation
    const std::vector<std::pair<const char*, RegionProfile>> regions{
        {"coastal research city", {0.75, 0.7, 0.65, 0.8, 0.7, 0.6, 0.7, 0.25}},
        {"inland, subsidy-seeking", {0.35, 0.4, 0.3, 0.7, 0.3, 0.3, 0.35, 0.5}},
    };
    const std::vector<uint64_t> seeds = test_seeds(12);
    const int months = 60;
    for (const auto& [name, region] : regions) {
        const RegionProfile profile = region;
        const auto small_rich = over_seeds(seeds, months, [&](uint64_t s) { return park(s, 500, rich, profile); }, launched);
        const auto large_poor = over_seeds(seeds, months, [&](uint64_t s) { return park(s, 1000, poor, profile); }, launched);
        INFO(name << ": products launched in five years, 500 firms rich in professional capital " << mean(small_rich)
                  << ", 1,000 firms poor in it " << mean(large_poor));
        CHECK(mean(small_rich) > mean(large_poor));
    }
}
