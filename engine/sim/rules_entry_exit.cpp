// Firms arriving and leaving (MODEL sections 6 and 11): entry modes, entry screening, Gresham's
// law, policy-driven tenants who follow incentives, good firms drawn to a more attractive rival,
// and the shock when a partner or anchor leaves (wider the more the park depends on it).
#include <algorithm>
#include <cmath>

#include "sim/rules.h"

namespace keystone {

namespace {

double units_for(const Params& p, FirmSize size) {
    switch (size) {
        case FirmSize::Startup: return p.units_startup;
        case FirmSize::Sme: return p.units_sme;
        case FirmSize::Large: return p.units_large;
        case FirmSize::Multinational: return p.units_mnc;
    }
    return p.units_startup;
}

// What a large firm or multinational looks for before it sets up in a park: suppliers and
// partners already working together, links across segments, professional services and talent.
// Each part saturates; the mean is 0 for a park of strangers and near 1 for a dense ecosystem.
double ecosystem_signal(const World& world, const Params& p) {
    const Metrics& m = world.metrics;
    const double supply = saturate(m.firm_ties_per_firm, p.ecosystem_ties_half);
    const double linkage = saturate(m.cross_segment_ties_per_firm, p.ecosystem_cross_half);
    const double services =
        m.enterprises > 0 ? saturate(100.0 * m.service_providers / m.enterprises, p.ecosystem_providers_half) : 0.0;
    const double talent = 1.0 - m.talent_shortage;
    return 0.25 * (supply + linkage + services) + 0.25 * talent * supply;
}

Segment draw_segment(World& world, const Params& p, Rng& rng) {
    // Newcomers follow the park's present mix (success breeds success) with a floor so that new
    // segments can still appear.
    double total = 0.0;
    std::array<double, kSegmentCount> weights{};
    for (int s = 0; s < kSegmentCount; ++s) {
        weights[s] = p.segment_entry_floor + world.metrics.firms_by_segment[s];
        total += weights[s];
    }
    double pick = rng.uniform() * total;
    for (int s = 0; s < kSegmentCount; ++s) {
        pick -= weights[s];
        if (pick < 0.0) return Segment(s);
    }
    return Segment::BigHealth;
}

// Draws a candidate's traits. Returns false if the candidate does not come (screening, Gresham,
// space); otherwise appends it.
bool admit_candidate(World& world, const Params& p, EntryMode mode, FirmSize size, bool policy_driven,
                     bool bypass_screening) {
    Rng& rng = world.rng[int(Stream::Entry)];
    const RegionProfile& region = world.region;
    Enterprise firm;
    firm.id = uint32_t(world.enterprises.size());
    firm.segment = draw_segment(world, p, rng);
    firm.size = size;
    firm.entry_mode = mode;
    firm.policy_driven = policy_driven;
    double quality_mean = p.candidate_quality_base + p.candidate_quality_tech * region.technology_base;
    if (policy_driven) quality_mean -= p.policy_driven_quality_penalty;
    if (size == FirmSize::Large || size == FirmSize::Multinational) quality_mean += p.large_entrant_quality_bonus;
    if (mode == EntryMode::AcademicSpinoff) quality_mean += p.spinoff_quality_bonus;
    firm.quality = clamp01(quality_mean + p.candidate_quality_spread * rng.normal());

    // Entry screening: the operator turns away candidates below the bar (subsidiaries of large
    // firms are negotiated, not screened).
    const double bar = p.screening_bar_min + p.screening_bar_span * lever(world, Lever::screening);
    if (!bypass_screening && firm.quality < bar) return false;

    // Gresham's law: a good firm looks at the neighbours and stays away from a weak park.
    const double mean_quality = world.metrics.enterprises > 0 ? world.metrics.mean_quality : bar;
    if (double(world.metrics.enterprises) > p.gresham_min_firms && mean_quality < p.gresham_quality_bar) {
        const double gap = std::max(0.0, firm.quality - mean_quality);
        if (rng.chance(clamp01(p.gresham_avoid * gap * (p.gresham_quality_bar - mean_quality) / p.gresham_quality_bar)))
            return false;
    }

    firm.units = units_for(p, size);
    if (world.used_units + firm.units > world.capacity_units) {
        world.candidates_without_room++;
        return false;
    }

    const double origin_draw = rng.uniform();
    if (origin_draw <
        p.foreign_share_openness * region.openness * (size == FirmSize::Multinational ? p.mnc_foreign_factor : 1.0))
        firm.origin = Origin::Foreign;
    else if (origin_draw < p.foreign_share_openness * region.openness + p.returnee_share * (1.0 + lever(world, Lever::talent_program)))
        firm.origin = Origin::Returnee;
    firm.rd_intensity = std::max(0.0, p.rd_initial_mean * (p.rd_quality_base + firm.quality) *
                                              (policy_driven ? p.policy_driven_rd_factor : 1.0) +
                                          p.rd_initial_spread * rng.normal());
    const double cost_pull = p.specialization_cost_penalty * region.cost_orientation;
    firm.specialization = clamp01(p.specialization_mean - cost_pull + p.specialization_spread * rng.normal());
    firm.cash = p.seed_cash * (size == FirmSize::Startup ? 1.0 : p.seed_cash_established_factor) *
                (p.cash_quality_base + firm.quality);
    firm.headcount = size == FirmSize::Startup ? p.headcount_startup
                                                : (size == FirmSize::Sme ? p.headcount_sme : p.headcount_large);
    firm.products = size == FirmSize::Startup ? 0.0
                                               : (size == FirmSize::Sme ? p.entrant_products_sme : p.entrant_products_large);
    firm.trust = clamp01(world.culture.trust * p.entrant_trust_factor);
    firm.entry_tick = world.tick;
    firm.incentive_at_entry = incentive_level(world, p);
    world.used_units += firm.units;
    world.enterprises.push_back(firm);
    world.metrics.entries_this_tick++;
    return true;
}

}  // namespace

void step_entry(World& world, const Params& p) {
    world.candidates_without_room = 0;
    Rng& rng = world.rng[int(Stream::Entry)];
    const Metrics& m = world.metrics;
    const RegionProfile& region = world.region;

    // Expansion adds floor space slowly; a full park otherwise grows only by upgrading tenants.
    world.capacity_units += p.expansion_units_per_month * lever(world, Lever::expansion);

    const double incentive = incentive_level(world, p);
    const double cluster_pull = p.cluster_pull_base + std::min(1.0, m.firm_ties_per_firm);
    const double pull_reputation = p.entry_reputation_weight * world.reputation;
    // A subsidy-seeking mindset responds to incentives, an entrepreneurial one to the cluster.
    const double pull_incentive = p.entry_incentive_weight * incentive * (p.incentive_mindset_base - region.mindset);
    const double pull_cluster = p.entry_cluster_weight * cluster_pull;
    const double pull_services = p.entry_services_weight * lever(world, Lever::services);
    const double free_share =
        clamp01((world.capacity_units - world.used_units) / (p.free_space_share * world.capacity_units));
    // Two kinds of candidates. Newcomers answer the park's promotion (incentives, incubators and
    // platforms) whatever its size. Followers come through the firms already here (customers,
    // suppliers, former colleagues: success breeds success), so their number scales with the
    // park and with its reputation and connectedness; this keeps a mature park of any size in
    // balance with its exits instead of a fixed inflow deciding its size.
    const double newcomers = p.entry_base_rate * (pull_incentive + pull_services);
    const double followers = p.entry_follow_rate * m.enterprises * (pull_reputation + pull_cluster);
    const uint32_t candidates = rng.poisson((newcomers + followers) * free_share);
    // Candidates answering the incentives are the policy-driven ones (MODEL section 6).
    const double policy_share = newcomers + followers > 0 ? p.entry_base_rate * pull_incentive / (newcomers + followers) : 0.0;
    for (uint32_t i = 0; i < candidates; ++i) {
        const bool policy_driven = rng.chance(policy_share * (1.0 - p.policy_driven_mindset_damping * region.mindset));
        // Entry mode: local-government capital breeds subsidiaries, incentives breed relocations.
        EntryMode mode = EntryMode::Startup;
        const double draw = rng.uniform();
        const double subsidiary = p.subsidiary_share_local_capital * (1.0 - region.capital_regime);
        const double relocation = p.relocation_share_incentive * policy_share;
        if (draw < subsidiary) mode = EntryMode::Subsidiary;
        else if (draw < subsidiary + relocation) mode = EntryMode::Relocation;
        const FirmSize size =
            (mode == EntryMode::Subsidiary || mode == EntryMode::Relocation) && rng.chance(p.relocated_sme_share)
                ? FirmSize::Sme : FirmSize::Startup;
        admit_candidate(world, p, mode, size, policy_driven, false);
    }

    // Spin-offs: academic (from institutes, through technology transfer) and second-order (from
    // tenants, through entrepreneurial culture). Some settle elsewhere: cross-regional links.
    double academic = 0.0;
    for (const auto& inst : world.institutes)
        academic += p.spinoff_academic_rate * inst.transfer_quality * inst.knowledge *
                    (inst.star_scientist ? 1.0 + p.star_spinoff_boost : 1.0);  // star scientists found firms
    academic *= p.spinoff_support_base + lever(world, Lever::entrepreneur_support);
    const double firm_spinoffs = p.spinoff_firm_rate * m.enterprises * world.culture.entrepreneurial *
                                 (p.spinoff_leaders_base +
                                  m.talent[int(TalentKind::Leading)] / (1.0 + m.talent[int(TalentKind::Leading)]));
    const uint32_t academic_count = rng.poisson(academic * free_share);
    const uint32_t firm_count = rng.poisson(firm_spinoffs);
    for (uint32_t i = 0; i < academic_count; ++i) {
        // An academic spin-off takes a waiting patent of its institute into development.
        if (!admit_candidate(world, p, EntryMode::AcademicSpinoff, FirmSize::Startup, false, false) || world.institutes.empty())
            continue;
        Institute& inst = world.institutes[rng.below(uint32_t(world.institutes.size()))];
        const double taken = std::min(inst.unlicensed_patents, p.patents_per_license);
        inst.unlicensed_patents -= taken;
        world.enterprises.back().pipeline_university += taken;
    }
    for (uint32_t i = 0; i < firm_count; ++i) {
        const double settle = p.spinoff_local_settle * (p.spinoff_settle_base + world.reputation) * free_share;
        if (rng.chance(clamp01(settle))) admit_candidate(world, p, EntryMode::FirmSpinoff, FirmSize::Startup, false, false);
        // A spin-off that settles elsewhere still links the park to another region.
        else if (world.metrics.enterprises > 0) {
            const uint32_t parent = rng.below(uint32_t(world.enterprises.size()));
            if (world.enterprises[parent].alive)
                record_tie(world, {{NodeKind::Enterprise, parent}, {NodeKind::ExternalDomestic, rng.below(3)},
                                   JointActionType::Supply, world.tick, world.tick + int32_t(p.tie_lifetime_months)});
        }
    }

    // Large firms and multinationals come later, drawn by the ecosystem they can plug into (a
    // supply base, links across segments, services, talent) as the park's reputation shows it.
    const double ecosystem = ecosystem_signal(world, p);
    const double chase = 1.0 + p.anchor_chasing_large_boost * lever(world, Lever::anchor_chasing);
    const double large_rate = p.large_entry_rate * world.reputation * (p.large_entry_ecosystem_base + ecosystem) * chase;
    const double mnc_rate = p.mnc_entry_rate * world.reputation * world.reputation * ecosystem *
                            (p.mnc_openness_base + region.openness) * (1.0 + lever(world, Lever::convention)) * chase;
    for (uint32_t i = rng.poisson(large_rate); i > 0; --i)
        admit_candidate(world, p, EntryMode::Subsidiary, FirmSize::Large, false, true);
    for (uint32_t i = rng.poisson(mnc_rate); i > 0; --i)
        admit_candidate(world, p, EntryMode::Subsidiary, FirmSize::Multinational, false, true);

    // Space: candidates thin out as free floor space runs short, and a firm that does not fit
    // is turned away. Both count as the floor-space limit cutting entry.
    const int arrived = world.metrics.entries_this_tick + world.candidates_without_room;
    record_limit(world, Limit::floor_space,
                 std::max(1.0 - free_share, arrived > 0 ? double(world.candidates_without_room) / arrived : 0.0));
}

void remove_enterprise(World& world, const Params& p, uint32_t id, const char* reason) {
    Enterprise& firm = world.enterprises[id];
    if (!firm.alive) return;
    firm.alive = false;
    firm.exit_tick = world.tick;
    world.used_units = std::max(0.0, world.used_units - firm.units);
    world.metrics.exits_this_tick++;
    const bool big = firm.size == FirmSize::Large || firm.size == FirmSize::Multinational;
    if (!big) return;
    // Partners in the park lose a customer or supplier: their exit hazard rises for a while.
    auto shake = [&](Enterprise& partner, double loss) {
        if (partner.shock_until < world.tick) partner.products *= 1.0 - loss;  // lost orders
        partner.shock_until = world.tick + int32_t(p.partner_shock_months);
    };
    for (const Tie& tie : world.ties) {
        const NodeId* other = nullptr;
        if (tie.a.kind == NodeKind::Enterprise && tie.a.index == id) other = &tie.b;
        else if (tie.b.kind == NodeKind::Enterprise && tie.b.index == id) other = &tie.a;
        if (other && other->kind == NodeKind::Enterprise) shake(world.enterprises[other->index], p.partner_revenue_loss);
    }
    // Anchor dependence (MODEL 6, lock-in): the bigger the departing firm's share of the park's
    // revenue, the more of its segment was built around it (suppliers of suppliers, contract
    // research, staff): beyond its direct partners, firms of its segment are shaken in
    // proportion to that share. A park of many firms of similar size barely feels it. Draws from
    // the exit stream in id order.
    const double share = world.metrics.output_value > 0 ? std::min(1.0, firm.revenue / world.metrics.output_value) : 0.0;
    Rng& rng = world.rng[int(Stream::Exit)];
    for (uint32_t other : world.alive_by_segment[int(firm.segment)]) {
        Enterprise& neighbour = world.enterprises[other];
        if (!neighbour.alive || neighbour.shock_until >= world.tick) continue;
        if (rng.chance(clamp01(p.anchor_ripple_reach * share))) shake(neighbour, p.anchor_ripple_loss * share);
    }
    world.reputation = std::max(0.0, world.reputation - p.anchor_reputation_hit * share);
    add_log(world, "firm", std::string("A large tenant left the park (") + reason + ")");
}

// The largest firm relocates away (an event's input). Its partners feel the rest.
void anchor_departure(World& world, const Params& p) {
    int64_t best = -1;
    double best_revenue = -1.0;
    for (const auto& firm : world.enterprises)
        if (firm.alive && firm.revenue > best_revenue) { best_revenue = firm.revenue; best = firm.id; }
    if (best >= 0) remove_enterprise(world, p, uint32_t(best), "relocated its operations");
}

void step_exit(World& world, const Params& p) {
    Rng& rng = world.rng[int(Stream::Exit)];
    const double incentive = incentive_level(world, p);
    const double rival = best_rival_incentive(world);
    double rival_attractiveness = 0.0;
    for (const auto& park : world.rivals) rival_attractiveness = std::max(rival_attractiveness, park.attractiveness);
    // A rival that offers more than our name pulls good firms (not incentive-seekers) away.
    const double rival_pull = std::max(0.0, rival_attractiveness - world.reputation);
    const double mean_quality = world.metrics.mean_quality;
    const double survival = 1.0 - p.subsidy_survival * lever(world, Lever::subsidies);
    const double team_help = 1.0 - p.team_support * world.culture.team;
    const size_t count = world.enterprises.size();
    for (size_t i = 0; i < count; ++i) {
        Enterprise& firm = world.enterprises[i];
        if (!firm.alive) continue;
        double hazard = p.exit_base + p.exit_low_quality * (1.0 - firm.quality) * (1.0 - firm.quality);
        // Trouble: no cash, or a large partner gone. In a team culture, a firm with partners is
        // carried through (bridge orders, shared staff and equipment).
        double trouble = (firm.cash < 0.0 ? p.exit_no_cash : 0.0) + (firm.shock_until > world.tick ? p.exit_partner_shock : 0.0);
        if (firm.ties > 0) trouble *= team_help;
        hazard += trouble;
        // Policy-driven tenants stay for the incentive: when it ends or a rival pays more, they go.
        if (firm.policy_driven) {
            const double lost = std::max(0.0, firm.incentive_at_entry - incentive);
            const double undercut = std::max(0.0, rival - incentive);
            hazard += p.exit_policy_driven * (lost + p.exit_rival_weight * undercut);
        } else {
            hazard += p.exit_rival_attraction * firm.quality * rival_pull;
        }
        // Gresham's law: good tenants leave a park whose average quality is low.
        if (mean_quality < p.gresham_quality_bar)
            hazard += p.exit_gresham * std::max(0.0, firm.quality - mean_quality);
        if (firm.anchor) hazard *= p.anchor_attrition_factor;  // anchors leave by decision (an event), rarely by attrition
        if (rng.chance(hazard * survival)) remove_enterprise(world, p, uint32_t(i), "attrition");
    }
}

}  // namespace keystone
