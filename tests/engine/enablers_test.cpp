// Modelled enablers each do something (issue 8, item 6): talent by kind, the four cultures,
// anchor dependence in decline, rival attractiveness and star scientists. Rule-level checks
// run one rule on two copies of the same world that differ in one thing; statistical checks
// run Bio Island over the test seeds with one parameter changed.
#include <catch2/catch.hpp>

#include "sim/rules.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

// Bio Island after `months` months: a world with firms of every size, ties and institutes.
struct Park {
    std::unique_ptr<Session> session;
    World world() const { return session->world(); }
    const Params& params() const { return session->params(); }
};

Park park_after(int months, uint64_t seed = 7) {
    Park park{start(bio_island_config(seed))};
    play(*park.session, months);
    return park;
}

double total_products(const World& w) {
    double sum = 0.0;
    for (uint32_t id : w.alive_ids) sum += w.enterprises[id].products;
    return sum;
}

// Firms that arrived as startups during the run and have grown to an SME or beyond.
double grown_firms(const Session& s) {
    int count = 0;
    for (const Enterprise& e : s.world().enterprises) {
        const bool founded_here = e.entry_mode == EntryMode::Startup || e.entry_mode == EntryMode::AcademicSpinoff ||
                                  e.entry_mode == EntryMode::FirmSpinoff;
        if (founded_here && e.entry_tick > 0 && e.size != FirmSize::Startup) count++;
    }
    return count;
}

SessionConfig with_overrides(uint64_t seed, std::vector<std::pair<std::string, double>> overrides) {
    SessionConfig config = bio_island_config(seed);
    config.param_overrides = std::move(overrides);
    return config;
}

}  // namespace

TEST_CASE("startups' research needs technical talent; scaling needs managers, staff and workers", "[enablers][talent]") {
    const Park park = park_after(24);
    World w = park.world();
    const Params& p = park.params();
    w.metrics.talent_shortage_by_kind = {0.0, 1.0, 0.0, 0.0, 0.0};  // no technical talent at all
    CHECK(research_talent_shortage(w, p, FirmSize::Startup) == 1.0);
    CHECK(scaling_talent_shortage(w, p) == 0.0);
    w.metrics.talent_shortage_by_kind = {1.0, 0.0, 0.0, 0.0, 0.0};  // no managers at all
    CHECK(research_talent_shortage(w, p, FirmSize::Startup) == 0.0);
    CHECK(scaling_talent_shortage(w, p) == 1.0);
    CHECK(research_talent_shortage(w, p, FirmSize::Sme) > 0.0);
}

TEST_CASE("without managerial talent fewer startups grow into SMEs", "[enablers][talent]") {
    const std::vector<uint64_t> seeds(kSeeds.begin(), kSeeds.begin() + 6);
    const auto normal = over_seeds(seeds, 144, [](uint64_t seed) { return bio_island_config(seed); }, grown_firms);
    const auto no_managers = over_seeds(
        seeds, 144,
        [](uint64_t seed) { return with_overrides(seed, {{"talent_mix_leading", 0.0}, {"talent_returnee_leading_share", 0.0}}); },
        grown_firms);
    INFO("grown firms: " << mean(normal) << " with managers, " << mean(no_managers) << " without");
    CHECK(mean(no_managers) < 0.5 * mean(normal));
    CHECK(share_greater(normal, no_managers) >= 5.0 / 6.0);
}

TEST_CASE("star scientists come with research funding and raise their institutes' knowledge and spin-offs",
          "[enablers][stars]") {
    const std::vector<uint64_t> seeds(kSeeds.begin(), kSeeds.begin() + 6);
    auto knowledge = [](const Session& s) {
        double sum = 0.0;
        for (const Institute& i : s.world().institutes) sum += i.knowledge;
        return s.world().institutes.empty() ? 0.0 : sum / double(s.world().institutes.size());
    };
    auto stars = [](const Session& s) { return double(s.world().metrics.star_scientists); };
    auto spinoffs = [](const Session& s) { return double(s.world().metrics.firms_by_entry_mode[int(EntryMode::AcademicSpinoff)]); };
    auto normal = [](uint64_t seed) { return bio_island_config(seed); };
    auto none = [](uint64_t seed) { return with_overrides(seed, {{"star_arrival_rate", 0.0}}); };
    CHECK(mean(over_seeds(seeds, 96, normal, stars)) >= 2.0);
    CHECK(mean(over_seeds(seeds, 96, none, stars)) == 0.0);
    const auto k_with = over_seeds(seeds, 96, normal, knowledge), k_without = over_seeds(seeds, 96, none, knowledge);
    const auto s_with = over_seeds(seeds, 96, normal, spinoffs), s_without = over_seeds(seeds, 96, none, spinoffs);
    INFO("mean institute knowledge " << mean(k_with) << " vs " << mean(k_without) << "; academic spin-offs "
                                     << mean(s_with) << " vs " << mean(s_without));
    CHECK(share_greater(k_with, k_without) >= 5.0 / 6.0);
    CHECK(mean(s_with) > mean(s_without));

    // No research funding and no talent programme: no star comes.
    const Park park = park_after(12);
    World w = park.world();
    w.levers[int(Lever::basic_research)] = 0.0;
    w.levers[int(Lever::talent_program)] = 0.0;
    for (auto& i : w.institutes) i.star_scientist = false;
    for (int month = 0; month < 120; ++month) step_enablers(w, park.params());
    int count = 0;
    for (const auto& i : w.institutes) count += i.star_scientist ? 1 : 0;
    CHECK(count == 0);
}

TEST_CASE("a departing large firm shakes its segment in proportion to the park's dependence on it", "[enablers][anchor]") {
    const Park park = park_after(96);
    const World base = park.world();
    // The large firm or multinational with the most sales.
    int64_t found = -1;
    for (uint32_t id : base.alive_ids)
        if (base.enterprises[id].size >= FirmSize::Large &&
            (found < 0 || base.enterprises[id].revenue > base.enterprises[size_t(found)].revenue))
            found = id;
    REQUIRE(found >= 0);
    const auto largest = uint32_t(found);
    auto shaken_after_departure = [&](double revenue_share) {
        World w = base;
        w.metrics.output_value = w.enterprises[largest].revenue / revenue_share;
        remove_enterprise(w, park.params(), largest, "test");
        int shaken = 0;
        for (uint32_t id : w.alive_ids) shaken += w.enterprises[id].alive && w.enterprises[id].shock_until > w.tick ? 1 : 0;
        return std::make_pair(shaken, w.reputation);
    };
    const auto diversified = shaken_after_departure(0.02);
    const auto dependent = shaken_after_departure(0.6);
    INFO("firms shaken: " << diversified.first << " at 2% dependence, " << dependent.first << " at 60%");
    CHECK(dependent.first > diversified.first + 5);
    CHECK(dependent.second < diversified.second);
}

TEST_CASE("products of a closed park built on one segment or one firm age faster", "[enablers][anchor][culture]") {
    const Park park = park_after(60);
    // `open` sets both ways outside knowledge comes in: the open-innovation paradigm and the
    // share of ties reaching other clusters.
    auto products_after_a_year = [&](double open, double diversity, double anchor_dependence) {
        World w = park.world();
        for (int month = 0; month < 12; ++month) {
            w.culture.open_innovation = open;
            w.metrics.external_tie_share = open * park.params().lock_in_external_share_full;
            w.metrics.diversity = diversity;
            w.metrics.anchor_dependence = anchor_dependence;
            step_firms(w, park.params());
        }
        return total_products(w);
    };
    const double open_diverse = products_after_a_year(1.0, 1.0, 0.0);
    CHECK(products_after_a_year(0.0, 0.2, 0.0) < 0.98 * open_diverse);   // homogeneous and closed
    CHECK(products_after_a_year(0.0, 1.0, 0.6) < 0.98 * open_diverse);   // dependent on one firm and closed
    CHECK(products_after_a_year(0.5, 0.2, 0.0) < products_after_a_year(0.75, 0.2, 0.0));  // more closed, faster
    CHECK(products_after_a_year(1.0, 0.2, 0.6) == Approx(open_diverse));  // open: outside knowledge renews products
}

TEST_CASE("users as the fourth helix raise revenue; a learning culture lifts weaker firms", "[enablers][culture]") {
    const Park park = park_after(60);
    World closed = park.world(), helix = park.world();
    closed.culture.quadruple_helix = 0.0;
    helix.culture.quadruple_helix = 1.0;
    step_firms(closed, park.params());
    step_firms(helix, park.params());
    double revenue_closed = 0.0, revenue_helix = 0.0;
    for (uint32_t id : closed.alive_ids) revenue_closed += closed.enterprises[id].revenue;
    for (uint32_t id : helix.alive_ids) revenue_helix += helix.enterprises[id].revenue;
    CHECK(revenue_helix > 1.2 * revenue_closed);

    auto weakest_after_two_years = [&](double learning) {
        World w = park.world();
        for (int month = 0; month < 24; ++month) {
            w.culture.learning = learning;
            step_firms(w, park.params());
        }
        double weakest = 1.0;
        for (uint32_t id : w.alive_ids) weakest = std::min(weakest, w.enterprises[id].quality);
        return weakest;
    };
    CHECK(weakest_after_two_years(1.0) > weakest_after_two_years(0.0) + 0.05);
}

TEST_CASE("in a team culture firms with partners are carried through trouble", "[enablers][culture]") {
    const Park park = park_after(60);
    // Summed over ten independent draws of the same month, so chance does not decide the check.
    auto exits = [&](double team) {
        int total = 0;
        for (uint64_t draw = 0; draw < 10; ++draw) {
            World w = park.world();
            w.rng[int(Stream::Exit)].seed(1000 + draw);
            w.culture.team = team;
            for (uint32_t id : w.alive_ids) {
                w.enterprises[id].cash = -1.0;
                w.enterprises[id].ties = 1;
            }
            step_exit(w, park.params());
            total += w.metrics.exits_this_tick;
        }
        return total;
    };
    INFO("exits in a month of trouble: " << exits(0.0) << " without team culture, " << exits(1.0) << " with");
    // Team culture halves only the trouble hazards (no cash, a lost partner); ordinary attrition
    // stays, so about a quarter fewer exits is the mechanism's full effect.
    CHECK(exits(1.0) < 0.85 * exits(0.0));
}

TEST_CASE("good firms leave for a more attractive rival when the park's name is weak", "[enablers][rivals]") {
    const Park park = park_after(60);
    auto quality_exits = [&](double reputation) {
        int count = 0;
        for (int trial = 0; trial < 20; ++trial) {
            World w = park.world();
            w.rng[int(Stream::Exit)].seed(1000 + uint64_t(trial));
            for (auto& rival : w.rivals) rival.attractiveness = 0.9;
            w.reputation = reputation;
            step_exit(w, park.params());
            for (const Enterprise& e : w.enterprises)
                if (!e.alive && e.exit_tick == w.tick && !e.policy_driven) count++;
        }
        return count;
    };
    INFO("exits over 20 trials: " << quality_exits(0.1) << " with a weak name, " << quality_exits(0.9) << " with a strong one");
    CHECK(quality_exits(0.1) > quality_exits(0.9) + 8);

    // Rivals mature, and faster when our park shrinks.
    World w = park.world();
    const double start = w.rivals.front().attractiveness;
    for (int month = 0; month < 60; ++month) {
        step_economy(w, park.params());
        w.tick++;
    }
    CHECK(w.rivals.front().attractiveness > start + 0.03);
}

// Investors follow deal flow both ways (issue 8, item 3): a park that starts with far more funds
// than its firms can use loses funds, and every fund that left had found no deal there for at
// least `fund_patience_months`; with the exit rate at zero none leaves.
TEST_CASE("Funds that find no deals leave the park, and only those", "[enablers]") {
    auto crowded = [](uint64_t seed, double exit_rate) {
        SessionConfig config = bio_island_config(seed);
        config.adjust_scenario = [](ScenarioDef& sc) { sc.professional_funds = 150; };
        config.param_overrides = {{"fund_exit_rate", exit_rate}};
        return config;
    };
    for (uint64_t seed : test_seeds(3)) {
        auto s = start(crowded(seed, 0.05));
        play(*s, 60);
        const World& w = s->world();
        const int patience = int(s->params().fund_patience_months);
        int left = 0;
        for (const Fund& f : w.funds) {
            if (f.exit_tick < 0) continue;
            ++left;
            CHECK(f.exit_tick - f.last_deal_tick >= patience);
        }
        INFO("seed " << seed << ": " << left << " of " << w.funds.size() << " funds left in five years");
        CHECK(left >= 30);
        CHECK(w.metrics.investment_funds == int(w.funds.size()) - left);

        auto kept = start(crowded(seed, 0.0));
        play(*kept, 60);
        for (const Fund& f : kept->world().funds) CHECK(f.exit_tick == -1);
    }
}
