// The session's tick boundary: AI decisions become commands, commands are validated and applied,
// policies expire, levers are recomputed, events fire, then the world steps one month.
#include "session/session.h"
#include "session/log_sentences.h"
#include "session/treasury.h"

#include <algorithm>
#include <cstdio>

#include "script/script_host.h"
#include "sim/hash.h"
#include "sim/rules.h"
#include "sim/world_setup.h"

namespace keystone {

namespace {

std::string join_ids(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

template <typename Def>
std::vector<std::string> ids_of(const std::vector<Def>& defs) {
    std::vector<std::string> ids;
    for (const auto& d : defs) ids.push_back(d.id);
    return ids;
}

}  // namespace

Message script_error_notice(const ScriptError& error) {
    return sentence("log.text.script_disabled", {text_arg(error.message.substr(0, error.message.find('\n'))), text_arg(error.script_id)});
}

std::vector<ScenarioDef> list_scenarios(const std::string& scripts_dir, std::string* error) {
    ScriptHost host;
    LoadedContent content = host.load_content(scripts_dir);
    if (content.scenarios.empty() && error) *error = "no scenarios found under " + scripts_dir + "/scenarios";
    return content.scenarios;
}

std::vector<StrategyDef> list_strategies(const std::string& scripts_dir, std::string* error) {
    ScriptHost host;
    LoadedContent content = host.load_content(scripts_dir);
    if (content.strategies.empty() && error) *error = "no strategies found under " + scripts_dir + "/ai";
    return content.strategies;
}

std::vector<StrategyDef> list_strategies(const SessionConfig& config, std::string* error) {
    ScriptHost host;
    std::vector<Message> report;
    LoadedContent content = load_all_content(host, config, &report);
    if (content.strategies.empty() && error) *error = "no strategies found under " + config.scripts_dir + "/ai";
    return content.strategies;
}

Session::~Session() = default;

std::unique_ptr<Session> Session::create(const SessionConfig& config, std::string* error) {
    return start(std::make_unique<ScriptHost>(), config, error);
}

std::unique_ptr<Session> Session::restart(std::unique_ptr<Session> previous, const SessionConfig& config, std::string* error) {
    if (!previous) return create(config, error);
    // Only the Lua state carries over, emptied of the last game's content (ScriptHost::reset);
    // every C++ field starts from a new Session, so none can leak from the last game.
    std::unique_ptr<ScriptHost> host = std::move(previous->scripts_);
    previous.reset();
    host->reset();
    return start(std::move(host), config, error);
}

std::unique_ptr<Session> Session::start(std::unique_ptr<ScriptHost> host, const SessionConfig& config, std::string* error) {
    std::unique_ptr<Session> s(new Session());
    s->config_ = config;
    s->scripts_ = std::move(host);
    if (!s->scripts_->load_params(config.scripts_dir + "/params.lua", &s->params_, error)) return nullptr;
    for (const auto& [name, value] : config.param_overrides) {
        double* slot = param_slot(s->params_, name);
        if (!slot) { *error = "unknown parameter '" + name + "' in overrides"; return nullptr; }
        *slot = value;
    }
    LoadedContent content = load_all_content(*s->scripts_, config, &s->mod_report_);
    auto scenario = std::find_if(content.scenarios.begin(), content.scenarios.end(),
                                 [&](const ScenarioDef& d) { return d.id == config.scenario_id; });
    if (scenario == content.scenarios.end()) {
        *error = "unknown scenario '" + config.scenario_id + "' (valid: " + join_ids(ids_of(content.scenarios)) + ")";
        for (const auto& failure : content.errors)
            if (failure.message.find("scenario") != std::string::npos) *error += "\n" + failure.message;
        return nullptr;
    }
    s->scenario_ = *scenario;
    if (config.adjust_scenario) config.adjust_scenario(s->scenario_);
    s->policies_ = content.policies;
    s->strategies_ = content.strategies;
    for (const auto& e : content.events)
        if (s->scenario_.events.empty() || std::count(s->scenario_.events.begin(), s->scenario_.events.end(), e.id))
            s->events_.push_back(e);
    s->event_last_fired_.assign(s->events_.size(), -1);

    for (int r = 0; r < kRoleCount; ++r) {
        const Role role = Role(r);
        std::string id = config.strategies[r].empty() ? s->scenario_.default_ai[r] : config.strategies[r];
        auto found = std::find_if(s->strategies_.begin(), s->strategies_.end(), [&](const StrategyDef& d) { return d.id == id; });
        if (found == s->strategies_.end()) {
            *error = "unknown strategy '" + id + "' (valid: " + join_ids(ids_of(s->strategies_)) + ")";
            return nullptr;
        }
        if (std::find(found->roles.begin(), found->roles.end(), role) == found->roles.end()) {
            *error = "strategy '" + id + "' cannot play the " + role_name(role) + " role";
            return nullptr;
        }
        s->strategy_ids_[r] = id;
    }

    s->content_hash_ = s->scripts_->content_hash();
    s->warnings_ = scenario_warnings(s->scenario_, s->params_);
    s->world_ = make_world(s->scenario_, s->params_, config.seed, config.years);
    s->scripts_->bind(s.get());
    // Files that failed to load are reported in the log but do not stop the game.
    for (const auto& failure : content.errors) {
        ScriptError e;
        e.script_id = "load";
        e.file = failure.file;
        e.line = failure.line;
        e.message = failure.message;
        s->record_script_error(e);
    }
    if (s->scenario_.has_on_start) s->scripts_->scenario_hook(s->scenario_, "on_start");
    s->recompute_levers();
    add_log_message(s->world_, "scenario", sentence("log.text.scenario_started", {content_arg("scenario." + s->scenario_.id + ".name", s->scenario_.name)}));
    return s;
}

std::vector<std::string> Session::mod_report() const {
    std::vector<std::string> lines;
    for (const Message& line : mod_report_) lines.push_back(english(line));
    return lines;
}

int Session::find_policy(const std::string& id) const {
    for (size_t i = 0; i < policies_.size(); ++i)
        if (policies_[i].id == id) return int(i);
    return -1;
}

bool Session::policy_active(const std::string& id) const {
    return std::any_of(world_.policies.begin(), world_.policies.end(), [&](const PolicyInstance& p) { return p.id == id; });
}

std::string Session::date_string(int32_t tick) const {
    const int months = world_.start_month - 1 + tick;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", world_.start_year + months / 12, months % 12 + 1);
    return buffer;
}

uint64_t Session::hash() const {
    // The hash is computed once per tick (record_history) and reused; before the first step it
    // is computed on demand.
    if (!history_.empty() && history_.back().tick == world_.tick && (config_.hash_every_month || finished()))
        return history_.back().hash;
    return hash_world(world_);
}

void Session::record_script_error(ScriptError error) {
    // A failing policy or event is disabled so it cannot fail every month; the game goes on.
    const std::string& id = error.script_id;
    if (id.rfind("policy:", 0) == 0) {
        const int index = find_policy(id.substr(7));
        if (index >= 0) {
            policies_[size_t(index)].disabled = true;
            world_.policies.erase(std::remove_if(world_.policies.begin(), world_.policies.end(),
                                                 [&](const PolicyInstance& p) { return p.def_index == index; }),
                                  world_.policies.end());
        }
    } else if (id.rfind("strategy:", 0) == 0) {
        for (auto& s : strategies_)
            if ("strategy:" + s.id == id) s.disabled = true;
    } else if (id.rfind("event:", 0) == 0) {
        for (auto& e : events_)
            if ("event:" + e.id == id) e.disabled = true;
    }
    add_log_message(world_, "script_error", script_error_notice(error));
    script_errors_.push_back(std::move(error));
}

Message Session::check(const Command& c) const {
    switch (c.type) {
        case CommandType::EnactPolicy: {
            const int index = find_policy(c.policy_id);
            if (index < 0) return sentence("engine.refusal.unknown_policy", {text_arg(c.policy_id)});
            const PolicyDef& d = policies_[size_t(index)];
            if (d.disabled) return sentence("engine.refusal.policy_disabled", {policy_id_arg(d.id)});
            if (d.role != c.role) return sentence("engine.refusal.policy_of_role", {policy_id_arg(d.id), role_arg(d.role)});
            if (policy_active(d.id)) return sentence("engine.refusal.in_force", {policy_name_arg(d)});
            for (const auto& pre : d.prerequisites)
                if (!policy_active(pre)) {
                    const int pre_index = find_policy(pre);
                    return sentence("engine.refusal.requires", {pre_index >= 0 ? policy_name_arg(policies_[size_t(pre_index)]) : text_arg(pre)});
                }
            if (stage_rank(world_.stage.stage) < stage_rank(d.min_stage)) return sentence("engine.refusal.min_stage", {stage_arg(d.min_stage)});
            if (world_.roles[int(c.role)].budget < 0.0) return sentence("engine.refusal.in_debt");
            if (world_.roles[int(c.role)].budget < d.cost_enact)
                return sentence("engine.refusal.budget", {text_arg(std::to_string(int(d.cost_enact)))});
            return {};
        }
        case CommandType::RepealPolicy:
            for (const auto& p : world_.policies)
                if (p.id == c.policy_id) return p.role == c.role ? Message{} : sentence("engine.refusal.repeal_other_role");
            return sentence("engine.refusal.not_in_force", {policy_id_arg(c.policy_id)});
        case CommandType::AnswerEvent:
            for (const auto& p : pending_)
                if (p.instance == c.event_instance) {
                    if (p.role != c.role) return sentence("engine.refusal.event_other_role");
                    const EventDef& d = events_[size_t(p.def_index)];
                    for (const auto& choice : d.choices)
                        if (choice.id == c.choice_id) return {};
                    return sentence("engine.refusal.unknown_choice", {text_arg(c.choice_id)});
                }
            return sentence("engine.refusal.no_event");
        case CommandType::SetLever: {
            const std::string owner = lever_owner(c.lever);
            if (owner != "any" && owner != role_name(c.role)) return sentence("engine.refusal.lever_owner", {lever_arg(c.lever), role_arg(owner)});
            if (c.value < 0.0 || c.value > lever_max(c.lever)) return sentence("engine.refusal.out_of_range");
            return {};
        }
    }
    return sentence("engine.refusal.unknown_command");
}

std::string Session::validate(const Command& command) const { return english(check(command)); }

std::string Session::submit(Command command) { return english(queue_command(std::move(command))); }

Message Session::queue_command(Command command) {
    Message refusal = check(command);
    if (!refusal.empty()) return refusal;
    // Commands that would both validate now but contradict each other at the boundary: a second
    // enactment or repeal of the same policy, enact and repeal together, two answers to one event.
    for (const Command& q : queue_) {
        const bool policy_command = command.type == CommandType::EnactPolicy || command.type == CommandType::RepealPolicy;
        const bool queued_policy = q.type == CommandType::EnactPolicy || q.type == CommandType::RepealPolicy;
        if (policy_command && queued_policy && q.policy_id == command.policy_id)
            return sentence(q.type == command.type ? "engine.refusal.already_queued" : "engine.refusal.opposite_queued");
        if (command.type == CommandType::AnswerEvent && q.type == CommandType::AnswerEvent && q.event_instance == command.event_instance)
            return sentence("engine.refusal.already_answered");
    }
    if (command.source.empty()) command.source = "player";
    queue_.push_back(std::move(command));
    return {};
}

void Session::apply_command(const Command& c) {
    switch (c.type) {
        case CommandType::EnactPolicy: {
            const int index = find_policy(c.policy_id);
            const PolicyDef& d = policies_[size_t(index)];
            world_.roles[int(c.role)].budget -= d.cost_enact;
            PolicyInstance inst{d.id, d.role, world_.tick, d.duration_months > 0 ? world_.tick + d.duration_months : -1, index};
            world_.policies.push_back(inst);
            add_log_message(world_, "policy", sentence("log.text.enacted", {role_arg(c.role), policy_name_arg(d)}));
            if (d.has_on_enact) scripts_->policy_hook(d, "on_enact", d.role);
            break;
        }
        case CommandType::RepealPolicy: {
            world_.policies.erase(std::remove_if(world_.policies.begin(), world_.policies.end(),
                                                 [&](const PolicyInstance& p) { return p.id == c.policy_id; }),
                                  world_.policies.end());
            const int index = find_policy(c.policy_id);
            add_log_message(world_, "policy", sentence("log.text.repealed", {role_arg(c.role), index >= 0 ? policy_name_arg(policies_[size_t(index)]) : text_arg(c.policy_id)}));
            break;
        }
        case CommandType::AnswerEvent:
            for (size_t i = 0; i < pending_.size(); ++i)
                if (pending_[i].instance == c.event_instance) {
                    const PendingEvent pending = pending_[i];
                    pending_.erase(pending_.begin() + long(i));
                    resolve_event(pending, c.choice_id, c.source);
                    break;
                }
            break;
        case CommandType::SetLever:
            world_.roles[int(c.role)].dial[int(c.lever)] = c.value;
            world_.roles[int(c.role)].dial_set[int(c.lever)] = true;
            break;
    }
}

void Session::apply_commands() {
    std::vector<Command> queue;
    queue.swap(queue_);
    for (Command& c : queue) {
        Message refusal = check(c);  // the world may have changed since submission
        if (!refusal.empty()) {
            add_log_message(world_, "policy", sentence("log.text.refused", {std::move(refusal)}));
            continue;
        }
        c.tick = world_.tick;
        apply_command(c);
        command_log_.push_back(c);
    }
}

void Session::expire_policies() {
    std::vector<PolicyInstance> expired;
    for (const auto& p : world_.policies)
        if (p.expires_tick >= 0 && p.expires_tick <= world_.tick) expired.push_back(p);
    world_.policies.erase(std::remove_if(world_.policies.begin(), world_.policies.end(),
                                         [&](const PolicyInstance& p) { return p.expires_tick >= 0 && p.expires_tick <= world_.tick; }),
                          world_.policies.end());
    for (const auto& p : expired) {
        const PolicyDef& d = policies_[size_t(p.def_index)];
        add_log_message(world_, "policy", sentence("log.text.expired", {policy_name_arg(d)}));
        if (d.has_on_expire) scripts_->policy_hook(d, "on_expire", d.role);
    }
    world_.temporary_effects.erase(std::remove_if(world_.temporary_effects.begin(), world_.temporary_effects.end(),
                                                  [&](const TemporaryEffect& t) { return t.until_tick <= world_.tick; }),
                                   world_.temporary_effects.end());
    world_.market_shocks.erase(std::remove_if(world_.market_shocks.begin(), world_.market_shocks.end(),
                                              [&](const MarketShock& m) { return m.until_tick <= world_.tick; }),
                               world_.market_shocks.end());
}

void Session::recompute_levers() {
    // A dial set by a command replaces the scenario's baseline (the operator's first if both
    // roles set a shared lever); policies and events add to it.
    // Each addend is also noted for the causal trace (an observer: nothing reads it back).
    LeverValues values = world_.baseline_levers;
    lever_contributions_.clear();
    auto note = [&](Lever lever, std::string source, double delta) {
        if (delta != 0.0) lever_contributions_.push_back({lever, std::move(source), delta});
    };
    std::array<int, kLeverCount> dial_role;
    dial_role.fill(-1);
    for (int r = kRoleCount - 1; r >= 0; --r)
        for (int l = 0; l < kLeverCount; ++l)
            if (world_.roles[size_t(r)].dial_set[size_t(l)]) {
                values[size_t(l)] = world_.roles[size_t(r)].dial[size_t(l)];
                dial_role[size_t(l)] = r;
            }
    for (int l = 0; l < kLeverCount; ++l)
        if (dial_role[size_t(l)] >= 0)
            note(Lever(l), std::string("dial:") + role_name(Role(dial_role[size_t(l)])), values[size_t(l)] - world_.baseline_levers[size_t(l)]);
    for (const auto& p : world_.policies) {
        const PolicyDef& d = policies_[size_t(p.def_index)];
        for (const auto& [lever, delta] : d.effects) {
            values[int(lever)] += delta;
            note(lever, "policy:" + d.id, delta);
        }
    }
    for (const auto& t : world_.temporary_effects) {
        values[int(t.lever)] += t.delta;
        note(t.lever, t.source, t.delta);
    }
    for (int l = 0; l < kLeverCount; ++l) values[l] = std::clamp(values[l], 0.0, lever_max(Lever(l)));
    world_.levers = values;
    world_.market_factor.fill(1.0);
    for (const auto& m : world_.market_shocks) world_.market_factor[int(m.segment)] *= m.factor;
}

void Session::run_ai() {
    for (int r = 0; r < kRoleCount; ++r) {
        if (config_.human[r]) continue;
        for (const auto& s : strategies_)
            if (s.id == strategy_ids_[r] && !s.disabled) scripts_->strategy_decide(s, Role(r));
    }
}

void Session::resolve_event(const PendingEvent& pending, const std::string& choice_id, const std::string& source) {
    const EventDef& d = events_[size_t(pending.def_index)];
    size_t index = 0;
    for (size_t i = 0; i < d.choices.size(); ++i)
        if (d.choices[i].id == choice_id) index = i;
    const EventChoiceDef& choice = d.choices[index];
    world_.roles[int(pending.role)].budget -= choice.cost;
    for (const auto& [lever, delta] : choice.effects)
        world_.temporary_effects.push_back({lever, delta, world_.tick + choice.effect_months, "event:" + d.id + "/" + choice.id});
    if (choice.has_apply) scripts_->choice_apply(d, index, pending.role);
    add_log_message(world_, "event", sentence("log.text.answered", {event_title_arg(d), choice_label_arg(d, choice), source_arg(source)}));
}

// Raises event `index` now: pending for a human role, answered by the role's strategy otherwise.
void Session::fire_event(size_t index) {
    const EventDef& d = events_[index];
    event_last_fired_[index] = world_.tick;
    PendingEvent pending{next_event_instance_++, int32_t(index), world_.tick, d.role};
    add_log_message(world_, "event", sentence("log.text.event", {event_title_arg(d)}));
    if (config_.human[int(d.role)]) {
        pending_.push_back(pending);
        return;
    }
    std::string choice = d.default_choice;
    for (const auto& s : strategies_)
        if (s.id == strategy_ids_[int(d.role)] && s.has_on_event && !s.disabled) {
            std::string picked;
            if (scripts_->strategy_on_event(s, d.role, d, &picked) &&
                std::any_of(d.choices.begin(), d.choices.end(), [&](const EventChoiceDef& c) { return c.id == picked; }))
                choice = picked;
        }
    Command answer;
    answer.type = CommandType::AnswerEvent;
    answer.role = d.role;
    answer.event_instance = pending.instance;
    answer.choice_id = choice;
    answer.tick = world_.tick;
    answer.source = "ai:" + strategy_ids_[int(d.role)];
    command_log_.push_back(answer);
    resolve_event(pending, choice, answer.source);
}

void Session::run_events() {
    // Unanswered events for a human role take their default after a few months.
    for (size_t i = 0; i < pending_.size();) {
        if (world_.tick - pending_[i].raised_tick >= 6) {
            const PendingEvent p = pending_[i];
            pending_.erase(pending_.begin() + long(i));
            resolve_event(p, events_[size_t(p.def_index)].default_choice, "default, unanswered");
        } else {
            ++i;
        }
    }
    for (size_t i = 0; i < events_.size(); ++i) {
        const EventDef& d = events_[i];
        if (d.disabled || world_.tick < d.earliest_tick) continue;
        const int32_t last = event_last_fired_[i];
        if (last >= 0 && (d.once || world_.tick - last < d.cooldown_months)) continue;
        if (std::any_of(pending_.begin(), pending_.end(), [&](const PendingEvent& p) { return p.def_index == int(i); })) continue;
        bool triggered = true;
        if (d.has_trigger && !scripts_->event_trigger(d, &triggered)) continue;
        if (!triggered) continue;
        // Each event draws from its own counter-based stream (seed, event id, month), so adding or
        // removing an event never changes when the others fire.
        Hasher key;
        key.word(world_.seed);
        key.text(d.id);
        key.word(uint64_t(world_.tick));
        Rng draw_rng(key.value());
        if (draw_rng.uniform() >= d.chance) continue;
        fire_event(i);
    }
}

void Session::record_history() {
    TickRecord record;
    record.tick = world_.tick;
    record.stage = world_.stage.stage;
    record.metrics = world_.metrics;
    record.culture = world_.culture;
    record.stage_status = world_.stage;
    for (int r = 0; r < kRoleCount; ++r) record.budgets[r] = world_.roles[r].budget;
    record.hash = config_.hash_every_month || finished() ? hash_world(world_) : 0;
    record.lever_contributions = lever_contributions_;
    history_.push_back(record);
}

void Session::step() {
    if (finished()) return;
    run_ai();
    apply_commands();
    expire_policies();
    // Monthly costs of policies in force. A role may go below zero (it borrows); the economy
    // rule charges interest and settle_budgets repeals past the credit line (treasury.cpp).
    for (int r = 0; r < kRoleCount; ++r) {
        double cost = 0.0;
        for (const auto& p : world_.policies)
            if (int(p.role) == r) cost += policies_[size_t(p.def_index)].cost_monthly;
        RoleState& role = world_.roles[r];
        role.spending_this_tick = cost;
        role.budget -= cost;
    }
    for (const auto& p : std::vector<PolicyInstance>(world_.policies)) {
        const PolicyDef& d = policies_[size_t(p.def_index)];
        if (d.has_on_tick && !d.disabled) scripts_->policy_hook(d, "on_tick", d.role);
    }
    if (scenario_.has_on_tick) scripts_->scenario_hook(scenario_, "on_tick");
    run_events();
    recompute_levers();
    step_world(world_, params_);
    settle_budgets(world_, params_, policies_, scenario_.budgets);
    record_history();
}

}  // namespace keystone
