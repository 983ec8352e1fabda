// The scenario reference (content_schema.cpp scenario_fields) states the ranges the loader
// enforces: each bound loads, a value past it is refused with the field's name. Currency
// converts money; a start that needs more floor space than the park has is warned about.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../engine/test_support.h"
#include "script/content_schema.h"
#include "script/script_host.h"
#include "sim/world_setup.h"

using namespace keystone;
using namespace keystone::test;

namespace {

// Loads a minimal scenario with `assignment` (Lua, e.g. "s.park.area_km2 = 3") applied.
LoadedContent load_probe(const std::string& assignment) {
    const auto dir = std::filesystem::temp_directory_path() / ("keystone_schema_" + std::to_string(::getpid())) / "scenarios";
    std::filesystem::create_directories(dir);
    const auto file = dir / "probe.lua";
    std::ofstream(file) << "local s = { id = 'probe', name = 'Probe', description = 'A probe.', start = { year = 2011, month = 1 },\n"
                           "  years = 5, region = {}, park = { area_km2 = 1 }, enterprises = { count = 10, segments = {} },\n"
                           "  providers = {}, funds = {}, rivals = {}, budgets = {}, currency = { code = 'RMB', rmb_per_unit = 1 } }\n"
                        << assignment << "\nreturn s\n";
    ScriptHost host;
    LoadedContent content;
    host.load_file("scenario", file.string(), &content);
    return content;
}

std::string lua_number(double value) {
    std::ostringstream out;
    out.precision(17);
    out << value;
    return out.str();
}

Params shipped_params() {
    ScriptHost host;
    Params params;
    std::string error;
    if (!host.load_params(scripts_dir() + "/params.lua", &params, &error)) FAIL(error);
    return params;
}

std::string errors_of(const LoadedContent& content) {
    std::string all;
    for (const auto& e : content.errors) all += e.message + "\n";
    return all;
}

}  // namespace

TEST_CASE("every numeric scenario field loads at both ends of its documented range and is refused past it", "[content][schema]") {
    int checked = 0;
    for (const auto& field : scenario_fields()) {
        const std::string unit = field.unit;
        if (unit == "boolean" || unit == "text") continue;
        std::string path = field.path;
        if (path == "enterprises.segments.<segment>") path = std::string("enterprises.segments.") + segment_name(Segment(0));
        const std::string leaf = path.substr(path.rfind('.') + 1);
        INFO(path);
        for (double bound : {field.min, field.max}) {
            const auto content = load_probe("s." + path + " = " + lua_number(bound));
            INFO("at " << bound << ": " << errors_of(content));
            CHECK(content.errors.empty());
        }
        const double past = field.max + std::max(1.0, std::fabs(field.max));
        const auto content = load_probe("s." + path + " = " + lua_number(past));
        REQUIRE(content.errors.size() == 1);
        CHECK(content.errors.front().message.find("'" + leaf + "'") != std::string::npos);
        ++checked;
    }
    CHECK(checked >= 35);
}

TEST_CASE("a scenario written in another currency is converted to RMB million", "[content][schema]") {
    auto content = load_probe("s.currency = { code = 'USD', rmb_per_unit = 7.1 }\ns.budgets = { operator = 10, government = 20 }\n"
                              "s.goals = { { text = 'sales', by_year_offset = 3, metric = 'output_value', at_least = 2 },\n"
                              "            { text = 'firms', by_year_offset = 3, metric = 'enterprises', at_least = 50 } }");
    INFO(errors_of(content));
    REQUIRE(content.scenarios.size() == 1);
    const ScenarioDef& sc = content.scenarios.front();
    CHECK(sc.currency_code == "USD");
    CHECK(sc.budgets[0] == Approx(71.0));
    CHECK(sc.budgets[1] == Approx(142.0));
    CHECK(sc.goals[0].threshold == Approx(14.2));   // money: converted
    CHECK(sc.goals[1].threshold == Approx(50.0));   // a count: not
    // Without a currency the money is RMB million as written.
    auto plain = load_probe("s.currency = nil\ns.budgets = { operator = 10 }");
    REQUIRE(plain.scenarios.size() == 1);
    CHECK(plain.scenarios.front().budgets[0] == Approx(10.0));
}

TEST_CASE("a start that needs more floor space than the park has is warned about, naming the field", "[content][schema]") {
    const Params params = shipped_params();
    auto fits = load_probe("s.park.area_km2 = 1\ns.enterprises.count = 100");
    REQUIRE(fits.scenarios.size() == 1);
    CHECK(scenario_warnings(fits.scenarios.front(), params).empty());
    auto crowded = load_probe("s.park.area_km2 = 0.1\ns.enterprises.count = 1000");
    REQUIRE(crowded.scenarios.size() == 1);
    const auto warnings = scenario_warnings(crowded.scenarios.front(), params);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().rfind("park.area_km2: the starting firms need", 0) == 0);
    // A value inside the loader's range but outside the usual one: legal, with a warning.
    auto odd = load_probe("s.park.area_km2 = 500");
    REQUIRE(odd.scenarios.size() == 1);
    const auto odd_warnings = scenario_warnings(odd.scenarios.front(), params);
    REQUIRE(odd_warnings.size() == 1);
    CHECK(odd_warnings.front().find("park.area_km2 = 500 is outside the usual range") == 0);
}

TEST_CASE("a park's floor space in m2 replaces land area times density", "[content][schema]") {
    const Params params = shipped_params();
    auto by_land = load_probe("s.park = { area_km2 = 2 }");
    auto by_floor = load_probe("s.park = { area_km2 = 2, floor_m2 = 450000 }");
    REQUIRE(by_land.scenarios.size() == 1);
    REQUIRE(by_floor.scenarios.size() == 1);
    CHECK(park_capacity_units(by_land.scenarios.front(), params) ==
          Approx(2e6 * params.building_land_share * params.floor_area_ratio / params.unit_floor_m2));
    CHECK(park_capacity_units(by_floor.scenarios.front(), params) == Approx(450000 / params.unit_floor_m2));
    auto crowded = load_probe("s.park = { area_km2 = 2, floor_m2 = 20000 }\ns.enterprises.count = 100");
    REQUIRE(crowded.scenarios.size() == 1);
    const auto warnings = scenario_warnings(crowded.scenarios.front(), params);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().rfind("park.floor_m2: the starting firms need", 0) == 0);
}

TEST_CASE("every shipped scenario loads without warnings", "[content][schema]") {
    const Params params = shipped_params();
    ScriptHost host;
    const LoadedContent content = host.load_content(scripts_dir());
    REQUIRE(content.scenarios.size() >= 4);
    for (const auto& sc : content.scenarios) {
        INFO(sc.id);
        CHECK(scenario_warnings(sc, params).empty());
    }
}
