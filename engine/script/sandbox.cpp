// The sandbox: the single place that decides what scripts can reach (STYLE.md, after Wesnoth's
// lua_kernel_base). Every script file gets its own environment built from a whitelist, so one
// script cannot see or change another's globals.
//
// Removed, and why:
//   os, io, package, require, dofile, loadfile  - no access to the machine or the file system
//   load, loadstring                            - no bytecode and no code outside the checked files
//   debug                                       - would break every guarantee below
//   collectgarbage                              - GC control makes timing and memory observable
//   string.dump                                 - produces bytecode
//   rawset, rawget, rawequal, next              - bypass metatables / leak hash order
//   print                                       - use keystone.log (goes to the game log)
//   math.randomseed                             - the simulation owns the seed
// Changed:
//   pairs        - visits keys in sorted order (numbers, then strings, then booleans), because
//                  Lua seeds string hashing per state and plain pairs order differs between runs
//   math.random  - draws from the simulation's script stream
//   getmetatable("") returns false: the shared string metatable cannot be reached or changed.
//   setmetatable - refuses a metatable with a __gc field. Lua runs finalizers with debug hooks
//                  switched off (lgc.c GCTM), so a finalizer would escape the instruction budget
//                  (a looping __gc hangs the game at any collection, at load or at lua_close).
//                  Refusing the field at setmetatable is complete: Lua only marks a table for
//                  finalization when its metatable has __gc at that moment, and scripts cannot
//                  set metatables on anything but tables. Running collections under the hook
//                  instead would not work, since hooks are off inside finalizers.
//   xpcall       - calls the message handler after the error has unwound, as a plain protected
//                  call. Lua calls a handler with hooks switched off when the error came from
//                  the budget hook, so a looping handler would never be stopped; afterwards it
//                  runs under the (sticky) budget. Scripts have no debug library, so a handler
//                  never needed the erroring stack.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
}

#include "script/lua_runtime.h"

namespace keystone {

namespace {

// Orders keys deterministically: numbers (by value), strings (bytewise), booleans (false first).
// Other key types (tables, functions) have no stable order and are refused.
bool key_less(lua_State* L, int a, int b) {
    const int ta = lua_type(L, a), tb = lua_type(L, b);
    auto rank = [](int t) { return t == LUA_TNUMBER ? 0 : t == LUA_TSTRING ? 1 : 2; };
    if (rank(ta) != rank(tb)) return rank(ta) < rank(tb);
    if (ta == LUA_TNUMBER) return lua_compare(L, a, b, LUA_OPLT);
    if (ta == LUA_TSTRING) {
        size_t la, lb;
        const char* sa = lua_tolstring(L, a, &la);
        const char* sb = lua_tolstring(L, b, &lb);
        const int c = std::memcmp(sa, sb, std::min(la, lb));
        return c != 0 ? c < 0 : la < lb;
    }
    return !lua_toboolean(L, a) && lua_toboolean(L, b);
}

// Iterator state: upvalue 1 = table, 2 = array of sorted keys, 3 = position.
int sorted_next(lua_State* L) {
    lua_Integer position = lua_tointeger(L, lua_upvalueindex(3)) + 1;
    lua_pushinteger(L, position);
    lua_replace(L, lua_upvalueindex(3));
    if (lua_rawgeti(L, lua_upvalueindex(2), position) == LUA_TNIL) return 1;
    lua_pushvalue(L, -1);
    lua_gettable(L, lua_upvalueindex(1));
    return 2;
}

int sorted_pairs(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    const int count = int(luaL_len(L, 1));  // hint only
    lua_createtable(L, count, 0);           // keys array at index 2
    std::vector<int> unused;
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, 1) != 0) {
        lua_pop(L, 1);
        const int t = lua_type(L, -1);
        if (t != LUA_TNUMBER && t != LUA_TSTRING && t != LUA_TBOOLEAN)
            return luaL_error(L, "pairs: keys of type %s have no deterministic order", lua_typename(L, t));
        lua_pushvalue(L, -1);
        lua_rawseti(L, 2, ++n);
    }
    // Insertion sort on the Lua stack would be slow for big tables; sort indices in C++.
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i) order[i] = i + 1;
    luaL_checkstack(L, 4, "pairs");
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        lua_rawgeti(L, 2, a);
        lua_rawgeti(L, 2, b);
        const bool less = key_less(L, -2, -1);
        lua_pop(L, 2);
        return less;
    });
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; ++i) {
        lua_rawgeti(L, 2, order[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_pushvalue(L, 1);     // table
    lua_insert(L, -2);       // table, sorted keys
    lua_pushinteger(L, 0);   // position
    lua_pushcclosure(L, sorted_next, 3);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

int script_random(lua_State* L) {
    auto* runtime = static_cast<LuaRuntime*>(lua_touserdata(L, lua_upvalueindex(1)));
    if (!runtime->script_rng) return luaL_error(L, "math.random is not available while loading scripts");
    Rng& rng = *runtime->script_rng;
    const int args = lua_gettop(L);
    if (args == 0) {
        lua_pushnumber(L, rng.uniform());
        return 1;
    }
    lua_Integer low = 1, high;
    if (args == 1) high = luaL_checkinteger(L, 1);
    else { low = luaL_checkinteger(L, 1); high = luaL_checkinteger(L, 2); }
    luaL_argcheck(L, low <= high, args, "interval is empty");
    const uint64_t span = uint64_t(high - low) + 1;
    lua_pushinteger(L, low + lua_Integer(span == 0 ? rng.next_u64() : rng.next_u64() % span));
    return 1;
}

// getmetatable that hides metatables of strings and of protected tables.
int safe_getmetatable(lua_State* L) {
    luaL_checkany(L, 1);
    if (lua_type(L, 1) == LUA_TSTRING) { lua_pushboolean(L, 0); return 1; }
    if (!lua_getmetatable(L, 1)) { lua_pushnil(L); return 1; }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) return 1;
    return 1;
}

// setmetatable as in lbaselib.c, plus the __gc refusal; done here rather than by calling the
// original so that every error keeps the script's line (luaL_error reports the caller).
int safe_setmetatable(lua_State* L) {
    const int type = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, type == LUA_TNIL || type == LUA_TTABLE, 2, "nil or table");
    if (type == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "setmetatable: __gc finalizers are not allowed in scripts (they would run outside the instruction budget)");
        lua_pop(L, 1);
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

// Continuation of safe_xpcall (also reached after a yield inside the protected function).
int finish_xpcall(lua_State* L, int status, lua_KContext extra) {
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_pushvalue(L, 2);  // the handler, called with the error object
        lua_insert(L, -2);
        lua_pcall(L, 1, 1, 0);  // its result, or its own error, becomes the message
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    return lua_gettop(L) - int(extra);
}

int safe_xpcall(lua_State* L) {
    const int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);  // first result
    lua_pushvalue(L, 1);    // the function
    lua_rotate(L, 3, 2);    // both below the function's arguments
    const int status = lua_pcallk(L, n - 2, LUA_MULTRET, 0, 2, finish_xpcall);
    return finish_xpcall(L, status, 2);
}

int locked_newindex(lua_State* L) {
    return luaL_error(L, "attempt to change a read-only engine table (field '%s')", luaL_optstring(L, 2, "?"));
}

// Copies the table at `index` into a new table (+1), shallow.
void shallow_copy(lua_State* L, int index) {
    index = lua_absindex(L, index);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, index) != 0) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
}

const char* const kSafeBase[] = {"assert", "error", "ipairs", "select", "tonumber", "tostring", "type",
                                 "pcall", "rawlen", "_VERSION"};
const char* const kLibraries[] = {"string", "table", "math", "utf8", "coroutine"};

}  // namespace

// Makes a read-only proxy of the table on top of the stack (replaces it).
void lock_table(lua_State* L) {
    lua_newtable(L);                 // proxy
    lua_newtable(L);                 // metatable
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, locked_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_remove(L, -2);
}

void LuaRuntime::build_sandbox() {
    lua_State* L = L_;
    luaL_openlibs(L);
    // Strip what must not exist even through method calls on strings.
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    // Hide the shared string metatable.
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    lua_newtable(L);  // whitelist
    for (const char* name : kSafeBase) {
        lua_getglobal(L, name);
        lua_setfield(L, -2, name);
    }
    lua_pushcfunction(L, sorted_pairs);
    lua_setfield(L, -2, "pairs");
    lua_pushcfunction(L, sorted_pairs);
    lua_setfield(L, -2, "sorted_pairs");
    lua_pushcfunction(L, safe_getmetatable);
    lua_setfield(L, -2, "getmetatable");
    lua_pushcfunction(L, safe_setmetatable);
    lua_setfield(L, -2, "setmetatable");
    lua_pushcfunction(L, safe_xpcall);
    lua_setfield(L, -2, "xpcall");
    for (const char* lib : kLibraries) {
        lua_getglobal(L, lib);
        lua_setfield(L, -2, lib);
    }
    // math: own random, no randomseed.
    lua_getfield(L, -1, "math");
    shallow_copy(L, -1);
    lua_pushlightuserdata(L, this);
    lua_pushcclosure(L, script_random, 1);
    lua_setfield(L, -2, "random");
    lua_pushnil(L);
    lua_setfield(L, -2, "randomseed");
    lua_setfield(L, -3, "math");
    lua_pop(L, 1);
    whitelist_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);

    // Drop the dangerous globals from the real global table too (nothing should reach them).
    for (const char* name : {"os", "io", "debug", "package", "require", "dofile", "loadfile", "load", "collectgarbage"}) {
        lua_pushnil(L);
        lua_setglobal(L, name);
    }
}

void LuaRuntime::add_global(const char* name) {
    lua_rawgeti(L_, LUA_REGISTRYINDEX, whitelist_ref_);
    lua_insert(L_, -2);
    lua_setfield(L_, -2, name);
    lua_pop(L_, 1);
}

void LuaRuntime::push_sandbox_env() {
    lua_State* L = L_;
    lua_newtable(L);  // env
    lua_rawgeti(L, LUA_REGISTRYINDEX, whitelist_ref_);
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        // Library tables are copied per script so one script cannot patch another's string.format.
        bool is_library = false;
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char* key = lua_tostring(L, -2);
            for (const char* lib : kLibraries) is_library = is_library || std::strcmp(key, lib) == 0;
        }
        if (is_library) {
            shallow_copy(L, -1);
            lua_remove(L, -2);
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -5);
    }
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "_G");
}

}  // namespace keystone
