// Assembling a session's content: shipped scripts, extra folders, then user mods. Each mod is a
// folder with a mod.lua manifest ({ id, version, name, load_after = {...} }); mods load in
// dependency then alphabetical order, a mod that fails to load is skipped whole (never fatal),
// and a definition that replaces an earlier one with the same id is reported as a conflict.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "script/script_host.h"
#include <nlohmann/json.hpp>

#include "session/session.h"
#include "sim/rules.h"

namespace keystone {

namespace fs = std::filesystem;

namespace {

template <typename Def>
void merge_with_override(std::vector<Def>& into, std::vector<Def>& from, const char* kind, const std::string& mod,
                         std::vector<Message>* report) {
    for (auto& d : from) {
        auto same = std::find_if(into.begin(), into.end(), [&](const Def& x) { return x.id == d.id; });
        if (same != into.end()) {
            if (report)
                report->push_back(sentence("engine.mods.replaces", {text_arg(mod), sentence(kind), text_arg(d.id), text_arg(same->source.file)}));
            *same = std::move(d);
        } else {
            into.push_back(std::move(d));
        }
    }
}

void merge_all(LoadedContent& into, LoadedContent& from, const std::string& mod, std::vector<Message>* report) {
    merge_with_override(into.scenarios, from.scenarios, "engine.kind.scenario", mod, report);
    merge_with_override(into.policies, from.policies, "engine.kind.policy", mod, report);
    merge_with_override(into.events, from.events, "engine.kind.event", mod, report);
    merge_with_override(into.strategies, from.strategies, "engine.kind.strategy", mod, report);
    for (auto& e : from.errors) into.errors.push_back(std::move(e));
    for (auto& w : from.warnings) into.warnings.push_back(std::move(w));
}

}  // namespace

std::string default_mods_dir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/keystone/mods";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/keystone/mods";
    return "mods";
}

LoadedContent load_all_content(ScriptHost& host, const SessionConfig& config, std::vector<Message>* report) {
    LoadedContent content = host.load_content(config.scripts_dir);
    for (const std::string& dir : config.extra_content_dirs) {
        LoadedContent more = host.load_content(dir);
        merge_all(content, more, fs::path(dir).filename().string(), nullptr);
    }
    if (config.mods_dir.empty()) return content;
    std::error_code ec;
    if (!fs::is_directory(config.mods_dir, ec)) return content;

    std::vector<ModManifest> mods;
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(config.mods_dir, ec))
        if (entry.is_directory()) folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());
    for (const fs::path& folder : folders) {
        ModManifest manifest;
        std::string problem;
        if (!host.load_manifest((folder / "mod.lua").string(), &manifest, &problem)) {
            report->push_back(sentence("engine.mods.skipped_folder", {text_arg(folder.filename().string()), text_arg(problem)}));
            continue;
        }
        if (std::any_of(mods.begin(), mods.end(), [&](const ModManifest& m) { return m.id == manifest.id; })) {
            report->push_back(sentence("engine.mods.duplicate_id", {text_arg(folder.filename().string()), text_arg(manifest.id)}));
            continue;
        }
        manifest.dir = folder.string();
        mods.push_back(manifest);
    }
    // Order: a mod loads after the mods it names in load_after (missing ones are reported).
    std::vector<ModManifest> ordered;
    while (!mods.empty()) {
        bool progressed = false;
        for (size_t i = 0; i < mods.size(); ++i) {
            const bool ready = std::all_of(mods[i].load_after.begin(), mods[i].load_after.end(), [&](const std::string& dep) {
                return std::none_of(mods.begin(), mods.end(), [&](const ModManifest& m) { return m.id == dep; });
            });
            if (ready) {
                ordered.push_back(mods[i]);
                mods.erase(mods.begin() + long(i));
                progressed = true;
                break;
            }
        }
        if (!progressed) {  // a cycle: load the rest alphabetically and say so
            report->push_back(sentence("engine.mods.circular", {text_arg(mods.front().id)}));
            for (auto& m : mods) ordered.push_back(m);
            break;
        }
    }
    int position = 1;
    for (const ModManifest& mod : ordered) {
        LoadedContent loaded = host.load_content(mod.dir);
        if (!loaded.errors.empty()) {
            const std::string& first = loaded.errors.front().message;
            std::vector<Message> args = {text_arg(mod.id), text_arg(mod.version), text_arg(first.substr(0, first.find('\n')))};
            if (loaded.errors.size() > 1) args.push_back(text_arg(std::to_string(loaded.errors.size() - 1)));
            report->push_back(sentence(loaded.errors.size() > 1 ? "engine.mods.skipped_more" : "engine.mods.skipped", std::move(args)));
            continue;
        }
        report->push_back(sentence("engine.mods.loaded", {text_arg(std::to_string(position++)), text_arg(mod.id), text_arg(mod.version), text_arg(mod.name)}));
        merge_all(content, loaded, mod.id, report);
    }
    return content;
}

}  // namespace keystone

namespace keystone {

Message Session::reload_content() {
    auto host = std::make_unique<ScriptHost>();
    Params params;
    std::string error;
    if (!host->load_params(config_.scripts_dir + "/params.lua", &params, &error)) return text_arg(error);
    for (const auto& [name, value] : config_.param_overrides)
        if (double* slot = param_slot(params, name)) *slot = value;
    std::vector<Message> report;
    LoadedContent content = load_all_content(*host, config_, &report);
    auto scenario = std::find_if(content.scenarios.begin(), content.scenarios.end(),
                                 [&](const ScenarioDef& d) { return d.id == scenario_.id; });
    if (scenario == content.scenarios.end()) return sentence("engine.reload.no_scenario", {text_arg(scenario_.id)});
    for (int r = 0; r < kRoleCount; ++r)
        if (std::none_of(content.strategies.begin(), content.strategies.end(), [&](const StrategyDef& s) { return s.id == strategy_ids_[r]; }))
            return sentence("engine.reload.no_strategy", {text_arg(strategy_ids_[r])});
    // Carry script storage over to the new Lua state.
    nlohmann::json storage;
    if (!scripts_->export_storage(&storage, &error) || !host->import_storage(storage, &error)) return text_arg(error);

    std::vector<EventDef> events;
    for (const auto& e : content.events)
        if (scenario->events.empty() || std::count(scenario->events.begin(), scenario->events.end(), e.id)) events.push_back(e);
    std::vector<int32_t> last_fired(events.size(), -1);
    for (size_t i = 0; i < events.size(); ++i)
        for (size_t j = 0; j < events_.size(); ++j)
            if (events_[j].id == events[i].id) last_fired[i] = event_last_fired_[j];
    std::vector<PendingEvent> pending;
    for (PendingEvent p : pending_) {
        const std::string& id = events_[size_t(p.def_index)].id;
        for (size_t i = 0; i < events.size(); ++i)
            if (events[i].id == id) { p.def_index = int32_t(i); pending.push_back(p); }
    }
    const ScenarioDef initial = scenario_;
    scenario_ = *scenario;
    scenario_.levers = initial.levers;  // the running game keeps its own start
    policies_ = content.policies;
    strategies_ = content.strategies;
    events_ = std::move(events);
    event_last_fired_ = std::move(last_fired);
    pending_ = std::move(pending);
    params_ = params;
    scripts_ = std::move(host);
    scripts_->bind(this);
    content_hash_ = scripts_->content_hash();
    mod_report_ = report;
    // Policies in force keep running if they still exist; others end, with a note in the log.
    for (auto it = world_.policies.begin(); it != world_.policies.end();) {
        it->def_index = find_policy(it->id);
        if (it->def_index < 0) {
            add_log_message(world_, "policy", sentence("log.text.reload_ended", {text_arg(it->id)}));
            it = world_.policies.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto& failure : content.errors) {
        ScriptError e;
        e.tick = world_.tick;
        e.script_id = "load";
        e.file = failure.file;
        e.line = failure.line;
        e.message = failure.message;
        record_script_error(e);
    }
    recompute_levers();
    add_log_message(world_, "scenario", sentence("log.text.reloaded", {text_arg(content_hash_)}));
    return {};
}

}  // namespace keystone
