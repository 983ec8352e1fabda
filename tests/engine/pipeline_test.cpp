// The innovation pipeline (MODEL sections 4 and 13): research output -> patent -> project ->
// product on the market (commercialized) -> made at scale (industrialized), with enterprise and
// university patents counted apart. Calibrated against the anchors of the sources: in China
// about 20% of research outputs are commercialized and 5% industrialized (70-80% in developed
// countries); patent industrialization is about 48% for enterprises and 4% for universities.
// Statistics over 12 seeds.
#include <catch2/catch.hpp>

#include "sim/metric_table.h"
#include "sim/rules.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

std::vector<uint64_t> twelve_seeds() {
    std::vector<uint64_t> seeds;
    for (uint64_t s = 0; s < 12; ++s) seeds.push_back(kSeeds.front() + s);
    return seeds;
}

double metric(const Session& s, const char* name) {
    double value = 0.0;
    read_metric(s.world(), name, &value);
    return value;
}

// An empty strategy keeps the scenario's default AI for both roles.
SessionConfig pipeline_config(const std::string& scenario, const std::string& strategy, uint64_t seed) {
    SessionConfig c;
    c.scripts_dir = scripts_dir();
    c.scenario_id = scenario;
    c.seed = seed;
    if (!strategy.empty()) c.strategies = {strategy, strategy};
    return c;
}

struct Outcome {
    std::vector<double> commercialized, industrialized, enterprise, university;
};

Outcome run(const std::string& scenario, const std::string& strategy, int months) {
    Outcome o;
    for (uint64_t seed : twelve_seeds()) {
        auto s = start(pipeline_config(scenario, strategy, seed));
        play(*s, months);
        o.commercialized.push_back(metric(*s, "transformation_rate"));
        o.industrialized.push_back(metric(*s, "industrialization_rate"));
        o.enterprise.push_back(metric(*s, "enterprise_patent_industrialization"));
        o.university.push_back(metric(*s, "university_patent_industrialization"));
    }
    return o;
}

}  // namespace

TEST_CASE("Weak transfer and policy-driven tenants land near China's commercialization figures", "[pipeline]") {
    for (const auto& [scenario, strategy] : {std::pair<std::string, std::string>{"bio_island", "incentives_only"},
                                             {"second_tier_city", ""}}) {  // rent-driven operator, passive government
        const Outcome o = run(scenario, strategy, 240);
        INFO(scenario << "/" << strategy << ": commercialized " << mean(o.commercialized) << ", industrialized "
                      << mean(o.industrialized));
        CHECK(mean(o.commercialized) >= 0.05);   // China: about 0.20
        CHECK(mean(o.commercialized) <= 0.30);
        CHECK(mean(o.industrialized) >= 0.01);   // China: about 0.05
        CHECK(mean(o.industrialized) <= 0.12);
    }
}

TEST_CASE("A mature COI with strong transfer approaches the developed-country range", "[pipeline]") {
    const Outcome strong = run("bio_island", "historical", 300);
    const Outcome weak = run("bio_island", "incentives_only", 300);
    INFO("historical: commercialized " << mean(strong.commercialized) << ", industrialized " << mean(strong.industrialized)
                                       << "; incentives only: " << mean(weak.commercialized));
    CHECK(mean(strong.commercialized) >= 0.40);
    CHECK(mean(strong.commercialized) >= mean(weak.commercialized) + 0.2);
    CHECK(share_greater(strong.commercialized, weak.commercialized) >= 0.9);
    CHECK(mean(strong.industrialized) >= 2.0 * mean(weak.industrialized));
}

TEST_CASE("Enterprise patents are industrialized an order of magnitude more often than university patents", "[pipeline]") {
    for (const auto& [scenario, strategy] : {std::pair<std::string, std::string>{"bio_island", "historical"},
                                             {"second_tier_city", "quality_first"}}) {
        const Outcome o = run(scenario, strategy, 300);
        INFO(scenario << "/" << strategy << ": enterprise " << mean(o.enterprise) << ", university " << mean(o.university));
        CHECK(mean(o.enterprise) >= 0.2);        // anchor 0.481 (national, 2022)
        CHECK(mean(o.enterprise) <= 0.6);
        CHECK(mean(o.university) <= 0.1);        // anchor 0.039
        CHECK(mean(o.enterprise) >= 4.0 * mean(o.university));
        CHECK(share_greater(o.enterprise, o.university) == 1.0);
    }
}

TEST_CASE("Drug pipelines are slower than device pipelines", "[pipeline]") {
    auto park_of = [](Segment segment) {
        return [segment](uint64_t seed) {
            SessionConfig c = bio_island_config(seed);
            c.adjust_scenario = [segment](ScenarioDef& sc) {
                sc.enterprises.segment_weights.fill(0.0);
                sc.enterprises.segment_weights[int(segment)] = 1.0;
            };
            return c;
        };
    };
    auto launched = [](const Session& s) { return metric(s, "products_launched") / std::max(1.0, metric(s, "patents")); };
    const auto drugs = over_seeds(twelve_seeds(), 72, park_of(Segment::Drug), launched);
    const auto devices = over_seeds(twelve_seeds(), 72, park_of(Segment::Device), launched);
    INFO("products per patent after 6 years: drugs " << mean(drugs) << ", devices " << mean(devices));
    CHECK(mean(devices) > 1.5 * mean(drugs));
    CHECK(share_greater(devices, drugs) >= 0.9);
}
