// The canonical hash of a World (see hash.h). When a field is added to the state, add it here.
#include "sim/hash.h"

#include <cstdio>

namespace keystone {

uint64_t hash_world(const World& w) {
    Hasher h;
    h.word(uint64_t(w.tick));
    h.word(w.seed);
    for (const Rng& rng : w.rng)
        for (int i = 0; i < 4; ++i) h.word(rng.raw_state()[i]);
    const RegionProfile& r = w.region;
    for (double v : {r.technology_base, r.market_orientation, r.mindset, r.government_pace, r.openness,
                     r.capital_regime, r.home_city_services, r.cost_orientation, w.capacity_units, w.used_units,
                     w.reputation, w.rival_pressure, w.investment_deals_smoothed})
        h.real(v);
    h.word(w.enterprises.size());
    for (const Enterprise& e : w.enterprises) {
        // A firm that left never changes again: its exit tick stands for the rest.
        if (!e.alive) { h.word(uint64_t(uint32_t(e.exit_tick)) | 1ull << 40); continue; }
        h.word(uint64_t(e.alive) | uint64_t(e.segment) << 8 | uint64_t(e.size) << 16 | uint64_t(e.origin) << 24 |
               uint64_t(e.entry_mode) << 32 | uint64_t(e.policy_driven) << 40 | uint64_t(e.anchor) << 48);
        for (double v : {e.quality, e.rd_intensity, e.specialization, e.pipeline, e.pipeline_university, e.market_own,
                         e.market_university, e.industrialized, e.products, e.cash, e.revenue,
                         e.headcount, e.professional_capital, e.nonprofessional_capital, e.trust, e.incentive_at_entry, e.units})
            h.real(v);
        h.word(uint64_t(uint32_t(e.entry_tick)) | uint64_t(uint32_t(e.exit_tick)) << 32);
        h.word(uint64_t(uint32_t(e.shock_until)) | uint64_t(uint32_t(e.last_service_tick)) << 32);
        h.word(uint64_t(uint32_t(e.consortium_until)));
    }
    for (const Institute& i : w.institutes) {
        h.real(i.knowledge); h.real(i.transfer_quality); h.real(i.unlicensed_patents);
        h.word(uint64_t(i.star_scientist) | uint64_t(uint32_t(i.entry_tick)) << 8);
    }
    h.word(w.providers.size());
    for (const Provider& pr : w.providers) { h.word(uint64_t(pr.kind) | uint64_t(pr.in_park) << 8); h.real(pr.capacity); }
    h.word(w.funds.size());
    for (const Fund& f : w.funds) {
        h.word(uint64_t(f.professional) | uint64_t(f.reason) << 8 | uint64_t(uint32_t(f.exit_tick)) << 16);
        h.word(uint64_t(uint32_t(f.last_deal_tick)));
        h.real(f.capital);
    }
    for (const Organizer& o : w.organizers) { h.text(o.name); h.real(o.influence); }
    h.word(w.promotion_orgs.size());
    for (const PromotionOrg& o : w.promotion_orgs) h.real(o.capacity);
    for (const RivalPark& rp : w.rivals) { h.real(rp.incentive); h.real(rp.attractiveness); }
    const Culture& c = w.culture;
    for (double v : {c.trust, c.entrepreneurial, c.innovation, c.team, c.learning, c.openness, c.open_innovation, c.quadruple_helix})
        h.real(v);
    for (double v : w.talent_pool) h.real(v);
    h.word(w.ties.size());
    h.word(w.ties_formed);
    h.word(w.tie_log_hash);
    // Trust and contacts change on a tie after it forms (repeated contact), so they are hashed here.
    for (const Tie& t : w.ties) { h.real(t.trust); h.word(uint64_t(t.contacts) | uint64_t(uint32_t(t.expires_tick)) << 16); }
    for (double v : w.levers) h.real(v);
    for (double v : w.baseline_levers) h.real(v);
    for (const RoleState& role : w.roles) {
        h.real(role.budget);
        for (double v : role.dial) h.real(v);
        for (bool set : role.dial_set) h.word(set ? 1 : 0);
    }
    h.word(w.policies.size());
    for (const PolicyInstance& p : w.policies) { h.text(p.id); h.word(uint64_t(p.role)); h.word(uint64_t(uint32_t(p.expires_tick))); }
    for (const TemporaryEffect& t : w.temporary_effects) { h.word(uint64_t(t.lever)); h.real(t.delta); h.word(uint64_t(uint32_t(t.until_tick))); }
    for (double v : w.market_factor) h.real(v);
    for (double v : w.outputs_window) h.real(v);
    for (double v : w.transformed_window) h.real(v);
    for (double v : w.industrialized_window) h.real(v);
    h.word(w.firm_count_history.size());
    const Metrics& m = w.metrics;
    for (double v : {m.talent_shortage, m.transformation_rate, m.output_value, m.mean_quality, m.external_tie_share,
                     m.centralization, m.clustering})
        h.real(v);
    for (const auto* totals : {&m.patents_total, &m.launched_total, &m.industrialized_total})
        for (double v : *totals) h.real(v);
    for (double v : m.talent_shortage_by_kind) h.real(v);
    h.word(uint64_t(w.stage.stage) | uint64_t(w.stage.held_ticks) << 8 | uint64_t(w.stage.decline_held_ticks) << 24 |
           uint64_t(w.stage.fallback_ticks) << 40);
    h.word(w.stage_history.size());
    return h.value();
}

std::string hash_hex(uint64_t hash) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

}  // namespace keystone
