// Joint actions (MODEL section 3): formation by willingness x ability, trust dynamics, the
// operator's matchmaking hub, events hosted by other hubs, and total enabler joint actions.
// Partner search samples from per-type indexes: no scan over all pairs.
#include <algorithm>
#include <cmath>

#include "sim/rules.h"

namespace keystone {

namespace {

struct Context {
    World& world;
    const Params& p;
    Rng& rng;
    double ability_park;      // park-wide part of ability: implicit enablers, services, forums
    double lifetime;
    std::array<double, kSegmentCount> substitutor_share{};
    std::vector<double> revenue_cumulative;   // over alive_ids, for revenue-weighted buyers
    double revenue_total = 0.0;
    int investment_attempts = 0, investment_without_capital = 0;
};

bool in_park(const World& world, NodeId node) {
    switch (node.kind) {
        case NodeKind::ExternalDomestic:
        case NodeKind::ExternalInternational: return false;
        case NodeKind::Provider: return world.providers[node.index].in_park;
        default: return true;
    }
}

double node_trust(const World& world, NodeId node) {
    return node.kind == NodeKind::Enterprise ? world.enterprises[node.index].trust : world.culture.trust;
}

void add_tie(Context& c, NodeId a, NodeId b, JointActionType type) {
    record_tie(c.world, {a, b, type, c.world.tick, c.world.tick + int32_t(c.lifetime)});
}

void record(World& world, JointActionType type, int participants, int kinds) {
    world.joint_actions_this_tick.push_back({type, uint8_t(participants), uint8_t(kinds)});
    world.metrics.joint_actions_by_type[int(type)]++;
}

uint32_t random_alive(Context& c) { return c.world.alive_ids[c.rng.below(uint32_t(c.world.alive_ids.size()))]; }

uint32_t random_in_other_segment(Context& c, Segment own) {
    // Pick a segment other than our own with firms in it, then a firm in it.
    for (int attempt = 0; attempt < int(c.p.cross_segment_partner_tries); ++attempt) {
        const int s = int(c.rng.below(kSegmentCount));
        if (s == int(own) || c.world.alive_by_segment[s].empty()) continue;
        const auto& list = c.world.alive_by_segment[s];
        return list[c.rng.below(uint32_t(list.size()))];
    }
    return random_alive(c);
}

// Complementarity of two firms: specialized complementors cooperate, integrated substitutors in
// a crowded segment compete for the same niches (MODEL section 11).
double firm_match(const Context& c, const Enterprise& a, const Enterprise& b) {
    const double spec = 0.5 * (a.specialization + b.specialization);
    if (a.segment == b.segment) {
        const double crowding = c.p.substitutor_crowding * c.substitutor_share[int(a.segment)];
        return clamp01((c.p.match_same_segment_base + (1.0 - c.p.match_same_segment_base) * a.specialization * b.specialization) *
                       (1.0 - crowding));
    }
    return clamp01(c.p.match_cross_segment_base * (c.p.match_cross_specialization_base + spec));
}

bool attempt(Context& c, Enterprise& firm, NodeId partner, JointActionType type, double need, double match,
             double ability_bonus) {
    const World& world = c.world;
    const bool local = in_park(world, partner);
    double trust = 0.5 * (firm.trust + node_trust(world, partner)) + (local ? c.p.proximity_trust : 0.0);
    // Subsidiaries talk to head offices elsewhere more than to neighbours.
    if (local && firm.entry_mode == EntryMode::Subsidiary) trust *= 1.0 - c.p.subsidiary_local_penalty;
    const double willingness = need * match * clamp01(trust);
    const double ability =
        (c.p.ability_quality_base + c.p.ability_quality_weight * firm.quality) * clamp01(c.ability_park + ability_bonus);
    const bool success = c.rng.chance(clamp01(willingness * ability));
    Enterprise* other = partner.kind == NodeKind::Enterprise ? &c.world.enterprises[partner.index] : nullptr;
    if (success) {
        firm.trust += c.p.trust_gain * (1.0 - firm.trust);
        if (other) {
            other->trust += c.p.trust_gain * (1.0 - other->trust);
            // Division of labour: working with other firms pushes both towards specialization.
            firm.specialization = clamp01(firm.specialization + c.p.specialization_learning);
            other->specialization = clamp01(other->specialization + c.p.specialization_learning);
        }
        add_tie(c, {NodeKind::Enterprise, firm.id}, partner, type);
        record(c.world, type, 2, partner.kind == NodeKind::Enterprise ? 1 : 2);
    } else {
        // Failure costs trust, down to the floor that institutions (courts, contracts) keep.
        firm.trust = std::max(c.p.trust_floor, firm.trust - c.p.trust_loss * firm.trust);
    }
    return success;
}

// Effects of a formed joint action on the firm (knowledge, money, talent).
void apply_effects(Context& c, Enterprise& firm, NodeId partner, JointActionType type) {
    World& world = c.world;
    const Params& p = c.p;
    const double absorptive = std::min(1.0, firm.rd_intensity / p.rd_industry_average) * p.absorptive_capacity;
    switch (type) {
        case JointActionType::Licensing: {
            Institute& inst = world.institutes[partner.index];
            // A licence moves university patents into the firm's development pipeline.
            const double moved =
                std::min(inst.unlicensed_patents, p.patents_per_license * (p.license_absorptive_base + absorptive));
            inst.unlicensed_patents -= moved;
            firm.pipeline_university += moved;
            break;
        }
        case JointActionType::JointRnd:
            firm.pipeline += p.tacit_local_share * absorptive * p.patents_per_knowledge_gain;
            break;
        case JointActionType::International:
            // Codified knowledge travels; what arrives depends on prior related knowledge.
            firm.pipeline += absorptive * p.patents_per_knowledge_gain;
            break;
        case JointActionType::Investment: {
            Fund& fund = world.funds[partner.index];
            const double amount = std::min(
                fund.capital,
                p.investment_size * (firm.size == FirmSize::Startup ? 1.0 : p.investment_size_established_factor));
            fund.capital -= amount;
            firm.cash += amount;
            if (fund.professional) {
                firm.professional_capital += amount;
                firm.rd_intensity += p.professional_rd_boost * (1.0 - firm.rd_intensity);
                firm.quality = clamp01(firm.quality + p.professional_quality_boost);
                world.metrics.funding_professional += amount;
            } else {
                // Entrepreneur-investors want quick returns and control: R&D is cut.
                firm.nonprofessional_capital += amount;
                firm.rd_intensity *= 1.0 - p.nonprofessional_rd_cut;
                firm.quality = clamp01(firm.quality - p.nonprofessional_quality_cut);
                world.metrics.funding_nonprofessional += amount;
            }
            break;
        }
        case JointActionType::ServiceContract:
            firm.last_service_tick = world.tick;
            break;
        case JointActionType::Training:
            firm.quality = clamp01(firm.quality + p.training_quality_gain);
            world.talent_pool[int(TalentKind::Supporting)] += p.training_talent_gain;
            break;
        case JointActionType::UserCoCreation:
            firm.pipeline += p.user_cocreation_knowledge * absorptive * p.patents_per_knowledge_gain;
            break;
        default:
            break;
    }
}

void firm_initiated(Context& c) {
    World& world = c.world;
    const Params& p = c.p;
    Enterprise& firm = world.enterprises[random_alive(c)];
    const double rd_ratio = firm.rd_intensity / p.rd_industry_average;
    const double openness = world.region.openness;
    std::array<double, kJointActionTypeCount> weight{};
    weight[int(JointActionType::Supply)] = p.w_supply;
    weight[int(JointActionType::JointRecruitment)] = p.w_recruitment;
    weight[int(JointActionType::JointRnd)] =
        p.w_joint_rnd * rd_ratio * (world.institutes.empty() ? p.joint_rnd_without_institutes : 1.0);
    weight[int(JointActionType::Licensing)] =
        world.institutes.empty() ? 0.0 : p.w_licensing * std::min(p.licensing_rd_ratio_cap, rd_ratio);
    weight[int(JointActionType::Investment)] =
        world.funds.empty() ? 0.0 : p.w_investment * (firm.cash < p.investment_need_cash ? 1.0 : p.investment_weight_with_cash);
    weight[int(JointActionType::ServiceContract)] =
        world.providers.empty() ? 0.0 : p.w_service * (p.service_weight_base + lever(world, Lever::services));
    weight[int(JointActionType::Training)] = p.w_training * lever(world, Lever::training);
    weight[int(JointActionType::CrossIndustry)] = p.w_cross_industry * firm.specialization;
    weight[int(JointActionType::UserCoCreation)] = p.w_user * lever(world, Lever::user_engagement);
    weight[int(JointActionType::International)] =
        p.w_international * (lever(world, Lever::international_bridge) + p.international_openness_weight * openness +
                             (firm.origin == Origin::Local ? 0.0 : p.international_foreign_origin_bonus));
    // What the firm needs now (MODEL section 3, willingness = need x match x trust): a firm with
    // few partners in the park looks for suppliers and staff next door; one that has them looks
    // across segments and for services; one with products on the market looks for users,
    // licences and partners abroad. The park's stage label plays no part.
    auto emphasize = [&](JointActionType t, double need) { weight[int(t)] *= 1.0 + p.need_bonus * need; };
    const double local_need = 1.0 - std::min(1.0, double(firm.ties) / p.need_local_ties);
    const double market_need = std::min(1.0, firm.products / p.need_market_products);
    emphasize(JointActionType::Supply, local_need);
    emphasize(JointActionType::JointRecruitment, local_need);
    emphasize(JointActionType::CrossIndustry, 1.0 - local_need);
    emphasize(JointActionType::ServiceContract, 1.0 - local_need);
    emphasize(JointActionType::International, market_need);
    emphasize(JointActionType::Licensing, market_need);
    emphasize(JointActionType::UserCoCreation, market_need);

    double total = 0.0;
    for (double w : weight) total += w;
    if (total <= 0.0) return;
    double pick = c.rng.uniform() * total;
    int chosen = 0;
    for (; chosen < kJointActionTypeCount - 1; ++chosen) {
        pick -= weight[chosen];
        if (pick < 0.0) break;
    }
    const auto type = JointActionType(chosen);

    NodeId partner;
    double match = 0.5;
    const double need = 1.0;
    switch (type) {
        case JointActionType::Supply:
        case JointActionType::JointRecruitment:
        case JointActionType::CrossIndustry: {
            // Some supply ties reach other domestic clusters (cross-regional links).
            if (type == JointActionType::Supply &&
                c.rng.chance(p.w_external_domestic * (p.external_domestic_openness_base + openness))) {
                partner = {NodeKind::ExternalDomestic, c.rng.below(3)};
                match = p.match_external_base + p.match_external_specialization * firm.specialization;
                break;
            }
            // Supply and recruitment mostly stay inside the value chain of one's own segment.
            uint32_t other;
            if (type == JointActionType::CrossIndustry) other = random_in_other_segment(c, firm.segment);
            else if (c.rng.chance(p.same_segment_partner)) {
                const auto& list = world.alive_by_segment[int(firm.segment)];
                other = list[c.rng.below(uint32_t(list.size()))];
            } else other = random_alive(c);
            // Large buyers place most orders: part of supply goes to a customer drawn in
            // proportion to revenue, which is how a park comes to depend on an anchor firm.
            if (type == JointActionType::Supply && c.revenue_total > 0.0 && c.rng.chance(p.supply_to_big_buyers)) {
                const double draw = c.rng.uniform() * c.revenue_total;
                const auto it = std::upper_bound(c.revenue_cumulative.begin(), c.revenue_cumulative.end(), draw);
                other = world.alive_ids[size_t(std::min<std::ptrdiff_t>(it - c.revenue_cumulative.begin(),
                                                                          std::ptrdiff_t(world.alive_ids.size()) - 1))];
            }
            if (other == firm.id) return;
            partner = {NodeKind::Enterprise, other};
            match = firm_match(c, firm, world.enterprises[other]);
            break;
        }
        case JointActionType::JointRnd:
            if (!world.institutes.empty() && c.rng.chance(p.joint_rnd_institute_share)) {
                partner = {NodeKind::Institute, c.rng.below(uint32_t(world.institutes.size()))};
            } else if (c.rng.chance(p.w_external_domestic * (p.external_domestic_openness_base + openness))) {
                partner = {NodeKind::ExternalDomestic, c.rng.below(3)};
            } else {
                const uint32_t other = random_alive(c);
                if (other == firm.id) return;
                partner = {NodeKind::Enterprise, other};
            }
            match = clamp01(p.match_rnd_base + p.match_rnd_weight * std::min(p.match_rnd_ratio_cap, rd_ratio));
            break;
        case JointActionType::Licensing: {
            partner = {NodeKind::Institute, c.rng.below(uint32_t(world.institutes.size()))};
            const Institute& inst = world.institutes[partner.index];
            match = clamp01((p.match_license_base + p.match_license_transfer_weight * inst.transfer_quality) *
                            std::min(1.0, p.match_license_rd_base + p.match_license_rd_weight * rd_ratio));
            break;
        }
        case JointActionType::Investment: {
            partner = {NodeKind::Fund, c.rng.below(uint32_t(world.funds.size()))};
            const Fund& fund = world.funds[partner.index];
            c.investment_attempts++;
            if (fund.capital <= 0.0) { c.investment_without_capital++; return; }
            // Professional investors select on quality; entrepreneur-investors take almost anyone.
            match = fund.professional ? clamp01(firm.quality * p.match_professional_quality) : p.match_nonprofessional;
            break;
        }
        case JointActionType::ServiceContract: {
            partner = {NodeKind::Provider, c.rng.below(uint32_t(world.providers.size()))};
            match = p.match_service;
            break;
        }
        case JointActionType::Training:
            // Training is delivered by providers (the training centre counts as one).
            if (world.providers.empty()) return;
            partner = {NodeKind::Provider, c.rng.below(uint32_t(world.providers.size()))};
            match = p.match_training;
            break;
        case JointActionType::UserCoCreation:
            partner = {NodeKind::Users, 0};
            match = clamp01(p.match_user_base + world.region.market_orientation * p.match_user_market_weight);
            break;
        case JointActionType::International:
            partner = {NodeKind::ExternalInternational, c.rng.below(3)};
            match = clamp01(p.match_international_base + p.match_international_openness_weight * world.culture.openness +
                            p.match_international_quality_weight * firm.quality);
            break;
        default:
            return;
    }
    if (attempt(c, firm, partner, type, need, match, 0.0)) apply_effects(c, firm, partner, type);
}

// Operator-run forums and workshops: the operator introduces two tenants. Early on this makes
// the operator the network's single hub (centralized).
void forum_session(Context& c) {
    World& world = c.world;
    const uint32_t a = random_alive(c), b = random_alive(c);
    if (a == b) return;
    Enterprise& first = world.enterprises[a];
    const Enterprise& second = world.enterprises[b];
    const JointActionType type = first.segment == second.segment ? JointActionType::Supply : JointActionType::CrossIndustry;
    const double match = firm_match(c, first, second);
    if (attempt(c, first, {NodeKind::Enterprise, b}, type, 1.0, match, c.p.ability_forums)) {
        add_tie(c, {NodeKind::Operator, 0}, {NodeKind::Enterprise, a}, JointActionType::Forum);
        add_tie(c, {NodeKind::Operator, 0}, {NodeKind::Enterprise, b}, JointActionType::Forum);
        world.joint_actions_this_tick.back().participants = 3;
    }
}

// Events hosted by other hubs (large firms, institutes, promotion organizations): the network
// becomes polycentric as they take over matchmaking.
void hub_event(Context& c, NodeId host) {
    World& world = c.world;
    for (int k = 0; k < int(c.p.hub_event_guests); ++k) {
        const uint32_t guest = random_alive(c);
        if (host.kind == NodeKind::Enterprise && host.index == guest) continue;
        Enterprise& firm = world.enterprises[guest];
        if (attempt(c, firm, host, JointActionType::Forum, 1.0, c.p.match_hub_event, 0.0)) {
            // Guests of the same event meet each other too.
            const uint32_t other = random_alive(c);
            if (other != guest && c.rng.chance(world.culture.trust * firm_match(c, firm, world.enterprises[other])))
                add_tie(c, {NodeKind::Enterprise, guest}, {NodeKind::Enterprise, other}, JointActionType::Supply);
        }
    }
}

// Total enabler joint action: an innovation consortium spanning most enabler kinds, possible
// only with an organizer or promotion organization and enough trust (MODEL section 3, SF8).
void consortium(Context& c) {
    World& world = c.world;
    const Params& p = c.p;
    NodeId convener = !world.promotion_orgs.empty()
                          ? NodeId{NodeKind::PromotionOrg, c.rng.below(uint32_t(world.promotion_orgs.size()))}
                          : NodeId{NodeKind::Organizer, c.rng.below(uint32_t(world.organizers.size()))};
    std::vector<NodeId> members{convener, {NodeKind::Government, 0}};
    const int firms = int(p.consortium_size_min) + int(c.rng.below(uint32_t(p.consortium_size_max - p.consortium_size_min + 1)));
    for (int i = 0; i < firms; ++i) members.push_back({NodeKind::Enterprise, random_alive(c)});
    if (!world.institutes.empty()) members.push_back({NodeKind::Institute, c.rng.below(uint32_t(world.institutes.size()))});
    if (!world.funds.empty()) members.push_back({NodeKind::Fund, c.rng.below(uint32_t(world.funds.size()))});
    if (!world.providers.empty()) members.push_back({NodeKind::Provider, c.rng.below(uint32_t(world.providers.size()))});
    if (lever(world, Lever::user_engagement) > 0.0) members.push_back({NodeKind::Users, 0});
    if (world.culture.openness > p.consortium_openness_min)
        members.push_back({NodeKind::ExternalInternational, c.rng.below(3)});
    // The convener brokers the first contact (government and the lead firm); after that the
    // members tie to each other, so a consortium does not turn the convener into a star hub.
    add_tie(c, convener, members[1], JointActionType::Consortium);
    add_tie(c, convener, members[2], JointActionType::Consortium);
    for (size_t i = 3; i < members.size(); ++i) add_tie(c, members[2 + (i % 2)], members[i], JointActionType::Consortium);
    int kinds_mask = 0;
    for (const NodeId& m : members) {
        kinds_mask |= 1 << int(m.kind);
        if (m.kind == NodeKind::Enterprise) {
            Enterprise& firm = world.enterprises[m.index];
            firm.consortium_until = world.tick + int32_t(p.consortium_months);
            firm.trust += p.trust_gain * (1.0 - firm.trust);
        }
    }
    // Firms in the consortium also tie to each other (a ring keeps it linear in size).
    for (size_t i = 2; i + 1 < members.size(); ++i)
        if (members[i].kind == NodeKind::Enterprise && members[i + 1].kind == NodeKind::Enterprise)
            add_tie(c, members[i], members[i + 1], JointActionType::Consortium);
    int kinds = 0;
    for (int k = 0; k < kNodeKindCount; ++k) kinds += (kinds_mask >> k) & 1;
    record(world, JointActionType::Consortium, int(members.size()), kinds);
}

}  // namespace

void step_joint_actions(World& world, const Params& p) {
    // Drop expired ties and ties of firms that left (compaction keeps order: deterministic).
    auto expired = [&](const Tie& t) {
        if (t.expires_tick <= world.tick) return true;
        if (t.a.kind == NodeKind::Enterprise && !world.enterprises[t.a.index].alive) return true;
        if (t.b.kind == NodeKind::Enterprise && !world.enterprises[t.b.index].alive) return true;
        return false;
    };
    world.ties.erase(std::remove_if(world.ties.begin(), world.ties.end(), expired), world.ties.end());
    world.metrics.joint_actions_by_type.fill(0);  // kept until now: fund arrivals read last month's deals
    if (world.alive_ids.empty()) return;

    Context c{world, p, world.rng[int(Stream::JointActions)], 0.0, p.tie_lifetime_months, {}, {}, 0.0, 0, 0};
    const double implicit = implicit_strength(world);
    c.ability_park = p.ability_base + p.ability_implicit * std::min(1.0, implicit) +
                     p.ability_services * lever(world, Lever::services) -
                     p.bureaucracy * (1.0 - world.region.mindset);
    std::array<int, kSegmentCount> substitutors{}, firms{};
    for (uint32_t id : world.alive_ids) {
        const Enterprise& e = world.enterprises[id];
        firms[int(e.segment)]++;
        if (e.specialization < p.complementor_specialization_min) substitutors[int(e.segment)]++;
    }
    for (int s = 0; s < kSegmentCount; ++s) c.substitutor_share[s] = firms[s] ? double(substitutors[s]) / firms[s] : 0.0;
    c.revenue_cumulative.reserve(world.alive_ids.size());
    for (uint32_t id : world.alive_ids) {
        c.revenue_total += world.enterprises[id].revenue;
        c.revenue_cumulative.push_back(c.revenue_total);
    }

    const double n = double(world.alive_ids.size());
    const uint32_t firm_attempts = c.rng.poisson(p.ja_attempt_rate * n);
    for (uint32_t i = 0; i < firm_attempts; ++i) firm_initiated(c);
    if (c.investment_attempts > 0)
        record_limit(world, Limit::fund_capital, double(c.investment_without_capital) / c.investment_attempts);

    // The operator's staff can run only so many introductions a month, whatever the park's size:
    // as the park grows, self-organized ties outgrow the operator's hub (SF9).
    const uint32_t forums = c.rng.poisson(p.forum_rate * lever(world, Lever::forums));
    for (uint32_t i = 0; i < forums; ++i) forum_session(c);

    for (const NodeId& hub : world.hubs)
        if (c.rng.chance(clamp01(p.hub_event_rate * world.culture.trust))) hub_event(c, hub);

    if (implicit > 0.0 && world.culture.trust > p.consortium_trust_min) {
        const double strength = (world.culture.trust - p.consortium_trust_min) / (1.0 - p.consortium_trust_min);
        if (implicit > p.consortium_implicit_cap) record_limit(world, Limit::consortium_implicit, 1.0 - p.consortium_implicit_cap / implicit);
        const uint32_t count = c.rng.poisson(p.consortium_rate * std::min(p.consortium_implicit_cap, implicit) * strength);
        for (uint32_t i = 0; i < count; ++i) consortium(c);
    }

    // Firms' trust drifts towards the park's culture of trust.
    for (uint32_t id : world.alive_ids) {
        Enterprise& e = world.enterprises[id];
        e.trust += (world.culture.trust - e.trust) * p.trust_decay;
    }
}

}  // namespace keystone
