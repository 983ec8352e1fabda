// Output follows the theory's inputs, not the head count (MODEL 2 and 4): professional capital is
// a core enabler, so a park poor in it must not out-innovate a smaller park rich in it merely
// because it has more firms. Both parks start mature from the same template and region; only
// their capital differs (regime, funds, share of firms with investors) and their size. Two region
// profiles, 12 seeds each.
//
// Open (issue 8, item 5), hence [!mayfail]: capital today works through the chance that a patent
// enters development, the pace of development and investors' effect on R&D and quality, and per
// firm the rich park launches about 1.6 times as many products as the poor one (8 seeds, coastal
// region: 391 products from 500 firms against 508 from 1,000). That is not enough for the small
// rich park to lead. Slowing the development of startups without investors (tried: 0.4 of the
// pace) moved it by 3%: most products come from SMEs and large firms that pay from their sales.
// Also tried (2 December, 12 seeds, coastal): a funding chain for startups and SMEs, whose
// development without professional investors runs at a fraction of the pace (large firms pay
// from sales). At 0.3 of the pace the rich park leads, 339 against 321 products, but Bio Island's
// commercialized share falls to 18% in 2023 and only 4 seeds in 12 reach the COI by mid-2024, so
// it needs the COI path recalibrated with it; at 0.5, 360 against 390.
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
          "[pipeline][capital][!mayfail]") {
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
