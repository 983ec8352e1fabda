// Any start is credible (MODEL section 13): a park declared mature keeps its firm count within
// +-20% over its first five years under neutral levers (no decisions), at every size from 25 to
// 5,000 firms and in three region profiles. The mean over 12 seeds is judged.
#include <catch2/catch.hpp>

#include "sim/rules.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

struct Region {
    const char* name;
    RegionProfile profile;
};

const std::vector<Region>& regions() {
    // technology, market, mindset, government pace, openness, capital regime, services, cost orientation
    static const std::vector<Region> list{
        {"coastal research city", {0.75, 0.7, 0.65, 0.8, 0.7, 0.6, 0.7, 0.25}},
        {"inland, subsidy-seeking", {0.35, 0.4, 0.3, 0.7, 0.3, 0.3, 0.35, 0.5}},
        {"science city", {0.95, 0.35, 0.4, 0.9, 0.5, 0.4, 0.4, 0.2}},
    };
    return list;
}

// The template scaled to `firms`: the same composition per firm, floor space for 70% occupancy.
SessionConfig mature_config(uint64_t seed, int firms, const RegionProfile& region) {
    SessionConfig config;
    config.scripts_dir = scripts_dir();
    config.extra_content_dirs = {fixtures_dir()};
    config.scenario_id = "mature_park";
    config.seed = seed;
    config.adjust_scenario = [firms, region](ScenarioDef& sc) {
        auto per = [firms](double per_thousand) { return std::max(1, int(std::lround(per_thousand * firms / 1000.0))); };
        sc.region = region;
        sc.enterprises.large = firms >= 100 ? per(25) : 0;
        sc.enterprises.multinationals = firms >= 200 ? per(5) : 0;
        sc.enterprises.count = firms - sc.enterprises.large - sc.enterprises.multinationals;
        sc.area_km2 = 2.8 * firms / 1000.0;
        sc.institutes = per(66);
        sc.providers_in_park = per(50);
        sc.providers_in_city = per(66);
        sc.professional_funds = per(33);
        sc.nonprofessional_funds = per(33);
    };
    return config;
}

}  // namespace

TEST_CASE("A mature park keeps its size for five years at any scale and in any region", "[mature]") {
    std::vector<uint64_t> seeds;
    for (uint64_t s = 0; s < 12; ++s) seeds.push_back(kSeeds.front() + s);
    for (int firms : {25, 200, 1000, 5000}) {
        for (const Region& region : regions()) {
            std::vector<double> ratios;
            for (uint64_t seed : seeds) {
                auto s = start(mature_config(seed, firms, region.profile));
                const double before = s->world().metrics.enterprises;
                play(*s, 60);
                ratios.push_back(s->world().metrics.enterprises / before);
            }
            INFO(firms << " firms, " << region.name << ": ratios " << Catch::Detail::stringify(ratios));
            CHECK(mean(ratios) >= 0.8);
            CHECK(mean(ratios) <= 1.2);
        }
    }
}

TEST_CASE("A mature park starts at the stage its state meets, a new park at flocking", "[mature]") {
    auto mature = start(mature_config(kSeeds.front(), 1000, regions().front().profile));
    CHECK(stage_rank(mature->world().stage.stage) >= 1);
    auto young = start(bio_island_config(kSeeds.front()));
    CHECK(young->world().stage.stage == Stage::Flocking);
}

TEST_CASE("Starting firms of a mature park pay their way; a new park's are startups", "[mature]") {
    auto mature = start(mature_config(kSeeds.front(), 1000, regions().front().profile));
    int established = 0, viable = 0;
    for (const Enterprise& e : mature->world().enterprises) {
        if (e.size == FirmSize::Startup) continue;
        ++established;
        viable += e.products > 0.0 ? 1 : 0;
    }
    CHECK(established > 600);   // an eight-year-old park is mostly established firms
    CHECK(viable == established);
    CHECK(mature->world().metrics.firm_ties_per_firm > 1.0);
    CHECK(mature->world().metrics.talent_shortage < 0.1);
    auto young = start(bio_island_config(kSeeds.front()));
    CHECK(young->world().metrics.firm_ties_per_firm == 0.0);
}
