// Client logic without a window: chart arithmetic, the network layout, the simulation clock,
// frame statistics, string table fallbacks, options, scoring and atomic export.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "core/chart_math.h"
#include "core/chart_series.h"
#include "core/encyclopedia.h"
#include "core/files.h"
#include "core/frame_stats.h"
#include "core/network_layout.h"
#include "core/options.h"
#include "core/scoring.h"
#include "core/sim_clock.h"
#include "core/strings.h"
#include "sim/metric_table.h"

using namespace keystone;
using namespace keystone::client;

TEST_CASE("axis ticks are round numbers that cover the data", "[game][chart]") {
    const AxisTicks ticks = nice_ticks(3.2, 97.0, 5);
    CHECK(ticks.min <= 3.2);
    CHECK(ticks.max >= 97.0);
    CHECK(ticks.step == Approx(20.0));
    CHECK(ticks.values.front() == Approx(ticks.min));
    CHECK(ticks.values.back() == Approx(ticks.max));
    SECTION("a flat series still gets a visible range") {
        const AxisTicks flat = nice_ticks(0.0, 0.0, 4);
        CHECK(flat.max > flat.min);
        const AxisTicks flat_positive = nice_ticks(5.0, 5.0, 4);
        CHECK(flat_positive.min <= 5.0);
        CHECK(flat_positive.max > 5.0);
    }
    CHECK(format_tick(0.25, 0.05) == "0.25");
    CHECK(format_tick(40.0, 20.0) == "40");
}

TEST_CASE("the sample under the cursor is the nearest month, clamped to the data", "[game][chart]") {
    CHECK(sample_at(100.0, 100.0, 200.0, 11) == 0);
    CHECK(sample_at(150.0, 100.0, 200.0, 11) == 5);
    CHECK(sample_at(500.0, 100.0, 200.0, 11) == 10);
    CHECK(sample_at(-5.0, 100.0, 200.0, 11) == 0);
    const auto smoothed = trailing_mean({0, 12, 0, 12}, 2);
    CHECK(smoothed[0] == Approx(0.0));
    CHECK(smoothed[3] == Approx(6.0));
}

TEST_CASE("network positions depend only on kind and index, and stay in the unit disc", "[game][network]") {
    std::set<std::pair<long, long>> seen;
    for (int kind = 0; kind < kNodeKindCount; ++kind) {
        for (uint32_t index = 0; index < 600; ++index) {
            const LayoutPoint a = node_position(NodeKind(kind), index);
            const LayoutPoint b = node_position(NodeKind(kind), index);
            CHECK(a.x == b.x);
            CHECK(a.y == b.y);
            CHECK(std::hypot(a.x, a.y) <= 1.0);
            if (NodeKind(kind) == NodeKind::Enterprise)
                seen.insert({std::lround(a.x * 1e4), std::lround(a.y * 1e4)});
        }
    }
    CHECK(seen.size() == 600);  // no two firms share a spot
    CHECK(is_external(NodeKind::ExternalInternational));
    CHECK_FALSE(is_external(NodeKind::Enterprise));
}

TEST_CASE("the hub-centred layout puts better-connected nodes nearer the centre", "[game][network]") {
    for (uint32_t index = 0; index < 200; ++index) {
        const LayoutPoint hub = hub_position(NodeKind::Enterprise, index, 1.0);
        const LayoutPoint middling = hub_position(NodeKind::Enterprise, index, 0.25);
        const LayoutPoint loner = hub_position(NodeKind::Enterprise, index, 0.0);
        CHECK(std::hypot(hub.x, hub.y) < std::hypot(middling.x, middling.y));
        CHECK(std::hypot(middling.x, middling.y) < std::hypot(loner.x, loner.y));
        CHECK(std::hypot(loner.x, loner.y) < 0.84);  // inside the outside world's rim
        const LayoutPoint again = hub_position(NodeKind::Enterprise, index, 0.25);
        CHECK(again.x == middling.x);
        CHECK(again.y == middling.y);
    }
    // The outside world stays on the rim whatever its degree.
    const LayoutPoint rim = hub_position(NodeKind::ExternalDomestic, 3, 1.0);
    const LayoutPoint fixed = node_position(NodeKind::ExternalDomestic, 3);
    CHECK(rim.x == fixed.x);
}

TEST_CASE("past the limit the view keeps the ties between the best-connected nodes", "[game][network]") {
    std::vector<std::pair<int, int>> ends;
    for (int i = 0; i < 1000; ++i) ends.push_back({1 + i % 7, 1 + (i * 3) % 11});
    CHECK(backbone_ties(ends, 2000).size() == 1000);
    const std::vector<size_t> kept = backbone_ties(ends, 300);
    REQUIRE(kept.size() == 300);
    CHECK(std::is_sorted(kept.begin(), kept.end()));
    int weakest_kept = 1000;
    for (size_t i : kept) weakest_kept = std::min(weakest_kept, std::min(ends[i].first, ends[i].second));
    for (size_t i = 0; i < ends.size(); ++i)
        if (!std::binary_search(kept.begin(), kept.end(), i)) CHECK(std::min(ends[i].first, ends[i].second) <= weakest_kept);
}

TEST_CASE("charts have at most six lines in distinct colours, and a log scale when lines differ a hundredfold", "[game][chart]") {
    const std::vector<double> firms = {40, 120, 480}, multinationals = {0, 1, 3}, shares = {0.1, 0.2, 0.3};
    CHECK(wants_log_scale({&firms, &multinationals}));
    CHECK_FALSE(wants_log_scale({&firms, &firms}));
    CHECK_FALSE(wants_log_scale({&shares}));
    const std::vector<double> negative = {-5, 500}, small = {0, 1};
    CHECK_FALSE(wants_log_scale({&negative, &small}));
    const AxisTicks decades = log_ticks(3.0, 480.0);
    CHECK(decades.values == std::vector<double>{1.0, 10.0, 100.0, 1000.0});

    SessionConfig config;
    config.scripts_dir = std::string(KEYSTONE_SOURCE_DIR) + "/scripts";
    std::string error;
    auto session = Session::create(config, &error);
    REQUIRE(session);
    for (int month = 0; month < 24; ++month) session->step();
    for (int kind = 0; kind < int(ChartKind::Count); ++kind) {
        const ChartData chart = build_chart(*session, ChartKind(kind));
        INFO(chart.title);
        CHECK(chart.lines.size() <= size_t(kMaxChartLines));
        std::set<int> colours;
        for (const ChartLine& line : chart.lines) colours.insert(line.colour);
        CHECK(colours.size() == chart.lines.size());
    }
}

TEST_CASE("the clock runs 1x as one month per second and never bursts after a stall", "[game][clock]") {
    SimClock clock;
    int steps = 0;
    double fake_ms = 0.0;
    auto step = [&] { steps += 1; return true; };
    auto elapsed = [&] { return fake_ms; };
    CHECK(clock.paused());
    CHECK(clock.advance(1.0, 8.0, step, elapsed) == 0);  // a new game starts paused
    clock.set_paused(false);
    clock.set_ticks_per_second(1);
    int total = 0;
    for (int frame = 0; frame < 60; ++frame) total += clock.advance(1.0 / 60.0, 8.0, step, elapsed);
    CHECK(total == 1);
    clock.set_ticks_per_second(8);
    total = 0;
    for (int frame = 0; frame < 60; ++frame) total += clock.advance(1.0 / 60.0, 8.0, step, elapsed);
    CHECK((total >= 7 && total <= 8));
    // A five-second stall owes at most half a second of months.
    CHECK(clock.advance(5.0, 8.0, step, elapsed) <= 4);
    SECTION("a single step runs while paused") {
        clock.set_paused(true);
        clock.request_single_step();
        CHECK(clock.advance(0.016, 8.0, step, elapsed) == 1);
    }
    SECTION("the frame budget stops stepping and keeps the rest for later frames") {
        clock.set_ticks_per_second(SimClock::kMaxSpeed);
        int budget_steps = 0;
        auto slow_step = [&] { budget_steps += 1; fake_ms += 3.0; return true; };
        CHECK(clock.advance(0.016, 8.0, slow_step, elapsed) == 3);
    }
    SECTION("a step that cannot run (an event waits) stops the frame") {
        auto blocked = [] { return false; };
        CHECK(clock.advance(1.0, 8.0, blocked, elapsed) == 0);
    }
}

TEST_CASE("frame statistics report mean, median, 95th percentile and maximum", "[game][frames]") {
    std::vector<double> frames;
    for (int i = 1; i <= 100; ++i) frames.push_back(double(i));
    const FrameSummary summary = summarize(frames);
    CHECK(summary.frames == 100);
    CHECK(summary.mean_ms == Approx(50.5));
    CHECK(summary.p50_ms == Approx(50.0));
    CHECK(summary.p95_ms == Approx(95.0));
    CHECK(summary.max_ms == Approx(100.0));
}

TEST_CASE("a missing string shows its key, and placeholders are filled by position", "[game][strings]") {
    CHECK(std::string(tr("no.such.key")) == "no.such.key");
    CHECK(tr_or("no.such.key", "fallback") == "fallback");
    CHECK(substitute("{1} before {0}", {"a", "b"}) == "b before a");
    CHECK(substitute("{5} stays empty", {"a"}) == " stays empty");
    CHECK(humanize("firm_ties_per_firm") == "Firm ties per firm");
    CHECK(humanize("stage:cluster") == "Stage: cluster");
    StringTable table;
    std::string error;
    REQUIRE(table.load(std::string(KEYSTONE_SOURCE_DIR) + "/assets/i18n/en.json", &error));
    CHECK(table.find("top.play") != nullptr);
    CHECK(table.find("stage.coi") != nullptr);
}

TEST_CASE("command-line flags skip the start screen and select the test run", "[game][options]") {
    const char* argv[] = {"keystone", "--autoplay", "36", "--screenshot-dir", "shots", "--quit", "--seed", "42",
                          "--role", "both"};
    Options options;
    std::string error;
    REQUIRE(parse_options(10, argv, &options, &error));
    CHECK(options.autoplay_ticks == 36);
    CHECK(options.scenario == "bio_island");
    CHECK(options.seed == 42);
    CHECK(options.role == "both");
    CHECK(options.quit);
    const char* bad[] = {"keystone", "--role", "mayor"};
    Options rejected;
    CHECK_FALSE(parse_options(3, bad, &rejected, &error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("the encyclopedia finds entries by id with or without a prefix", "[game][encyclopedia]") {
    Encyclopedia encyclopedia;
    std::string error;
    REQUIRE(encyclopedia.load(std::string(KEYSTONE_SOURCE_DIR) + "/assets/text/encyclopedia.json", &error));
    REQUIRE_FALSE(encyclopedia.entries().empty());
    const auto& first = encyclopedia.entries().front();
    CHECK(encyclopedia.find(first.id) == &first);
    CHECK(encyclopedia.find("concept:" + first.id) == &first);
    CHECK(encyclopedia.find("no_such_entry_anywhere") == nullptr);
}

TEST_CASE("the score favours long-term innovation and the export is written whole", "[game][scoring]") {
    ScoringRules rules;
    std::string error;
    REQUIRE(load_scoring(std::string(KEYSTONE_SOURCE_DIR) + "/assets/scoring.json", &rules, &error));
    double long_weight = 0.0, short_weight = 0.0;
    for (const auto& component : rules.components) (component.horizon == "short" ? short_weight : long_weight) += component.weight;
    CHECK(long_weight > 2.0 * short_weight);

    SessionConfig config;
    config.scripts_dir = std::string(KEYSTONE_SOURCE_DIR) + "/scripts";
    config.seed = 5;
    auto session = Session::create(config, &error);
    REQUIRE(session);
    for (int month = 0; month < 24; ++month) session->step();
    const auto score = compute_score(rules, *session);
    // Both baselines are played on the same seed to the same month: the operator doing nothing
    // beside the historical government, and the reference play of both roles.
    REQUIRE(score.do_nothing.available);
    REQUIRE(score.reference.available);
    CHECK(score.do_nothing.strategies[0] == "hands_off");
    CHECK(score.do_nothing.strategies[1] == "historical");
    CHECK(score.reference.strategies[0] == "historical");
    for (const auto* baseline : {&score.do_nothing, &score.reference})
        for (const auto& line : baseline->score.lines)
            if (line.method == keystone::ScoreMethod::MeanOfMonths) CHECK(line.last_tick == 24);
    CHECK(score.total >= 0.0);
    CHECK(score.total <= 100.0);
    CHECK(score.total == Approx(score.long_term + score.short_term));

    const auto path = std::filesystem::temp_directory_path() / "keystone-test-results.json";
    REQUIRE(export_results(*session, score, path.string(), &error));
    CHECK_FALSE(std::filesystem::exists(path.string() + ".tmp"));
    std::ifstream in(path);
    const nlohmann::json document = nlohmann::json::parse(in);
    CHECK(document["scenario"]["id"] == "bio_island");
    CHECK(document["seed"] == 5);
    CHECK(document["ticks"] == 24);
    CHECK(document["score"]["components"].size() == rules.components.size());
    CHECK(document["score"]["do_nothing"]["strategies"]["operator"] == "hands_off");
    CHECK(document["score"]["reference"]["total"].is_number());
    CHECK(document["score"]["components"][0].contains("method"));
    std::filesystem::remove(path);
}

namespace {
// The default scenario played for a year by its own AI.
std::unique_ptr<Session> year_played() {
    SessionConfig config;
    config.scripts_dir = std::string(KEYSTONE_SOURCE_DIR) + "/scripts";
    std::string error;
    auto session = Session::create(config, &error);
    REQUIRE(session);
    for (int month = 0; month < 12; ++month) session->step();
    return session;
}
}  // namespace

TEST_CASE("every chart has one value per history row", "[game][chart]") {
    auto session = year_played();
    for (int kind = 0; kind < int(ChartKind::Count); ++kind) {
        const ChartData chart = build_chart(*session, ChartKind(kind));
        CHECK(chart.ticks.size() == session->history().size());
        REQUIRE_FALSE(chart.lines.empty());
        for (const auto& line : chart.lines) CHECK(line.values.size() == chart.ticks.size());
    }
}

TEST_CASE("a chart line that names a measure draws exactly what the metric table reads, so 'what moved this?' asks about it", "[game][chart]") {
    auto session = year_played();
    int named = 0;
    for (int kind = 0; kind < int(ChartKind::Count); ++kind) {
        const ChartData chart = build_chart(*session, ChartKind(kind));
        for (const auto& line : chart.lines) {
            if (line.metric.empty()) continue;
            INFO(chart.title << ": " << line.label << " as " << line.metric);
            ++named;
            for (size_t row = 0; row < chart.ticks.size(); ++row) {
                double value = 0.0;
                REQUIRE(read_metric(record_view(session->history()[row]), line.metric, &value));
                CHECK(line.values[row] == value);
            }
        }
    }
    CHECK(named >= 20);   // firms, shares, network, culture, revenue and occupancy lines
}
