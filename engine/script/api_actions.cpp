// Control functions (`act`) for AI strategies: they only queue Commands, exactly as a player's
// click does, so an AI can do nothing a human could not.
#include <string>

#include "script/lua_util.h"
#include "script/script_host.h"
#include "session/session.h"

namespace keystone {

namespace {

Session& action_session(lua_State* L, const char* function) {
    ScriptHost* host = host_from_upvalue(L);
    if (host->mode() != ScriptMode::Actions || !host->session())
        luaL_error(L, "act.%s can only be called inside a strategy's decide()", function);
    return *host->session();
}

int submit(lua_State* L, Command command) {
    ScriptHost* host = host_from_upvalue(L);
    command.role = host->role();
    command.source = "ai:" + host->script_id();
    const std::string refusal = host->session()->submit(command);
    lua_pushboolean(L, refusal.empty());
    if (refusal.empty()) return 1;
    lua_pushstring(L, refusal.c_str());
    return 2;
}

int l_enact(lua_State* L) {
    action_session(L, "enact");
    Command c;
    c.type = CommandType::EnactPolicy;
    c.policy_id = luaL_checkstring(L, 1);
    return submit(L, c);
}

int l_repeal(lua_State* L) {
    action_session(L, "repeal");
    Command c;
    c.type = CommandType::RepealPolicy;
    c.policy_id = luaL_checkstring(L, 1);
    return submit(L, c);
}

int l_set_lever(lua_State* L) {
    action_session(L, "set_lever");
    Command c;
    c.type = CommandType::SetLever;
    const char* name = luaL_checkstring(L, 1);
    if (!lever_from_name(name, &c.lever)) return luaL_error(L, "act.set_lever: unknown lever '%s'", name);
    c.value = luaL_checknumber(L, 2);
    return submit(L, c);
}

int l_active(lua_State* L) {
    Session& session = action_session(L, "active");
    const char* id = luaL_checkstring(L, 1);
    bool queued = false;
    for (const Command& c : session.queued())
        queued = queued || (c.type == CommandType::EnactPolicy && c.policy_id == id);
    lua_pushboolean(L, session.policy_active(id) || queued);
    return 1;
}

}  // namespace

const std::vector<ApiFunction>& api_action_functions() {
    static const std::vector<ApiFunction> functions = {
        {"act", "enact", "id: string", "boolean, string?", "Queues enacting a policy; returns false and the reason if refused.", l_enact},
        {"act", "repeal", "id: string", "boolean, string?", "Queues repealing an active policy.", l_repeal},
        {"act", "set_lever", "name: string, value: number", "boolean, string?", "Queues setting a lever dial owned by this role.", l_set_lever},
        {"act", "active", "id: string", "boolean", "Whether a policy is active or already queued for enactment.", l_active},
    };
    return functions;
}

}  // namespace keystone
