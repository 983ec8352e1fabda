// Loading content files into definitions and calling their hooks (see script_host.h).
// Definitions are plain data; functions found in a file are kept as registry references under
// "kind:id:hook" keys. A broken file is reported with file and line and skipped.
#include "script/script_host.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <cstring>

#include <nlohmann/json.hpp>

#include "script/content_schema.h"
#include "script/lua_util.h"
#include "session/session.h"
#include "sim/hash.h"
#include "sim/metric_table.h"

namespace keystone {

namespace fs = std::filesystem;

namespace {

bool read_text(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    *out = buffer.str();
    return true;
}

// Reads fields of the table at `index`, collecting type errors with the file name.
struct TableReader {
    lua_State* L;
    int index;
    std::string where;               // "scripts/policies/x.lua: policy 'x'"
    std::vector<std::string> errors;

    int push(const char* key) { return lua_getfield(L, index, key); }

    std::string text(const char* key, bool required, const std::string& fallback = "") {
        const int type = push(key);
        std::string value = fallback;
        if (type == LUA_TSTRING) value = lua_tostring(L, -1);
        else if (type == LUA_TNIL) { if (required) errors.push_back(where + ": missing field '" + key + "' (string)"); }
        else errors.push_back(where + ": field '" + key + "' must be a string, not " + lua_typename(L, type));
        lua_pop(L, 1);
        return value;
    }
    double number(const char* key, bool required, double fallback, double low = -1e12, double high = 1e12) {
        const int type = push(key);
        double value = fallback;
        if (type == LUA_TNUMBER) {
            value = lua_tonumber(L, -1);
            if (!(value >= low && value <= high)) {  // written so that NaN (0/0) fails too
                std::ostringstream message;
                message << where << ": field '" << key << "' = ";
                if (std::isnan(value)) message << "NaN";  // not "-nan", which reads like a typo
                else message << value;
                message << " is outside [" << low << ", " << high << "]";
                errors.push_back(message.str());
                value = fallback;
            }
        } else if (type == LUA_TNIL) {
            if (required) errors.push_back(where + ": missing field '" + key + "' (number)");
        } else {
            errors.push_back(where + ": field '" + key + "' must be a number, not " + lua_typename(L, type));
        }
        lua_pop(L, 1);
        return value;
    }
    bool boolean(const char* key, bool fallback) {
        const int type = push(key);
        bool value = fallback;
        if (type == LUA_TBOOLEAN) value = lua_toboolean(L, -1);
        else if (type != LUA_TNIL) errors.push_back(where + ": field '" + key + "' must be a boolean");
        lua_pop(L, 1);
        return value;
    }
    std::vector<std::string> strings(const char* key) {
        std::vector<std::string> out;
        const int type = push(key);
        if (type == LUA_TTABLE) {
            const lua_Integer n = luaL_len(L, -1);
            for (lua_Integer i = 1; i <= n; ++i) {
                if (lua_rawgeti(L, -1, i) == LUA_TSTRING) out.push_back(lua_tostring(L, -1));
                else errors.push_back(where + ": " + key + "[" + std::to_string(i) + "] must be a string");
                lua_pop(L, 1);
            }
        } else if (type != LUA_TNIL) {
            errors.push_back(where + ": field '" + key + "' must be a list of strings");
        }
        lua_pop(L, 1);
        return out;
    }
    bool is_function(const char* key) {
        const int type = push(key);
        lua_pop(L, 1);
        if (type != LUA_TNIL && type != LUA_TFUNCTION) errors.push_back(where + ": field '" + key + "' must be a function");
        return type == LUA_TFUNCTION;
    }
    // { lever_name = number, ... } -> pairs, in sorted lever order.
    std::vector<std::pair<Lever, double>> lever_table(const char* key) {
        std::vector<std::pair<Lever, double>> out;
        const int type = push(key);
        if (type == LUA_TTABLE) {
            lua_pushnil(L);
            while (lua_next(L, -2) != 0) {
                Lever lever;
                if (lua_type(L, -2) != LUA_TSTRING || !lever_from_name(lua_tostring(L, -2), &lever)) {
                    std::string valid;
                    for (int l = 0; l < kLeverCount; ++l) valid += std::string(l ? ", " : "") + lever_name(Lever(l));
                    errors.push_back(where + ": " + key + ": unknown lever '" +
                                     (lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?") + "' (valid: " + valid + ")");
                } else if (lua_type(L, -1) != LUA_TNUMBER || !std::isfinite(lua_tonumber(L, -1))) {
                    errors.push_back(where + ": " + key + "." + lever_name(lever) + " must be a finite number");
                } else {
                    out.push_back({lever, lua_tonumber(L, -1)});
                }
                lua_pop(L, 1);
            }
        } else if (type != LUA_TNIL) {
            errors.push_back(where + ": field '" + key + "' must be a table of lever = number");
        }
        lua_pop(L, 1);
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return int(a.first) < int(b.first); });
        return out;
    }
};

// Line of the first `name =` in a file's text (0 if not found): positions for messages.
int line_of_field(const std::string& source, const std::string& name) {
    if (name.empty()) return 0;
    size_t at = 0;
    while ((at = source.find(name, at)) != std::string::npos) {
        const bool starts = at == 0 || !(std::isalnum(static_cast<unsigned char>(source[at - 1])) || source[at - 1] == '_');
        size_t after = at + name.size();
        while (after < source.size() && (source[after] == ' ' || source[after] == '\t')) ++after;
        if (starts && after < source.size() && source[after] == '=' && (after + 1 >= source.size() || source[after + 1] != '='))
            return int(std::count(source.begin(), source.begin() + long(at), '\n')) + 1;
        at += name.size();
    }
    return 0;
}

Role parse_role(TableReader& r, const char* key, Role fallback) {
    const std::string name = r.text(key, false, role_name(fallback));
    Role role = fallback;
    if (!role_from_name(name, &role)) r.errors.push_back(r.where + ": field '" + key + "' must be 'operator' or 'government', not '" + name + "'");
    return role;
}

}  // namespace

ScriptHost::ScriptHost(RuntimeLimits limits) : runtime_(std::make_unique<LuaRuntime>(limits)) {
    lua_State* L = runtime_->state();
    push_api_table(L, this, api_world_functions());
    runtime_->add_global("keystone");
    push_api_table(L, this, api_effect_functions());
    hooks_["@fx"] = LuaRef(L, luaL_ref(L, LUA_REGISTRYINDEX));
    push_api_table(L, this, api_action_functions());
    hooks_["@act"] = LuaRef(L, luaL_ref(L, LUA_REGISTRYINDEX));
    lua_newtable(L);
    storage_root_ = LuaRef(L, luaL_ref(L, LUA_REGISTRYINDEX));
    lua_newtable(L);
    libraries_ = LuaRef(L, luaL_ref(L, LUA_REGISTRYINDEX));
    // library(name): the shared helper table of scripts/lib/NAME.lua (or a mod's lib/).
    lua_pushlightuserdata(L, this);
    lua_pushcclosure(L, [](lua_State* S) -> int {
        auto* host = static_cast<ScriptHost*>(lua_touserdata(S, lua_upvalueindex(1)));
        const char* name = luaL_checkstring(S, 1);
        host->libraries_.push();
        if (lua_getfield(S, -1, name) == LUA_TNIL) return luaL_error(S, "library '%s' not found (put it in lib/%s.lua)", name, name);
        return 1;
    }, 1);
    runtime_->add_global("library");
}

namespace {
void fold_content(uint64_t* state, const std::string& name, const std::string& bytes) {
    Hasher h;
    h.word(*state);
    h.text(name);
    h.word(bytes.size());
    for (size_t i = 0; i + 8 <= bytes.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        h.word(w);
    }
    for (size_t i = bytes.size() & ~size_t(7); i < bytes.size(); ++i) h.word(uint8_t(bytes[i]));
    *state = h.value();
}
}  // namespace

void ScriptHost::reset() {
    lua_State* L = runtime_->state();
    // The API tables ("@fx", "@act") belong to the host; everything else came from the content.
    for (auto it = hooks_.begin(); it != hooks_.end();) it = it->first.rfind("@", 0) == 0 ? std::next(it) : hooks_.erase(it);
    files_.clear();
    lua_newtable(L);
    storage_root_ = LuaRef(L, luaL_ref(L, LUA_REGISTRYINDEX));
    lua_newtable(L);
    libraries_ = LuaRef(L, luaL_ref(L, LUA_REGISTRYINDEX));
    session_ = nullptr;
    mode_ = ScriptMode::Loading;
    role_ = Role::Operator;
    script_id_.clear();
    content_hash_.clear();
    content_hash_state_ = 0;
    runtime_->begin_generation();
}

ScriptHost::~ScriptHost() {
    hooks_.clear();  // unref before the runtime closes the state
}

bool ScriptHost::load_params(const std::string& file, Params* params, std::string* error) {
    std::string source;
    if (!read_text(file, &source)) { *error = file + ": cannot read the parameter file"; return false; }
    fold_content(&content_hash_state_, "params.lua", source);
    content_hash_ = hash_hex(content_hash_state_);
    ScriptFailure failure;
    mode_ = ScriptMode::Loading;
    if (!runtime_->run_file(file, source, &failure)) { *error = failure.message; return false; }
    lua_State* L = runtime_->state();
    if (!lua_istable(L, -1)) { lua_pop(L, 1); *error = file + ": must return a table of parameters"; return false; }
    std::vector<std::string> problems;
    for (const std::string& name : param_names()) {
        const int type = lua_getfield(L, -1, name.c_str());
        if (type == LUA_TTABLE) {
            lua_rawgeti(L, -1, 1);
            lua_rawgeti(L, -2, 2);
            if (lua_type(L, -2) != LUA_TNUMBER || !std::isfinite(lua_tonumber(L, -2)))
                problems.push_back(file + ": " + name + "[1] must be the value (a finite number)");
            else *param_slot(*params, name) = lua_tonumber(L, -2);
            if (lua_type(L, -1) != LUA_TSTRING || lua_rawlen(L, -1) == 0)
                problems.push_back(file + ": " + name + "[2] must say its unit and why (a string)");
            lua_pop(L, 2);
        } else {
            problems.push_back(file + ": missing parameter '" + name + "' = { value, \"unit: reason\" }");
        }
        lua_pop(L, 1);
    }
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING || !param_slot(*params, lua_tostring(L, -1)))
            problems.push_back(file + ": unknown parameter '" + std::string(lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?") + "'");
    }
    lua_pop(L, 1);
    if (!problems.empty()) {
        *error = problems.front() + (problems.size() > 1 ? " (and " + std::to_string(problems.size() - 1) + " more)" : "");
        return false;
    }
    return true;
}

bool ScriptHost::load_manifest(const std::string& file, ModManifest* manifest, std::string* error) {
    std::string source;
    if (!read_text(file, &source)) { *error = "no mod.lua manifest"; return false; }
    ScriptFailure failure;
    mode_ = ScriptMode::Loading;
    const std::string display = fs::path(file).parent_path().filename().string() + "/mod.lua";
    if (!runtime_->run_file(display, source, &failure)) { *error = failure.message.substr(0, failure.message.find('\n')); return false; }
    lua_State* L = runtime_->state();
    if (!lua_istable(L, -1)) { lua_pop(L, 1); *error = display + ": must return a table { id, version, name }"; return false; }
    TableReader r{L, lua_gettop(L), display, {}};
    manifest->id = r.text("id", true);
    manifest->version = r.text("version", true);
    manifest->name = r.text("name", false, manifest->id);
    manifest->description = r.text("description", false);
    manifest->load_after = r.strings("load_after");
    lua_pop(L, 1);
    fold_content(&content_hash_state_, display, source);
    content_hash_ = hash_hex(content_hash_state_);
    if (!r.errors.empty()) { *error = r.errors.front(); return false; }
    for (char ch : manifest->id)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-')) {
            *error = display + ": id must use letters, digits, '_' or '-'";
            return false;
        }
    return true;
}

LoadedContent ScriptHost::load_content(const std::string& scripts_dir) {
    LoadedContent content;
    // Libraries first: the other files may call library(name) while they load.
    const std::pair<const char*, const char*> folders[] = {
        {"lib", "library"}, {"scenarios", "scenario"}, {"policies", "policy"}, {"events", "event"}, {"ai", "strategy"}};
    for (const auto& [folder, kind] : folders) {
        const fs::path root = fs::path(scripts_dir) / folder;
        std::error_code ec;
        if (!fs::is_directory(root, ec)) continue;
        std::vector<std::string> files;
        for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file() && it->path().extension() == ".lua") files.push_back(it->path().generic_string());
        std::sort(files.begin(), files.end());  // fixed load order, whatever the file system says
        // Messages name files as "<content folder>/<path inside it>": short enough that Lua
        // does not cut them, and clear about which mod or folder they belong to. Both sides are
        // normalized, so "scripts", "./scripts" and "scripts/" name (and hash) the same files:
        // a classroom's laptops must agree on the content whatever folder spelling they used.
        const fs::path base = fs::path(scripts_dir).lexically_normal();
        const std::string root_name = (base.has_filename() ? base.filename() : base.parent_path().filename()).string();
        for (const std::string& file : files)
            load_file(kind, file, &content,
                      root_name + "/" + fs::path(file).lexically_normal().lexically_relative(base).generic_string());
    }
    return content;
}

bool ScriptHost::load_file(const std::string& kind, const std::string& path, LoadedContent* content,
                           const std::string& display_name) {
    const std::string file = display_name.empty() ? path : display_name;
    std::string source;
    if (!read_text(path, &source)) {
        content->errors.push_back({file, 0, file + ": cannot read file"});
        return false;
    }
    fold_content(&content_hash_state_, file, source);
    content_hash_ = hash_hex(content_hash_state_);
    lua_State* L = runtime_->state();
    ScriptFailure failure;
    mode_ = ScriptMode::Loading;
    script_id_ = kind + ":" + file;
    if (!runtime_->run_file(file, source, &failure)) {
        content->errors.push_back(failure);
        return false;
    }
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        content->errors.push_back({file, 0, file + ": must return a table describing the " + kind});
        return false;
    }
    if (kind == "library") {
        // A library's table is shared read-only by every script that asks for it by name.
        const std::string name = fs::path(path).stem().string();
        lock_table(L);
        libraries_.push();
        lua_insert(L, -2);
        lua_setfield(L, -2, name.c_str());
        lua_pop(L, 1);
        return true;
    }
    TableReader r{L, lua_gettop(L), file + ": " + kind, {}};
    const std::string id = r.text("id", true);
    r.where = file + ": " + kind + " '" + id + "'";
    const std::string stem = fs::path(file).stem().string();
    if (!id.empty() && id != stem) r.errors.push_back(r.where + ": field 'id' must equal the file name '" + stem + "'");
    auto keep_hook = [&](const char* hook) {
        if (!r.is_function(hook)) return false;
        lua_getfield(L, r.index, hook);
        hooks_[kind + ":" + id + ":" + hook] = LuaRef(L, luaL_ref(L, LUA_REGISTRYINDEX));
        return true;
    };
    auto duplicate = [&](const auto& list) {
        return std::any_of(list.begin(), list.end(), [&](const auto& d) { return d.id == id; });
    };
    SourceRef source_ref{file, 1};
    files_[kind + ":" + id] = file;

    if (kind == "policy") {
        PolicyDef d;
        d.id = id;
        d.source = source_ref;
        d.name = r.text("name", true);
        d.role = parse_role(r, "role", Role::Operator);
        d.description = r.text("description", true);
        d.mechanism = r.text("mechanism", false);
        d.concept_name = r.text("concept", false);
        d.cost_enact = r.number("cost", true, 0.0, 0.0, 10000.0);
        d.cost_monthly = r.number("monthly_cost", false, 0.0, 0.0, 1000.0);
        d.duration_months = int(r.number("duration_months", false, -1.0, -1.0, 480.0));
        d.prerequisites = r.strings("prerequisites");
        const std::string min_stage = r.text("min_stage", false, "flocking");
        if (!stage_from_name(min_stage, &d.min_stage)) r.errors.push_back(r.where + ": unknown min_stage '" + min_stage + "'");
        d.effects = r.lever_table("effects");
        d.has_on_enact = keep_hook("on_enact");
        d.has_on_tick = keep_hook("on_tick");
        d.has_on_expire = keep_hook("on_expire");
        if (duplicate(content->policies)) r.errors.push_back(r.where + ": duplicate policy id");
        if (r.errors.empty()) content->policies.push_back(d);
    } else if (kind == "event") {
        EventDef d;
        d.id = id;
        d.source = source_ref;
        d.title = r.text("title", true);
        d.text = r.text("text", true);
        d.concept_name = r.text("concept", false);
        d.role = parse_role(r, "role", Role::Government);
        d.chance = r.number("chance", true, 0.0, 0.0, 1.0);
        d.once = r.boolean("once", true);
        d.cooldown_months = int(r.number("cooldown_months", false, 12.0, 0.0, 480.0));
        if (r.push("earliest") == LUA_TTABLE) {
            TableReader e{L, lua_gettop(L), r.where + ": earliest", {}};
            d.earliest_tick = int(12.0 * e.number("year_offset", false, 0.0, 0.0, 40.0));
            for (auto& err : e.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        d.has_trigger = keep_hook("trigger");
        if (r.push("choices") == LUA_TTABLE) {
            const lua_Integer n = luaL_len(L, -1);
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L, -1, i);
                if (!lua_istable(L, -1)) { r.errors.push_back(r.where + ": choices[" + std::to_string(i) + "] must be a table"); lua_pop(L, 1); continue; }
                TableReader c{L, lua_gettop(L), r.where + ": choices[" + std::to_string(i) + "]", {}};
                EventChoiceDef choice;
                choice.id = c.text("id", true);
                choice.label = c.text("label", true);
                choice.text = c.text("text", false);
                choice.effects = c.lever_table("effects");
                choice.effect_months = int(c.number("months", false, 12.0, 1.0, 480.0));
                choice.cost = c.number("cost", false, 0.0, 0.0, 10000.0);
                if (c.is_function("apply")) {
                    lua_getfield(L, c.index, "apply");
                    hooks_["event:" + id + ":choice:" + choice.id] = LuaRef(L, luaL_ref(L, LUA_REGISTRYINDEX));
                    choice.has_apply = true;
                }
                for (auto& err : c.errors) r.errors.push_back(err);
                d.choices.push_back(choice);
                lua_pop(L, 1);
            }
        } else {
            r.errors.push_back(r.where + ": missing field 'choices' (a list of choices)");
        }
        lua_pop(L, 1);
        if (d.choices.empty()) r.errors.push_back(r.where + ": an event needs at least one choice");
        d.default_choice = r.text("default_choice", false, d.choices.empty() ? "" : d.choices.front().id);
        if (!std::any_of(d.choices.begin(), d.choices.end(), [&](const EventChoiceDef& c) { return c.id == d.default_choice; }))
            r.errors.push_back(r.where + ": default_choice '" + d.default_choice + "' is not one of the choices");
        if (duplicate(content->events)) r.errors.push_back(r.where + ": duplicate event id");
        if (r.errors.empty()) content->events.push_back(d);
    } else if (kind == "scenario") {
        ScenarioDef d;
        d.id = id;
        d.source = source_ref;
        d.name = r.text("name", true);
        d.description = r.text("description", true);
        d.teaching_note = r.text("teaching_note", false);
        if (r.push("start") == LUA_TTABLE) {
            TableReader s{L, lua_gettop(L), r.where + ": start", {}};
            d.start_year = int(s.number("year", true, 2011, 1950, 2100));
            d.start_month = int(s.number("month", false, 1, 1, 12));
            for (auto& err : s.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        d.years = int(r.number("years", true, 25, 1, 40));
        if (r.push("region") == LUA_TTABLE) {
            TableReader g{L, lua_gettop(L), r.where + ": region", {}};
            RegionProfile& rp = d.region;
            rp.technology_base = g.number("technology_base", false, rp.technology_base, 0, 1);
            rp.market_orientation = g.number("market_orientation", false, rp.market_orientation, 0, 1);
            rp.mindset = g.number("mindset", false, rp.mindset, 0, 1);
            rp.government_pace = g.number("government_pace", false, rp.government_pace, 0, 1);
            rp.openness = g.number("openness", false, rp.openness, 0, 1);
            rp.capital_regime = g.number("capital_regime", false, rp.capital_regime, 0, 1);
            rp.home_city_services = g.number("home_city_services", false, rp.home_city_services, 0, 1);
            rp.cost_orientation = g.number("cost_orientation", false, rp.cost_orientation, 0, 1);
            for (auto& err : g.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        if (r.push("park") == LUA_TTABLE) {
            TableReader k{L, lua_gettop(L), r.where + ": park", {}};
            d.area_km2 = k.number("area_km2", true, 1.0, 0.001, 1000);
            d.floor_area_ratio = k.number("floor_area_ratio", false, 0.0, 0.0, 10.0);
            d.floor_m2 = k.number("floor_m2", false, 0.0, 0.0, 1e8);
            for (auto& err : k.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        if (r.push("enterprises") == LUA_TTABLE) {
            TableReader e{L, lua_gettop(L), r.where + ": enterprises", {}};
            InitialEnterprises& ie = d.enterprises;
            ie.count = int(e.number("count", true, 20, 0, 1e6));
            ie.quality_mean = e.number("quality_mean", false, 0.5, 0, 1);
            ie.quality_spread = e.number("quality_spread", false, 0.15, 0, 1);
            ie.policy_driven_share = e.number("policy_driven_share", false, 0.2, 0, 1);
            ie.large = int(e.number("large", false, 0, 0, 1000));
            ie.multinationals = int(e.number("multinationals", false, 0, 0, 1000));
            ie.anchor = e.boolean("anchor", false);
            ie.anchor_share = e.number("anchor_share", false, -1.0, -1.0, 0.9);
            ie.startup_share = e.number("startup_share", false, -1.0, -1.0, 1.0);
            ie.age_years = e.number("age_years", false, 0.0, 0.0, 50.0);
            ie.funded_share = e.number("funded_share", false, 0.0, 0.0, 1.0);
            ie.ties_per_firm = e.number("ties_per_firm", false, 0.0, 0.0, 20.0);
            ie.external_ties_per_firm = e.number("external_ties_per_firm", false, 0.0, 0.0, 10.0);
            if (e.push("segments") == LUA_TTABLE) {
                TableReader s{L, lua_gettop(L), e.where + ".segments", {}};
                for (int seg = 0; seg < kSegmentCount; ++seg)
                    ie.segment_weights[seg] = s.number(segment_name(Segment(seg)), false, 1.0, 0, 1e6);
                for (auto& err : s.errors) r.errors.push_back(err);
            }
            lua_pop(L, 1);
            for (auto& err : e.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        d.institutes = int(r.number("institutes", false, 3, 0, 10000));
        d.institute_links = r.number("institute_links", false, 0.0, 0.0, 100.0);
        if (r.push("providers") == LUA_TTABLE) {
            TableReader k{L, lua_gettop(L), r.where + ": providers", {}};
            d.providers_in_park = int(k.number("in_park", false, 2, 0, 10000));
            d.providers_in_city = int(k.number("in_city", false, 4, 0, 10000));
            for (auto& err : k.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        if (r.push("funds") == LUA_TTABLE) {
            TableReader k{L, lua_gettop(L), r.where + ": funds", {}};
            d.professional_funds = int(k.number("professional", false, 1, 0, 10000));
            d.nonprofessional_funds = int(k.number("nonprofessional", false, 1, 0, 10000));
            for (auto& err : k.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        d.organizers = r.strings("organizers");
        d.promotion_orgs = int(r.number("promotion_orgs", false, 0, 0, 5));
        if (r.push("rivals") == LUA_TTABLE) {
            TableReader k{L, lua_gettop(L), r.where + ": rivals", {}};
            d.rival_parks = int(k.number("count", false, 3, 0, 50));
            d.rival_incentive = k.number("incentive", false, 0.3, 0, 1);
            for (auto& err : k.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        d.initial_trust = r.number("trust", false, 0.2, 0, 1);
        d.initial_reputation = r.number("reputation", false, 0.1, 0, 1);
        for (const auto& [lever, value] : r.lever_table("levers")) d.levers[int(lever)] = value;
        if (r.push("budgets") == LUA_TTABLE) {
            TableReader k{L, lua_gettop(L), r.where + ": budgets", {}};
            d.budgets[0] = k.number("operator", false, 100, -1e6, 1e6);
            d.budgets[1] = k.number("government", false, 300, -1e6, 1e6);
            for (auto& err : k.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        if (r.push("default_ai") == LUA_TTABLE) {
            TableReader k{L, lua_gettop(L), r.where + ": default_ai", {}};
            d.default_ai[0] = k.text("operator", false, "historical");
            d.default_ai[1] = k.text("government", false, "historical");
            for (auto& err : k.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        // A case from elsewhere is entered in its own money: budgets (and goals on money
        // metrics, below) are converted to the RMB million the rules use.
        if (r.push("currency") == LUA_TTABLE) {
            TableReader k{L, lua_gettop(L), r.where + ": currency", {}};
            d.currency_code = k.text("code", true);
            d.rmb_per_unit = k.number("rmb_per_unit", true, 1.0, 0.0001, 10000);
            for (auto& err : k.errors) r.errors.push_back(err);
        }
        lua_pop(L, 1);
        for (double& budget : d.budgets) budget *= d.rmb_per_unit;
        d.strategies = r.strings("strategies");
        d.events = r.strings("events");
        d.scoring = r.text("scoring", false);
        if (r.push("first_move") == LUA_TTABLE) {
            TableReader f{L, lua_gettop(L), r.where + ": first_move", {}};
            for (int role = 0; role < kRoleCount; ++role) {
                const char* name = role_name(Role(role));
                const int type = f.push(name);
                if (type == LUA_TTABLE) {
                    TableReader m{L, lua_gettop(L), f.where + "." + name, {}};
                    d.first_moves[size_t(role)].policy = m.text("policy", true);
                    d.first_moves[size_t(role)].why = m.text("why", true);
                    for (auto& err : m.errors) r.errors.push_back(err);
                } else if (type != LUA_TNIL) {
                    r.errors.push_back(f.where + ": field '" + name + "' must be a table { policy, why }, not " + lua_typename(L, type));
                }
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        if (r.push("goals") == LUA_TTABLE) {
            const lua_Integer n = luaL_len(L, -1);
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L, -1, i);
                TableReader g{L, lua_gettop(L), r.where + ": goals[" + std::to_string(i) + "]", {}};
                ScenarioGoal goal;
                goal.text = g.text("text", true);
                goal.by_tick = int(12.0 * g.number("by_year_offset", true, 0.0, 0.0, 40.0));
                const std::string stage_min = g.text("stage_at_least", false), stage_not = g.text("stage_not", false);
                if (!stage_min.empty() || !stage_not.empty()) {
                    goal.kind = stage_min.empty() ? ScenarioGoal::Kind::StageNot : ScenarioGoal::Kind::StageAtLeast;
                    if (!stage_from_name(stage_min.empty() ? stage_not : stage_min, &goal.stage))
                        r.errors.push_back(g.where + ": unknown stage '" + (stage_min.empty() ? stage_not : stage_min) + "'");
                } else {
                    goal.metric = g.text("metric", true);
                    goal.per = g.text("per", false);
                    if (!metric_exists(goal.metric)) r.errors.push_back(g.where + ": unknown metric '" + goal.metric + "'");
                    if (!goal.per.empty() && !metric_exists(goal.per)) r.errors.push_back(g.where + ": unknown metric '" + goal.per + "'");
                    const bool has_min = g.push("at_least") != LUA_TNIL;
                    lua_pop(L, 1);
                    goal.at_least = has_min;
                    goal.threshold = g.number(has_min ? "at_least" : "at_most", true, 0.0);
                    if (goal.per.empty() && metric_in_rmb(goal.metric)) goal.threshold *= d.rmb_per_unit;
                }
                for (auto& err : g.errors) r.errors.push_back(err);
                d.goals.push_back(goal);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        // Reference figures for the debrief (never read by rules): a year and the counts known then.
        if (r.push("calibration") == LUA_TTABLE) {
            const lua_Integer n = luaL_len(L, -1);
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(L, -1, i);
                TableReader c{L, lua_gettop(L), r.where + ": calibration[" + std::to_string(i) + "]", {}};
                CalibrationPoint point;
                point.year = int(c.number("year", true, 2000, 1900, 2200));
                point.note = c.text("note", false);
                point.stage_at_least = c.text("stage_at_least", false);
                for (const char* metric : {"enterprises", "multinationals", "research_institutes", "investment_funds"}) {
                    const bool present = c.push(metric) != LUA_TNIL;
                    lua_pop(L, 1);
                    if (present) point.figures.push_back({metric, c.number(metric, true, 0.0, 0.0, 1e9)});
                }
                for (auto& err : c.errors) r.errors.push_back(err);
                d.calibration.push_back(point);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        d.has_on_start = keep_hook("on_start");
        d.has_on_tick = keep_hook("on_tick");
        if (duplicate(content->scenarios)) r.errors.push_back(r.where + ": duplicate scenario id");
        if (r.errors.empty()) content->scenarios.push_back(d);
    } else if (kind == "strategy") {
        StrategyDef d;
        d.id = id;
        d.source = source_ref;
        d.name = r.text("name", true);
        d.description = r.text("description", false);
        for (const std::string& role_text : r.strings("roles")) {
            Role role;
            if (role_from_name(role_text, &role)) d.roles.push_back(role);
            else r.errors.push_back(r.where + ": unknown role '" + role_text + "'");
        }
        if (d.roles.empty()) r.errors.push_back(r.where + ": roles must list 'operator' and/or 'government'");
        d.has_decide = keep_hook("decide");
        d.has_on_event = keep_hook("on_event");
        if (!d.has_decide) r.errors.push_back(r.where + ": missing function 'decide(role, act)'");
        if (duplicate(content->strategies)) r.errors.push_back(r.where + ": duplicate strategy id");
        if (r.errors.empty()) content->strategies.push_back(d);
    }
    // Unknown top-level fields are not fatal (a newer file may carry more), but lint shows them.
    if (const ContentKindDoc* schema = schema_for_kind(kind)) {
        lua_pushnil(L);
        while (lua_next(L, r.index) != 0) {
            lua_pop(L, 1);
            const std::string key = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
            bool known = false;
            for (const FieldDoc& f : schema->fields) known = known || key == f.name;
            if (!known) {
                const int line = line_of_field(source, key);
                content->warnings.push_back({file, line, file + ":" + std::to_string(line) + ": unknown field '" + key +
                                                              "' in a " + kind + " (ignored)"});
            }
        }
    }
    lua_pop(L, 1);
    for (const std::string& message : r.errors) {
        // "file: kind 'id': field 'x' ..." -> "file:LINE: kind 'id': field 'x' ..." when the field is found.
        int line = 0;
        const size_t quote = message.find("field '");
        if (quote != std::string::npos) {
            const size_t end = message.find('\'', quote + 7);
            line = line_of_field(source, message.substr(quote + 7, end - quote - 7));
        }
        std::string positioned = message;
        if (line > 0 && positioned.rfind(file + ": ", 0) == 0)
            positioned = file + ":" + std::to_string(line) + ": " + positioned.substr(file.size() + 2);
        content->errors.push_back({file, line, positioned});
    }
    return r.errors.empty();
}

bool ScriptHost::push_hook(const std::string& key) {
    auto it = hooks_.find(key);
    if (it == hooks_.end() || !it->second.valid()) return false;
    it->second.push();
    return true;
}

void ScriptHost::report(const std::string& script_id, const ScriptFailure& failure) {
    if (!session_) return;
    ScriptError error;
    error.tick = session_->world().tick;
    error.script_id = script_id;
    error.file = failure.file;
    error.line = failure.line;
    error.message = failure.message;
    // Errors without a position (memory, budget in C code) still name the script's file.
    if (error.file.empty()) {
        auto it = files_.find(script_id);
        if (it != files_.end()) {
            error.file = it->second;
            error.message = it->second + ": " + error.message;
        }
    }
    session_->record_script_error(error);
}

bool ScriptHost::call(const std::string& script_id, ScriptMode mode, Role role, int nargs, int nresults) {
    mode_ = mode;
    role_ = role;
    script_id_ = script_id;
    runtime_->script_rng = session_ ? &session_->mutable_world().rng[int(Stream::Scripts)] : nullptr;
    ScriptFailure failure;
    const bool ok = runtime_->protected_call(nargs, nresults, &failure);
    mode_ = ScriptMode::Reading;
    if (!ok) report(script_id, failure);
    return ok;
}

bool ScriptHost::policy_hook(const PolicyDef& def, const char* hook, Role role) {
    if (!push_hook("policy:" + def.id + ":" + hook)) return true;
    push_hook("@fx");
    return call("policy:" + def.id, ScriptMode::Effects, role, 1, 0);
}

bool ScriptHost::event_trigger(const EventDef& def, bool* fired) {
    *fired = true;
    if (!push_hook("event:" + def.id + ":trigger")) return true;
    if (!call("event:" + def.id, ScriptMode::Reading, def.role, 0, 1)) { *fired = false; return false; }
    lua_State* L = runtime_->state();
    *fired = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return true;
}

bool ScriptHost::choice_apply(const EventDef& def, size_t choice, Role role) {
    if (choice >= def.choices.size() || !def.choices[choice].has_apply) return true;
    if (!push_hook("event:" + def.id + ":choice:" + def.choices[choice].id)) return true;
    push_hook("@fx");
    return call("event:" + def.id, ScriptMode::Effects, role, 1, 0);
}

bool ScriptHost::strategy_decide(const StrategyDef& def, Role role) {
    if (!push_hook("strategy:" + def.id + ":decide")) return true;
    lua_pushstring(runtime_->state(), role_name(role));
    push_hook("@act");
    return call("strategy:" + def.id, ScriptMode::Actions, role, 2, 0);
}

bool ScriptHost::strategy_on_event(const StrategyDef& def, Role role, const EventDef& event, std::string* choice) {
    if (!push_hook("strategy:" + def.id + ":on_event")) return true;
    lua_State* L = runtime_->state();
    lua_pushstring(L, role_name(role));
    lua_pushstring(L, event.id.c_str());
    lua_createtable(L, int(event.choices.size()), 0);
    for (size_t i = 0; i < event.choices.size(); ++i) {
        lua_pushstring(L, event.choices[i].id.c_str());
        lua_rawseti(L, -2, lua_Integer(i + 1));
    }
    if (!call("strategy:" + def.id, ScriptMode::Reading, role, 3, 1)) return false;
    if (lua_type(L, -1) == LUA_TSTRING) *choice = lua_tostring(L, -1);
    lua_pop(L, 1);
    return true;
}

bool ScriptHost::scenario_hook(const ScenarioDef& def, const char* hook) {
    if (!push_hook("scenario:" + def.id + ":" + hook)) return true;
    push_hook("@fx");
    return call("scenario:" + def.id, ScriptMode::Effects, Role::Government, 1, 0);
}

}  // namespace keystone
