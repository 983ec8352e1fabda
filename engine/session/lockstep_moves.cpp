// The two Session entries lockstep play needs (session.h): a strategy's proposal for a role
// played from another machine, and a facilitator's injected event. Both keep single-player
// play unchanged: nothing here runs unless engine/net calls it.
#include <algorithm>

#include "script/script_host.h"
#include "session/session.h"

namespace keystone {

std::vector<Command> Session::propose(Role role, const std::string& strategy_id) {
    std::vector<Command> proposed;
    const StrategyDef* strategy = nullptr;
    for (const auto& s : strategies_)
        if (s.id == strategy_id && !s.disabled) strategy = &s;
    if (!strategy) return proposed;
    // math.random in a strategy draws from the script stream: restore it, so that proposing
    // leaves the world exactly as the facilitator's copy, which never runs this strategy.
    const auto streams = world_.rng;
    const size_t queued_before = queue_.size();
    scripts_->strategy_decide(*strategy, role);
    proposed.assign(queue_.begin() + long(queued_before), queue_.end());
    queue_.resize(queued_before);
    for (const PendingEvent& pending : std::vector<PendingEvent>(pending_)) {
        if (pending.role != role || !strategy->has_on_event) continue;
        const EventDef& d = events_[size_t(pending.def_index)];
        std::string picked;
        if (!scripts_->strategy_on_event(*strategy, role, d, &picked)) continue;
        if (std::none_of(d.choices.begin(), d.choices.end(), [&](const EventChoiceDef& c) { return c.id == picked; }))
            picked = d.default_choice;
        Command answer;
        answer.type = CommandType::AnswerEvent;
        answer.role = role;
        answer.event_instance = pending.instance;
        answer.choice_id = picked;
        answer.source = "ai:" + strategy_id;
        if (validate(answer).empty()) proposed.push_back(answer);
    }
    world_.rng = streams;
    return proposed;
}

std::string Session::inject_event(const std::string& event_id) {
    for (size_t i = 0; i < events_.size(); ++i) {
        if (events_[i].id != event_id) continue;
        if (events_[i].disabled) return "event '" + event_id + "' is disabled after a script error";
        if (std::any_of(pending_.begin(), pending_.end(), [&](const PendingEvent& p) { return p.def_index == int(i); }))
            return "event '" + event_id + "' is already waiting for an answer";
        fire_event(i);
        injections_.push_back({world_.tick, event_id});
        return "";
    }
    return "unknown event '" + event_id + "'";
}

}  // namespace keystone
