// Field lists of the saved state (one list for both directions, see archive.h) and the checks a
// loaded state must pass. When a field is added to the state, add it here and in hash.cpp, and
// add a save version with a migration step.
#include "io/snapshot.h"

#include <sstream>

#include "io/archive.h"
#include "session/session.h"
#include "sim/hash.h"
#include "sim/rules.h"

namespace keystone {

// ---- field lists ---------------------------------------------------------------------------

template <class A> void visit(A& a, Rng& rng) {
    std::array<uint64_t, 4> words{};
    if constexpr (!A::kReading) for (int i = 0; i < 4; ++i) words[i] = rng.raw_state()[i];
    a.field("state", words);
    if constexpr (A::kReading) rng.set_raw_state(words.data());
}
template <class A> void visit(A& a, NodeId& n) { a.field("kind", n.kind); a.field("index", n.index); }
template <class A> void visit(A& a, RegionProfile& r) {
    a.field("technology_base", r.technology_base); a.field("market_orientation", r.market_orientation);
    a.field("mindset", r.mindset); a.field("government_pace", r.government_pace); a.field("openness", r.openness);
    a.field("capital_regime", r.capital_regime); a.field("home_city_services", r.home_city_services);
    a.field("cost_orientation", r.cost_orientation);
}
template <class A> void visit(A& a, Enterprise& e) {
    a.field("id", e.id); a.field("alive", e.alive); a.field("segment", e.segment); a.field("size", e.size);
    a.field("origin", e.origin); a.field("entry_mode", e.entry_mode); a.field("policy_driven", e.policy_driven);
    a.field("anchor", e.anchor); a.field("quality", e.quality); a.field("rd_intensity", e.rd_intensity);
    a.field("specialization", e.specialization); a.field("pipeline", e.pipeline);
    a.field("pipeline_university", e.pipeline_university); a.field("market_own", e.market_own);
    a.field("market_university", e.market_university); a.field("industrialized", e.industrialized); a.field("products", e.products);
    a.field("cash", e.cash); a.field("revenue", e.revenue); a.field("headcount", e.headcount);
    a.field("professional_capital", e.professional_capital); a.field("nonprofessional_capital", e.nonprofessional_capital);
    a.field("trust", e.trust); a.field("entry_tick", e.entry_tick); a.field("exit_tick", e.exit_tick);
    a.field("shock_until", e.shock_until); a.field("incentive_at_entry", e.incentive_at_entry); a.field("units", e.units);
    a.field("last_service_tick", e.last_service_tick); a.field("consortium_until", e.consortium_until);
    a.field("ties", e.ties);
}
template <class A> void visit(A& a, Institute& i) {
    a.field("id", i.id); a.field("knowledge", i.knowledge); a.field("transfer_quality", i.transfer_quality);
    a.field("star_scientist", i.star_scientist); a.field("unlicensed_patents", i.unlicensed_patents); a.field("entry_tick", i.entry_tick);
}
template <class A> void visit(A& a, Provider& p) {
    a.field("id", p.id); a.field("kind", p.kind); a.field("in_park", p.in_park); a.field("capacity", p.capacity); a.field("entry_tick", p.entry_tick);
}
template <class A> void visit(A& a, Fund& f) {
    a.field("id", f.id); a.field("professional", f.professional); a.field("reason", f.reason); a.field("capital", f.capital); a.field("entry_tick", f.entry_tick);
    a.field("last_deal_tick", f.last_deal_tick); a.field("exit_tick", f.exit_tick);
}
template <class A> void visit(A& a, Organizer& o) {
    a.field("id", o.id); a.field("name", o.name); a.field("influence", o.influence); a.field("entry_tick", o.entry_tick);
}
template <class A> void visit(A& a, PromotionOrg& o) { a.field("id", o.id); a.field("capacity", o.capacity); a.field("entry_tick", o.entry_tick); }
template <class A> void visit(A& a, RivalPark& r) { a.field("id", r.id); a.field("incentive", r.incentive); a.field("attractiveness", r.attractiveness); }
template <class A> void visit(A& a, Culture& c) {
    a.field("trust", c.trust); a.field("entrepreneurial", c.entrepreneurial); a.field("innovation", c.innovation);
    a.field("team", c.team); a.field("learning", c.learning); a.field("openness", c.openness);
    a.field("open_innovation", c.open_innovation); a.field("quadruple_helix", c.quadruple_helix);
}
template <class A> void visit(A& a, Tie& t) {
    a.field("a", t.a); a.field("b", t.b); a.field("type", t.type); a.field("formed_tick", t.formed_tick); a.field("expires_tick", t.expires_tick);
    a.field("trust", t.trust); a.field("contacts", t.contacts);
}
template <class A> void visit(A& a, JointActionRecord& r) {
    a.field("type", r.type); a.field("participants", r.participants); a.field("enabler_kinds", r.enabler_kinds);
}
template <class A> void visit(A& a, Metrics& m) {
    a.field("enterprises", m.enterprises); a.field("multinationals", m.multinationals); a.field("large_firms", m.large_firms);
    a.field("smes", m.smes); a.field("startups", m.startups); a.field("research_institutes", m.research_institutes);
    a.field("service_providers", m.service_providers); a.field("providers_in_park", m.providers_in_park);
    a.field("investment_funds", m.investment_funds); a.field("professional_funds", m.professional_funds);
    a.field("organizers", m.organizers); a.field("promotion_orgs", m.promotion_orgs);
    a.field("entries_this_tick", m.entries_this_tick); a.field("exits_this_tick", m.exits_this_tick);
    a.field("policy_driven_firms", m.policy_driven_firms); a.field("high_quality_share", m.high_quality_share);
    a.field("mean_quality", m.mean_quality); a.field("innovative_share", m.innovative_share);
    a.field("mean_rd_intensity", m.mean_rd_intensity); a.field("occupancy", m.occupancy);
    a.field("transformation_rate", m.transformation_rate); a.field("research_outputs", m.research_outputs);
    a.field("enterprise_outputs", m.enterprise_outputs); a.field("transformed_outputs", m.transformed_outputs);
    a.field("industrialization_rate", m.industrialization_rate); a.field("patents_total", m.patents_total);
    a.field("launched_total", m.launched_total); a.field("industrialized_total", m.industrialized_total);
    a.field("products_launched_total", m.products_launched_total);
    a.field("products_industrialized_total", m.products_industrialized_total);
    a.field("output_value", m.output_value); a.field("tax_revenue", m.tax_revenue); a.field("rent_revenue", m.rent_revenue);
    a.field("ties", m.ties); a.field("firm_firm_ties", m.firm_firm_ties); a.field("firm_ties_per_firm", m.firm_ties_per_firm);
    a.field("cross_segment_share", m.cross_segment_share); a.field("cross_segment_ties_per_firm", m.cross_segment_ties_per_firm);
    a.field("external_tie_share", m.external_tie_share); a.field("university_industry_ties", m.university_industry_ties);
    a.field("density", m.density); a.field("clustering", m.clustering); a.field("centralization", m.centralization);
    a.field("centralization_label", m.centralization_label); a.field("diversity", m.diversity);
    a.field("complementor_share", m.complementor_share); a.field("anchor_dependence", m.anchor_dependence);
    a.field("mean_joint_action_size", m.mean_joint_action_size); a.field("joint_actions_this_tick", m.joint_actions_this_tick);
    a.field("joint_actions_by_type", m.joint_actions_by_type); a.field("firms_by_segment", m.firms_by_segment);
    a.field("firms_by_entry_mode", m.firms_by_entry_mode); a.field("talent", m.talent);
    a.field("talent_shortage", m.talent_shortage); a.field("talent_shortage_by_kind", m.talent_shortage_by_kind);
    a.field("star_scientists", m.star_scientists);
    a.field("funding_professional", m.funding_professional);
    a.field("funding_nonprofessional", m.funding_nonprofessional); a.field("funding_government", m.funding_government);
    a.field("reputation", m.reputation); a.field("survival", m.survival); a.field("innovation_index", m.innovation_index);
    a.field("firm_change_24m", m.firm_change_24m); a.field("implicit_enablers", m.implicit_enablers);
    a.field("limit_cut", m.limit_cut);
    a.field("defections_this_tick", m.defections_this_tick); a.field("repeat_tie_share", m.repeat_tie_share);
    a.field("mean_tie_trust", m.mean_tie_trust);
}
template <class A> void visit(A& a, StageCondition& c) {
    a.field("id", c.id); a.field("metric", c.metric); a.field("value", c.value); a.field("threshold", c.threshold);
    a.field("at_least", c.at_least); a.field("holds", c.holds); a.field("group", c.group);
}
template <class A> void visit(A& a, StageStatus& s) {
    a.field("stage", s.stage); a.field("next", s.next); a.field("next_conditions", s.next_conditions);
    a.field("held_ticks", s.held_ticks); a.field("hold_needed", s.hold_needed);
    a.field("decline_conditions", s.decline_conditions); a.field("decline_held_ticks", s.decline_held_ticks);
    a.field("fallback_ticks", s.fallback_ticks); a.field("stage_entered_tick", s.stage_entered_tick);
    a.field("best_stage", s.best_stage);
}
template <class A> void visit(A& a, StageChange& c) { a.field("tick", c.tick); a.field("from", c.from); a.field("to", c.to); }
template <class A> void visit(A& a, PolicyInstance& p) {
    a.field("id", p.id); a.field("role", p.role); a.field("enacted_tick", p.enacted_tick); a.field("expires_tick", p.expires_tick);
}
template <class A> void visit(A& a, TemporaryEffect& t) {
    a.field("lever", t.lever); a.field("delta", t.delta); a.field("until_tick", t.until_tick); a.field("source", t.source);
}
template <class A> void visit(A& a, MarketShock& m) { a.field("segment", m.segment); a.field("factor", m.factor); a.field("until_tick", m.until_tick); }
template <class A> void visit(A& a, RoleState& r) {
    a.field("budget", r.budget); a.field("income_this_tick", r.income_this_tick);
    a.field("spending_this_tick", r.spending_this_tick); a.field("dial", r.dial); a.field("dial_set", r.dial_set);
}
template <class A> void visit(A& a, Message& m) { a.field("kind", m.kind); a.field("key", m.key); a.field("text", m.text); a.field("args", m.args); }
template <class A> void visit(A& a, LogEntry& l) {
    a.field("tick", l.tick); a.field("kind", l.kind); a.field("text", l.text); a.field("message", l.message);
}
template <class A> void visit(A& a, World& w) {
    a.field("tick", w.tick); a.field("start_year", w.start_year); a.field("start_month", w.start_month);
    a.field("end_tick", w.end_tick); a.field("seed", w.seed); a.field("rng", w.rng); a.field("region", w.region);
    a.field("capacity_units", w.capacity_units); a.field("used_units", w.used_units); a.field("reputation", w.reputation);
    a.field("investment_deals_smoothed", w.investment_deals_smoothed);
    a.field("enterprises", w.enterprises); a.field("institutes", w.institutes); a.field("providers", w.providers);
    a.field("funds", w.funds); a.field("organizers", w.organizers); a.field("promotion_orgs", w.promotion_orgs);
    a.field("rivals", w.rivals); a.field("culture", w.culture); a.field("talent_pool", w.talent_pool);
    a.field("ties", w.ties); a.field("tie_log_hash", w.tie_log_hash); a.field("ties_formed", w.ties_formed);
    a.field("joint_actions_this_tick", w.joint_actions_this_tick); a.field("hubs", w.hubs);
    a.field("baseline_levers", w.baseline_levers); a.field("levers", w.levers); a.field("roles", w.roles);
    a.field("policies", w.policies); a.field("temporary_effects", w.temporary_effects);
    a.field("rival_pressure", w.rival_pressure); a.field("market_shocks", w.market_shocks);
    a.field("market_factor", w.market_factor); a.field("outputs_window", w.outputs_window);
    a.field("transformed_window", w.transformed_window);
    a.field("industrialized_window", w.industrialized_window); a.field("firm_count_history", w.firm_count_history);
    a.field("metrics", w.metrics); a.field("stage", w.stage); a.field("stage_history", w.stage_history);
    a.field("log", w.log);
}
template <class A> void visit(A& a, PendingEvent& p) {
    a.field("instance", p.instance); a.field("def_index", p.def_index); a.field("raised_tick", p.raised_tick); a.field("role", p.role);
}
template <class A> void visit(A& a, Command& c) {
    a.field("type", c.type); a.field("role", c.role); a.field("policy_id", c.policy_id);
    a.field("event_instance", c.event_instance); a.field("choice_id", c.choice_id); a.field("lever", c.lever);
    a.field("value", c.value); a.field("tick", c.tick); a.field("source", c.source);
}
template <class A> void visit(A& a, TickRecord& r) {
    a.field("tick", r.tick); a.field("stage", r.stage); a.field("metrics", r.metrics); a.field("culture", r.culture);
    a.field("budgets", r.budgets); a.field("hash", r.hash); a.field("stage_status", r.stage_status);
}
template <class A> void visit(A& a, Injection& i) { a.field("tick", i.tick); a.field("event_id", i.event_id); }
template <class A> void visit(A& a, SessionState& s) {
    a.field("world", s.world); a.field("pending", s.pending); a.field("event_last_fired", s.event_last_fired);
    a.field("next_event_instance", s.next_event_instance); a.field("queue", s.queue);
    a.field("command_log", s.command_log); a.field("history", s.history); a.field("disabled_scripts", s.disabled_scripts);
    a.field("injections", s.injections);
}

// ---- checks of a loaded state ---------------------------------------------------------------

namespace {

void require(bool ok, const std::string& what) {
    if (!ok) throw ArchiveError(what);
}

template <typename E>
void require_enum(E value, int count, const std::string& what) {
    require(int(value) >= 0 && int(value) < count, what + " is not a valid value");
}

// Quantities that cannot be negative (or leave 0..1) in any game; the archive reader already
// refused NaN, infinity and magnitudes over 1e15. Bounds are loose: they catch damage, not play.
void require_range(double value, double low, double high, const std::string& what) {
    if (value >= low && value <= high) return;
    std::ostringstream message;
    message << what << " = " << value << " is out of range [" << low << ", " << high << "]";
    throw ArchiveError(message.str());
}

void check_quantities(const World& w) {
    require_range(w.capacity_units, 0, 1e7, "world.capacity_units");
    require_range(w.used_units, 0, 1e7, "world.used_units");
    require_range(w.reputation, 0, 1, "world.reputation");
    for (size_t r = 0; r < w.roles.size(); ++r) require_range(w.roles[r].budget, -1e9, 1e9, "world.roles[" + std::to_string(r) + "].budget");
    for (size_t i = 0; i < w.enterprises.size(); ++i) {
        const Enterprise& e = w.enterprises[i];
        const std::string where = "world.enterprises[" + std::to_string(i) + "]";
        require_range(e.quality, 0, 1, where + ".quality");
        require_range(e.trust, 0, 1, where + ".trust");
        // The pipeline stages hold patents' worth of work (model v2), not a 0..1 progress.
        require_range(e.pipeline, 0, 1e7, where + ".pipeline");
        require_range(e.pipeline_university, 0, 1e7, where + ".pipeline_university");
        require_range(e.market_own, 0, 1e7, where + ".market_own");
        require_range(e.market_university, 0, 1e7, where + ".market_university");
        require_range(e.industrialized, 0, 1e7, where + ".industrialized");
        require_range(e.headcount, 0, 1e7, where + ".headcount");
        require_range(e.units, 0, 1e7, where + ".units");
        require_range(e.products, 0, 1e7, where + ".products");
        require_range(e.cash, -1e9, 1e9, where + ".cash");
        require_range(e.revenue, -1e9, 1e9, where + ".revenue");
        require_range(e.professional_capital, 0, 1e9, where + ".professional_capital");
        require_range(e.nonprofessional_capital, 0, 1e9, where + ".nonprofessional_capital");
    }
    for (size_t i = 0; i < w.providers.size(); ++i) require_range(w.providers[i].capacity, 0, 1e7, "world.providers[" + std::to_string(i) + "].capacity");
    for (size_t i = 0; i < w.promotion_orgs.size(); ++i)
        require_range(w.promotion_orgs[i].capacity, 0, 1e7, "world.promotion_orgs[" + std::to_string(i) + "].capacity");
    for (size_t i = 0; i < w.funds.size(); ++i) require_range(w.funds[i].capital, 0, 1e9, "world.funds[" + std::to_string(i) + "].capital");
}

void check_commands(const std::vector<Command>& commands, const std::string& where) {
    for (size_t i = 0; i < commands.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        require_enum(commands[i].type, int(CommandType::SetLever) + 1, at + ".type");
        require_enum(commands[i].role, kRoleCount, at + ".role");
        require_enum(commands[i].lever, kLeverCount, at + ".lever");
    }
}

// A timeline message: known kinds, and no deeper than any the engine writes (a sentence in a
// sentence in a sentence).
void check_message(const Message& m, const std::string& where, int depth) {
    require_enum(m.kind, int(Message::Kind::Content) + 1, where + ".kind");
    require(depth < 4, where + " is nested too deeply");
    for (size_t i = 0; i < m.args.size(); ++i) check_message(m.args[i], where + ".args[" + std::to_string(i) + "]", depth + 1);
}

void check_world(const World& w, size_t policy_defs, size_t event_defs, const SessionState& s) {
    require(w.tick >= 0 && w.tick <= w.end_tick && w.end_tick <= 12 * 40, "world.tick is out of range");
    require(w.start_month >= 1 && w.start_month <= 12, "world.start_month is out of range");
    check_quantities(w);
    check_commands(s.queue, "queue");
    check_commands(s.command_log, "command_log");
    for (size_t i = 0; i < w.log.size(); ++i) check_message(w.log[i].message, "world.log[" + std::to_string(i) + "].message", 0);
    for (size_t i = 0; i < w.enterprises.size(); ++i) {
        const Enterprise& e = w.enterprises[i];
        const std::string where = "world.enterprises[" + std::to_string(i) + "]";
        require(e.id == i, where + ".id does not match its position");
        require_enum(e.segment, kSegmentCount, where + ".segment");
        require_enum(e.size, 4, where + ".size");
        require_enum(e.origin, 3, where + ".origin");
        require_enum(e.entry_mode, kEntryModeCount, where + ".entry_mode");
    }
    auto check_ids = [](const auto& list, const char* name) {
        for (size_t i = 0; i < list.size(); ++i)
            require(list[i].id == i, std::string("world.") + name + "[" + std::to_string(i) + "].id does not match its position");
    };
    check_ids(w.institutes, "institutes");
    check_ids(w.providers, "providers");
    check_ids(w.funds, "funds");
    check_ids(w.organizers, "organizers");
    check_ids(w.promotion_orgs, "promotion_orgs");
    for (const auto& p : w.providers) require_enum(p.kind, kProviderKindCount, "world.providers[].kind");
    for (const auto& f : w.funds) {
        require_enum(f.reason, kFundReasonCount, "world.funds[].reason");
        require(f.exit_tick >= -1 && f.exit_tick <= w.tick && f.last_deal_tick >= 0 && f.last_deal_tick <= w.tick,
                "world.funds[" + std::to_string(f.id) + "] has a deal or exit month out of range");
    }
    auto node_ok = [&](const NodeId& n) {
        switch (n.kind) {
            case NodeKind::Enterprise: return n.index < w.enterprises.size();
            case NodeKind::Institute: return n.index < w.institutes.size();
            case NodeKind::Provider: return n.index < w.providers.size();
            case NodeKind::Fund: return n.index < w.funds.size();
            case NodeKind::PromotionOrg: return n.index < w.promotion_orgs.size();
            case NodeKind::Organizer: return n.index < w.organizers.size();
            case NodeKind::Operator: case NodeKind::Government: case NodeKind::Users: return n.index == 0;
            case NodeKind::ExternalDomestic: case NodeKind::ExternalInternational: return n.index < 3;
        }
        return false;
    };
    for (size_t i = 0; i < w.ties.size(); ++i) {
        const Tie& t = w.ties[i];
        require(int(t.a.kind) < kNodeKindCount && int(t.b.kind) < kNodeKindCount && node_ok(t.a) && node_ok(t.b),
                "world.ties[" + std::to_string(i) + "] refers to an enabler that does not exist");
        require_enum(t.type, kJointActionTypeCount, "world.ties[" + std::to_string(i) + "].type");
    }
    for (const NodeId& n : w.hubs) require(int(n.kind) < kNodeKindCount && node_ok(n), "world.hubs refers to an enabler that does not exist");
    for (const auto& j : w.joint_actions_this_tick) require_enum(j.type, kJointActionTypeCount, "world.joint_actions_this_tick[].type");
    for (const auto& p : w.policies) require_enum(p.role, kRoleCount, "world.policies[].role");
    for (const auto& t : w.temporary_effects) require_enum(t.lever, kLeverCount, "world.temporary_effects[].lever");
    for (const auto& m : w.market_shocks) require_enum(m.segment, kSegmentCount, "world.market_shocks[].segment");
    require_enum(w.metrics.centralization_label, 3, "world.metrics.centralization_label");
    require_enum(w.stage.stage, kStageCount, "world.stage.stage");
    require_enum(w.stage.next, kStageCount, "world.stage.next");
    require_enum(w.stage.best_stage, kStageCount, "world.stage.best_stage");
    for (const auto& c : w.stage_history) {
        require_enum(c.from, kStageCount, "world.stage_history[].from");
        require_enum(c.to, kStageCount, "world.stage_history[].to");
    }
    require(w.outputs_window.size() <= 480 && w.transformed_window.size() <= 480 && w.industrialized_window.size() <= 480,
            "rolling windows are too long");
    require(s.event_last_fired.size() == event_defs, "event state does not match the scenario's events (" + std::to_string(s.event_last_fired.size()) + " saved, " + std::to_string(event_defs) + " loaded)");
    for (const auto& p : s.pending) {
        require(p.def_index >= 0 && size_t(p.def_index) < event_defs, "a pending event refers to an unknown event");
        require_enum(p.role, kRoleCount, "pending event role");
    }
    for (const auto& r : s.history) require_enum(r.stage, kStageCount, "history stage");
    (void)policy_defs;
}

}  // namespace

nlohmann::json snapshot_state(const Session& session) {
    SessionState state = session.export_state();
    nlohmann::json out = nlohmann::json::object();
    JsonWriter writer(out);
    visit(writer, state);
    return out;
}

std::string restore_state(Session& session, const nlohmann::json& json) {
    try {
        SessionState state;
        JsonReader reader(json, "state");
        visit(reader, state);
        check_world(state.world, session.policies().size(), session.events().size(), state);
        return session.import_state(std::move(state));
    } catch (const ArchiveError& e) {
        return e.what();
    } catch (const nlohmann::json::exception& e) {
        return "malformed save (unexpected value, JSON error " + std::to_string(e.id) + ")";
    }
}

std::string json_checksum(const nlohmann::json& value) {
    Hasher h;
    h.text(value.dump());
    return hash_hex(h.value());
}

}  // namespace keystone
