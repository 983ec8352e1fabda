// Stylized facts SF1-SF12 of MODEL.md section 9. Each test changes one thing (a mechanism's
// parameter set to zero or neutral through SessionConfig::param_overrides, or one scenario
// condition, dial or strategy through the doors a user has), runs on at least two scenarios
// over the twelve seeds of kFactSeeds, and asks the effect to point the stated way for the mean
// and for most seeds. No test sets a stage, a count or a KPI, and no test removes the metric a
// stage condition checks: a test of the gate would pass whatever the dynamics do.
//
// Each case prints its measured values with INFO (KEYSTONE_TEST_VERBOSE=1 prints them for
// passing cases too). A true fact that the current model misses is tagged [!mayfail] with a
// comment naming the issue, so the gap stays visible without turning CI red.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <tuple>

#include <catch2/catch.hpp>

#include "sim/rules.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

const std::vector<uint64_t> kFactSeeds = test_seeds(12);

using Overrides = std::vector<std::pair<std::string, double>>;
using Adjust = std::function<void(ScenarioDef&)>;

// One arm of an experiment: a scenario, its strategies (empty: the scenario's own), parameter
// overrides and a last change to its initial conditions.
struct Arm {
    std::string scenario;
    std::string strategy;
    Overrides overrides;
    Adjust adjust;
    bool human_operator = false;  // the operator makes no decision; only `adjust` sets its dials
    int years = 0;                // 0: the scenario's own length
};

SessionConfig config_of(const Arm& arm, uint64_t seed) {
    SessionConfig config = scenario_config(arm.scenario, seed, arm.strategy);
    config.param_overrides = arm.overrides;
    config.adjust_scenario = arm.adjust;
    config.human[int(Role::Operator)] = arm.human_operator;
    if (arm.years > 0) config.years = arm.years;
    return config;
}

// Plays an arm over the seeds and applies `measure` to each finished session.
std::vector<double> measure_arm(const Arm& arm, int months, const std::function<double(const Session&)>& measure) {
    return over_seeds(kFactSeeds, months, [&arm](uint64_t seed) { return config_of(arm, seed); }, measure);
}

// Plays an arm over the seeds and applies several measures to each finished session.
std::vector<std::vector<double>> measure_arm_all(const Arm& arm, int months,
                                             const std::vector<std::function<double(const Session&)>>& measures) {
    std::vector<std::vector<double>> values(measures.size());
    for (uint64_t seed : kFactSeeds) {
        auto session = start(config_of(arm, seed));
        play(*session, months);
        for (size_t i = 0; i < measures.size(); ++i) values[i].push_back(measures[i](*session));
    }
    return values;
}

bool verbose() { return std::getenv("KEYSTONE_TEST_VERBOSE") != nullptr; }

std::string describe(const std::vector<double>& values) {
    std::ostringstream out;
    out.precision(3);
    out << "mean " << mean(values) << " [";
    for (size_t i = 0; i < values.size(); ++i) out << (i ? " " : "") << values[i];
    out << "]";
    return out.str();
}

void report(const std::string& label, const std::vector<double>& values) {
    if (verbose()) std::cerr << label << ": " << describe(values) << "\n";
}

// The effect points the stated way: `higher` exceeds `lower` by `margin` in the mean, and in at
// least `share` of the seeds (paired by seed).
void check_higher(const std::string& what, const std::vector<double>& higher, const std::vector<double>& lower,
                  double margin, double share = 0.75) {
    INFO(what << "\n  expected higher: " << describe(higher) << "\n  expected lower:  " << describe(lower));
    report(what + " (higher)", higher);
    report(what + " (lower)", lower);
    CHECK(mean(higher) >= mean(lower) + margin);
    CHECK(share_greater(higher, lower) >= share);
}

std::vector<double> minus(const std::vector<double>& a, const std::vector<double>& b) {
    std::vector<double> out;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) out.push_back(a[i] - b[i]);
    return out;
}

// Share of values at or above `threshold`.
double share_at_least(const std::vector<double>& values, double threshold) {
    int count = 0;
    for (double v : values) count += v >= threshold ? 1 : 0;
    return values.empty() ? 0.0 : double(count) / values.size();
}

double mean_over(const Session& s, int from_tick, int to_tick, const std::function<double(const Metrics&)>& field) {
    double sum = 0.0;
    int count = 0;
    for (int t = from_tick; t <= to_tick && t <= int(s.history().size()); ++t, ++count) sum += field(metrics_at(s, t));
    return count > 0 ? sum / count : 0.0;
}

// Month a stage was first reached; `never` when it was not.
std::function<double(const Session&)> month_reached(Stage stage, double never) {
    return [stage, never](const Session& s) {
        const int t = first_tick_at_least(s, stage);
        return t < 0 ? never : double(t);
    };
}

std::function<double(const Session&)> reached(Stage stage) {
    return [stage](const Session& s) { return first_tick_at_least(s, stage) >= 0 ? 1.0 : 0.0; };
}

// Everything innovation organizers and promotion organizations do: broker joint actions
// (ability_implicit), convene total enabler joint actions (consortium_rate), raise trust and
// innovation culture. With these at zero an organizer is only a name the stage condition counts.
Overrides implicit_enablers_idle() {
    return {{"ability_implicit", 0.0}, {"consortium_rate", 0.0}, {"implicit_trust_boost", 0.0},
            {"culture_innovation_implicit_weight", 0.0}};
}

// Enterprise research outputs per firm, summed over the run: innovation output net of size.
double outputs_per_firm(const Session& s) {
    double sum = 0.0;
    for (const auto& r : s.history()) sum += r.metrics.enterprise_outputs / std::max(1, r.metrics.enterprises);
    return sum;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// SF1. Mechanism: policy-driven tenants leave when the incentive that brought them ends
// (exit_policy_driven). The incentives_only strategy runs its incentives for 36 months.
TEST_CASE("SF1: an incentive-only park fills fast, then loses a large share of its firms within two years of the incentives expiring", "[sf]") {
    for (const char* scenario : {"bio_island", "second_tier_city"}) {
        SECTION(scenario) {
            const Arm incentives{scenario, "incentives_only", {}, {}};
            Arm no_chasers = incentives;  // the same park, but incentive-seekers stay once settled
            no_chasers.overrides = {{"exit_policy_driven", 0.0}};
            auto grown = [](const Session& s) { return double(metrics_at(s, 36).enterprises) / metrics_at(s, 1).enterprises; };
            // Total firm loss (every tenant, not only the incentive-seekers) from the month the
            // incentives end to two years later.
            auto loss = [](const Session& s) {
                return 1.0 - double(metrics_at(s, 60).enterprises) / metrics_at(s, 36).enterprises;
            };
            auto stage0 = [](const Session& s) {
                const Stage now = s.world().stage.stage;
                return now == Stage::Flocking || now == Stage::Decline ? 1.0 : 0.0;
            };
            const auto with = measure_arm_all(incentives, 120, {grown, loss, stage0});
            const auto without = measure_arm_all(no_chasers, 60, {loss});
            INFO("growth to month 36: " << describe(with[0]) << "\nloss 36->60: " << describe(with[1])
                                        << "\nloss without chasers leaving: " << describe(without[0])
                                        << "\nat stage 0 or fallen back after 10 years: " << describe(with[2]));
            report("SF1 growth", with[0]);
            report("SF1 stage0", with[2]);
            CHECK(mean(with[0]) >= 2.0);                          // fills fast: at least doubles in 3 years
            CHECK(mean(with[1]) >= 0.2);                          // a large share of all firms leaves...
            CHECK(share_at_least(with[1], 0.1) >= 0.75);
            check_higher("SF1 loss: chasers leave vs stay", with[1], without[0], 0.1);  // ... because the chasers go
            CHECK(mean(with[2]) >= 0.75);                         // and the park stays at (or falls back to) stage 0
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SF2. One thing changes: the operator's screening dial (0 vs 0.9), the operator otherwise making
// no decision. Mechanism for the second half: Gresham's law (gresham_avoid, exit_gresham),
// ablated to show that it is what lowers high-quality entry. Screening refuses only weak
// candidates, so only good candidates avoiding a weak park can lower the share of good ones
// among the entrants. The second half is tested where an open door lowers average quality well
// below the bar of Gresham's law (gresham_quality_bar, 0.5): the second-tier city (about 0.37)
// and the locked-in park (about 0.40; its own test case below). In Bio Island's strong region it stays close to the bar
// (0.48), and in the sandbox (0.42) the effect is too small for twelve seeds to see (8.4% of
// entrants good against 9.0% without Gresham's law, 7 seeds of 12).
namespace {

void check_sf2(const char* scenario, bool gresham_half) {
    auto arm = [scenario = scenario](double screening, bool gresham) {
        Arm a{scenario, "", {}, [screening](ScenarioDef& sc) { sc.levers[int(Lever::screening)] = screening; }, true};
        if (!gresham) a.overrides = {{"gresham_avoid", 0.0}, {"exit_gresham", 0.0}};
        return a;
    };
    auto firms = [](const Session& s) { return double(metrics_at(s, 36).enterprises); };
    auto high_share = [](const Session& s) { return metrics_at(s, 36).high_quality_share; };
    auto mean_quality = [](const Session& s) { return metrics_at(s, 36).mean_quality; };
    // Share of high-quality firms (at the params' bar) among the entrants of the run,
    // whether they stayed or not.
    auto high_entrant_share = [](const Session& s) {
        int high = 0, all = 0;
        for (const Enterprise& e : s.world().enterprises) {
            if (e.entry_tick <= 0) continue;
            all++;
            high += e.quality >= s.params().quality_high_bar ? 1 : 0;
        }
        return all > 0 ? double(high) / all : 0.0;
    };
    const auto open = measure_arm_all(arm(0.0, true), 96, {firms, high_share, mean_quality, high_entrant_share});
    const auto strict = measure_arm_all(arm(0.9, true), 36, {firms, high_share, mean_quality});
    check_higher("SF2 firms at 36 months: open door vs strict", open[0], strict[0], 10.0);
    check_higher("SF2 high-quality share: strict vs open door", strict[1], open[1], 0.1);
    check_higher("SF2 mean quality: strict vs open door", strict[2], open[2], 0.05);
    if (gresham_half) {
        // The open door lowers average quality below the bar where Gresham's law bites...
        CHECK(mean(open[2]) < 0.9 * start(config_of(arm(0.0, true), 1))->params().gresham_quality_bar);
        // ... and good candidates stay away: fewer of the entrants over eight years are
        // good than in the same park without Gresham's law (by a tenth at least).
        const auto open_ablated = measure_arm(arm(0.0, false), 96, high_entrant_share);
        check_higher("SF2 high-quality share of entrants, open door: without vs with Gresham", open_ablated, open[3],
                     0.1 * mean(open_ablated));
    }
}

}  // namespace

TEST_CASE("SF2: lower entry screening raises firm count short-term, lowers the high-quality share, and high-quality entry falls with average quality", "[sf]") {
    for (const auto& [scenario, gresham_half] : std::vector<std::pair<const char*, bool>>{{"bio_island", false}, {"sandbox", false}, {"second_tier_city", true}, {"locked_in_park", false}}) {
        SECTION(scenario) { check_sf2(scenario, gresham_half); }
    }
}

// [!mayfail]: issue 8 (item 10). Since lock-in pressure ages the products of a closed, homogeneous
// park faster (SF6), weak tenants of the locked-in park leave sooner and the Gresham half falls
// inside the noise there. Measured (12 seeds, after professional capital came to pay for
// development, 2 December evening): 7.6% of entrants good without Gresham's law vs 6.5% with it,
// 8 seeds of 12 (needs a tenth more and 9 of 12); before that 7.4% vs 7.1%, 7 seeds.
TEST_CASE("SF2: high-quality entry falls with average quality in the locked-in park", "[sf][!mayfail]") {
    check_sf2("locked_in_park", true);
}

// ---------------------------------------------------------------------------------------------
// SF3. Two single changes: the operator's forum dial (0.8 vs 0, a human operator with the same
// screening and services in both arms), and the mechanism that makes neighbours easier partners
// (proximity_trust, the trust bonus of co-location) removed.
TEST_CASE("SF3: inter-firm ties inside the park drive 0 -> 1, and operator-run forums speed it up", "[sf]") {
    for (const char* scenario : {"bio_island", "sandbox"}) {
        SECTION(std::string(scenario) + ": forums") {
            auto arm = [scenario](double forums) {
                return Arm{scenario, "", {}, [forums](ScenarioDef& sc) {
                               sc.levers[int(Lever::forums)] = forums;
                               sc.levers[int(Lever::screening)] = 0.6;
                               sc.levers[int(Lever::services)] = 0.5;
                           }, true};
            };
            const auto with = measure_arm(arm(0.8), 144, month_reached(Stage::Agglomeration, 144));
            const auto without = measure_arm(arm(0.0), 144, month_reached(Stage::Agglomeration, 144));
            check_higher("SF3 month of agglomeration: no forums vs forums", without, with, 6.0);
        }
        SECTION(std::string(scenario) + ": co-location") {
            const Arm full{scenario, "historical", {}, {}};
            Arm distant = full;
            distant.overrides = {{"proximity_trust", 0.0}};
            auto firms = [](const Session& s) { return double(metrics_at(s, 72).enterprises); };
            const auto with = measure_arm_all(full, 144, {month_reached(Stage::Agglomeration, 144), firms});
            const auto without = measure_arm_all(distant, 144, {month_reached(Stage::Agglomeration, 144), firms});
            INFO("firms at month 72, co-located: " << describe(with[1]) << "; without proximity trust: " << describe(without[1]));
            check_higher("SF3 month of agglomeration: without vs with proximity trust", without[0], with[0], 6.0);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SF4. Mechanism: firms seeking partners in other segments (w_cross_industry). Other routes to
// cross-segment ties (supply across segments, forums, hubs) stay. On Bio Island from its opening,
// and on the mature park, which starts as an agglomeration of 1,000 firms. (In the sandbox the
// 1 -> 2 step waits on the complementor share, not on cross-segment ties, so this mechanism does
// not time it there: ablated 125 vs 132 months, mean of 12 seeds.) The margin is a year on Bio
// Island, which takes about six years to its cluster; the mature park reaches it in about a year
// and a half, so there half a year (measured: 25 vs 16 months, 11 of 12 seeds later).
namespace {

void check_sf4(const char* scenario, const char* strategy, int months, double margin) {
    const Arm full{scenario, strategy, {}, {}};
    Arm narrow = full;
    narrow.overrides = {{"w_cross_industry", 0.0}};
    const auto with = measure_arm_all(full, months, {month_reached(Stage::Cluster, months), reached(Stage::Agglomeration)});
    const auto without = measure_arm_all(narrow, months, {month_reached(Stage::Cluster, months), reached(Stage::Agglomeration)});
    INFO("reached agglomeration, with: " << describe(with[1]) << "; without: " << describe(without[1]));
    check_higher("SF4 month of cluster: without vs with cross-segment search", without[0], with[0], margin);
    CHECK(mean(without[1]) >= 0.75);  // the ablated park still agglomerates: it is held at 1
}

}  // namespace

TEST_CASE("SF4: cross-segment joint actions drive 1 -> 2 in the mature park", "[sf]") { check_sf4("mature_park", "", 60, 6.0); }

// [!mayfail]: issue 8 (item 10). Since funds that find no deals leave the park (2 December),
// the mean holds with room (measured, 12 seeds: cluster at month 111 without cross-segment
// search vs 90 with it, against a 12-month margin; 102 vs 83 once capital paid for development)
// but the ablated park is later in only 8 seeds of 12 (needs 9): Bio Island's path to its cluster
// varies by years between seeds.
TEST_CASE("SF4: cross-segment joint actions drive 1 -> 2 on Bio Island", "[sf][!mayfail]") {
    check_sf4("bio_island", "historical", 240, 12.0);
}

// ---------------------------------------------------------------------------------------------
// SF5. Two single mechanisms: what implicit enablers do (implicit_enablers_idle), with the
// enablers themselves still present and counted by the stage condition; and
// international deals (w_international), with domestic external ties left in place.
TEST_CASE("SF5: external connectivity and implicit enablers drive 2 -> 3; without them the park plateaus at stage 2", "[sf]") {
    for (const char* scenario : {"bio_island", "sandbox"}) {
        const Arm full{scenario, "historical", {}, {}};
        SECTION(std::string(scenario) + ": implicit enablers") {
            Arm idle = full;
            idle.overrides = implicit_enablers_idle();
            const auto with = measure_arm_all(full, 300, {month_reached(Stage::Coi, 300), reached(Stage::Cluster)});
            const auto without = measure_arm_all(idle, 300, {month_reached(Stage::Coi, 300), reached(Stage::Cluster)});
            INFO("reached cluster without: " << describe(without[1]));
            check_higher("SF5 month of COI: idle vs active implicit enablers", without[0], with[0], 24.0);
            CHECK(mean(without[1]) >= 0.75);  // the plateau: cluster yes
        }
        SECTION(std::string(scenario) + ": international deals") {
            Arm closed = full;
            closed.overrides = {{"w_international", 0.0}};
            const auto with = measure_arm_all(full, 300, {month_reached(Stage::Coi, 300), reached(Stage::Cluster)});
            const auto without = measure_arm_all(closed, 300, {month_reached(Stage::Coi, 300), reached(Stage::Cluster)});
            INFO("reached cluster without: " << describe(without[1]));
            check_higher("SF5 month of COI: closed vs open", without[0], with[0], 24.0);
            CHECK(mean(without[1]) >= 0.75);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SF6. One scenario condition: the region's openness (0.05 vs 0.7) in a homogeneous park. A mature cluster that
// cannot reach the outside world loses vitality: less innovation and less revenue per firm than
// the same park open, more often the decline label, and in the mature park (with room to spare)
// fewer firms. The locked-in park is full (its floor space binds in both arms), so its firm count
// is set by its space, not by its vitality, and is not compared. The mechanism is lock-in
// pressure (rules_common.cpp): concentration x closedness ages products faster and makes research
// yield less.
TEST_CASE("SF6: a mature cluster with few external ties and low diversity drifts into lock-in/decline", "[sf]") {
    // Both arms homogeneous (one dominant segment, as in the locked-in park); only openness moves.
    auto region = [](double openness) {
        return [openness](ScenarioDef& sc) {
            sc.region.openness = openness;
            sc.enterprises.segment_weights = {16, 0.3, 0.6, 1.0, 1.0};
        };
    };
    struct Case { const char* name; Arm open, closed; bool room; };
    const std::vector<Case> cases{
        {"mature park", {"mature_park", "", {}, region(0.7), false, 15}, {"mature_park", "", {}, region(0.05), false, 15}, true},
        {"locked-in park", {"locked_in_park", "", {}, region(0.7)}, {"locked_in_park", "", {}, region(0.05)}, false},
    };
    for (const Case& c : cases) {
        SECTION(c.name) {
            const int months = 180;
            auto firms_kept = [](const Session& s) { return double(s.world().metrics.enterprises) / metrics_at(s, 1).enterprises; };
            auto per_firm = [months](double Metrics::*field) {
                return [months, field](const Session& s) {
                    return mean_over(s, months - 35, months, [field](const Metrics& m) { return m.*field / std::max(1, m.enterprises); });
                };
            };
            auto declined = [](const Session& s) {
                for (const auto& change : s.world().stage_history) if (change.to == Stage::Decline) return 1.0;
                return 0.0;
            };
            const std::vector<std::function<double(const Session&)>> measures{
                firms_kept, per_firm(&Metrics::enterprise_outputs), per_firm(&Metrics::output_value), declined};
            const auto o = measure_arm_all(c.open, months, measures);
            const auto x = measure_arm_all(c.closed, months, measures);
            INFO("declined, open: " << describe(o[3]) << "; closed: " << describe(x[3]));
            INFO("firms kept, open: " << describe(o[0]) << "; closed: " << describe(x[0]));
            if (c.room) check_higher("SF6 firms kept: open vs closed", o[0], x[0], 0.05);
            check_higher("SF6 late research outputs per firm: open vs closed", o[1], x[1], 0.0);
            check_higher("SF6 late output value per firm: open vs closed", o[2], x[2], 0.0);
            CHECK(mean(x[3]) >= mean(o[3]) + 0.25);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SF7. One thing: the kind of capital. The same number of funds, at the start and arriving, is
// all professional or all entrepreneur-investors (fund_professional_base 10 vs 0, which the
// clamp makes all or none). Then the mechanism, what investors do to the firms they fund (the
// professional R&D and quality boost, the entrepreneur-investor's R&D and quality cut), is
// ablated in both arms: the gap must close.
TEST_CASE("SF7: non-professional capital lowers R&D and innovation output against professional capital of the same size", "[sf]") {
    for (const char* scenario : {"bio_island", "sandbox"}) {
        SECTION(scenario) {
            auto arm = [scenario](bool professional, bool mechanism) {
                Arm a{scenario, "historical", {{"fund_professional_base", professional ? 10.0 : 0.0}},
                      [professional](ScenarioDef& sc) {
                          const int funds = sc.professional_funds + sc.nonprofessional_funds;
                          sc.professional_funds = professional ? funds : 0;
                          sc.nonprofessional_funds = professional ? 0 : funds;
                      }};
                if (!mechanism)
                    for (const char* name : {"professional_rd_boost", "professional_quality_boost", "nonprofessional_rd_cut", "nonprofessional_quality_cut"})
                        a.overrides.push_back({name, 0.0});
                return a;
            };
            auto rd = [](const Session& s) { return mean_over(s, 61, 120, [](const Metrics& m) { return m.mean_rd_intensity; }); };
            auto funds = [](const Session& s) { return double(s.world().metrics.investment_funds); };
            const auto pro = measure_arm_all(arm(true, true), 120, {rd, outputs_per_firm, funds});
            const auto non = measure_arm_all(arm(false, true), 120, {rd, outputs_per_firm, funds});
            INFO("funds at 10 years, professional: " << describe(pro[2]) << "; non-professional: " << describe(non[2]));
            check_higher("SF7 R&D intensity: professional vs not", pro[0], non[0], 0.005);
            check_higher("SF7 outputs per firm: professional vs not", pro[1], non[1], 0.0);
            const auto pro_ablated = measure_arm_all(arm(true, false), 120, {rd});
            const auto non_ablated = measure_arm_all(arm(false, false), 120, {rd});
            check_higher("SF7 R&D gap (professional - not): investors act vs not", minus(pro[0], non[0]),
                         minus(pro_ablated[0], non_ablated[0]), 0.005);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SF8. One scenario condition: an innovation organizer present from the start or not (none
// arrives by chance and no promotion organization is founded in either arm). Then what it does
// (implicit_enablers_idle: brokering, consortia, trust and culture) is ablated with the
// organizer present: the gain must go with it.
TEST_CASE("SF8: an innovation organizer raises the size of joint actions and the transformation rate", "[sf]") {
    for (const char* scenario : {"bio_island", "sandbox"}) {
        SECTION(scenario) {
            auto arm = [scenario](bool organizer, bool acting) {
                Arm a{scenario, "historical", {{"organizer_rate", 0.0}, {"promotion_found_rate", 0.0}},
                      [organizer](ScenarioDef& sc) {
                          if (organizer) sc.organizers = {"test organizer"};
                      }};
                if (!acting) for (const auto& o : implicit_enablers_idle()) a.overrides.push_back(o);
                return a;
            };
            // Enablers per joint action over the run, weighted by the number of joint actions.
            auto mean_size = [](const Session& s) {
                double participants = 0.0, count = 0.0;
                for (const auto& r : s.history()) {
                    participants += r.metrics.mean_joint_action_size * r.metrics.joint_actions_this_tick;
                    count += r.metrics.joint_actions_this_tick;
                }
                return count > 0 ? participants / count : 0.0;
            };
            auto rate = [](const Session& s) { return mean_over(s, 97, 144, [](const Metrics& m) { return m.transformation_rate; }); };
            const auto with = measure_arm_all(arm(true, true), 144, {mean_size, rate});
            const auto without = measure_arm_all(arm(false, true), 144, {mean_size, rate});
            const auto idle = measure_arm_all(arm(true, false), 144, {mean_size, rate});
            check_higher("SF8 joint action size: organizer vs none", with[0], without[0], 0.01);
            check_higher("SF8 transformation rate: organizer vs none", with[1], without[1], 0.02);
            check_higher("SF8 joint action size: organizer acting vs idle", with[0], idle[0], 0.01);
            check_higher("SF8 transformation rate: organizer acting vs idle", with[1], idle[1], 0.02);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SF9. The fact over time on two scenarios. So that growth alone cannot pass it, two single
// changes: (1) the operator's forum staff at zero (forum_rate): without the hub the operator
// makes of itself, the early network is less centralized and the fall with maturity is smaller,
// although the park still grows; (2) firms' own partner search halved (ja_attempt_rate), compared
// at the same size (the month Bio Island first holds 200 firms): fewer self-organized ties leave
// the network more centralized.
TEST_CASE("SF9: network centralization falls as the park matures, following connectivity, not size", "[sf]") {
    auto centralization = [](int from, int to) {
        return [from, to](const Session& s) { return mean_over(s, from, to, [](const Metrics& m) { return m.centralization; }); };
    };
    auto fall = [](const Session& s) {
        auto c = [&s](int from, int to) { return mean_over(s, from, to, [](const Metrics& m) { return m.centralization; }); };
        return c(13, 36) - c(169, 240);
    };
    auto firms = [](const Session& s) { return double(s.world().metrics.enterprises); };
    for (const char* scenario : {"bio_island", "sandbox"}) {
        SECTION(scenario) {
            const Arm full{scenario, "historical", {}, {}};
            Arm no_staff = full;
            no_staff.overrides = {{"forum_rate", 0.0}};
            const auto v = measure_arm_all(full, 240, {centralization(13, 36), centralization(169, 240), fall, firms});
            const auto w = measure_arm_all(no_staff, 240, {fall, firms});
            INFO("firms after 20 years, with forum staff: " << describe(v[3]) << "; without: " << describe(w[1]));
            check_higher("SF9 centralization: years 2-3 vs years 15-20", v[0], v[1], 0.1, 0.9);
            check_higher("SF9 fall of centralization: with vs without the operator's forum staff", v[2], w[0], 0.05);
        }
    }
    SECTION("same size: bio island at 200 firms") {
        const Arm full{"bio_island", "historical", {}, {}};
        Arm fewer = full;
        fewer.overrides = {{"ja_attempt_rate", 0.3}};
        auto at_size = [](const Session& s) {
            for (const auto& r : s.history())
                if (r.metrics.enterprises >= 200) return r.metrics.centralization;
            return -1.0;
        };
        const auto with = measure_arm(full, 180, at_size);
        const auto without = measure_arm(fewer, 180, at_size);
        CHECK(share_at_least(with, 0.0) == 1.0);     // both parks reach the size
        CHECK(share_at_least(without, 0.0) == 1.0);
        check_higher("SF9 centralization at 200 firms: less vs more self-organization", without, with, 0.05);
    }
}

// ---------------------------------------------------------------------------------------------
// SF10. One scenario condition: the park is built around one anchor firm or not; the largest
// tenant leaves in year 5 (test event). The damage is measured against the same park, same seed,
// without the departure. Then the mechanism of the shock's spread (its partners' lost orders
// and exit hazard, the ripple through its segment, the reputation hit) is ablated in the anchored park.
// The locked-in park declares its anchor's share of sales (a third); its suppliers' ties follow
// the same rule at the start as later (supply placed with large buyers in proportion to sales).
TEST_CASE("SF10: a park anchored on one large firm suffers far more when it leaves than an SME-driven park", "[sf]") {
    auto park = [](bool anchor, bool departs) {
        return [anchor, departs](ScenarioDef& sc) {
            sc.events = {departs ? "test_anchor_leaves" : "none"};
            sc.enterprises.anchor = anchor;
            sc.enterprises.large = anchor ? 1 : 0;
        };
    };
    const Overrides no_spread{{"exit_partner_shock", 0.0}, {"partner_revenue_loss", 0.0}, {"anchor_ripple_reach", 0.0}, {"anchor_reputation_hit", 0.0}};
    auto output = [](const Session& s) { return metrics_at(s, 72).output_value; };
    auto firms = [](const Session& s) { return double(metrics_at(s, 84).enterprises); };
    // Relative loss of output value a year after the departure plus relative loss of firms two
    // years after (the shock spreading to suppliers), against the park where nobody left.
    auto damage = [&](const Arm& departs, const Arm& stays) {
        const auto d = measure_arm_all(departs, 84, {output, firms});
        const auto c = measure_arm_all(stays, 84, {output, firms});
        std::vector<double> out;
        for (size_t i = 0; i < d[0].size(); ++i) out.push_back(1.0 - d[0][i] / c[0][i] + 1.0 - d[1][i] / c[1][i]);
        return out;
    };
    for (const char* scenario : {"bio_island", "locked_in_park"}) {
        SECTION(scenario) {
            const auto anchored = damage({scenario, "", {}, park(true, true)}, {scenario, "", {}, park(true, false)});
            const auto smes = damage({scenario, "", {}, park(false, true)}, {scenario, "", {}, park(false, false)});
            const auto contained = damage({scenario, "", no_spread, park(true, true)}, {scenario, "", no_spread, park(true, false)});
            check_higher("SF10 damage: anchored vs SME-driven", anchored, smes, 0.1);
            check_higher("SF10 damage to the anchored park: shock spreads vs contained", anchored, contained, 0.05);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SF11. One thing: the operator's services dial (0 vs 0.8), the operator otherwise making no
// decision; the government plays its scenario's strategy in both arms.
TEST_CASE("SF11: an operator that neglects services gets a lower transformation rate", "[sf]") {
    for (const char* scenario : {"bio_island", "sandbox"}) {
        SECTION(scenario) {
            auto arm = [scenario](double services) {
                return Arm{scenario, "", {}, [services](ScenarioDef& sc) { sc.levers[int(Lever::services)] = services; }, true};
            };
            auto rate = [](const Session& s) { return mean_over(s, 121, 180, [](const Metrics& m) { return m.transformation_rate; }); };
            const auto with = measure_arm(arm(0.8), 180, rate);
            const auto without = measure_arm(arm(0.0), 180, rate);
            check_higher("SF11 transformation rate: services vs none", with, without, 0.02);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SF12. The fact as it happens in two scenarios: the reasons of the funds that arrive in the
// first five years, in years 5-15 and after year 15. No arm removes a reason: each share is
// free to peak in any phase. Two readings: each reason gains share into its own phase (the
// shift), and each phase is led by its reason.
namespace {

// share[phase][reason] of the funds arriving after the start, for one finished session.
std::array<std::array<double, kFundReasonCount>, 3> fund_reason_shares(const Session& s) {
    std::array<std::array<double, kFundReasonCount>, 3> count{};
    for (const Fund& f : s.world().funds) {
        if (f.entry_tick == 0) continue;  // the founding funds
        count[f.entry_tick < 60 ? 0 : f.entry_tick < 180 ? 1 : 2][int(f.reason)] += 1;
    }
    for (auto& phase : count) {
        const double total = phase[0] + phase[1] + phase[2];
        for (double& c : phase) c = total > 0 ? c / total : 0.0;
    }
    return count;
}

// Runs the historical strategies for 25 years and returns, per phase and reason, the share over
// the seeds.
std::array<std::array<std::vector<double>, kFundReasonCount>, 3> fund_reasons_by_phase(const char* scenario) {
    std::vector<std::function<double(const Session&)>> measures;
    for (int phase = 0; phase < 3; ++phase)
        for (int reason = 0; reason < kFundReasonCount; ++reason)
            measures.push_back([phase, reason](const Session& s) { return fund_reason_shares(s)[phase][reason]; });
    const auto v = measure_arm_all({scenario, "historical", {}, {}}, 300, measures);
    std::array<std::array<std::vector<double>, kFundReasonCount>, 3> out;
    for (int phase = 0; phase < 3; ++phase)
        for (int reason = 0; reason < kFundReasonCount; ++reason) out[phase][reason] = v[phase * kFundReasonCount + reason];
    return out;
}

constexpr int kPolicy = int(FundReason::Policy), kQuality = int(FundReason::ProjectQuality),
              kCluster = int(FundReason::FundCluster);

}  // namespace

// [!mayfail]: issue 8 (item 10). Each shift points the stated way; since funds that find no
// deals leave (2 December) the policy and project-quality shifts hold, and only the fund
// cluster's falls short of the 0.1 margin. Measured (12 seeds): fund-cluster share late 0.335 vs
// middle 0.281 on Bio Island, 0.338 vs 0.282 in the sandbox; with development paid for by
// capital, 0.343 vs 0.270 and 0.311 vs 0.261. Raising fund_cluster_rate (tried 0.012, 0.016)
// lifts both phases alike (0.46 vs 0.40; 0.57 vs 0.51, where the fund cluster then leads the
// middle phase too): the shift needs a mechanism that grows with the fund cluster's maturity.
// Tried and left out (2 December evening): a pull that grows with the funds' mean tenure (both
// phases rise alike); a co-investment network, the pull per fund saturating in the number of
// funds (half at 100, rate 0.027), which passes the fund-cluster shift and the late lead in both
// scenarios (Bio Island late 0.60 vs 0.36 middle) but leaves Bio Island's early phase led by
// project quality and breaks SF6 and SF10, so it needs a recalibration of its own.
TEST_CASE("SF12: investors shift from policy early to project quality in the middle to the fund cluster late", "[sf][!mayfail]") {
    for (const char* scenario : {"bio_island", "sandbox"}) {
        SECTION(scenario) {
            const auto v = fund_reasons_by_phase(scenario);
            check_higher("SF12 policy share: early vs middle", v[0][kPolicy], v[1][kPolicy], 0.1);
            check_higher("SF12 project-quality share: middle vs early", v[1][kQuality], v[0][kQuality], 0.1);
            check_higher("SF12 fund-cluster share: late vs middle", v[2][kCluster], v[1][kCluster], 0.1);
        }
    }
}

// [!mayfail]: issue 8 (item 10). Project quality stays the leading reason late: the fund cluster
// gains share after year 15 but never leads (2 December, with funds leaving: late 0.59 project
// quality vs 0.34 fund cluster in the sandbox). Earlier figures: Measured (12 seeds): Bio Island late 0.52 project
// quality vs 0.36 fund cluster (middle 0.51 vs 0.26), sandbox late 0.46 vs 0.37; and policy leads
// the first five years in the mean (0.54 vs 0.36 on Bio Island) but only in 8 seeds of 12.
TEST_CASE("SF12: each phase is led by its reason: policy early, project quality in the middle, the fund cluster late", "[sf][!mayfail]") {
    for (const char* scenario : {"bio_island", "sandbox"}) {
        SECTION(scenario) {
            const auto v = fund_reasons_by_phase(scenario);
            check_higher("SF12 early: policy vs project quality", v[0][kPolicy], v[0][kQuality], 0.0);
            check_higher("SF12 early: policy vs fund cluster", v[0][kPolicy], v[0][kCluster], 0.0);
            check_higher("SF12 middle: project quality vs policy", v[1][kQuality], v[1][kPolicy], 0.0);
            check_higher("SF12 middle: project quality vs fund cluster", v[1][kQuality], v[1][kCluster], 0.0);
            check_higher("SF12 late: fund cluster vs project quality", v[2][kCluster], v[2][kQuality], 0.0);
            check_higher("SF12 late: fund cluster vs policy", v[2][kCluster], v[2][kPolicy], 0.0);
        }
    }
}
