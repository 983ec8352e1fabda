// The Lua runtime: one sandboxed lua_State with a memory cap (custom allocator) and an
// instruction budget per call (count hook). All calls into scripts go through protected_call.
// This header does not expose lua.h: the rest of the engine sees only opaque handles.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "sim/rng.h"

struct lua_State;

namespace keystone {

struct ScriptFailure {
    std::string file;
    int line = 0;
    std::string message;   // "file:line: what" when the position is known
};

// A registry reference (luaL_ref) that unrefs itself.
class LuaRef {
public:
    LuaRef() = default;
    LuaRef(lua_State* L, int ref) : L_(L), ref_(ref) {}
    ~LuaRef();
    LuaRef(LuaRef&& other) noexcept { *this = std::move(other); }
    LuaRef& operator=(LuaRef&& other) noexcept;
    LuaRef(const LuaRef&) = delete;
    LuaRef& operator=(const LuaRef&) = delete;
    bool valid() const { return ref_ > 0; }
    int id() const { return ref_; }
    void push() const;   // pushes the referenced value (+1)

private:
    lua_State* L_ = nullptr;
    int ref_ = -2;  // LUA_NOREF
};

struct RuntimeLimits {
    size_t memory_bytes = 64u << 20;        // cap for the whole state
    uint64_t instructions_per_call = 5000000;
};

class LuaRuntime {
public:
    explicit LuaRuntime(RuntimeLimits limits = {});
    ~LuaRuntime();
    LuaRuntime(const LuaRuntime&) = delete;
    LuaRuntime& operator=(const LuaRuntime&) = delete;

    lua_State* state() const { return L_; }
    const RuntimeLimits& limits() const { return limits_; }
    size_t memory_used() const { return memory_used_; }

    // Loads a text chunk (never bytecode) from `source` named `file` into a fresh sandbox
    // environment and runs it; on success pushes its first result (+1) and returns true.
    bool run_file(const std::string& file, const std::string& source, ScriptFailure* failure);
    // Calls the function below `nargs` arguments on the stack with the instruction budget;
    // leaves `nresults` results on success (+nresults - nargs - 1), nothing on failure.
    bool protected_call(int nargs, int nresults, ScriptFailure* failure);

    // Allocation hook state (public for the C allocator callback).
    size_t memory_used_ = 0;
    uint64_t instructions_left_ = 0;
    bool over_budget_ = false;       // sticky for the rest of the call once set
    char last_position_[96] = "";    // "file:line" where the budget hook last saw the script
    char budget_position_[96] = "";  // "file:line" where the budget ran out
    Rng* script_rng = nullptr;   // math.random draws from the simulation's script stream
    // Registers `table` (on top of the stack, popped) as a global name visible in every sandbox
    // environment created afterwards.
    void add_global(const char* name);
    // Starts a new load of the content in this state (ScriptHost::reset): every compiled chunk may
    // be run once more. run_file reuses the compiled function of a file whose name and bytes are
    // unchanged instead of parsing it again; running it again makes new closures and new locals
    // in a new environment, so nothing of the last run is reachable.
    void begin_generation() { ++generation_; }

private:
    void push_sandbox_env();   // +1: a fresh environment table (sandbox.cpp)
    void build_sandbox();      // called once: prepares the whitelist (sandbox.cpp)

    // A chunk compiled once: its text (reused only when identical) and its function in the
    // registry. A chunk runs at most once per generation: running it twice in one load would
    // hand both runs the same _ENV upvalue.
    struct CompiledChunk {
        std::string source;
        int function_ref = -2;
        uint64_t generation = 0;
    };
    std::map<std::string, CompiledChunk> compiled_;   // by chunk name ("@file")
    uint64_t generation_ = 1;

    lua_State* L_ = nullptr;
    RuntimeLimits limits_;
    int whitelist_ref_ = -2;
    friend struct SandboxBuilder;
};

ScriptFailure failure_from_message(const std::string& message);

}  // namespace keystone
