// Lua state lifecycle, the memory cap, the instruction budget and the single protected call.
#include "script/lua_runtime.h"
#include "script/traceback.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <regex>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
}

namespace keystone {

namespace {

void* capped_alloc(void* ud, void* ptr, size_t osize, size_t nsize) {
    auto* runtime = static_cast<LuaRuntime*>(ud);
    const size_t old_size = ptr ? osize : 0;
    if (nsize == 0) {
        runtime->memory_used_ -= old_size;
        std::free(ptr);
        return nullptr;
    }
    if (nsize > old_size && runtime->memory_used_ + (nsize - old_size) > runtime->limits().memory_bytes)
        return nullptr;  // Lua turns this into a "not enough memory" error
    void* block = std::realloc(ptr, nsize);
    if (block) runtime->memory_used_ = runtime->memory_used_ - old_size + nsize;
    return block;
}

constexpr int kHookEvery = 1000;  // instructions between budget checks

// Pushes "file:line:" of the innermost Lua function at or above `level` (+1), or "" when no Lua
// function is running: C functions (error, string.rep) have no line of their own.
void push_script_position(lua_State* L, int level) {
    lua_Debug ar;
    for (; lua_getstack(L, level, &ar); ++level) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
            lua_pushfstring(L, "%s:%d:", ar.short_src, ar.currentline);
            return;
        }
    }
    lua_pushliteral(L, "");
}

// The budget is sticky for the whole host call: once it is spent, every later hook raises again
// and the hook then fires after every instruction, so a script's own pcall/xpcall cannot swallow
// the error and carry on. An xpcall message handler is entered with hooks off (Lua clears
// allowhook while a hook raises), which is why the sandbox's xpcall runs the handler only after
// unwinding (sandbox.cpp).
void budget_hook(lua_State* L, lua_Debug* ar) {
    LuaRuntime* runtime = nullptr;
    lua_getallocf(L, reinterpret_cast<void**>(&runtime));
    // Remember where the script is, so errors raised without a position (memory) can name it.
    // A fixed buffer: nothing here may throw a C++ exception through Lua's frames.
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0)
        std::snprintf(runtime->last_position_, sizeof runtime->last_position_, "%s:%d", ar->short_src, ar->currentline);
    if (runtime->over_budget_ || runtime->instructions_left_ <= uint64_t(kHookEvery)) {
        if (!runtime->over_budget_) {
            // Every later raise names the place the budget ran out (the loop), not the place the
            // script happened to reach after swallowing the first error.
            runtime->over_budget_ = true;
            std::memcpy(runtime->budget_position_, runtime->last_position_, sizeof runtime->budget_position_);
            lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
            if (L != runtime->state()) lua_sethook(runtime->state(), budget_hook, LUA_MASKCOUNT, 1);
        }
        lua_pushfstring(L, "%s%s instruction budget exceeded (%d instructions per call): infinite loop?",
                        runtime->budget_position_, runtime->budget_position_[0] ? ":" : "",
                        int(runtime->limits().instructions_per_call));
        lua_error(L);
    }
    runtime->instructions_left_ -= kHookEvery;
}

int traceback_handler(lua_State* L) {
    if (!lua_tostring(L, 1)) {
        // error() with a non-string value: describe it rather than lose it, with the position of
        // the Lua code that raised it (level 1 is error() itself, a C function).
        const int base = lua_gettop(L);
        push_script_position(L, 1);
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) {
            lua_pushliteral(L, " ");
            lua_insert(L, -2);
        } else {
            if (lua_gettop(L) > base + 1) lua_pop(L, 1);
            lua_pushfstring(L, " (error object is a %s value)", luaL_typename(L, 1));
        }
        lua_concat(L, lua_gettop(L) - base);
        lua_replace(L, 1);
    }
    luaL_traceback(L, L, lua_tostring(L, 1), 1);  // protected_call collapses it, outside Lua's frames
    return 1;
}

void silent_warning(void*, const char*, int) {}  // errors in __gc become warnings: ignore them

}  // namespace

LuaRef::~LuaRef() {
    if (L_ && ref_ > 0) luaL_unref(L_, LUA_REGISTRYINDEX, ref_);
}

LuaRef& LuaRef::operator=(LuaRef&& other) noexcept {
    if (this != &other) {
        if (L_ && ref_ > 0) luaL_unref(L_, LUA_REGISTRYINDEX, ref_);
        L_ = other.L_;
        ref_ = other.ref_;
        other.L_ = nullptr;
        other.ref_ = LUA_NOREF;
    }
    return *this;
}

void LuaRef::push() const { lua_rawgeti(L_, LUA_REGISTRYINDEX, ref_); }

ScriptFailure failure_from_message(const std::string& message) {
    ScriptFailure f;
    // The first line is "file:line: message" when Lua knows the position.
    const std::string first = message.substr(0, message.find('\n'));
    static const std::regex position(R"(^([^:\s][^:]*\.lua):(\d+):)");
    std::smatch match;
    if (std::regex_search(first, match, position)) {
        f.file = match[1];
        f.line = std::atoi(match[2].str().c_str());
    }
    f.message = message;
    return f;
}

LuaRuntime::LuaRuntime(RuntimeLimits limits) : limits_(limits) {
    L_ = lua_newstate(capped_alloc, this);
    lua_setwarnf(L_, silent_warning, nullptr);
    build_sandbox();
}

LuaRuntime::~LuaRuntime() {
    if (L_) lua_close(L_);
}

bool LuaRuntime::protected_call(int nargs, int nresults, ScriptFailure* failure) {
    const int function_index = lua_gettop(L_) - nargs;
    lua_pushcfunction(L_, traceback_handler);
    lua_insert(L_, function_index);
    instructions_left_ = limits_.instructions_per_call;
    over_budget_ = false;
    {
        // Until the hook first fires, the best position for an error without one is the function's start.
        lua_Debug ar;
        lua_pushvalue(L_, function_index + 1);
        last_position_[0] = '\0';
        if (lua_getinfo(L_, ">S", &ar) && ar.linedefined > 0)
            std::snprintf(last_position_, sizeof last_position_, "%s:%d", ar.short_src, ar.linedefined);
    }
    lua_sethook(L_, budget_hook, LUA_MASKCOUNT, kHookEvery);
    const int status = lua_pcall(L_, nargs, nresults, function_index);
    lua_sethook(L_, nullptr, 0, 0);
    if (status != LUA_OK) {
        std::string message = lua_type(L_, -1) == LUA_TSTRING ? lua_tostring(L_, -1) : "unknown error";
        // A memory error carries no position and runs no message handler: name the place the
        // budget hook last saw the script at.
        if (status == LUA_ERRMEM)
            message = (last_position_[0] ? std::string(last_position_) + ": " : std::string()) + "script memory limit exceeded (" +
                      std::to_string(limits_.memory_bytes >> 20) + " MiB)";
        // A script that caught the budget error itself (pcall, coroutine.resume) is still the
        // script that ran out of budget: say so rather than whatever it raised afterwards.
        if (over_budget_ && message.find("instruction budget exceeded") == std::string::npos)
            message = "instruction budget exceeded (" + std::to_string(limits_.instructions_per_call) +
                      " instructions per call): infinite loop? (then: " + message + ")";
        if (failure) *failure = failure_from_message(collapse_traceback(message));
        lua_pop(L_, 2);  // message and handler
        lua_gc(L_, LUA_GCCOLLECT);
        return false;
    }
    lua_remove(L_, function_index);
    return true;
}

bool LuaRuntime::run_file(const std::string& file, const std::string& source, ScriptFailure* failure) {
    const std::string chunk_name = "@" + file;
    CompiledChunk& chunk = compiled_[chunk_name];
    if (chunk.function_ref > 0 && chunk.generation != generation_ && chunk.source == source) {
        lua_rawgeti(L_, LUA_REGISTRYINDEX, chunk.function_ref);
    } else if (luaL_loadbufferx(L_, source.data(), source.size(), chunk_name.c_str(), "t") != LUA_OK) {
        const std::string message = lua_tostring(L_, -1) ? lua_tostring(L_, -1) : "cannot load";
        lua_pop(L_, 1);
        if (failure) *failure = failure_from_message(message);
        if (failure && failure->file.empty()) {
            failure->file = file;
            failure->message = file + ": " + failure->message;
        }
        return false;
    } else if (chunk.generation != generation_) {
        // Newly compiled and not yet run in this generation: keep it for the next load.
        if (chunk.function_ref > 0) luaL_unref(L_, LUA_REGISTRYINDEX, chunk.function_ref);
        lua_pushvalue(L_, -1);
        chunk.function_ref = luaL_ref(L_, LUA_REGISTRYINDEX);
        chunk.source = source;
    }
    chunk.generation = generation_;
    push_sandbox_env();
    if (!lua_setupvalue(L_, -2, 1)) lua_pop(L_, 1);  // _ENV of the chunk
    if (!protected_call(0, 1, failure)) {
        if (failure && failure->file.empty()) {
            failure->file = file;
            failure->message = file + ": " + failure->message;
        }
        return false;
    }
    return true;
}

}  // namespace keystone
