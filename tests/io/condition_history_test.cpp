// The condition history (issue 11 item 1): every month's record keeps the stage conditions as
// step_stages measured them; a change of stage happens only after its conditions held for the
// months needed; saves keep the history, and old saves gain an empty one.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../engine/test_support.h"
#include "io/snapshot.h"
#include "sim/metric_table.h"
#include "io_test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {

bool all_hold(const std::vector<StageCondition>& conditions) {
    for (const auto& c : conditions)
        if (!c.holds) return false;
    return !conditions.empty();
}

}  // namespace

TEST_CASE("every month's record keeps the conditions of the next stage with values, thresholds and verdicts", "[io][conditions]") {
    auto s = start(bio_island_config(7));
    play(*s, 120);
    REQUIRE(s->history().size() == 120);
    for (const TickRecord& r : s->history()) {
        const StageStatus& st = r.stage_status;
        CHECK(st.stage == r.stage);
        if (r.stage != Stage::Coi) CHECK_FALSE(st.next_conditions.empty());
        for (const auto& c : st.next_conditions) {
            double value = 0.0;
            REQUIRE(read_metric(record_view(r), c.metric, &value));
            CHECK(value == c.value);   // the value the rule measured is the month's metric
            CHECK(c.holds == (c.at_least ? c.value >= c.threshold : c.value <= c.threshold));
        }
    }
}

TEST_CASE("an upward stage change follows the months its conditions held in the history", "[io][conditions]") {
    // Seeds from 11: the first runs that leave flocking within 25 years; every upward change of
    // each is checked against the records before it.
    int changes = 0;
    for (uint64_t seed : test_seeds(12)) {
        auto s = start(bio_island_config(seed));
        play(*s, 300);
        const auto& history = s->history();
        for (const auto& change : s->world().stage_history) {
            if (change.tick <= 0 || change.to == Stage::Decline || change.from == Stage::Decline) continue;
            if (int(change.to) < int(change.from)) continue;   // a fallback
            // StageChange::tick is the tick the month of the change started at: the record with
            // that tick is the last month measured against the transition.
            const size_t at = size_t(change.tick - 1);
            REQUIRE(history[at].tick == change.tick);
            const TickRecord& before = history[at];
            INFO("seed " << seed << ", change during month " << change.tick + 1);
            CHECK(history[at + 1].stage == change.to);
            CHECK(before.stage_status.next == change.to);
            CHECK(before.stage_status.held_ticks == before.stage_status.hold_needed - 1);
            for (int k = 0; k < before.stage_status.hold_needed - 1; ++k) CHECK(all_hold(history[at - size_t(k)].stage_status.next_conditions));
            ++changes;
        }
    }
    CHECK(changes > 0);
}

TEST_CASE("a version-6 save gains an empty condition history and goes on recording it", "[io][save][conditions]") {
    auto s = start(bio_island_config(6));
    play(*s, 30);
    nlohmann::json old = s->save_json();
    old["format_version"] = 6;
    for (auto& record : old["state"]["history"]) record.erase("stage_status");
    old["checksum"] = json_checksum(old["state"]);
    std::string error;
    auto loaded = Session::load_json(old, content_only(), &error);
    INFO(error);
    REQUIRE(loaded);
    CHECK(loaded->history().front().stage_status.next_conditions.empty());
    CHECK(loaded->history().front().stage_status.stage == loaded->history().front().stage);
    play(*s, 12);
    play(*loaded, 12);
    CHECK(loaded->hash() == s->hash());   // an observer: the game itself is unchanged
    CHECK_FALSE(loaded->history().back().stage_status.next_conditions.empty());
}

TEST_CASE("a save keeps the condition history of every month", "[io][save][conditions]") {
    auto s = start(bio_island_config(3));
    play(*s, 24);
    std::string error;
    auto loaded = Session::load_json(s->save_json(), content_only(), &error);
    INFO(error);
    REQUIRE(loaded);
    REQUIRE(loaded->history().size() == s->history().size());
    for (size_t i = 0; i < s->history().size(); ++i) {
        const auto& a = s->history()[i].stage_status;
        const auto& b = loaded->history()[i].stage_status;
        CHECK(a.next == b.next);
        CHECK(a.held_ticks == b.held_ticks);
        REQUIRE(a.next_conditions.size() == b.next_conditions.size());
        for (size_t c = 0; c < a.next_conditions.size(); ++c) CHECK(a.next_conditions[c].value == b.next_conditions[c].value);
    }
}
