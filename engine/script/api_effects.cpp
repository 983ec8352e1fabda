// Effect functions (`fx`), given to policy hooks, event choices and scenario hooks. They change
// inputs and levers only, never a stage, a firm count or a KPI (ground rules). Each call is
// checked: a script outside an effect context gets an error, not a changed world.
#include <algorithm>
#include <string>

#include "script/lua_util.h"
#include "script/script_host.h"
#include "session/session.h"
#include "sim/rules.h"

namespace keystone {

namespace {

World& effect_world(lua_State* L, const char* function) {
    ScriptHost* host = host_from_upvalue(L);
    if (host->mode() != ScriptMode::Effects || !host->session())
        luaL_error(L, "fx.%s can only be called inside a policy hook, an event choice or a scenario hook", function);
    return host->session()->mutable_world();
}

int checked_months(lua_State* L, int arg) {
    const lua_Integer months = luaL_optinteger(L, arg, 12);
    luaL_argcheck(L, months >= 1 && months <= 480, arg, "months must be between 1 and 480");
    return int(months);
}

int l_lever(lua_State* L) {
    World& w = effect_world(L, "lever");
    const char* name = luaL_checkstring(L, 1);
    const double delta = luaL_checknumber(L, 2);
    const int months = checked_months(L, 3);
    Lever lever;
    if (!lever_from_name(name, &lever)) return luaL_error(L, "fx.lever: unknown lever '%s'", name);
    luaL_argcheck(L, delta >= -2.0 && delta <= 2.0, 2, "delta must be between -2 and 2");
    w.temporary_effects.push_back({lever, delta, w.tick + months, host_from_upvalue(L)->script_id()});
    return 0;
}

int l_budget(lua_State* L) {
    World& w = effect_world(L, "budget");
    const char* name = luaL_checkstring(L, 1);
    const double delta = luaL_checknumber(L, 2);
    Role role;
    if (!role_from_name(name, &role)) return luaL_error(L, "fx.budget: unknown role '%s' (operator, government)", name);
    luaL_argcheck(L, delta >= -1000.0 && delta <= 1000.0, 2, "delta must be between -1000 and 1000 RMB million");
    w.roles[int(role)].budget += delta;
    return 0;
}

int l_trust(lua_State* L) {
    World& w = effect_world(L, "trust");
    const double delta = std::clamp(double(luaL_checknumber(L, 1)), -0.1, 0.1);
    w.culture.trust = clamp01(w.culture.trust + delta);
    for (uint32_t id : w.alive_ids) w.enterprises[id].trust = clamp01(w.enterprises[id].trust + delta);
    return 0;
}

int l_introduce_organizer(lua_State* L) {
    World& w = effect_world(L, "introduce_organizer");
    const char* name = luaL_checkstring(L, 1);
    if (w.organizers.size() >= 5) return luaL_error(L, "fx.introduce_organizer: at most 5 organizers");
    introduce_organizer(w, name);
    return 0;
}

int l_anchor_departure(lua_State* L) {
    World& w = effect_world(L, "anchor_departure");
    anchor_departure(w, host_from_upvalue(L)->session()->params());
    return 0;
}

int l_rival_incentive(lua_State* L) {
    World& w = effect_world(L, "rival_incentive");
    const double delta = std::clamp(double(luaL_checknumber(L, 1)), -1.0, 1.0);
    w.rival_pressure += delta;
    return 0;
}

int l_market(lua_State* L) {
    World& w = effect_world(L, "market");
    const std::string name = luaL_checkstring(L, 1);
    const double factor = luaL_checknumber(L, 2);
    const int months = checked_months(L, 3);
    luaL_argcheck(L, factor >= 0.1 && factor <= 5.0, 2, "factor must be between 0.1 and 5");
    for (int s = 0; s < kSegmentCount; ++s)
        if (name == segment_name(Segment(s))) {
            w.market_shocks.push_back({Segment(s), factor, w.tick + months});
            return 0;
        }
    return luaL_error(L, "fx.market: unknown segment '%s'", name.c_str());
}

int l_add_institutes(lua_State* L) {
    World& w = effect_world(L, "add_institutes");
    const lua_Integer count = luaL_checkinteger(L, 1);
    luaL_argcheck(L, count >= 1 && count <= 5, 1, "between 1 and 5 institutes at a time");
    for (lua_Integer i = 0; i < count; ++i) {
        Institute inst;
        inst.id = uint32_t(w.institutes.size());
        inst.knowledge = 1.0;
        inst.transfer_quality = 0.3;
        inst.entry_tick = w.tick;
        w.institutes.push_back(inst);
    }
    return 0;
}

int l_log(lua_State* L) {
    World& w = effect_world(L, "log");
    add_log(w, "script", host_from_upvalue(L)->script_id() + ": " + luaL_checkstring(L, 1));
    return 0;
}

}  // namespace

const std::vector<ApiFunction>& api_effect_functions() {
    static const std::vector<ApiFunction> functions = {
        {"fx", "lever", "name: string, delta: number, months?: integer", "", "Adds delta to a lever for some months (default 12).", l_lever},
        {"fx", "budget", "role: string, delta: number", "", "Adds delta (RMB million) to a role's budget.", l_budget},
        {"fx", "trust", "delta: number", "", "Shifts park trust by delta (clamped to +-0.1).", l_trust},
        {"fx", "introduce_organizer", "name: string", "", "An innovation organizer (keystone figure) joins the park.", l_introduce_organizer},
        {"fx", "anchor_departure", "", "", "The park's largest firm relocates away; its partners feel the shock.", l_anchor_departure},
        {"fx", "rival_incentive", "delta: number", "", "Rival parks raise (or lower) their incentives over the next year.", l_rival_incentive},
        {"fx", "market", "segment: string, factor: number, months?: integer", "", "Multiplies demand in a segment for some months.", l_market},
        {"fx", "add_institutes", "count: integer", "", "Opens 1-5 new research institutes or labs.", l_add_institutes},
        {"fx", "log", "text: string", "", "Writes a line to the game log.", l_log},
    };
    return functions;
}

}  // namespace keystone
