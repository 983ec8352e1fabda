// Determinism: same scenario + seed + commands gives the same hash at every tick, in one
// process and across two fresh processes; different seeds differ.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "sim/hash.h"
#include "test_support.h"

using namespace keystone;
using namespace keystone::test;

namespace {
std::vector<uint64_t> hash_sequence(uint64_t seed, const std::string& strategy, int months) {
    auto s = start(bio_island_config(seed, strategy));
    std::vector<uint64_t> hashes;
    for (int i = 0; i < months; ++i) {
        s->step();
        hashes.push_back(s->hash());
    }
    return hashes;
}

int first_difference(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    for (size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (a[i] != b[i]) return int(i) + 1;
    return a.size() == b.size() ? -1 : int(std::min(a.size(), b.size())) + 1;
}

std::string read_all(const std::string& path) {
    std::ifstream in(path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}
}  // namespace

TEST_CASE("the same seed gives the same hash at every tick, with two fresh Lua states", "[determinism]") {
    for (const std::string strategy : {"historical", "incentives_only"}) {
        const auto first = hash_sequence(42, strategy, 300);
        const auto second = hash_sequence(42, strategy, 300);
        INFO(strategy << ": first diverging tick " << first_difference(first, second));
        CHECK(first_difference(first, second) == -1);
    }
}

TEST_CASE("different seeds give different worlds", "[determinism]") {
    const auto a = hash_sequence(1, "historical", 24);
    const auto b = hash_sequence(2, "historical", 24);
    CHECK(a.back() != b.back());
}

TEST_CASE("two fresh processes of keystone-cli agree on every tick's hash", "[determinism]") {
    const std::string cli = KEYSTONE_CLI_PATH;
    const std::string dir = std::string(KEYSTONE_SOURCE_DIR);
    for (int run = 0; run < 2; ++run) {
        const std::string command = cli + " run --scenario bio_island --strategy historical --seed 9 --years 10 --quiet --scripts " +
                                    dir + "/scripts --csv determinism_" + std::to_string(run) + ".csv";
        REQUIRE(std::system(command.c_str()) == 0);
    }
    const std::string first = read_all("determinism_0.csv"), second = read_all("determinism_1.csv");
    REQUIRE(first.size() > 1000);
    CHECK(first == second);
    std::remove("determinism_0.csv");
    std::remove("determinism_1.csv");
}

TEST_CASE("a golden hash pins the Bio Island rules (re-approve deliberately when a rule changes)", "[determinism][golden]") {
    auto s = start(bio_island_config(7));
    play(*s, 120);
    const std::string golden_path = std::string(KEYSTONE_SOURCE_DIR) + "/tests/golden/bio_island_seed7_tick120.hash";
    std::string golden = read_all(golden_path);
    while (!golden.empty() && (golden.back() == '\n' || golden.back() == ' ')) golden.pop_back();
    INFO("current hash " << hash_hex(s->hash()) << "; if a rule changed on purpose, write it to " << golden_path);
    CHECK(hash_hex(s->hash()) == golden);
}
