// Per-script storage (keystone.storage()): tables of numbers, strings, booleans and tables that
// a script keeps between months and that a save carries. Anything else is refused with the
// path to the bad value, because a function or coroutine cannot be restored exactly.
#include <nlohmann/json.hpp>

#include "script/lua_util.h"
#include "script/script_host.h"

namespace keystone {

namespace {

constexpr int kMaxDepth = 32;
constexpr size_t kMaxEntries = 100000;

// Table at `index` -> JSON object whose keys carry the Lua key type ("s:name" or "i:3").
bool table_to_json(lua_State* L, int index, nlohmann::json* out, const std::string& path, int depth, size_t* entries,
                   std::string* error) {
    if (depth > kMaxDepth) { *error = path + ": tables nested deeper than " + std::to_string(kMaxDepth); return false; }
    index = lua_absindex(L, index);
    *out = nlohmann::json::object();
    lua_pushnil(L);
    while (lua_next(L, index) != 0) {
        if (++*entries > kMaxEntries) { *error = path + ": more than " + std::to_string(kMaxEntries) + " entries"; lua_pop(L, 2); return false; }
        std::string key;
        if (lua_type(L, -2) == LUA_TSTRING) key = std::string("s:") + lua_tostring(L, -2);
        else if (lua_isinteger(L, -2)) key = "i:" + std::to_string(lua_tointeger(L, -2));
        else { *error = path + ": keys must be strings or integers, not " + luaL_typename(L, -2); lua_pop(L, 2); return false; }
        const std::string here = path + "." + key.substr(2);
        nlohmann::json value;
        switch (lua_type(L, -1)) {
            case LUA_TBOOLEAN: value = bool(lua_toboolean(L, -1)); break;
            case LUA_TSTRING: value = std::string(lua_tostring(L, -1)); break;
            case LUA_TNUMBER:
                if (lua_isinteger(L, -1)) value = int64_t(lua_tointeger(L, -1));
                else value = {{"float", double(lua_tonumber(L, -1))}};
                break;
            case LUA_TTABLE:
                if (!table_to_json(L, -1, &value, here, depth + 1, entries, error)) { lua_pop(L, 2); return false; }
                value = {{"table", value}};
                break;
            default:
                *error = here + " holds a " + luaL_typename(L, -1) +
                         ": only numbers, strings, booleans and tables can be saved";
                lua_pop(L, 2);
                return false;
        }
        (*out)[key] = value;
        lua_pop(L, 1);
    }
    return true;
}

// JSON object -> new table (+1). Throws nothing: returns false with a reason on bad input.
bool json_to_table(lua_State* L, const nlohmann::json& in, int depth, std::string* error) {
    if (depth > kMaxDepth || !in.is_object()) { *error = "script storage: malformed table"; return false; }
    luaL_checkstack(L, 4, "storage");
    lua_newtable(L);
    for (auto it = in.begin(); it != in.end(); ++it) {
        const std::string& key = it.key();
        if (key.size() < 2 || (key[0] != 's' && key[0] != 'i') || key[1] != ':') { *error = "script storage: bad key " + key; lua_pop(L, 1); return false; }
        if (key[0] == 's') lua_pushstring(L, key.c_str() + 2);
        else {
            char* end = nullptr;
            const long long k = std::strtoll(key.c_str() + 2, &end, 10);
            if (!end || *end) { *error = "script storage: bad key " + key; lua_pop(L, 2); return false; }
            lua_pushinteger(L, k);
        }
        const nlohmann::json& v = it.value();
        if (v.is_boolean()) lua_pushboolean(L, v.get<bool>());
        else if (v.is_string()) lua_pushstring(L, v.get<std::string>().c_str());
        else if (v.is_number_integer()) lua_pushinteger(L, v.get<int64_t>());
        else if (v.is_object() && v.contains("float") && v["float"].is_number()) lua_pushnumber(L, v["float"].get<double>());
        else if (v.is_object() && v.contains("table")) {
            if (!json_to_table(L, v["table"], depth + 1, error)) { lua_pop(L, 2); return false; }
        } else { *error = "script storage: bad value at " + key; lua_pop(L, 2); return false; }
        lua_rawset(L, -3);
    }
    return true;
}

}  // namespace

void ScriptHost::push_storage_table() {
    lua_State* L = runtime_->state();
    storage_root_.push();
    if (lua_getfield(L, -1, script_id_.c_str()) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, script_id_.c_str());
    }
    lua_remove(L, -2);
}

bool ScriptHost::export_storage(nlohmann::json* out, std::string* error) {
    lua_State* L = runtime_->state();
    storage_root_.push();
    *out = nlohmann::json::object();
    size_t entries = 0;
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        const std::string id = lua_tostring(L, -2);
        nlohmann::json table;
        if (!table_to_json(L, -1, &table, id + ": keystone.storage()", 0, &entries, error)) { lua_pop(L, 3); return false; }
        (*out)[id] = table;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return true;
}

bool ScriptHost::import_storage(const nlohmann::json& in, std::string* error) {
    if (!in.is_object()) { *error = "script storage must be an object"; return false; }
    lua_State* L = runtime_->state();
    storage_root_.push();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!json_to_table(L, it.value(), 0, error)) { lua_pop(L, 1); return false; }
        lua_setfield(L, -2, it.key().c_str());
    }
    lua_pop(L, 1);
    return true;
}

}  // namespace keystone
