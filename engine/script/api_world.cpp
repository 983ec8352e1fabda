// Read functions of the `keystone` table: values from a const view of the world. They never
// change anything (Recoil's split of synced read and control functions).
#include <string>

#include "script/lua_util.h"
#include "script/script_host.h"
#include "session/session.h"
#include "sim/metric_table.h"
#include "sim/rules.h"

namespace keystone {

namespace {

const World& world_of(lua_State* L) {
    ScriptHost* host = host_from_upvalue(L);
    if (!host->session()) luaL_error(L, "the world is not available while scripts are loading");
    return host->session()->world();
}

int l_tick(lua_State* L) { lua_pushinteger(L, world_of(L).tick); return 1; }

int l_date(lua_State* L) {
    const World& w = world_of(L);
    const int months = w.start_month - 1 + w.tick;
    lua_pushinteger(L, w.start_year + months / 12);
    lua_pushinteger(L, months % 12 + 1);
    return 2;
}

int l_years(lua_State* L) { lua_pushnumber(L, world_of(L).tick / 12.0); return 1; }

int l_stage(lua_State* L) { lua_pushstring(L, stage_name(world_of(L).stage.stage)); return 1; }

int l_metric(lua_State* L) {
    const char* name = luaL_checkstring(L, 1);
    double value = 0.0;
    if (!read_metric(world_of(L), name, &value)) return luaL_error(L, "keystone.metric: unknown metric '%s'", name);
    lua_pushnumber(L, value);
    return 1;
}

int l_lever(lua_State* L) {
    const char* name = luaL_checkstring(L, 1);
    Lever lever;
    if (!lever_from_name(name, &lever)) return luaL_error(L, "keystone.lever: unknown lever '%s'", name);
    lua_pushnumber(L, world_of(L).levers[int(lever)]);
    return 1;
}

int l_policy_active(lua_State* L) {
    const char* id = luaL_checkstring(L, 1);
    world_of(L);
    lua_pushboolean(L, host_from_upvalue(L)->session()->policy_active(id));
    return 1;
}

int l_budget(lua_State* L) {
    const char* name = luaL_checkstring(L, 1);
    Role role;
    if (!role_from_name(name, &role)) return luaL_error(L, "keystone.budget: unknown role '%s' (operator, government)", name);
    lua_pushnumber(L, world_of(L).roles[int(role)].budget);
    return 1;
}

int l_region(lua_State* L) {
    const std::string trait = luaL_checkstring(L, 1);
    const RegionProfile& r = world_of(L).region;
    const std::pair<const char*, double> traits[] = {
        {"technology_base", r.technology_base}, {"market_orientation", r.market_orientation}, {"mindset", r.mindset},
        {"government_pace", r.government_pace}, {"openness", r.openness}, {"capital_regime", r.capital_regime},
        {"home_city_services", r.home_city_services}, {"cost_orientation", r.cost_orientation}};
    for (const auto& t : traits)
        if (trait == t.first) { lua_pushnumber(L, t.second); return 1; }
    return luaL_error(L, "keystone.region: unknown trait '%s'", trait.c_str());
}

int l_log(lua_State* L) {
    const char* text = luaL_checkstring(L, 1);
    ScriptHost* host = host_from_upvalue(L);
    if (host->session()) add_log(host->session()->mutable_world(), "script", host->script_id() + ": " + text);
    return 0;
}

int l_policy(lua_State* L) {
    const char* id = luaL_checkstring(L, 1);
    const World& w = world_of(L);
    const Session& s = *host_from_upvalue(L)->session();
    const int index = s.find_policy(id);
    if (index < 0) { lua_pushnil(L); return 1; }
    const PolicyDef& d = s.policies()[size_t(index)];
    lua_createtable(L, 0, 9);
    lua_pushstring(L, d.id.c_str()); lua_setfield(L, -2, "id");
    lua_pushstring(L, d.name.c_str()); lua_setfield(L, -2, "name");
    lua_pushstring(L, role_name(d.role)); lua_setfield(L, -2, "role");
    lua_pushnumber(L, d.cost_enact); lua_setfield(L, -2, "cost");
    lua_pushnumber(L, d.cost_monthly); lua_setfield(L, -2, "monthly_cost");
    lua_pushinteger(L, d.duration_months); lua_setfield(L, -2, "duration_months");
    lua_pushstring(L, stage_name(d.min_stage)); lua_setfield(L, -2, "min_stage");
    lua_pushboolean(L, s.policy_active(d.id)); lua_setfield(L, -2, "active");
    lua_pushboolean(L, d.disabled); lua_setfield(L, -2, "disabled");
    (void)w;
    return 1;
}

int l_stage_rank(lua_State* L) {
    const World& w = world_of(L);
    Stage stage = w.stage.stage;
    if (!lua_isnoneornil(L, 1)) {
        const char* name = luaL_checkstring(L, 1);
        if (!stage_from_name(name, &stage)) return luaL_error(L, "keystone.stage_rank: unknown stage '%s'", name);
    }
    lua_pushinteger(L, stage_rank(stage));
    return 1;
}

int l_storage(lua_State* L) {
    ScriptHost* host = host_from_upvalue(L);
    if (host->mode() == ScriptMode::Loading) return luaL_error(L, "keystone.storage() is not available while scripts load");
    host->push_storage_table();
    return 1;
}

}  // namespace

const std::vector<ApiFunction>& api_world_functions() {
    static const std::vector<ApiFunction> functions = {
        {"keystone", "tick", "", "integer", "Months since the scenario started.", l_tick},
        {"keystone", "date", "", "integer, integer", "Current year and month (1-12).", l_date},
        {"keystone", "years", "", "number", "Years since the scenario started (fractional).", l_years},
        {"keystone", "stage", "", "string", "Current stage: flocking, agglomeration, cluster, coi, decline or renewal.", l_stage},
        {"keystone", "metric", "name: string", "number", "A named measure of the park (see the metric list).", l_metric},
        {"keystone", "lever", "name: string", "number", "Effective value of a lever this month.", l_lever},
        {"keystone", "policy_active", "id: string", "boolean", "Whether a policy is in force.", l_policy_active},
        {"keystone", "budget", "role: string", "number", "Budget of a role in RMB million.", l_budget},
        {"keystone", "region", "trait: string", "number", "A trait of the region profile (0..1).", l_region},
        {"keystone", "log", "text: string", "", "Writes a line to the game log, prefixed with the script id.", l_log},
        {"keystone", "policy", "id: string", "table?", "A policy's definition: id, name, role, cost, monthly_cost, duration_months (-1: until repealed), min_stage, active, disabled; nil if unknown.", l_policy},
        {"keystone", "stage_rank", "stage?: string", "integer", "Rank on the ladder (0 flocking .. 3 COI; decline and renewal count as 1) of a stage, or of the current one.", l_stage_rank},
        {"keystone", "storage", "", "table", "This script's own table that is kept in saves (numbers, strings, booleans, tables only).", l_storage},
    };
    return functions;
}

}  // namespace keystone
